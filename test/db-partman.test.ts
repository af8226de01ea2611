// pg_partman awareness against Debian's postgresql-15-partman (4.7) on the throwaway PostgreSQL
// 15: managed tables are recognised with their settings, an uncovered premake window is a health
// issue, and pg_partman's own run_maintenance (the plan Create Upcoming offers) covers it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { executePlan } from '../server/src/db/execute';
import { loadCatalog } from '../server/src/db/introspect';
import { buildRunMaintenancePlan, describePartman, intervalMs, loadPartmanConfigs, partmanFor, partmanHealth, retentionKeep, type PartmanConfig } from '../server/src/db/partman';
import { planToSql } from '../server/src/db/plan';
import type { PartitionedTable } from '../server/src/engine/catalog/model';
import { eachServerDb, pgServers } from './helpers/db';
import { runCli } from './helpers/cli';

const DAY = 86_400_000;

test('pg_partman intervals, retention and the maintenance-overdue check', () => {
  assert.equal(intervalMs('1 mon'), 30 * DAY);
  assert.equal(intervalMs('3 mons'), 90 * DAY);
  assert.equal(intervalMs('1 day'), DAY);
  assert.equal(intervalMs('7 days'), 7 * DAY);
  assert.equal(intervalMs('01:00:00'), 3_600_000);
  assert.equal(intervalMs('100000'), undefined);
  const now = new Date('2026-12-06T12:00:00Z');
  const cfg: PartmanConfig = {
    table: { schema: 'public', name: 'leads' }, control: 'created_at', interval: '1 day', intervalMs: DAY, premake: 2,
    retention: '30 days', retentionKeepTable: false, automaticMaintenance: true, lastRun: new Date('2026-12-04T00:00:00Z'),
    extensionSchema: 'partman', extensionVersion: '5.2.0',
  };
  assert.equal(retentionKeep(cfg), 30);
  const table: PartitionedTable = {
    schema: 'public', name: 'leads', strategy: 'range', key: [{ kind: 'column', name: 'created_at' } as never],
    partitions: [0, 1, 2, 3].map((d) => ({
      schema: 'public', name: `leads_p${d}`, partitions: [],
      bound: { kind: 'range' as const, text: '', from: [{ kind: 'value' as const, text: new Date(now.getTime() + (d - 1) * DAY).toISOString() }], to: [{ kind: 'value' as const, text: new Date(now.getTime() + d * DAY).toISOString() }] },
    })),
  };
  const issues = partmanHealth(table, cfg, now);
  assert.deepEqual(issues.map((i) => i.code), ['partman-maintenance-overdue']);
  assert.match(describePartman(cfg), /pg_partman: every 1 day, premake 2, retention 30 days \(drop\), last run 2026-12-04 00:00 UTC/);
  const plan = buildRunMaintenancePlan(cfg);
  assert.equal(plan.destructive, true);
  assert.match(planToSql(plan), /SELECT partman\.run_maintenance\(p_parent_table := 'public\.leads'\)/);
});

test('a pg_partman-managed table: recognised, premake window checked, run_maintenance covers it', async (t) => {
  const { servers } = await pgServers();
  const withPartman = servers.filter((s) => s.kind === 'system' && fs.existsSync(`/usr/share/postgresql/${s.major}/extension/pg_partman.control`));
  for (const s of servers.filter((x) => !withPartman.includes(x))) {
    await t.test(`PostgreSQL ${s.major} (${s.kind})`, (st) => st.skip(`!!! pg_partman is not installed for this server (Debian's postgresql-${s.major}-partman)`));
  }
  if (!withPartman.length) return;
  await eachServerDb(t, 'partman', async (db) => {
    await db.query('CREATE SCHEMA partman');
    await db.query('CREATE EXTENSION pg_partman SCHEMA partman');
    await db.query('CREATE TABLE public.events (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)');
    await db.query(`SELECT partman.create_parent('public.events', 'created_at', 'native', 'monthly', p_premake := 3)`);
    // pg_partman 4 makes its premake window ahead of the newest row: the table has current data.
    await db.query('INSERT INTO public.events VALUES (1, now())');
    await db.query('CREATE TABLE public.plain (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)');
    const configs = await loadPartmanConfigs(db);
    assert.equal(configs.length, 1);
    const cfg = partmanFor(configs, { schema: 'public', name: 'events' })!;
    assert.ok(cfg, 'events is managed');
    assert.equal(partmanFor(configs, { schema: 'public', name: 'plain' }), undefined);
    assert.equal(cfg.premake, 3);
    assert.equal(cfg.interval, '1 mon');
    assert.equal(cfg.extensionSchema, 'partman');
    assert.match(cfg.extensionVersion, /^4\./);
    assert.equal(cfg.lastRun, undefined, 'pg_partman 4 does not record its last run');

    const events = async (): Promise<PartitionedTable> => (await loadCatalog(db)).tables.find((x) => x.name === 'events')!;
    assert.deepEqual(partmanHealth(await events(), cfg), []);
    // A larger premake than the partitions that exist: the window is not covered.
    await db.query(`UPDATE partman.part_config SET premake = 8 WHERE parent_table = 'public.events'`);
    const wider = partmanFor(await loadPartmanConfigs(db), { schema: 'public', name: 'events' })!;
    const issues = partmanHealth(await events(), wider);
    assert.deepEqual(issues.map((i) => i.code), ['partman-premake-not-covered']);
    assert.match(issues[0]!.message, /premake 8/);
    // Create Upcoming's plan for a managed table: pg_partman's own maintenance, which covers it.
    const before = (await events()).partitions.length;
    const result = await executePlan(db, buildRunMaintenancePlan(wider));
    assert.equal(result.executed, 1);
    const after = await events();
    assert.ok(after.partitions.length >= before + 5, `${before} → ${after.partitions.length}`);
    assert.ok(after.partitions.every((p) => /^events_(p\d{4}_\d{2}|default)$/.test(p.name)), after.partitions.map((p) => p.name).join(', '));
    assert.deepEqual(partmanHealth(after, wider), []);
  }, { max: 3 }, (server) => withPartman.some((s) => s.url === server.url));
});

