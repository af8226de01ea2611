import { NextApiRequest, NextApiResponse } from "next";

import { authOptions } from "@/pages/api/auth/[...nextauth]";
import { getServerSession } from "next-auth/next";

import { getLeadForUser } from "@/lib/api/leads/get-leads";
import { getLeadOutputs } from "@/lib/api/outputs/get-lead-outputs";
import { buildOutputsWhere } from "@/lib/api/outputs/where";
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

  const { teamId, id: leadId } = req.query as { teamId: string; id: string };

  // Parse and validate pagination parameters
  const rawPage = Number.parseInt((req.query.page as string) || "1", 10);
  const rawLimit = Number.parseInt((req.query.limit as string) || "10", 10);
  const page = Number.isNaN(rawPage) || rawPage < 1 ? 1 : rawPage;
  const limit = Number.isNaN(rawLimit) || rawLimit < 1 ? 10 : Math.min(Math.max(rawLimit, 1), 100);
  const offset = (page - 1) * limit;

  const userId = BigInt((session.user as CustomUser).id);

  try {
    await getCampaignWithUserAndLead({ campaignId: BigInt(teamId), userId });

    const lead = await getLeadForUser({ leadId: BigInt(leadId), userId }); // expect: scans-all [pr50c] cross
    if (!lead) {
      return res.status(404).end("Lead not found");
    }

    const pausedAt = req.query.pausedAt ? new Date(req.query.pausedAt as string) : null;

    // Check if the lead has any outputs first to avoid the expensive query
    const outputCount = await prisma.agentOutput.count({
      where: buildOutputsWhere({ leadId: lead.id, pausedAt }),
    }); // expect: scans-all [pr50d] cross

    if (outputCount === 0) {
      return res.status(200).json({ outputs: [], totalOutputs: 0 });
    }

    const outputs = await getLeadOutputs({ lead, offset, limit }); // expect: prunes [pr50e] cross

    return res.status(200).json({ outputs, totalOutputs: outputCount });
  } catch (error) {
    errorhandler(error, res);
  }
}
