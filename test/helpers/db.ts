/**
 * Access to the throwaway PostgreSQL servers for tests. Under `npm test` the runner starts
 * them once and passes their URLs in PL_TEST_PG; a test file run on its own starts its own
 * servers and stops them when it ends.
 */
import { after } from 'node:test';
import pg from 'pg';
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
