import type { Prisma } from '@prisma/client';
import { dbRead, dbWrite } from '../db/client';

export const getUserCampaigns = <TSelect extends Prisma.CampaignSelect>({ userId, select }: { userId: bigint; select: TSelect }) => {
  return dbRead.campaign.findMany({ where: { userId, archived: false }, select, orderBy: { name: 'asc' } }); // expect-also: [pr49j]
};

export const getCampaignById = async <TSelect extends Prisma.CampaignSelect>({ id, select }: { id: bigint; select: TSelect }) => {
  return await dbRead.campaign.findFirst({ where: { id }, select }); // expect: scans-all [pr49k]
};

export const archiveCampaign = async ({ id, userId }: { id: bigint; userId: bigint }) => {
  return await dbWrite.$transaction([
    dbWrite.campaign.update({ where: { id_userId: { id, userId } }, data: { archived: true } }),
    dbWrite.lead.updateMany({ where: { campaignId: id, userId }, data: { campaignId: null } }),
  ]); // expect: scans-all [pr49l]
};
