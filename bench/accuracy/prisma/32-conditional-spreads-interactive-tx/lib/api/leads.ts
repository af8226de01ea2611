import { prisma } from '../prisma';
import { intervalStart, type Interval } from './intervals';

export async function getLeadsForUser({ userId, search, interval }: { userId: bigint; search?: string; interval?: Interval }) {
  return prisma.lead.findMany({
    where: {
      userId,
      ...(search && { OR: [{ email: { contains: search } }, { company: { contains: search } }] }),
      ...(interval && { createdAt: { gte: intervalStart(interval) } }),
    },
    orderBy: { createdAt: 'desc' },
    take: 100,
  }); // expect: scans-all [pr32a]
}

export async function getLeadsForChart({ userId, interval }: { userId: bigint; interval: Interval }) {
  return prisma.lead.groupBy({
    by: ['status'],
    where: {
      userId,
      ...(interval && { createdAt: { gte: intervalStart(interval) } }),
    },
    _count: { _all: true },
  }); // expect: prunes [pr32b]
}

export async function deleteLead({ id, userId }: { id: bigint; userId: bigint }) {
  return prisma.$transaction(async (tx) => {
    const lead = await tx.lead.findFirstOrThrow({ where: { id, userId } }); // expect: scans-all [pr32c]
    await tx.agentOutput.deleteMany({ where: { leadId: lead.id, createdAt: { gte: lead.createdAt } } }); // expect: prunes [pr32d]
    return tx.lead.delete({ where: { id_createdAt: { id: lead.id, createdAt: lead.createdAt } } }); // expect: prunes [pr32e]
  });
}
