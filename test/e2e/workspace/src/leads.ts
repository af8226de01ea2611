import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function microsoftLeads() {
  return prisma.lead.findMany({ where: { company: 'Microsoft' } });
}
