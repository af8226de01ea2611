import type { Knex } from 'knex';

export interface CurrentUser {
  id: number;
}

export function scopeToUser(qb: Knex.QueryBuilder, user: CurrentUser): Knex.QueryBuilder {
  return qb.where('user_id', user.id);
}
