/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches (cases written after
 * the first 209, modelled on public applications), built by the real ORMs offline and the Prisma
 * sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For conditional filters the
 * equivalent is the path without the key filter.
 */
import { and, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import { Model as OModel } from 'objection';
import { Op } from 'sequelize';
import { Between, Brackets } from 'typeorm';
import { dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OLead, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;

/** Objection models whose relation target has a modifier (graph fetches with `outputs(lastWeek)`). */
class FOutput extends OModel {
  static override tableName = 'agent_outputs';
  static override modifiers = {
    lastWeek(q: ReturnType<typeof FOutput.query>) {
      void q.where('created_at', '>=', new Date(Date.now() - 7 * DAY));
    },
  };
}
class FLead extends OModel {
  static override tableName = 'leads';
  static override relationMappings = () => ({
    outputs: { relation: OModel.HasManyRelation, modelClass: FOutput, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
  });
}
for (const [mc, columns] of [
  [FLead, ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']],
  [FOutput, ['id', 'lead_id', 'kind', 'body', 'created_at']],
] as const) {
  mc.knex(knex);
  (mc as unknown as { tableMetadata: () => { columns: readonly string[] } }).tableMetadata = () => ({ columns });
}
/** The eager fetch an Objection graph sends for the loaded leads (the parent query answers lead 5). */
const graphFetch = async (expr: string): Promise<ReturnType<typeof kx>[]> =>
  (await objectionRuns(() => FLead.query().where('user_id', 7).withGraphFetched(expr).resolve([FLead.fromJson({ id: 5 })]))).filter((s) => /from "agent_outputs"/.test(s.sql));

export const TS_FRESH: Record<string, Build> = {
  // knex
  kx22a: () => kx(knex('leads').select('id', 'email', 'status').limit(20).offset(0)),
  kx22b: () => kx(knex('leads').where('created_at', '>=', T1).andWhere('created_at', '<', T2)),
  kx22c: () => kx(knex('agent_outputs').where({ lead_id: 5 }).del()),
  kx22d: () => kx(knex('leads').where({ id: 5, created_at: T1 }).del()),
  kx22e: () => kx(knex('leads').where('created_at', '>=', T1).select('status').count('* as n').groupBy('status')),
  kx23a: () => kx(knex('leads').where({ id: 5 }).first()),
  kx23b: () => kx(knex('leads').whereBetween('created_at', [T1, T2]).where({ status: 'new' }).orderBy('created_at', 'desc')),
  kx23c: () => kx(knex('campaigns').where({ id: 3 }).first()),
  kx23d: () => kx(knex('campaigns').where({ user_id: 7 }).where({ archived: false })),
  kx23e: () => kx(knex('leads').whereIn('id', [5, 6])),

  // Objection
  // page(): the total over the same where, then the page.
  ob20a: () => [ob(OLead.query().where('status', 'new')), ob(OLead.query().where('status', 'new').orderBy('id', 'desc').limit(25).offset(0))],
  ob20b: () => ob(OLead.query().where('created_at', '>=', T1).where('created_at', '<', T2).where('status', 'won')),
  ob20c: () => ob(OLead.query().findOne({ id: 5, created_at: T1 })),
  ob20d: () => ob(OLead.fromJson({ id: 5 }).$relatedQuery('outputs').where('kind', 'email')),
  ob20e: () => ob(OLead.fromJson({ id: 5 }).$relatedQuery('outputs').where('created_at', '>=', T1)),
  ob21a: async () => [ob(FLead.query().where('user_id', 7).where('created_at', '>=', T1)), ...(await graphFetch('outputs(lastWeek)'))],
  ob21b: async () => [ob(FLead.query().where('user_id', 7).where('created_at', '>=', T1)), ...(await graphFetch('outputs'))],
  ob21c: () => ob(OLead.query().where('user_id', 7).orderBy('id')),
  ob21d: async () => (await objectionRuns(() => OLead.query().patchAndFetchById(5, { status: 'won' }))).filter((s) => /^(update|select)/i.test(s.sql)),

  // Kysely
  ky20a: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).orderBy('id', 'desc')),
  ky20b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select(['status', (eb) => eb.fn.countAll().as('n')])
        .where('created_at', '>=', T1)
        .where('created_at', '<', T2)
        .groupBy('status'),
    ),
  ky20c: () => ky(kysely.selectFrom('leads').select(['id', 'email', 'status', 'created_at']).where('company', '=', 'Acme')),
  ky20d: () => ky(kysely.selectFrom('leads').select(['id', 'email', 'status', 'created_at']).where('created_at', '>=', T1).orderBy('created_at', 'desc').limit(1)),
  ky21a: () => ky(kysely.updateTable('leads').set({ status: 'closed' }).where('id', '=', 5)),
  ky21b: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', '=', 5).where('created_at', '>=', T1)),
  ky21c: () => ky(kysely.selectFrom('campaigns').selectAll().where('id', '=', 3)),
  ky21d: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where('id', '=', 3)),
  ky21e: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).orderBy('id', 'desc')),
  ky21f: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where('created_at', '>=', T1)),

  // Drizzle
  dz21a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7))).orderBy(desc(dLeads.id))),
  dz21b: () => dzs(dz.select().from(dLeads).where(and(gte(dLeads.createdAt, T1), lt(dLeads.createdAt, T2))).$dynamic().limit(20).offset(20)),
  dz21c: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.kind, 'email')).$dynamic().limit(20).offset(0)),
  dz21d: () => dzs(dz.select({ id: dLeads.id, email: dLeads.email }).from(dLeads).where(and(gte(dLeads.createdAt, T1), lt(dLeads.createdAt, T2)))),
  dz22a: () => dzs(dz.query.leads.findMany({ where: (l, { eq }) => eq(l.userId, 7), with: { outputs: true } })),
  dz22b: () =>
    dzs(
      dz.query.leads.findMany({
        where: (l, { and, eq, gte }) => and(eq(l.userId, 7), gte(l.createdAt, T1)),
        with: { outputs: { where: (o, { gte }) => gte(o.createdAt, T1) } },
      }),
    ),
  dz22c: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)) })),
  dz22d: () => dzs(dz.update(dLeads).set({ status: 'archived' }).where(inArray(dLeads.id, [5, 6]))),
  dz22e: () => dzs(dz.delete(dOutputs).where(and(inArray(dOutputs.leadId, [5, 6]), gte(dOutputs.createdAt, new Date(Date.now() - DAY))))),

  // Sequelize
  sq20a: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ userId: 7 }, { createdAt: { [Op.gte]: T1, [Op.lt]: T2 } }, { status: 'new' }] } })),
  sq20b: () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['id', 'DESC']] })),
  sq20c: () => sq(() => SLead.findAndCountAll({ where: { userId: 7 }, limit: 20, offset: 0 })),
  sq20d: () => sq(() => SLead.findAndCountAll({ where: { createdAt: { [Op.gte]: T1 } }, limit: 20, offset: 0 })),
  sq20e: () => sq(() => SLead.findAndCountAll({ where: { company: 'Acme' }, limit: 20, offset: 0 })),
  sq21a: () => ({ sql: 'SELECT company, count(*) AS n FROM leads WHERE user_id = $1 GROUP BY company', params: [7] }),
  sq21b: () => ({ sql: 'SELECT status, count(*) AS n FROM leads WHERE user_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY status', params: [7, T1, T2] }),
  sq21c: () => sq(() => SLead.findOne({ where: { id: 5, createdAt: T1 } })),
  sq21d: () => sq(() => SOutput.findAll({ where: { leadId: 5, kind: 'email' } })),
  sq21e: () => sq(() => SLead.update({ status: 'closed' }, { where: { id: 5 } })),
  sq21f: () => sq(() => SLead.destroy({ where: { id: 5, createdAt: T1 } })),

  // TypeORM
  to21a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.userId = :userId', { userId: 7 }).orderBy('lead.id', 'DESC')),
  to21b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.createdAt BETWEEN :from AND :to', { from: T1, to: T2 }).andWhere(new Brackets((b) => b.where('l.company ILIKE :kw', { kw: '%ac%' }).orWhere('l.status ILIKE :kw', { kw: '%ac%' })))),
  to21c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to21d: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .select('COUNT(DISTINCT("lead"."id"))', 'cnt')
        .where('lead.createdAt >= :since', { since: T1 })
        .andWhere(new Brackets((b) => b.where('lead.status = :a', { a: 'new' }).orWhere('lead.status = :b', { b: 'open' }))),
    ),
  to22a: () => find('Lead', { where: { userId: '7' }, order: { createdAt: 'DESC' }, take: 50 }),
  to22b: () => find('Lead', { where: { createdAt: Between(T1, T2), status: 'new' } }),
  // findAndCount: the page (its count has the same where).
  to22c: () => find('Lead', { where: { company: 'Acme' }, skip: 0, take: 20 }),
  to22d: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to22e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'new' }).where({ id: '5', createdAt: T1 })),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  pr22a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: undefined }, select: { id: true, email: true, status: true, createdAt: true } }),
  pr22b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, orderBy: { id: 'desc' } }),
  pr22c: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1, lt: T2 } }, select: { id: true, email: true, status: true, createdAt: true } }),
  pr22d: (p) => m(p, 'lead').findFirst!({ where: { email: 'a@acme.test' }, orderBy: { createdAt: 'desc' } }),
  pr23a: (p) => m(p, 'lead').count!({ where: { createdAt: { gte: T1 } } }),
  pr23b: (p) => m(p, 'lead').findMany!({ where: { createdAt: { gte: T1 } }, skip: 20, take: 20 }),
  pr23c: (p) => m(p, 'lead').count!({ where: { status: 'new' } }),
  pr23d: (p) => m(p, 'lead').findMany!({ where: { status: 'new' }, skip: 20, take: 20 }),
  pr23e: (p) => m(p, 'agentOutput').findMany!({ where: { lead: { id: 5n } }, orderBy: { createdAt: 'desc' } }),
  pr23f: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n, createdAt: { gte: T1 } } }),
};
