import type { SelectQueryBuilder } from 'kysely';
import type { DB } from './types';

export const withinDays =
  (days: number) =>
  <O>(qb: SelectQueryBuilder<DB, 'leads', O>) =>
    qb.where('created_at', '>=', new Date(Date.now() - days * 86_400_000));

export const ofCompany =
  (company: string) =>
  <O>(qb: SelectQueryBuilder<DB, 'leads', O>) =>
    qb.where('company', '=', company);
