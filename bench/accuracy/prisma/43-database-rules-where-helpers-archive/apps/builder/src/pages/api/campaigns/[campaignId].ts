import prisma from '@typebot.io/prisma'
import { archiveLeads } from '@typebot.io/results/archiveLeads'
import { NextApiRequest, NextApiResponse } from 'next'
import { canReadCampaigns } from '@/helpers/databaseRules'
import { getAuthenticatedUser } from '@/features/auth/helpers/getAuthenticatedUser'
import { methodNotAllowed, notAuthenticated, notFound } from '@typebot.io/lib/api'

const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  const user = await getAuthenticatedUser(req, res)
  if (!user) return notAuthenticated(res)

  const campaignId = BigInt(req.query.campaignId as string)
  const campaign = await prisma.campaign.findFirst({
    where: canReadCampaigns(campaignId, user),
  }) // expect: prunes [pr43b] cross
  if (!campaign) return notFound(res)

  if (req.method === 'GET') {
    return res.send({ campaign })
  }
  if (req.method === 'DELETE') {
    await archiveLeads(prisma)({ where: { campaignId: campaign.id } }) // expect: scans-all [pr43d] cross
    await prisma.campaign.update({
      where: { id_userId: { id: campaign.id, userId: campaign.userId } },
      data: { archived: true },
    }) // expect: prunes [pr43j]
    return res.send({ message: 'success' })
  }
  methodNotAllowed(res)
}

export default handler
