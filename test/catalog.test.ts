// The partition catalog learned from DDL: pg_dump structure files, migrations in path order,
// later DDL winning (renames, drops, detaches), quoted names, expression keys,
// sub-partitioning, comments, broken statements, and the `partitionLens.tables` setting.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensureParserLoaded } from '../server/src/engine/sql/parse';
import { extractDdl, mightContainCatalogDdl, tablesFromSql } from '../server/src/engine/catalog/ddl';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { parseTablesSetting } from '../server/src/engine/catalog/settings';
import { displayName, keyText, type Partition, type PartitionedTable, type PartitionScheme } from '../server/src/engine/catalog/model';
import { documentKind } from '../server/src/engine/check';
import { registerHost } from '../server/src/engine/host/index';
import type { EmbeddedSql } from '../server/src/engine/host/types';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const workspaceDir = path.join(fixtures, 'workspace-sql');

before(async () => {
  await ensureParserLoaded();
});

/** A compact, exact picture of tables: one line per table / partition, indented by level. */
function outline(tables: readonly PartitionedTable[]): string[] {
  const lines: string[] = [];
  const scheme = (s: PartitionScheme | undefined): string => (s ? ` [${s.strategy} (${keyText(s.key)})]` : '');
  const at = (src: PartitionedTable['source']): string =>
    src ? ` @${src.kind === 'file' ? `${src.file}:${src.line}` : `${src.kind}${src.detail ? ':' + src.detail : ''}`}` : '';
  const walk = (parts: readonly Partition[], indent: string): void => {
    for (const p of parts) {
      lines.push(`${indent}${displayName(p.schema, p.name)} ${p.bound.text}${scheme(p.subPartitioning)}${at(p.source)}`);
      walk(p.partitions, indent + '  ');
    }
  };
  for (const t of tables) {
    lines.push(`${displayName(t.schema, t.name)} ${t.strategy} (${keyText(t.key)})${at(t.source)}`);
    walk(t.partitions, '  ');
  }
  return lines;
}

const read = (rel: string): string => fs.readFileSync(path.join(workspaceDir, rel), 'utf8');

