import { between, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface DateRange {
  from: Date;
  to: Date;
}

export const inRange = (column: PgColumn, range: DateRange): SQL => between(column, range.from, range.to);

export const sameMonth = (column: PgColumn, month: Date): SQL => sql`date_trunc('month', ${column}) = date_trunc('month', ${month}::timestamptz)`;
