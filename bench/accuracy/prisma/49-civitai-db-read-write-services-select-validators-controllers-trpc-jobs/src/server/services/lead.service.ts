import type { Prisma } from '@prisma/client';
import { dbRead, dbWrite } from '../db/client';
import { decreaseDate, getPagination, getPagingData, MetricTimeframe } from '../utils/pagination';

export type GetLeadsInput = { userId: bigint; limit: number; page?: number; status?: string; period: MetricTimeframe };

const periodStart = (period: MetricTimeframe) =>
  period === MetricTimeframe.AllTime ? undefined : decreaseDate(new Date(), 1, period === MetricTimeframe.Day ? 'day' : period === MetricTimeframe.Week ? 'week' : 'month');

export const getLeadWhere = ({ userId, status, period }: Pick<GetLeadsInput, 'userId' | 'status' | 'period'>): Prisma.LeadWhereInput => {
  const since = periodStart(period);
  return { userId, status, createdAt: since ? { gte: since } : undefined };
};

export const getLeadById = <TSelect extends Prisma.LeadSelect>({ id, select }: { id: bigint; select: TSelect }) => {
  return dbRead.lead.findFirst({ where: { id }, select }); // expect-also: [pr49a]
};

export const getLeadsPaged = async <TSelect extends Prisma.LeadSelect>({ input, select }: { input: GetLeadsInput; select: TSelect }) => {
  const { take, skip } = getPagination(input.limit, input.page);
  const where = getLeadWhere(input);
  const [items, count] = await dbRead.$transaction([
    dbRead.lead.findMany({ where, take, skip, select, orderBy: { createdAt: 'desc' } }),
    dbRead.lead.count({ where }),
  ]); // expect: scans-all [pr49b] cross
  return getPagingData({ items, count }, take, input.page);
};

export const getLeadsForDigest = async ({ userId }: { userId: bigint }) => {
  return await dbRead.lead.findMany({
    where: getLeadWhere({ userId, period: MetricTimeframe.Week }),
    select: { id: true, company: true, status: true },
    orderBy: { createdAt: 'desc' },
  }); // expect: prunes [pr49c] cross
};

export const updateLeadStatus = async ({ id, createdAt, status }: { id: bigint; createdAt: Date; status: string }) => {
  return await dbWrite.lead.update({ where: { id_createdAt: { id, createdAt } }, data: { status }, select: { id: true } }); // expect: prunes [pr49d]
};

export const deleteLeadById = async ({ id, userId }: { id: bigint; userId: bigint }) => {
  return await dbWrite.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({ where: { id, userId }, select: { id: true, createdAt: true } }); // expect: scans-all [pr49e]
    if (!lead) return null;
    await tx.agentOutput.deleteMany({ where: { leadId: lead.id, createdAt: { gte: lead.createdAt } } }); // expect: prunes [pr49f]
    return await tx.lead.delete({ where: { id_createdAt: { id: lead.id, createdAt: lead.createdAt } } }); // expect: prunes [pr49g]
  });
};

export const getLeadOutputs = async ({ leadId, limit, page }: { leadId: bigint; limit: number; page?: number }) => {
  const { take, skip } = getPagination(limit, page);
  return await dbRead.agentOutput.findMany({ where: { leadId }, take, skip, orderBy: { createdAt: 'desc' } }); // expect: scans-all [pr49h]
};

export const getDailyLeadCounts = async ({ userId }: { userId: bigint }) => {
  return await dbRead.$queryRaw<{ day: Date; count: bigint }[]>`
    SELECT date_trunc('day', created_at) AS day, count(*) AS count
    FROM leads
    WHERE user_id = ${userId}
    GROUP BY 1
    ORDER BY 1 DESC
  `; // expect: scans-all [pr49i]
};
