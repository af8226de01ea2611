import { Prisma, PrismaClient } from '@prisma/client'

type ArchiveLeadsProps = {
  where: Prisma.LeadWhereInput
}

export const archiveLeads =
  (p: PrismaClient) =>
  async ({ where }: ArchiveLeadsProps) => {
    const { count } = await p.lead.updateMany({
      where,
      data: {
        status: 'archived',
      },
    }) // expect-also: [pr43d]
    return { archivedCount: count }
  }
