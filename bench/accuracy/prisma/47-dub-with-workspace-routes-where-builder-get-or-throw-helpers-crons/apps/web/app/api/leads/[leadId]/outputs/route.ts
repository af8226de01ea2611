import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { withWorkspace } from '@/lib/auth/workspace';
import { getLeadOrThrow } from '@/lib/api/leads/get-lead-or-throw';

export const GET = withWorkspace(async ({ params, workspace }) => {
  const lead = await getLeadOrThrow({ workspaceId: workspace.id, leadId: BigInt(params.leadId) });
  const outputs = await prisma.agentOutput.findMany({
    where: { leadId: lead.id, createdAt: { gte: lead.createdAt } },
    orderBy: { createdAt: 'desc' },
    take: 100,
  }); // expect: prunes [pr47g]
  return NextResponse.json(outputs);
});
