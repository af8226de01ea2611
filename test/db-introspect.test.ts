// Catalog introspection against real PostgreSQL servers (every available major version): exact
// results on a fixture with every strategy, nesting, defaults, expression keys and hostile names;
// lazy pages; privileges; a pending detach; the CLI report contract.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import { FIXTURE_SQL, HOSTILE_SCHEMA, HOSTILE_TABLE, LONG_NAME } from './db-introspect.fixture';
import { openDb, profileFromUrl, type Db } from '../server/src/db/connection';
import {
  defaultPartitionHasRows,
  listLargeTables,
  listPartitionedTables,
  listPartitions,
  loadCatalog,
  parseBound,
  parsePartKeyDef,
  normalizeExpression,
} from '../server/src/db/introspect';
import { listPartitionsCommand, formatReportText, parseQualifiedName } from '../server/src/db/report';
import { CatalogSnapshot, leafPartitions } from '../server/src/engine/catalog/model';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { checkSql } from '../server/src/engine/analysis/index';
import { loadEngine } from '../server/src/engine/index';

// Started from the module's root context so that a standalone run stops them only at the end.
void pgServers();

interface Sql {
  statements: string[];
}

async function withFixture(t: TestContext, fn: (db: Db, server: PgServer, url: string, sql: Sql) => Promise<void>): Promise<void> {
  const { servers, skipped } = await pgServers();
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
    return;
  }
  for (const server of servers) {
    const fdb = await freshDatabase(server, 'intro');
    const admin = new pg.Client({ connectionString: fdb.url });
    await admin.connect();
    try {
      await admin.query(FIXTURE_SQL);
    } finally {
      await admin.end();
    }
    const sql: Sql = { statements: [] };
    const db = openDb(profileFromUrl(fdb.url), undefined, { logger: { sql: (text) => void sql.statements.push(text) } });
    try {
      await t.test(`PostgreSQL ${server.major}`, () => fn(db, server, fdb.url, sql));
    } finally {
      await db.end();
      await fdb.drop();
    }
  }
}

test('parseBound parses every bound form PostgreSQL prints', () => {
  assert.deepEqual(parseBound('DEFAULT'), { kind: 'default', text: 'DEFAULT' });
  assert.deepEqual(parseBound("FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')"), {
    kind: 'range',
    from: [{ kind: 'value', text: '2026-01-01' }],
    to: [{ kind: 'value', text: '2026-02-01' }],
    text: "FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')",
  });
  assert.deepEqual(parseBound("FOR VALUES FROM (MINVALUE, 'x') TO ('-10', MAXVALUE)"), {
    kind: 'range',
    from: [{ kind: 'minvalue' }, { kind: 'value', text: 'x' }],
    to: [{ kind: 'value', text: '-10' }, { kind: 'maxvalue' }],
    text: "FOR VALUES FROM (MINVALUE, 'x') TO ('-10', MAXVALUE)",
  });
  assert.deepEqual(parseBound("FOR VALUES IN ('de', 'it''s, ok', NULL, 5)"), {
    kind: 'list',
    values: ['de', "it's, ok", null, '5'],
    text: "FOR VALUES IN ('de', 'it''s, ok', NULL, 5)",
  });
  assert.deepEqual(parseBound('FOR VALUES WITH (modulus 8, remainder 3)'), { kind: 'hash', modulus: 8, remainder: 3, text: 'FOR VALUES WITH (modulus 8, remainder 3)' });
  assert.deepEqual(parseBound('something else'), { kind: 'unknown', text: 'something else' });
});

