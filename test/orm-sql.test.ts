// The real ORMs against the real planner: for every fixture query marked `// case:<id>` in
// test/fixtures/ts-app/src/queries, the same query is built with the real ORM (knex `.toSQL()`,
// drizzle `.toSQL()`, kysely `.compile()`, Sequelize's own generated SQL), EXPLAINed on a
// throwaway PostgreSQL loaded with the fixture schema, and the module's verdict for that source
// line (a finding or none) must agree with the planner (every leaf partition kept or not).
//
// Prisma cannot run here (its query engine downloads platform binaries): its cases use the SQL
// shape Prisma documents and logs (`"public"."leads"."created_at" >= $1` inside `WHERE (…)`).
// Objection and TypeORM run for real without a connection (see their helpers below).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import knexFactory from 'knex';
import { and, between, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql as ksql } from 'kysely';
import { DataTypes, Model, Op, Sequelize } from 'sequelize';
import pg from 'pg';
import 'reflect-metadata';
import { Between, DataSource, EntitySchema, In, LessThan, MoreThanOrEqual, Raw, SelectQueryBuilder } from 'typeorm';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { leafPartitions, type CatalogSnapshot } from '../server/src/engine/catalog/model';
import { LineIndex } from '../server/src/engine/finding';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { hostFor } from '../server/src/engine/host/index';
import * as schema from './fixtures/ts-app/src/db/schema';
import { OLead, OOutput } from './fixtures/ts-app/src/models/objection';
import { LeadFinder } from './fixtures/ts-app/src/repos/objection-finder';
import * as locals from './fixtures/ts-app/src/queries/locals';
import { LeadReports } from './fixtures/ts-app/src/queries/locals-typeorm';
import { db as repoDb, inMonth, leadsOfCompany, ofUser, outputsSince } from './fixtures/ts-app/src/repos/knex-repo';
import { planRelations } from './helpers/plan';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'ts-app');
const { leads, agentOutputs, campaigns } = schema;

// Literal values select a narrow range, so that a prunable predicate really removes partitions.
const from = new Date('2024-03-05T00:00:00Z');
const to = new Date('2024-06-20T00:00:00Z');
const userId = 42;

interface Built {
  readonly sql: string;
  readonly params: readonly unknown[];
}

// ------------------------------------------------------------------------------------------
// The ORMs, offline.

const knex = knexFactory({ client: 'pg' });
const kx = (q: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }): Built => {
  const n = q.toSQL().toNative();
  return { sql: n.sql, params: n.bindings };
};

const db = drizzle.mock({ schema });
const dz = (q: { toSQL(): { sql: string; params: unknown[] } }): Built => {
  const s = q.toSQL();
  return { sql: s.sql, params: s.params };
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kysely = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const ky = (q: { compile(): { sql: string; parameters: readonly unknown[] } }): Built => {
  const c = q.compile();
  return { sql: c.sql, params: c.parameters };
};

// Sequelize without a connection: every query goes through `sequelize.query`, which we replace
// to record the SQL it generated (values are inlined as escaped literals by Sequelize itself).
const sequelize = new Sequelize('postgres://nobody:none@127.0.0.1:1/none', { dialect: 'postgres', logging: false });
const captured: Built[] = [];
(sequelize as unknown as { query: (s: string | { query: string; bind?: unknown[] }) => Promise<unknown> }).query = async (s) => {
  // Sequelize passes plain SQL, or `{ query, bind }` when it binds values (UPDATE … SET).
  captured.push(typeof s === 'string' ? { sql: s, params: [] } : { sql: s.query, params: s.bind ?? [] });
  return [];
};
const SLead = sequelize.define('Lead', { company: DataTypes.TEXT, userId: DataTypes.BIGINT, status: DataTypes.TEXT }, { underscored: true, updatedAt: false });
class SAgentOutput extends Model {}
SAgentOutput.init(
  { kind: DataTypes.TEXT, leadId: { type: DataTypes.BIGINT, field: 'lead_id' }, createdAt: { type: DataTypes.DATE, field: 'created_at' } },
  { sequelize, tableName: 'agent_outputs', updatedAt: false, modelName: 'AgentOutput' },
);
SLead.hasMany(SAgentOutput, { foreignKey: { name: 'leadId', field: 'lead_id' } });
const SCampaign = sequelize.define('Campaign', { userId: { type: DataTypes.BIGINT, field: 'user_id' }, name: DataTypes.TEXT }, { tableName: 'campaigns', timestamps: false });
SCampaign.hasMany(SLead, { foreignKey: 'userId', sourceKey: 'userId' });
const sq = async (run: () => Promise<unknown>): Promise<Built> => {
  captured.length = 0;
  try {
    await run();
  } catch {
    // Result processing of the empty fake result may fail; the SQL is already recorded.
  }
  const s = captured.find((c) => /^(SELECT|UPDATE|DELETE)/i.test(c.sql));
  assert.ok(s, 'Sequelize generated a statement');
  return s;
};

// Objection on the same offline knex. Column lists (which `withGraphJoined` selects) are given
// instead of being read from a database; every statement Objection runs is recorded by the
// knex client before it asks for a connection (there is none), so eager fetches are seen too.
for (const [m, columns] of [
  [OLead, ['id', 'company', 'user_id', 'status', 'created_at']],
  [OOutput, ['id', 'lead_id', 'kind', 'created_at']],
] as const) {
  m.knex(knex);
  (m as unknown as { tableMetadata: () => { columns: readonly string[] } }).tableMetadata = () => ({ columns });
}
const ob = (q: { toKnexQuery(): { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } } }): Built => kx(q.toKnexQuery());
const objectionRuns = async (run: () => PromiseLike<unknown>): Promise<Built[]> => {
  const client = knex.client as unknown as { runner: (b: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }) => unknown };
  const original = client.runner;
  const seen: Built[] = [];
  client.runner = (b) => {
    const n = b.toSQL().toNative();
    seen.push({ sql: n.sql, params: n.bindings });
    return original.call(client, b);
  };
  try {
    await run();
  } catch {
    // No connection: the statement was recorded before the driver was asked for one.
  } finally {
    client.runner = original;
  }
  return seen;
};

