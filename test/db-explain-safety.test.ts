// Explain only explains: text crafted to smuggle COMMIT/DROP through placeholders (`${'}`
// template interpolations, `?`, `:name`), comments, dollar quotes and backslash quotes never runs
// anything but EXPLAIN — through the library, with standard_conforming_strings off, and through
// the CLI's `partitions explain --sql`. The victim table and its rows always survive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDb, profileFromUrl, type Db } from '../server/src/db/connection';
import { parseSync } from 'libpg-query';
import { explainCandidates, explainPruning } from '../server/src/db/explain';
import { ensureParserLoaded } from '../server/src/engine/sql/parse';
import { eachServerDb } from './helpers/db';
import { runCli as cli } from './helpers/cli';


const CRAFTED: readonly string[] = [
  // The reported one: a JavaScript template whose interpolations hold a quote.
  "SELECT * FROM victim WHERE id > ${'} ; COMMIT; DROP TABLE victim; SELECT 1 -- ${'}",
  "SELECT * FROM victim WHERE id > ${\"\"} ; COMMIT; DROP TABLE victim; SELECT 1 -- ${'}",
  "SELECT * FROM victim WHERE id > ${`'`}; COMMIT; DROP TABLE victim",
  "SELECT * FROM victim WHERE id = ${a['}']} ; COMMIT ; DROP TABLE victim",
  'SELECT * FROM victim WHERE id = ?; COMMIT; DROP TABLE victim',
  "SELECT * FROM victim WHERE id = :id; COMMIT; DROP TABLE victim; SELECT :'x'",
  "SELECT * FROM victim WHERE id = %s; COMMIT; DROP TABLE victim; SELECT %(x)s",
  // Comments and dollar quotes.
  'SELECT 1 /* ; */ ; COMMIT; DROP TABLE victim -- ;',
  'SELECT * FROM victim -- ; \n; COMMIT; DROP TABLE victim',
  'SELECT $$ ; COMMIT; $$; COMMIT; DROP TABLE victim',
  'SELECT $a$ $$; COMMIT; DROP TABLE victim; $a$',
  'SELECT * FROM victim WHERE note = $q$ ${ $q$ ; COMMIT; DROP TABLE victim; SELECT $q$ } $q$',
  // Backslashes: the server reads them as libpg-query does (standard_conforming_strings pinned on).
  "SELECT * FROM victim WHERE note = 'a\\'; COMMIT; DROP TABLE victim; --'",
  "SELECT * FROM victim WHERE note = E'\\''; COMMIT; DROP TABLE victim; --'",
  // Statements that write are never sent, whatever wraps them.
  'EXPLAIN ANALYZE DELETE FROM victim',
  'WITH d AS (DELETE FROM victim RETURNING *) SELECT * FROM d',
  'DELETE FROM victim',
  'SELECT * INTO victim_copy FROM victim',
  'COMMIT; DROP TABLE victim',
  'DO $$BEGIN EXECUTE $x$DROP TABLE victim$x$; END$$',
  'BEGIN; DROP TABLE victim; COMMIT',
];