test('parsePartKeyDef: columns, quoted columns, opclass/collation, expressions', () => {
  assert.deepEqual(parsePartKeyDef('RANGE (created_at)', ['created_at']), { strategy: 'range', key: [{ kind: 'column', column: 'created_at' }] });
  assert.deepEqual(parsePartKeyDef('HASH ("User ""Id""" int4_ops)', ['User "Id"']), {
    strategy: 'hash',
    key: [{ kind: 'column', column: 'User "Id"', opclass: 'int4_ops' }],
  });
  assert.deepEqual(parsePartKeyDef('LIST (code COLLATE "C")', ['code']), { strategy: 'list', key: [{ kind: 'column', column: 'code', collation: 'C' }] });
  assert.deepEqual(parsePartKeyDef("RANGE (tenant_id, date_trunc('month'::text, created_at))", ['tenant_id', null], ['id', 'tenant_id', 'created_at']), {
    strategy: 'range',
    key: [
      { kind: 'column', column: 'tenant_id' },
      { kind: 'expression', text: "date_trunc('month'::text, created_at)", normalized: "date_trunc('month',created_at)", columns: ['created_at'] },
    ],
  });
  assert.equal(normalizeExpression("LOWER( \"Email\" )"), 'lower("Email")');
  // An expression element's own COLLATE belongs to the key element, not to the expression.
  assert.deepEqual(parsePartKeyDef('RANGE (substr(a, 1) COLLATE "POSIX", substr(a, 1) COLLATE "C")', [null, null], ['a']).key, [
    { kind: 'expression', text: 'substr(a, 1)', normalized: 'substr(a,1)', columns: ['a'], collation: 'POSIX' },
    { kind: 'expression', text: 'substr(a, 1)', normalized: 'substr(a,1)', columns: ['a'], collation: 'C' },
  ]);
});

test('live catalog: key types and collations reach the analysis, which then agrees with the DDL catalog', async (t) => {
  await loadEngine();
  const ddl = `
CREATE TABLE words (w text COLLATE "C") PARTITION BY LIST (w);
CREATE TABLE words_a PARTITION OF words FOR VALUES IN ('a');
CREATE TABLE words_b PARTITION OF words FOR VALUES IN ('b');
CREATE TABLE nums (n int) PARTITION BY RANGE (n);
CREATE TABLE nums_1 PARTITION OF nums FOR VALUES FROM (0) TO (10);
CREATE TABLE nums_2 PARTITION OF nums FOR VALUES FROM (10) TO (20);
CREATE TABLE spell (s text) PARTITION BY RANGE (substr(s, 1) COLLATE "POSIX", substr(s, 1) COLLATE "C");
CREATE TABLE spell_1 PARTITION OF spell FOR VALUES FROM ('a', 'a') TO ('a', 'e');
CREATE TABLE spell_2 PARTITION OF spell FOR VALUES FROM ('b', 'a') TO ('b', 'e');`;
  const queries: [string, boolean][] = [
    [`SELECT * FROM words WHERE w COLLATE "C" = 'a' COLLATE "C"`, false],
    [`SELECT * FROM words WHERE w = 'a' COLLATE "POSIX"`, true],
    ['SELECT * FROM nums WHERE n = 1::numeric', true],
    ['SELECT * FROM nums WHERE n = 1::int8', false],
    [`SELECT * FROM spell WHERE substr(s, 1) = 'a' COLLATE "POSIX"`, false],
    [`SELECT * FROM spell WHERE substr(s, 1) = 'e' COLLATE "C"`, true],
  ];
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
    return;
  }
  const fromDdl = new CatalogSnapshot(tablesFromSql(ddl, { file: 'schema.sql' }).tables);
  for (const server of servers) {
    const fdb = await freshDatabase(server, 'livekeys');
    const db = openDb(profileFromUrl(fdb.url));
    try {
      await db.query(ddl);
      const live = new CatalogSnapshot((await loadCatalog(db)).tables);
      const words = live.lookup('public', 'words')!;
      assert.deepEqual(words.key, [{ kind: 'column', column: 'w', type: 'text', collation: 'C' }]);
      const flagged = (c: CatalogSnapshot, q: string): boolean => checkSql(q, c).findings.some((f) => f.code !== 'partition-key-runtime-only');
      for (const [q, want] of queries) {
        assert.equal(flagged(live, q), want, `PostgreSQL ${server.major}, live catalog: ${q}`);
        assert.equal(flagged(fromDdl, q), want, `DDL catalog: ${q}`);
      }
    } finally {
      await db.end();
      await fdb.drop();
    }
  }
});

test('parseQualifiedName folds unquoted parts and keeps quoted ones', () => {
  assert.deepEqual(parseQualifiedName('Leads'), { name: 'leads' });
  assert.deepEqual(parseQualifiedName('public.leads'), { schema: 'public', name: 'leads' });
  assert.deepEqual(parseQualifiedName('"Hostile ""Schema"" ü"."Weird Table ""Q"""'), { schema: HOSTILE_SCHEMA, name: HOSTILE_TABLE });
  assert.throws(() => parseQualifiedName('a.b.c'), /not a table name/);
});