void test('pg_dump structure.sql: schema-qualified tables, ATTACH PARTITION, sub-partitions, defaults', () => {
  const text = read('db/structure.sql');
  const r = tablesFromSql(text, { file: 'db/structure.sql' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(outline(r.tables.sort((a, b) => displayName(a.schema, a.name).localeCompare(displayName(b.schema, b.name)))), [
    'analytics."Events" list (region) @db/structure.sql:54',
    `  analytics."Events_EU" FOR VALUES IN ('eu', 'uk') [range ("occurredAt")] @db/structure.sql:67`,
    `    analytics."Events_EU_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') @db/structure.sql:82`,
    `  analytics."Events_US" FOR VALUES IN ('us') @db/structure.sql:94`,
    '  analytics."Events_other" DEFAULT @db/structure.sql:106',
    'analytics.sessions range ((lower(email)), started_on) @db/structure.sql:118',
    `  analytics.sessions_a_m FOR VALUES FROM ('a', MINVALUE) TO ('n', MINVALUE) @db/structure.sql:130`,
    `  analytics.sessions_n_z FOR VALUES FROM ('n', MINVALUE) TO (MAXVALUE, MAXVALUE) @db/structure.sql:141`,
    'public.agent_outputs range (created_at) @db/structure.sql:152',
    `  public.agent_outputs_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00') @db/structure.sql:165`,
    `  public.agent_outputs_2026_12 FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00') @db/structure.sql:177`,
    'public.campaigns hash (user_id) @db/structure.sql:189',
    ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `  public.campaigns_p${i} FOR VALUES WITH (modulus 8, remainder ${i}) @db/structure.sql:${201 + 11 * i}`),
    'public.leads range (created_at) @db/structure.sql:289',
    `  public.leads_2026_10 FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2026-11-01 00:00:00+00') @db/structure.sql:309`,
    `  public.leads_2026_11 FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00') @db/structure.sql:321`,
    `  public.leads_2026_12 FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00') @db/structure.sql:333`,
    '  public.leads_default DEFAULT @db/structure.sql:345',
  ]);
  // The source lines really are the CREATE TABLE statements.
  const lines = text.split('\n');
  assert.equal(lines[288], 'CREATE TABLE public.leads (');
  assert.equal(lines[53], 'CREATE TABLE analytics."Events" (');
  // Parsed bounds and keys, not only text.
  const leads = r.tables.find((t) => t.name === 'leads')!;
  assert.deepEqual(leads.partitions[1]!.bound, {
    kind: 'range',
    from: [{ kind: 'value', text: '2026-11-01 00:00:00+00' }],
    to: [{ kind: 'value', text: '2026-12-01 00:00:00+00' }],
    text: "FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00')",
  });
  const sessions = r.tables.find((t) => t.name === 'sessions')!;
  assert.deepEqual(sessions.key, [
    { kind: 'expression', text: 'lower(email)', normalized: 'lower(email)', columns: ['email'] },
    { kind: 'column', column: 'started_on', type: 'date' },
  ]);
  assert.deepEqual(sessions.partitions[1]!.bound, {
    kind: 'range',
    from: [{ kind: 'value', text: 'n' }, { kind: 'minvalue' }],
    to: [{ kind: 'maxvalue' }, { kind: 'maxvalue' }],
    text: "FOR VALUES FROM ('n', MINVALUE) TO (MAXVALUE, MAXVALUE)",
  });
  const campaigns = r.tables.find((t) => t.name === 'campaigns')!;
  assert.deepEqual(campaigns.partitions[3]!.bound, { kind: 'hash', modulus: 8, remainder: 3, text: 'FOR VALUES WITH (modulus 8, remainder 3)' });
  const events = r.tables.find((t) => t.name === 'Events')!;
  assert.deepEqual(events.partitions[0]!.bound, { kind: 'list', values: ['eu', 'uk'], text: "FOR VALUES IN ('eu', 'uk')" });
});

void test('pg_dump: DDL inside comments, string literals and COPY data does not count', () => {
  const text = read('db/structure.sql');
  assert.ok(text.includes("COMMENT ON TABLE public.leads IS 'Leads; CREATE TABLE fake (a int) PARTITION BY RANGE (a);'"));
  assert.ok(text.includes('3\tCREATE TABLE public.fake PARTITION OF public.leads DEFAULT;'));
  const r = tablesFromSql(text + '\n-- CREATE TABLE public.c1 PARTITION OF public.leads DEFAULT;\n/* DROP TABLE public.leads; */\n');
  const names = r.tables.flatMap((t) => [t.name, ...t.partitions.map((p) => p.name)]);
  assert.ok(!names.includes('fake'));
  assert.ok(!names.includes('c1'));
  assert.equal(r.tables.find((t) => t.name === 'leads')!.partitions.length, 4);
});

void test('workspace fixture: structure.sql, Prisma and Drizzle migrations apply in path order', () => {
  const ws = new WorkspaceCatalog();
  // Added in a scrambled order: application order is path order, not insertion order.
  for (const rel of [
    'prisma/migrations/20261201000000_rename_visits/migration.sql',
    'queries/reports.sql',
    'drizzle/0000_orders.sql',
    'prisma/migrations/20261120000000_add_visits/migration.sql',
    'db/structure.sql',
  ]) {
    ws.setFile(rel, read(rel), documentKind(rel)!);
  }
  const snap = ws.snapshot();
  assert.deepEqual(
    snap.tables().map((t) => `${displayName(t.schema, t.name)} ${t.strategy} (${keyText(t.key)}) ${t.partitions.map((p) => p.name).join(',')}`),
    [
      'analytics."Events" list (region) Events_EU,Events_US,Events_other',
      'analytics.sessions range ((lower(email)), started_on) sessions_a_m,sessions_n_z',
      'public.agent_outputs range (created_at) agent_outputs_2026_11,agent_outputs_2026_12',
      'public.campaigns hash (user_id) campaigns_p0,campaigns_p1,campaigns_p2,campaigns_p3,campaigns_p4,campaigns_p5,campaigns_p6,campaigns_p7',
      'public.leads range (created_at) leads_2026_10,leads_2026_11,leads_2026_12,leads_default',
      'public.orders list (region) orders_eu,orders_us,orders_rest',
      'public.page_visits range (visited_at) visits_2026_11,visits_2026_12',
    ],
  );
  assert.equal(snap.lookup(undefined, 'page_visits')?.source?.file, 'prisma/migrations/20261120000000_add_visits/migration.sql');
  assert.equal(snap.lookup(undefined, 'page_visits')?.source?.line, 2);
  assert.equal(snap.lookup(undefined, 'visits'), undefined);
  assert.equal(snap.lookup('analytics', 'Events')?.strategy, 'list');
  assert.equal(snap.lookup(undefined, 'Events'), undefined);
  assert.deepEqual(
    ws.tablesFrom('prisma/migrations/20261201000000_rename_visits/migration.sql').map((t) => t.name),
    ['page_visits'],
  );
  assert.deepEqual(ws.tablesFrom('queries/reports.sql'), []);
  assert.equal(ws.hasDdl('queries/reports.sql'), false);
  assert.deepEqual(ws.problems(), []);
  // The snapshot is cached until something changes.
  assert.equal(ws.snapshot(), snap);
  ws.setFile('queries/other.sql', 'SELECT 1', 'sql');
  assert.equal(ws.snapshot(), snap);
  ws.removeFile('prisma/migrations/20261201000000_rename_visits/migration.sql');
  const after = ws.snapshot();
  assert.notEqual(after, snap);
  assert.deepEqual(after.lookup(undefined, 'visits')?.partitions.map((p) => p.name), ['visits_2026_11', 'visits_2026_12', 'visits_old']);
  assert.equal(after.lookup(undefined, 'page_visits'), undefined);
});

void test('migrations: later DDL wins — rename, set schema, detach, drop, re-create', () => {
  const ws = new WorkspaceCatalog();
  ws.setFile(
    'db/migrate/20260101000000_create_events.sql',
    `CREATE TABLE events (id bigint, kind text, at timestamptz) PARTITION BY RANGE (at);
     CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
     CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
     CREATE TABLE events_2026_03 PARTITION OF events FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
     CREATE TABLE logs (id int, at date) PARTITION BY RANGE (at);
     CREATE TABLE tmp_parts (id int, k int) PARTITION BY LIST (k);`,
    'sql',
  );
  ws.setFile(
    'db/migrate/20260201000000_reshape.sql',
    `ALTER TABLE events DETACH PARTITION events_2026_01 CONCURRENTLY;
     ALTER TABLE events DETACH PARTITION events_2026_01 FINALIZE;
     DROP TABLE events_2026_02;
     ALTER TABLE events RENAME TO app_events;
     CREATE SCHEMA archive;
     ALTER TABLE logs SET SCHEMA archive;
     DROP TABLE IF EXISTS tmp_parts, does_not_exist CASCADE;
     ALTER TABLE app_events RENAME COLUMN at TO occurred_at;`,
    'sql',
  );
  ws.setFile(
    'db/migrate/20260301000000_attach.sql',
    `CREATE TABLE app_events_2026_04 (LIKE app_events);
     ALTER TABLE app_events ATTACH PARTITION app_events_2026_04 FOR VALUES FROM ('2026-04-01') TO ('2026-05-01');
     ALTER TABLE app_events ATTACH PARTITION events_2026_01 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');`,
    'sql',
  );
  assert.deepEqual(outline(ws.snapshot().tables()), [
    'archive.logs range (at) @db/migrate/20260101000000_create_events.sql:5',
    'public.app_events range (occurred_at) @db/migrate/20260101000000_create_events.sql:1',
    `  public.events_2026_03 FOR VALUES FROM ('2026-03-01') TO ('2026-04-01') @db/migrate/20260101000000_create_events.sql:4`,
    `  public.app_events_2026_04 FOR VALUES FROM ('2026-04-01') TO ('2026-05-01') @db/migrate/20260301000000_attach.sql:1`,
    `  public.events_2026_01 FOR VALUES FROM ('2026-01-01') TO ('2026-02-01') @db/migrate/20260101000000_create_events.sql:2`,
  ]);
  // A later file that drops and re-creates the table as a plain table removes it from the catalog.
  ws.setFile('db/migrate/20260401000000_unpartition.sql', 'DROP TABLE app_events; CREATE TABLE app_events (id bigint);', 'sql');
  assert.deepEqual(
    ws.snapshot().tables().map((t) => t.name),
    ['logs'],
  );
});

void test('a file describing the database as it is now (--schema) wins over the migrations, whatever the paths\' order', () => {
  const migrations = (ws: WorkspaceCatalog): void => {
    ws.setFile('db/migrate/20260101000000_create_leads.sql', 'CREATE TABLE leads (id bigint, created_at timestamptz) PARTITION BY RANGE (created_at);', 'sql');
    // Taiga-style history: the partitioned table is dropped and a plain one renamed into its place.
    ws.setFile('db/migrate/20260201000000_swap.sql', 'CREATE TABLE leads_plain (id bigint); DROP TABLE leads; ALTER TABLE leads_plain RENAME TO leads;', 'sql');
  };
  const dump = 'CREATE TABLE leads (id bigint, created_at timestamptz) PARTITION BY RANGE (created_at);\nCREATE TABLE users (id bigint);';
  // As history only, the dump (sorting first) is replayed before the migrations and the swap wins.
  const history = new WorkspaceCatalog();
  history.setFile('config/a_schema.sql', dump, 'sql');
  migrations(history);
  assert.deepEqual(outline(history.snapshot().tables()), []);
  const current = new WorkspaceCatalog();
  current.setFile('config/a_schema.sql', dump, 'sql', { current: true });
  migrations(current);
  assert.deepEqual(outline(current.snapshot().tables()), ['public.leads range (created_at) @config/a_schema.sql:1']);
  assert.deepEqual(current.fileNames(), ['db/migrate/20260101000000_create_leads.sql', 'db/migrate/20260201000000_swap.sql', 'config/a_schema.sql']);
  // A table the dump declares plain stays plain even where a later-sorting migration partitions it.
  current.setFile('zz/20270101000000_users.sql', 'DROP TABLE users; CREATE TABLE users (id bigint, at date) PARTITION BY RANGE (at);', 'sql');
  assert.deepEqual(outline(current.snapshot().tables()), ['public.leads range (created_at) @config/a_schema.sql:1']);
});

void test('search_path: unqualified DDL lands in the first schema of the path; each file starts at public', () => {
  const ws = new WorkspaceCatalog();
  ws.setFile(
    'a.sql',
    `CREATE SCHEMA sales;
     SET search_path = sales, public;
     CREATE TABLE orders (id int, region text) PARTITION BY LIST (region);
     CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
     SET search_path TO DEFAULT;
     CREATE TABLE orders (id int, d date) PARTITION BY RANGE (d);`,
    'sql',
  );
  ws.setFile('b.sql', `CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');`, 'sql');
  assert.deepEqual(outline(ws.snapshot().tables()), [
    'public.orders range (d) @a.sql:6',
    `  public.orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') @b.sql:1`,
    'sales.orders list (region) @a.sql:3',
    `  sales.orders_eu FOR VALUES IN ('eu') @a.sql:4`,
  ]);
  const searched = new WorkspaceCatalog({ searchPath: ['sales', 'public'] });
  searched.setFile('a.sql', 'CREATE SCHEMA sales; CREATE TABLE sales.t (a int) PARTITION BY HASH (a);', 'sql');
  assert.equal(searched.snapshot().lookup(undefined, 't')?.schema, 'sales');
});

void test('quoted names stay exact, unquoted fold; expression keys, opclasses and collations', () => {
  const { tables, errors } = tablesFromSql(
    `CREATE TABLE "Sales"."Order Items" (id int, "Region" text, email text, created_at timestamptz)
       PARTITION BY RANGE ("Region" COLLATE "C" text_pattern_ops, (lower(email)), date_trunc('month', created_at AT TIME ZONE 'UTC'), ((id + 1)));
     CREATE TABLE MixedCase (a int) PARTITION BY HASH ((a));
     CREATE TABLE "MixedCase_p0" PARTITION OF mixedcase FOR VALUES WITH (MODULUS 2, REMAINDER 0);
     CREATE TABLE t_cast (d date) PARTITION BY RANGE ((d::timestamp), CAST(d AS text));`,
  );
  assert.deepEqual(errors, []);
  const byName = new Map(tables.map((t) => [t.name, t]));
  assert.deepEqual(byName.get('Order Items')!.key, [
    { kind: 'column', column: 'Region', opclass: 'text_pattern_ops', collation: 'C', type: 'text' },
    { kind: 'expression', text: 'lower(email)', normalized: 'lower(email)', columns: ['email'] },
    {
      kind: 'expression',
      text: "date_trunc('month', created_at AT TIME ZONE 'UTC')",
      normalized: "date_trunc('month', timezone('UTC', created_at))",
      columns: ['created_at'],
    },
    { kind: 'expression', text: 'id + 1', normalized: '(id + 1)', columns: ['id'] },
  ]);
  assert.equal(byName.get('Order Items')!.schema, 'Sales');
  assert.deepEqual(byName.get('mixedcase')!.key, [{ kind: 'column', column: 'a', type: 'int4' }]);
  assert.deepEqual(byName.get('mixedcase')!.partitions.map((p) => p.name), ['MixedCase_p0']);
  assert.deepEqual(byName.get('t_cast')!.key, [
    { kind: 'expression', text: 'd::timestamp', normalized: 'd::timestamp', columns: ['d'] },
    { kind: 'expression', text: 'd::text', normalized: 'd::text', columns: ['d'] },
  ]);
  assert.equal(keyText(byName.get('Order Items')!.key), `"Region", (lower(email)), (date_trunc('month', created_at AT TIME ZONE 'UTC')), (id + 1)`);
});

void test('a parenthesised table name that is no column is a whole-row key, as PostgreSQL prints it (t.*)', () => {
  const { tables, errors } = tablesFromSql(
    `CREATE TABLE pairs (a int, b int) PARTITION BY LIST ((pairs));
     CREATE TABLE own (own int) PARTITION BY LIST ((own));
     CREATE TABLE copied (LIKE pairs) PARTITION BY LIST ((copied));`,
  );
  assert.deepEqual(errors, []);
  const byName = new Map(tables.map((t) => [t.name, t]));
  assert.deepEqual(byName.get('pairs')!.key, [{ kind: 'expression', text: 'pairs.*', normalized: '*', columns: [] }]);
  // A column of that name wins; with LIKE the columns are not all known, so the name stays a column.
  assert.deepEqual(byName.get('own')!.key, [{ kind: 'column', column: 'own', type: 'int4' }]);
  assert.deepEqual(byName.get('copied')!.key, [{ kind: 'column', column: 'copied' }]);
});

void test('RENAME COLUMN rewrites column and expression keys, also of sub-partitions', () => {
  const { tables } = tablesFromSql(
    `CREATE TABLE m (a int, email text, d date) PARTITION BY LIST ((lower(email)));
     CREATE TABLE m_x PARTITION OF m FOR VALUES IN ('x') PARTITION BY RANGE (d, a);
     ALTER TABLE m RENAME COLUMN email TO mail;
     ALTER TABLE m RENAME d TO day;
     ALTER TABLE m RENAME COLUMN unrelated TO other;`,
    { file: 'm.sql' },
  );
  assert.deepEqual(outline(tables), ['public.m list ((lower(mail))) @m.sql:1', `  public.m_x FOR VALUES IN ('x') [range (day, a)] @m.sql:2`]);
  assert.deepEqual(tables[0]!.key[0], { kind: 'expression', text: 'lower(mail)', normalized: 'lower(mail)', columns: ['mail'] });
});

void test('sub-partitioning: PARTITION OF … PARTITION BY, three levels, and dropping a middle level', () => {
  const sql = `
    CREATE TABLE t (region text, d date, id int) PARTITION BY LIST (region);
    CREATE TABLE t_eu PARTITION OF t FOR VALUES IN ('eu', NULL) PARTITION BY RANGE (d);
    CREATE TABLE t_eu_2026 PARTITION OF t_eu FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY HASH (id);
    CREATE TABLE t_eu_2026_h0 PARTITION OF t_eu_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
    CREATE TABLE t_eu_2026_h1 PARTITION OF t_eu_2026 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
    CREATE TABLE t_us PARTITION OF t FOR VALUES IN ('us');
    CREATE TABLE t_num (n numeric) PARTITION BY RANGE (n);
    CREATE TABLE t_num_neg PARTITION OF t_num FOR VALUES FROM (-10.5) TO (0);
  `;
  const { tables } = tablesFromSql(sql);
  assert.deepEqual(
    outline(tables).map((l) => l.replace(/ @.*$/, '')),
    [
      'public.t list (region)',
      `  public.t_eu FOR VALUES IN ('eu', NULL) [range (d)]`,
      `    public.t_eu_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') [hash (id)]`,
      '      public.t_eu_2026_h0 FOR VALUES WITH (modulus 2, remainder 0)',
      '      public.t_eu_2026_h1 FOR VALUES WITH (modulus 2, remainder 1)',
      `  public.t_us FOR VALUES IN ('us')`,
      'public.t_num range (n)',
      '  public.t_num_neg FOR VALUES FROM (-10.5) TO (0)',
    ],
  );
  assert.deepEqual(tables[0]!.partitions[0]!.bound, { kind: 'list', values: ['eu', null], text: "FOR VALUES IN ('eu', NULL)" });
  const dropped = tablesFromSql(sql + 'DROP TABLE t_eu_2026;');
  assert.deepEqual(dropped.tables[0]!.partitions[0]!.partitions, []);
  // Detaching a sub-partitioned partition makes it a partitioned table of its own.
  const detached = tablesFromSql(sql + 'ALTER TABLE t DETACH PARTITION t_eu;');
  assert.deepEqual(
    outline(detached.tables).map((l) => l.replace(/ @.*$/, '')).filter((l) => !l.includes('t_num')),
    [
      'public.t list (region)',
      `  public.t_us FOR VALUES IN ('us')`,
      'public.t_eu range (d)',
      `  public.t_eu_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') [hash (id)]`,
      '    public.t_eu_2026_h0 FOR VALUES WITH (modulus 2, remainder 0)',
      '    public.t_eu_2026_h1 FOR VALUES WITH (modulus 2, remainder 1)',
    ],
  );
});

void test('bounds: casts, booleans and expressions print as PostgreSQL would', () => {
  const { tables } = tablesFromSql(`
    CREATE TABLE b (d timestamptz, f boolean) PARTITION BY RANGE (d);
    CREATE TABLE b1 PARTITION OF b FOR VALUES FROM ('2026-01-01'::timestamptz) TO (TIMESTAMPTZ '2026-02-01 00:00:00+00');
    CREATE TABLE l (f boolean) PARTITION BY LIST (f);
    CREATE TABLE l1 PARTITION OF l FOR VALUES IN (true);
    CREATE TABLE l2 PARTITION OF l FOR VALUES IN (1, 2.5, 'it''s');
  `);
  assert.deepEqual(
    tables.flatMap((t) => t.partitions.map((p) => p.bound.text)),
    ["FOR VALUES FROM ('2026-01-01') TO ('2026-02-01 00:00:00+00')", 'FOR VALUES IN (true)', "FOR VALUES IN (1, 2.5, 'it''s')"],
  );
  assert.deepEqual(tables[1]!.partitions[1]!.bound, { kind: 'list', values: ['1', '2.5', "it's"], text: "FOR VALUES IN (1, 2.5, 'it''s')" });
});

void test('broken statements in the middle hide nothing; partition DDL that fails is reported', () => {
  const text = [
    'CREATE TABLE a (x int) PARTITION BY RANGE (x);',
    'CREATE TABLE a1 PARTITION OF a FOR VALUES FROM (1) TO;',
    'SELEC nonsense;',
    "CREATE TABLE a2 PARTITION OF a FOR VALUES FROM (10) TO (20);",
    "CREATE TABLE 'half typed",
  ].join('\n');
  const ws = new WorkspaceCatalog();
  ws.setFile('broken.sql', text, 'sql');
  assert.deepEqual(outline(ws.snapshot().tables()), ['public.a range (x) @broken.sql:1', '  public.a2 FOR VALUES FROM (10) TO (20) @broken.sql:4']);
  const problems = ws.problems('broken.sql');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.offset, text.indexOf(';', text.indexOf('TO;')));
  assert.match(problems[0]!.message, /syntax error/);
});

