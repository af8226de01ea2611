// Drizzle clients made by the application's own factory function in a workspace package
// (`export const store = makeDatabase(cfg)` where `makeDatabase` returns `drizzle(sql, { schema })`,
// directly or through a `const`), re-exported with the schema namespace and drizzle-orm's operators
// from an app module; and relational reads whose `where` callback has a block body that builds a
// condition array with conditional pushes. Each pattern's reported line, and the nearby form that
// must stay silent (a factory returning its parameter or a memo, a key pushed on every path).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/factory-clients';

const { linesReported: reported } = tsAppSuite(ROOT);

const TABLES = `import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
export const leads = pgTable('leads', { id: bigint('id', { mode: 'number' }), userId: bigint('user_id', { mode: 'number' }), status: text('status'), createdAt: timestamp('created_at') });
`;

const STORAGE_CLIENT = `import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as tables from './tables';

export function makeDatabase(cfg: { url: string; max?: number }) {
  const sql = postgres(cfg.url, { max: cfg.max ?? 10 });
  const orm = drizzle(sql, { schema: tables });
  return orm;
}

export const makeReplica = (url: string) => drizzle(postgres(url), { schema: tables });

/** Connects before handing the client out: awaited by the caller. */
export async function connectArchive(url: string) {
  const sql = postgres(url);
  await sql\`select 1\`;
  return drizzle(sql, { schema: tables });
}

/** Hands back whatever client it is given (a tracing wrapper): not known here. */
export function traced<T>(client: T): T {
  return client;
}

let cached: ReturnType<typeof makeDatabase> | undefined;
/** A memo filled on first use: the local is not followed. */
export function sharedDatabase(url: string) {
  let made = cached;
  if (!made) made = cached = makeDatabase({ url });
  return made;
}
`;

const STORAGE_INDEX = `import * as tables from './tables';

export * from 'drizzle-orm';
export * from './client';
export { tables };
`;

const APP_STORAGE = `import { connectArchive, makeDatabase, makeReplica, sharedDatabase, traced } from '@acme/storage';

export * from '@acme/storage';

export const store = makeDatabase({ url: process.env.PG_URL! });
export const replica = makeReplica(process.env.PG_REPLICA_URL!);
export const wrapped = traced(process.env.UNKNOWN_CLIENT as any);
export const memo = sharedDatabase(process.env.PG_URL!);
export const archive = await connectArchive(process.env.PG_ARCHIVE_URL!);

export type Store = ReturnType<typeof makeDatabase>;
`;

const files = (routes: string): Record<string, string> => ({
  'packages/storage/src/tables.ts': TABLES,
  'packages/storage/src/client.ts': STORAGE_CLIENT,
  'packages/storage/src/index.ts': STORAGE_INDEX,
  'apps/api/src/storage.ts': APP_STORAGE,
  'apps/api/src/routes/leads.ts': routes,
});

describe('a client made by an application factory', () => {
  const ROUTES = `import { and, archive, eq, gte, replica, store, tables } from '../storage';

export async function openLeads(ownerId: number) {
  return store.query.leads.findMany({ where: (t, { eq }) => eq(t.userId, ownerId) }); // factory-local
}

export async function recentLeads(ownerId: number, since: Date) {
  return store.query.leads.findMany({ where: (t, { and, eq, gte }) => and(eq(t.userId, ownerId), gte(t.createdAt, since)) });
}

export async function replicaLeads(ownerId: number) {
  return replica.select().from(tables.leads).where(and(eq(tables.leads.userId, ownerId))); // factory-arrow
}

export async function replicaRecent(ownerId: number, since: Date) {
  return replica.select().from(tables.leads).where(and(eq(tables.leads.userId, ownerId), gte(tables.leads.createdAt, since)));
}

export async function archivedLeads(ownerId: number) {
  return archive.delete(tables.leads).where(eq(tables.leads.userId, ownerId)); // factory-async
}
`;

  it('reports the queries of a client a factory returns (through a const, as its arrow body, awaited), and only those without the key', () => {
    assert.deepEqual(reported(files(ROUTES), 'apps/api/src/routes/leads.ts'), [lineOf(ROUTES, '// factory-local'), lineOf(ROUTES, '// factory-arrow'), lineOf(ROUTES, '// factory-async')]);
  });

  it('stays silent on clients of a factory that returns its parameter or a memo it fills', () => {
    const OTHER = `import { memo, wrapped } from '../storage';

export async function wrappedLeads(ownerId: number) {
  return wrapped.query.leads.findMany({ where: (t, { eq }) => eq(t.userId, ownerId) });
}

export async function memoLeads(ownerId: number) {
  return memo.query.leads.findMany({ where: (t, { eq }) => eq(t.userId, ownerId) });
}
`;
    assert.deepEqual(reported({ ...files(ROUTES), 'apps/api/src/routes/other.ts': OTHER }, 'apps/api/src/routes/other.ts'), []);
  });

  it('reads a parameter typed ReturnType<typeof factory> as that client', () => {
    const HELPER = `import type { Store } from './storage';

export async function leadsOf(db: Store, ownerId: number) {
  return await db.query.leads.findMany({ where: (t, { eq }) => eq(t.userId, ownerId) }); // typed
}

export async function leadsInMonth(db: Store, ownerId: number, start: Date) {
  return await db.query.leads.findMany({ where: (t, { and, eq, gte }) => and(eq(t.userId, ownerId), gte(t.createdAt, start)) });
}
`;
    assert.deepEqual(reported({ ...files(ROUTES), 'apps/api/src/leads-helper.ts': HELPER }, 'apps/api/src/leads-helper.ts'), [lineOf(HELPER, '// typed')]);
  });
});

describe('a relational where callback with a block body', () => {
  const ROUTES = `import { store } from '../storage';

export async function pageOfLeads(ownerId: number, before?: number) {
  return store.query.leads.findMany({ // optional-push
    where: (t, { and, eq, lt }) => {
      const parts = [eq(t.userId, ownerId)];
      if (before) {
        parts.push(lt(t.id, before));
      }
      return and(...parts);
    },
    limit: 50,
  });
}

export async function windowOfLeads(ownerId: number, from: Date, status?: string) {
  return store.query.leads.findMany({
    where: (t, ops) => {
      const parts = [ops.eq(t.userId, ownerId)];
      parts.push(ops.gte(t.createdAt, from));
      if (status) parts.push(ops.eq(t.status, status));
      return ops.and(...parts);
    },
  });
}
`;

  it('judges the path without the conditional pushes, and stays silent when the key is pushed on every path', () => {
    assert.deepEqual(reported(files(ROUTES), 'apps/api/src/routes/leads.ts'), [lineOf(ROUTES, '// optional-push')]);
  });
});
