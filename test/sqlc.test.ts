// sqlc projects: the schema comes from goose migrations (down sections ignored), the queries
// use `@name`, `@name::type`, `sqlc.arg()`, `sqlc.narg()` and `sqlc.slice()`. Every finding is
// checked against the planner: each query, with sqlc's parameters as `$n`, is prepared on
// PostgreSQL 15 and 18 and its generic plan explained; a reference is flagged exactly when the
// plan keeps every leaf partition of its table.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureParserLoaded, parseSql, replacePlaceholders } from '../server/src/engine/sql/parse';
import { analyzeStatement, checkSql } from '../server/src/engine/analysis/index';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { migrationUpText } from '../server/src/engine/catalog/migrations';
import { freshDatabase, pgServers } from './helpers/db';
import { explainPlan, keptLeaves, leafMap } from './fixtures/rules/plan';

const dir = path.join(import.meta.dirname, 'fixtures', 'sqlc');
const schemaFile = path.join(dir, 'schema', '00001_tasks.sql');
const queryFile = path.join(dir, 'queries', 'tasks.sql');

/** Query name → expected codes, and values for its parameters (in `$n` order) for EXECUTE. */
const EXPECT: Record<string, { codes: string[]; params: string[] }> = {
  ListTasksSince: { codes: [], params: ["'00000000-0000-0000-0000-000000000001'", "'2024-03-03'"] },
  GetTask: { codes: [], params: ['1', "'2024-03-02 10:00+00'"] },
  ListTasksByIds: { codes: ['partition-key-missing'], params: ["'00000000-0000-0000-0000-000000000001'", "'{1,2}'"] },
  ListDagTasks: { codes: ['partition-key-runtime-only'], params: ['1'] },
  ListEvents: { codes: [], params: ["'2024-03-03'", '1'] },
  ListTasksByKeys: { codes: ['partition-key-runtime-only'], params: ["'{1}'", "'{2024-03-02}'"] },
  CountEventsForTask: { codes: [], params: ['1', "'2024-03-02'"] },
};

function catalog(): ReturnType<WorkspaceCatalog['snapshot']> {
  const ws = new WorkspaceCatalog();
  ws.setFile('db/migrations/00001_tasks.sql', fs.readFileSync(schemaFile, 'utf8'), 'sql');
  return ws.snapshot();
}

/** The statements of the query file with their sqlc names. */
function queries(): { name: string; text: string }[] {
  const text = fs.readFileSync(queryFile, 'utf8');
  return text
    .split(/^-- name: /m)
    .slice(1)
    .map((chunk) => ({ name: chunk.split(/\s/)[0]!, text: chunk.slice(chunk.indexOf('\n') + 1).trim() }));
}

before(async () => {
  await ensureParserLoaded();
});

void test('the goose schema teaches both partitioned tables, not the down section', () => {
  assert.deepEqual(
    catalog()
      .tables()
      .map((t) => `${t.name} ${t.strategy} ${t.key.map((k) => (k.kind === 'column' ? k.column : k.text)).join(',')} ${t.partitions.length}`),
    ['task_events range task_inserted_at 3', 'tasks range inserted_at 3'],
  );
});

void test('sqlc queries get exactly the expected findings', () => {
  const cat = catalog();
  const qs = queries();
  assert.deepEqual(qs.map((q) => q.name).sort(), Object.keys(EXPECT).sort());
  for (const q of qs) {
    const r = checkSql(q.text, cat);
    assert.deepEqual(r.parseErrors, [], q.name);
    assert.deepEqual(r.findings.map((f) => f.code), EXPECT[q.name]!.codes, `${q.name}: ${r.findings.map((f) => f.message).join(' | ')}`);
  }
  // The whole file at once: headers are comments, every statement is found.
  const all = checkSql(fs.readFileSync(queryFile, 'utf8'), cat);
  assert.equal(all.findings.length, Object.values(EXPECT).reduce((n, e) => n + e.codes.length, 0));
});

void test('sqlc findings agree with the planner (generic plans)', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED, THE PLANNER WAS NOT CONSULTED: ' + skipped.join('; '));
    return;
  }
  const cat = catalog();
  for (const server of servers) {
    await t.test(`PostgreSQL ${server.major}`, async () => {
      const db = await freshDatabase(server, 'sqlc');
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query(migrationUpText('00001_tasks.sql', fs.readFileSync(schemaFile, 'utf8'))!);
        await client.query('SET plan_cache_mode = force_generic_plan');
        const { rootOf, leaves } = await leafMap(client);
        for (const [n, q] of queries().entries()) {
          const sql = replacePlaceholders(q.text).replace(/;\s*$/, '');
          const plan = await explainPlan(client, sql, EXPECT[q.name]!.params, `sqlc_${n}`);
          const kept = keptLeaves(plan, rootOf);
          for (const v of parseSql(q.text).statements.flatMap((s) => analyzeStatement(s, cat))) {
            const base = v.alias ?? v.table.name;
            const k = `${v.table.schema}.${v.table.name}|${base}`;
            const whole = (kept.get(k)?.size ?? 0) === leaves.get(`${v.table.schema}.${v.table.name}`);
            assert.equal(v.verdict !== 'prunable', whole, `${q.name}: analyzer says ${v.verdict} (${v.reason})`);
          }
        }
      } finally {
        await client.end();
        await db.drop();
      }
    });
  }
});
