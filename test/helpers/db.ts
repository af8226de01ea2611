/**
 * Access to the throwaway PostgreSQL servers for tests. Under `npm test` the runner starts
 * them once and passes their URLs in PL_TEST_PG; a test file run on its own starts its own
 * servers and stops them when it ends.
 */
import { after } from 'node:test';
import pg from 'pg';
import type { TestContext } from 'node:test';
import { openDb, profileFromUrl, type Db } from '../../server/src/db/connection';
// @ts-expect-error plain ESM helper without type declarations
import { startAllServers } from './postgres-servers.mjs';

export interface PgServer {
  readonly major: number;
  readonly url: string;
  readonly kind: 'system' | 'embedded';
}

let cached: Promise<{ servers: PgServer[]; skipped: string[] }> | undefined;
let ownServers: (PgServer & { stop(): Promise<void> })[] = [];

// Registered at load time so the hook belongs to the file's root, not to whichever test first
// asked for a server: servers a file started itself live until the whole file is done.
after(async () => {
  for (const s of ownServers) await s.stop();
  ownServers = [];
});

/** Every available test server, plus reasons for those that could not start. */
export function pgServers(): Promise<{ servers: PgServer[]; skipped: string[] }> {
  if (cached) return cached;
  if (process.env.PL_TEST_PG) {
    cached = Promise.resolve({
      servers: JSON.parse(process.env.PL_TEST_PG) as PgServer[],
      skipped: JSON.parse(process.env.PL_TEST_PG_SKIPPED ?? '[]') as string[],
    });
  } else {
    cached = (async () => {
      const started = (await startAllServers()) as { servers: (PgServer & { stop(): Promise<void> })[]; skipped: string[] };
      ownServers = started.servers;
      return started;
    })();
  }
  return cached;
}

let counter = 0;

/** Creates a fresh, empty database on a server; `drop()` removes it. */
export async function freshDatabase(server: PgServer, prefix = 't'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(server.url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server.url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Runs `fn` once per available server as a subtest, each time on a fresh database with an open
 * pool; the pool is closed and the database dropped afterwards. Skips loudly without servers.
 */
export async function eachServerDb(
  t: TestContext,
  prefix: string,
  fn: (db: Db, server: PgServer, url: string) => Promise<void>,
  pool: { max: number; queryTimeoutMs?: number } = { max: 3 },
  only: (server: PgServer) => boolean = () => true,
): Promise<void> {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
    return;
  }
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  for (const server of servers.filter(only)) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const fresh = await freshDatabase(server, prefix);
      const db = openDb(profileFromUrl(fresh.url), undefined, pool);
      try {
        await fn(db, server, fresh.url);
      } finally {
        await db.end();
        await fresh.drop();
      }
    });
  }
}
