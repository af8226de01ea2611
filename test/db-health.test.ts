// Health checks are pure functions over the catalog model: gaps, missing current/next periods
// for every interval, rows in the default partition, pending detach, empty parents, nested levels,
// and the large-table hint. One end-to-end check runs them on the live fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Partition, PartitionedTable } from '../server/src/engine/catalog/model';
import { checkCatalogHealth, checkTableHealth, compactNumber, detectSeries, largeTableIssues } from '../server/src/db/health';
import { parseBound, loadCatalog } from '../server/src/db/introspect';
import { openDb, profileFromUrl } from '../server/src/db/connection';
import { checkDefaultRows } from '../server/src/db/report';
import { freshDatabase, pgServers } from './helpers/db';
import { FIXTURE_SQL } from './db-introspect.fixture';

void pgServers();

function part(name: string, bound: string, extra: Partial<Partition> = {}): Partition {
  return { schema: 'public', name, bound: parseBound(bound), partitions: [], ...extra };
}

const range = (name: string, from: string, to: string, extra: Partial<Partition> = {}): Partition =>
  part(name, `FOR VALUES FROM ('${from}') TO ('${to}')`, extra);

function table(partitions: Partition[], name = 'leads', strategy: PartitionedTable['strategy'] = 'range'): PartitionedTable {
  return { schema: 'public', name, strategy, key: [{ kind: 'column', column: 'created_at' }], partitions };
}

const monthly = (months: string[]): Partition[] =>
  months.map((m) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    return range(`leads_${m.replace('-', '_')}`, `${m}-01 00:00:00+00`, `${next}-01 00:00:00+00`);
  });

const codes = (t: PartitionedTable, now: string, extra: Parameters<typeof checkTableHealth>[1] = {}): [string, string, readonly string[] | undefined][] =>
  checkTableHealth(t, { now: new Date(now), ...extra }).map((i) => [i.severity, i.code, i.periods]);

test('monthly series: a gap, the current and the next month', () => {
  const t = table(monthly(['2026-01', '2026-02', '2026-04', '2026-05']));
  assert.deepEqual(codes(t, '2026-05-20T12:00:00Z'), [
    ['error', 'range-gap', ['2026-03']],
    ['warning', 'missing-next-period', ['2026-06']],
  ]);
  const issues = checkTableHealth(t, { now: new Date('2026-05-20T12:00:00Z') });
  assert.equal(issues[0]!.message, 'public.leads: gap between public.leads_2026_02 and public.leads_2026_04 — no partition for 2026-03; inserts for it fail.');
  assert.equal(issues[0]!.short, 'gap: 2026-03');
  assert.equal(issues[1]!.short, 'no partition for 2026-06');
  // Now in June: the current month is missing too (an error without a default partition).
  assert.deepEqual(codes(t, '2026-06-01T00:00:00Z'), [
    ['error', 'range-gap', ['2026-03']],
    ['error', 'missing-current-period', ['2026-06']],
    ['warning', 'missing-next-period', ['2026-07']],
  ]);
  // Covered through next month: nothing to say about the future.
  assert.deepEqual(codes(table(monthly(['2026-04', '2026-05', '2026-06'])), '2026-05-01T00:00:00Z'), []);
  // Several periods ahead.
  assert.deepEqual(codes(table(monthly(['2026-04', '2026-05', '2026-06'])), '2026-05-01T00:00:00Z', { periodsAhead: 3 }), [
    ['warning', 'missing-next-period', ['2026-07', '2026-08']],
  ]);
  // A long gap names the first periods and counts the rest.
  const long = checkTableHealth(table(monthly(['2025-01', '2026-01'])), { now: new Date('2026-01-10T00:00:00Z') });
  assert.equal(long[0]!.short, 'gap: 2025-02, 2025-03 and 9 more');
  assert.equal(long[0]!.periods!.length, 11);
});

test('with a default partition, missing periods are warnings and say where rows go', () => {
  const t = table([...monthly(['2026-01', '2026-02', '2026-04']), part('leads_default', 'DEFAULT', { rows: 0 })]);
  assert.deepEqual(codes(t, '2026-04-10T00:00:00Z'), [
    ['warning', 'range-gap', ['2026-03']],
    ['warning', 'missing-next-period', ['2026-05']],
  ]);
  assert.match(checkTableHealth(t, { now: new Date('2026-04-10T00:00:00Z') })[0]!.message, /rows for it go to the default partition public\.leads_default/);
});

