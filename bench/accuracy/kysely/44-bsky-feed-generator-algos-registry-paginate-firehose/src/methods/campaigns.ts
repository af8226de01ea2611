import { sql } from 'kysely'
import { AppContext } from '../config'

export async function listCampaigns(ctx: AppContext, userId: number) {
  return ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .where('user_id', '=', userId)
    .where('archived', '=', false)
    .execute() // expect: prunes [ky44f]
}

export async function getCampaign(ctx: AppContext, id: number) {
  return ctx.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst() // expect: scans-all [ky44g]
}

export async function recentLeadCount(ctx: AppContext, userId: number, since: Date) {
  const { rows } = await sql<{ n: number }>`select count(*) as n from leads where user_id = ${userId} and created_at >= ${since}`.execute(ctx.db) // expect: prunes [ky44j]
  return rows[0]?.n ?? 0
}
