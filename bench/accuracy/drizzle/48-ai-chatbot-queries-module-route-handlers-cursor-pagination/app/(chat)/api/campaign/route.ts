import { auth } from '@/app/(auth)/auth';
import { getCampaignById, getCampaignsByUserId } from '@/lib/db/queries';
import { ChatSDKError } from '@/lib/errors';

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const id = searchParams.get('id');
  const session = await auth();
  if (!session?.user) {
    return new ChatSDKError('unauthorized:campaign').message;
  }
  if (!id) {
    return Response.json(await getCampaignsByUserId({ userId: Number(session.user.id) }));
  }
  const campaign = await getCampaignById({ id: Number(id) });
  if (campaign?.userId !== Number(session.user.id)) {
    return new ChatSDKError('forbidden:campaign').message;
  }
  return Response.json(campaign);
}
