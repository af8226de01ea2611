// The labels of the accuracy cases (bench/accuracy/<orm>/<case>/, `expect: scans-all|prunes [id]`)
// are checked against the real planner: for every labelled site, the equivalent query is run or
// built with the REAL ORM, the SQL it sends is EXPLAINed on a throwaway PostgreSQL loaded with
// bench/accuracy/schema.sql, and the label must say `scans-all` exactly when some partitioned
// table in one of the site's statements keeps every leaf partition in the plan.
//
// - ActiveRecord, Django and SQLAlchemy run for real against the database (empty tables, each
//   site in a rolled-back transaction); their harnesses in bench/accuracy/_validate/ record every
//   statement the ORM sends and EXPLAIN it with the same values (one process per ORM).
// - knex, Objection, Kysely, Drizzle, Sequelize and TypeORM build their SQL offline (as in
//   test/orm-sql.test.ts); it is EXPLAINed with its parameters under force_custom_plan.
// - Prisma cannot run offline (its engine downloads binaries): its sites use the SQL Prisma
//   documents and logs for the same call (relation filters as `IN (SELECT …)`).
//
// This test does not run the lint: bench/app-accuracy.ts measures the lint against these labels.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import knexFactory from 'knex';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql as ksql } from 'kysely';
import { Model as OModel } from 'objection';
import pg from 'pg';
import { DataTypes, Model, Op, Sequelize } from 'sequelize';
import 'reflect-metadata';
import { DataSource, EntitySchema, LessThan, MoreThanOrEqual, Raw } from 'typeorm';
import { casesOf, ORMS, type Label, type Orm } from '../bench/accuracy/lib';
import * as dschema from '../bench/accuracy/drizzle/01-select-builders/src/db/schema';
import { freshDatabase, pgServers } from './helpers/db';

const ROOT = path.resolve(import.meta.dirname, '..');
const ACC = path.join(ROOT, 'bench', 'accuracy');
const SCHEMA = fs.readFileSync(path.join(ACC, 'schema.sql'), 'utf8');
const PARTITIONED: Record<string, number> = { leads: 24, agent_outputs: 24, campaigns: 8 };

// Values inside the partitioned range (2025-07 .. 2027-06), so that a usable key condition really prunes.
const T1 = new Date('2026-03-05T00:00:00Z');
const T2 = new Date('2026-04-20T00:00:00Z');

interface Statement {
  readonly sql: string;
  readonly params?: readonly unknown[];
  /** Plan already made by the ORM's own harness. */
  readonly plan?: unknown;
}

// ------------------------------------------------------------------------------------------
// Ruby / Python: code run for real by the harnesses (one string per site).

