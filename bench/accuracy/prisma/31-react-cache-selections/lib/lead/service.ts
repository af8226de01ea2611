import { Prisma } from '@prisma/client';
import { cache as reactCache } from 'react';
import { prisma } from '../prisma';
import { leadListSelection, leadSelection } from './selection';

export class DatabaseError extends Error {}

export const getLeadCountByUserId = reactCache(async (userId: bigint): Promise<number> => {
  try {
    return await prisma.lead.count({ where: { userId } }); // expect: scans-all [pr31a]
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) throw new DatabaseError(error.message);
    throw error;
  }
});

export const getLeads = reactCache(async (userId: bigint, since: Date, limit?: number, offset?: number) => {
  const leads = await prisma.lead.findMany({
    where: { userId, createdAt: { gte: since } },
    select: leadListSelection,
    orderBy: { createdAt: 'desc' },
    take: limit,
    skip: offset,
  }); // expect: prunes [pr31b]
  return leads;
});

export const getLeadWithOutputCount = reactCache(async (id: bigint, createdAt: Date) =>
  prisma.lead.findUnique({ where: { id_createdAt: { id, createdAt } }, select: leadSelection }), // expect: prunes [pr31c] cross
);

export const getLeadByEmail = reactCache(async (email: string) =>
  prisma.lead.findFirst({ where: { email }, select: leadListSelection }), // expect: scans-all [pr31d]
);