test('rows in the default partition: estimate, and the exact EXISTS result wins', () => {
  const withRows = table([...monthly(['2026-04', '2026-05']), part('leads_default', 'DEFAULT', { rows: 1_234_567 })]);
  const now = '2026-04-10T00:00:00Z';
  const i = checkTableHealth(withRows, { now: new Date(now) });
  assert.deepEqual(i.map((x) => [x.code, x.short, x.partition?.name]), [['default-has-rows', '~1.2M rows in default', 'leads_default']]);
  assert.match(i[0]!.message, /holds about 1,234,567 rows \(estimated\)/);
  // Stale statistics: the exact check says empty.
  assert.deepEqual(codes(withRows, now, { defaultHasRows: new Map([['public.leads_default', false]]) }), []);
  // Never analysed but not empty.
  const unknown = table([...monthly(['2026-04', '2026-05']), part('leads_default', 'DEFAULT')]);
  assert.deepEqual(codes(unknown, now), []);
  assert.deepEqual(
    checkTableHealth(unknown, { now: new Date(now), defaultHasRows: new Map([['public.leads_default', true]]) }).map((x) => [x.code, x.short]),
    [['default-has-rows', 'rows in default']],
  );
});

test('interval detection: day, week, quarter, year; archives and MAXVALUE', () => {
  const days = table([range('d1', '2026-03-01', '2026-03-02'), range('d2', '2026-03-02', '2026-03-03'), range('d4', '2026-03-04', '2026-03-05')]);
  assert.equal(detectSeries(days.partitions)!.interval, 'day');
  assert.deepEqual(codes(days, '2026-03-04T10:00:00Z'), [
    ['error', 'range-gap', ['2026-03-03']],
    ['warning', 'missing-next-period', ['2026-03-05']],
  ]);
  // ISO weeks start on Monday (2026-03-02 is a Monday).
  const weeks = table([range('w1', '2026-03-02', '2026-03-09'), range('w2', '2026-03-09', '2026-03-16')]);
  assert.equal(detectSeries(weeks.partitions)!.interval, 'week');
  assert.deepEqual(codes(weeks, '2026-03-10T00:00:00Z'), [['warning', 'missing-next-period', ['2026-W12']]]);
  const quarters = table([range('q1', '2026-01-01', '2026-04-01'), range('q3', '2026-07-01', '2026-10-01')]);
  assert.deepEqual(codes(quarters, '2026-08-01T00:00:00Z'), [
    ['error', 'range-gap', ['2026-Q2']],
    ['warning', 'missing-next-period', ['2026-Q4']],
  ]);
  const years = table([range('y25', '2025-01-01', '2026-01-01'), range('y26', '2026-01-01', '2027-01-01')]);
  assert.deepEqual(codes(years, '2026-11-24T00:00:00Z'), [['warning', 'missing-next-period', ['2027']]]);
  // An archive that stopped long ago is not expected to continue.
  assert.deepEqual(codes(table(monthly(['2020-01', '2020-02'])), '2026-11-24T00:00:00Z'), []);
  // A MAXVALUE partition catches everything after the series.
  const open = table([...monthly(['2026-10', '2026-11']), part('leads_future', "FOR VALUES FROM ('2026-12-01 00:00:00+00') TO (MAXVALUE)")]);
  assert.deepEqual(codes(open, '2026-11-24T00:00:00Z'), []);
  // Bounds printed in another session time zone are instants, not wall-clock months.
  const offset = table([range('m1', '2026-01-01 01:00:00+01', '2026-02-01 01:00:00+01'), range('m2', '2026-02-01 01:00:00+01', '2026-03-01 01:00:00+01')]);
  assert.equal(detectSeries(offset.partitions)!.interval, 'month');
});