const ACTIVERECORD: Record<string, string> = {
  ar01a: 'Lead.where(company: "Microsoft").limit(50).to_a',
  ar01b: 'Lead.where("created_at >= ?", 1.month.ago).where(company: "Microsoft").order(created_at: :desc).to_a',
  ar01c: 'Lead.recent.by_company("Acme").to_a',
  ar02a: 'Lead.recent.active.order(created_at: :desc).limit(20).to_a',
  ar02b: 'Lead.by_company("Acme").count',
  ar02c: 'Lead.created_between(T1, T2).by_company("Acme").pluck(:id)',
  ar02d: 'Lead.active.group(:status).count',
  ar03a: 'User.instantiate("id" => 7).campaigns.live.order(:name).to_a',
  ar03b: 'Campaign.find_by!(id: 3, user_id: 7)',
  ar03c: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(status: "won").to_a',
  ar03d: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.recent.to_a',
  ar03e: 'User.instantiate("id" => 7).leads.where(status: "new").limit(100).to_a',
  ar04a: 'Lead.all.where(created_at: T1..T2).where(status: "won").order(created_at: :desc).to_a',
  ar04b: 'Lead.all.where(status: "won").order(:id).limit(200).to_a',
  ar04c: 'User.instantiate("id" => 7).leads.where(status: "won").order(:id).to_a',
  ar05a: 'AgentOutput.where("created_at < ?", 90.days.ago).in_batches(of: 1_000).delete_all',
  ar05b: 'Lead.where(status: "stale").update_all(status: "archived")',
  ar05c: 'Lead.where(campaign_id: 3).find_each { |l| l }',
  ar05d: 'AgentOutput.where(kind: "summary").since(1.week.ago).find_each { |o| o }',
  ar06a: 'Lead.where(created_at: T1...T2).group(:status).count',
  ar06b: 'AgentOutput.where(created_at: Time.current.beginning_of_month..).group(:kind).count',
  ar06c: 'Campaign.where(user_id: 7).pluck(:name)',
  ar06d: 'Lead.by_company(["Acme", "Initech"]).distinct.count(:company)',
  ar06e: 'Campaign.where(archived: true).count',
  ar07a: 'Lead.joins(:agent_outputs).where(created_at: T1..T2).where(agent_outputs: { kind: "email" }).to_a',
  ar07b: 'Lead.joins(:agent_outputs).where(created_at: T1..T2, agent_outputs: { created_at: T1..T2 }).to_a',
  ar07c: 'AgentOutput.joins(:lead).where(leads: { company: "Acme" }).where(created_at: T1..).to_a',
  ar07d: 'Campaign.joins(:leads).where(user_id: 7).merge(Lead.recent).to_a',
  // includes: the leads query, then the preload ActiveRecord sends for the loaded ids.
  ar07e: 'Lead.includes(:agent_outputs).where(created_at: T1..T2).to_a; AgentOutput.where(lead_id: [1, 2]).to_a',
  ar08a: 'Lead.where(company: "Acme").order(id: :desc).limit(25).offset(0).to_a',
  ar08b: 's = Date.new(2026, 3, 1).beginning_of_month; Lead.where(company: "Acme").where(created_at: s...s.next_month).order(id: :desc).limit(25).offset(0).to_a',
  ar08c: 's = Date.current.beginning_of_month; AgentOutput.of_kind("call").where(created_at: s...s.next_month).to_a',
  ar09a: 'Lead.find(5)',
  ar09b: 'Lead.find_by(id: 5, created_at: T1)',
  ar09c: 'AgentOutput.exists?(lead_id: 5)',
  ar09d: 'AgentOutput.where(lead_id: 5).where("created_at >= ?", 2.days.ago).first',
  ar09e: 'Lead.where(id: 5).delete_all',
  ar10a: 'Lead.where(user_id: 7).where(created_at: 30.days.ago..).order(created_at: :desc).to_a',
  ar10b: 'Lead.where(user_id: 7).pluck(:email)',
  ar11a: 'Lead.find_by!(id: 5, created_at: T1)',
  ar11b: 'AgentOutput.where(lead_id: 5, created_at: T1..).to_a',
  ar11c: 'AgentOutput.where(kind: "summary").order(created_at: :desc).first',
  ar11d: 'AgentOutput.where("body ILIKE ?", "%x%").limit(20).to_a',
  ar11e: 'AgentOutput.where("body ILIKE ?", "%x%").where(created_at: 1.week.ago..).where(created_at: 1.week.ago..).limit(20).to_a',
  ar12a: 'Lead.where(user_id: 7).order(created_at: :desc).limit(50).to_a',
  ar12b: 'Lead.recent.where(user_id: 7).to_a',
  ar12c: 'Campaign.where(user_id: 7).live.to_a',
  ar12d: 'AgentOutput.of_kind("email").limit(10).to_a',
};

