/**
 * The equivalent query of every labelled TypeScript/JavaScript site (bench/accuracy/<orm>/…),
 * built by the real ORMs offline as test/orm-sql.test.ts does (knex `.toSQL()`, Objection
 * `.toKnexQuery()` and recorded eager fetches, Kysely `.compile()`, Drizzle `.toSQL()`,
 * Sequelize's generated SQL, TypeORM's `getQueryAndParameters()`), and the Prisma sites as calls
 * on a real Prisma 7 client (run by the test on the database).
 */
import assert from 'node:assert/strict';
import knexFactory from 'knex';
import { and, between, count, desc, eq, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql as ksql } from 'kysely';
import { Model as OModel } from 'objection';
import { col, DataTypes, fn, Model, Op, Sequelize } from 'sequelize';
import 'reflect-metadata';
import { And, Between, DataSource, EntitySchema, In, IsNull, LessThan, MoreThanOrEqual, Not, Raw } from 'typeorm';
import * as dschema from '../drizzle/01-select-builders/src/db/schema';

/** Values inside the partitioned range (2025-07 .. 2027-06), so that a usable key condition really prunes. */
export const T1 = new Date('2026-03-05T00:00:00Z');
export const T2 = new Date('2026-04-20T00:00:00Z');

export interface Statement {
  readonly sql: string;
  readonly params?: readonly unknown[];
}

const knex = knexFactory({ client: 'pg' });
type KnexLike = { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } };
const kx = (q: KnexLike): Statement => {
  const n = q.toSQL().toNative();
  return { sql: n.sql, params: n.bindings };
};

class OLead extends OModel {
  static override tableName = 'leads';
  static override modifiers = {
    recent(q: ReturnType<typeof OLead.query>) {
      void q.where('created_at', '>=', new Date(Date.now() - 30 * 86_400_000));
    },
    byCompany(q: ReturnType<typeof OLead.query>, company: string) {
      void q.where('company', company);
    },
  };
  static override relationMappings = () => ({
    outputs: { relation: OModel.HasManyRelation, modelClass: OOutput, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
  });
}
class OOutput extends OModel {
  static override tableName = 'agent_outputs';
}
class OCampaign extends OModel {
  static override tableName = 'campaigns';
}
class OCampaign2 extends OModel {
  static override tableName = 'campaigns';
  static override idColumn = ['id', 'user_id'];
}
for (const [m, columns] of [
  [OLead, ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']],
  [OOutput, ['id', 'lead_id', 'kind', 'body', 'created_at']],
  [OCampaign, ['id', 'user_id', 'name', 'archived']],
  [OCampaign2, ['id', 'user_id', 'name', 'archived']],
] as const) {
  m.knex(knex);
  (m as unknown as { tableMetadata: () => { columns: readonly string[] } }).tableMetadata = () => ({ columns });
}
const ob = (q: { toKnexQuery(): KnexLike }): Statement => kx(q.toKnexQuery());
/** Every statement Objection hands to knex while running `run` (no connection: recorded first). */
const objectionRuns = async (run: () => PromiseLike<unknown>): Promise<Statement[]> => {
  const client = knex.client as unknown as { runner: (b: KnexLike) => unknown };
  const original = client.runner;
  const seen: Statement[] = [];
  client.runner = (b) => {
    seen.push(kx(b));
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kysely = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const ky = (q: { compile(): { sql: string; parameters: readonly unknown[] } }): Statement => {
  const c = q.compile();
  return { sql: c.sql, params: c.parameters };
};

const dz = drizzle.mock({ schema: dschema });
const dzs = (q: { toSQL(): { sql: string; params: unknown[] } }): Statement => {
  const s = q.toSQL();
  return { sql: s.sql, params: s.params };
};
const { leads: dLeads, agentOutputs: dOutputs, campaigns: dCampaigns } = dschema;

const sequelize = new Sequelize('postgres://nobody:none@127.0.0.1:1/none', { dialect: 'postgres', logging: false });
const sqCaptured: Statement[] = [];
(sequelize as unknown as { query: (s: string | { query: string; bind?: unknown[] }) => Promise<unknown> }).query = async (s) => {
  sqCaptured.push(typeof s === 'string' ? { sql: s, params: [] } : { sql: s.query, params: s.bind ?? [] });
  return [];
};
class SLead extends Model {}
SLead.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    userId: DataTypes.BIGINT,
    campaignId: DataTypes.BIGINT,
    company: DataTypes.TEXT,
    email: DataTypes.TEXT,
    status: DataTypes.TEXT,
  },
  {
    sequelize,
    tableName: 'leads',
    underscored: true,
    updatedAt: false,
    modelName: 'Lead',
    scopes: {
      recent: { where: { createdAt: { [Op.gte]: new Date(Date.now() - 30 * 86_400_000) } } },
      byCompany: (company: string) => ({ where: { company } }),
    },
  },
);
class SOutput extends Model {}
SOutput.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
    kind: DataTypes.TEXT,
    body: DataTypes.TEXT,
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'agent_outputs', updatedAt: false, modelName: 'AgentOutput' },
);
SLead.hasMany(SOutput, { foreignKey: 'leadId', as: 'outputs' });
SOutput.belongsTo(SLead, { foreignKey: 'leadId', as: 'lead' });
class SCampaign extends Model {}
SCampaign.init(
  { id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true }, userId: { type: DataTypes.BIGINT, field: 'user_id' }, name: DataTypes.TEXT, archived: DataTypes.BOOLEAN },
  { sequelize, tableName: 'campaigns', timestamps: false, modelName: 'Campaign' },
);
SLead.belongsTo(SCampaign, { foreignKey: 'campaignId', as: 'campaign' });
SCampaign.hasMany(SLead, { foreignKey: 'campaignId', as: 'leads' });
const sq = async (run: () => Promise<unknown>): Promise<Statement[]> => {
  sqCaptured.length = 0;
  try {
    await run();
  } catch {
    // Processing the empty fake result may fail; the SQL is already recorded.
  }
  const s = sqCaptured.filter((c) => /^\s*(SELECT|UPDATE|DELETE)/i.test(c.sql));
  assert.ok(s.length > 0, 'Sequelize generated a statement');
  return s;
};

