/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches (cases written after
 * the first 209, modelled on public applications), built by the real ORMs offline and the Prisma
 * sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For conditional filters the
 * equivalent is the path without the key filter.
 */
import { and, count, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import { sql as ksql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { Model as OModel } from 'objection';
import { col, fn, Op, where as sqWhere } from 'sequelize';
import { Between, Brackets, In, LessThan, MoreThan, MoreThanOrEqual } from 'typeorm';
import { PRISMA_FRESH2, TS_FRESH2 } from './fresh-ts2-equivalents';
import { PRISMA_FRESH3, TS_FRESH3 } from './fresh-ts3-equivalents';
import { PRISMA_FRESH4, TS_FRESH4 } from './fresh-ts4-equivalents';
import { PRISMA_FRESH5, TS_FRESH5 } from './fresh-ts5-equivalents';
import { PRISMA_FRESH6, TS_FRESH6 } from './fresh-ts6-equivalents';
import { PRISMA_FRESH7, TS_FRESH7 } from './fresh-ts7-equivalents';
import { PRISMA_FRESH8, TS_FRESH8 } from './fresh-ts8-equivalents';
import { PRISMA_FRESH9, TS_FRESH9 } from './fresh-ts9-equivalents';
import { PRISMA_FRESH10, TS_FRESH10 } from './fresh-ts10-equivalents';
import { PRISMA_FRESH11, TS_FRESH11 } from './fresh-ts11-equivalents';
import { PRISMA_FRESH12, TS_FRESH12 } from './fresh-ts12-equivalents';
import { dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

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
class OOutput2 extends OModel {
  static override tableName = 'agent_outputs';
  static override relationMappings = () => ({
    lead: { relation: OModel.BelongsToOneRelation, modelClass: FLead, join: { from: 'agent_outputs.lead_id', to: 'leads.id' } },
  });
}
for (const [mc, columns] of [
  [FLead, ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']],
  [FOutput, ['id', 'lead_id', 'kind', 'body', 'created_at']],
  [OOutput2, ['id', 'lead_id', 'kind', 'body', 'created_at']],
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

  // ---- Batch B
  kx24a: () => kx(knex('leads').where('user_id', 7).count({ count: '*' })),
  kx24b: () => kx(knex('leads').where('user_id', 7).orderBy('id', 'desc').limit(20).offset(0)),
  kx24c: () => kx(knex('leads').whereBetween('created_at', [T1, T2]).count({ count: '*' })),
  kx24d: () => kx(knex('leads').whereBetween('created_at', [T1, T2]).limit(20).offset(0)),
  kx24e: () =>
    kx(
      knex('leads')
        .where('created_at', '>=', T1)
        .andWhere((qb) => {
          void qb.where('email', 'ilike', '%ac%').orWhere('company', 'ilike', '%ac%');
        }),
    ),
  kx24f: () => kx(knex.raw(`SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = ? GROUP BY 1`, [7])),
  kx25a: () => kx(knex('leads').where({ id: 5, created_at: T1 }).first()),
  kx25b: () => kx(knex('agent_outputs').where({ lead_id: 5, kind: 'email' }).first()),
  kx25c: () => kx(knex.from('campaigns').where({ user_id: 7, archived: false }).orderBy('id').limit(100)),
  kx25d: () => kx(knex.from('leads').where({ campaign_id: 3 }).orderBy('created_at').limit(100)),
  kx25e: () => kx(knex('agent_outputs').where({ lead_id: 5 }).del()),

  ob22a: () => ob(OOutput.query().delete().where('lead_id', 5)),
  ob22b: () => ob(OLead.query().patch({ status: 'closed' }).where({ id: 5, created_at: T1 })),
  ob22c: () => ob(OLead.query().joinRelated('outputs').where('leads.created_at', '>=', T1).where('outputs.created_at', '>=', T1).where('outputs.kind', 'email').distinct('leads.*')),
  ob22d: () => ob(OLead.query().where('created_at', '>=', T1).whereExists(OLead.relatedQuery('outputs').where('kind', 'summary'))),
  ob22e: () => ob(OOutput2.query().joinRelated('lead').where('lead.company', 'Acme').where('agent_outputs.created_at', '>=', T1)),
  ob23a: () => ob(OLead.query().findByIds([5, 6])),
  ob23b: () => ob(OLead.query().findOne({ id: 5, created_at: T1 })),
  ob23c: () => ob(OLead.fromJson({ id: 5 }).$query().patch({ status: 'won' })),
  ob23d: () => objectionRuns(() => OLead.query().where('user_id', 7).resultSize()),
  ob23e: () => ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1)),

  ky22a: () => ({ sql: `SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = $1 GROUP BY 1`, params: [7] }),
  ky22b: () =>
    ky(
      kysely
        .selectFrom('leads as l')
        .innerJoin('agent_outputs as o', (join) => join.onRef('o.lead_id', '=', 'l.id').on('o.created_at', '>=', T1))
        .select(['l.id', 'o.kind'])
        .where('l.campaign_id', '=', 3)
        .where('l.created_at', '>=', T1),
    ),
  ky22c: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll()
        .where(({ eb, or, and }) => and([or([eb('email', 'ilike', '%ac%'), eb('company', 'ilike', '%ac%')])])),
    ),
  ky22d: () => ky(kysely.selectFrom('agent_outputs').select(['id', 'kind', 'created_at']).where((eb) => eb.and([eb('kind', 'in', ['email']), eb('created_at', '>', ksql<Date>`now() - interval '1 day'`)]))),
  ky23a: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .select((eb) => jsonArrayFrom(eb.selectFrom('agent_outputs').select(['agent_outputs.id', 'agent_outputs.kind']).whereRef('agent_outputs.lead_id', '=', 'leads.id')).as('outputs'))
        .where('leads.id', '=', 5)
        .where('leads.created_at', '=', T1),
    ),
  ky23b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .select((eb) =>
          jsonArrayFrom(eb.selectFrom('agent_outputs').select(['agent_outputs.id', 'agent_outputs.kind']).whereRef('agent_outputs.lead_id', '=', 'leads.id').where('agent_outputs.created_at', '>=', T1)).as('outputs'),
        )
        .where('leads.user_id', '=', 7)
        .where('leads.created_at', '>=', T1),
    ),
  ky23c: () => ky(kysely.selectFrom('leads').selectAll().where('email', '=', 'a@acme.test').limit(1)),

  dz23a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1)))),
  dz23b: () => dzs(dz.select().from(dLeads).where(eq(dLeads.userId, 7))),
  dz23c: () =>
    dzs(
      dz
        .select({ output: dOutputs.id, campaign: dCampaigns.name })
        .from(dOutputs)
        .innerJoin(dLeads, and(eq(dLeads.id, dOutputs.leadId), gte(dLeads.createdAt, T1)))
        .innerJoin(dCampaigns, and(eq(dCampaigns.id, dLeads.campaignId), eq(dCampaigns.userId, 7)))
        .where(gte(dOutputs.createdAt, T1)),
    ),
  dz23d: () => dzs(dz.select({ id: dOutputs.id }).from(dOutputs).innerJoin(dLeads, eq(dLeads.id, dOutputs.leadId)).where(and(eq(dLeads.userId, 7), gte(dOutputs.createdAt, T1)))),
  dz23e: () => ({ sql: `SELECT date_trunc('day', "leads"."created_at") AS day, count(*) FROM "leads" WHERE "leads"."user_id" = $1 GROUP BY 1`, params: [7] }),
  dz24a: () => dzs(dz.query.leads.findFirst({ where: eq(dLeads.email, 'a@acme.test') })),
  dz24b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1), lt(dLeads.createdAt, T2)))),
  dz24c: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.leadId, 5)).orderBy(desc(dOutputs.createdAt)).limit(10)),
  dz24d: () => dzs(dz.query.campaigns.findMany({ where: (c, { eq }) => eq(c.userId, 7) })),

  sq22a: () => sq(() => SLead.findByPk(5)),
  sq22b: () => sq(() => SLead.findOne({ where: { id: 5, createdAt: T1 } })),
  // save() of a changed instance and reload(): by the primary key `id` only.
  sq22c: () =>
    sq(async () => {
      const l = SLead.build({ id: 5, company: 'Acme' }, { isNewRecord: false, raw: true });
      l.set('company', 'Initech');
      await l.save();
    }),
  sq22d: () => sq(() => SLead.findOne({ where: { email: 'a@acme.test', createdAt: { [Op.gte]: new Date(Date.now() - DAY) } } })),
  sq22e: () => sq(() => SLead.build({ id: 5 }, { isNewRecord: false }).reload()),
  sq22f: () => sq(() => SLead.update({ status: 'won' }, { where: { id: { [Op.in]: [5, 6] }, createdAt: { [Op.gte]: T1 } } })),
  sq23a: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: new Date(Date.now() - 30 * DAY) } } })),
  sq23b: () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['createdAt', 'DESC']] })),
  sq23c: () => sq(() => SLead.count({ where: sqWhere(fn('date', col('created_at')), '2026-03-05') })),
  sq23d: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: T1 } }, include: [{ model: SOutput, as: 'outputs', where: { kind: 'email' }, required: true }] })),

  to23a: () => find('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(new Date(Date.now() - 7 * DAY)) } }),
  to23b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.userId = :userId', { userId: 7 }).orderBy('lead.id', 'DESC')),
  to23c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to23d: () => find('Lead', { where: { id: '5', createdAt: T1 }, take: 1 }),
  // save(): TypeORM loads the entity by its primary column, then updates by it.
  to23e: async () => [await find('Lead', { where: { id: '5' } }), await to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5' }))],
  to24a: () => ({ sql: 'SELECT date_trunc($2, created_at) AS day, count(*) FROM leads WHERE user_id = $1 GROUP BY 1', params: [7, 'day'] }),
  to24b: () => ({ sql: 'SELECT status, count(*) FROM leads WHERE user_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY status', params: [7, T1, T2] }),
  to24c: () => find('AgentOutput', { where: { leadId: '5', createdAt: MoreThan(new Date(Date.now() - DAY)) }, take: 1 }),
  to24d: () => find('AgentOutput', { where: { kind: 'draft', createdAt: LessThan(new Date(Date.now() - 400 * DAY)) } }),
  to24e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'queued' }).where({ userId: '7', status: 'new' })),
  to24f: () => find('Campaign', { where: { userId: '7' } }),
  to24g: () => find('Lead', { where: { company: 'Acme' } }),

  // ---- Batch C
  kx26a: () => kx(knex('leads').where({ user_id: 7 }).orderBy('id', 'desc')),
  kx26b: () => kx(knex('leads').where({ user_id: 7 }).whereBetween('created_at', [T1, T2])),
  kx26c: () => kx(knex.select('lead_id', 'kind').from('agent_outputs').whereIn('lead_id', [5, 6]).orderBy('id')),
  kx26d: () => kx(knex('leads').where({ status: 'new' }).andWhere('created_at', '>=', T1).count('* as n')),
  ob24a: () => ob(OLead.query().where('user_id', 7)),
  ob24b: () => ob(OLead.query().where('created_at', '>=', T1).where('created_at', '<', T2)),
  ob24c: () => ob(OOutput.query().where({ kind: 'email' }).orderBy('id', 'desc').limit(50)),
  ky24a: () => ky(kysely.selectFrom('leads').selectAll().orderBy('id', 'desc').limit(50)),
  ky24b: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>=', T1).where('created_at', '<', T2)),
  ky24c: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', '=', 5)),
  ky24d: () => ky(kysely.selectFrom('campaigns').select('name').where('user_id', '=', 7).where('archived', '=', false)),
  dz25a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), undefined)).orderBy(desc(dLeads.id))),
  dz25b: () => dzs(dz.select().from(dLeads).where(and(gte(dLeads.createdAt, T1), lt(dLeads.createdAt, T2), undefined))),
  dz25c: () => dzs(dz.select({ n: count() }).from(dOutputs).where(undefined)),
  dz25d: () => dzs(dz.query.agentOutputs.findMany({ where: and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)), orderBy: [desc(dOutputs.createdAt)], limit: 10 })),
  sq24a: () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['id', 'DESC']], limit: 100 })),
  sq24b: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ createdAt: { [Op.between]: [T1, T2] } }] } })),
  sq24c: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']], limit: 20 })),
  sq24d: () => sq(() => SOutput.count({ where: { leadId: 5, createdAt: { [Op.gt]: T1 } } })),
  kx27a: () => kx(knex('leads').where({ id: 5 }).update({ status: 'won' }).returning('*')),
  kx27b: () =>
    kx(
      knex('leads')
        .whereIn(['id', 'created_at'], [[5, T1], [6, T2]])
        .select('id', 'email'),
    ),
  kx27c: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where({ company: 'Acme' }).andWhere('created_at', '>=', T1)).orderBy('id')),
  kx27d: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where({ company: 'Acme' }).andWhere('created_at', '>=', T1)).andWhere('created_at', '>=', T1)),
  ob25a: () => ob(OLead.query().findById(5).patch({ status: 'won' })),
  ob25b: () => ob(OLead.query().deleteById(5)),
  ob25c: () => ob(OLead.query().delete().where({ id: 5, created_at: T1 })),
  ob25d: () => ob(OLead.relatedQuery('outputs').for([5, 6]).where('created_at', '>=', T1)),
  ky25a: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1).returningAll()),
  ky25b: () => ky(kysely.selectFrom('leads').selectAll().where('id', 'in', [5, 6])),
  ky25c: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', 'in', kysely.selectFrom('leads').select('id').where('created_at', '>=', T1))),
  dz26a: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(eq(dLeads.id, 5)).returning()),
  dz26b: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1))).returning()),
  // db.$count(table, filter) sends `select count(*) from <table> where <filter>`.
  dz26c: () => ({ sql: 'select count(*) from "leads" where "leads"."user_id" = $1', params: [7] }),
  dz26d: () =>
    dzs(
      dz
        .select()
        .from(dOutputs)
        .where(and(inArray(dOutputs.leadId, dz.select({ id: dLeads.id }).from(dLeads).where(gte(dLeads.createdAt, new Date(Date.now() - DAY)))), gte(dOutputs.createdAt, new Date(Date.now() - DAY)))),
    ),
  sq25a: () => sq(() => SLead.findOne({ where: { id: 5, createdAt: T1 } })),
  sq25b: () => sq(() => SLead.build({ id: 5 }, { isNewRecord: false, raw: true }).destroy()),
  sq25c: () => sq(() => SLead.findAll({ where: { id: [5, 6], createdAt: { [Op.gte]: T1 } } })),
  sq25d: () => sq(() => SCampaign.findAll({ where: { userId: 7 }, include: [{ model: SLead, as: 'leads' }] })),
  sq25e: () => sq(() => SCampaign.findAll({ where: { userId: 7 }, include: [{ model: SLead, as: 'leads', where: { createdAt: { [Op.gte]: T1 } }, required: false }] })),
  // repo.delete(id | criteria) is a delete query builder in TypeORM itself.
  to26a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5' })),
  to26b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5', createdAt: T1 })),
  to26c: () => find('Lead', { where: { id: '5', createdAt: T1 }, take: 1 }),
  to26d: () => find('Lead', { where: { company: 'Acme', createdAt: MoreThanOrEqual(new Date(Date.now() - 7 * DAY)) }, order: { createdAt: 'DESC' } }),
  to26e: () => find('Lead', { where: { company: 'a@acme.test' }, take: 1 }),
  kx28a: () => kx(knex('leads').where('user_id', 7).select('id')),
  kx28b: () => kx(knex('leads').where('user_id', 7).where('created_at', '>=', T1).andWhere('created_at', '<', T2)),
  kx28c: () => kx(knex('leads').where({ email: 'a@acme.test' }).first()),
  ob26a: () => ob(OLead.query().where('created_at', '>=', T1).where('created_at', '<', T2).where('company', 'Acme')),
  ob26b: () => ob(OLead.query().where('company', 'Acme').orderBy('id')),
  ob26c: () => ob(OOutput.query().where('created_at', '>=', T1).where('created_at', '<', T2).select('kind').count('* as n').groupBy('kind')),
  ky26a: () => ky(kysely.selectFrom('leads').where('user_id', '=', 7).selectAll().where('created_at', '>=', T1)),
  ky26b: () => ky(kysely.selectFrom('leads').where('user_id', '=', 7).selectAll()),
  ky26c: () => ky(kysely.selectFrom('leads').where('user_id', '=', 7).select((eb) => eb.fn.countAll<number>().as('n'))),
  dz27a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), undefined))),
  dz27b: () => dzs(dz.select().from(dLeads).where(and(and(eq(dLeads.userId, 7), undefined), gte(dLeads.createdAt, T1)))),
  dz27c: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1)) })),
  sq26a: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) }, status: 'new' } })),
  sq26b: () => sq(() => SLead.findAll({ where: { status: 'new' }, limit: 25, offset: 0 })),
  sq26c: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 30 * DAY) } }, limit: 25, offset: 0, order: [['createdAt', 'DESC']] })),
  sq26d: () => sq(() => SOutput.destroy({ where: { leadId: [5, 6] } })),
  to27a: () => find('Lead', { where: { company: 'Acme' }, skip: 0, take: 20 }),
  to27b: () => find('Lead', { where: { createdAt: MoreThan(T1) }, skip: 0, take: 20 }),
  to27c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { status: 'new' } }).select('COUNT(1)')),
  to25a: () => find('Lead', { where: [{ userId: '7', createdAt: MoreThanOrEqual(T1) }, { userId: '7', status: 'vip' }] }),
  to25b: () => find('Lead', { where: [{ createdAt: MoreThanOrEqual(T1), status: In(['new']) }, { createdAt: MoreThanOrEqual(T1), company: 'Acme' }] }),
  to25c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').select('lead.status', 'status').addSelect('COUNT(*)', 'n').where('lead.userId = :userId', { userId: 7 }).groupBy('lead.status')),
  to25d: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').select(['lead.id', 'lead.company']).whereInIds(['5', '6']).andWhere('lead.createdAt >= :from AND lead.createdAt < :to', { from: T1, to: T2 })),
  // Batches D–F (fresh-ts2-equivalents.ts).
  ...TS_FRESH2,
  // Batches H–J (fresh-ts3-equivalents.ts).
  ...TS_FRESH3,
  // Batches K–M (fresh-ts4-equivalents.ts).
  ...TS_FRESH4,
  // Batches N–O (fresh-ts5-equivalents.ts).
  ...TS_FRESH5,
  // Batch P (fresh-ts6-equivalents.ts).
  ...TS_FRESH6,
  // Batch Q (fresh-ts7-equivalents.ts).
  ...TS_FRESH7,
  // Batch R (fresh-ts8-equivalents.ts).
  ...TS_FRESH8,
  ...TS_FRESH9,
  ...TS_FRESH10,
  ...TS_FRESH11,
  ...TS_FRESH12,
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

  // ---- Batch B
  pr24a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: undefined }, orderBy: { createdAt: 'desc' }, take: 50 }),
  pr24b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1, lt: T2 } } }),
  pr24c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n } }),
  pr24d: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr24e: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false } }),
  pr25a: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: T1 } }, _count: { _all: true } }),
  pr25b: (p) => m(p, 'lead').groupBy!({ by: ['company'], where: { userId: 7n }, _count: { _all: true }, orderBy: { company: 'asc' } }),
  pr25c: (p) => p.$queryRawUnsafe(`SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = $1 GROUP BY 1`, 7n),
  pr25d: (p) => p.$queryRawUnsafe('SELECT status, count(*) FROM leads WHERE user_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY status', 7n, T1, T2),
  pr25e: (p) => m(p, 'lead').upsert!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, update: { status: 'won' }, create: { userId: 7n, company: 'n/a', email: 'n/a', status: 'won', createdAt: T1 } }),
  // ---- Batch C
  pr26a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, OR: [{ createdAt: { gte: T1 } }, { status: 'vip' }] } }),
  pr26b: (p) => m(p, 'lead').findMany!({ where: { AND: [{ userId: 7n, createdAt: { gte: new Date(Date.now() - 30 * DAY) } }, { OR: [{ email: { contains: 'ac' } }, { company: { contains: 'ac' } }] }] } }),
  pr26c: (p) => m(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY) } } }),
  pr26d: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: { in: [5n, 6n] } } }),
  pr26e: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, NOT: { status: 'spam' } }, select: { email: true } }),
  pr27a: (p) => m(p, 'agentOutput').updateMany!({ where: { leadId: 5n }, data: { kind: 'archived' } }),
  pr27b: (p) => m(p, 'agentOutput').updateMany!({ where: { leadId: 5n, createdAt: { gte: T1 } }, data: { kind: 'archived' } }),
  pr27c: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'closed' } }),
  pr27d: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, take: 20, cursor: { id_createdAt: { id: 5n, createdAt: T1 } }, skip: 1, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  pr28a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, orderBy: { createdAt: 'desc' } }),
  pr28b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1 } }, orderBy: { createdAt: 'desc' } }),
  pr28c: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, orderBy: { createdAt: 'desc' }, take: 10 }),
  pr25f: (p) => m(p, 'lead').findUniqueOrThrow!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, include: { outputs: { orderBy: { createdAt: 'desc' }, take: 5 } } }),
  ...PRISMA_FRESH2,
  ...PRISMA_FRESH3,
  ...PRISMA_FRESH4,
  ...PRISMA_FRESH5,
  ...PRISMA_FRESH6,
  ...PRISMA_FRESH7,
  ...PRISMA_FRESH8,
  ...PRISMA_FRESH9,
  ...PRISMA_FRESH10,
  ...PRISMA_FRESH11,
  ...PRISMA_FRESH12,
};
