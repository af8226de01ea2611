// Kysely keyset pagination as Bluesky Ozone writes it: `paginate(builder, { limit, cursor, keyset })`
// ordering by and filtering on `keyset.primary`, where `keyset = new TimeIdKeyset(ref('leads.created_at'),
// ref('leads.id'))` keeps the dynamic references in constructor parameter properties, and the
// comparison is `direction === 'asc' ? '>' : '<'`. The list method's optional date filter leaves a
// path without the key (reported where it runs); a method that always filters on the key stays silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/kysely-keyset';

const { linesReported } = tsAppSuite(ROOT);

const DB = `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

export const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool() }) });
`;

const PAGINATION = `import type { DynamicReferenceBuilder, SelectQueryBuilder } from 'kysely';

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
}

export class LooseKeyset {
  primary: DynamicReferenceBuilder;
  constructor(primary: DynamicReferenceBuilder) {
    this.primary = primary;
  }
  unpack(cursor?: string): { createdAt: Date } | undefined {
    return cursor ? { createdAt: new Date(cursor) } : undefined;
  }
}

export function paginate<QB extends SelectQueryBuilder<any, any, any>>(qb: QB, opts: { limit?: number; cursor?: string; direction?: 'asc' | 'desc'; keyset: TimeIdKeyset | LooseKeyset }): QB {
  const { limit, cursor, keyset, direction = 'desc' } = opts;
  const unpacked = keyset.unpack(cursor);
  let builder = qb.orderBy(keyset.primary, direction) as QB;
  if (limit) builder = builder.limit(limit) as QB;
  if (unpacked) {
    builder = builder.where(keyset.primary, direction === 'asc' ? '>' : '<', unpacked.createdAt) as QB;
  }
  return builder;
}
`;

const files = (service: string): Record<string, string> => ({ 'src/db.ts': DB, 'src/pagination.ts': PAGINATION, 'src/service.ts': service });

void describe('Kysely: keyset pagination on dynamic references held by a keyset object', () => {
  void it('reports a list whose date filter is optional, and stays silent on one that always filters on created_at', () => {
    const service = `import { db } from './db';
import { paginate, TimeIdKeyset } from './pagination';

export async function listLeads(opts: { userId: number; since?: Date; limit: number; cursor?: string }) {
  const { ref } = db.dynamic;
  let builder = db.selectFrom('leads').selectAll().where('user_id', '=', opts.userId);
  if (opts.since) {
    builder = builder.where('created_at', '>=', opts.since);
  }
  const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
  const paginated = paginate(builder, { limit: opts.limit, cursor: opts.cursor, keyset });
  return paginated.execute(); // optional
}

export async function listSince(userId: number, since: Date, cursor?: string) {
  const { ref } = db.dynamic;
  const builder = db.selectFrom('leads').selectAll().where('user_id', '=', userId).where('created_at', '>=', since);
  const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
  const paginated = paginate(builder, { limit: 50, cursor, keyset });
  return paginated.execute(); // keyed
}
`;
    assert.deepEqual(linesReported(files(service), 'src/service.ts'), [lineOf(service, '// optional')]);
  });

  void it('stays silent when the reference is stored by the constructor body rather than a parameter property', () => {
    const service = `import { db } from './db';
import { paginate, LooseKeyset } from './pagination';

export async function listLeads(opts: { userId: number; since?: Date; cursor?: string }) {
  const { ref } = db.dynamic;
  let builder = db.selectFrom('leads').selectAll().where('user_id', '=', opts.userId);
  if (opts.since) {
    builder = builder.where('created_at', '>=', opts.since);
  }
  const keyset = new LooseKeyset(ref('leads.created_at'));
  const paginated = paginate(builder, { cursor: opts.cursor, keyset });
  return paginated.execute();
}
`;
    assert.deepEqual(linesReported(files(service), 'src/service.ts'), []);
  });
});
