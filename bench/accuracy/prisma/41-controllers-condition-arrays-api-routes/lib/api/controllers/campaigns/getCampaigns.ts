import { prisma } from '../../db';

export default async function getCampaigns(userId: bigint) {
  const campaigns = await prisma.campaign.findMany({
    where: { userId, archived: false },
    orderBy: { name: 'asc' },
  });
  return { response: campaigns, status: 200 };
}
