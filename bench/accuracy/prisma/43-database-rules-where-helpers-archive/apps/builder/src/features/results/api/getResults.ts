import prisma from '@typebot.io/prisma'
import { authenticatedProcedure } from '@/helpers/server/trpc'
import { TRPCError } from '@trpc/server'
import { z } from 'zod'

const maxLimit = 100

export const getResults = authenticatedProcedure
  .input(
    z.object({
      campaignId: z.string(),
      limit: z.coerce.number().min(1).max(maxLimit).default(50),
      cursor: z.object({ id: z.string(), createdAt: z.date() }).optional(),
    })
  )
  .query(async ({ input, ctx: { user } }) => {
    const { limit, cursor } = input
    const leads = await prisma.lead.findMany({
      take: limit + 1,
      cursor: cursor ? { id_createdAt: { id: BigInt(cursor.id), createdAt: cursor.createdAt } } : undefined,
      where: {
        campaignId: BigInt(input.campaignId),
        userId: BigInt(user.id),
        status: { not: 'archived' },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }) // expect: scans-all [pr43c]

    let nextCursor: typeof cursor | undefined
    if (leads.length > limit) {
      const nextLead = leads.pop()
      nextCursor = { id: nextLead!.id.toString(), createdAt: nextLead!.createdAt }
    }

    return { leads, nextCursor }
  })

export const getTotalResults = authenticatedProcedure
  .input(z.object({ campaignId: z.string() }))
  .query(async ({ input, ctx: { user } }) => {
    const totalResults = await prisma.lead.count({
      where: {
        campaignId: BigInt(input.campaignId),
        userId: BigInt(user.id),
        status: { not: 'archived' },
      },
    }) // expect: scans-all [pr43h]
    if (totalResults === undefined) throw new TRPCError({ code: 'NOT_FOUND', message: 'Campaign not found' })
    return { totalResults }
  })
