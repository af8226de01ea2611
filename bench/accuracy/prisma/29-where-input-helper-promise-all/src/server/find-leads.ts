import type { Prisma } from '@prisma/client';
import { prisma } from '../prisma';

export interface FindLeadsOptions {
  userId: bigint;
  query?: string;
  period: { from: Date; to: Date };
  page?: number;
  perPage?: number;
}

export const findLeads = async ({ userId, query, period, page = 1, perPage = 10 }: FindLeadsOptions) => {
  const termFilters: Prisma.LeadWhereInput | undefined = !query ? undefined : { email: { contains: query, mode: 'insensitive' } };
  const where: Prisma.LeadWhereInput = { userId, createdAt: { gte: period.from, lt: period.to }, ...termFilters };

  const [data, count] = await Promise.all([
    prisma.lead.findMany({ where, skip: Math.max(page - 1, 0) * perPage, take: perPage, orderBy: { createdAt: 'desc' } }), // expect: prunes [pr29c]
    prisma.lead.count({ where }), // expect: prunes [pr29d]
  ]);
  return { data, count, totalPages: Math.ceil(count / perPage) };
};

export const adminFindLeads = async ({ query, page = 1, perPage = 10 }: { query?: string; page?: number; perPage?: number }) => {
  const termFilters: Prisma.LeadWhereInput | undefined = !query ? undefined : { company: { contains: query, mode: 'insensitive' } };

  const [data, count] = await Promise.all([
    prisma.lead.findMany({ where: termFilters, skip: Math.max(page - 1, 0) * perPage, take: perPage, orderBy: { createdAt: 'desc' } }), // expect: scans-all [pr29e]
    prisma.lead.count({ where: termFilters }), // expect: scans-all [pr29f]
  ]);
  return { data, count };
};