test('numeric ranges, list/hash tables, empty parents, pending detach, nested levels', () => {
  const nums = table([part('a', "FOR VALUES FROM (MINVALUE) TO ('-10')"), part('b', "FOR VALUES FROM ('-10') TO (100)"), part('c', 'FOR VALUES FROM (200) TO (300)')], 'metrics');
  const n = checkTableHealth(nums, { now: new Date('2026-01-01T00:00:00Z') });
  assert.deepEqual(n.map((x) => [x.code, x.short]), [['range-gap', 'gap: 100–200']]);
  assert.equal(n[0]!.message, 'public.metrics: gap between public.b and public.c — no partition for values 100 to 200; inserts for it fail.');
  const hash = table([part('h0', 'FOR VALUES WITH (modulus 2, remainder 0)'), part('h1', 'FOR VALUES WITH (modulus 2, remainder 1)', { detachPending: true })], 'events', 'hash');
  const h = checkTableHealth(hash);
  assert.deepEqual(h.map((x) => [x.severity, x.code, x.partition?.name]), [['warning', 'detach-pending', 'h1']]);
  assert.equal(h[0]!.message, 'A detach of public.h1 from public.events was interrupted and is still pending; finish it with ALTER TABLE public.events DETACH PARTITION public.h1 FINALIZE.');
  assert.deepEqual(checkTableHealth(table([], 'empty_parent')).map((x) => [x.severity, x.code]), [['warning', 'no-partitions']]);
  // A list partition sub-partitioned by month with a gap: reported with the partition as owner.
  const nested = table(
    [
      part('orders_eu', "FOR VALUES IN ('eu')", {
        subPartitioning: { strategy: 'range', key: [{ kind: 'column', column: 'created_at' }] },
        partitions: monthly(['2026-01', '2026-03']).map((p) => ({ ...p, name: p.name.replace('leads', 'orders_eu') })),
      }),
      part('orders_us', "FOR VALUES IN ('us')"),
    ],
    'orders',
    'list',
  );
  const ni = checkTableHealth(nested, { now: new Date('2026-03-05T00:00:00Z') });
  assert.deepEqual(ni.map((x) => [x.code, x.periods]), [['range-gap', ['2026-02']]]);
  assert.match(ni[0]!.message, /^public\.orders_eu: gap between public\.orders_eu_2026_01 and public\.orders_eu_2026_03/);
  assert.deepEqual(ni[0]!.table, { schema: 'public', name: 'orders' });
});

test('large unpartitioned tables and compact numbers', () => {
  const issues = largeTableIssues([{ oid: 1, schema: 'public', name: 'events_log', rows: 2_500_000, bytes: 1, threshold: 1_000_000 }]);
  assert.deepEqual(issues.map((i) => [i.severity, i.code, i.short, i.table.name]), [['info', 'large-unpartitioned-table', '~2.5M rows, not partitioned', 'events_log']]);
  assert.match(issues[0]!.message, /holds about 2,500,000 rows \(threshold 1,000,000\)/);
  assert.deepEqual([compactNumber(999), compactNumber(1500), compactNumber(2_000_000), compactNumber(3_100_000_000)], ['999', '1.5k', '2M', '3.1B']);
});

test('health on the live fixture (every server)', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) return t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  for (const s of servers) {
    await t.test(`PostgreSQL ${s.major}`, async () => {
      const fdb = await freshDatabase(s, 'health');
      const c = new pg.Client({ connectionString: fdb.url });
      await c.connect();
      await c.query(FIXTURE_SQL);
      await c.end();
      const db = openDb(profileFromUrl(fdb.url));
      try {
        const cat = await loadCatalog(db, { sizes: false });
        const exact = await checkDefaultRows(db, cat.tables);
        assert.deepEqual([...exact], [['public.leads_default', true]]);
        const health = checkCatalogHealth(cat.tables, { now: new Date('2026-04-15T00:00:00Z'), defaultHasRows: exact });
        const summary = Object.fromEntries([...health].map(([k, v]) => [k, v.map((i) => i.code)]));
        assert.deepEqual(summary, {
          'Hostile "Schema" ü.Weird Table "Q"': ['missing-current-period', 'missing-next-period'],
          'public.empty_parent': ['no-partitions'],
          'public.events': [],
          'public.leads': ['range-gap', 'missing-next-period', 'default-has-rows'],
          'public.metrics': ['range-gap'],
          'public.orders': ['missing-next-period'],
          'public.regions': [],
          'public.users_by_email': [],
        });
      } finally {
        await db.end();
        await fdb.drop();
      }
    });
  }
});
