import { Lead } from './models/lead';

export async function markWon(id: number, createdAt: Date) {
  const lead = await Lead.findOne({ where: { id, createdAt } }); // expect: prunes [sq13a]
  if (!lead) return null;
  await lead.update({ status: 'won' }); // expect: scans-all [sq13b]
  return lead;
}

export async function remove(id: number, createdAt: Date) {
  await Lead.destroy({ where: { id, createdAt } }); // expect: prunes [sq13c]
}
