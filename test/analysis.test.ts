// The analysis API others build on: verdicts per table reference, the `sql` checker
// registration, offsets for embedded SQL, catalogs built by hand, and robustness on bad input.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensureParserLoaded, parseSql } from '../server/src/engine/sql/parse';
import { analyzeStatement, checkSql, type TableReferenceVerdict } from '../server/src/engine/analysis/index';
import '../server/src/engine/analysis/register';
import { checkDocument } from '../server/src/engine/check';
import { CatalogSnapshot, type PartitionedTable } from '../server/src/engine/catalog/model';
import { CASES } from './fixtures/rules/cases';
import { catalogFromDdl } from './fixtures/rules/catalog';

let catalog: CatalogSnapshot;

before(async () => {
  await ensureParserLoaded();
  catalog = catalogFromDdl(fs.readFileSync(path.resolve(__dirname, 'fixtures/rules/schema.sql'), 'utf8'));
});

function verdicts(sql: string, cat: CatalogSnapshot = catalog): TableReferenceVerdict[] {
  return parseSql(sql).statements.flatMap((s) => analyzeStatement(s, cat));
}

void test('a verdict per reference: table, name range (not the alias), qualifier, verdict, reason, statement kind', () => {
  const sql = "SELECT * FROM public.leads AS l JOIN campaigns ON campaigns.user_id = l.user_id WHERE l.created_at = '2024-03-05'";
  const vs = verdicts(sql);
  assert.equal(vs.length, 2);
  const [leads, campaigns] = vs as [TableReferenceVerdict, TableReferenceVerdict];
  assert.equal(leads.table.name, 'leads');
  assert.equal(leads.tableName, 'public.leads');
  assert.equal(sql.slice(leads.range.start, leads.range.end), 'public.leads');
  assert.equal(leads.alias, 'l');
  assert.equal(leads.qualifier, 'l');
  assert.equal(leads.verdict, 'prunable');
  assert.equal(leads.statement, 'select');
  assert.equal(campaigns.alias, undefined);
  assert.equal(campaigns.qualifier, 'campaigns');
  assert.equal(campaigns.verdict, 'runtime-only');
  assert.match(campaigns.reason, /user_id is constrained only by another relation's column/);
  assert.equal(verdicts('UPDATE leads SET status = 1')[0]!.statement, 'update');
  assert.equal(verdicts('DELETE FROM leads')[0]!.statement, 'delete');
  assert.equal(verdicts('MERGE INTO leads t USING users s ON t.id = s.id WHEN MATCHED THEN DELETE')[0]!.statement, 'merge');
  assert.equal(verdicts('INSERT INTO users SELECT * FROM leads')[0]!.statement, 'insert');
});

void test('missing vs not-prunable: any mention of the key makes it not-prunable', () => {
  assert.equal(verdicts("SELECT * FROM leads WHERE status = 'x'")[0]!.verdict, 'missing');
  assert.equal(verdicts('SELECT * FROM leads WHERE created_at::date = current_date')[0]!.verdict, 'not-prunable');
  assert.equal(verdicts("SELECT * FROM leads WHERE created_at > '2024-01-01' OR id = 1")[0]!.verdict, 'not-prunable');
  assert.match(verdicts("SELECT * FROM leads WHERE created_at > '2024-01-01' OR id = 1")[0]!.reason, /OR/);
  assert.match(verdicts('SELECT * FROM metrics WHERE day = current_date')[0]!.reason, /leading run/);
  assert.match(verdicts('SELECT * FROM campaigns WHERE user_id = ANY($1)')[0]!.reason, /generic plan/);
  assert.match(verdicts('SELECT * FROM orders')[0]!.reason, /nor on the sub-partition key user_id/);
});

void test('the sql checker is registered for checkDocument', () => {
  const r = checkDocument('sql', 'SELECT * FROM leads', catalog);
  assert.deepEqual(
    r.findings.map((f) => f.code),
    ['partition-key-missing'],
  );
});

void test('embedded SQL: mapOffset with non-ASCII text maps ranges into the host document', () => {
  const host = 'const q = sql`SELECT \'日本\' AS x FROM leads WHERE note = \'😀\'`;';
  const start = host.indexOf('SELECT');
  const text = host.slice(start, host.lastIndexOf('`'));
  const r = checkSql(text, catalog, { mapOffset: (o) => start + o });
  assert.equal(r.findings.length, 1);
  assert.equal(host.slice(r.findings[0]!.start, r.findings[0]!.end), 'leads');
  const quoted = '/* é */ SELECT * FROM "Sales"."Orders" o';
  const f = checkSql(quoted, catalog).findings[0]!;
  assert.equal(quoted.slice(f.start, f.end), '"Sales"."Orders"');
});

void test('expression keys match whatever the spelling, qualification and spacing', () => {
  for (const q of [
    "SELECT * FROM subscribers WHERE LOWER(email) = 'a'",
    "SELECT * FROM subscribers s WHERE lower( s.email ) = 'a'",
    "SELECT * FROM subscribers WHERE 'a' = lower(email)",
  ])
    assert.equal(verdicts(q)[0]!.verdict, 'prunable', q);
  assert.equal(verdicts("SELECT * FROM subscribers WHERE lower(name) = 'a'")[0]!.verdict, 'missing');
});

void test("a key's string literal typed by the catalog (ltrim(c, 'A'::text)) is the query's untyped literal", () => {
  const keyed = (text: string): CatalogSnapshot =>
    new CatalogSnapshot([
      {
        schema: 'public',
        name: 'e',
        strategy: 'list',
        key: [{ kind: 'expression', text, normalized: '', columns: ['c'] }],
        partitions: ['0000', '0001'].map((v, i) => ({ schema: 'public', name: `e${i}`, bound: { kind: 'list' as const, values: [v], text: '' }, partitions: [] })),
      },
    ]);
  for (const key of ["ltrim(c, 'A'::text)", "ltrim(c, 'A')"]) {
    for (const sql of ["SELECT * FROM e WHERE ltrim(c, 'A') = '0001'", "SELECT * FROM e WHERE ltrim(c, 'A'::text) = '0001'"]) {
      const [v] = verdicts(sql, keyed(key));
      assert.deepEqual([v!.verdict, sql.slice(v!.range.start, v!.range.end)], ['prunable', 'e'], `${key}: ${sql}`);
    }
    assert.equal(verdicts("SELECT * FROM e WHERE ltrim(c, 'B') = '0001'", keyed(key))[0]!.verdict, 'not-prunable');
  }
});

void test('a whole-row key (the catalog prints it `t.*`) is matched by the bare table name or alias', () => {
  const rowKeyed = new CatalogSnapshot([
    {
      schema: 'public',
      name: 'pairs',
      strategy: 'list',
      key: [{ kind: 'expression', text: 'pairs.*', normalized: 'pairs.*', columns: [] }],
      partitions: ['(1,2)', '(2,4)'].map((v, i) => ({ schema: 'public', name: `pairs${i}`, bound: { kind: 'list' as const, values: [v], text: '' }, partitions: [] })),
    },
  ]);
  const sql = "SELECT * FROM pairs WHERE pairs = '(1,2)'::pairs";
  const [v] = verdicts(sql, rowKeyed);
  assert.deepEqual([v!.verdict, sql.slice(v!.range.start, v!.range.end)], ['prunable', 'pairs']);
  assert.equal(verdicts("SELECT * FROM pairs p WHERE p = '(1,2)'::pairs", rowKeyed)[0]!.verdict, 'prunable');
  assert.equal(verdicts("SELECT * FROM pairs p WHERE p.* = '(1,2)'::pairs", rowKeyed)[0]!.verdict, 'prunable');
  // Under an alias the table's own name is no longer a FROM item: it names nothing here.
  assert.equal(verdicts("SELECT * FROM pairs p WHERE pairs = '(1,2)'::pairs", rowKeyed)[0]!.verdict, 'missing');
  assert.equal(verdicts('SELECT * FROM pairs WHERE a = 1', rowKeyed)[0]!.verdict, 'missing');
});

void test('hand-built catalogs: search path, sub-partition schemes per partition, LIST IS NOT NULL', () => {
  const t = (schema: string, name: string, extra: Partial<PartitionedTable> = {}): PartitionedTable => ({
    schema,
    name,
    strategy: 'range',
    key: [{ kind: 'column', column: 'ts' }],
    partitions: [],
    ...extra,
  });
  const cat = new CatalogSnapshot([t('app', 'logs'), t('public', 'logs', { key: [{ kind: 'column', column: 'other' }] })], ['app', 'public']);
  assert.equal(verdicts("SELECT * FROM logs WHERE ts = '2024-01-01'", cat)[0]!.verdict, 'prunable');
  assert.equal(verdicts("SELECT * FROM public.logs WHERE ts = '2024-01-01'", cat)[0]!.verdict, 'missing');
  // Only one partition is sub-partitioned (by LIST on kind): a kind filter still prunes inside it.
  const mixed = new CatalogSnapshot([
    t('public', 'ev', {
      partitions: [
        { schema: 'public', name: 'ev_1', bound: { kind: 'default', text: 'DEFAULT' }, partitions: [] },
        {
          schema: 'public',
          name: 'ev_2',
          bound: { kind: 'unknown', text: '' },
          subPartitioning: { strategy: 'list', key: [{ kind: 'column', column: 'kind' }] },
          partitions: [{ schema: 'public', name: 'ev_2_a', bound: { kind: 'list', values: ['a'], text: '' }, partitions: [] }],
        },
      ],
    }),
  ]);
  assert.equal(verdicts("SELECT * FROM ev WHERE kind = 'a'", mixed)[0]!.verdict, 'prunable');
  assert.equal(verdicts("SELECT * FROM ev WHERE ts::date = '2024-01-01'", mixed)[0]!.verdict, 'not-prunable');
  const list = (values: (string | null)[][]): CatalogSnapshot =>
    new CatalogSnapshot([
      {
        schema: 'public',
        name: 'l',
        strategy: 'list',
        key: [{ kind: 'column', column: 'k' }],
        partitions: values.map((v, i) => ({ schema: 'public', name: `l${i}`, bound: { kind: 'list' as const, values: v, text: '' }, partitions: [] })),
      },
    ]);
  assert.equal(verdicts('SELECT * FROM l WHERE k IS NOT NULL', list([['a'], [null]]))[0]!.verdict, 'prunable');
  assert.equal(verdicts('SELECT * FROM l WHERE k IS NOT NULL', list([['a'], ['b', null]]))[0]!.verdict, 'not-prunable');
});

void test('statements without partitioned tables and DDL give no verdicts', () => {
  assert.deepEqual(verdicts('SELECT * FROM users; CREATE TABLE x (id int); CREATE INDEX ON leads (created_at)'), []);
  assert.deepEqual(verdicts("INSERT INTO leads (id, created_at) VALUES (1, now()) ON CONFLICT DO NOTHING"), []);
  assert.deepEqual(verdicts('SELECT * FROM ONLY leads'), []);
});

void test('truncated and mangled fixture SQL never throws', () => {
  let checked = 0;
  for (const c of CASES) {
    for (let cut = 1; cut < c.sql.length; cut += 7) {
      for (const s of [c.sql.slice(0, cut), c.sql.slice(cut), c.sql.slice(0, cut) + '"' + c.sql.slice(cut)]) {
        assert.doesNotThrow(() => checkSql(s, catalog), s);
        checked++;
      }
    }
  }
  assert.ok(checked > 1000);
});
