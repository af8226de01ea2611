import { sql } from 'kysely';
import { db } from './database';

export async function dailyCounts(userId: number) {
  const { rows } = await sql<{ day: Date; n: number }>`SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = ${userId} GROUP BY 1`.execute(db); // expect: scans-all [ky22a]
  return rows;
}

export async function leadsOfCampaignSince(campaignId: number, since: Date) {
  return db
    .selectFrom('leads as l')
    .innerJoin('agent_outputs as o', (join) => join.onRef('o.lead_id', '=', 'l.id').on('o.created_at', '>=', since))
    .select(['l.id', 'o.kind'])
    .where('l.campaign_id', '=', campaignId)
    .where('l.created_at', '>=', since)
    .execute(); // expect: prunes [ky22b]
}

export async function matching(term: string, since?: Date) {
  return db
    .selectFrom('leads')
    .selectAll()
    .where(({ eb, or, and }) =>
      and([or([eb('email', 'ilike', `%${term}%`), eb('company', 'ilike', `%${term}%`)]), ...(since ? [eb('created_at', '>=', since)] : [])]),
    )
    .execute(); // expect: scans-all [ky22c]
}

export async function latestOutputs(kinds: string[]) {
  return db
    .selectFrom('agent_outputs')
    .select(['id', 'kind', 'created_at'])
    .where((eb) => eb.and([eb('kind', 'in', kinds), eb('created_at', '>', sql<Date>`now() - interval '1 day'`)]))
    .execute(); // expect: prunes [ky22d]
}
