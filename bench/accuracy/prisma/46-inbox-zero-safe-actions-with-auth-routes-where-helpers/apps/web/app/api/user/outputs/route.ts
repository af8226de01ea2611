import { NextResponse } from "next/server";
import { getLead } from "@/utils/lead/get";
import { withCampaign } from "@/utils/middleware";
import { outputsWhere } from "@/utils/outputs";
import prisma from "@/utils/prisma";

export const GET = withCampaign(async (request) => {
  const { searchParams } = new URL(request.url);
  const leadId = BigInt(searchParams.get("leadId") ?? "0");
  const lead = await getLead({ leadId, userId: request.auth.userId });
  if (!lead) return NextResponse.json({ error: "Lead not found" }, { status: 404 });
  const outputs = await prisma.agentOutput.findMany({
    where: outputsWhere({ leadId, kind: searchParams.get("kind") ?? undefined }),
    orderBy: { createdAt: "desc" },
    take: 50,
  }); // expect: scans-all [pr46h] cross
  return NextResponse.json({ lead, outputs });
});
