import { prisma } from '../lib/api/db';

/** Run by the worker: every open lead of the user becomes stale. */
export async function markStaleLeads(userId: bigint) {
  const { count } = await prisma.lead.updateMany({ where: { userId, status: 'new' }, data: { status: 'stale' } }); // expect: scans-all [pr41h]
  return count;
}