void test('pre-filter: texts without catalog keywords are not parsed; ORM migration SQL is not filtered out', () => {
  assert.equal(mightContainCatalogDdl('SELECT * FROM leads WHERE id = 1'), false);
  assert.equal(mightContainCatalogDdl('create table x () partition by range (a)'), true);
  assert.equal(mightContainCatalogDdl('DROP TABLE x'), true);
  assert.equal(mightContainCatalogDdl('ALTER TABLE x RENAME TO y'), true);
  for (const f of ['prisma/migrations/20260101_init/migration.sql', 'drizzle/0001_x.sql', 'migrations/1700000000000-Init.sql', 'db/structure.sql']) {
    assert.equal(documentKind(f), 'sql', f);
  }
  // Unrelated statements in a DDL file are skipped cheaply and produce no operations.
  const r = extractDdl("INSERT INTO t VALUES (1); UPDATE t SET a = 2; CREATE INDEX i ON t (a); DROP INDEX i; DROP TABLE t;");
  assert.deepEqual(r.ops.map((o) => o.op), ['drop']);
});

void test('host-language fragments marked ddl are learned with host line numbers', () => {
  // A small host module exercising the HostModule contract: every %{…} in the file is SQL.
  registerHost({
    language: 'python',
    mightContainDatabaseCode: () => true,
    sqlFragments(text) {
      const out: EmbeddedSql[] = [];
      for (const m of text.matchAll(/%\{([^}]*)\}/g)) {
        const start = m.index + 2;
        out.push({ text: m[1]!, mapOffset: (o: number) => start + o, ddl: !text.slice(0, m.index).endsWith('query') });
      }
      return out;
    },
    check: () => ({ findings: [], parseErrors: [] }),
  });
  const py = [
    'operations = [',
    '  RunSQL(%{CREATE TABLE hits (at date) PARTITION BY RANGE (at);',
    "  CREATE TABLE hits_2026 PARTITION OF hits FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')}),",
    '  query%{CREATE TABLE ignored (a int) PARTITION BY HASH (a)}',
    ']',
  ].join('\n');
  const ws = new WorkspaceCatalog();
  ws.setFile('app/migrations/0002_hits.py', py, 'python');
  assert.deepEqual(outline(ws.snapshot().tables()), [
    'public.hits range (at) @app/migrations/0002_hits.py:2',
    `  public.hits_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') @app/migrations/0002_hits.py:3`,
  ]);
  // No module for a kind: nothing learned, nothing thrown.
  ws.setFile('x.rb', 'execute "CREATE TABLE r (a int) PARTITION BY HASH (a)"', 'ruby');
  assert.equal(ws.snapshot().tables().length, 1);
});

