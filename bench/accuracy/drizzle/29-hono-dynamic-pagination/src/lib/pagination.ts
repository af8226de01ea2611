import type { PgSelect } from 'drizzle-orm/pg-core';

export function withPagination<T extends PgSelect>(qb: T, page = 1, pageSize = 20) {
  return qb.limit(pageSize).offset((page - 1) * pageSize);
}