const DJANGO: Record<string, string> = {
  dj01a: 'list(Lead.objects.filter(company="Acme")[:50])',
  dj01b: 'Lead.objects.filter(company="Acme").filter(created_at__gte=T1).count()',
  dj01c: '[l.email for l in Lead.objects.filter(created_at__gte=T1).order_by("-created_at")]',
  dj02a: 'list(Lead.objects.filter(created_at__gte=T1).filter(status="won"))',
  dj02b: 'Lead.objects.filter(company="Acme").count()',
  dj02c: '[l.id for l in Lead.objects.filter(status="won").filter(company="Acme")]',
  dj02d: 'Lead.objects.filter(company="Acme").filter(created_at__gte=T1).exists()',
  dj03a: 'list(User(id=7).leads.filter(status="won"))',
  dj03b: 'list(User(id=7).campaigns.filter(archived=False))',
  dj03c: 'Lead.objects.get(pk=5, created_at=T1)',
  dj03d: 'list(Lead(id=5, created_at=T1).outputs.order_by("-created_at")[:10])',
  dj03e: 'lead = Lead(id=5, created_at=T1)\nlist(lead.outputs.filter(created_at__gte=lead.created_at))',
  // ListView with paginate_by: a count, then the page.
  dj04a: 'qs = Lead.objects.all()\nqs.count()\nlist(qs[:50])',
  dj04b: 'list(Lead.objects.filter(created_at__gte=T1).order_by("-created_at"))',
  dj04c: 'list(AgentOutput.objects.filter(lead_id=5))',
  dj04d: 'list(Campaign.objects.filter(user_id=7, archived=False))',
  dj05a: 'list(AgentOutput.objects.all())',
  dj05b: 'list(Lead.objects.filter(user=7, created_at__gte=T1))',
  dj05c: 'list(Lead.objects.filter(company="Acme"))',
  dj06a: 'list(AgentOutput.objects.filter(lead__company="Acme", created_at__gte=T1))',
  dj06b: 'list(Lead.objects.filter(outputs__kind="email", created_at__gte=T1).distinct())',
  dj06c: 'list(AgentOutput.objects.filter(lead__created_at__gte=T1, created_at__gte=T1))',
  dj06d: 'list(AgentOutput.objects.select_related("lead").filter(created_at__gte=T1))',
  dj06e: 'sorted(set(Lead.objects.filter(user_id=7, created_at__gte=T1, status="won").values_list("campaign__name", flat=True)))',
  dj07a: 'list(Lead.objects.filter(status="won").filter(created_at__gte=datetime(2026, 3, 1, tzinfo=timezone.utc), created_at__lt=datetime(2026, 4, 1, tzinfo=timezone.utc)))',
  dj07b: 'list(Lead.objects.all().filter(status="won").order_by("-id"))',
  dj07c: 'list(Lead.objects.filter(company="Acme").filter(created_at__gte=datetime(2026, 3, 1, tzinfo=timezone.utc), created_at__lt=datetime(2026, 4, 1, tzinfo=timezone.utc)).filter(status="won").order_by("-id"))',
  dj08a: 'Lead.objects.filter(status="stale").update(status="archived")',
  dj08b: 'AgentOutput.objects.filter(created_at__lt=T1).delete()',
  dj08c: 'for lead in Lead.objects.filter(campaign_id=3).iterator():\n    pass',
  dj08d: 'Lead.objects.filter(id__in=[1, 2], created_at__gte=T1).update(status="contacted")',
  dj09a: 'Lead.objects.filter(created_at__year=2026).count()',
  dj09b: 'Lead.objects.filter(created_at__date=date(2026, 3, 5)).count()',
  dj09c: 'list(Lead.objects.annotate(month=TruncMonth("created_at")).values("month").annotate(n=Count("id")))',
  dj09d: 'AgentOutput.objects.filter(lead_id=5).aggregate(last=Max("created_at"))',
  dj09e: 'list(AgentOutput.objects.filter(created_at__range=(T1, T2)).values("kind").annotate(n=Count("id")).order_by("-n")[:5])',
  dj10a: 'Lead.objects.get(pk=5)',
  dj10b: 'Lead.objects.get(pk=5, created_at=T1)',
  dj10c: 'AgentOutput.objects.filter(lead_id=5).first()',
  dj10d: 'Lead.objects.filter(user_id=7).latest("created_at")',
  dj10e: 'Campaign.objects.filter(user_id=7, pk=3).first()',
  dj11a: 'list(Campaign.objects.filter(user=7))',
  dj11b: 'qs = Lead.objects.filter(user=7)\nqs.count()\nlist(qs[:25])',
};