async function victimRows(db: Db): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM victim`)).rows[0]!.n;
}

/** The SQL a pool sent, as its logger saw it. */
function recordingDb(url: string): { db: Db; sent: string[] } {
  const sent: string[] = [];
  const db = openDb(profileFromUrl(url), undefined, { max: 2, logger: { sql: (text) => sent.push(text) } });
  return { db, sent };
}

const ALLOWED_SENT = /^(BEGIN READ ONLY|ROLLBACK|SET LOCAL (statement_timeout|lock_timeout|standard_conforming_strings|plan_cache_mode)\b|EXPLAIN \(|PREPARE partition_lens_explain_\d+_\d+ AS |DEALLOCATE partition_lens_explain_|SELECT pg_catalog\.current_setting\('server_version_num'\)|WITH rels AS|SELECT count\(\*\)::int AS n FROM pg_catalog\.pg_partition_tree)/;

void test('the checker refuses every crafted text that is not exactly one query', async () => {
  await ensureParserLoaded();
  const reported = explainCandidates(CRAFTED[0]!);
  // The interpolation stays whole: one SELECT with one parameter, the quote inside it.
  assert.equal(reported.length, 1);
  assert.equal(reported[0]!.refused, undefined);
  assert.equal(reported[0]!.params, 1);
  assert.doesNotMatch(reported[0]!.sql, /COMMIT|DROP/);
  for (const text of CRAFTED) {
    for (const c of explainCandidates(text)) {
      if (c.refused) continue;
      // What may be sent is exactly one query statement, checked again here by the real parser.
      const stmts = parseSync(c.sql).stmts ?? [];
      assert.equal(stmts.length, 1, `${JSON.stringify(text)} → ${JSON.stringify(c.sql)}`);
      assert.ok(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt'].includes(Object.keys(stmts[0]!.stmt!)[0]!));
      assert.doesNotMatch(JSON.stringify(stmts), /"(DropStmt|TransactionStmt|DoStmt|ExplainStmt)"|intoClause/);
    }
  }
  assert.equal(explainCandidates('DELETE FROM victim')[0]!.refused, undefined, 'a DELETE alone may be explained (never executed)');
  assert.match(explainCandidates('COMMIT')[0]!.refused!, /Only SELECT, INSERT, UPDATE, DELETE and MERGE.*TRANSACTION/);
  assert.match(explainCandidates('SELECT * INTO x FROM victim')[0]!.refused!, /creates a table/);
});

void test('crafted texts never run anything but EXPLAIN (library, both servers)', async (t) => {
  await eachServerDb(t, 'explsafe', async (db, _server, url) => {
    await db.query(`CREATE TABLE victim (id int, note text) PARTITION BY RANGE (id)`);
    await db.query(`CREATE TABLE victim_low PARTITION OF victim FOR VALUES FROM (0) TO (1000)`);
    await db.query(`CREATE TABLE victim_high PARTITION OF victim FOR VALUES FROM (1000) TO (2000)`);
    await db.query(`INSERT INTO victim SELECT g, 'n' || g FROM generate_series(0, 1999) g`);
    const { db: rec, sent } = recordingDb(url);
    try {
      for (const text of CRAFTED) {
        const results = await explainPruning(rec, text).catch((e: Error) => [{ error: e.message, sql: text, tables: [] }]);
        assert.ok(results.length > 0);
        assert.equal(await victimRows(db), 2000, `victim lost rows after ${JSON.stringify(text)}`);
        assert.equal((await db.query(`SELECT 1 FROM pg_class WHERE relname = 'victim_copy'`)).rows.length, 0);
      }
      for (const s of sent) assert.match(s, ALLOWED_SENT, `unexpected statement sent: ${s}`);
      // A refusal is a message, not silence.
      const [commit, drop] = (await explainPruning(rec, 'COMMIT; DROP TABLE victim')).map((r) => r.error ?? '');
      assert.match(commit!, /Only SELECT/);
      assert.match(drop!, /DROP.*nothing was sent/);
      // The reported text explains as one SELECT on victim with a parameter.
      const [one] = await explainPruning(rec, CRAFTED[0]!);
      assert.equal(one!.error, undefined);
      assert.equal(one!.tables[0]!.table, 'public.victim');
    } finally {
      await rec.end();
    }
    // A server that reads backslashes the old way still gets the text as the checker read it.
    const dbName = new URL(url).pathname.slice(1);
    await db.query(`ALTER DATABASE "${dbName}" SET standard_conforming_strings = off`);
    const old = openDb(profileFromUrl(url), undefined, { max: 1 });
    try {
      assert.equal((await old.query<{ v: string }>(`SELECT current_setting('standard_conforming_strings') AS v`)).rows[0]!.v, 'off');
      for (const text of CRAFTED.filter((x) => x.includes('\\'))) {
        await explainPruning(old, text);
        assert.equal(await victimRows(db), 2000, `victim lost rows after ${JSON.stringify(text)} (standard_conforming_strings off)`);
      }
    } finally {
      await old.end();
    }
  });
});


void test('CLI partitions explain --sql with crafted text leaves the victim table alone', async (t) => {
  await eachServerDb(t, 'explcli', async (db, _server, url) => {
    await db.query(`CREATE TABLE victim (id int, note text)`);
    await db.query(`INSERT INTO victim SELECT g, 'n' FROM generate_series(1, 100) g`);
    for (const text of CRAFTED.slice(0, 3).concat(['COMMIT; DROP TABLE victim', 'SELECT 1 /* ; */ ; COMMIT; DROP TABLE victim -- ;'])) {
      const r = await cli(['partitions', 'explain', '--database-url', url, '--sql', text]);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
      assert.equal(await victimRows(db), 100, `victim lost rows after CLI explain of ${JSON.stringify(text)}: ${r.out}${r.err}`);
    }
    const r = await cli(['partitions', 'explain', '--database-url', url, '--sql', 'COMMIT; DROP TABLE victim']);
    assert.match(r.out + r.err, /Only SELECT/);
  });
});
