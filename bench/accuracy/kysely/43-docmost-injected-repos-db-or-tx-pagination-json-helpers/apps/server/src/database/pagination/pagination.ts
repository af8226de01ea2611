import { SelectQueryBuilder } from 'kysely';

export type PaginationResult<T> = {
  items: T[];
  meta: { limit: number; page: number; hasNextPage: boolean; hasPrevPage: boolean };
};

export async function executeWithPagination<O, DB, TB extends keyof DB>(
  qb: SelectQueryBuilder<DB, TB, O>,
  opts: { perPage: number; page: number },
): Promise<PaginationResult<O>> {
  if (opts.page < 1) {
    opts.page = 1;
  }

  const rows = await qb
    .limit(opts.perPage + 1)
    .offset((opts.page - 1) * opts.perPage)
    .execute(); // expect: scans-all [ky43c] cross

  const hasNextPage = rows.length > opts.perPage;
  if (hasNextPage) {
    rows.pop();
  }

  return {
    items: rows,
    meta: { limit: opts.perPage, page: opts.page, hasNextPage, hasPrevPage: opts.page > 1 },
  };
}
