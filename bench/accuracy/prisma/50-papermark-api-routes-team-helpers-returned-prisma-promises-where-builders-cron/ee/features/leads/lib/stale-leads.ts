import { Prisma } from "@prisma/client";

import prisma from "@/lib/prisma";

const DAY = 24 * 60 * 60 * 1000;

function staleWindow(): Prisma.LeadWhereInput {
  return { createdAt: { lt: new Date(Date.now() - 90 * DAY) } };
}

// Untouched leads older than ninety days are marked stale, five hundred at a time.
export async function markStaleLeads() {
  const stale = await prisma.lead.findMany({
    where: { status: "new", ...staleWindow() },
    select: { id: true },
    take: 500,
  }); // expect: prunes [pr50l] cross

  if (stale.length === 0) return 0;

  await prisma.$executeRaw`UPDATE leads SET status = 'stale' WHERE id IN (${Prisma.join(stale.map((l) => l.id))})`; // expect: scans-all [pr50m]
  return stale.length;
}
