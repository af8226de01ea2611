// One quoting helper (server/src/db/quote.ts): the same words as PostgreSQL's quote_ident() on
// every test server (the keyword list, case, spaces, unicode), the 63-byte limit; and every
// message, hint, fix and copied name built from hostile names (key "order", key "Order Date",
// schema "user") is valid SQL — checked by parsing it and, for copied names, by querying with them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSync } from 'libpg-query';
import { fitIdentifier, formatIdent, formatQualified, quoteIdent } from '../server/src/db/quote';
import { displayName, keyText } from '../server/src/engine/catalog/model';
import { checkFile, createCatalogIndex, loadEngine } from '../server/src/engine/index';
import { actionsFor, snippetToPlain } from '../server/src/lsp/codeActions';
import { eachServerDb } from './helpers/db';

const SAMPLES = ['order', 'Order Date', 'user', 'leads', 'a"b', 'ümlaut', 'x$y', '_ok', '1abc', 'select', 'name', 'type', 'between', 'CamelCase', 'with space', ''];

void test('formatIdent quotes exactly what quote_ident() quotes (every keyword of every server)', async (t) => {
  await eachServerDb(t, 'quote', async (db) => {
    const { rows } = await db.query<{ word: string; q: string }>(`SELECT word, pg_catalog.quote_ident(word) AS q FROM pg_catalog.pg_get_keywords()`);
    assert.ok(rows.length > 400);
    for (const r of rows) assert.equal(formatIdent(r.word), r.q, `keyword ${r.word}`);
    const samples = SAMPLES.filter((s) => s !== '');
    const { rows: q } = await db.query<{ q: string }>(`SELECT pg_catalog.quote_ident(w) AS q FROM pg_catalog.unnest($1::text[]) AS w`, [samples]);
    assert.deepEqual(samples.map(formatIdent), q.map((x) => x.q));
  });
});

void test('the 63-byte limit: generated names are refused or fitted, never truncated by the server', () => {
  assert.throws(() => quoteIdent('x'.repeat(64)), /64 bytes long; PostgreSQL allows at most 63/);
  assert.throws(() => quoteIdent(''), /empty/);
  assert.equal(quoteIdent('é'.repeat(31)), `"${'é'.repeat(31)}"`);
  assert.throws(() => quoteIdent('é'.repeat(32)), /64 bytes/);
  const fitted = fitIdentifier('é'.repeat(40), '_2026_12');
  assert.ok(Buffer.byteLength(fitted) <= 63 && fitted.endsWith('_2026_12'));
  // Display never throws (a name from the user's SQL may be longer than PostgreSQL keeps).
  assert.equal(formatIdent('x'.repeat(70)), 'x'.repeat(70));
});

const DDL = `
CREATE SCHEMA "user";
CREATE TABLE "user".leads (id int, "order" int NOT NULL) PARTITION BY RANGE ("order");
CREATE TABLE "user".events (id int, "Order Date" date NOT NULL) PARTITION BY RANGE ("Order Date");
CREATE TABLE "user".tags (id int, "select" text NOT NULL) PARTITION BY LIST ("select");
`;

/** Parses `sql` with PostgreSQL's parser, failing the test with the text when it does not parse. */
function parses(sql: string, what: string): void {
  assert.doesNotThrow(() => parseSync(sql), `${what} is not valid SQL: ${sql}`);
}

void test('messages, hints, fixes and copied names with hostile names are valid SQL', async () => {
  await loadEngine();
  const index = createCatalogIndex();
  index.setFile('db/structure.sql', DDL);
  const catalog = index.snapshot();
  const queries = [
    'SELECT id FROM "user".leads WHERE id = 1',
    'SELECT ev.id FROM "user".events ev WHERE ev.id > 3 ORDER BY 1',
    'SELECT id FROM "user".tags',
    `SELECT id FROM "user".events WHERE date_trunc('month', "Order Date") = $1`,
  ];
  let checked = 0;
  for (const q of queries) {
    const findings = checkFile('q.sql', q, catalog).findings;
    assert.equal(findings.length, 1, q);
    const f = findings[0]!;
    // The suggestion in the message (between backticks) is SQL once its `…` are values.
    const suggestion = /`([^`]+)`/.exec(f.message)?.[1];
    assert.ok(suggestion, f.message);
    assert.doesNotMatch(suggestion, /(^|[^"])\b(order|select)\b(?!")/i, `keywords are quoted: ${suggestion}`);
    parses(`SELECT 1 FROM "user".leads ev WHERE ${suggestion.replace(/…/g, '$1')}`, `the hint in "${f.message}"`);
    // Every fix, applied (tab stops filled by the user), leaves valid SQL.
    const table = catalog.lookup(f.table.split('.')[0]!.replace(/"/g, ''), f.table.split('.')[1]!.replace(/"/g, ''));
    assert.ok(table, f.table);
    for (const plan of actionsFor('sql', q, f, table, () => undefined)) {
      let out = q;
      for (const e of [...plan.edits].sort((a, b) => b.start - a.start)) {
        const text = e.snippet ? snippetToPlain(e.newText).replace(/…/g, '$9') : e.newText;
        out = out.slice(0, e.start) + text + out.slice(e.end);
      }
      parses(out, `the fix "${plan.title}"`);
      checked++;
    }
    assert.doesNotMatch(keyText(table.key), /^(order|select)$/);
  }
  assert.ok(checked >= 8);
  assert.equal(displayName('user', 'leads'), '"user".leads');
  assert.equal(formatQualified('user', 'Order Date'), '"user"."Order Date"');
});

void test('copied qualified names work as they are in a real query', async (t) => {
  await eachServerDb(t, 'copyname', async (db) => {
    await db.query(DDL);
    await db.query(`CREATE TABLE "user"."events_2026" PARTITION OF "user".events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')`);
    for (const [schema, name] of [['user', 'leads'], ['user', 'events'], ['user', 'events_2026'], ['user', 'tags']] as const) {
      const copied = displayName(schema, name);
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${copied}`);
      assert.equal(rows[0]!.n, 0, copied);
    }
  });
});
