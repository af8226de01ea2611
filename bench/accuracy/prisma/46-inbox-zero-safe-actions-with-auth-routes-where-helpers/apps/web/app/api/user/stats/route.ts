import { NextResponse } from "next/server";
import { campaignOwnerWhere } from "@/utils/campaign/where";
import { leadWindowWhere } from "@/utils/lead/where";
import { withAuth } from "@/utils/middleware";
import prisma from "@/utils/prisma";

export type StatsResponse = Awaited<ReturnType<typeof getStats>>;

async function getStats({ userId }: { userId: bigint }) {
  const byStatus = await prisma.lead.groupBy({
    by: ["status"],
    where: leadWindowWhere(userId),
    _count: { _all: true },
  }); // expect: prunes [pr46c] cross
  const campaigns = await prisma.campaign.count({ where: campaignOwnerWhere(userId) }); // expect: prunes [pr46n] cross
  return { byStatus, campaigns };
}

export const GET = withAuth(async (request) => {
  return NextResponse.json(await getStats({ userId: request.auth.userId }));
});
