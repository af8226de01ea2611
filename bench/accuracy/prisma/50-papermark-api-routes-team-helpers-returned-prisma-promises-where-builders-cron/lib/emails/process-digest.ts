import type { Prisma } from "@prisma/client";

const DAY = 24 * 60 * 60 * 1000;

// A weekly digest counts the leads the campaign's owner received in the last seven days.
export function getDigestWhere(campaign: { id: bigint; userId: bigint }): Prisma.LeadWhereInput {
  return {
    campaignId: campaign.id,
    userId: campaign.userId,
    createdAt: { gte: new Date(Date.now() - 7 * DAY) },
  };
}