void test('setting: objects and DDL strings become tables; invalid entries give clear messages', () => {
  const r = parseTablesSetting([
    {
      name: 'public.leads',
      strategy: 'range',
      key: ['created_at'],
      partitions: [
        { name: 'leads_2026_11', bound: "FOR VALUES FROM ('2026-11-01') TO ('2026-12-01')" },
        { name: 'leads_default', bound: 'DEFAULT' },
      ],
    },
    { name: '"Sales".Users', strategy: 'HASH', key: 'id' },
    { name: 'sessions', strategy: 'list', key: ['(lower(email))'] },
    "CREATE TABLE agent_outputs (created_at timestamptz) PARTITION BY RANGE (created_at); CREATE TABLE agent_outputs_2026_11 PARTITION OF agent_outputs FOR VALUES FROM ('2026-11-01') TO ('2026-12-01')",
    { name: 'bad', strategy: 'tree', key: [] },
    42,
    { name: 'l2', strategy: 'list', key: ['a', 'b'] },
    { name: 'h', strategy: 'hash', key: ['a'], partitions: [{ name: 'h0', bound: "FOR VALUES FROM (1) TO (2)" }, { name: 'h1' }] },
    'CREATE TABLE oops (a int) PARTITION BY RANGE',
    'SELECT 1',
    { name: 'x; DROP TABLE leads', strategy: 'range', key: ['a'] },
    { name: 'typo', strategy: 'range', key: ['a'], partition: [] },
    { name: 'sums', strategy: 'range', key: ['a + b', 'name text_pattern_ops'] },
    { name: 'sums2', strategy: 'range', key: ['a + b', 'c'] },
  ]);
  assert.deepEqual(outline(r.tables), [
    'public.leads range (created_at) @setting:partitionLens.tables[0]',
    `  public.leads_2026_11 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01') @setting:partitionLens.tables[0].partitions[0]`,
    '  public.leads_default DEFAULT @setting:partitionLens.tables[0].partitions[1]',
    '"Sales".users hash (id) @setting:partitionLens.tables[1]',
    'public.sessions list ((lower(email))) @setting:partitionLens.tables[2]',
    'public.agent_outputs range (created_at) @setting:partitionLens.tables[3]',
    `  public.agent_outputs_2026_11 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01') @setting:partitionLens.tables[3]`,
    'public.h hash (a) @setting:partitionLens.tables[7]',
    'public.sums2 range ((a + b), c) @setting:partitionLens.tables[13]',
  ]);
  assert.deepEqual(r.errors, [
    'partitionLens.tables[4]: "strategy" must be "range", "list" or "hash"; "key" must be a non-empty array of column names or parenthesised expressions, e.g. ["created_at"] or ["(lower(email))"].',
    'partitionLens.tables[5] must be an object { "name", "strategy", "key" } or a "CREATE TABLE … PARTITION BY …" string.',
    'partitionLens.tables[6]: LIST partitioning takes exactly one key column or expression.',
    `partitionLens.tables[7].partitions[0]: a RANGE bound ("FOR VALUES FROM (1) TO (2)") does not fit a HASH partitioned table.`,
    'partitionLens.tables[7].partitions[1] must be an object { "name": "…", "bound": "FOR VALUES … | DEFAULT" }.',
    'partitionLens.tables[8]: syntax error at end of input (at character 45 of the DDL string)',
    'partitionLens.tables[9]: no CREATE TABLE … PARTITION BY … statement found in the DDL string.',
    'partitionLens.tables[10]: syntax error at end of input in: CREATE TABLE x; DROP TABLE leads () PARTITION BY RANGE (a)',
    'partitionLens.tables[11]: unknown property "partition".',
    'partitionLens.tables[12]: syntax error at or near "+" in: CREATE TABLE sums () PARTITION BY RANGE (a + b, name text_pattern_ops)',
  ]);
  assert.deepEqual(parseTablesSetting(undefined), { tables: [], errors: [] });
  assert.deepEqual(parseTablesSetting({}).errors, ['partitionLens.tables must be an array of table declarations.']);
});

