import { Prisma, User } from '@prisma/client'
import { env } from '@typebot.io/env'

const isAdmin = (user: User) => env.ADMIN_EMAIL?.some((email) => email === user.email) ?? false

export const canReadLeads = (leadIds: bigint | bigint[], user: Pick<User, 'email' | 'id'>): Prisma.LeadWhereInput => ({
  id: typeof leadIds === 'bigint' ? leadIds : { in: leadIds },
  ...(isAdmin(user as User) ? {} : { userId: BigInt(user.id) }),
})

export const canReadCampaigns = (campaignId: bigint, user: Pick<User, 'id'>): Prisma.CampaignWhereInput => ({
  id: campaignId,
  userId: BigInt(user.id),
})
