import type { PrismaClientOrTransaction } from '../db.server';

export function findLeadForUser(prisma: PrismaClientOrTransaction, { leadId, userId }: { leadId: bigint; userId: bigint }) {
  return prisma.lead.findFirst({
    where: { id: leadId, userId },
    include: { outputs: { take: 10, orderBy: { createdAt: 'desc' } } },
  }); // expect-also: [pr38e]
}
