import { prisma } from '../../db';
import { type LeadRequestQuery, Sort } from '../../types';

export default async function getLeads(userId: bigint, query: LeadRequestQuery) {
  let order: Record<string, 'asc' | 'desc'> | undefined;
  if (query.sort === Sort.DateNewestFirst) order = { createdAt: 'desc' };
  else if (query.sort === Sort.DateOldestFirst) order = { createdAt: 'asc' };
  else if (query.sort === Sort.CompanyAZ) order = { company: 'asc' };

  const searchConditions = [];
  if (query.searchQueryString) {
    if (query.searchByCompany) {
      searchConditions.push({ company: { contains: query.searchQueryString, mode: 'insensitive' as const } });
    }
    if (query.searchByEmail) {
      searchConditions.push({ email: { contains: query.searchQueryString, mode: 'insensitive' as const } });
    }
  }

  const statusCondition = [];
  if (query.status) {
    statusCondition.push({ status: query.status });
  }

  const dateCondition = [];
  if (query.since) {
    dateCondition.push({ createdAt: { gte: query.since } });
  }

  const leads = await prisma.lead.findMany({
    take: Number(process.env.PAGINATION_TAKE_COUNT) || 50,
    skip: query.cursor ? 1 : undefined,
    where: {
      AND: [{ userId }, ...statusCondition, ...dateCondition, ...(searchConditions.length > 0 ? [{ OR: searchConditions }] : [])],
    },
    orderBy: order || { createdAt: 'desc' },
  }); // expect-also: [pr41a]

  return { response: leads, status: 200 };
}
