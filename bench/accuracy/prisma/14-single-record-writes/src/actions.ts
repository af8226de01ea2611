import { prisma } from './lib/prisma';

export async function markWon(id: bigint, createdAt: Date) {
  return prisma.lead.update({ where: { id_createdAt: { id, createdAt } }, data: { status: 'won' } }); // expect: prunes [pr14a]
}

export async function remove(id: bigint, createdAt: Date) {
  return prisma.lead.delete({ where: { id_createdAt: { id, createdAt } } }); // expect: prunes [pr14b]
}

export async function upsertCampaign(userId: bigint, id: bigint, name: string) {
  return prisma.campaign.update({ where: { id_userId: { id, userId } }, data: { name } }); // expect: prunes [pr14c]
}
