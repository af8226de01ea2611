import { AppContext } from '../config'

const RETENTION_DAYS = 90

export async function pruneOldLeads(ctx: AppContext) {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000)
  await ctx.db.deleteFrom('leads').where('created_at', '<', cutoff).execute() // expect: prunes [ky44h]
}
