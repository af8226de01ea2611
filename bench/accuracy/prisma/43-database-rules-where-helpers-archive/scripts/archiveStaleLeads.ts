import { PrismaClient } from '@typebot.io/prisma'
import { archiveLeads } from '@typebot.io/results/archiveLeads'
import { promptAndSetEnvironment } from './utils'

const archiveStaleLeads = async () => {
  await promptAndSetEnvironment()
  const prisma = new PrismaClient()

  const { archivedCount } = await archiveLeads(prisma)({
    where: {
      status: 'new',
      createdAt: { lt: new Date(Date.now() - 90 * 24 * 60 * 60 * 1000) },
    },
  }) // expect: prunes [pr43i] cross

  console.log(`Archived ${archivedCount} stale leads`)
}

archiveStaleLeads()
