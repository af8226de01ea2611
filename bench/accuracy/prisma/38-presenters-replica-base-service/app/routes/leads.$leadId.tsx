import { $transaction, prisma } from '../db.server';
import { findLeadForUser } from '../models/lead.server';
import { CancelLeadService } from '../services/cancelLead.server';

type LoaderFunctionArgs = { request: Request; params: Record<string, string | undefined> };

async function requireUserId(request: Request): Promise<bigint> {
  return BigInt(request.headers.get('x-user-id') ?? '0');
}

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  const lead = await findLeadForUser(prisma, { leadId: BigInt(params.leadId!), userId }); // expect: scans-all [pr38e] cross
  if (!lead) {
    throw new Response('Not Found', { status: 404 });
  }
  return Response.json({ lead });
};

export const action = async ({ request, params }: LoaderFunctionArgs) => {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const createdAt = new Date(String(form.get('createdAt')));
  const leadId = BigInt(params.leadId!);

  await $transaction(prisma, async (tx) => {
    const service = new CancelLeadService(tx);
    await service.call({ id: leadId, createdAt });
    await tx.agentOutput.deleteMany({ where: { leadId, createdAt: { lt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000) } } }); // expect: prunes [pr38f]
  });

  return Response.json({ ok: true, userId: String(userId) });
};
