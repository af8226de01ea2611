import { NextResponse } from 'next/server';
import { withWorkspace } from '@/lib/auth/workspace';
import { getLeadsForWorkspace } from '@/lib/api/leads/get-leads-for-workspace';

export const GET = withWorkspace(async ({ searchParams, workspace }) => {
  const { search, status, page } = searchParams;
  const leads = await getLeadsForWorkspace({ workspaceId: workspace.id, search, status, page: page ? Number(page) : 1 });
  return NextResponse.json(leads);
});
