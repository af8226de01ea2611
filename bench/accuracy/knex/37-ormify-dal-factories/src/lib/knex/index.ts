import type { Knex } from 'knex';

export class DatabaseError extends Error {
  constructor({ error, name }: { error: unknown; name: string }) {
    super(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const selectAllTableCols = (tableName: string) => `${tableName}.*`;

export type TFindFilter<R extends object = object> = Partial<R> & { $in?: Partial<{ [k in keyof R]: R[k][] }> };

export const buildFindFilter =
  <R extends object = object>({ $in, ...filter }: TFindFilter<R>) =>
  (bd: Knex.QueryBuilder) => {
    void bd.where(filter);
    if ($in) {
      Object.entries($in).forEach(([key, val]) => {
        void bd.whereIn(key, val as never);
      });
    }
    return bd;
  };

export type TFindOpt = { limit?: number; offset?: number; sort?: Array<[string, 'asc' | 'desc']>; tx?: Knex };

// The usual operations of a table (find, findOne, update, delete…) so that a DAL only writes its own queries.
export const ormify = <R extends object>(db: Knex, tableName: string) => ({
  findById: async (id: number, tx?: Knex) => {
    try {
      const result = await (tx || db)(tableName).where({ id }).first('*'); // expect-also: [kx37a]
      return result as R | undefined;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find by id' });
    }
  },
  find: async (filter: TFindFilter<R>, { offset, limit, sort, tx }: TFindOpt = {}) => {
    try {
      const query = (tx || db)(tableName).where(buildFindFilter(filter));
      if (limit) void query.limit(limit);
      if (offset) void query.offset(offset);
      if (sort) {
        void query.orderBy(sort.map(([column, order]) => ({ column, order })));
      }
      const res = await query; // expect-also: [kx37b]
      return res as R[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find' });
    }
  },
  updateById: async (id: number, data: Partial<R>, tx?: Knex) => {
    try {
      const [res] = await (tx || db)(tableName).where({ id }).update(data).returning('*'); // expect-also: [kx37f]
      return res as R;
    } catch (error) {
      throw new DatabaseError({ error, name: 'Update by id' });
    }
  },
  delete: async (filter: TFindFilter<R>, tx?: Knex) => {
    try {
      const res = await (tx || db)(tableName).where(buildFindFilter(filter)).delete().returning('*');
      return res as R[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Delete' });
    }
  },
});
