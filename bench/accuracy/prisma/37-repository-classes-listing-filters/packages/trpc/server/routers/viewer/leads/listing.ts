import type { Prisma } from '@prisma/client';

const startOfDayDaysAgo = (days: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - days);
  return d;
};

export type LeadListingStatus = 'recent' | 'open' | 'won';

/** The where fragment of each tab of the leads page. */
export const leadListingByStatus: Record<LeadListingStatus, Prisma.LeadWhereInput> = {
  recent: { createdAt: { gte: startOfDayDaysAgo(7) } },
  open: { status: 'new' },
  won: { status: 'won' },
};
