import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function GET(request: NextRequest) {
  const company = request.nextUrl.searchParams.get('company') ?? '';
  const leads = await prisma.lead.findMany({ where: { company }, take: 20 }); // expect: scans-all [pr15a]
  return NextResponse.json(leads);
}

export async function DELETE(request: NextRequest) {
  const before = new Date(request.nextUrl.searchParams.get('before') ?? Date.now());
  const { count } = await prisma.agentOutput.deleteMany({ where: { createdAt: { lt: before } } }); // expect: prunes [pr15b]
  return NextResponse.json({ count });
}
