import prisma from '../../../../../prisma';
import { leadMinimalSelect } from '../../../../../prisma/selects/lead';
import { leadListingByStatus, type LeadListingStatus } from './listing';

type GetOptions = {
  ctx: { user: { id: bigint } };
  input: { status: LeadListingStatus; limit: number; offset: number };
};

export const getHandler = async ({ ctx, input }: GetOptions) => {
  const leads = await prisma.lead.findMany({
    where: {
      userId: ctx.user.id,
      ...leadListingByStatus[input.status],
    },
    select: leadMinimalSelect,
    orderBy: { createdAt: 'desc' },
    take: input.limit,
    skip: input.offset,
  }); // expect: scans-all [pr37a] cross
  return { leads };
};

export const recentHandler = async ({ ctx }: Pick<GetOptions, 'ctx'>) => {
  const leads = await prisma.lead.findMany({
    where: { userId: ctx.user.id, ...leadListingByStatus.recent },
    select: leadMinimalSelect,
  }); // expect: prunes [pr37b] cross
  return { leads };
};
