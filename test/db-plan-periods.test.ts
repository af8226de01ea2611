// Pure parts of the planner: period arithmetic, names within 63 bytes, bound parsing, the
// overlap checks on a hand-made catalog, plan scripts, the policy file and CLI argument parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addPeriods,
  boundLiteralText,
  detectInterval,
  isoWeek,
  parseTemporal,
  partitionName,
  periodStart,
  periodsFrom,
} from '../server/src/db/periods';
import {
  parseBound,
  parseQualifiedName,
  planCreatePartition,
  planCreateUpcoming,
  planDetach,
  planArchive,
  planToSql,
  PlanError,
  type TargetTable,
} from '../server/src/db/plan';
import { parsePolicy } from '../server/src/db/policy';
import { parseArgs } from '../server/src/cli/db-commands';
import { parseListValues, statementAt } from '../client/src/commands/write/text';

const d = (s: string): Date => new Date(s);

void test('period starts and arithmetic in UTC', () => {
  const t = d('2026-11-24T23:30:00Z');
  assert.equal(periodStart(t, 'day').toISOString(), '2026-11-24T00:00:00.000Z');
  assert.equal(periodStart(t, 'week').toISOString(), '2026-11-23T00:00:00.000Z');
  assert.equal(periodStart(t, 'month').toISOString(), '2026-11-01T00:00:00.000Z');
  assert.equal(periodStart(t, 'quarter').toISOString(), '2026-10-01T00:00:00.000Z');
  assert.equal(periodStart(t, 'year').toISOString(), '2026-01-01T00:00:00.000Z');
  assert.equal(addPeriods(d('2026-11-01T00:00:00Z'), 'month', 3).toISOString(), '2027-02-01T00:00:00.000Z');
  assert.equal(addPeriods(d('2024-03-01T00:00:00Z'), 'month', -13).toISOString(), '2023-02-01T00:00:00.000Z');
  assert.equal(periodsFrom(t, 'quarter', 2).map((p) => p.to.toISOString().slice(0, 10)).join(), '2027-01-01,2027-04-01');
  assert.deepEqual(isoWeek(d('2021-01-03T00:00:00Z')), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek(d('2026-01-01T00:00:00Z')), { year: 2026, week: 1 });
  assert.equal(boundLiteralText(d('2026-12-01T00:00:00Z'), 'timestamptz'), '2026-12-01 00:00:00+00');
  assert.equal(boundLiteralText(d('2026-12-01T00:00:00Z'), 'date'), '2026-12-01');
  // Bounds printed in another session time zone still mean the same instant.
  assert.equal(parseTemporal('2025-12-31 19:00:00-05')?.toISOString(), '2026-01-01T00:00:00.000Z');
  assert.equal(parseTemporal('infinity'), undefined);
  const months = [0, 1, 2].map((i) => ({ from: addPeriods(d('2026-01-01T00:00:00Z'), 'month', i), to: addPeriods(d('2026-01-01T00:00:00Z'), 'month', i + 1) }));
  assert.equal(detectInterval(months), 'month');
});

void test('partition names follow the pattern and fit in 63 bytes', () => {
  const dec = d('2026-12-01T00:00:00Z');
  assert.equal(partitionName('leads', dec, 'month'), 'leads_2026_12');
  assert.equal(partitionName('leads', d('2026-11-23T00:00:00Z'), 'week'), 'leads_2026w48');
  assert.equal(partitionName('leads', dec, 'quarter'), 'leads_2026q4');
  assert.equal(partitionName('leads', dec, 'month', 'p_{YYYY}{MM}_{table}'), 'p_202612_leads');
  const long = partitionName('€'.repeat(30), dec, 'month');
  assert.ok(Buffer.byteLength(long) <= 63);
  assert.ok(long.endsWith('_2026_12'));
  assert.throws(() => partitionName('x', dec, 'month', '{table}_{HH}'), /Unknown token/);
});

void test('bounds as PostgreSQL prints them', () => {
  assert.deepEqual(parseBound(`FOR VALUES FROM ('-5', 'x''y') TO (10, MAXVALUE)`), {
    kind: 'range',
    from: [{ kind: 'value', text: '-5' }, { kind: 'value', text: "x'y" }],
    to: [{ kind: 'value', text: '10' }, { kind: 'maxvalue' }],
  });
  assert.deepEqual(parseBound(`FOR VALUES IN ('a) TO (b', NULL)`), { kind: 'list', values: [{ kind: 'value', text: 'a) TO (b' }, { kind: 'null' }] });
  assert.deepEqual(parseBound('FOR VALUES WITH (modulus 8, remainder 3)'), { kind: 'hash', modulus: 8, remainder: 3 });
  assert.deepEqual(parseBound('DEFAULT'), { kind: 'default' });
  assert.deepEqual(parseQualifiedName('"My ""S"".x".Leads'), { schema: 'My "S".x', name: 'leads' });
  assert.throws(() => parseQualifiedName('a.b.c'), PlanError);
});