// TypeORM without a connection: entity metadata is built from schemas (the fixture's decorators
// need a decorator-aware compiler), then each query gives the SQL and parameters it would send.
// `find(options)` is `createQueryBuilder(<entity name>).setFindOptions(options)` in TypeORM itself.
const TLead = new EntitySchema<Record<string, unknown>>({
  name: 'Lead',
  tableName: 'leads',
  columns: { id: { type: 'bigint', primary: true }, company: { type: 'text', nullable: true }, createdAt: { type: 'timestamptz', name: 'created_at', createDate: true } },
  relations: { outputs: { type: 'one-to-many', target: 'AgentOutput', inverseSide: 'lead' } },
});
const TOutput = new EntitySchema<Record<string, unknown>>({
  name: 'AgentOutput',
  tableName: 'agent_outputs',
  schema: 'public',
  columns: { id: { type: 'bigint', primary: true }, leadId: { type: 'bigint', name: 'lead_id' }, createdAt: { type: 'timestamptz', name: 'created_at' } },
  relations: { lead: { type: 'many-to-one', target: 'Lead', joinColumn: { name: 'lead_id' } } },
});
const typeorm = new DataSource({ type: 'postgres', entities: [TLead, TOutput] });
let typeormReady: Promise<void> | undefined;
const tq = async (q: (ds: DataSource) => { getQueryAndParameters(): [string, unknown[]] }): Promise<Built> => {
  typeormReady ??= (typeorm as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  await typeormReady;
  const [sql, params] = q(typeorm).getQueryAndParameters();
  return { sql, params };
};

// Functions that run their builders (queries/locals.ts): the last statement each one sends.
// Knex statements are recorded by the runner (see objectionRuns), Kysely's by its log hook on
// the dummy driver, Drizzle's by its logger before the missing connection fails.
const lastRun = async (runs: Promise<Built[]>): Promise<Built> => {
  const all = await runs;
  assert.ok(all.length > 0, 'the function ran a statement');
  return all[all.length - 1]!;
};
const knexRun = (run: () => PromiseLike<unknown>): Promise<Built> => lastRun(objectionRuns(run));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kyselyRun = async (run: (k: Kysely<any>) => PromiseLike<unknown>): Promise<Built> => {
  const seen: Built[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const logged = new Kysely<any>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (e) => {
      seen.push({ sql: e.query.sql, params: e.query.parameters });
    },
  });
  await run(logged);
  return lastRun(Promise.resolve(seen));
};
const drizzleRun = async (run: (d: never) => PromiseLike<unknown>): Promise<Built> => {
  const seen: Built[] = [];
  const logged = drizzle.mock({ schema, logger: { logQuery: (q: string, params: unknown[]) => void seen.push({ sql: q, params }) } });
  try {
    await run(logged as never);
  } catch {
    // No connection: the statement was logged before the driver was asked for one.
  }
  return lastRun(Promise.resolve(seen));
};

