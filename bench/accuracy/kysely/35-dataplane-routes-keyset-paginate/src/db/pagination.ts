import { type DynamicReferenceBuilder, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';

type DbRef = DynamicReferenceBuilder | RawBuilder<unknown>;
type Cursor = { primary: string; secondary: string };

/** Pages by (created_at, id): a cursor is "<ms>::<id>" of the last row seen. */
export class TimeIdKeyset {
  constructor(
    public primary: DbRef,
    public secondary: DbRef,
  ) {}

  unpack(cursor?: string): Cursor | undefined {
    if (!cursor) return undefined;
    const [time, id] = cursor.split('::');
    if (!time || !id) throw new Error('Malformed cursor');
    return { primary: new Date(Number(time)).toISOString(), secondary: id };
  }

  /** tryIndex spells the comparison out, which the planner can match to an index (and to partitions). */
  getSql(cursor: Cursor, direction: 'asc' | 'desc', tryIndex?: boolean) {
    const op = direction === 'desc' ? sql`<` : sql`>`;
    if (tryIndex) {
      return sql<boolean>`(${this.primary} ${op} ${cursor.primary}::timestamptz or (${this.primary} = ${cursor.primary}::timestamptz and ${this.secondary} ${op} ${cursor.secondary}))`;
    }
    return sql<boolean>`((${this.primary}, ${this.secondary}) ${op} (${cursor.primary}::timestamptz, ${cursor.secondary}))`;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQb = SelectQueryBuilder<any, any, any>;

export const paginate = <QB extends AnyQb>(qb: QB, opts: { limit?: number; cursor?: string; keyset: TimeIdKeyset; direction?: 'asc' | 'desc'; tryIndex?: boolean }): QB => {
  const { limit, cursor, keyset, direction = 'desc', tryIndex } = opts;
  const unpacked = keyset.unpack(cursor);
  return qb
    .$if(!!limit, (q) => q.limit(limit as number))
    .orderBy(keyset.primary, direction)
    .orderBy(keyset.secondary, direction)
    .$if(!!unpacked, (q) => q.where(keyset.getSql(unpacked!, direction, tryIndex))) as QB;
};

/** After the first page: the cursor is required, the comparison always applies. */
export const afterCursor = <QB extends AnyQb>(qb: QB, keyset: TimeIdKeyset, cursor: string, tryIndex?: boolean): QB => {
  const unpacked = keyset.unpack(cursor);
  if (!unpacked) throw new Error('cursor required');
  return qb.where(keyset.getSql(unpacked, 'desc', tryIndex)).orderBy(keyset.primary, 'desc').orderBy(keyset.secondary, 'desc') as QB;
};
