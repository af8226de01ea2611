import { prisma } from './lib/prisma';

export async function statusCount(status: string) {
  return prisma.lead.count({ where: { status } }); // expect: scans-all [pr07a]
}

export async function newestSince(since: Date) {
  return prisma.lead.aggregate({ _max: { createdAt: true }, where: { createdAt: { gte: since } } }); // expect: prunes [pr07b]
}

export async function byStatus() {
  return prisma.lead.groupBy({ by: ['status'], _count: { _all: true } }); // expect: scans-all [pr07c]
}