void test('setting tables override file tables; a setting without partitions takes the files’ partitions', () => {
  const ws = new WorkspaceCatalog();
  ws.setFile(
    'db/schema.sql',
    `CREATE TABLE leads (created_at timestamptz, user_id int) PARTITION BY RANGE (created_at);
     CREATE TABLE leads_2026_11 PARTITION OF leads FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
     CREATE TABLE campaigns_p0 PARTITION OF campaigns FOR VALUES WITH (MODULUS 8, REMAINDER 0);
     CREATE TABLE other (a int) PARTITION BY HASH (a);`,
    'sql',
  );
  const setting = parseTablesSetting([
    { name: 'leads', strategy: 'hash', key: ['user_id'] },
    { name: 'campaigns', strategy: 'hash', key: ['user_id'] },
  ]);
  ws.setSettingTables(setting.tables);
  const snap = ws.snapshot();
  assert.deepEqual(outline(snap.tables()).map((l) => l.replace(/ @.*$/, '')), [
    'public.campaigns hash (user_id)',
    '  public.campaigns_p0 FOR VALUES WITH (modulus 8, remainder 0)',
    'public.leads hash (user_id)',
    `  public.leads_2026_11 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01')`,
    'public.other hash (a)',
  ]);
  assert.equal(snap.lookup(undefined, 'leads')?.source?.kind, 'setting');
  ws.setSettingTables([]);
  assert.equal(ws.snapshot().lookup(undefined, 'leads')?.strategy, 'range');
  assert.equal(ws.snapshot().lookup(undefined, 'campaigns'), undefined);
});

