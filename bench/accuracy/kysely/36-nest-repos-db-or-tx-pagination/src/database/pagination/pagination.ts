import type { SelectQueryBuilder } from 'kysely';

export type PaginationResult<T> = {
  items: T[];
  meta: { limit: number; page: number; hasNextPage: boolean; hasPrevPage: boolean };
};

// Fetches one row more than a page to tell whether there is a next page.
export async function executeWithPagination<O, DB, TB extends keyof DB>(qb: SelectQueryBuilder<DB, TB, O>, opts: { perPage: number; page: number }): Promise<PaginationResult<O>> {
  if (opts.page < 1) {
    opts.page = 1;
  }
  qb = qb.limit(opts.perPage + 1).offset((opts.page - 1) * opts.perPage);

  const rows = await qb.execute();
  const hasNextPage = rows.length > opts.perPage;
  if (hasNextPage) rows.pop();

  return { items: rows, meta: { limit: opts.perPage, page: opts.page, hasNextPage, hasPrevPage: opts.page > 1 } };
}
