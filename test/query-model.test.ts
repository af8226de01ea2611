/**
 * The shared query model (engine/query): what a host translator hands over is rendered to the
 * SQL an ORM sends and judged the same way for every language. Exact SQL, exact ranges (a
 * finding on a joined table lands on the join), alternatives, related locations and fix data;
 * every rendered statement is EXPLAINed on PostgreSQL 15 and 18 and the planner must agree.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import pg from 'pg';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, leafPartitions, type CatalogView } from '../server/src/engine/catalog/model';
import { loadEngine } from '../server/src/engine/index';
import { judgeRuns } from '../server/src/engine/query/judge';
import type { Pred, QueryModel, QueryRun, Shape, TableName } from '../server/src/engine/query/model';
import { renderQuery, runSql } from '../server/src/engine/query/render';
import { SqlText } from '../server/src/engine/query/sqltext';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import { planRelations } from './helpers/plan';

const DDL = `
CREATE TABLE campaigns (id bigint, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
CREATE TABLE campaigns_p0 PARTITION OF campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE campaigns_p1 PARTITION OF campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE leads (id bigint, campaign_id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2026_01 PARTITION OF leads FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE leads_2026_02 PARTITION OF leads FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE agent_outputs (id bigint, lead_id bigint, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE agent_outputs_2026_01 PARTITION OF agent_outputs FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE agent_outputs_2026_02 PARTITION OF agent_outputs FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE users (id bigint PRIMARY KEY, email text);
`;

const leads: TableName = { name: 'leads' };
const outputs: TableName = { name: 'agent_outputs' };
const campaigns: TableName = { name: 'campaigns' };
const users: TableName = { name: 'users' };

// Ranges in an imaginary host document: where the model, each join and the call are.
const AT_LEADS = { start: 10, end: 14 };
const AT_OUTPUTS = { start: 30, end: 43 };
const AT_CAMPAIGNS = { start: 50, end: 58 };

const eq = (table: TableName, column: string, alias?: string): Pred => ({ k: 'cmp', table, column, op: '=', n: 1, ...(alias ? { alias } : {}) });
const gte = (table: TableName, column: string, alias?: string): Pred => ({ k: 'cmp', table, column, op: '>=', n: 1, ...(alias ? { alias } : {}) });

function q(from: TableName, where: Pred[], extra: Partial<QueryModel> = {}): QueryModel {
  return { framework: 'knex', from: { table: from, at: AT_LEADS }, joins: [], where, ...extra };
}

function run(alternatives: QueryModel[], shape: Shape = { k: 'select' }, extra: Partial<QueryRun> = {}): QueryRun {
  return { alternatives, shape, state: 'executed', fix: { insertAt: 99, host: { model: 'Lead' } }, ...extra };
}

const withOutputs = (on: Pred[], where: Pred[]): QueryModel =>
  q(leads, where, { joins: [{ k: 'table', kind: 'INNER', table: outputs, alias: 'o', at: AT_OUTPUTS, on: [{ k: 'eqcol', a: { table: outputs, alias: 'o', column: 'lead_id' }, b: { table: leads, column: 'id' } }, ...on] }] });

/** Cases: a run, its exact SQL, and which tables the judge reports (by range). */
const CASES: { name: string; run: QueryRun; sql: string[]; flagged: { table: string; at: { start: number; end: number } }[] }[] = [
  {
    name: 'no key filter',
    run: run([q(leads, [eq(leads, 'company')])]),
    sql: ['SELECT "leads".* FROM "leads" WHERE "leads"."company" = $1'],
    flagged: [{ table: 'public.leads', at: AT_LEADS }],
  },
  {
    name: 'key filter',
    run: run([q(leads, [eq(leads, 'company'), gte(leads, 'created_at')])]),
    sql: ['SELECT "leads".* FROM "leads" WHERE "leads"."company" = $1 AND "leads"."created_at" >= $2'],
    flagged: [],
  },
  {
    name: 'joined partitioned table without its key: reported at the join',
    run: run([withOutputs([], [gte(leads, 'created_at')])]),
    sql: ['SELECT "leads".* FROM "leads" INNER JOIN "agent_outputs" AS "o" ON "o"."lead_id" = "leads"."id" WHERE "leads"."created_at" >= $1'],
    flagged: [{ table: 'public.agent_outputs', at: AT_OUTPUTS }],
  },
  {
    name: 'joined table with its key in the ON condition',
    run: run([withOutputs([gte(outputs, 'created_at', 'o')], [gte(leads, 'created_at')])]),
    sql: ['SELECT "leads".* FROM "leads" INNER JOIN "agent_outputs" AS "o" ON "o"."lead_id" = "leads"."id" AND "o"."created_at" >= $1 WHERE "leads"."created_at" >= $2'],
    flagged: [],
  },
  {
    name: 'alternatives: a path that runs without the key is reported',
    run: run([q(leads, [eq(leads, 'company')]), q(leads, [eq(leads, 'company'), gte(leads, 'created_at')])]),
    sql: ['SELECT "leads".* FROM "leads" WHERE "leads"."company" = $1', 'SELECT "leads".* FROM "leads" WHERE "leads"."company" = $1 AND "leads"."created_at" >= $2'],
    flagged: [{ table: 'public.leads', at: AT_LEADS }],
  },
  {
    name: 'alternatives: nothing when every path adds the key',
    run: run([q(leads, [gte(leads, 'created_at')]), q(leads, [eq(leads, 'company'), { k: 'cmp', table: leads, column: 'created_at', op: 'BETWEEN', n: 2 }])]),
    sql: ['SELECT "leads".* FROM "leads" WHERE "leads"."created_at" >= $1', 'SELECT "leads".* FROM "leads" WHERE "leads"."company" = $1 AND "leads"."created_at" BETWEEN $2 AND $3'],
    flagged: [],
  },
  {
    name: 'HASH key through IN',
    run: run([{ ...q(campaigns, [{ k: 'cmp', table: campaigns, column: 'user_id', op: 'IN', n: 3 }]), from: { table: campaigns, at: AT_CAMPAIGNS } }], { k: 'count' }),
    sql: ['SELECT COUNT(*) FROM "campaigns" WHERE "campaigns"."user_id" IN ($1, $2, $3)'],
    flagged: [],
  },
  {
    name: 'relation filter as EXISTS (a partitioned table inside the subquery is judged too)',
    run: run([
      q(users, [
        {
          k: 'exists',
          not: false,
          query: { framework: 'prisma', from: { table: leads, at: AT_LEADS }, joins: [], where: [{ k: 'eqcol', a: { table: leads, column: 'campaign_id' }, b: { table: users, column: 'id' } }, eq(leads, 'company')] },
        },
      ]),
    ]),
    sql: ['SELECT "users".* FROM "users" WHERE EXISTS (SELECT 1 AS one FROM "leads" WHERE "leads"."campaign_id" = "users"."id" AND "leads"."company" = $1 LIMIT 1)'],
    flagged: [{ table: 'public.leads', at: AT_LEADS }],
  },
  {
    name: 'joined DELETE through a primary-key subquery (ActiveRecord, Django)',
    run: run([withOutputs([], [eq(outputs, 'status', 'o'), gte(leads, 'created_at')])], { k: 'delete' }),
    sql: [
      'DELETE FROM "leads" WHERE "leads"."id" IN (SELECT "leads"."id" FROM "leads" INNER JOIN "agent_outputs" AS "o" ON "o"."lead_id" = "leads"."id" WHERE "o"."status" = $1 AND "leads"."created_at" >= $2)',
    ],
    // The outer DELETE finds its rows by primary key only: every partition of leads is scanned.
    flagged: [
      { table: 'public.leads', at: AT_LEADS },
      { table: 'public.agent_outputs', at: AT_OUTPUTS },
    ],
  },
  {
    name: 'joined UPDATE with FROM (knex, SQLAlchemy)',
    run: run([{ ...withOutputs([gte(outputs, 'created_at', 'o')], [gte(leads, 'created_at')]), joinedWrites: 'from' }], { k: 'update', set: ['company'] }),
    sql: ['UPDATE "leads" SET "company" = $1 FROM "agent_outputs" AS "o" WHERE "o"."lead_id" = "leads"."id" AND "o"."created_at" >= $2 AND "leads"."created_at" >= $3'],
    flagged: [],
  },
  {
    name: 'a CTE body without the key (PostgreSQL inlines it): reported at the CTE body\'s table',
    run: run([
      {
        framework: 'knex',
        from: { table: { name: 'acme' }, at: { start: 60, end: 64 } },
        joins: [],
        where: [],
        with: [{ name: 'acme', query: q(leads, [eq(leads, 'company')]) }],
      },
    ]),
    sql: ['WITH "acme" AS (SELECT "leads".* FROM "leads" WHERE "leads"."company" = $1) SELECT "acme".* FROM "acme"'],
    flagged: [{ table: 'public.leads', at: AT_LEADS }],
  },
  {
    name: 'a string condition the user wrote maps character by character',
    run: run([q(leads, [{ k: 'raw', sql: new SqlText({ start: 70, end: 90 }).verbatim('created_at >= now()', 70), tables: [leads] }])]),
    sql: ['SELECT "leads".* FROM "leads" WHERE (created_at >= now())'],
    flagged: [],
  },
];