void test('migration directory read from disk: convert to partitioned, detach + set schema, psql script', () => {
  const dir = path.join(fixtures, 'catalog', 'migrations');
  const ws = new WorkspaceCatalog();
  // Reverse order on purpose: the catalog applies files in path order.
  for (const f of fs.readdirSync(dir).sort().reverse()) {
    ws.setFile(`migrations/${f}`, fs.readFileSync(path.join(dir, f), 'utf8'), documentKind(f)!);
  }
  assert.deepEqual(outline(ws.snapshot().tables()), [
    'app.campaigns hash (user_id) @migrations/20260401000000_campaigns.psql.sql:6',
    '  app.campaigns_p0 FOR VALUES WITH (modulus 4, remainder 0) @migrations/20260401000000_campaigns.psql.sql:7',
    '  app.campaigns_p1 FOR VALUES WITH (modulus 4, remainder 1) @migrations/20260401000000_campaigns.psql.sql:8',
    '  app.campaigns_p2 FOR VALUES WITH (modulus 4, remainder 2) @migrations/20260401000000_campaigns.psql.sql:18',
    '  app.campaigns_p3 FOR VALUES WITH (modulus 4, remainder 3) @migrations/20260401000000_campaigns.psql.sql:21',
    'public.leads range (created_at) @migrations/20260201000000_partition_leads.sql:4',
    `  public.leads_2026_02 FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00') @migrations/20260201000000_partition_leads.sql:6`,
    `  public.leads_2026_03 FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00') @migrations/20260201000000_partition_leads.sql:7`,
  ]);
  assert.deepEqual(ws.problems(), []);
  // Without the archive migration the legacy table is still the first partition.
  ws.removeFile('migrations/20260301000000_archive_legacy.sql');
  assert.deepEqual(
    ws.snapshot().lookup(undefined, 'leads')!.partitions.map((p) => `${p.schema}.${p.name} ${p.bound.text}`),
    [
      `public.leads_legacy FOR VALUES FROM (MINVALUE) TO ('2026-02-01 00:00:00+00')`,
      `public.leads_2026_02 FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00')`,
      `public.leads_2026_03 FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00')`,
    ],
  );
});

