import { prisma } from './lib/prisma';
import { leadArgs } from './lib/lead-args';

export async function allOfUser(userId: bigint) {
  return prisma.lead.findMany(leadArgs(userId)); // expect: scans-all [pr28a] cross
}

export async function sinceOfUser(userId: bigint, since: Date) {
  return prisma.lead.findMany(leadArgs(userId, since)); // expect: prunes [pr28b] cross
}

export async function topOfUser(userId: bigint) {
  return prisma.lead.findMany({ ...leadArgs(userId), take: 10 }); // expect: scans-all [pr28c] cross
}
