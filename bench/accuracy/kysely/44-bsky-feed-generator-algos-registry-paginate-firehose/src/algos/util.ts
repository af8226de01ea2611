import { SelectQueryBuilder } from 'kysely'
import { DatabaseSchema, Lead } from '../db/schema'
import { QueryParams } from '../config'

type LeadQuery = SelectQueryBuilder<DatabaseSchema, 'leads', Lead>

// The skeleton every feed shares: newest first, a page size, and the cursor when the client sends one.
export const paginate = (builder: LeadQuery, params: QueryParams): LeadQuery => {
  let qb = builder
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(params.limit)
  if (params.cursor) {
    qb = qb.where('created_at', '<', new Date(parseInt(params.cursor, 10)))
  }
  return qb
}

export const renderFeed = (rows: Lead[]) => {
  const last = rows.at(-1)
  return {
    cursor: last ? last.created_at.getTime().toString(10) : undefined,
    feed: rows.map((row) => ({ lead: row.id })),
  }
}
