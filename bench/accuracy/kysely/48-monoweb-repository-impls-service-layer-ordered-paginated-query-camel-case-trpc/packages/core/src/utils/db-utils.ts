import { type SelectQueryBuilder, sql } from "kysely"
import { z } from "zod"

export const CursorSchema = z.object({
  id: z.string(),
})

export const PaginateInputSchema = z
  .object({
    take: z.number(),
    cursor: CursorSchema.optional(),
  })
  .optional()
  .default({ take: 20, cursor: undefined })

export type Pageable = z.infer<typeof PaginateInputSchema>
export type Cursor = z.infer<typeof CursorSchema>

export function orderedQuery<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>, cursor?: Cursor) {
  let queryBuilder = qb

  if (cursor) {
    queryBuilder = qb.where(sql`id`, "<", sql`${cursor.id}`)
  }

  return queryBuilder.orderBy(sql`id`, "desc")
}

export interface Collection<T> {
  data: T[]
  count: number
  next: Cursor | null
}

/**
 * Wrap a sub-query with the necessary pagination queries, and return the resulting collection.
 */
export const paginatedQuery = async <T, DB, TB extends keyof DB, O extends { id: string }>(
  qb: SelectQueryBuilder<DB, TB, O>,
  pageable: Pageable,
  mapper: (payload: O) => T
): Promise<Collection<T>> => {
  // Take N+1 to determine if there is a record behind `take`.
  const pageWithNextLength = pageable.take + 1
  let builder = qb.limit(pageWithNextLength)
  if (pageable.cursor !== undefined) {
    builder = builder.where(sql`id`, "<", sql`${pageable.cursor.id}`)
  }
  builder = builder.orderBy(sql`id`, "desc")

  const records = await builder.execute() // expect-also: [ky48f]
  const hasNextCursor = records.length !== 0 && records.length === pageWithNextLength
  const last = records.at(-1)
  const data = records.slice(0, pageable.take).map(mapper)
  return {
    next: hasNextCursor && last !== undefined ? { id: last.id } : null,
    data,
    count: Math.min(pageable.take, data.length),
  }
}

// Rows of the partitioned tables are never older than the record they belong to.
export const createdSince =
  (since: Date) =>
  <DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>) =>
    qb.where(sql.ref("createdAt"), ">=", since)

export interface Period {
  start: Date
  end: Date
}

export const withinPeriod =
  ({ start, end }: Period) =>
  <DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>) =>
    qb.where(sql.ref("createdAt"), ">=", start).where(sql.ref("createdAt"), "<", end)
