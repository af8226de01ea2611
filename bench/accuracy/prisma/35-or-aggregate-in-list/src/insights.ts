import { prisma } from './db';
import { inEitherWindow, recentOrVip } from './filters';

export async function followUps(userId: bigint) {
  return prisma.lead.findMany({ where: { userId, ...recentOrVip(new Date(Date.now() - 7 * 86_400_000)) } }); // expect: scans-all [pr35a] cross
}

export async function yearOverYear(userId: bigint, a: { from: Date; to: Date }, b: { from: Date; to: Date }) {
  return prisma.lead.findMany({ where: { userId, ...inEitherWindow(a, b) } }); // expect: prunes [pr35b] cross
}

export async function lastLeadAt(userId: bigint) {
  const { _max } = await prisma.lead.aggregate({ _max: { createdAt: true }, where: { userId } }); // expect: scans-all [pr35c]
  return _max.createdAt;
}

export async function onDays(days: Date[]) {
  return prisma.lead.findMany({ where: { createdAt: { in: days } }, select: { id: true } }); // expect: prunes [pr35d]
}