test('listPartitionedTables: exact summaries, one query', async (t) => {
  await withFixture(t, async (db, _s, _u, sql) => {
    await db.serverVersionNum();
    sql.statements.length = 0;
    const tables = await listPartitionedTables(db);
    assert.equal(sql.statements.length, 1, 'one catalog query');
    assert.ok(sql.statements.every((s) => !/\bFROM\s+pg_(class|inherits|namespace)\b/.test(s)), 'catalog tables are pg_catalog-qualified');
    const brief = tables.map((x) => [x.schema, x.name, x.strategy, x.keyDef, x.partitionCount, x.leafCount, x.hasDefault, x.minBound ?? null, x.maxBound ?? null]);
    assert.deepEqual(brief, [
      [HOSTILE_SCHEMA, HOSTILE_TABLE, 'range', 'RANGE ("Created At")', 2, 2, false, "'2026-01-01'", "'2026-03-01'"],
      ['public', 'empty_parent', 'range', 'RANGE (id)', 0, 0, false, null, null],
      ['public', 'events', 'hash', 'HASH (user_id)', 8, 8, false, null, null],
      ['public', 'leads', 'range', 'RANGE (created_at)', 4, 4, true, "'2026-01-01 00:00:00+00'", "'2026-05-01 00:00:00+00'"],
      ['public', 'metrics', 'range', 'RANGE (id)', 3, 3, false, 'MINVALUE', '300'],
      ['public', 'orders', 'range', 'RANGE (created_on)', 2, 3, false, "'2025-01-01'", "'2027-01-01'"],
      ['public', 'regions', 'list', 'LIST (region)', 3, 3, false, null, null],
      ['public', 'users_by_email', 'list', 'LIST (lower(email))', 1, 1, false, null, null],
    ]);
    const leads = tables.find((x) => x.name === 'leads')!;
    assert.equal(leads.rows, 3);
    assert.ok(leads.bytes > 0);
    assert.equal(leads.pendingDetach, 0);
    assert.ok(leads.lastAnalyze, 'ANALYZE was recorded');
    assert.deepEqual(tables.find((x) => x.name === 'users_by_email')!.key, [{ kind: 'expression', text: 'lower(email)', normalized: 'lower(email)', columns: ['email'] }]);
    assert.deepEqual(tables.find((x) => x.name === HOSTILE_TABLE)!.key, [{ kind: 'column', column: 'Created At' }]);
    assert.equal(tables.find((x) => x.name === 'empty_parent')!.rows, null);
    // Filters.
    assert.deepEqual((await listPartitionedTables(db, { schemas: [HOSTILE_SCHEMA] })).map((x) => x.name), [HOSTILE_TABLE]);
    assert.deepEqual((await listPartitionedTables(db, { table: { schema: 'public', name: 'events' } })).map((x) => x.partitionCount), [8]);
  });
});

