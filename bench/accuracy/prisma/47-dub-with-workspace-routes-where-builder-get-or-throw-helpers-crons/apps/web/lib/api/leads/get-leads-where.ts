import type { Prisma } from '@prisma/client';

export type LeadsQuery = {
  workspaceId: bigint;
  search?: string;
  status?: string;
  campaignId?: bigint;
  start?: Date;
  end?: Date;
};

export const getLeadsWhere = ({ workspaceId, search, status, campaignId, start, end }: LeadsQuery): Prisma.LeadWhereInput => ({
  userId: workspaceId,
  ...(status && { status }),
  ...(campaignId && { campaignId }),
  ...(search && {
    OR: [{ company: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }],
  }),
  ...(start && end && { createdAt: { gte: start, lte: end } }),
});
