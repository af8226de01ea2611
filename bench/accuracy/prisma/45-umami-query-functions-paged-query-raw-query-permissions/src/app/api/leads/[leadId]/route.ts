import { canViewLead } from '@/permissions/lead';
import { deleteLead, getUserLead, updateLead } from '@/queries';
import { parseRequest } from '@/lib/request';

export async function GET(request: Request, { params }: { params: Promise<{ leadId: string }> }) {
  const { auth } = await parseRequest(request);
  const { leadId } = await params;

  const lead = await getUserLead(BigInt(leadId), auth.user.id);

  return lead ? Response.json(lead) : new Response(null, { status: 404 });
}

export async function POST(request: Request, { params }: { params: Promise<{ leadId: string }> }) {
  const { auth } = await parseRequest(request);
  const { leadId } = await params;
  const body = await request.json();

  if (!(await canViewLead(auth, BigInt(leadId)))) {
    return new Response(null, { status: 401 });
  }

  const lead = await getUserLead(BigInt(leadId), auth.user.id);
  const updated = await updateLead(lead.id, lead.createdAt, { status: body.status, company: body.company });

  return Response.json(updated);
}

export async function DELETE(request: Request, { params }: { params: Promise<{ leadId: string }> }) {
  const { auth } = await parseRequest(request);
  const { leadId } = await params;

  if (!(await canViewLead(auth, BigInt(leadId)))) {
    return new Response(null, { status: 401 });
  }

  await deleteLead(BigInt(leadId));

  return Response.json({ ok: true });
}
