import { canUpdateCampaign } from '@/permissions/lead';
import { getCampaignLeads, updateCampaign } from '@/queries';
import { getRequestFilters, parseRequest } from '@/lib/request';

export async function GET(request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const { auth, query } = await parseRequest(request);
  const { campaignId } = await params;

  if (!(await canUpdateCampaign(auth, BigInt(campaignId)))) {
    return new Response(null, { status: 401 });
  }

  return Response.json(await getCampaignLeads(BigInt(campaignId), getRequestFilters(query)));
}

export async function POST(request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const { auth } = await parseRequest(request);
  const { campaignId } = await params;
  const { name, archived } = await request.json();

  if (!(await canUpdateCampaign(auth, BigInt(campaignId)))) {
    return new Response(null, { status: 401 });
  }

  const campaign = await updateCampaign(BigInt(campaignId), auth.user.id, { name, archived });

  return Response.json(campaign);
}
