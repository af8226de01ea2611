import prisma from '@typebot.io/prisma'
import { NextApiRequest, NextApiResponse } from 'next'
import { canReadLeads } from '@/helpers/databaseRules'
import { getAuthenticatedUser } from '@/features/auth/helpers/getAuthenticatedUser'
import { methodNotAllowed, notAuthenticated, notFound } from '@typebot.io/lib/api'

const handler = async (req: NextApiRequest, res: NextApiResponse) => {
  const user = await getAuthenticatedUser(req, res)
  if (!user) return notAuthenticated(res)

  const leadId = BigInt(req.query.leadId as string)
  if (req.method === 'GET') {
    const lead = await prisma.lead.findFirst({
      where: canReadLeads(leadId, user),
      include: { outputs: true },
    }) // expect: scans-all [pr43a] cross
    if (!lead) return notFound(res)
    return res.send({ lead })
  }
  methodNotAllowed(res)
}

export default handler