const SQLALCHEMY: Record<string, string> = {
  sa01a: 'session.scalars(select(Lead).where(Lead.company == "Acme")).all()',
  sa01b: 'session.scalars(select(Lead).where(Lead.created_at >= T1, Lead.created_at < T2)).all()',
  sa01c: 'session.execute(select(Lead).where(Lead.user_id == 7).where(Lead.created_at >= T1)).scalars().all()',
  sa01d: 'session.scalars(select(Lead).where(Lead.user_id == 7).order_by(Lead.id.desc()).limit(10)).all()',
  sa02a: 'session.query(Lead).filter(Lead.status == "new").offset(0).limit(100).all()',
  sa02b: 'session.query(Lead).filter(Lead.created_at >= T1).order_by(Lead.created_at.desc()).all()',
  sa02c: 'session.query(AgentOutput).filter_by(lead_id=5).order_by(AgentOutput.created_at.desc()).first()',
  sa02d: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).all()',
  sa03a: 'session.execute(select(Lead, AgentOutput).join(AgentOutput, AgentOutput.lead_id == Lead.id).where(Lead.created_at >= T1)).all()',
  sa03b: 'session.execute(select(Lead, AgentOutput).join(AgentOutput, AgentOutput.lead_id == Lead.id).where(Lead.created_at >= T1, AgentOutput.created_at >= T1)).all()',
  sa03c: 'session.scalars(select(Lead).join(Lead.outputs).where(Lead.created_at >= T1, AgentOutput.kind == "email")).all()',
  sa03d: 'session.scalars(select(Lead).join(Campaign, Campaign.id == Lead.campaign_id).where(Campaign.user_id == 7, Lead.created_at >= T1)).all()',
  sa04a: 'session.scalars(select(Lead).where(Lead.status == "won").order_by(Lead.id).where(Lead.created_at >= T1, Lead.created_at < T2)).all()',
  sa04b: 'session.scalars(select(Lead).where(Lead.status == "won").order_by(Lead.id)).all()',
  sa04c: 'session.execute(select(Lead.id, Lead.email).where(Lead.created_at >= T1, Lead.created_at < T2).where(Lead.company == "Acme")).all()',
  sa05a: 'session.execute(update(Lead).where(Lead.status == "stale").values(status="archived"))',
  sa05b: 'session.execute(delete(AgentOutput).where(AgentOutput.created_at < T1))',
  sa05c: 'session.query(Lead).filter(Lead.campaign_id == 3).update({Lead.campaign_id: None}, synchronize_session=False)',
  sa05d: 'session.query(Lead).filter(Lead.created_at >= T1, Lead.status == "error").update({"status": "new"}, synchronize_session=False)',
  sa06a: 'session.scalars(select(Lead).where(func.date(Lead.created_at) == date(2026, 3, 5))).all()',
  sa06b: 'session.scalars(select(Lead).where(cast(Lead.created_at, Date) == date(2026, 3, 5))).all()',
  sa06c: 'session.scalars(select(Lead).where(Lead.created_at.between(T1, T2))).all()',
  sa06d: 'session.scalars(select(Lead).where(or_(Lead.created_at >= T1, Lead.company == "VIP"))).all()',
  sa06e: 'month = func.date_trunc("month", Lead.created_at)\nsession.execute(select(month, func.count()).group_by(month)).all()',
  sa07a: 'c = Campaign.__table__\nsession.execute(select(c).where(c.c.user_id == 7)).fetchall()',
  sa07b: 'c = Campaign.__table__\nsession.execute(select(c.c.name).where(c.c.archived.is_(False))).scalars().all()',
  sa07c: 'c = Campaign.__table__\nsession.execute(select(c).where(c.c.id == 3)).first()',
  sa08a: 'session.scalars(select(AgentOutput).where(AgentOutput.lead_id == 5)).all()',
  sa08b: 'session.scalars(select(AgentOutput).where(AgentOutput.lead_id == 5).where(AgentOutput.created_at >= T1)).all()',
  sa08c: 'session.scalars(select(Lead).where(Lead.company == "Acme")).all()',
  // selectinload: the leads query, then the IN query SQLAlchemy sends for the loaded ids.
  sa09a: 'session.scalars(select(Lead).where(Lead.created_at >= T1)).all()\nsession.scalars(select(AgentOutput).where(AgentOutput.lead_id.in_([1, 2]))).all()',
  sa09b: 'session.scalars(select(AgentOutput).options(joinedload(AgentOutput.lead)).where(AgentOutput.created_at >= T1)).all()',
  sa09c: 'session.scalars(select(Lead).where(Lead.created_at >= T1).order_by(Lead.created_at.desc()).limit(50)).all()',
  sa10a: 'session.scalar(select(func.count()).select_from(Lead).where(Lead.company == "Acme"))',
  sa10b: 'session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.created_at >= T1))',
  sa10c: 'session.query(Lead.id).filter(Lead.user_id == 7).count()',
  sa10d: 'session.scalar(select(func.max(Lead.created_at)))',
};

