import { prisma, type Prisma } from '@documenso/prisma';
import type { FindResultResponse } from '../../types/search-params';

export type PeriodSelectorValue = '' | '7d' | '14d' | '30d';

export type FindLeadsOptions = {
  userId: number;
  status?: string;
  query?: string;
  period?: PeriodSelectorValue;
  page?: number;
  perPage?: number;
  orderBy?: { column: 'createdAt' | 'company'; direction: 'asc' | 'desc' };
};

export const findLeads = async ({ userId, status, query, period, page = 1, perPage = 10, orderBy }: FindLeadsOptions) => {
  const orderByColumn = orderBy?.column ?? 'createdAt';
  const orderByDirection = orderBy?.direction ?? 'desc';

  const whereAnd: Prisma.LeadWhereInput[] = [{ userId: BigInt(userId) }];

  if (status) {
    whereAnd.push({ status });
  }

  if (query) {
    whereAnd.push({
      OR: [{ company: { contains: query, mode: 'insensitive' } }, { email: { contains: query, mode: 'insensitive' } }],
    });
  }

  if (period) {
    const daysAgo = parseInt(period.replace(/d$/, ''), 10);
    const startOfPeriod = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
    whereAnd.push({ createdAt: { gte: startOfPeriod } });
  }

  const whereClause: Prisma.LeadWhereInput = { AND: whereAnd };

  const [data, count] = await Promise.all([
    prisma.lead.findMany({
      where: whereClause,
      skip: Math.max(page - 1, 0) * perPage,
      take: perPage,
      orderBy: { [orderByColumn]: orderByDirection },
    }), // expect-also: [pr48a]
    prisma.lead.count({ where: whereClause }), // expect-also: [pr48a]
  ]);

  return {
    data,
    count,
    currentPage: Math.max(page, 1),
    perPage,
    totalPages: Math.ceil(count / perPage),
  } satisfies FindResultResponse<(typeof data)[number]>;
};