test('listPartitions: bound order, default last, sub-partitions, hostile names, pages', async (t) => {
  await withFixture(t, async (db) => {
    const tables = await listPartitionedTables(db);
    const oid = (n: string): number => tables.find((x) => x.name === n)!.oid;
    const leads = await listPartitions(db, oid('leads'));
    assert.equal(leads.total, 4);
    assert.deepEqual(
      leads.items.map((p) => [p.name, p.isDefault, p.rows]),
      [
        ['leads_2026_01', false, 1],
        ['leads_2026_02', false, 0],
        ['leads_2026_04', false, 1],
        ['leads_default', true, 1],
      ],
    );
    assert.equal(leads.items[0]!.boundText, "FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00')");
    // Numeric order, not text order: MINVALUE, -10, 200.
    const metrics = await listPartitions(db, { schema: 'public', name: 'metrics' });
    assert.deepEqual(metrics.items.map((p) => p.name), ['metrics_neg', 'metrics_low', 'metrics_high']);
    assert.deepEqual(metrics.items[1]!.bound, { kind: 'range', from: [{ kind: 'value', text: '-10' }], to: [{ kind: 'value', text: '100' }], text: "FOR VALUES FROM ('-10') TO (100)" });
    // Hash by remainder, in pages.
    const p1 = await listPartitions(db, oid('events'), { offset: 0, limit: 3 });
    const p2 = await listPartitions(db, oid('events'), { offset: 3, limit: 3 });
    const p3 = await listPartitions(db, oid('events'), { offset: 6, limit: 3 });
    assert.deepEqual([p1.total, p2.total, p3.total], [8, 8, 8]);
    assert.deepEqual([...p1.items, ...p2.items, ...p3.items].map((p) => p.name), ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((x) => `events_${x}`));
    const beyond = await listPartitions(db, oid('events'), { offset: 50, limit: 3 });
    assert.deepEqual([beyond.total, beyond.items.length], [8, 0]);
    // Sub-partitioned partition.
    const orders = await listPartitions(db, oid('orders'));
    const o26 = orders.items.find((p) => p.name === 'orders_2026')!;
    assert.deepEqual(o26.subPartitioning, { strategy: 'hash', key: [{ kind: 'column', column: 'customer_id' }], keyDef: 'HASH (customer_id)' });
    assert.equal(o26.childCount, 2);
    const sub = await listPartitions(db, o26.oid);
    assert.deepEqual(sub.items.map((p) => [p.name, p.boundText]), [
      ['orders_2026_h0', 'FOR VALUES WITH (modulus 2, remainder 0)'],
      ['orders_2026_h1', 'FOR VALUES WITH (modulus 2, remainder 1)'],
    ]);
    // Hostile identifiers come back exactly.
    const hostile = await listPartitions(db, { schema: HOSTILE_SCHEMA, name: HOSTILE_TABLE });
    assert.deepEqual(hostile.items.map((p) => [p.schema, p.name]), [
      [HOSTILE_SCHEMA, LONG_NAME],
      [HOSTILE_SCHEMA, 'With Space, Comma'],
    ]);
    assert.equal(Buffer.byteLength(LONG_NAME), 63);
    // List values with quotes and NULL.
    const regions = await listPartitions(db, oid('regions'));
    assert.deepEqual(regions.items.find((p) => p.name === 'regions_eu')!.bound, { kind: 'list', values: ['de', 'fr', "it's"], text: "FOR VALUES IN ('de', 'fr', 'it''s')" });
    assert.deepEqual(regions.items.find((p) => p.name === 'regions_none')!.bound, { kind: 'list', values: [null], text: 'FOR VALUES IN (NULL)' });
    await assert.rejects(listPartitions(db, { schema: 'public', name: 'nope' }), /public\.nope was not found/);
  });
});

// The sort keys are cut from the deparsed bound with string functions (fast with 10,000
// partitions); they must equal what the reference regular expressions give, even for text
// literals that contain `) TO (` (a greedy `(.*)` ends at the LAST one). Ties (list partitions)
// go by oid in a page and by name in the model.
const referenceOrder = (tie: 'oid' | 'relname'): string => String.raw`
WITH b AS (SELECT c.oid, c.relname, pg_catalog.pg_get_expr(c.relpartbound, 0) AS bound
             FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass),
     f AS (SELECT b.*, (pg_catalog.regexp_match(bound, '^FOR VALUES FROM \((.*)\) TO \((.*)\)$')) AS ft FROM b)
SELECT relname, ft[1] AS lo, ft[2] AS hi FROM f
 ORDER BY CASE WHEN bound = 'DEFAULT' THEN 1 ELSE 0 END, (pg_catalog.regexp_match(bound, 'remainder (\d+)'))[1]::int,
          CASE WHEN ft[1] LIKE 'MINVALUE%' THEN 0 WHEN ft[1] LIKE 'MAXVALUE%' THEN 2 ELSE 1 END,
          CASE WHEN pg_catalog.btrim(ft[1], '''') ~ '^-?[0-9]+(\.[0-9]+)?$' THEN pg_catalog.btrim(ft[1], '''')::numeric END, ft[1], ` + tie;

