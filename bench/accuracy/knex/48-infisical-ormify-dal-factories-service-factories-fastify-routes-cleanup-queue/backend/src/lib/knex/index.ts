import type { Knex } from 'knex';
import type { TDbClient } from '../../db/instance';
import type { TableName } from '../../db/schemas/models';

export class DatabaseError extends Error {
  constructor({ error, name }: { error: unknown; name: string }) {
    super(`${name}: ${String(error)}`);
  }
}

export type TFindFilter<R extends object = object> = Partial<R> & {
  $in?: Partial<{ [k in keyof R]: R[k][] }>;
  $search?: Partial<{ [k in keyof R]: string }>;
};

export type TFindOpt<R extends object = object> = {
  limit?: number;
  offset?: number;
  sort?: Array<[keyof R, 'asc' | 'desc']>;
  tx?: Knex;
};

// Turns a plain filter object (with $in / $search operators) into a where callback.
export const buildFindFilter =
  <R extends object = object>({ $in, $search, ...filter }: TFindFilter<R>) =>
  (bd: Knex.QueryBuilder) => {
    void bd.where(filter);
    if ($in) {
      Object.entries($in).forEach(([key, val]) => {
        if (val) void bd.whereIn(key, val as never);
      });
    }
    if ($search) {
      Object.entries($search).forEach(([key, val]) => {
        if (val) void bd.whereILike(key, val as string);
      });
    }
    return bd;
  };

export const selectAllTableCols = (tableName: TableName) => `${tableName}.*`;

// The generic data access every DAL factory spreads into its own object.
export const ormify = <R extends object>(db: TDbClient, tableName: TableName) => ({
  findById: async (id: string, tx?: Knex) => {
    try {
      const result = await (tx || db.replicaNode())(tableName).where({ id }).first('*'); // expect-also: [kx48a] [kx48l]
      return result as R | undefined;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find by id' });
    }
  },
  findOne: async (filter: TFindFilter<R>, tx?: Knex) => {
    try {
      const res = await (tx || db.replicaNode())(tableName).where(buildFindFilter(filter)).first('*');
      return res as R | undefined;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find one' });
    }
  },
  find: async (filter: TFindFilter<R>, { offset, limit, sort, tx }: TFindOpt<R> = {}) => {
    try {
      const query = (tx || db.replicaNode())(tableName).where(buildFindFilter(filter));
      if (limit) void query.limit(limit);
      if (offset) void query.offset(offset);
      if (sort) void query.orderBy(sort.map(([column, order]) => ({ column: column as string, order })));
      const res = await query; // expect-also: [kx48c] [kx48f]
      return res as R[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find' });
    }
  },
  updateById: async (id: string, data: Partial<R>, tx?: Knex) => {
    try {
      const [res] = await (tx || db)(tableName).where({ id }).update(data as never).returning('*'); // expect-also: [kx48d]
      return res as R;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Update by id' });
    }
  },
  update: async (filter: TFindFilter<R>, data: Partial<R>, tx?: Knex) => {
    try {
      const res = await (tx || db)(tableName).where(buildFindFilter(filter)).update(data as never).returning('*');
      return res as R[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Update' });
    }
  },
  deleteById: async (id: string, tx?: Knex) => {
    try {
      const [res] = await (tx || db)(tableName).where({ id }).delete().returning('*'); // expect-also: [kx48i]
      return res as R;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Delete by id' });
    }
  },
  create: async (data: Partial<R>, tx?: Knex) => {
    const [res] = await (tx || db)(tableName).insert(data as never).returning('*');
    return res as R;
  },
});