const table = (over: Partial<TargetTable> = {}): TargetTable => ({
  oid: 1,
  schema: 'public',
  name: 'leads',
  strategy: 'range',
  key: [{ column: 'created_at', type: 'timestamp with time zone', temporal: 'timestamptz' }],
  insertColumns: ['id', 'created_at'],
  partitions: [
    { schema: 'public', name: 'leads_2026_11', boundText: "FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00')", bound: parseBound("FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-12-01 00:00:00+00')"), detachPending: false, isPartitioned: false },
  ],
  serverVersionNum: 150004,
  ...over,
});

void test('pure plans: overlap checks, idempotent upcoming, detach reasons, archive cutoff', () => {
  const t = table();
  assert.throws(() => planCreatePartition(t, { kind: 'range', from: ['2026-11-30 12:00:00+00'], to: ['2026-12-15'] }), /overlaps partition public\.leads_2026_11/);
  const ok = planCreatePartition(t, { kind: 'range', from: ['2026-12-01 00:00:00+00'], to: ['2027-01-01 00:00:00+00'] });
  assert.equal(ok.statements[0]!.sql, "CREATE TABLE public.leads_2026_12 PARTITION OF public.leads FOR VALUES FROM ('2026-12-01 00:00:00+00') TO ('2027-01-01 00:00:00+00')");
  const up = planCreateUpcoming(t, { interval: 'month', count: 2, now: d('2026-11-24T00:00:00Z') });
  assert.equal(up.statements.length, 2);
  assert.match(up.summary.join('\n'), /Already there \(skipped\): leads_2026_11/);
  const script = planToSql(up, { lockTimeoutMs: 1000, statementTimeoutMs: 2000 });
  assert.match(script, /^BEGIN;\nSET LOCAL lock_timeout = '1000ms';\nSET LOCAL statement_timeout = '2000ms';$/m);
  assert.match(script, /COMMIT;\n$/);
  const old = planDetach(table({ serverVersionNum: 130010 }), { schema: 'public', name: 'leads_2026_11' });
  assert.match(old.summary.join(' '), /needs PostgreSQL 14/);
  assert.equal(old.statements[0]!.transactional, true);
  const conc = planDetach(t, { schema: 'public', name: 'leads_2026_11' });
  assert.match(planToSql(conc), /outside a transaction block/);
  assert.doesNotMatch(planToSql(conc), /BEGIN/);
  const a = planArchive(t, { keep: 0, mode: { kind: 'schema', schema: 'arch' }, now: d('2027-01-15T00:00:00Z') });
  assert.deepEqual(a.expired.map((p) => p.name), ['leads_2026_11']);
  assert.equal(a.cutoff.toISOString(), '2027-01-01T00:00:00.000Z');
  assert.throws(() => planArchive(t, { keep: 0, mode: { kind: 'schema', schema: 'arch' }, now: d('2027-01-15T00:00:00Z') }, { takenNames: new Set(['leads_2026_11']) }), /already has tables/);
  assert.throws(() => planCreateUpcoming(table({ key: [{ column: 'id', type: 'bigint' }] }), { interval: 'month', count: 1 }), /date or timestamp/);
});

void test('policy files are validated with clear messages', () => {
  const p = parsePolicy({ tables: { 'public.leads': { interval: 'month', premake: 4, retention: 12, archiveSchema: 'archive' }, '"Odd Name"': { interval: 'week' } } });
  assert.equal(p.tables.length, 2);
  assert.deepEqual(p.tables[0]!.archive, { kind: 'schema', schema: 'archive' });
  assert.equal(p.tables[1]!.premake, 3);
  assert.throws(
    () => parsePolicy({ tables: { 'public.leads': { interval: 'monthly', premake: -1, retention: 3, drop: true, archiveSchema: 'a', extra: 1 } } }, 'x.json'),
    (e: unknown) => {
      const m = (e as Error).message;
      return /x\.json: tables\["public\.leads"\]\.interval must be one of/.test(m) && /premake must be a whole number/.test(m) && /choose one of/.test(m) && /unknown key "extra"/.test(m);
    },
  );
  assert.throws(() => parsePolicy({ tables: [] }), /empty/);
  assert.throws(() => parsePolicy([]), /expected an object/);
});

void test('CLI argument parsing', () => {
  const a = parseArgs(['create-upcoming', '--table=public.leads', '--count', '3', '--yes']);
  assert.deepEqual(a.positional, ['create-upcoming']);
  assert.equal(a.flags.get('table'), 'public.leads');
  assert.equal(a.flags.get('yes'), true);
  assert.throws(() => parseArgs(['--bogus']), /Unknown option/);
  assert.throws(() => parseArgs(['--count']), /needs a value/);
  assert.throws(() => parseArgs(['--yes=1']), /takes no value/);
});

void test('editor helpers: list values and the statement at the cursor', () => {
  assert.deepEqual(parseListValues("eu, 'a,b', NULL, 'O''Brien'"), ['eu', 'a,b', null, "O'Brien"]);
  assert.deepEqual(parseListValues(''), []);
  const text = "SELECT 1;\nSELECT * FROM leads WHERE note = 'a;b';\n-- c\nSELECT 3";
  assert.equal(statementAt(text, text.indexOf('leads')), "SELECT * FROM leads WHERE note = 'a;b'");
  assert.equal(statementAt(text, 0), 'SELECT 1');
  assert.equal(statementAt(text, text.length), 'SELECT 3');
});
