import type { Knex } from 'knex';
import getDatabase from '../database/index';
import { applyQuery, type Query } from '../utils/apply-query';

export type PrimaryKey = string | number;
export type Item = Record<string, unknown>;

export interface AbstractServiceOptions {
  knex?: Knex;
  accountability?: { user: number | null; admin: boolean } | null;
}

export class ItemsService<T extends Item = Item> {
  collection: string;
  knex: Knex;
  accountability: AbstractServiceOptions['accountability'];
  primaryKeyField = 'id';

  constructor(collection: string, options: AbstractServiceOptions) {
    this.collection = collection;
    this.knex = options.knex ?? getDatabase();
    this.accountability = options.accountability ?? null;
  }

  async readByQuery(query: Query): Promise<T[]> {
    const dbQuery = this.knex.select(query.fields ?? '*').from(this.collection);
    applyQuery(dbQuery, query);
    const records = await dbQuery; // expect-also: [kx39a] [kx39b]
    return records as T[];
  }

  async readOne(key: PrimaryKey, query: Query = {}): Promise<T | null> {
    const filter = { ...query.filter, [this.primaryKeyField]: { _eq: key } };
    const results = await this.readByQuery({ ...query, filter, limit: 1 });
    return results[0] ?? null;
  }

  async readMany(keys: PrimaryKey[], query: Query = {}): Promise<T[]> {
    const filter = { ...query.filter, [this.primaryKeyField]: { _in: keys } };
    return this.readByQuery({ ...query, filter, limit: keys.length });
  }
}
