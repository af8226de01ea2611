import { LessThan } from 'typeorm';
import { AppDataSource } from './data-source';
import { outputsRepo } from './repos';

export async function closeLead(leadId: string, cutoff: Date) {
  await AppDataSource.transaction(async (manager) => {
    await outputsRepo(manager).delete({ leadId }); // expect: scans-all [to16a] cross
    await outputsRepo(manager).delete({ createdAt: LessThan(cutoff), kind: 'draft' }); // expect: prunes [to16b] cross
  });
}
