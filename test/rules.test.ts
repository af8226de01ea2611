// The two partition-key rules on the shared fixture cases: exact codes and ranges (line,
// column and the table name's text), plus the wording the CLI contract relies on.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensureParserLoaded } from '../server/src/engine/sql/parse';
import { checkSql } from '../server/src/engine/analysis/index';
import { LineIndex } from '../server/src/engine/finding';
import { CatalogSnapshot, displayName, keyText } from '../server/src/engine/catalog/model';
import { RULES } from '../server/src/engine/rules/index';
import { RULE_IDS } from '../server/src/engine/index';
import { CASES, expectedOn } from './fixtures/rules/cases';
import { catalogFromDdl } from './fixtures/rules/catalog';

const root = path.resolve(__dirname, '..');
let catalog: CatalogSnapshot;

before(async () => {
  await ensureParserLoaded();
  catalog = catalogFromDdl(fs.readFileSync(path.join(root, 'test/fixtures/rules/schema.sql'), 'utf8'));
});

void test('fixture schema is learned into the catalog', () => {
  const names = catalog.tables().map((t) => `${t.schema}.${t.name}`);
  assert.deepEqual(names, [
    'Sales.Orders',
    'public.agent_outputs',
    'public.arrs',
    'public.bflags',
    'public.campaigns',
    'public.codes',
    'public.events',
    'public.flags',
    'public.leads',
    'public.memberships',
    'public.metrics',
    'public.notflags',
    'public.orders',
    'public.pairs',
    'public.scores',
    'public.smalls',
    'public.spellings',
    'public.subscribers',
    'public.tags',
    'public.tiers',
    'public.toggles',
    'public.vcodes',
    'public.words',
    'public.zones',
  ]);
  assert.equal(catalog.lookup(undefined, 'leads')?.partitions.length, 25);
});

