import { auth } from '@/app/(auth)/auth';
import { deleteLeadById, getLeadById, getOutputCountByUserId, updateLeadStatusById } from '@/lib/db/queries';
import { ChatSDKError } from '@/lib/errors';

export const maxDuration = 60;

export async function POST(request: Request) {
  const { id, status } = await request.json();
  const session = await auth();
  if (!session?.user) {
    return new ChatSDKError('unauthorized:lead').message;
  }

  const outputCount = await getOutputCountByUserId({ id: Number(session.user.id), differenceInHours: 24 });
  if (outputCount > 100) {
    return new ChatSDKError('rate_limit:lead').message;
  }

  const lead = await getLeadById({ id });
  if (lead && lead.userId !== Number(session.user.id)) {
    return new ChatSDKError('forbidden:lead').message;
  }
  if (lead) {
    await updateLeadStatusById({ leadId: lead.id, createdAt: lead.createdAt, status });
  }
  return Response.json(lead);
}

export async function DELETE(request: Request) {
  const { searchParams } = new URL(request.url);
  const id = Number(searchParams.get('id'));
  const session = await auth();
  if (!session?.user) {
    return new ChatSDKError('unauthorized:lead').message;
  }
  const lead = await getLeadById({ id });
  if (lead?.userId !== Number(session.user.id)) {
    return new ChatSDKError('forbidden:lead').message;
  }
  return Response.json(await deleteLeadById({ id }), { status: 200 });
}
