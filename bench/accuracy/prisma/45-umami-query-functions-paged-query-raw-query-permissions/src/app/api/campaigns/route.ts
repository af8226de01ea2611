import { getUserCampaigns } from '@/queries';
import { parseRequest } from '@/lib/request';

export async function GET(request: Request) {
  const { auth } = await parseRequest(request);

  return Response.json(await getUserCampaigns(auth.user.id));
}
