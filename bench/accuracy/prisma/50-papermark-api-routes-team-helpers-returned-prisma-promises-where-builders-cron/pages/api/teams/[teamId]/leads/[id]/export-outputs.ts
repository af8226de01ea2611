import { NextApiRequest, NextApiResponse } from "next";

import { authOptions } from "@/pages/api/auth/[...nextauth]";
import { getServerSession } from "next-auth/next";

import { outputFilters } from "@/lib/api/outputs/where";
import { errorhandler } from "@/lib/errorHandler";
import prisma from "@/lib/prisma";
import { getCampaignWithUserAndLead } from "@/lib/team/helper";
type CustomUser = { id: string; email?: string | null };

export default async function handle(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET") {
    res.setHeader("Allow", ["GET"]);
    return res.status(405).end(`Method ${req.method} Not Allowed`);
  }

  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).end("Unauthorized");
  }

  const { teamId, id } = req.query as { teamId: string; id: string };
  const userId = BigInt((session.user as CustomUser).id);

  try {
    const { lead } = await getCampaignWithUserAndLead({ campaignId: BigInt(teamId), userId, leadId: BigInt(id) });

    const outputs = await prisma.agentOutput.findMany({
      where: outputFilters(lead!, req.query as { kind?: string; until?: string }),
      select: { id: true, kind: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }); // expect: prunes [pr50f] cross

    await prisma.lead.update({
      where: { id_createdAt: { id: lead!.id, createdAt: lead!.createdAt } },
      data: { status: "exported" },
    }); // expect: prunes [pr50g]

    const csv = ["id,kind,createdAt", ...outputs.map((o) => `${o.id},${o.kind},${o.createdAt.toISOString()}`)].join("\n");
    res.setHeader("Content-Type", "text/csv");
    return res.status(200).send(csv);
  } catch (error) {
    errorhandler(error, res);
  }
}
