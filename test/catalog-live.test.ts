// The catalog learned from files agrees with PostgreSQL itself: the fixture DDL is executed
// statement by statement (split by our splitter) on throwaway PostgreSQL servers, and the
// tables, keys, partitions and bounds PostgreSQL reports are compared with what the
// workspace catalog learned from the same files without a database.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureParserLoaded, splitStatements } from '../server/src/engine/sql/parse';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { displayIdent, type KeyPart, type Partition, type PartitionedTable, type PartitionScheme } from '../server/src/engine/catalog/model';
import { documentKind } from '../server/src/engine/check';
import { freshDatabase, pgServers } from './helpers/db';

const fixtures = path.join(import.meta.dirname, 'fixtures');

// Asked for at the top level: servers started here (when the file runs on its own) are then
// stopped after the whole file, not after the first test.
const serversReady = pgServers();

before(async () => {
  await ensureParserLoaded();
});

interface FixtureFile {
  readonly name: string;
  readonly text: string;
}

function filesUnder(dir: string, prefix = ''): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(path.join(dir, e.name), rel));
    else if (e.name.endsWith('.sql')) out.push({ name: rel, text: fs.readFileSync(path.join(dir, e.name), 'utf8') });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** PostgreSQL's `pg_get_partkeydef` for a key we learned. */
function keyDef(s: PartitionScheme): string {
  const part = (k: KeyPart): string =>
    k.kind === 'column'
      ? [displayIdent(k.column), k.collation ? `COLLATE ${displayIdent(k.collation)}` : '', k.opclass ?? ''].filter(Boolean).join(' ')
      : k.text;
  return `${s.strategy.toUpperCase()} (${s.key.map(part).join(', ')})`;
}

/** One line per table and partition, as both sides can print them. */
function ours(tables: readonly PartitionedTable[], exactBounds: (t: PartitionedTable) => boolean): string[] {
  const lines: string[] = [];
  const walk = (parent: string, parts: readonly Partition[], exact: boolean): void => {
    for (const p of parts) {
      const name = `${p.schema}.${p.name}`;
      const bound = exact ? p.bound.text : p.bound.kind;
      lines.push(`${parent} > ${name} ${bound}${p.subPartitioning ? ' ' + keyDef(p.subPartitioning) : ''}`);
      walk(name, p.partitions, exact);
    }
  };
  for (const t of tables) {
    lines.push(`${t.schema}.${t.name} ${keyDef(t)}`);
    walk(`${t.schema}.${t.name}`, t.partitions, exactBounds(t));
  }
  return lines.sort();
}

async function theirs(c: pg.Client, exactBounds: (schema: string, name: string) => boolean): Promise<string[]> {
  const tables = await c.query<{ schema: string; name: string; keydef: string }>(
    `SELECT n.nspname AS schema, c.relname AS name, pg_catalog.pg_get_partkeydef(c.oid) AS keydef
       FROM pg_catalog.pg_partitioned_table p
       JOIN pg_catalog.pg_class c ON c.oid = p.partrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT c.relispartition`,
  );
  const parts = await c.query<{ pschema: string; pname: string; schema: string; name: string; bound: string; subkey: string | null; top: string }>(
    `WITH RECURSIVE tree AS (
       SELECT c.oid, c.oid AS top FROM pg_catalog.pg_class c JOIN pg_catalog.pg_partitioned_table p ON p.partrelid = c.oid WHERE NOT c.relispartition
       UNION ALL
       SELECT i.inhrelid, t.top FROM tree t JOIN pg_catalog.pg_inherits i ON i.inhparent = t.oid)
     SELECT pn.nspname AS pschema, pc.relname AS pname, n.nspname AS schema, c.relname AS name,
            pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound,
            CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS subkey,
            tc.relnamespace::pg_catalog.regnamespace::text || '.' || tc.relname AS top
       FROM tree t
       JOIN pg_catalog.pg_class c ON c.oid = t.oid AND c.relispartition AND c.relkind IN ('r', 'p')
       JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
       JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
       JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_catalog.pg_class tc ON tc.oid = t.top`,
  );
  const lines = tables.rows.map((t) => `${t.schema}.${t.name} ${t.keydef}`);
  for (const p of parts.rows) {
    const [ts, tn] = splitTop(p.top);
    const exact = exactBounds(ts, tn);
    const bound = exact ? p.bound : boundKind(p.bound);
    lines.push(`${p.pschema}.${p.pname} > ${p.schema}.${p.name} ${bound}${p.subkey ? ' ' + p.subkey : ''}`);
  }
  return lines.sort();
}

function splitTop(top: string): [string, string] {
  const i = top.indexOf('.');
  return [top.slice(0, i).replace(/^"|"$/g, ''), top.slice(i + 1)];
}

function boundKind(text: string): string {
  if (text === 'DEFAULT') return 'default';
  if (text.startsWith('FOR VALUES FROM')) return 'range';
  if (text.startsWith('FOR VALUES IN')) return 'list';
  return 'hash';
}

/** Runs every statement of the files, as psql would (COPY data and meta-commands are skipped). */
async function load(c: pg.Client, files: readonly FixtureFile[]): Promise<void> {
  for (const f of files) {
    // Each migration runs in its own session state.
    await c.query('RESET search_path');
    for (const p of splitStatements(f.text)) {
      if (/^(COPY|SELECT\s+:)/i.test(p.text)) continue;
      try {
        await c.query(p.text);
      } catch (e) {
        throw new Error(`${f.name}: ${(e as Error).message} in: ${p.text.slice(0, 200)}`);
      }
    }
  }
}

for (const [label, dir] of [
  ['workspace-sql (pg_dump structure.sql, Prisma, Drizzle)', path.join(fixtures, 'workspace-sql')],
  ['catalog/migrations (renames, detach, set schema, psql script)', path.join(fixtures, 'catalog', 'migrations')],
] as const) {
  void test(`catalog from files = PostgreSQL's catalog: ${label}`, async (t) => {
    const { servers, skipped } = await serversReady;
    for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
    if (servers.length === 0) {
      t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
      return;
    }
    const files = filesUnder(dir).filter((f) => !f.name.startsWith('queries/'));
    const ws = new WorkspaceCatalog();
    for (const f of files) ws.setFile(f.name, f.text, documentKind(f.name)!);
    // pg_dump output carries PostgreSQL's own bound texts; hand-written migrations write
    // literals that PostgreSQL normalises (timestamps), so only their bound kinds are compared.
    const exactFile = (file: string | undefined): boolean => file === 'db/structure.sql' || !!file?.startsWith('20260401');
    const tables = ws.snapshot().tables();
    const expected = ours(tables, (tb) => exactFile(tb.source?.file));
    assert.ok(expected.length >= 8, 'the fixture declares partitioned tables');
    const exactTables = new Set(tables.filter((tb) => exactFile(tb.source?.file)).map((tb) => `${tb.schema}\u0000${tb.name}`));
    for (const server of servers) {
      const db = await freshDatabase(server, 'catalog');
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        await c.query(`SET TimeZone = 'UTC'`);
        await load(c, files);
        const actual = await theirs(c, (s, n) => exactTables.has(`${s}\u0000${n}`));
        assert.deepEqual(expected, actual, `PostgreSQL ${server.major}`);
        t.diagnostic(`PostgreSQL ${server.major}: ${actual.length} tables and partitions agree`);
      } finally {
        await c.end();
        await db.drop();
      }
    }
  });
}
