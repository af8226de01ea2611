import prisma from "@/lib/prisma";

export async function moveLeadsToCampaign({
  leadIds,
  userId,
  campaignId,
}: {
  leadIds: bigint[];
  userId: bigint;
  campaignId: bigint;
}) {
  const result = await prisma.lead.updateMany({
    where: {
      id: { in: leadIds },
      userId,
    },
    data: { campaignId },
  }); // expect: scans-all [pr50h]

  return { count: result.count };
}