test('bound order equals the reference regular expressions, hostile literals included', async (t) => {
  await withFixture(t, async (db) => {
    await db.query(`CREATE TABLE public.odd_bounds (k text COLLATE "C") PARTITION BY RANGE (k);
      CREATE TABLE public.odd_last PARTITION OF public.odd_bounds FOR VALUES FROM ('x') TO (MAXVALUE);
      CREATE TABLE public.odd_mid PARTITION OF public.odd_bounds FOR VALUES FROM ('m) TO (n') TO ('x');
      CREATE TABLE public.odd_first PARTITION OF public.odd_bounds FOR VALUES FROM (MINVALUE) TO ('b) TO (c');
      CREATE TABLE public.odd_second PARTITION OF public.odd_bounds FOR VALUES FROM ('b) TO (c') TO ('m) TO (n');
      CREATE TABLE public.odd_default PARTITION OF public.odd_bounds DEFAULT;`);
    for (const table of ['public.odd_bounds', 'public.metrics', 'public.leads', 'public.events', 'public.regions', 'public.orders']) {
      const [schema, name] = table.split('.') as [string, string];
      const byOid = await db.query<{ relname: string }>(referenceOrder('oid'), [table]);
      const page = await listPartitions(db, { schema, name });
      assert.deepEqual(page.items.map((p) => p.name), byOid.rows.map((r) => r.relname), `order of ${table}`);
      const byName = await db.query<{ relname: string }>(referenceOrder('relname'), [table]);
      const cat = await loadCatalog(db, { sizes: false, table: { schema, name } });
      assert.deepEqual(cat.tables[0]!.partitions.map((p) => p.name), byName.rows.map((r) => r.relname), `model order of ${table}`);
    }
    assert.deepEqual(
      (await listPartitions(db, { schema: 'public', name: 'odd_bounds' })).items.map((p) => p.name),
      ['odd_first', 'odd_second', 'odd_mid', 'odd_last', 'odd_default'],
    );
    // The greedy reference cuts a bound at the last `) TO (`, inside a literal when there is one;
    // the summary's lowest FROM / highest TO are cut the same way.
    const ref = await db.query<{ lo: string | null; hi: string | null }>(referenceOrder('oid'), ['public.odd_bounds']);
    assert.deepEqual(ref.rows.map((r) => r.lo), ["MINVALUE) TO ('b", "'b) TO (c') TO ('m", "'m) TO (n'", "'x'", null]);
    const [odd] = await listPartitionedTables(db, { table: { schema: 'public', name: 'odd_bounds' } });
    assert.deepEqual([odd!.minBound, odd!.maxBound], [ref.rows[0]!.lo, ref.rows[3]!.hi]);
    assert.equal(odd!.maxBound, 'MAXVALUE');
  });
});

test('loadCatalog: the full model, nesting and totals, in two queries', async (t) => {
  await withFixture(t, async (db, _s, _u, sql) => {
    await db.serverVersionNum();
    sql.statements.length = 0;
    const cat = await loadCatalog(db, { label: 'fixture' });
    assert.ok(sql.statements.length <= 2, `few queries (got ${sql.statements.length})`);
    assert.deepEqual(cat.searchPath, ['public']);
    assert.deepEqual(cat.tables.map((x) => `${x.schema}.${x.name}`).sort(), [
      `${HOSTILE_SCHEMA}.${HOSTILE_TABLE}`,
      'public.empty_parent',
      'public.events',
      'public.leads',
      'public.metrics',
      'public.orders',
      'public.regions',
      'public.users_by_email',
    ]);
    const orders = cat.tables.find((x) => x.name === 'orders')!;
    assert.deepEqual(orders.partitions.map((p) => p.name), ['orders_2025', 'orders_2026']);
    const o26 = orders.partitions[1]!;
    // Key columns carry their type as DDL names it, so the analysis sees casts and cross-type comparisons.
    assert.deepEqual(o26.subPartitioning, { strategy: 'hash', key: [{ kind: 'column', column: 'customer_id', type: 'int4' }] });
    assert.deepEqual(o26.partitions.map((p) => [p.name, p.bound]), [
      ['orders_2026_h0', { kind: 'hash', modulus: 2, remainder: 0, text: 'FOR VALUES WITH (modulus 2, remainder 0)' }],
      ['orders_2026_h1', { kind: 'hash', modulus: 2, remainder: 1, text: 'FOR VALUES WITH (modulus 2, remainder 1)' }],
    ]);
    assert.deepEqual(leafPartitions(orders.partitions).map((p) => p.name), ['orders_2025', 'orders_2026_h0', 'orders_2026_h1']);
    const leads = cat.tables.find((x) => x.name === 'leads')!;
    assert.deepEqual(leads.partitions.map((p) => [p.name, p.bound.kind, p.rows]), [
      ['leads_2026_01', 'range', 1],
      ['leads_2026_02', 'range', 0],
      ['leads_2026_04', 'range', 1],
      ['leads_default', 'default', 1],
    ]);
    assert.equal(leads.rows, 3);
    assert.ok((leads.bytes ?? 0) > 0);
    assert.deepEqual(leads.source, { kind: 'database', detail: 'fixture' });
    const noSizes = await loadCatalog(db, { sizes: false });
    assert.equal(noSizes.tables.find((x) => x.name === 'leads')!.partitions[0]!.bytes, undefined);
  });
});

