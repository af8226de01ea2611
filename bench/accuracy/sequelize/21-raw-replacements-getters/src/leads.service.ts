import { Lead } from './models/lead';
import { LeadsRepository } from './leads.repository';

const repository = new LeadsRepository();

export async function emailsOf(id: number, createdAt: Date) {
  const lead = await repository.findOne(id, createdAt); // expect: prunes [sq21c] cross
  if (!lead) return [];
  return lead.getOutputs({ where: { kind: 'email' } }); // expect: scans-all [sq21d] cross
}

export async function close(id: number) {
  return Lead.update({ status: 'closed' }, { where: { id } }); // expect: scans-all [sq21e]
}

export async function remove(id: number, createdAt: Date) {
  return Lead.destroy({ where: { id, createdAt } }); // expect: prunes [sq21f]
}