test('the CLI on a pg_partman-managed table: create-upcoming defers to its maintenance, archive keeps what its retention keeps', async (t) => {
  const { servers } = await pgServers();
  const withPartman = servers.filter((s) => s.kind === 'system' && fs.existsSync(`/usr/share/postgresql/${s.major}/extension/pg_partman.control`));
  for (const s of servers.filter((x) => !withPartman.includes(x))) {
    await t.test(`PostgreSQL ${s.major} (${s.kind})`, (st) => st.skip(`!!! pg_partman is not installed for this server (Debian's postgresql-${s.major}-partman)`));
  }
  if (!withPartman.length) return;
  await eachServerDb(t, 'partmancli', async (db, _server, url) => {
    await db.query('CREATE SCHEMA partman');
    await db.query('CREATE EXTENSION pg_partman SCHEMA partman');
    await db.query('CREATE TABLE public.events (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)');
    await db.query(`SELECT partman.create_parent('public.events', 'created_at', 'native', 'monthly', p_premake := 2)`);
    await db.query(`UPDATE partman.part_config SET retention = '3 months', retention_schema = 'old_events' WHERE parent_table = 'public.events'`);
    const count = async (): Promise<number> => (await loadCatalog(db)).tables.find((x) => x.name === 'events')!.partitions.length;
    const before = await count();

    // Refused with the reason and both ways out; nothing changed.
    const refused = await runCli(['partitions', 'create-upcoming', '--database-url', url, '--table', 'events', '--interval', 'month', '--count', '6', '--yes']);
    assert.equal(refused.code, 2, refused.err);
    assert.match(refused.err, /pg_partman manages public\.events: every 1 mon, premake 2/);
    assert.match(refused.err, /--partman-maintenance .* --ignore-partman/s);
    assert.equal(await count(), before);

    // pg_partman's own maintenance, shown before it runs.
    const maint = await runCli(['partitions', 'create-upcoming', '--database-url', url, '--table', 'events', '--interval', 'month', '--count', '6', '--partman-maintenance', '--yes']);
    assert.equal(maint.code, 0, maint.err);
    assert.match(maint.out, /SELECT partman\.run_maintenance\(p_parent_table := 'public\.events'\)/);

    // Creating them with Partition Lens anyway is an explicit choice (a dry run changes nothing).
    const anyway = await runCli(['partitions', 'create-upcoming', '--database-url', url, '--table', 'events', '--interval', 'month', '--count', '6', '--ignore-partman', '--dry-run']);
    assert.equal(anyway.code, 0, anyway.err);
    assert.match(anyway.out, /CREATE TABLE/);

    // Archive: fewer periods than the retention keeps is refused and names the retention schema.
    const few = await runCli(['partitions', 'archive', '--database-url', url, '--table', 'events', '--keep', '1', '--dry-run']);
    assert.equal(few.code, 2, few.err);
    assert.match(few.err, /retention \(3 months\) keeps 3 periods of public\.events: use --keep 3 or more/);
    assert.match(few.err, /--archive-schema old_events/);
    const enough = await runCli(['partitions', 'archive', '--database-url', url, '--table', 'events', '--keep', '3', '--dry-run']);
    assert.equal(enough.code, 0, enough.err);
  }, { max: 3 }, (server) => withPartman.some((s) => s.url === server.url));
});