test('large ordinary tables, per-table overrides, default-partition EXISTS check', async (t) => {
  await withFixture(t, async (db) => {
    assert.deepEqual((await listLargeTables(db, { minRows: 1000 })).map((x) => [x.name, x.rows, x.threshold]), [['big_plain', 2000, 1000]]);
    assert.deepEqual(await listLargeTables(db, { minRows: 1_000_000 }), []);
    assert.deepEqual((await listLargeTables(db, { minRows: 1_000_000, overrides: { small_plain: 5 } })).map((x) => [x.name, x.threshold]), [['small_plain', 5]]);
    assert.deepEqual(await listLargeTables(db, { minRows: 1000, overrides: { 'public.big_plain': null } }), []);
    // Partitions and partitioned tables are never "large unpartitioned".
    assert.ok((await listLargeTables(db, { minRows: 1 })).every((x) => !x.name.startsWith('leads')));
    assert.deepEqual(await defaultPartitionHasRows(db, { schema: 'public', name: 'leads' }), { partition: 'public.leads_default', hasRows: true });
    assert.equal(await defaultPartitionHasRows(db, { schema: 'public', name: 'events' }), undefined);
  });
});

test('only what the user may see: a role without privileges sees nothing', async (t) => {
  await withFixture(t, async (db, _server, url) => {
    const role = `pl_reader_${process.pid}_${Date.now().toString(36)}`;
    await db.query(`CREATE ROLE ${role} LOGIN PASSWORD 'reader-pass'`);
    try {
      await db.query(`GRANT SELECT ON public.leads TO ${role}`);
      const u = new URL(url);
      u.username = role;
      u.password = 'reader-pass';
      const reader = openDb(profileFromUrl(u.toString()), undefined, {});
      try {
        assert.deepEqual((await listPartitionedTables(reader)).map((x) => x.name), ['leads']);
        // The partitions of a visible table are listed (reached through the parent).
        assert.equal((await listPartitions(reader, { schema: 'public', name: 'leads' })).total, 4);
        assert.deepEqual((await loadCatalog(reader)).tables.map((x) => x.name), ['leads']);
        await assert.rejects(listPartitions(reader, { schema: 'public', name: 'events' }), /not found \(or you may not see it\)/);
      } finally {
        await reader.end();
      }
    } finally {
      await db.query(`REVOKE ALL ON public.leads FROM ${role}`);
      await db.query(`DROP ROLE ${role}`);
    }
  });
});

