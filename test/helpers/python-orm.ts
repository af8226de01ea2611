// Shared by the Python host's real-ORM tests: the SQL the real Django/SQLAlchemy compiles for a
// case, EXPLAINed on every test server, must agree with our verdict on the same query written in Python.
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { checkSql } from '../../server/src/engine/analysis/index';
import { leafPartitions, type CatalogView } from '../../server/src/engine/catalog/model';
import { freshDatabase, type pgServers } from './db';
import { planRelations } from './plan';

export const PYTHON = '/usr/bin/python3';

export interface Case {
  readonly id: string;
  /** A lazy queryset / statement expression, valid for the real ORM and for our translator. */
  readonly expr: string;
  /** What the real ORM compiles instead (a prefetch query Django runs on its own), when it differs. */
  readonly orm?: string;
  /** How many statements our translator sees (1 unless a prefetch adds one). */
  readonly statements?: number;
  /** Our side as a function body, when the query is not one expression (an instance fetched, then written). */
  readonly body?: string;
}

export interface OrmSql {
  id: string;
  sql?: string;
  params?: unknown[];
  error?: string;
}

export function pythonHas(module: string): string | undefined {
  const r = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
  if (r.error) return `${PYTHON} not runnable: ${r.error.message}`;
  return r.status === 0 ? undefined : r.stderr.trim().split('\n').at(-1);
}

export function ormSql(script: string, cases: Case[]): OrmSql[] {
  const r = spawnSync(PYTHON, [script], { input: JSON.stringify(cases.map((c) => ({ id: c.id, expr: c.orm ?? c.expr }))), encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as OrmSql[];
}

/** `%s` → `$n` (psycopg's format style); `%%` → `%`. */
export function dollarParams(sql: string): string {
  let n = 0;
  return sql.replace(/%%|%s/g, (m) => (m === '%%' ? '%' : `$${++n}`));
}


export async function agree(
  t: TestContext,
  opts: { servers: ReturnType<typeof pgServers>; cases: Case[]; results: OrmSql[]; ddl: string[]; catalog: CatalogView; verdict: (c: Case) => { codes: string[]; tables: string[]; translated: number } },
): Promise<void> {
  const { servers, skipped } = await opts.servers;
  if (servers.length === 0) {
    t.skip(`NO POSTGRESQL SERVER COULD BE STARTED: ${skipped.join('; ')}`);
    return;
  }
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  for (const server of servers) {
    const db = await freshDatabase(server, 'pyorm');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const d of opts.ddl) await client.query(d);
      let flagged = 0;
      for (const c of opts.cases) {
        const r = opts.results.find((x) => x.id === c.id)!;
        assert.ok(r.sql, `${c.id}: the ORM did not compile it: ${r.error}`);
        const sql = dollarParams(r.sql);
        const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, r.params);
        const scanned = planRelations(rows[0]!['QUERY PLAN']);
        // Every partitioned table the statement reads is judged: the planner "keeps all" of a table
        // when every leaf partition of it is in the plan.
        const inSql = opts.catalog.tables().filter((tb) => new RegExp(`(?<![\\w$])"?${tb.name}"?(?![\\w$])`).test(sql));
        assert.ok(inSql.length > 0, `${c.id}: no partitioned table in ${sql}`);
        const keptAllTables = inSql.filter((tb) => leafPartitions(tb.partitions).every((p) => scanned.has(p.name))).map((tb) => `${tb.schema}.${tb.name}`).sort();
        const keptAll = keptAllTables.length > 0;
        const ours = opts.verdict(c);
        if (ours.codes.length > 0) flagged++;
        assert.equal(ours.translated, c.statements ?? 1, `${c.id}: our translator must see exactly ${c.statements ?? 1} statement(s)`);
        assert.equal(
          ours.codes.length > 0,
          keptAll,
          `PG ${server.major} ${c.id}: planner kept every partition of ${JSON.stringify(keptAllTables)}, we said ${JSON.stringify(ours.codes)}\n${r.sql}`,
        );
        assert.deepEqual([...new Set(ours.tables)].sort(), keptAllTables, `PG ${server.major} ${c.id}: flagged tables differ from the planner's\n${r.sql}`);
        // The analysis of the ORM's own SQL gives the same codes as our translation.
        const theirs = checkSql(sql, opts.catalog).findings;
        // Compared per table: the ORM's `WHERE pk IN (SELECT pk FROM t U0 …)` names a table twice, our translation once.
        const uniq = (xs: readonly string[]): string[] => [...new Set(xs)].sort();
        assert.deepEqual(uniq(ours.codes), uniq(theirs.map((f) => f.code)), `${c.id}: verdict on our SQL differs from verdict on the ORM's SQL\n${r.sql}`);
        assert.deepEqual(uniq(ours.tables), uniq(theirs.map((f) => f.table)), `${c.id}: tables flagged on our SQL differ from those on the ORM's SQL\n${r.sql}`);
      }
      t.diagnostic(`PostgreSQL ${server.major}: ${opts.cases.length} queries agree with the planner (${flagged} flagged, ${opts.cases.length - flagged} pruned)`);
      // Both outcomes must be exercised, or the agreement proves little.
      assert.ok(flagged > 3 && opts.cases.length - flagged > 3);
    } finally {
      await client.end();
      await db.drop();
    }
  }
}

