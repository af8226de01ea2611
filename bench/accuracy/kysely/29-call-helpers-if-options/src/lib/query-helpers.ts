import type { SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/types';

export const paginate =
  (page: number, size = 20) =>
  <QB extends SelectQueryBuilder<DB, keyof DB, object>>(qb: QB): QB =>
    qb.limit(size).offset((page - 1) * size) as QB;

export const createdBetween =
  (from: Date, to: Date) =>
  <QB extends SelectQueryBuilder<DB, 'leads', object>>(qb: QB): QB =>
    qb.where('created_at', '>=', from).where('created_at', '<', to) as QB;
