import type { Knex } from 'knex'

// Stale leads stay in the table for the sweeper but never show on public surfaces.
export const excludeStale = (builder: Knex.QueryBuilder, table = 'leads') => {
  builder.whereNot(`${table}.status`, 'stale')
}

// The period pickers of the dashboard always send both ends of the window.
export const createdWithin = (builder: Knex.QueryBuilder, { start, end }: { start: Date; end: Date }, table = 'leads') => {
  builder.where(`${table}.createdAt`, '>=', start).andWhere(`${table}.createdAt`, '<', end)
}

export const paginate = (builder: Knex.QueryBuilder, { skip, take }: { skip?: number; take?: number }) => {
  if (skip !== undefined && Number.isFinite(skip)) {
    builder.offset(skip)
  }
  if (take !== undefined && Number.isFinite(take)) {
    builder.limit(take)
  }
}
