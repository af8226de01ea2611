import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { withWorkspace } from '@/lib/auth/workspace';

export const GET = withWorkspace(async ({ workspace }) => {
  const campaigns = await prisma.campaign.findMany({
    where: { userId: workspace.id, archived: false },
    orderBy: { name: 'asc' },
  }); // expect: prunes [pr47h]
  return NextResponse.json(campaigns);
});
