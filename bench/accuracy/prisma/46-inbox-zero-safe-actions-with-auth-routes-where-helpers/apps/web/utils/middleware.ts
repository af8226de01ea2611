import { NextResponse } from "next/server";
import { auth } from "@/app/api/auth/[...nextauth]/auth";
import prisma from "@/utils/prisma";

export type RequestWithAuth = Request & { auth: { userId: bigint } };
export type RequestWithCampaign = RequestWithAuth & { auth: { userId: bigint; campaignId: bigint } };

type Handler<R> = (req: R) => Promise<Response>;

export function withAuth(handler: Handler<RequestWithAuth>) {
  return async (req: Request) => {
    const session = await auth();
    if (!session?.user.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    (req as RequestWithAuth).auth = { userId: BigInt(session.user.id) };
    return handler(req as RequestWithAuth);
  };
}

// Resolves the campaign named in the header and checks that the signed-in user owns it.
export function withCampaign(handler: Handler<RequestWithCampaign>) {
  return withAuth(async (req) => {
    const campaignId = BigInt(req.headers.get("x-campaign-id") ?? "0");
    const campaign = await prisma.campaign.findFirst({
      where: { id: campaignId, userId: req.auth.userId },
      select: { id: true },
    }); // expect: prunes [pr46j]
    if (!campaign) return NextResponse.json({ error: "Campaign not found" }, { status: 404 });
    (req as RequestWithCampaign).auth = { userId: req.auth.userId, campaignId: campaign.id };
    return handler(req as RequestWithCampaign);
  });
}