// ------------------------------------------------------------------------------------------
// TypeScript ORMs, offline.

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
for (const [m, columns] of [
  [OLead, ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']],
  [OOutput, ['id', 'lead_id', 'kind', 'body', 'created_at']],
  [OCampaign, ['id', 'user_id', 'name', 'archived']],
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
const P = '"public"."leads"';
const PA = '"public"."agent_outputs"';
const PC = '"public"."campaigns"';

type Build = () => Statement | Statement[] | Promise<Statement | Statement[]>;

const TS: Record<string, Build> = {
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
  to08a: () => doc('SELECT count(*) FROM leads WHERE created_at::date = $1', '2026-03-05'),
  to08b: () => doc('SELECT id, email FROM leads WHERE created_at >= $1', T1),
  to08c: () => find('Lead', { where: { createdAt: Raw((alias) => `date_trunc('day', ${alias}) = :day`, { day: T1 }) } }),

  // Prisma: the SQL Prisma documents and logs for each call (see the header).
  pr01a: () => doc(`SELECT ${P}."id", ${P}."company" FROM ${P} WHERE ${P}."company" = $1 LIMIT $2 OFFSET $3`, 'Acme', 50, 0),
  pr01b: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."company" = $1 AND ${P}."created_at" >= $2) OFFSET $3`, 'Acme', T1, 0),
  pr01c: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."id" = $1 AND ${P}."created_at" = $2) LIMIT $3 OFFSET $4`, 5, T1, 1, 0),
  pr01d: () => doc(`SELECT ${P}."id" FROM ${P} WHERE ${P}."id" = $1 LIMIT $2 OFFSET $3`, 5, 1, 0),
  pr02a: () => doc(`SELECT ${P}."id" FROM ${P} WHERE ${P}."user_id" = $1 ORDER BY ${P}."created_at" DESC OFFSET $2`, 7, 0),
  pr02b: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."user_id" = $1 AND ${P}."created_at" >= $2) OFFSET $3`, 7, T1, 0),
  pr02c: () => doc(`SELECT ${PC}."id" FROM ${PC} WHERE (${PC}."user_id" = $1 AND ${PC}."archived" = $2) OFFSET $3`, 7, false, 0),
  pr02d: () => doc(`SELECT COUNT(*) FROM (SELECT ${PC}."id" FROM ${PC} WHERE ${PC}."archived" = $1 OFFSET $2) AS "sub"`, false, 0),
  pr03a: () =>
    doc(
      `SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 AND (${P}."id", ${P}."created_at") IN (SELECT "t1"."lead_id", "t1"."created_at" FROM ${PA} AS "t1" WHERE ("t1"."kind" = $2 AND "t1"."lead_id" IS NOT NULL AND "t1"."created_at" IS NOT NULL))) OFFSET $3`,
      T1,
      'email',
      0,
    ),
  pr03b: () =>
    doc(
      `SELECT ${P}."id" FROM ${P} WHERE (${P}."created_at" >= $1 AND (${P}."id", ${P}."created_at") IN (SELECT "t1"."lead_id", "t1"."created_at" FROM ${PA} AS "t1" WHERE ("t1"."kind" = $2 AND "t1"."created_at" >= $3 AND "t1"."lead_id" IS NOT NULL AND "t1"."created_at" IS NOT NULL))) OFFSET $4`,
      T1,
      'email',
      T1,
      0,
    ),
  pr03c: () =>
    doc(
      `SELECT ${PA}."id" FROM ${PA} WHERE (${PA}."created_at" >= $1 AND (${PA}."lead_id", ${PA}."created_at") IN (SELECT "t1"."id", "t1"."created_at" FROM ${P} AS "t1" WHERE ("t1"."company" = $2 AND "t1"."id" IS NOT NULL AND "t1"."created_at" IS NOT NULL))) OFFSET $3`,
      T1,
      'Acme',
      0,
    ),
  pr03d: () =>
    doc(
      `SELECT ${PA}."id" FROM ${PA} WHERE (${PA}."created_at" >= $1 AND (${PA}."lead_id", ${PA}."created_at") IN (SELECT "t1"."id", "t1"."created_at" FROM ${P} AS "t1" WHERE ("t1"."company" = $2 AND "t1"."created_at" >= $3 AND "t1"."id" IS NOT NULL AND "t1"."created_at" IS NOT NULL))) OFFSET $4`,
      T1,
      'Acme',
      T1,
      0,
    ),
  pr04a: () => doc(`UPDATE ${P} SET "status" = $1 WHERE ${P}."status" = $2`, 'archived', 'stale'),
  pr04b: () => doc(`DELETE FROM ${PA} WHERE ${PA}."created_at" < $1`, T1),
  pr04c: () => doc(`DELETE FROM ${PA} WHERE ${PA}."lead_id" = $1`, 5),
  pr05a: () => doc(`SELECT ${P}."id" FROM ${P} WHERE 1=1 LIMIT $1 OFFSET $2`, 100, 0),
  pr05b: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."status" = $1 AND ${P}."created_at" >= $2) OFFSET $3`, 'won', T1, 0),
  pr06a: () => doc('SELECT count(*) FROM leads WHERE created_at::date = $1::date', '2026-03-05'),
  pr06b: () => doc('SELECT id, email FROM leads WHERE created_at >= $1', T1),
  pr07a: () => doc(`SELECT COUNT(*) FROM (SELECT ${P}."id" FROM ${P} WHERE ${P}."status" = $1 OFFSET $2) AS "sub"`, 'new', 0),
  pr07b: () => doc(`SELECT MAX("created_at") FROM (SELECT ${P}."created_at" FROM ${P} WHERE ${P}."created_at" >= $1 OFFSET $2) AS "sub"`, T1, 0),
  pr07c: () => doc(`SELECT ${P}."status", COUNT(*) FROM ${P} WHERE 1=1 GROUP BY ${P}."status" OFFSET $1`, 0),
  pr08a: () => doc(`SELECT ${P}."id" FROM ${P} WHERE ${P}."campaign_id" = $1 OFFSET $2`, 3, 0),
  pr08b: () => doc(`SELECT ${P}."id" FROM ${P} WHERE (${P}."campaign_id" = $1 AND ${P}."created_at" >= $2) OFFSET $3`, 3, T1, 0),
};