const TLead = new EntitySchema<Record<string, unknown>>({
  name: 'Lead',
  tableName: 'leads',
  columns: {
    id: { type: 'bigint', primary: true },
    userId: { type: 'bigint', name: 'user_id' },
    company: { type: 'text' },
    status: { type: 'text' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
  relations: { outputs: { type: 'one-to-many', target: 'AgentOutput', inverseSide: 'lead' } },
});
const TOutput = new EntitySchema<Record<string, unknown>>({
  name: 'AgentOutput',
  tableName: 'agent_outputs',
  columns: { id: { type: 'bigint', primary: true }, leadId: { type: 'bigint', name: 'lead_id' }, kind: { type: 'text' }, createdAt: { type: 'timestamptz', name: 'created_at' } },
  relations: { lead: { type: 'many-to-one', target: 'Lead', joinColumn: { name: 'lead_id' } } },
});
const TCampaign = new EntitySchema<Record<string, unknown>>({
  name: 'Campaign',
  tableName: 'campaigns',
  columns: { id: { type: 'bigint', primary: true }, userId: { type: 'bigint', name: 'user_id' }, name: { type: 'text' }, archived: { type: 'boolean' } },
});
const typeorm = new DataSource({ type: 'postgres', entities: [TLead, TOutput, TCampaign] });
let typeormReady: Promise<void> | undefined;
const to = async (q: (ds: DataSource) => { getQueryAndParameters(): [string, unknown[]] }): Promise<Statement> => {
  typeormReady ??= (typeorm as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  await typeormReady;
  const [s, params] = q(typeorm).getQueryAndParameters();
  return { sql: s, params };
};
/** `repo.find(options)` is `createQueryBuilder(<entity>).setFindOptions(options)` in TypeORM itself. */
const find = (entity: string, options: object) => to((ds) => ds.getRepository(entity).createQueryBuilder(entity).setFindOptions(options));

const doc = (s: string, ...params: unknown[]): Statement => ({ sql: s, params });

export type Build = () => Statement | Statement[] | Promise<Statement | Statement[]>;

export const TS: Record<string, Build> = {
  // knex
  kx01a: () => kx(knex('leads').where({ company: 'Acme' }).limit(50)),
  kx01b: () => kx(knex('leads').where({ company: 'Acme' }).where('created_at', '>=', T1)),
  kx01c: () => kx(knex('leads').where('user_id', 7).orderBy('id', 'desc').andWhere('created_at', '>=', T1).select('id', 'email')),
  kx01d: () => kx(knex('leads').where('user_id', 7).orderBy('id', 'desc')),
  kx02a: () => kx(knex('leads').where({ company: 'Microsoft' })),
  kx02b: () => kx(knex('leads').where('created_at', '>=', T1).andWhere({ status: 'new' })),
  kx02c: () => kx(knex('leads').where({ status: 'new' }).count({ n: '*' })),
  kx03a: () => kx(knex('agent_outputs').where('lead_id', 5).orderBy('created_at', 'desc').first()),
  kx03b: () => kx(knex('agent_outputs').whereBetween('created_at', [T1, T2]).select('id', 'kind')),
  kx03c: () => kx(knex('agent_outputs').where({ kind: 'email' })),
  kx04a: () => kx(knex('leads').limit(100)),
  kx04b: () => kx(knex('leads').where('created_at', '>=', T1).where('status', 'won').limit(100)),
  kx05a: () => kx(knex('leads as l').join('agent_outputs as o', 'o.lead_id', 'l.id').where('l.created_at', '>=', T1).select('l.id', 'o.kind')),
  kx05b: () => kx(knex('leads as l').join('agent_outputs as o', 'o.lead_id', 'l.id').where('l.created_at', '>=', T1).andWhere('o.created_at', '>=', T1).select('l.id', 'o.kind')),
  kx05c: () => kx(knex('leads as l').leftJoin('campaigns as c', 'c.id', 'l.campaign_id').where('c.user_id', 7).where('l.created_at', '>=', T1).select('l.*', 'c.name')),
  kx05d: () => kx(knex('leads').leftJoin('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.created_at', '>=', T1).select('leads.id', 'campaigns.name')),
  kx06a: () => kx(knex('leads').where({ status: 'stale' }).update({ status: 'archived' })),
  kx06b: () => kx(knex('agent_outputs').where('created_at', '<', T1).del()),
  kx06c: () => kx(knex('leads').where('campaign_id', 3).update({ campaign_id: 4 })),
  kx07a: () => kx(knex('campaigns').where({ user_id: 7, archived: false })),
  kx07b: () => kx(knex('campaigns').where({ archived: false }).count()),
  kx07c: () => kx(knex('campaigns').where({ id: 3 }).update({ name: 'x' })),
  kx08a: () => kx(knex('leads').whereRaw("date_trunc('day', created_at) = ?", [T1])),
  kx08b: () => kx(knex.raw('select id, email from leads where created_at >= ?', [T1])),
  kx08c: () => kx(knex('leads').whereRaw("created_at >= now() - interval '7 days'").select('id')),
  kx08d: () => kx(knex('leads').whereRaw("to_char(created_at, 'YYYY-MM') = ?", ['2026-03'])),
  kx09a: () => kx(knex('leads').where('status', 'won').where('created_at', '>=', new Date('2026-03-01T00:00:00Z')).andWhere('created_at', '<', new Date('2026-04-01T00:00:00Z')).orderBy('id', 'desc').limit(20).offset(0)),
  kx09b: () => kx(knex('leads').where({ status: 'new' }).orderBy('id', 'desc').limit(20).offset(40)),
  kx09c: () => kx(knex('agent_outputs').where('kind', 'call').where('created_at', '>=', new Date('2026-03-01T00:00:00Z')).andWhere('created_at', '<', new Date('2026-04-01T00:00:00Z'))),
  kx10a: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where('company', 'Acme')).where('created_at', '>=', T1)),
  kx10b: () => kx(knex('agent_outputs').whereIn('lead_id', [1, 2]).where('created_at', '>=', T1)),
  kx11a: () => kx(knex('leads').where({ email: 'a@acme.test' }).first()),
  kx11b: () => kx(knex('leads').where({ email: 'a@acme.test' }).andWhere('created_at', '>=', T1).first()),
  kx12a: () => kx(knex.with('recent', knex('leads').select('id', 'status').where('created_at', '>=', T1)).select('status').from('recent')),
  kx12b: () => kx(knex.with('acme', knex('leads').select('id', 'status').where('company', 'Acme')).select('status').from('acme')),
  kx13a: () => kx(knex('leads').where('created_at', '>=', T1).where('created_at', '<', T2).select('id')),
  kx14a: () => kx(knex('agent_outputs').where('lead_id', 5).orderBy('created_at', 'desc')),
  kx14b: () => kx(knex('agent_outputs').where('lead_id', 5).andWhere('created_at', '>=', T1)),
  kx15a: () => kx(knex('leads').where({ status: 'new' }).limit(100)),
  kx15b: () => kx(knex('leads').where('created_at', '>=', T1).orderBy('created_at', 'desc')),
  kx15c: () => kx(knex('agent_outputs').where({ lead_id: 5 }).del()),
  kx16a: () => kx(knex('leads').whereIn('created_at', [T1, T2])),
  kx16b: () => kx(knex('leads').whereNotNull('created_at').where({ status: 'new' })),
  kx16c: () => kx(knex('leads').where('created_at', '>', knex.raw("now() - interval '1 day'"))),
  kx16d: () => kx(knex('leads').where({ created_at: T1, status: 'new' })),
  kx17a: () => kx(knex('leads').where('status', 'new').where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000))),
  kx17b: () => kx(knex('leads').where('status', 'new').orderBy('id', 'desc')),
  kx18a: () => kx(knex.select('id').from('leads').where('company', 'Acme')),
  kx18b: () =>
    kx(
      knex('leads').where((qb) => {
        void qb.where('created_at', '>=', T1).andWhere('created_at', '<', T2);
      }),
    ),
  kx18c: () => kx(knex('agent_outputs').where('lead_id', 5)),
  kx19a: () => kx(knex('leads').where({ email: 'a@acme.test' }).first()),
  kx19b: () => kx(knex('leads').where('created_at', '>=', T1)),
  kx19c: () => kx(knex('leads').select('company').count('* as n').groupBy('company')),
  kx19d: () => kx(knex('leads').where({ user_id: 7 }).whereBetween('created_at', [T1, T2]).first('id')),
  kx20a: () => kx(knex('leads').where({ company: 'Acme' })),
  kx20b: () => kx(knex('leads').where('created_at', '>=', T1).limit(20)),
  kx21a: () =>
    kx(
      knex('leads').where((qb) => {
        void qb.where('created_at', '>=', T1).andWhere('created_at', '<', T2);
      }),
    ),
  kx21b: () =>
    kx(
      knex('leads').where((qb) => {
        void qb.whereBetween('created_at', [T1, T2]).orWhere('company', 'VIP');
      }),
    ),
  kx10c: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where('company', 'Acme').where('created_at', '>=', T1)).where('created_at', '>=', T1)),

  // Objection
  ob01a: () => ob(OLead.query().where('company', 'Acme').orderBy('id')),
  ob01b: () => ob(OLead.query().where('company', 'Acme').where('created_at', '>=', T1)),
  ob01c: () => ob(OLead.query().findById(5)),
  ob01d: () => ob(OLead.query().where({ status: 'new' }).first()),
  ob02a: () => ob(OLead.query().modify('recent').where('status', 'won')),
  ob02b: () => ob(OLead.query().modify('byCompany', 'Acme').limit(20)),
  ob02c: () => ob(OLead.query().modify('byCompany', 'Acme').modify('recent')),
  ob03a: () => ob(OLead.fromJson({ id: 5 }).$relatedQuery('outputs').orderBy('created_at', 'desc')),
  ob03b: () => ob(OLead.fromJson({ id: 5 }).$relatedQuery('outputs').where('created_at', '>=', T1)),
  ob03c: () => ob(OLead.relatedQuery('outputs').for(5).where('kind', 'email')),
  // withGraphFetched: the leads query answered without rows, then the eager fetch of outputs.
  ob04a: async () => [
    ob(OLead.query().where('created_at', '>=', T1)),
    ...(await objectionRuns(() => OLead.query().where('created_at', '>=', T1).withGraphFetched('outputs').resolve([OLead.fromJson({ id: 7 })]))).filter((s) => /from "agent_outputs"/.test(s.sql)),
  ],
  ob04b: () => ob(OLead.query().withGraphJoined('outputs').where('leads.created_at', '>=', T1).where('outputs.created_at', '>=', T1)),
  ob04c: () => ob(OLead.query().withGraphJoined('outputs').where('leads.created_at', '>=', T1)),
  ob04d: () => ob(OLead.query().where('created_at', '>=', T1).orderBy('created_at', 'desc').limit(50)),
  ob05a: () => ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1)),
  ob05b: () => ob(OLead.query().where('user_id', 7).orderBy('id', 'desc')),
  ob05c: () => ob(OLead.query().where('company', 'Acme')),
  ob06a: () => ob(OLead.query().patch({ status: 'archived' }).where('status', 'stale')),
  ob06b: () => ob(OOutput.query().delete().where('created_at', '<', T1)),
  ob06c: () => ob(OLead.query().patch({ status: 'seen' }).whereIn('id', [1, 2]).where('created_at', '>=', T1)),
  ob07a: () => ob(OCampaign.query().where('user_id', 7).where('archived', false)),
  ob07b: () => ob(OCampaign.query().findOne({ name: 'x' })),
  ob07c: () => ob(OCampaign.query().whereIn('user_id', [7, 8])),
  ob08a: () => ob(OLead.query().where('status', 'won').where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000))),
  ob09a: () => ob(OLead.query().where('user_id', 7).where('created_at', '>=', new Date(Date.now() - 30 * 86_400_000)).orderBy('created_at', 'desc')),
  ob09b: () => ob(OLead.query().where('user_id', 7).select('id', 'email')),
  ob10a: () => ob(OCampaign2.query().findById([3, 7])),
  ob10b: () => ob(OCampaign2.query().where('name', 'like', 'Spr%')),
  ob10c: () => ob(OCampaign2.query().patch({ name: 'x' }).where({ id: 3, user_id: 7 })),
  ob11a: () => ob(OLead.query().patch({ status: 'archived' }).where('status', 'stale')),
  ob11b: () => ob(OOutput.query().delete().where('created_at', '<', T1)),
  ob12a: () => ob(OLead.query().findOne({ id: 5, created_at: T1 })),
  ob12b: () => ob(OLead.fromJson({ id: 5 }).$query().patch({ status: 'won' })),
  ob12c: () => ob(OLead.query().delete().where({ id: 5, created_at: T1 })),
  ob13a: () => ob(OOutput.query().where('lead_id', 5).orderBy('created_at', 'desc')),
  ob13b: () => ob(OOutput.query().where('created_at', '>=', T1).limit(100)),
  ob14a: () => ob(OLead.query().whereNotNull('created_at').where('status', 'new')),
  ob14b: () => ob(OLead.query().whereIn('created_at', [T1, T2])),
  ob14c: () => ob(OLead.query().whereRaw('created_at::date = ?', ['2026-03-05'])),
  ob15a: () => ob(OOutput.query().where('kind', 'email').limit(100)),
  ob15b: () => ob(OOutput.query().where('kind', 'email').where('created_at', '>=', T1)),
  ob16a: () => ob(OLead.query().joinRelated('outputs').where('outputs.kind', 'email').where('leads.created_at', '>=', T1)),
  ob16b: () => ob(OLead.query().select('status').count('* as n').groupBy('status')),
  ob16c: () =>
    ob(
      OLead.query().where((qb) => {
        void qb.where('created_at', '>=', T1).andWhere('created_at', '<', T2);
      }),
    ),
  ob17a: () => ob(OLead.query().where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000))),
  ob17b: () => ob(OLead.query().where('status', 'new').limit(50)),
  ob17c: () => ob(OLead.query().findOne({ email: 'a@acme.test' })),
  // page(): the total (count over the same where) and the page itself.
  ob17d: () => [ob(OLead.query().where('created_at', '>=', T1)), ob(OLead.query().where('created_at', '>=', T1).limit(20).offset(0))],
  ob18a: () => ob(OLead.query().where('created_at', '>=', new Date(Date.now() - 3 * 86_400_000))),
  ob18b: () => ob(OLead.query().where('company', 'Acme').limit(20)),
  ob19a: () => ob(OLead.query().whereRaw('created_at >= now() - ?::interval', ['7 days'])),
  ob19b: () => ob(OLead.query().whereRaw("to_char(created_at, 'YYYY-MM') = ?", ['2026-03'])),
  ob08b: () => ob(OLead.query().where('status', 'won').orderBy('id')),

  // Kysely
  ky01a: () => ky(kysely.selectFrom('leads').selectAll().where('company', '=', 'Acme').limit(50)),
  ky01b: () => ky(kysely.selectFrom('leads').selectAll().where('company', '=', 'Acme').where('created_at', '>=', T1)),
  ky01c: () => ky(kysely.selectFrom('leads').select(['id', 'email']).where('created_at', '>=', T1).where('status', '=', 'new')),
  ky02a: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5)),
  ky02b: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5).where('created_at', '=', T1)),
  ky02c: () => ky(kysely.selectFrom('leads').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'new')),
  ky03a: () => ky(kysely.selectFrom('leads as l').innerJoin('agent_outputs as o', 'o.lead_id', 'l.id').select(['l.id', 'o.kind']).where('l.created_at', '>=', T1)),
  ky03b: () =>
    ky(
      kysely
        .selectFrom('leads as l')
        .innerJoin('agent_outputs as o', (join) => join.onRef('o.lead_id', '=', 'l.id').on('o.created_at', '>=', T1))
        .select(['l.id', 'o.kind'])
        .where('l.created_at', '>=', T1),
    ),
  ky03c: () => ky(kysely.selectFrom('campaigns as c').innerJoin('leads as l', 'l.campaign_id', 'c.id').select(['c.name', 'l.email']).where('c.user_id', '=', 7).where('l.created_at', '>=', T1)),
  ky04a: () => ky(kysely.selectFrom('leads').selectAll().where((eb) => eb.or([eb('created_at', '>=', T1), eb('company', '=', 'VIP')]))),
  ky04b: () => ky(kysely.selectFrom('leads').selectAll().where((eb) => eb.and([eb('created_at', '>=', T1), eb('created_at', '<', T2)]))),
  ky04c: () => ky(kysely.selectFrom('leads').selectAll().where(ksql<boolean>`created_at::date = ${'2026-03-05'}`)),
  ky04d: () => ky(kysely.selectFrom('agent_outputs').select('id').where('created_at', 'in', [T1, T2])),
  ky05a: () => ky(kysely.updateTable('leads').set({ status: 'archived' }).where('status', '=', 'stale')),
  ky05b: () => ky(kysely.deleteFrom('agent_outputs').where('created_at', '<', T1)),
  ky05c: () => ky(kysely.updateTable('agent_outputs').set({ kind: 'x' }).where('lead_id', '=', 5)),
  ky06a: () => ky(kysely.selectFrom('leads').selectAll()),
  ky06b: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>=', T1).where('status', '=', 'new')),
  ky07a: () => ky(kysely.selectFrom('campaigns').select('id').where('user_id', '=', 7).where('archived', '=', false)),
  ky07b: () => ky(kysely.updateTable('campaigns').set({ archived: true }).where('id', 'in', [1, 2])),
  ky08a: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000)).orderBy('id', 'desc').limit(25).offset(0)),
  ky08b: () => ky(kysely.selectFrom('leads').selectAll().where('status', '=', 'new').orderBy('id', 'desc').limit(25).offset(25)),
  ky10a: () => ky(kysely.with('recent', (qb) => qb.selectFrom('leads').select(['id', 'status']).where('created_at', '>=', T1)).selectFrom('recent').select('status')),
  ky10b: () => ky(kysely.with('acme', (qb) => qb.selectFrom('leads').select(['id', 'status']).where('company', '=', 'Acme')).selectFrom('acme').select('status')),
  ky11a: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', 'in', kysely.selectFrom('leads').select('id').where('company', '=', 'Acme')).where('created_at', '>=', T1)),
  ky11b: () =>
    ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', 'in', kysely.selectFrom('leads').select('id').where('company', '=', 'Acme').where('created_at', '>=', T1)).where('created_at', '>=', T1).limit(100)),
  ky12a: () => ky(kysely.selectFrom('leads').selectAll().where('status', '=', 'won').where('created_at', '>=', T1)),
  ky12b: () => ky(kysely.selectFrom('leads').selectAll().where('status', '=', 'won').orderBy('id', 'desc')),
  ky13a: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7)),
  ky13b: () => ky(kysely.selectFrom('campaigns').selectAll().where('archived', '=', false)),
  ky14a: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', 'is not', null).where('status', '=', 'new')),
  ky14b: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>', ksql<Date>`now() - interval '1 day'`)),
  ky14c: () => ky(kysely.selectFrom('leads').select('id').where('created_at', '>=', T1).where('created_at', '<', T2)),
  ky15a: () => ky(kysely.selectFrom('leads').selectAll().where((eb) => eb('created_at', '>=', T1))),
  ky15b: () => ky(kysely.selectFrom('leads').selectAll().where((eb) => eb('company', '=', 'Acme'))),
  ky16a: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5)),
  ky16b: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('created_at', '>=', T1)),
  ky16c: () => ky(kysely.selectFrom('leads').where('created_at', '>=', T1).select(({ fn }) => [fn.count('id').as('n')])),
  ky16d: () => ky(kysely.deleteFrom('leads').where('id', 'in', [5])),
  ky17a: () => ky(kysely.selectFrom('leads').innerJoin('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.created_at', '>=', T1).selectAll('leads')),
  ky17b: () =>
    ky(kysely.selectFrom('leads').innerJoin('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.created_at', '>=', T1).where('campaigns.user_id', '=', 7).selectAll('leads')),
  ky17c: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5)),
  ky18a: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>=', new Date(Date.now() - 7 * 86_400_000))),
  ky18b: () => ky(kysely.selectFrom('leads').selectAll().where('company', '=', 'Acme')),
  ky19a: () => ky(kysely.selectFrom('leads').selectAll().where(ksql.ref('created_at'), '>=', T1)),
  ky19b: () => ky(kysely.selectFrom('leads').selectAll().where(ksql<boolean>`created_at >= ${T1}`)),
  ky09a: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).orderBy('created_at', 'desc')),
  ky09b: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where('created_at', '>=', T1)),

  // Drizzle
  dz01a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.company, 'Acme')).orderBy(desc(dLeads.id))),
  dz01b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.company, 'Acme'), gte(dLeads.createdAt, T1)))),
  dz01c: () => dzs(dz.select().from(dLeads).where(eq(dLeads.id, 5)).limit(1)),
  dz02a: () => dzs(dz.query.leads.findMany({ where: (l, { gte: g }) => g(l.createdAt, T1), with: { outputs: true } })),
  dz02b: () => dzs(dz.query.leads.findMany({ where: (l, { gte: g }) => g(l.createdAt, T1), with: { outputs: { where: (o, { gte: g }) => g(o.createdAt, T1) } } })),
  dz02c: () => dzs(dz.query.leads.findFirst({ where: (l, { eq: e }) => e(l.company, 'Acme') })),
  dz03a: () => dzs(dz.select({ id: dLeads.id, kind: dOutputs.kind }).from(dLeads).innerJoin(dOutputs, eq(dOutputs.leadId, dLeads.id)).where(gte(dLeads.createdAt, T1))),
  dz03b: () =>
    dzs(
      dz
        .select({ id: dLeads.id, kind: dOutputs.kind })
        .from(dLeads)
        .innerJoin(dOutputs, and(eq(dOutputs.leadId, dLeads.id), gte(dOutputs.createdAt, T1)))
        .where(gte(dLeads.createdAt, T1)),
    ),
  dz03c: () => dzs(dz.select().from(dCampaigns).innerJoin(dLeads, eq(dLeads.campaignId, dCampaigns.id)).where(and(eq(dCampaigns.userId, 7), gte(dLeads.createdAt, T1)))),
  dz04a: () => dzs(dz.select().from(dCampaigns).where(and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)))),
  dz04b: () => dzs(dz.select().from(dCampaigns).where(eq(dCampaigns.name, 'x'))),
  dz04c: () => dzs(dz.update(dCampaigns).set({ archived: true }).where(and(eq(dCampaigns.userId, 7), eq(dCampaigns.id, 3)))),
  dz05a: () => dzs(dz.update(dLeads).set({ status: 'archived' }).where(eq(dLeads.status, 'stale'))),
  dz05b: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, T1))),
  dz05c: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5)).returning({ id: dOutputs.id })),
  dz06a: () => dzs(dz.select().from(dLeads).where(sql`${dLeads.createdAt}::date = ${'2026-03-05'}`)),
  dz06b: () => dzs(dz.select().from(dLeads).where(sql`${dLeads.createdAt} >= now() - interval '7 days'`)),
  dz06c: () => dzs(dz.select({ month: sql<string>`date_trunc('month', ${dLeads.createdAt})`, n: sql<number>`count(*)` }).from(dLeads).where(gte(dLeads.createdAt, T1)).groupBy(sql`1`)),
  dz07a: () => dzs(dz.select().from(dLeads).where(and())),
  dz07b: () => dzs(dz.select().from(dLeads).where(and(gte(dLeads.createdAt, T1), undefined))),
  dz09a: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)))),
  dz09b: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz10a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.userId, 7))),
  dz10b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1)))),
  dz10c: () => dzs(dz.query.campaigns.findMany({ where: (c, { eq: e }) => e(c.userId, 7) })),
  dz11a: () => dzs(dz.select().from(dOutputs).where(and(inArray(dOutputs.leadId, dz.select({ id: dLeads.id }).from(dLeads).where(eq(dLeads.company, 'Acme'))), gte(dOutputs.createdAt, T1)))),
  dz11b: () =>
    dzs(dz.select().from(dOutputs).where(and(inArray(dOutputs.leadId, dz.select({ id: dLeads.id }).from(dLeads).where(and(eq(dLeads.company, 'Acme'), gte(dLeads.createdAt, T1)))), gte(dOutputs.createdAt, T1)))),
  dz12a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.status, 'won'), gte(dLeads.createdAt, new Date(Date.now() - 7 * 86_400_000))))),
  dz12b: () => dzs(dz.select().from(dLeads).where(eq(dLeads.company, 'Acme'))),
  dz12c: () => dzs(dz.select({ id: dLeads.id }).from(dLeads).where(and(eq(dLeads.company, 'Acme'), gte(dLeads.createdAt, new Date(Date.now() - 30 * 86_400_000))))),
  dz13a: () => dzs(dz.update(dCampaigns).set({ archived: true }).where(and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)))),
  dz13b: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz14a: () => dzs(dz.update(dLeads).set({ status: 'archived' }).where(eq(dLeads.company, 'Acme'))),
  dz14b: () => dzs(dz.update(dLeads).set({ status: 'archived' }).where(and(eq(dLeads.company, 'Acme'), gte(dLeads.createdAt, T1)))),
  dz15a: () => dzs(dz.select().from(dLeads).where(inArray(dLeads.createdAt, [T1, T2]))),
  dz15b: () => dzs(dz.select().from(dLeads).where(and(isNotNull(dLeads.createdAt), eq(dLeads.status, 'new')))),
  dz15c: () => dzs(dz.select().from(dLeads).where(between(dLeads.createdAt, T1, T2))),
  dz15d: () => dzs(dz.select().from(dLeads).where(or(between(dLeads.createdAt, T1, T2), eq(dLeads.company, 'VIP')))),
  dz16a: () => dzs(dz.query.leads.findMany({ where: eq(dLeads.company, 'Acme'), limit: 50 })),
  dz16b: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.company, 'Acme'), gte(dLeads.createdAt, T1)), limit: 50 })),
  dz17a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.status, 'new')).limit(10)),
  dz17b: () => dzs(dz.select({ n: count() }).from(dLeads).where(gte(dLeads.createdAt, T1))),
  // A prepared statement sends the same SQL with the placeholder bound.
  dz18a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.company, 'Acme'))),
  dz18b: () => dzs(dz.select().from(dLeads).leftJoin(dCampaigns, eq(dCampaigns.id, dLeads.campaignId)).where(gte(dLeads.createdAt, T1))),
  dz18c: () => dzs(dz.select().from(dCampaigns).where(inArray(dCampaigns.userId, [7, 8]))),
  dz19a: () => {
    const cte = dz.$with('recent_leads').as(dz.select().from(dLeads).where(gte(dLeads.createdAt, T1)));
    return dzs(dz.with(cte).select().from(cte));
  },
  dz19b: () => {
    const cte = dz.$with('company_leads').as(dz.select().from(dLeads).where(eq(dLeads.company, 'Acme')));
    return dzs(dz.with(cte).select().from(cte));
  },
  dz20a: () => dzs(dz.select().from(dLeads).where(sql`${dLeads.createdAt} between ${T1} and ${T2}`)),
  dz20b: () => dzs(dz.select().from(dLeads).where(sql`lower(${dLeads.company}) = lower(${'Acme'})`)),
  dz08a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.userId, 7)).$dynamic().orderBy(desc(dLeads.id)).limit(20)),
  dz08b: () => dzs(dz.select().from(dLeads).where(eq(dLeads.status, 'new')).$dynamic().limit(20).offset(20)),
  dz08c: () => dzs(dz.select().from(dLeads).where(gte(dLeads.createdAt, T1)).$dynamic().limit(20).offset(0)),

  // Sequelize
  sq01a: () => sq(() => SLead.findAll({ where: { company: 'Acme' }, order: [['id', 'DESC']], limit: 50 })),
  sq01b: () => sq(() => SLead.findAll({ where: { company: 'Acme', createdAt: { [Op.gte]: T1 } } })),
  sq01c: () => sq(() => SLead.findByPk(5)),
  sq01d: () => sq(() => SLead.findOne({ where: { id: 5, createdAt: T1 } })),
  sq02a: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: T1 } }, include: [{ model: SOutput, as: 'outputs' }] })),
  sq02b: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: T1 } }, include: [{ model: SOutput, as: 'outputs', where: { createdAt: { [Op.gte]: T1 } } }] })),
  sq02c: () => sq(() => SOutput.findAll({ where: { createdAt: { [Op.gte]: T1 } }, include: [{ model: SLead, as: 'lead' }] })),
  sq03a: () => sq(() => SLead.scope('recent').findAll({ where: { status: 'won' } })),
  sq03b: () => sq(() => SLead.scope({ method: ['byCompany', 'Acme'] }).count()),
  sq03c: () => sq(() => SLead.scope(['recent', { method: ['byCompany', 'Acme'] }]).findAll()),
  sq04a: () => sq(() => SLead.update({ status: 'archived' }, { where: { status: 'stale' } })),
  sq04b: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: T1 } } })),
  sq04c: () => sq(() => SOutput.destroy({ where: { leadId: 5 } })),
  sq05a: () => sq(() => SLead.findAll({ where: { userId: 7 } })),
  sq05b: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: T1 } } })),
  sq05c: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false } })),
  sq06a: () => sq(() => SLead.findAll({ where: {}, limit: 100 })),
  sq06b: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ status: 'won' }, { createdAt: { [Op.gte]: T1 } }] } })),
  sq07a: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']] })),
  sq07b: () => sq(() => SOutput.findAll({ where: { leadId: 5, createdAt: { [Op.gte]: T1 } } })),
  sq09a: () => sq(() => SLead.findAll({ where: { status: 'won' }, limit: 50, order: [['createdAt', 'DESC']] })),
  sq09b: () => sq(() => SLead.findAll({ where: { status: 'won', createdAt: { [Op.gte]: T1 } }, limit: 50, order: [['createdAt', 'DESC']] })),
  // Raw queries: Sequelize inlines the replacements with its own escaping.
  sq10a: () => doc(`SELECT count(*) AS n FROM leads WHERE created_at::date = ${sequelize.escape('2026-03-05')}`),
  sq10b: () => doc(`SELECT id, email FROM leads WHERE created_at >= ${sequelize.escape(T1)}`),
  sq11a: () => sq(() => SCampaign.findAll({ where: { userId: { [Op.in]: [7, 8] } } })),
  sq11b: () => sq(() => SCampaign.findOne({ where: { id: 3 } })),
  sq11c: () => sq(() => SCampaign.update({ archived: true }, { where: { userId: 7, id: 3 } })),
  sq12a: () => sq(() => SLead.findAll({ where: { status: 'won' }, limit: 50 })),
  sq12b: () => sq(() => SLead.findAll({ where: { status: 'won', createdAt: { [Op.gte]: T1 } }, limit: 50 })),
  sq13a: () => sq(() => SLead.findOne({ where: { id: 5, createdAt: T1 } })),
  // An instance update: Sequelize sends `UPDATE … WHERE "id" = $n` (the primary key only).
  sq13b: () => sq(() => SLead.build({ id: 5, createdAt: T1, status: 'new' }, { isNewRecord: false }).update({ status: 'won' })),
  sq13c: () => sq(() => SLead.destroy({ where: { id: 5, createdAt: T1 } })),
  sq14a: () => sq(() => SOutput.findAll({ where: { kind: 'email' }, limit: 50 })),
  sq14b: () => sq(() => SOutput.findAll({ where: { createdAt: { [Op.gte]: T1 } } })),
  sq15a: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.in]: [T1, T2] } } })),
  sq15b: () => sq(() => SLead.count({ where: { createdAt: { [Op.ne]: null }, status: 'new' } })),
  sq15c: () => sq(() => SLead.findAll({ where: sequelize.where(sequelize.fn('date', sequelize.col('created_at')), '2026-03-05') })),
  sq15d: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: T1, [Op.lt]: T2 }, status: { [Op.ne]: 'spam' } } })),
  sq16a: () => sq(() => SLead.findAll({ where: { userId: 7 } })),
  sq16b: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: T1, [Op.lt]: T2 } } })),
  sq16c: () => sq(() => SLead.findAll({ attributes: ['status', [fn('COUNT', col('id')), 'n']], group: ['status'] })),
  sq16d: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ createdAt: { [Op.gte]: T1 } }, { createdAt: { [Op.lt]: T2 } }] } })),
  sq17a: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: T1 } }, include: [{ model: SCampaign, as: 'campaign' }] })),
  sq17b: () => sq(() => SCampaign.findAll({ where: { userId: 7 }, include: [{ model: SLead, as: 'leads', where: { createdAt: { [Op.gte]: T1 } } }] })),
  sq17c: () => sq(() => SLead.count({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 7 * 86_400_000) } } })),
  sq18a: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 7 * 86_400_000) } } })),
  sq18b: () => sq(() => SLead.findAll({ where: { company: 'Acme' }, limit: 20 })),
  sq19a: () =>
    sq(() =>
      SLead.findAll({
        where: { createdAt: { [Op.between]: [T1, T2] } },
        include: [{ model: SOutput, as: 'outputs', where: { createdAt: { [Op.between]: [T1, T2] } }, required: false }],
      }),
    ),
  sq08a: () => sq(() => SLead.count({ where: { [Op.or]: [{ createdAt: { [Op.gte]: T1 } }, { company: 'VIP' }] } })),
  sq08b: () => sq(() => SLead.findAndCountAll({ where: { createdAt: { [Op.between]: [T1, T2] } }, offset: 0, limit: 20 })),
  sq08c: () => sq(() => SLead.max('createdAt')),

  // TypeORM
  to01a: () => find('Lead', { where: { company: 'Acme' }, take: 50 }),
  to01b: () => find('Lead', { where: { company: 'Acme', createdAt: MoreThanOrEqual(T1) } }),
  to01c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to01d: () => find('Lead', { where: { id: '5', createdAt: T1 }, take: 1 }),
  to02a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').orderBy('lead.createdAt', 'DESC')),
  to02b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.createdAt >= :from AND lead.createdAt < :to', { from: T1, to: T2 }).andWhere('lead.status = :status', { status: 'won' })),
  to02c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').select('COUNT(*)').where('lead.company = :company', { company: 'Acme' })),
  to03a: () => find('Lead', { where: { createdAt: MoreThanOrEqual(T1) }, relations: { outputs: true } }),
  to03b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').leftJoinAndSelect('lead.outputs', 'o', 'o.createdAt >= :since', { since: T1 }).where('lead.createdAt >= :since', { since: T1 })),
  to03c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').innerJoin('lead.outputs', 'o').where('lead.createdAt >= :since', { since: T1 }).andWhere('o.kind = :kind', { kind: 'email' })),
  to04a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.userId = :userId', { userId: 7 }).andWhere('l.createdAt >= :since', { since: T1 })),
  to04b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.userId = :userId', { userId: 7 })),
  to05a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'archived' }).where({ status: 'stale' })),
  to05b: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(T1) })),
  to05c: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where('lead_id = :leadId', { leadId: 5 })),
  to06a: () => find('Campaign', { where: { userId: '7', archived: false } }),
  to06b: () => find('Campaign', { where: { archived: false } }),
  to06c: () => find('Campaign', { where: { name: 'x' }, take: 1 }),
  to07a: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('o').where('o.kind = :kind', { kind: 'call' }).andWhere('o.createdAt >= :since', { since: T1 }).skip(0).take(20)),
  to07b: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('o').where('o.kind = :kind', { kind: 'call' }).skip(20).take(20)),
  to09a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :company', { company: 'Acme' }).andWhere('l.createdAt >= :since', { since: T1 })),
  to09b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').select('COUNT(DISTINCT("l"."id"))', 'cnt').where('l.company = :company', { company: 'Acme' })),
  to10a: () => find('Lead', { where: { createdAt: MoreThanOrEqual(T1) }, order: { createdAt: 'DESC' } }),
  to10b: () => find('Lead', { where: { status: 'won' }, take: 100 }),
  to11a: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder('c').where('c.userId = :userId', { userId: 7 }).andWhere('c.archived = false')),
  to11b: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder('c').where('c.userId IN (:...ids)', { ids: [7, 8] })),
  to11c: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder('c').where('c.userId > :userId', { userId: 7 })),
  to12a: () => find('Lead', { where: { company: 'Acme' } }),
  to12b: () => find('Lead', { where: { createdAt: Between(T1, T2) } }),
  to12c: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('o').where('o.leadId = :leadId', { leadId: 5 })),
  // `repo.update(criteria, partial)` / `repo.delete(criteria)` are these query builders in TypeORM itself.
  to13a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to13b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'lost' }).where({ id: '5' })),
  to13c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5', createdAt: T1 })),
  to14a: () => find('Campaign', { where: { userId: '7' } }),
  to14b: () => find('Lead', { where: { status: 'new' }, take: 50 }),
  to14c: () => find('Lead', { where: { createdAt: MoreThanOrEqual(T1) } }),
  to15a: () => find('Lead', { where: { createdAt: In([T1, T2]) } }),
  to15b: () => find('Lead', { where: { createdAt: Not(IsNull()), status: 'new' } }),
  to15c: () => find('Lead', { where: { createdAt: Raw((alias) => `${alias} > NOW() - INTERVAL '1 day'`) } }),
  to16a: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to16b: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(T1), kind: 'draft' })),
  to17a: () => find('Lead', { where: { status: 'new' } }),
  to17b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.createdAt BETWEEN :from AND :to', { from: T1, to: T2 })),
  to17c: () => find('Lead', { where: { id: '5', createdAt: T1 }, relations: { outputs: true } }),
  to18a: () => find('Lead', { where: { company: 'Acme' }, order: { createdAt: 'DESC' }, skip: 10, take: 10 }),
  to18b: () =>
    to((ds) => ds.getRepository('Lead').createQueryBuilder('l').leftJoinAndSelect('l.outputs', 'o').where('l.createdAt >= :since', { since: T1 }).andWhere('o.createdAt >= :since', { since: T1 })),
  to18c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.status = :status', { status: 'new' }).skip(0).take(25)),
  to19a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :company', { company: 'Acme' })),
  to19b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.company = :company', { company: 'Acme' }).andWhere('l.createdAt >= :since', { since: T1 })),
  to20a: () => find('Lead', { where: { createdAt: And(MoreThanOrEqual(T1), LessThan(T2)) } }),
  to20b: () => find('Lead', { where: { createdAt: And(MoreThanOrEqual(T1), LessThan(T2)), status: 'new' } }),
  to08a: () => doc('SELECT count(*) FROM leads WHERE created_at::date = $1', '2026-03-05'),
  to08b: () => doc('SELECT id, email FROM leads WHERE created_at >= $1', T1),
  to08c: () => find('Lead', { where: { createdAt: Raw((alias) => `date_trunc('day', ${alias}) = :day`, { day: T1 }) } }),
};

