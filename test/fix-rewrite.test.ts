// Quick fixes keep meaning: a wrapped key is rewritten to a range only when the rewrite returns
// exactly the rows of the original query — checked here on populated tables (date, timestamp,
// timestamptz keys; UTC and a non-UTC session time zone) on every server, with EXPLAIN showing
// the rewrite prunes. Everything else gets a snippet with tab stops and the reason, never a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionsFor, rewriteAction } from '../server/src/lsp/codeActions';
import { checkFile, createCatalogIndex, loadEngine } from '../server/src/engine/index';
import { eachServerDb } from './helpers/db';

const TYPES = ['date', 'timestamp', 'timestamptz'] as const;

function ddl(type: string): string {
  let s = `CREATE TABLE ev_${type} (id int, "Order Date" ${type} NOT NULL) PARTITION BY RANGE ("Order Date");\n`;
  // Monthly partitions for 2025–2027 (36); the rows are in 2026.
  for (let i = 0; i < 36; i++) {
    const at = (k: number): string => `${2025 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
    s += `CREATE TABLE ev_${type}_${i} PARTITION OF ev_${type} FOR VALUES FROM ('${at(i)}') TO ('${at(i + 1)}');\n`;
  }
  return s;
}

/** Applies the edits of a plan to `text`. */
function apply(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const REWRITABLE = (t: string): string[] => [
  `SELECT id FROM ev_${t} ev WHERE date_trunc('month', ev."Order Date") = '2026-11-01'`,
  `SELECT id FROM ev_${t} WHERE id > 0 AND '2026-04-01' = date_trunc('quarter', "Order Date")`,
  `SELECT id FROM ev_${t} WHERE date_trunc('year', "Order Date") = DATE '2026-01-01'`,
  `SELECT id FROM ev_${t} WHERE date_trunc('day', "Order Date") = '2026-03-29' OR id = -1`,
  `SELECT id FROM ev_${t} WHERE "Order Date"::date = '2026-10-25'`,
  `SELECT id FROM ev_${t} WHERE CAST("Order Date" AS date) = '2026-03-08 00:00:00' AND id >= 0`,
  `SELECT id FROM ev_${t} WHERE date("Order Date") = '2026-06-30'`,
];

const REFUSED = (t: string): [string, RegExp][] => [
  [`SELECT id FROM ev_${t} WHERE date_trunc('month', "Order Date") = '2026-11-15'`, /not the start of a month/],
  [`SELECT id FROM ev_${t} WHERE "Order Date"::date = '2026-10-25 10:00'`, /not a plain date/],
  [`SELECT id FROM ev_${t} WHERE date_trunc('month', "Order Date") = $1`, /not a constant date/],
  [`SELECT id FROM ev_${t} WHERE date_trunc('week', "Order Date") = '2026-11-02'`, /only day, month, quarter and year/],
  [`SELECT id FROM ev_${t} WHERE date_trunc('month', "Order Date") = '2026-11-01 00:00+00'`, /not a plain date/],
];

void test('wrapped-key rewrites return exactly the original rows and prune (every key type, two time zones)', async (t) => {
  await loadEngine();
  const index = createCatalogIndex();
  index.setFile('db/structure.sql', TYPES.map(ddl).join('\n'));
  const catalog = index.snapshot();
  await eachServerDb(t, 'rewrite', async (db) => {
    for (const type of TYPES) {
      await db.query(ddl(type));
      // Rows every 37 minutes through the year, so day and month edges are crossed in every zone.
      await db.query(`INSERT INTO ev_${type} SELECT g, timestamptz '2026-01-01 00:00:00+00' + g * interval '37 minutes' FROM generate_series(0, 14000) g`);
    }
    let checked = 0;
    for (const zone of ['UTC', 'America/St_Johns']) {
      for (const type of TYPES) {
        const table = catalog.lookup('public', `ev_${type}`);
        assert.ok(table, 'the DDL catalog knows the table');
        for (const sql of REWRITABLE(type)) {
          const [f] = checkFile('q.sql', sql, catalog).findings;
          if (!f && type === 'date' && /::date|AS date|date\(/.test(sql)) {
            checked++; // A cast of a date to date changes nothing: PostgreSQL prunes it, nothing to fix.
            continue;
          }
          assert.equal(f?.code, 'partition-key-not-prunable', sql);
          const r = rewriteAction(sql, f, table);
          assert.ok(r && 'edits' in r, `${sql} should be rewritten: ${JSON.stringify(r)}`);
          const fixed = apply(sql, r.edits);
          // Inside an OR the range is parenthesised; the other branch still stops pruning there.
          const inOr = / OR id = -1$/.test(sql);
          if (inOr) assert.match(fixed, /WHERE \("Order Date" >= '2026-03-29' AND "Order Date" < '2026-03-30'\) OR id = -1$/);
          else assert.deepEqual(checkFile('q.sql', fixed, catalog).findings, [], `the rewrite prunes for the linter: ${fixed}`);
          const rows = await db.withClient(async (s) => {
            await s.query(`SET TIME ZONE '${zone}'`);
            try {
              const a = (await s.query<{ id: number }>(`${sql} ORDER BY id`)).rows.map((x) => x.id);
              const b = (await s.query<{ id: number }>(`${fixed} ORDER BY id`)).rows.map((x) => x.id);
              const plan = (await s.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${fixed}`)).rows.map((x) => x['QUERY PLAN']).join('\n');
              return { a, b, plan };
            } finally {
              await s.query('RESET TIME ZONE');
            }
          });
          assert.ok(rows.a.length > 0, `the original returns rows: ${sql}`);
          assert.deepEqual(rows.b, rows.a, `${type}, ${zone}: ${sql} → ${fixed}`);
          const scanned = (rows.plan.match(/Scan on ev_\w+_\d+/g) ?? []).length;
          if (!inOr) assert.ok(scanned >= 1 && scanned <= 13, `${fixed} prunes (a year spans at most 13 of the 36 monthly partitions in any zone):\n${rows.plan}`);
          checked++;
        }
        for (const [sql, why] of REFUSED(type)) {
          const [f] = checkFile('q.sql', sql, catalog).findings;
          if (!f && type === 'date' && /::date/.test(sql)) continue; // no-op cast of a date: prunable, nothing to fix
          assert.ok(f, sql);
          const r = rewriteAction(sql, f, table);
          assert.ok(r && 'refused' in r, `${sql} must not be rewritten`);
          assert.match(r.refused, why);
          // The offered fix is then a snippet with the reason in its title, never a value.
          const plans = actionsFor('sql', sql, f, table, () => undefined);
          const snippet = plans.find((p) => p.edits.some((e) => e.snippet));
          assert.ok(snippet, sql);
          assert.match(snippet.title, /fill in the values; not rewritten because/);
          assert.match(snippet.edits.map((e) => e.newText).join(''), /\$\{1:from\}.*\$\{2:to\}/);
        }
      }
    }
    assert.equal(checked, 2 * TYPES.length * REWRITABLE('x').length);
  });
});
