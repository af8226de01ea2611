import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ninetyDaysAgo = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
  const { count } = await prisma.agentOutput.deleteMany({ where: { createdAt: { lt: ninetyDaysAgo } } }); // expect: prunes [pr47l]
  const stale = await prisma.lead.findMany({
    where: { status: 'new', createdAt: { lt: ninetyDaysAgo } },
    select: { id: true },
    take: 100,
  }); // expect: prunes [pr47m]
  return NextResponse.json({ deletedOutputs: count, staleLeads: stale.length });
}