test('a detach left pending is reported (PostgreSQL >= 14)', async (t) => {
  await withFixture(t, async (db, server, url) => {
    if (server.major < 14) return t.skip('DETACH CONCURRENTLY needs PostgreSQL 14');
    // A reader holding a snapshot makes DETACH ... CONCURRENTLY wait in its second phase; cancelling
    // it there leaves the detach pending (pg_inherits.inhdetachpending).
    const holder = new pg.Client({ connectionString: url });
    const detacher = new pg.Client({ connectionString: url });
    await holder.connect();
    await detacher.connect();
    try {
      await holder.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await holder.query('SELECT count(*) FROM public.regions');
      const pid = (await detacher.query<{ p: number }>('SELECT pg_backend_pid() AS p')).rows[0]!.p;
      const detaching = detacher.query('ALTER TABLE public.regions DETACH PARTITION public.regions_us CONCURRENTLY').then(
        () => 'done',
        (e: Error) => e.message,
      );
      const deadline = Date.now() + 15_000;
      for (;;) {
        const r = await db.query<{ p: boolean }>(
          "SELECT inhdetachpending AS p FROM pg_catalog.pg_inherits WHERE inhrelid = 'public.regions_us'::regclass",
        );
        if (r.rows[0]?.p) break;
        if (Date.now() > deadline) throw new Error('the detach never became pending');
        await new Promise((r2) => setTimeout(r2, 50));
      }
      await db.query('SELECT pg_cancel_backend($1)', [pid]);
      assert.match(await detaching, /cancel/i);
      await holder.query('ROLLBACK');
      const tables = await listPartitionedTables(db);
      assert.equal(tables.find((x) => x.name === 'regions')!.pendingDetach, 1);
      assert.equal(tables.find((x) => x.name === 'leads')!.pendingDetach, 0);
      const page = await listPartitions(db, { schema: 'public', name: 'regions' });
      assert.deepEqual(page.items.filter((p) => p.detachPending).map((p) => p.name), ['regions_us']);
      const cat = await loadCatalog(db);
      assert.equal(cat.tables.find((x) => x.name === 'regions')!.partitions.find((p) => p.name === 'regions_us')!.detachPending, true);
      const report = await listPartitionsCommand({ db, table: 'regions', now: new Date('2026-04-15T00:00:00Z') });
      assert.deepEqual(report.tables[0]!.health.map((h) => [h.code, h.partition]), [['detach-pending', 'public.regions_us']]);
    } finally {
      await holder.end();
      await detacher.end();
    }
  });
});

test('partitions list report: the version-1 JSON contract', async (t) => {
  await withFixture(t, async (db, _server, url) => {
    const now = new Date('2026-04-15T00:00:00Z');
    const report = await listPartitionsCommand({ databaseUrl: url, table: 'public.leads', now, env: {} });
    assert.deepEqual(Object.keys(report), ['version', 'tables']);
    assert.equal(report.version, 1);
    const leads = report.tables[0]!;
    assert.deepEqual(Object.keys(leads), ['name', 'strategy', 'key', 'partitions', 'health']);
    assert.equal(leads.name, 'public.leads');
    assert.equal(leads.strategy, 'range');
    assert.deepEqual(leads.key, ['created_at']);
    assert.deepEqual(Object.keys(leads.partitions[0]!), ['name', 'bound', 'isDefault', 'rows', 'bytes']);
    assert.deepEqual(
      leads.partitions.map((p) => [p.name, p.bound, p.isDefault, p.rows]),
      [
        ['public.leads_2026_01', "FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00')", false, 1],
        ['public.leads_2026_02', "FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00')", false, 0],
        ['public.leads_2026_04', "FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-05-01 00:00:00+00')", false, 1],
        ['public.leads_default', 'DEFAULT', true, 1],
      ],
    );
    assert.ok(leads.partitions.every((p) => typeof p.bytes === 'number' && p.bytes > 0));
    assert.deepEqual(leads.health.map((h) => h.code), ['range-gap', 'missing-next-period', 'default-has-rows']);
    // Same JSON through JSON.stringify (what the CLI prints) and a quoted --table.
    const hostile = await listPartitionsCommand({ db, table: '"Hostile ""Schema"" ü"."Weird Table ""Q"""', now });
    assert.equal(hostile.tables[0]!.name, '"Hostile ""Schema"" ü"."Weird Table ""Q"""');
    assert.deepEqual(hostile.tables[0]!.key, ['Created At']);
    const all = await listPartitionsCommand({ db, now });
    assert.equal(all.tables.length, 8);
    const orders = all.tables.find((x) => x.name === 'public.orders')!;
    assert.deepEqual(orders.partitions[1]!.partitions!.map((p) => p.name), ['public.orders_2026_h0', 'public.orders_2026_h1']);
    assert.match(formatReportText(all), /public\.leads {2}RANGE \(created_at\) {2}4 partitions/);
    await assert.rejects(listPartitionsCommand({ db, table: 'nope' }), /No partitioned table named nope/);
  });
});
