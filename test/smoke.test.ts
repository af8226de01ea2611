// Smoke test of the test infrastructure: the SQL parser loads and splits/parses statements,
// and at least one throwaway PostgreSQL server answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { ensureParserLoaded, parseSql } from '../server/src/engine/sql/parse';
import { pgServers } from './helpers/db';

test('parser splits and parses statements, one bad statement hides nothing', async () => {
  await ensureParserLoaded();
  const text = "SELECT 1;\nSELEC oops;\nSELECT * FROM \"Lé\".leads l WHERE created_at > now()";
  const r = parseSql(text);
  assert.equal(r.statements.length, 2);
  assert.equal(r.errors.length, 1);
  const sel = r.statements[1]!;
  const rv = sel.ast.SelectStmt.fromClause[0].RangeVar;
  const range = sel.nameRange(rv.location);
  assert.equal(text.slice(range.start, range.end), '"Lé".leads');
});

test('throwaway PostgreSQL servers answer', async (t) => {
  const { servers, skipped } = await pgServers();
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
    return;
  }
  for (const s of servers) {
    const c = new pg.Client({ connectionString: s.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ v: string }>('SELECT current_setting($$server_version_num$$) AS v');
      assert.equal(Math.floor(Number(rows[0]!.v) / 10000), s.major);
    } finally {
      await c.end();
    }
  }
});
