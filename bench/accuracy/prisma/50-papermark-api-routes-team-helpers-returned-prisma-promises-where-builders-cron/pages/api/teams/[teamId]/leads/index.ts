import { NextApiRequest, NextApiResponse } from "next";

import { authOptions } from "@/pages/api/auth/[...nextauth]";
import { getServerSession } from "next-auth/next";

import { getLeadsForUser } from "@/lib/api/leads/get-leads";
import { errorhandler } from "@/lib/errorHandler";
import { moveLeadsToCampaign } from "@/lib/leads/move-leads";
import { getCampaignWithUserAndLead } from "@/lib/team/helper";
type CustomUser = { id: string; email?: string | null };

const DAY = 24 * 60 * 60 * 1000;

export default async function handle(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).end("Unauthorized");
  }

  const { teamId } = req.query as { teamId: string };
  const userId = BigInt((session.user as CustomUser).id);

  try {
    await getCampaignWithUserAndLead({ campaignId: BigInt(teamId), userId });

    if (req.method === "GET" && req.query.view === "overview") {
      // The overview card always shows the last thirty days.
      const recent = await getLeadsForUser(userId, { since: new Date(Date.now() - 30 * DAY) }); // expect: prunes [pr50o] cross
      return res.status(200).json(recent);
    }

    if (req.method === "GET") {
      // The leads page: optionally filtered by status, the whole history.
      const leads = await getLeadsForUser(userId, { status: req.query.status as string | undefined }); // expect: scans-all [pr50n] cross
      return res.status(200).json(leads);
    }

    if (req.method === "PUT") {
      const { leadIds } = req.body as { leadIds: string[] };
      const moved = await moveLeadsToCampaign({ leadIds: leadIds.map(BigInt), userId, campaignId: BigInt(teamId) });
      return res.status(200).json(moved);
    }

    res.setHeader("Allow", ["GET", "PUT"]);
    return res.status(405).end(`Method ${req.method} Not Allowed`);
  } catch (error) {
    errorhandler(error, res);
  }
}
