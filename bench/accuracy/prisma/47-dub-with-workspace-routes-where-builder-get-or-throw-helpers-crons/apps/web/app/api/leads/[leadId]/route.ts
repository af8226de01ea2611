import { NextResponse } from 'next/server';
import { withWorkspace } from '@/lib/auth/workspace';
import { getLeadOrThrow } from '@/lib/api/leads/get-lead-or-throw';
import { updateLead } from '@/lib/api/leads/update-lead';
import { deleteLead } from '@/lib/api/leads/delete-lead';

export const PATCH = withWorkspace(async ({ req, params, workspace }) => {
  const lead = await getLeadOrThrow({ workspaceId: workspace.id, leadId: BigInt(params.leadId) });
  const body = (await req.json()) as { status?: string; company?: string };
  return NextResponse.json(await updateLead({ lead, updatedLead: body }));
});

export const DELETE = withWorkspace(async ({ params, workspace }) => {
  const lead = await getLeadOrThrow({ workspaceId: workspace.id, leadId: BigInt(params.leadId) });
  await deleteLead(lead);
  return NextResponse.json({ id: params.leadId });
});
