import type { Knex } from 'knex';
import { db } from '../db';

/** Options every model method accepts (Ghost-style): a transaction to join and filters. */
export interface ModelOptions {
  transacting?: Knex.Transaction;
  filter?: { status?: string; from?: Date; to?: Date };
}

export function table(name: string, options: ModelOptions = {}): Knex.QueryBuilder {
  const qb = db(name);
  if (options.transacting) qb.transacting(options.transacting);
  return qb;
}