void test('every fixture case gives exactly the expected findings and ranges', async (t) => {
  await ensureParserLoaded();
  assert.ok(CASES.length >= 80, `only ${CASES.length} cases`);
  // Every case as judged without a server version, and version-dependent cases also as judged
  // for a server just older than the version that changed the planner.
  const runs = CASES.flatMap((c) => [
    { c, version: undefined as number | undefined, title: c.name },
    ...(c.before ? [{ c, version: c.before.version - 10000, title: `${c.name} (server ${c.before.version - 10000})` }] : []),
  ]);
  for (const { c, version, title } of runs) {
    await t.test(title, () => {
      const view = version === undefined ? catalog : new CatalogSnapshot(catalog.tables(), ['public'], version);
      const { findings, parseErrors } = checkSql(c.sql, view);
      assert.deepEqual(parseErrors, [], 'fixture SQL must parse');
      const idx = new LineIndex(c.sql);
      const got = findings.map((f) => {
        const p = idx.position(f.start);
        return { code: f.code, line: p.line + 1, column: p.character + 1, text: c.sql.slice(f.start, f.end) };
      });
      assert.deepEqual(got, expectedOn(c, version).map((e) => ({ ...e })), findings.map((f) => f.message).join('\n'));
      for (const f of findings) {
        const t = catalog.tables().find((x) => displayName(x.schema, x.name) === f.table) ?? catalog.lookup(undefined, c.sql.slice(f.start, f.end));
        const head = `Query on ${f.table} (${t ? `${t.strategy.toUpperCase()} partitioned by ${keyText(t.key)}` : ''}`;
        assert.ok(f.message.startsWith(head) || !t, `${f.message} should start with ${head}`);
        // The suggestion is SQL set off in backticks (double quotes would read as a quoted identifier).
        assert.match(f.message, /e\.g\. `[^`]+`\.$/);
        assert.ok(f.fix && f.fix.keyColumns.length > 0);
      }
    });
  }
});

void test('run-time-only messages say what EXPLAIN and EXPLAIN ANALYZE show: an InitPlan always prunes at execution, a join only under a nested loop', () => {
  const [init] = checkSql('SELECT * FROM leads l WHERE l.created_at = (SELECT max(u.created_at) FROM users u)', catalog).findings;
  assert.equal(init?.code, 'partition-key-runtime-only');
  assert.match(init!.message, /EXPLAIN lists every partition; it evaluates the subquery once \(an InitPlan\) before the scan/);
  assert.doesNotMatch(init!.message, /nested loop/);
  const [join] = checkSql('SELECT * FROM users u JOIN leads l ON l.created_at = u.created_at', catalog).findings;
  assert.equal(join?.code, 'partition-key-runtime-only');
  assert.match(join!.message, /only if it picks a parameterized nested loop with this table on the inner side/);
  assert.match(join!.message, /"never executed"/);
});

void test('rule metadata: one file per id, stable codes, docs exist', () => {
  assert.deepEqual(
    RULES.map((r) => r.meta.id),
    [...RULE_IDS],
  );
  for (const r of RULES) {
    // Run-time-only pruning is information: PostgreSQL may well prune it at execution.
    assert.equal(r.meta.defaultSeverity, r.meta.id === 'partition-key-runtime-only' ? 'information' : 'warning');
    assert.ok(fs.existsSync(path.join(root, 'server/src/engine/rules', `${r.meta.id}.ts`)));
    assert.ok(fs.existsSync(path.join(root, r.meta.docs)), r.meta.docs);
  }
});

void test('messages name the table, strategy, key, reason and a fix', async () => {
  await ensureParserLoaded();
  const [missing] = checkSql("SELECT * FROM leads WHERE status = 'new'", catalog).findings;
  assert.equal(
    missing?.message,
    'Query on public.leads (RANGE partitioned by created_at) has no condition on created_at, so PostgreSQL scans all partitions. ' +
      'Add e.g. `created_at >= … AND created_at < …`.',
  );
  assert.equal(missing?.table, 'public.leads');
  assert.equal(missing?.severity, 'warning');
  const [wrapped] = checkSql("SELECT * FROM leads WHERE date(created_at) = '2024-03-05'", catalog).findings;
  assert.match(wrapped!.message, /^Query on public\.leads \(RANGE partitioned by created_at\) cannot be pruned: created_at is wrapped in date\(\)/);
  const [hash] = checkSql('SELECT * FROM campaigns WHERE user_id > 3', catalog).findings;
  assert.match(hash!.message, /HASH partitioned by user_id/);
  assert.match(hash!.message, /equality/);
  assert.match(hash!.message, /`user_id = …`/);
  const [quoted] = checkSql('SELECT * FROM "Sales"."Orders"', catalog).findings;
  assert.match(quoted!.message, /^Query on "Sales"\."Orders" \(RANGE partitioned by "OrderDate"\)/);
  // A quoted key column must not end up between doubled quotes (`""OrderDate" >= …`).
  assert.ok(
    quoted!.message.endsWith('Add e.g. `"OrderDate" >= … AND "OrderDate" < …`.'),
    quoted!.message,
  );
  assert.doesNotMatch(quoted!.message, /""/);
});

void test('fix hints point where a filter can be inserted', async () => {
  await ensureParserLoaded();
  const q1 = "SELECT * FROM leads l WHERE l.status = 'x' ORDER BY id";
  const f1 = checkSql(q1, catalog).findings[0]!;
  assert.deepEqual(f1.fix?.insertAt, { offset: q1.indexOf(' ORDER'), mode: 'and' });
  assert.equal(f1.fix?.qualifier, 'l');
  assert.deepEqual(f1.fix?.keyColumns, ['created_at']);
  const q2 = 'SELECT * FROM leads JOIN users u ON u.id = leads.user_id LIMIT 5';
  const f2 = checkSql(q2, catalog).findings[0]!;
  assert.deepEqual(f2.fix?.insertAt, { offset: q2.indexOf(' LIMIT'), mode: 'where' });
  const q3 = 'SELECT * FROM users WHERE id IN (SELECT user_id FROM leads)';
  const f3 = checkSql(q3, catalog).findings[0]!;
  assert.deepEqual(f3.fix?.insertAt, { offset: q3.length - 1, mode: 'where' });
  const q4 = 'DELETE FROM leads WHERE id = 1 RETURNING id';
  assert.deepEqual(checkSql(q4, catalog).findings[0]!.fix?.insertAt, { offset: q4.indexOf(' RETURNING'), mode: 'and' });
});

void test('offsets: base, mapOffset and rangeOverride', async () => {
  await ensureParserLoaded();
  const sql = 'SELECT * FROM leads';
  const plain = checkSql(sql, catalog).findings[0]!;
  assert.deepEqual([plain.start, plain.end], [14, 19]);
  const based = checkSql(sql, catalog, { base: 100 }).findings[0]!;
  assert.deepEqual([based.start, based.end], [114, 119]);
  const mapped = checkSql(sql, catalog, { mapOffset: (o) => o * 2 }).findings[0]!;
  assert.deepEqual([mapped.start, mapped.end], [28, 38]);
  const over = checkSql(sql, catalog, { rangeOverride: { start: 3, end: 9 } }).findings[0]!;
  assert.deepEqual([over.start, over.end], [3, 9]);
});

void test('disabled rules, the pre-filter and bad SQL', async () => {
  await ensureParserLoaded();
  const text = "SELECT * FROM leads;\nSELECT * FROM leads WHERE date(created_at) = '2024-01-01';\nSELEC broken FROM nowhere;\nSELECT * FROM leads WHERE (;";
  const all = checkSql(text, catalog);
  assert.deepEqual(
    all.findings.map((f) => f.code),
    ['partition-key-missing', 'partition-key-not-prunable'],
  );
  // The broken statement that names no partitioned table is never parsed; the other one reports.
  assert.equal(all.parseErrors.length, 1);
  assert.ok(all.parseErrors[0]!.offset >= text.lastIndexOf('SELECT'));
  const only = checkSql(text, catalog, { disabledRules: new Set(['partition-key-missing']) });
  assert.deepEqual(
    only.findings.map((f) => f.code),
    ['partition-key-not-prunable'],
  );
  const filtered = checkSql(text, catalog, { filter: (s) => !s.includes('date(') });
  assert.deepEqual(
    filtered.findings.map((f) => f.code),
    ['partition-key-missing'],
  );
  // Hostile input never throws.
  for (const s of ["SELECT * FROM leads WHERE x = 'unterminated", 'SELECT * FROM "leads', '\u0000leads', 'leads'.repeat(1000)]) {
    assert.doesNotThrow(() => checkSql(s, catalog));
  }
  assert.deepEqual(checkSql('SELECT * FROM leads', catalogFromDdl('')), { findings: [], parseErrors: [] });
});

void test('unqualified names resolve through the search path; CTE names shadow tables', async () => {
  await ensureParserLoaded();
  assert.equal(checkSql('WITH leads AS (SELECT 1 AS id) SELECT * FROM leads', catalog).findings.length, 0);
  assert.equal(checkSql('SELECT * FROM other.leads', catalog).findings.length, 0);
  assert.equal(checkSql('SELECT * FROM "Leads"', catalog).findings.length, 0);
  assert.equal(checkSql('SELECT * FROM LEADS', catalog).findings.length, 1);
  assert.equal(checkSql('SELECT * FROM "Orders"', catalog).findings.length, 0);
});

void test('the shared DDL learner gives the same tables, key types and findings as the fixture catalog', async () => {
  await ensureParserLoaded();
  const ddl = fs.readFileSync(path.join(root, 'test/fixtures/rules/schema.sql'), 'utf8');
  const { tablesFromSql } = await import('../server/src/engine/catalog/ddl');
  const shared = new CatalogSnapshot(tablesFromSql(ddl).tables);
  assert.deepEqual(
    shared.tables().map((t) => [t.schema, t.name, t.strategy, t.key.length, t.partitions.length]),
    catalog.tables().map((t) => [t.schema, t.name, t.strategy, t.key.length, t.partitions.length]),
  );
  for (const c of CASES) {
    const a = checkSql(c.sql, shared).findings.map((f) => `${f.code}@${f.start}`);
    const b = checkSql(c.sql, catalog).findings.map((f) => `${f.code}@${f.start}`);
    assert.deepEqual(a, b, c.name);
  }
});