// A TypeORM service method run for real: getMany() records the builder's SQL instead of connecting.
const typeormRun = async (run: (reports: LeadReports) => PromiseLike<unknown>): Promise<Built> => {
  typeormReady ??= (typeorm as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  await typeormReady;
  const seen: Built[] = [];
  const proto = SelectQueryBuilder.prototype as unknown as { getMany: () => Promise<unknown[]> };
  const original = proto.getMany;
  proto.getMany = async function (this: SelectQueryBuilder<object>) {
    const [q, params] = this.getQueryAndParameters();
    seen.push({ sql: q, params });
    return [];
  };
  try {
    await run(new LeadReports(typeorm.getRepository('Lead') as never));
  } finally {
    proto.getMany = original;
  }
  return lastRun(Promise.resolve(seen));
};

const doc = (s: string, ...params: unknown[]): Built => ({ sql: s, params });
const P = '"public"."leads"';
const PA = '"public"."agent_outputs"';
const PC = '"public"."campaigns"';

/** Case id → table whose leaves are counted → the SQL the ORM sends. */
const CASES: Record<string, { table: string; build: () => Built | Promise<Built> }> = {
  // Prisma (documented shape; see the header).
  'prisma-company': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE ${P}."company" = $1 OFFSET $2`, 'Microsoft', 0) },
  'prisma-gte': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."company" = $1 AND ${P}."created_at" >= $2) OFFSET $3`, 'Microsoft', from, 0) },
  'prisma-gte-lt': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 AND ${P}."created_at" < $2) OFFSET $3`, from, to, 0) },
  'prisma-or': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 OR ${P}."company" = $2) LIMIT $3 OFFSET $4`, from, 'x', 1, 0) },
  'prisma-or-both': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 OR ${P}."created_at" < $2) OFFSET $3`, from, new Date('2024-01-10T00:00:00Z'), 0) },
  'prisma-not': { table: 'leads', build: () => doc(`SELECT COUNT(*) FROM (SELECT ${P}."id" FROM ${P} WHERE ${P}."created_at" <> $1 OFFSET $2) AS "sub"`, from, 0) },
  'prisma-and': { table: 'leads', build: () => doc(`DELETE FROM ${P} WHERE (${P}."status" = $1 AND ${P}."created_at" <= $2)`, 'NEW', from) },
  'prisma-compound': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."id" = $1 AND ${P}."created_at" = $2) LIMIT $3 OFFSET $4`, 1, from, 1, 0) },
  'prisma-agent-output': { table: 'agent_outputs', build: () => doc(`SELECT ${PA}."id" FROM ${PA} WHERE ${PA}."lead_id" = $1 OFFSET $2`, 5, 0) },
  'prisma-in': { table: 'agent_outputs', build: () => doc(`UPDATE ${PA} SET "kind" = $1 WHERE ${PA}."created_at" IN ($2,$3)`, 'x', from, to) },
  'prisma-hash-eq': { table: 'campaigns', build: () => doc(`SELECT ${PC}."id" FROM ${PC} WHERE ${PC}."user_id" = $1 OFFSET $2`, userId, 0) },
  'prisma-hash-range': { table: 'campaigns', build: () => doc(`SELECT ${PC}."id" FROM ${PC} WHERE ${PC}."user_id" >= $1 OFFSET $2`, userId, 0) },
  'prisma-no-args': { table: 'leads', build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE 1=1 OFFSET $1`, 0) },
  'prisma-aggregate': { table: 'leads', build: () => doc(`SELECT COUNT(*) FROM (SELECT ${P}."id" FROM ${P} WHERE 1=1 OFFSET $1) AS "sub"`, 0) },
  'prisma-not-block': { table: 'leads', build: () => doc(`SELECT ${P}."status", COUNT(*) FROM ${P} WHERE (NOT ${P}."created_at" < $1) GROUP BY ${P}."status" OFFSET $2`, from, 0) },
  'prisma-some-missing': {
    table: 'agent_outputs',
    build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 AND (${P}."id", ${P}."created_at") IN (SELECT "t1"."lead_id", "t1"."created_at" FROM ${PA} AS "t1" WHERE ("t1"."kind" = $2 AND "t1"."lead_id" IS NOT NULL AND "t1"."created_at" IS NOT NULL))) OFFSET $3`, from, 'x', 0),
  },
  'prisma-some-gte': {
    table: 'agent_outputs',
    build: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 AND (${P}."id", ${P}."created_at") IN (SELECT "t1"."lead_id", "t1"."created_at" FROM ${PA} AS "t1" WHERE ("t1"."kind" = $2 AND "t1"."created_at" >= $3 AND "t1"."lead_id" IS NOT NULL AND "t1"."created_at" IS NOT NULL))) OFFSET $4`, from, 'x', from, 0),
  },
  // Nested reads: a second statement on the relation's table by the (composite) foreign key.
  'prisma-include-fk': { table: 'agent_outputs', build: () => doc(`SELECT ${PA}."id", ${PA}."lead_id", ${PA}."created_at" FROM ${PA} WHERE (${PA}."lead_id", ${PA}."created_at") IN (($1,$2)) OFFSET $3`, 7, from, 0) },
  'prisma-include-parent': { table: 'leads', build: () => doc(`SELECT ${P}."id", ${P}."created_at" FROM ${P} WHERE (${P}."id", ${P}."created_at") IN (($1,$2)) OFFSET $3`, 7, from, 0) },
  'prisma-raw': { table: 'leads', build: () => doc('SELECT * FROM leads WHERE company = $1', 'x') },

  // Knex.
  'knex-company': { table: 'leads', build: () => kx(knex('leads').where('company', 'Microsoft')) },
  'knex-gte': { table: 'leads', build: () => kx(knex('leads').where('company', 'Microsoft').where('created_at', '>=', from)) },
  'knex-and-lt': { table: 'leads', build: () => kx(knex('leads').where({ company: 'x' }).andWhere('created_at', '<', to).first()) },
  'knex-between': { table: 'leads', build: () => kx(knex('leads').whereBetween('created_at', [from, to]).update({ status: 'WON' })) },
  'knex-or': { table: 'leads', build: () => kx(knex('leads').where('created_at', '>=', from).orWhere('company', 'x')) },
  'knex-in': { table: 'leads', build: () => kx(knex('leads').whereIn('created_at', [from, to]).del()) },
  'knex-raw-fn': { table: 'leads', build: () => kx(knex('leads').whereRaw("date_trunc('day', created_at) = ?", [from])) },
  'knex-raw': { table: 'leads', build: () => kx(knex('leads').whereRaw('created_at >= ?', [from])) },
  'knex-from': { table: 'agent_outputs', build: () => kx(knex.select('id').from('agent_outputs').where('lead_id', 5)) },
  'knex-hash-eq': { table: 'campaigns', build: () => kx(knex('campaigns').where('user_id', userId).count()) },
  'knex-hash-in': { table: 'campaigns', build: () => kx(knex('campaigns').whereIn('user_id', [1, 2, 3])) },
  'knex-group': {
    table: 'leads',
    build: () =>
      kx(
        knex('leads as l')
          .where('l.company', 'x')
          .where((qb) => {
            void qb.where('l.created_at', '>=', from).orWhere('l.created_at', '<', new Date('2024-01-10T00:00:00Z'));
          }),
      ),
  },
  'knex-group-or': {
    table: 'leads',
    build: () =>
      kx(
        knex('leads').where((qb) => {
          void qb.where('created_at', '>=', from).orWhere('company', 'x');
        }),
      ),
  },
  'knex-join-missing': { table: 'agent_outputs', build: () => kx(knex('leads as l').join('agent_outputs as o', 'o.lead_id', 'l.id').where('l.created_at', '>=', from)) },
  'knex-join-gte': { table: 'agent_outputs', build: () => kx(knex('leads as l').join('agent_outputs as o', 'o.lead_id', 'l.id').where('l.created_at', '>=', from).where('o.created_at', '>=', from)) },
  'knex-subquery': { table: 'leads', build: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where('company', 'x')).where('created_at', '>=', from)) },
  'knex-subquery-gte': {
    table: 'leads',
    build: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where('company', 'x').where('created_at', '>=', from)).where('created_at', '>=', from)),
  },
  'knex-cte': { table: 'leads', build: () => kx(knex.with('acme', knex('leads').select('id', 'status').where('company', 'x')).select('status').from('acme')) },
  'knex-cte-gte': { table: 'leads', build: () => kx(knex.with('recent', knex('leads').select('id', 'status').where('created_at', '>=', from)).select('status').from('recent')) },
  'knex-null': { table: 'leads', build: () => kx(knex('leads').whereNull('created_at')) },

  // Builders returned from functions of repos/knex-repo.ts, refined by the caller or by helpers.
  'follow-company': { table: 'leads', build: () => kx(leadsOfCompany('Microsoft')) },
  'follow-company-gte': { table: 'leads', build: () => kx(leadsOfCompany('Microsoft').where('created_at', '>=', from)) },
  'follow-outputs': { table: 'agent_outputs', build: () => kx(outputsSince(from).where('lead_id', 5)) },
  'follow-outputs-or': { table: 'agent_outputs', build: () => kx(outputsSince(from).orWhere('kind', 'x')) },
  'follow-helper-key': { table: 'leads', build: () => kx(inMonth(repoDb('leads').where('company', 'x'), from, to)) },
  'follow-helper-no-key': { table: 'leads', build: () => kx(ofUser(repoDb('leads').where('company', 'x'), userId)) },
  'follow-helper-hash': { table: 'campaigns', build: () => kx(ofUser(repoDb('campaigns'), userId)) },
  'follow-nested': { table: 'leads', build: () => kx(inMonth(leadsOfCompany('x'), from, to).first()) },

  // Builders in local variables (queries/locals.ts), refined on some paths and by helpers.
  'local-knex-helper-no-key': { table: 'leads', build: () => knexRun(() => locals.knexHelperNoKey(knex, 'x', 'NEW')) },
  'local-knex-helper-key': { table: 'leads', build: () => knexRun(() => locals.knexHelperKey(knex, 'x', from, to)) },
  // The key is added on some paths only: the SQL of a path without it (which the module reports).
  'local-knex-helper-maybe-key': { table: 'leads', build: () => knexRun(() => locals.knexHelperMaybeKey(knex, 'x', {})) },
  'local-knex-if-maybe-key': { table: 'leads', build: () => knexRun(() => locals.knexIfKey(knex, 'x')) },
  'local-knex-if-no-key': { table: 'leads', build: () => knexRun(() => locals.knexIfNoKey(knex, 'x', 'NEW')) },
  'local-knex-mutated': { table: 'leads', build: () => knexRun(() => locals.knexMutated(knex, 'x', from)) },
  'local-knex-cloned-count': { table: 'agent_outputs', build: async () => (await objectionRuns(() => locals.knexCloned(knex, 'x')))[0]! },
  'local-knex-cloned': { table: 'agent_outputs', build: () => knexRun(() => locals.knexCloned(knex, 'x')) },
  'local-knex-early-return': { table: 'leads', build: () => knexRun(() => locals.knexEarlyReturn(knex, 'x', from)) },
  'local-knex-ternary-helper': { table: 'leads', build: () => knexRun(() => locals.knexTernaryHelper(knex, 'x')) },
  'local-kysely-discarded': { table: 'leads', build: () => kyselyRun((k) => locals.kyselyDiscarded(k, 'x', from)) },
  'local-kysely-reassigned': { table: 'leads', build: () => kyselyRun((k) => locals.kyselyReassigned(k, 'x')) },
  'local-drizzle-mutated': { table: 'leads', build: () => drizzleRun((d) => locals.drizzleDynamic(d, 'x', from)) },
  'local-drizzle-replaced': { table: 'leads', build: () => drizzleRun((d) => locals.drizzleReplaced(d, 'x', from)) },

  'typeorm-local-join-missing': { table: 'agent_outputs', build: () => typeormRun((r) => r.outputsOf(from, 'x')) },
  'typeorm-local-join-key': { table: 'agent_outputs', build: () => typeormRun((r) => r.outputsSince(from, 'x')) },
  'typeorm-local-where-replaced': { table: 'leads', build: () => typeormRun((r) => r.replaced(from, 'x')) },

  // Objection.js.
  'objection-company': { table: 'leads', build: () => ob(OLead.query().where('company', 'Microsoft')) },
  'objection-gte': { table: 'leads', build: () => ob(OLead.query().where('company', 'Microsoft').where('created_at', '>=', from)) },
  'objection-find-by-id': { table: 'leads', build: () => ob(OLead.query().findById(7)) },
  'objection-between': { table: 'leads', build: () => ob(OLead.query().whereBetween('created_at', [from, to]).first()) },
  'objection-or': { table: 'leads', build: () => ob(OLead.query().where('created_at', '>=', from).orWhere('status', 'NEW')) },
  'objection-fetched': {
    table: 'agent_outputs',
    build: async () => {
      // The parent query is answered without the database; the eager fetch of `outputs` is the second statement.
      const runs = await objectionRuns(() => OLead.query().where('created_at', '>=', from).withGraphFetched('outputs').resolve([OLead.fromJson({ id: 7 })]));
      const s = runs.find((r) => /from "agent_outputs"/.test(r.sql));
      assert.ok(s, 'Objection fetched the relation');
      return s;
    },
  },
  'objection-joined': { table: 'agent_outputs', build: () => ob(OLead.query().withGraphJoined('outputs').where('leads.created_at', '>=', from).where('outputs.created_at', '>=', from)) },
  'objection-joined-missing': { table: 'agent_outputs', build: () => ob(OLead.query().withGraphJoined('outputs').where('leads.created_at', '>=', from)) },
  'objection-modify-key': { table: 'leads', build: () => ob(OLead.query().modify('recent')) },
  'objection-modify-missing': { table: 'leads', build: () => ob(OLead.query().modify('microsoft')) },
  'objection-static-method': { table: 'leads', build: () => ob(OLead.ofCompany('x')) },
  'objection-static-method-gte': { table: 'leads', build: () => ob(OLead.ofCompany('x').where('created_at', '>=', from)) },
  'objection-service-instance': { table: 'leads', build: () => ob(new LeadFinder().forCompany('x')) },
  // resultSize() counts with the same conditions (`select count(*) from (…)`).
  'objection-service-instance-gte': { table: 'leads', build: () => ob(new LeadFinder().forCompany('x').where('created_at', '>=', from)) },
  'objection-instance-related': { table: 'agent_outputs', build: () => ob(OLead.fromJson({ id: 7 }).$relatedQuery('outputs').orderBy('created_at', 'desc')) },
  'objection-instance-related-gte': { table: 'agent_outputs', build: () => ob(OLead.fromJson({ id: 7 }).$relatedQuery('outputs').where('created_at', '>=', from)) },
  'objection-related': { table: 'agent_outputs', build: () => ob(OLead.relatedQuery('outputs').for(7)) },

  // Drizzle.
  'drizzle-company': { table: 'leads', build: () => dz(db.select().from(leads).where(eq(leads.company, 'Microsoft'))) },
  'drizzle-and-gte': { table: 'leads', build: () => dz(db.select().from(leads).where(and(eq(leads.company, 'Microsoft'), gte(leads.createdAt, from)))) },
  'drizzle-between': { table: 'leads', build: () => dz(db.select().from(leads).where(between(leads.createdAt, from, to))) },
  'drizzle-or': { table: 'leads', build: () => dz(db.select().from(leads).where(or(gte(leads.createdAt, from), eq(leads.company, 'x')))) },
  'drizzle-in': { table: 'leads', build: () => dz(db.select().from(leads).where(inArray(leads.createdAt, [from, to]))) },
  'drizzle-sql-cast': { table: 'leads', build: () => dz(db.select().from(leads).where(sql`${leads.createdAt}::date = ${from}`)) },
  'drizzle-sql-now': { table: 'leads', build: () => dz(db.select().from(leads).where(sql`${leads.createdAt} >= now() - interval '7 days'`)) },
  'drizzle-update': { table: 'leads', build: () => dz(db.update(leads).set({ status: 'WON' }).where(lt(leads.createdAt, to))) },
  'drizzle-delete': { table: 'agent_outputs', build: () => dz(db.delete(agentOutputs).where(eq(agentOutputs.leadId, 5))) },
  'drizzle-hash-eq': { table: 'campaigns', build: () => dz(db.select().from(campaigns).where(eq(campaigns.userId, userId))) },
  'drizzle-hash-none': { table: 'campaigns', build: () => dz(db.select().from(campaigns)) },
  'drizzle-join-missing': { table: 'agent_outputs', build: () => dz(db.select().from(leads).innerJoin(agentOutputs, eq(agentOutputs.leadId, leads.id)).where(gte(leads.createdAt, from))) },
  'drizzle-join-on-gte': {
    table: 'agent_outputs',
    build: () => dz(db.select().from(leads).leftJoin(agentOutputs, and(eq(agentOutputs.leadId, leads.id), gte(agentOutputs.createdAt, from))).where(gte(leads.createdAt, from))),
  },
  'drizzle-with-missing': { table: 'agent_outputs', build: () => dz(db.query.leads.findMany({ where: (t, { gte: g }) => g(t.createdAt, from), with: { outputs: true } })) },
  'drizzle-with-where': {
    table: 'agent_outputs',
    build: () => dz(db.query.leads.findMany({ where: (t, { gte: g }) => g(t.createdAt, from), with: { outputs: { where: (o, { gte: g }) => g(o.createdAt, from) } } })),
  },
  'drizzle-rqb': { table: 'leads', build: () => dz(db.query.leads.findMany({ where: (t, { eq: equals }) => equals(t.company, 'x') })) },

  // Kysely.
  'kysely-company': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().where('company', '=', 'Microsoft')) },
  'kysely-gte': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().where('company', '=', 'x').where('created_at', '>=', from)) },
  'kysely-or': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().where((eb) => eb.or([eb('created_at', '>=', from), eb('company', '=', 'x')]))) },
  'kysely-and': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().where((eb) => eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)]))) },
  'kysely-update': { table: 'agent_outputs', build: () => ky(kysely.updateTable('agent_outputs').set({ kind: 'x' }).where('lead_id', '=', 5)) },
  'kysely-delete-in': { table: 'agent_outputs', build: () => ky(kysely.deleteFrom('agent_outputs').where('created_at', 'in', [from, to])) },
  'kysely-join-missing': { table: 'agent_outputs', build: () => ky(kysely.selectFrom('leads as l').innerJoin('agent_outputs as o', 'o.lead_id', 'l.id').selectAll().where('l.created_at', '>=', from)) },
  'kysely-join-gte': {
    table: 'agent_outputs',
    build: () => ky(kysely.selectFrom('leads as l').innerJoin('agent_outputs as o', 'o.lead_id', 'l.id').selectAll().where('l.created_at', '>=', from).where('o.created_at', '>=', from)),
  },
  'kysely-sql-typed': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().where(ksql<boolean>`created_at::date = ${from}`)) },
  'kysely-subquery': {
    table: 'leads',
    build: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', 'in', kysely.selectFrom('leads').select('id').where('company', '=', 'x')).where('created_at', '>=', from)),
  },
  'kysely-cte': {
    table: 'leads',
    build: () => ky(kysely.with('acme', (qb) => qb.selectFrom('leads').select(['id', 'status']).where('company', '=', 'x')).selectFrom('acme').select('status')),
  },
  'kysely-cte-gte': {
    table: 'leads',
    build: () => ky(kysely.with('recent', (qb) => qb.selectFrom('leads').select(['id', 'status']).where('created_at', '>=', from)).selectFrom('recent').select('status')),
  },
  // The path where `$if`'s condition is false.
  'kysely-if-maybe-key': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().$if(false, (qb) => qb.where('created_at', '>=', from))) },
  'kysely-if-key': { table: 'leads', build: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>=', from).$if(true, (qb) => qb.where('company', '=', 'x'))) },
  'kysely-hash-eq': { table: 'campaigns', build: () => ky(kysely.selectFrom('campaigns').select('id').where('user_id', '=', userId)) },

  // Sequelize.
  'seq-company': { table: 'leads', build: () => sq(() => SLead.findAll({ where: { company: 'Microsoft' } })) },
  'seq-gte': { table: 'leads', build: () => sq(() => SLead.findAll({ where: { company: 'Microsoft', createdAt: { [Op.gte]: from } } })) },
  'seq-between': { table: 'leads', build: () => sq(() => SLead.count({ where: { createdAt: { [Op.between]: [from, to] } } })) },
  'seq-or': { table: 'leads', build: () => sq(() => SLead.findOne({ where: { [Op.or]: [{ createdAt: { [Op.gte]: from } }, { company: 'x' }] } })) },
  'seq-update': { table: 'leads', build: () => sq(() => SLead.update({ status: 'WON' }, { where: { createdAt: { [Op.lt]: to } } })) },
  'seq-destroy': { table: 'agent_outputs', build: () => sq(() => SAgentOutput.destroy({ where: { kind: 'x' } })) },
  'seq-in': { table: 'agent_outputs', build: () => sq(() => SAgentOutput.findAndCountAll({ where: { createdAt: { [Op.in]: [from, to] } } })) },
  'seq-hash-eq': { table: 'campaigns', build: () => sq(() => SCampaign.findAll({ where: { userId } })) },
  'seq-hash-ne': { table: 'campaigns', build: () => sq(() => SCampaign.findAll({ where: { userId: { [Op.ne]: userId } } })) },
  'seq-include': { table: 'agent_outputs', build: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: from } }, include: [SAgentOutput] })) },
  'seq-include-where': { table: 'agent_outputs', build: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: from } }, include: [{ model: SAgentOutput, where: { createdAt: { [Op.gte]: from } } }] })) },
  'seq-include-nested': {
    table: 'agent_outputs',
    build: () => sq(() => SCampaign.findAll({ where: { userId }, include: [{ model: SLead, where: { createdAt: { [Op.gte]: from } }, include: [SAgentOutput] }] })),
  },
  'seq-include-nested-where': {
    table: 'agent_outputs',
    build: () => sq(() => SCampaign.findAll({ where: { userId }, include: [{ model: SLead, where: { createdAt: { [Op.gte]: from } }, include: [{ model: SAgentOutput, where: { createdAt: { [Op.gte]: from } } }] }] })),
  },
  'seq-include-nested-parent': {
    table: 'leads',
    build: () => sq(() => SCampaign.findAll({ where: { userId }, include: [{ model: SLead, include: [{ model: SAgentOutput, where: { createdAt: { [Op.gte]: from } } }] }] })),
  },
  'seq-max': { table: 'leads', build: () => sq(() => SLead.max('createdAt')) },
  'seq-injected': { table: 'leads', build: () => sq(() => SLead.findAll({ where: { userId } })) },
  'seq-injected-gte': { table: 'leads', build: () => sq(() => SLead.findAll({ where: { userId, createdAt: { [Op.gte]: from } } })) },
  'seq-where-param': { table: 'leads', build: () => sq(() => SLead.findAll({ where: { status: 'won' }, limit: 50 })) },
  'seq-where-param-gte': { table: 'leads', build: () => sq(() => SLead.findAll({ where: { status: 'won', createdAt: { [Op.gte]: from } }, limit: 50 })) },
  'seq-pk': { table: 'leads', build: () => sq(() => SLead.findByPk(1)) },

  // TypeORM: its own SQL, built offline (see `tq`); `repo.x(criteria)` as TypeORM's repository does it.
  'typeorm-company': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { company: 'Microsoft' } })) },
  'typeorm-gte': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { company: 'Microsoft', createdAt: MoreThanOrEqual(from) } })) },
  'typeorm-between': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { createdAt: Between(from, to) } })) },
  'typeorm-or': {
    table: 'leads',
    build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: [{ createdAt: MoreThanOrEqual(from) }, { company: 'x' }] })),
  },
  'typeorm-raw-fn': {
    table: 'leads',
    build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { createdAt: Raw((alias) => `date_trunc('day', ${alias}) = :day`, { day: from }) }, take: 1 })),
  },
  'typeorm-update': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ company: 'y' }).where({ createdAt: LessThan(to) })) },
  'typeorm-delete': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ company: 'z' })) },
  'typeorm-qb': {
    table: 'leads',
    build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :c', { c: 'x' }).andWhere('l.createdAt >= :from', { from })),
  },
  'typeorm-qb-missing': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :c', { c: 'x' })) },
  'typeorm-getrepo': { table: 'agent_outputs', build: () => tq((ds) => ds.getRepository('AgentOutput').createQueryBuilder('AgentOutput').setFindOptions({ where: { leadId: '5' } })) },
  'typeorm-manager-in': { table: 'agent_outputs', build: () => tq((ds) => ds.getRepository('AgentOutput').createQueryBuilder('AgentOutput').setFindOptions({ where: { createdAt: In([from]) } })) },
  'typeorm-manager': { table: 'agent_outputs', build: () => tq((ds) => ds.getRepository('AgentOutput').createQueryBuilder('AgentOutput').setFindOptions({ where: { leadId: '5' } })) },
  'typeorm-relations-missing': {
    table: 'agent_outputs',
    build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { createdAt: MoreThanOrEqual(from) }, relations: { outputs: true } })),
  },
  'typeorm-relation-where': {
    table: 'agent_outputs',
    build: () =>
      tq((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { createdAt: MoreThanOrEqual(from), outputs: { createdAt: MoreThanOrEqual(from) } }, relations: { outputs: true } })),
  },
  'typeorm-custom-repo': { table: 'leads', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :c', { c: 'x' })) },
  'typeorm-custom-repo-gte': {
    table: 'leads',
    build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :c', { c: 'x' }).andWhere('l.createdAt >= :from', { from })),
  },
  'typeorm-qb-join-missing': { table: 'agent_outputs', build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('l').innerJoin('l.outputs', 'o').where('l.createdAt >= :from', { from })) },
  'typeorm-qb-join-gte': {
    table: 'agent_outputs',
    build: () => tq((ds) => ds.getRepository('Lead').createQueryBuilder('l').innerJoin('l.outputs', 'o').where('l.createdAt >= :from', { from }).andWhere('o.createdAt >= :from', { from })),
  },
};

// ------------------------------------------------------------------------------------------

interface SourceCase {
  readonly id: string;
  readonly file: string;
  /** 0-based line of the query in the file. */
  readonly line: number;
}

function sourceCases(): SourceCase[] {
  const out: SourceCase[] = [];
  const dir = path.join(ROOT, 'src', 'queries');
  for (const f of fs.readdirSync(dir).sort()) {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
    lines.forEach((l, i) => {
      const m = /\/\/ case:([a-z0-9-]+)\s*$/.exec(l);
      if (m) out.push({ id: m[1]!, file: path.join(dir, f), line: i });
    });
  }
  return out;
}


let catalog: CatalogSnapshot;
const flaggedLines = new Map<string, Set<number>>();

before(async () => {
  await loadEngine();
  const host = hostFor('typescript')!;
  const ws = new WorkspaceCatalog();
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(ROOT);
  for (const f of files.sort()) {
    const text = fs.readFileSync(f, 'utf8');
    if (f.endsWith('.sql')) ws.setFile(f, text, 'sql');
    if (host.claimsFile?.(f)) host.indexFile?.(f, text);
  }
  catalog = ws.snapshot();
  for (const f of files.filter((x) => x.includes(`${path.sep}queries${path.sep}`))) {
    const text = fs.readFileSync(f, 'utf8');
    const li = new LineIndex(text);
    flaggedLines.set(f, new Set(checkFile(f, text, catalog).findings.map((x) => li.position(x.start).line)));
  }
});

void describe('real ORM SQL on the real planner agrees with the TypeScript module', () => {
  void it('every marked fixture query has a real-ORM (or documented) counterpart, and vice versa', () => {
    const ids = sourceCases().map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'case ids are unique');
    assert.deepEqual([...ids].sort(), Object.keys(CASES).sort());
  });

  void it('the ORMs build the SQL offline in the expected shape', async () => {
    assert.match(kx(knex('leads').where('created_at', '>=', from)).sql, /select \* from "leads" where "created_at" >= \$1/);
    assert.match(dz(db.select().from(leads).where(gte(leads.createdAt, from))).sql, /"leads"\."created_at" >= \$1/);
    assert.match(ky(kysely.selectFrom('leads').selectAll().where(ksql<boolean>`created_at >= ${from}`)).sql, /created_at >= \$1/);
    assert.match((await sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: from } } }))).sql, /FROM "leads" AS "Lead" WHERE "Lead"\."created_at" >= '2024-03-05/);
  });

  void it('EXPLAIN on PostgreSQL: a finding exactly when every leaf partition is kept', async (t) => {
    const { servers, skipped } = await pgServers();
    if (servers.length === 0) {
      t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
      return;
    }
    const ddl = fs.readFileSync(path.join(ROOT, 'db', 'structure.sql'), 'utf8');
    for (const server of servers as PgServer[]) {
      const fresh = await freshDatabase(server, 'ormsql');
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      const mismatches: string[] = [];
      let checked = 0;
      let kept = 0;
      try {
        await client.query(ddl);
        // Plan-time pruning with the bound values (custom plans), as the drivers execute them.
        await client.query("SET plan_cache_mode = 'force_custom_plan'");
        for (const c of sourceCases()) {
          const spec = CASES[c.id]!;
          const built = await spec.build();
          const table = catalog.lookup(undefined, spec.table);
          assert.ok(table, spec.table);
          const leaves = leafPartitions(table.partitions).map((p) => p.name);
          const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${built.sql}`, [...built.params]);
          const rels = planRelations(res.rows[0]!['QUERY PLAN']);
          const allKept = leaves.every((l) => rels.has(l));
          const flagged = flaggedLines.get(c.file)?.has(c.line) ?? false;
          checked++;
          if (allKept) kept++;
          if (allKept !== flagged) {
            mismatches.push(`${c.id} (PostgreSQL ${server.major}): planner keeps ${allKept ? 'every' : 'not every'} leaf of ${spec.table}, module ${flagged ? 'reports' : 'does not report'} line ${c.line + 1} of ${path.basename(c.file)}\n  ${built.sql}`);
          }
        }
      } finally {
        await client.end();
        await fresh.drop();
      }
      assert.equal(checked, Object.keys(CASES).length);
      // Both outcomes are well represented, so agreement is not trivial.
      assert.ok(kept >= 20 && checked - kept >= 20, `${kept} of ${checked} queries keep every leaf`);
      assert.deepEqual(mismatches, []);
    }
  });
});