/** A delegate of a generated Prisma client (`lead`, `agentOutput`, `campaign`). */
type Delegate = Record<string, (args?: unknown) => Promise<unknown>>;
export type PrismaTx = Record<string, unknown> & { $queryRawUnsafe(sql: string, ...values: unknown[]): Promise<unknown> };
const m = (p: PrismaTx, name: string): Delegate => p[name] as Delegate;

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  pr01a: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' }, take: 50 }),
  pr01b: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme', createdAt: { gte: T1 } } }),
  pr01c: (p) => m(p, 'lead').findUnique!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr01d: (p) => m(p, 'lead').findFirst!({ where: { id: 5n } }),
  pr02a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, orderBy: { createdAt: 'desc' } }),
  pr02b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1 } } }),
  pr02c: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false } }),
  pr02d: (p) => m(p, 'campaign').count!({ where: { archived: false } }),
  pr03a: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 }, outputs: { some: { kind: 'email' } } } }),
  pr03b: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 }, outputs: { some: { kind: 'email', createdAt: { gte: T1 } } } } }),
  pr03c: (p) => m(p, 'agentOutput').findMany!({ where: { createdAt: { gte: T1 }, lead: { company: 'Acme' } } }),
  pr03d: (p) => m(p, 'agentOutput').findMany!({ where: { createdAt: { gte: T1 }, lead: { company: 'Acme', createdAt: { gte: T1 } } } }),
  pr04a: (p) => m(p, 'lead').updateMany!({ where: { status: 'stale' }, data: { status: 'archived' } }),
  pr04b: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: T1 } } }),
  pr04c: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } }),
  pr05a: (p) => m(p, 'lead').findMany!({ where: {}, take: 100 }),
  pr05b: (p) => m(p, 'lead').findMany!({ where: { AND: [{ status: 'won' }, { createdAt: { gte: T1 } }] } }),
  pr06a: (p) => p.$queryRawUnsafe('SELECT count(*) FROM leads WHERE created_at::date = $1::date', '2026-03-05'),
  pr06b: (p) => p.$queryRawUnsafe('SELECT id, email FROM leads WHERE created_at >= $1', T1),
  pr07a: (p) => m(p, 'lead').count!({ where: { status: 'new' } }),
  pr07b: (p) => m(p, 'lead').aggregate!({ _max: { createdAt: true }, where: { createdAt: { gte: T1 } } }),
  pr07c: (p) => m(p, 'lead').groupBy!({ by: ['status'], _count: { _all: true } }),
  pr08a: (p) => m(p, 'lead').findMany!({ where: { campaignId: 3n } }),
  pr08b: (p) => m(p, 'lead').findMany!({ where: { campaignId: 3n, createdAt: { gte: T1 } } }),
  pr09a: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' }, take: 50, orderBy: { createdAt: 'desc' } }),
  pr09b: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme', createdAt: { gte: T1 } }, take: 50, orderBy: { createdAt: 'desc' } }),
  // Includes run a second statement for the loaded rows (the seeded lead 5 and output 9 match).
  pr10a: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, include: { outputs: true } }),
  pr10b: (p) => m(p, 'agentOutput').findMany!({ where: { createdAt: { gte: T1 } }, include: { lead: true } }),
  pr10c: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' }, include: { outputs: { where: { kind: 'email' } } } }),
  pr11a: (p) => m(p, 'lead').findMany!({ where: { status: 'stale' } }),
  pr11b: (p) => m(p, 'campaign').count!({ where: { userId: 7n } }),
  pr11c: (p) => m(p, 'lead').updateMany!({ where: { createdAt: { gte: T1, lt: T2 }, status: 'new' }, data: { status: 'expired' } }),
  pr11d: (p) => m(p, 'agentOutput').count!({ where: { kind: 'summary' } }),
  pr12a: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: new Date(Date.now() - 7 * 86_400_000) }, status: 'won' } }),
  pr12b: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' } }),
  pr12c: (p) => m(p, 'lead').count!({ where: { AND: [{ company: 'Acme' }, { createdAt: { gte: new Date(Date.now() - 30 * 86_400_000) } }] } }),
  pr13a: (p) => m(p, 'lead').findMany!({ where: { status: 'new' }, orderBy: { id: 'desc' }, skip: 20, take: 20 }),
  pr14a: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr14b: (p) => m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr14c: (p) => m(p, 'campaign').update!({ where: { id_userId: { id: 3n, userId: 7n } }, data: { name: 'x' } }),
  pr15a: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' }, take: 20 }),
  pr15b: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: T1 } } }),
  pr15c: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, orderBy: { createdAt: 'desc' } }),
  pr16a: (p) => m(p, 'lead').findMany!({ where: { createdAt: { in: [T1, T2] } } }),
  pr16b: (p) => m(p, 'lead').findMany!({ where: { OR: [{ createdAt: { gte: T1 } }, { company: 'VIP' }] } }),
  pr16c: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1, lt: T2 }, NOT: { status: 'spam' } } }),
  pr17a: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' }, take: 100 }),
  pr17b: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, take: 100 }),
  pr18a: (p) => m(p, 'lead').findFirstOrThrow!({ where: { email: 'a@acme.test' } }),
  pr18b: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1, lte: T2 } }, select: { id: true } }),
  pr18c: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: 'new' } }),
  pr19a: (p) => m(p, 'lead').findMany!({ where: { OR: [{ email: { contains: 'acme' } }, { company: { contains: 'acme' } }] }, take: 20 }),
  pr19b: (p) => m(p, 'lead').findMany!({ where: { company: { contains: 'ac', mode: 'insensitive' } } }),
  pr19c: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, include: { _count: { select: { outputs: true } } } }),
  // What the client extension sends: the caller's where plus the last 90 days.
  pr20a: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme', createdAt: { gte: new Date(Date.now() - 90 * 86_400_000) } } }),
  pr20b: (p) => m(p, 'lead').findMany!({ where: { company: 'Acme' } }),
  pr21a: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, include: { outputs: { where: { createdAt: { gte: T1 } }, orderBy: { createdAt: 'desc' } } } }),
  pr21b: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: { in: [5n] }, createdAt: { gte: T1 } } }),
  pr13b: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, orderBy: { createdAt: 'desc' }, skip: 20, take: 20 }),
};

// The builders above, for the fresh batches' equivalents (fresh-ts-equivalents.ts).
export { doc, dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OCampaign, OCampaign2, OLead, OOutput, SCampaign, SLead, SOutput, sq, to };