void test('foreign tables can be partitions; unlogged and IF NOT EXISTS tables are learned; temp tables are not', () => {
  const { tables } = tablesFromSql(`
    CREATE UNLOGGED TABLE IF NOT EXISTS shards (id int, region int) PARTITION BY LIST (region);
    CREATE FOREIGN TABLE shards_1 PARTITION OF shards FOR VALUES IN (1) SERVER remote1;
    CREATE TABLE IF NOT EXISTS shards (id int) PARTITION BY HASH (id);
    CREATE TEMP TABLE scratch (a int) PARTITION BY RANGE (a);
  `);
  assert.deepEqual(outline(tables).map((l) => l.replace(/ @.*$/, '')), ['public.shards list (region)', '  public.shards_1 FOR VALUES IN (1)']);
});

void test('CREATE SCHEMA … CREATE TABLE elements live in the new schema', () => {
  const { tables } = tablesFromSql(
    `CREATE SCHEMA s CREATE TABLE t (a int) PARTITION BY RANGE (a) CREATE TABLE t1 PARTITION OF t FOR VALUES FROM (1) TO (2);`,
    { file: 's.sql' },
  );
  assert.deepEqual(outline(tables), ['s.t range (a) @s.sql:1', '  s.t1 FOR VALUES FROM (1) TO (2) @s.sql:1']);
});
