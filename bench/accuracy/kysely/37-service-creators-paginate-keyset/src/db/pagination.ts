import type { DynamicReferenceBuilder, SelectQueryBuilder } from 'kysely';

/** A cursor made of a creation time and an id, as `<ms>::<id>`. */
export class TimeIdKeyset {
  constructor(
    public primary: DynamicReferenceBuilder,
    public secondary: DynamicReferenceBuilder,
  ) {}

  unpack(cursor?: string): { createdAt: Date; id: number } | undefined {
    if (!cursor) return undefined;
    const [ms, id] = cursor.split('::');
    return { createdAt: new Date(Number(ms)), id: Number(id) };
  }

  pack(row?: { created_at: Date; id: number }): string | undefined {
    return row ? `${row.created_at.getTime()}::${row.id}` : undefined;
  }
}

/** Orders by the keyset and, when a cursor is given, keeps the rows after it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function paginate<QB extends SelectQueryBuilder<any, any, any>>(
  qb: QB,
  opts: { limit?: number; cursor?: string; direction?: 'asc' | 'desc'; keyset: TimeIdKeyset },
): QB {
  const { limit, cursor, keyset, direction = 'desc' } = opts;
  const unpacked = keyset.unpack(cursor);
  let builder = qb.orderBy(keyset.primary, direction).orderBy(keyset.secondary, direction) as QB;
  if (limit) builder = builder.limit(limit) as QB;
  if (unpacked) {
    builder = builder.where(keyset.primary, direction === 'asc' ? '>' : '<', unpacked.createdAt) as QB;
  }
  return builder;
}
