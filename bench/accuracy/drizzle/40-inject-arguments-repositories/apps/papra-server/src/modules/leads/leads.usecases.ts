import type { LeadsRepository } from './leads.repository';

export async function deleteLeadWithOutputs({ leadId, createdAt, leadsRepository }: { leadId: number; createdAt: Date; leadsRepository: LeadsRepository }) {
  await leadsRepository.deleteLeadOutputs({ leadId }); // expect: scans-all [dz40e] cross
  await leadsRepository.softDeleteLead({ leadId, createdAt }); // expect: prunes [dz40d] cross
}
