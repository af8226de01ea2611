import { and, gte, lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** `and` of the conditions that are present (undefined parts are dropped). */
export const genWhere = (conditions: (SQL | undefined)[]): SQL | undefined => and(...conditions.filter(Boolean));

/** Both ends of a `[start, end]` date range on a column. */
export const genRangeWhere = (range: [string, string], column: PgColumn): SQL | undefined =>
  and(gte(column, new Date(range[0])), lte(column, new Date(range[1])));

export const genStartDateWhere = (startDate: string, column: PgColumn): SQL => gte(column, new Date(startDate));