// ------------------------------------------------------------------------------------------

/** Partitioned tables of which every leaf partition is in the plan. */
function keptAll(plan: unknown): string[] {
  const seen = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o['Relation Name'] === 'string') seen.add(o['Relation Name']);
      Object.values(o).forEach(walk);
    }
  };
  walk(plan);
  return Object.entries(PARTITIONED)
    .filter(([t, n]) => [...seen].filter((r) => r.startsWith(`${t}_`)).length === n)
    .map(([t]) => t);
}

function harness(cmd: string, args: string[], code: Record<string, string>, env: Record<string, string>): Map<string, { statements: Statement[]; error?: string | null }> {
  const input = Object.entries(code).map(([id, c]) => ({ id, code: c }));
  const r = spawnSync(cmd, args, { input: JSON.stringify(input), encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const out = JSON.parse(r.stdout) as { id: string; statements: Statement[]; error?: string | null }[];
  return new Map(out.map((o) => [o.id, o]));
}

function available(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) return `${cmd} is not runnable (${r.error.message})`;
  return r.status === 0 ? undefined : r.stderr.trim().split('\n').at(-1);
}

const labels: Label[] = ORMS.flatMap((o) => casesOf(ACC, o)).flatMap((c) => c.labels);
const EQUIVALENTS: Record<Orm, Record<string, unknown>> = {
  activerecord: ACTIVERECORD,
  django: DJANGO,
  sqlalchemy: SQLALCHEMY,
  knex: pick('kx'),
  objection: pick('ob'),
  kysely: pick('ky'),
  drizzle: pick('dz'),
  sequelize: pick('sq'),
  typeorm: pick('to'),
  prisma: pick('pr'),
};
function pick(prefix: string): Record<string, Build> {
  return Object.fromEntries(Object.entries(TS).filter(([id]) => id.startsWith(prefix)));
}

void test('every labelled site has exactly one equivalent query, and every equivalent a label', () => {
  const ids = labels.map((l) => l.id);
  assert.equal(new Set(ids).size, ids.length, `label ids are unique: ${ids.filter((x, i) => ids.indexOf(x) !== i).join(', ')}`);
  for (const orm of ORMS) {
    const mine = labels.filter((l) => l.orm === orm).map((l) => l.id).sort();
    assert.deepEqual(mine, Object.keys(EQUIVALENTS[orm]).sort(), `${orm}: labels and equivalents differ`);
  }
  // Both outcomes are well represented, so the bench measures precision and recall.
  assert.ok(labels.filter((l) => l.expect === 'scans-all').length >= 100 && labels.filter((l) => l.expect === 'prunes').length >= 100);
});

void test('the planner agrees with every label (real ORMs, EXPLAIN on PostgreSQL)', async (t) => {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) {
    t.skip(`NO POSTGRESQL SERVER AVAILABLE: ${skipped.join('; ')}`);
    return;
  }
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  // Statements built offline once; they are the same for every server.
  const built = new Map<string, Statement[]>();
  for (const [id, b] of Object.entries(TS)) {
    const r = await b();
    built.set(id, Array.isArray(r) ? r : [r]);
  }
  const byId = new Map(labels.map((l) => [l.id, l]));
  /** Disagreements of one site's statements with its label (none when they agree). */
  const judge = (id: string, statements: readonly { sql: string; plan: unknown }[]): string[] => {
    const label = byId.get(id);
    assert.ok(label, id);
    const onPartitioned = statements.filter((s) => Object.keys(PARTITIONED).some((tb) => new RegExp(`\\b${tb}\\b`).test(s.sql)));
    if (onPartitioned.length === 0) return [`${id}: no statement on a partitioned table was sent (${statements.map((s) => s.sql).join(' | ') || 'none'})`];
    const full = onPartitioned.flatMap((s) => keptAll(s.plan).map((tb) => `${tb} in: ${s.sql}`));
    const truth = full.length > 0 ? 'scans-all' : 'prunes';
    if (truth === label.expect) return [];
    return [`${id} (${path.relative(ROOT, label.file)}:${label.line}) labelled ${label.expect}, planner: ${truth}\n    ${full.join('\n    ') || onPartitioned.map((s) => s.sql).join('\n    ')}`];
  };
  for (const server of servers) {
    const fresh = await freshDatabase(server, 'acclabels');
    const client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    try {
      await client.query(SCHEMA);
      await client.query("SET plan_cache_mode = 'force_custom_plan'");
      await t.test(`PostgreSQL ${server.major}: knex, Objection, Kysely, Drizzle, Sequelize, TypeORM (offline SQL), Prisma (documented SQL)`, async () => {
        const disagreements: string[] = [];
        for (const [id, statements] of built) {
          const planned: { sql: string; plan: unknown }[] = [];
          for (const s of statements) {
            const res = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${s.sql}`, [...(s.params ?? [])]);
            planned.push({ sql: s.sql, plan: res.rows[0]!['QUERY PLAN'] });
          }
          disagreements.push(...judge(id, planned));
        }
        assert.deepEqual(disagreements, []);
      });
      // The Ruby/Python ORMs run for real on the first server only (one process each).
      if (server !== servers[0]) continue;
      const harnessRuns: [Orm, string | undefined, () => Map<string, { statements: Statement[]; error?: string | null }>][] = [
        [
          'activerecord',
          available('ruby', ['-e', 'require "active_record"; require "pg"']),
          () =>
            harness('ruby', [path.join(ACC, '_validate/run_activerecord.rb')], ACTIVERECORD, {
              DATABASE_URL: fresh.url,
              PL_MODELS: JSON.stringify(['application_record', 'user', 'campaign', 'lead', 'agent_output'].map((m) => path.join(ACC, 'activerecord/01-service-returns-relation/app/models', `${m}.rb`))),
            }),
        ],
        [
          'django',
          available('/usr/bin/python3', ['-c', 'import django, psycopg2']),
          () => harness('/usr/bin/python3', [path.join(ACC, '_validate/run_django.py')], DJANGO, { DATABASE_URL: fresh.url, PL_APP_DIR: path.join(ACC, 'django/01-service-functions') }),
        ],
        [
          'sqlalchemy',
          available('/usr/bin/python3', ['-c', 'import sqlalchemy, psycopg2']),
          () => harness('/usr/bin/python3', [path.join(ACC, '_validate/run_sqlalchemy.py')], SQLALCHEMY, { DATABASE_URL: fresh.url, PL_APP_DIR: path.join(ACC, 'sqlalchemy/01-repository-class') }),
        ],
      ];
      for (const [orm, missing, run] of harnessRuns) {
        await t.test(`PostgreSQL ${server.major}: ${orm} run for real`, (st) => {
          if (missing) {
            st.skip(`REAL ${orm.toUpperCase()} NOT AVAILABLE (${missing}): install it with test/setup-tools.sh`);
            return;
          }
          const disagreements: string[] = [];
          for (const [id, r] of run()) {
            if (r.error) disagreements.push(`${id}: the ORM failed: ${r.error}`);
            disagreements.push(...judge(id, r.statements.map((s) => ({ sql: s.sql, plan: s.plan }))));
          }
          assert.deepEqual(disagreements, []);
        });
      }
    } finally {
      await client.end();
      await fresh.drop();
    }
  }
});
