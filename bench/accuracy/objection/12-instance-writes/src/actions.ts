import { Lead } from './models/Lead';

export async function markWon(id: number, createdAt: Date) {
  const lead = await Lead.query().findOne({ id, created_at: createdAt }); // expect: prunes [ob12a]
  if (!lead) return null;
  await lead.$query().patch({ status: 'won' }); // expect: scans-all [ob12b]
  return lead;
}

export async function remove(id: number, createdAt: Date) {
  return Lead.query().delete().where({ id, created_at: createdAt }); // expect: prunes [ob12c]
}
