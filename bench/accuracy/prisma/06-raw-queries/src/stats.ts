import { prisma } from './lib/prisma';

export async function perDay(day: string) {
  return prisma.$queryRaw`SELECT count(*) FROM leads WHERE created_at::date = ${day}::date`; // expect: scans-all [pr06a]
}

export async function since(from: Date) {
  return prisma.$queryRaw`SELECT id, email FROM leads WHERE created_at >= ${from}`; // expect: prunes [pr06b]
}
