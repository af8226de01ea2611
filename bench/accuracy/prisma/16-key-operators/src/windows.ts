import { prisma } from './lib/prisma';

export async function atInstants(instants: Date[]) {
  return prisma.lead.findMany({ where: { createdAt: { in: instants } } }); // expect: prunes [pr16a]
}

export async function recentOrVip(since: Date) {
  return prisma.lead.findMany({ where: { OR: [{ createdAt: { gte: since } }, { company: 'VIP' }] } }); // expect: scans-all [pr16b]
}

export async function windowNotSpam(from: Date, to: Date) {
  return prisma.lead.findMany({ where: { createdAt: { gte: from, lt: to }, NOT: { status: 'spam' } } }); // expect: prunes [pr16c]
}
