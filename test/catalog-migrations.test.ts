// Migration tools' SQL: goose, dbmate, golang-migrate, Flyway and Liquibase formatted SQL. The
// catalog learns only the up migrations, in version order, and ends in the state the real tool
// leaves the database in: each history is also applied (up parts only, in the tool's order) to
// real PostgreSQL 15 and 18, and the learned tables must equal pg_partitioned_table's.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureParserLoaded } from '../server/src/engine/sql/parse';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { compareMigrationPaths, migrationUpText } from '../server/src/engine/catalog/migrations';
import { catalogListing, keyText, type PartitionedTable } from '../server/src/engine/catalog/model';
import { freshDatabase, pgServers } from './helpers/db';

const dir = path.join(import.meta.dirname, 'fixtures', 'migrations');

before(async () => {
  await ensureParserLoaded();
});

/** A tool's files in the order the tool applies its up migrations, written out by hand. */
const HISTORIES: Record<string, { readonly up: readonly string[]; readonly expected: readonly string[] }> = {
  goose: {
    up: ['1_init.sql', '2_tasks.sql', '3_task_runs.sql', '10_drop_legacy.sql'],
    expected: ['task_runs HASH (tenant_id) 2', 'tasks RANGE (inserted_at) 2'],
  },
  dbmate: {
    up: ['20240101000000_create_metrics.sql', '20240201000000_audit.sql'],
    expected: ['audit_log RANGE (at) 0', 'metrics RANGE (day) 1'],
  },
  'golang-migrate': {
    up: ['000001_logs.up.sql', '000002_sessions.up.sql', '000003_logs_default.up.sql'],
    expected: ['logs LIST (level) 3', 'sessions HASH (user_id) 2'],
  },
  flyway: {
    up: ['V1__init.sql', 'V1_1__orders_2025.sql', 'V2__shipments.sql', 'V10__drop_shipments.sql', 'R__reporting_views.sql'],
    expected: ['orders RANGE (created_on) 2', 'shipments RANGE (shipped_at) 0'],
  },
  liquibase: {
    up: ['changelog.sql'],
    expected: ['payments RANGE (paid_at) 1', 'refunds LIST (reason) 0'],
  },
};

function describeTables(tables: readonly PartitionedTable[]): string[] {
  return tables.map((t) => `${t.name} ${t.strategy.toUpperCase()} (${keyText(t.key)}) ${t.partitions.length}`).sort();
}

/** Learns a directory the way the editor and the CLI do: every file, in no particular order. */
function learn(tool: string): WorkspaceCatalog {
  const ws = new WorkspaceCatalog();
  const files = fs.readdirSync(path.join(dir, tool)).sort().reverse();
  for (const f of files) ws.setFile(`db/${tool}/${f}`, fs.readFileSync(path.join(dir, tool, f), 'utf8'), 'sql');
  return ws;
}

void test('each tool: only the up sequence teaches the catalog, in version order', () => {
  for (const [tool, h] of Object.entries(HISTORIES)) {
    assert.deepEqual(describeTables(learn(tool).snapshot().tables()), h.expected, tool);
  }
});

void test('file order: numbered versions compare as numbers, Flyway repeatables last', () => {
  const names = ['db/V10__a.sql', 'db/R__v.sql', 'db/V2__b.sql', 'db/V1_1__c.sql', 'db/V1__d.sql'];
  assert.deepEqual([...names].sort(compareMigrationPaths), ['db/V1__d.sql', 'db/V1_1__c.sql', 'db/V2__b.sql', 'db/V10__a.sql', 'db/R__v.sql']);
  const goose = ['m/10_x.sql', 'm/2_y.sql', 'm/1_z.sql', 'm/20240101_a.sql'];
  assert.deepEqual([...goose].sort(compareMigrationPaths), ['m/1_z.sql', 'm/2_y.sql', 'm/10_x.sql', 'm/20240101_a.sql']);
  // Different directories and unnumbered names keep plain text order.
  assert.deepEqual(['b/1_x.sql', 'a/2_x.sql', 'a/schema.sql'].sort(compareMigrationPaths), ['a/2_x.sql', 'a/schema.sql', 'b/1_x.sql']);
});

void test('down sections are blanked without moving offsets or lines', () => {
  const text = '-- +goose Up\nCREATE TABLE a (x int) PARTITION BY HASH (x);\n-- +goose Down\nDROP TABLE a;\n';
  const up = migrationUpText('m/1_a.sql', text)!;
  assert.equal(up.length, text.length);
  assert.equal(up.split('\n').length, text.split('\n').length);
  assert.ok(up.includes('CREATE TABLE a'));
  assert.ok(!up.includes('DROP'));
  assert.equal(migrationUpText('m/000001_a.down.sql', 'DROP TABLE a;'), undefined);
  assert.equal(migrationUpText('db/U3__undo.sql', 'DROP TABLE a;'), undefined);
  const dbmate = '-- migrate:up\nCREATE TABLE b (x int);\n-- migrate:down\nDROP TABLE b;\n-- migrate:up\nSELECT 1;\n';
  assert.ok(!migrationUpText('x.sql', dbmate)!.includes('DROP'));
  assert.ok(migrationUpText('x.sql', dbmate)!.includes('SELECT 1'));
});

/** The up part of a file as the tool runs it (markers read line by line, independently of the analyzer). */
function upPart(text: string): string {
  let up = true;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*--\s*(?:\+goose\s+(up|down)|migrate:(up|down))/i.exec(line);
    if (m) up = (m[1] ?? m[2])!.toLowerCase() === 'up';
    else if (up) out.push(line);
  }
  return out.join('\n');
}

void test('the learned catalog equals what PostgreSQL has after the up migrations', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED, MIGRATIONS NOT APPLIED: ' + skipped.join('; '));
    return;
  }
  for (const server of servers) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      for (const [tool, h] of Object.entries(HISTORIES)) {
        const db = await freshDatabase(server, 'migr');
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        try {
          for (const f of h.up) await client.query(upPart(fs.readFileSync(path.join(dir, tool, f), 'utf8')));
          const { rows } = await client.query<{ relname: string; def: string; parts: string }>(
            `SELECT c.relname, pg_catalog.pg_get_partkeydef(c.oid) AS def,
                    (SELECT count(*) FROM pg_catalog.pg_inherits i WHERE i.inhparent = c.oid)::text AS parts
               FROM pg_catalog.pg_partitioned_table pt
               JOIN pg_catalog.pg_class c ON c.oid = pt.partrelid
              WHERE c.relpersistence <> 't'`,
          );
          // Top-level tables, and the listing with sub-partitioned partitions (metrics_2024).
          const live = rows.map((r) => `${r.relname} ${r.def} ${r.parts}`).sort();
          const tables = learn(tool).snapshot().tables();
          assert.deepEqual(describeTables(catalogListing(tables)), live, tool);
          assert.deepEqual(describeTables(tables), describeTables(catalogListing(tables)).filter((l) => tables.some((t) => l.startsWith(`${t.name} `))), tool);
        } finally {
          await client.end();
          await db.drop();
        }
      }
    });
  }
});
