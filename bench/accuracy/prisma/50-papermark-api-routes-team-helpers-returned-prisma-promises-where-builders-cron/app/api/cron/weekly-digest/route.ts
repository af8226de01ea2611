import { NextResponse } from "next/server";

import { pruneOldOutputs, verifySignature } from "@/lib/cron/retention";
import { getDigestWhere } from "@/lib/emails/process-digest";
import prisma from "@/lib/prisma";

export const maxDuration = 300;

export async function POST(req: Request) {
  if (!verifySignature(req)) {
    return new Response("Unauthorized", { status: 401 });
  }

  try {
    const campaigns = await prisma.campaign.findMany({
      where: { archived: false },
      select: { id: true, userId: true, name: true },
    }); // expect: scans-all [pr50i]

    const digests = [];
    for (const campaign of campaigns) {
      const newLeads = await prisma.lead.count({ where: getDigestWhere(campaign) }); // expect: prunes [pr50j] cross
      if (newLeads > 0) {
        digests.push({ campaign: campaign.name, userId: campaign.userId.toString(), newLeads });
      }
    }

    const pruned = await pruneOldOutputs(); // expect: prunes [pr50k] cross

    return NextResponse.json({ digests, pruned: pruned.count });
  } catch (error) {
    return NextResponse.json({ error: (error as Error).message }, { status: 500 });
  }
}