let catalog: CatalogView;

void describe('shared query model', () => {
  before(async () => {
    await loadEngine();
    catalog = new CatalogSnapshot(tablesFromSql(DDL, { file: 'schema.sql' }).tables);
  });

  for (const c of CASES) {
    void it(`${c.name}: SQL and findings`, () => {
      assert.deepEqual(runSql(c.run), c.sql);
      const found = judgeRuns([c.run], catalog, undefined, { language: 'typescript' }).map((f) => ({ table: f.table, at: { start: f.start, end: f.end } }));
      assert.deepEqual(found, c.flagged);
    });
  }

  void it('a finding carries the run provenance, the judged statement and fix data for the main table only', () => {
    const related = [{ kind: 'here' as const, start: 1, end: 5, message: 'created here' }];
    const r = run([withOutputs([], [eq(leads, 'company')])], { k: 'select' }, { related, state: 'escapes' });
    const fs = judgeRuns([r], catalog, undefined, { language: 'ruby', advice: () => 'Add .where(created_at: …).' });
    assert.equal(fs.length, 2);
    const main = fs.find((f) => f.start === AT_LEADS.start)!;
    const join = fs.find((f) => f.start === AT_OUTPUTS.start)!;
    assert.deepEqual(main.related, related);
    assert.deepEqual(join.related, related);
    assert.equal(main.fix?.host?.insertAt, 99);
    assert.equal(join.fix?.host?.insertAt, undefined);
    assert.deepEqual(main.fix?.keyColumns, ['created_at']);
    assert.equal(main.fix?.language, 'ruby');
    assert.match(main.message, /Add \.where\(created_at: …\)\.$/);
    assert.doesNotMatch(join.message, /Add \.where/);
    assert.equal(main.statement, runSql(r)[0]);
  });

  void it('the same place reached through several runs is reported once; `also` statements are judged', () => {
    const base = run([q(leads, [eq(leads, 'company')])]);
    const eager = run([{ framework: 'objection', from: { table: outputs, at: AT_OUTPUTS }, joins: [], where: [{ k: 'cmp', table: outputs, column: 'lead_id', op: 'IN', n: 2 }] }]);
    const fs = judgeRuns([base, { ...base, also: [eager] }], catalog, undefined, { language: 'typescript' });
    assert.deepEqual(
      fs.map((f) => [f.table, f.start]),
      [
        ['public.leads', AT_LEADS.start],
        ['public.agent_outputs', AT_OUTPUTS.start],
      ],
    );
  });

  void it('EXPLAIN on PostgreSQL: every rendered statement is valid, and findings agree with the planner', async (t) => {
    const { servers, skipped } = await pgServers();
    if (servers.length === 0) {
      t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
      return;
    }
    for (const server of servers as PgServer[]) {
      const fresh = await freshDatabase(server, 'qmodel');
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      const mismatches: string[] = [];
      try {
        await client.query(DDL);
        await client.query("SET plan_cache_mode = 'force_custom_plan'");
        for (const c of CASES) {
          for (const alt of c.run.alternatives) {
            const sql = renderQuery(alt, c.run.shape).toString();
            // NULLs would prune everything: a value of each compared column's type keeps plans honest.
            const values = (sql.match(/\$\d+/g) ?? []).map((_, i) => paramValue(sql, i + 1));
            await client.query('BEGIN');
            try {
              const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sql}`, values);
              const rels = planRelations(res.rows[0]!['QUERY PLAN']);
              for (const table of [leads, outputs, campaigns]) {
                const pt = catalog.lookup(undefined, table.name)!;
                const leaves = leafPartitions(pt.partitions).map((p) => p.name);
                if (!leaves.some((l) => rels.has(l))) continue;
                const allKept = leaves.every((l) => rels.has(l));
                const flagged = c.flagged.some((f) => f.table === `public.${table.name}`);
                // Alternatives are judged together; a single-alternative case must agree exactly.
                if (c.run.alternatives.length === 1 && allKept !== flagged) mismatches.push(`${c.name} (PG ${server.major}): planner keeps ${allKept ? 'every' : 'not every'} leaf of ${table.name}\n  ${sql}`);
              }
            } finally {
              await client.query('ROLLBACK');
            }
          }
        }
      } finally {
        await client.end();
        await fresh.drop();
      }
      assert.deepEqual(mismatches, []);
    }
  });
});

/** A parameter value of the right type for the column it is compared with. */
function paramValue(sql: string, n: number): string {
  const before = sql.slice(0, new RegExp(`\\$${n}\\b`).exec(sql)?.index ?? 0);
  const column = [...before.matchAll(/"(\w+)"/g)].at(-1)?.[1] ?? '';
  if (column === 'created_at') return '2026-02-10';
  if (column.endsWith('id')) return '1';
  return 'x';
}

