// The rule docs are executable: every ❌ example must produce the doc's finding and every ✅
// example must produce none, against the schema block the doc declares. Where a PostgreSQL
// server is available, the same examples also go through EXPLAIN: a ❌ example keeps every leaf
// partition of some table, a ✅ example keeps none whole.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureParserLoaded } from '../server/src/engine/sql/parse';
import { checkSql } from '../server/src/engine/analysis/index';
import { RULES } from '../server/src/engine/rules/index';
import { freshDatabase, pgServers } from './helpers/db';
import { catalogFromDdl } from './fixtures/rules/catalog';
import { explainPlan, keptLeaves, leafMap } from './fixtures/rules/plan';

const root = path.resolve(__dirname, '..');

interface Example {
  readonly good: boolean;
  readonly sql: string;
  readonly line: number;
}

interface Doc {
  readonly id: string;
  readonly schema: string;
  readonly examples: readonly Example[];
}

/** Schema block (```sql schema) and the ```sql block after each ❌ / ✅ paragraph. */
function readDoc(id: string, file: string): Doc {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let schema = '';
  const examples: Example[] = [];
  let pending: boolean | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('❌')) pending = false;
    else if (l.startsWith('✅')) pending = true;
    else if (l.startsWith('```sql')) {
      const start = i + 1;
      let j = start;
      while (j < lines.length && !lines[j]!.startsWith('```')) j++;
      const body = lines.slice(start, j).join('\n');
      if (l.trim() === '```sql schema') schema += body + '\n';
      else if (pending !== undefined) examples.push({ good: pending, sql: body, line: start + 1 });
      pending = undefined;
      i = j;
    }
  }
  return { id, schema, examples };
}

const docs = RULES.map((r) => readDoc(r.meta.id, path.join(root, r.meta.docs)));

before(async () => {
  await ensureParserLoaded();
});

void test('every rule doc has a schema and both kinds of examples', () => {
  for (const d of docs) {
    assert.ok(d.schema.includes('PARTITION BY'), `${d.id}: no sql schema block`);
    assert.ok(d.examples.some((e) => !e.good), `${d.id}: no ❌ example`);
    assert.ok(d.examples.some((e) => e.good), `${d.id}: no ✅ example`);
  }
});

void test('❌ examples raise the rule, ✅ examples raise nothing', () => {
  for (const d of docs) {
    const catalog = catalogFromDdl(d.schema);
    assert.ok(catalog.tables().length > 0, `${d.id}: schema declares no partitioned table`);
    for (const e of d.examples) {
      const { findings, parseErrors } = checkSql(e.sql, catalog);
      assert.deepEqual(parseErrors, [], `${d.id} line ${e.line}: example does not parse`);
      const where = `${d.id}.md line ${e.line}: ${e.sql}\n${findings.map((f) => f.message).join('\n')}`;
      if (e.good) assert.equal(findings.length, 0, where);
      else assert.ok(findings.length > 0 && findings.every((f) => f.code === d.id), where);
    }
  }
});

void test('the doc examples agree with the PostgreSQL planner', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED, DOC EXAMPLES NOT CHECKED BY THE PLANNER: ' + skipped.join('; '));
    return;
  }
  // One server is enough here; test/planner.test.ts covers every version.
  const server = servers[servers.length - 1]!;
  for (const d of docs) {
    const db = await freshDatabase(server, 'ruledocs');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(d.schema);
      await client.query('COMMIT');
      const { rootOf, leaves } = await leafMap(client);
      for (const e of d.examples) {
        // Examples with `$n` need parameter values; the fixture cases cover them.
        if (/\$\d/.test(e.sql) || /^\s*INSERT\b[^;]*\bVALUES\b/i.test(e.sql)) continue;
        const kept = keptLeaves(await explainPlan(client, e.sql.replace(/;\s*$/, '')), rootOf);
        const whole = [...kept].filter(([k, s]) => s.size === leaves.get(k.split('|')[0]!)).map(([k]) => k);
        if (e.good) assert.deepEqual(whole, [], `${d.id}.md line ${e.line}: the plan scans every partition`);
        else assert.ok(whole.length > 0, `${d.id}.md line ${e.line}: the plan prunes, but the doc says it cannot`);
      }
    } finally {
      await client.end();
      await db.drop();
    }
  }
});
