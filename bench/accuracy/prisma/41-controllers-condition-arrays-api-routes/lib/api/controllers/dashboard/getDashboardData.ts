import { prisma } from '../../db';
import { Sort } from '../../types';
import getLeads from '../leads/getLeads';

export default async function getDashboardData(userId: bigint) {
  const since = new Date(Date.now() - 7 * 86_400_000);

  const recent = await getLeads(userId, { sort: Sort.DateNewestFirst, since }); // expect: prunes [pr41b] cross

  const numberOfLeadsThisWeek = await prisma.lead.count({ where: { userId, createdAt: { gte: since } } }); // expect: prunes [pr41g]

  return { response: { leads: recent.response, numberOfLeadsThisWeek }, status: 200 };
}
