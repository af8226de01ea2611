import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { withWorkspace } from '@/lib/auth/workspace';
import { getCampaignOrThrow } from '@/lib/api/campaigns/get-campaign-or-throw';

export const PATCH = withWorkspace(async ({ req, params, workspace }) => {
  const { name } = (await req.json()) as { name: string };
  const campaign = await prisma.campaign.update({
    where: { id_userId: { id: BigInt(params.campaignId), userId: workspace.id } },
    data: { name },
  }); // expect: prunes [pr47i]
  return NextResponse.json(campaign);
});

export const DELETE = withWorkspace(async ({ params, workspace }) => {
  const campaign = await getCampaignOrThrow({ workspaceId: workspace.id, campaignId: BigInt(params.campaignId) });
  await prisma.lead.updateMany({ where: { campaignId: campaign.id }, data: { campaignId: null } }); // expect: scans-all [pr47k]
  await prisma.campaign.update({ where: { id_userId: { id: campaign.id, userId: campaign.userId } }, data: { archived: true } }); // expect: prunes [pr47o]
  return NextResponse.json({ id: params.campaignId });
});
