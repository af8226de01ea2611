/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches D–F (cases modelled on
 * further public applications: Ghost, Strapi, Outline, Documenso, Dub, next-saas-starter, NestJS
 * boilerplates…), built by the real ORMs offline and the Prisma sites as calls on a real Prisma 7
 * client, as in ts-equivalents.ts. For conditional filters the equivalent is the path without the key.
 * Batches F and G were held out (measured before anyone saw them).
 */
import { and, between, count, desc, eq, getTableColumns, gte, inArray, isNull, lt, or, sql as dsql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { CamelCasePlugin, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql as ksql } from 'kysely';
import { Model as OModel } from 'objection';
import { col, fn, literal, Op, where as sqWhere } from 'sequelize';
import { Between, Brackets, In, MoreThan, MoreThanOrEqual, Raw } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OCampaign, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));

/** An Objection lead model whose id is the composite primary key (id, created_at). */
class KLead extends OModel {
  static override tableName = 'leads';
  static override idColumn = ['id', 'created_at'];
}
(KLead as unknown as { tableMetadata: () => { columns: readonly string[] } }).tableMetadata = () => ({ columns: ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'] });
KLead.knex(knex);

/** A Kysely whose code uses camelCase names, mapped to snake_case by CamelCasePlugin (as the app configures it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kyCamel = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin()],
});

/** The eager fetch Objection sends for outputs of the loaded leads (the parent query answers lead 5). */
const outputsFetch = async (build: () => PromiseLike<unknown>) => (await objectionRuns(build)).filter((s) => /from "agent_outputs"/.test(s.sql));

export const TS_FRESH2: Record<string, Build> = {
  // ---- Batch D
  // knex
  kx29a: () => kx(knex('leads').where('user_id', 7).orderBy('created_at', 'desc')),
  kx29b: () => kx(knex('leads').where('user_id', 7).whereBetween('created_at', [monthStart(T1), nextMonth(T1)]).orderBy('created_at', 'desc')),
  kx29c: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ status: 'archived' })),
  kx29d: () => kx(knex('agent_outputs').where({ lead_id: 5 }).del()),
  kx30a: () =>
    kx(
      knex('leads as l')
        .join('agent_outputs as o', 'o.lead_id', 'l.id')
        .join('campaigns as c', function () {
          this.on('c.id', '=', 'l.campaign_id').andOn('c.user_id', '=', 'l.user_id');
        })
        .where('l.user_id', 7)
        .andWhere('l.created_at', '>=', T1)
        .groupBy('c.name')
        .select('c.name')
        .count('o.id as outputs'),
    ),
  kx30b: () => kx(knex.raw(`select date_trunc('day', created_at) as day, count(*) as n from leads where user_id = ? and created_at >= ? and created_at < ? group by 1 order by 1`, [7, T1, T2])),
  kx30c: () => kx(knex('agent_outputs').whereIn('lead_id', knex('leads').select('id').where('campaign_id', 3)).andWhere('created_at', '>=', T1)),
  kx30d: () => kx(knex('campaigns').where({ user_id: 7, archived: false }).select('id', 'name')),

  // Objection
  // page(): the total over the same where, then the page.
  ob27a: () => [ob(OLead.query().where('user_id', 7)), ob(OLead.query().where('user_id', 7).orderBy('created_at', 'desc').limit(25).offset(0))],
  ob27b: () => [ob(OLead.query().where('user_id', 7).where('created_at', '>=', monthStart(T1))), ob(OLead.query().where('user_id', 7).orderBy('created_at', 'desc').where('created_at', '>=', monthStart(T1)).limit(25).offset(0))],
  ob27c: () => ob(OCampaign.query().where('user_id', 7).where('archived', false).orderBy('name')),
  ob27d: () => ob(OLead.query().patch({ status: 'closed' }).whereIn('id', [5, 6])),
  ob28a: async () => [ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1)), ...(await outputsFetch(() => OLead.query().where('user_id', 7).withGraphFetched('outputs').resolve([OLead.fromJson({ id: 5 })])))],
  ob28b: async () => [
    ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1)),
    ...(await outputsFetch(() =>
      OLead.query()
        .withGraphFetched('outputs(recent)')
        .modifiers({ recent: (qb) => void qb.where('created_at', '>=', T1) })
        .resolve([OLead.fromJson({ id: 5 })]),
    )),
  ],
  ob28c: async () => [
    ob(OLead.query().where('company', 'Acme').where('created_at', '>=', T1)),
    ...(await outputsFetch(() =>
      OLead.query()
        .withGraphFetched('outputs')
        .modifyGraph('outputs', (qb) => void qb.where('kind', 'email'))
        .resolve([OLead.fromJson({ id: 5 })]),
    )),
  ],
  ob28d: () => ob(KLead.query().findById([5, T1.toISOString()])),
  ob28e: () => ob(OOutput.query().whereIn('lead_id', [5, 6]).select('kind').count('* as n').groupBy('kind')),

  // Kysely
  ky27a: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5)),
  ky27b: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5).where('created_at', '=', T1)),
  ky27c: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where('created_at', '>=', T1)),
  ky27d: () => ky(kysely.updateTable('leads').set({ status: 'closed' }).where('id', '=', 5)),
  ky28a: () =>
    ky(
      kysely
        .selectFrom('leads')
        .innerJoin('campaigns', 'campaigns.id', 'leads.campaign_id')
        .select(['leads.id', 'leads.email', 'campaigns.name'])
        .where((eb) => eb.and([eb('leads.created_at', '>=', T1), eb('leads.created_at', '<', T2)]))
        .where('campaigns.user_id', '=', 7),
    ),
  ky28b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .leftJoin('agent_outputs', 'agent_outputs.lead_id', 'leads.id')
        .select(['leads.id', 'agent_outputs.kind'])
        .where((eb) => eb.and([eb('leads.created_at', '>=', T1), eb('leads.created_at', '<', T2)])),
    ),
  ky28c: () =>
    ky(
      kysely
        .with('company_leads', (qc) => qc.selectFrom('leads').select(['id', 'status']).where('company', '=', 'Acme'))
        .selectFrom('company_leads')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status'),
    ),
  ky28d: () =>
    ky(
      kysely
        .deleteFrom('agent_outputs')
        .where((eb) => eb.and([eb('agent_outputs.created_at', '>=', T1), eb('agent_outputs.created_at', '<', T2)]))
        .where('kind', '=', 'draft'),
    ),

  // Drizzle
  dz28a: () =>
    dzs(
      dz
        .select({ id: dLeads.id, email: dLeads.email, campaign: dCampaigns.name })
        .from(dLeads)
        .leftJoin(dCampaigns, eq(dCampaigns.id, dLeads.campaignId))
        .where(eq(dLeads.userId, 7))
        .orderBy(desc(dLeads.createdAt))
        .limit(10),
    ),
  dz28b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, new Date(Date.now() - 30 * DAY))))),
  dz28c: () => dzs(dz.query.agentOutputs.findMany({ where: and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)), with: { lead: true } })),
  dz28d: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7)))),
  dz28e: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, new Date(Date.now() - 90 * DAY)))),
  dz29a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.campaignId, 3)).$dynamic().limit(20).offset(0)),
  dz29b: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1))).$dynamic().limit(50).offset(50)),
  dz29c: () => dzs(dz.query.leads.findFirst({ where: (l, { and, eq }) => and(eq(l.id, 5), eq(l.createdAt, T1)) })),
  dz29d: () => dzs(dz.select({ n: count() }).from(dLeads).where(inArray(dLeads.id, [5, 6]))),
  dz29e: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz29f: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5))),

  // Sequelize
  sq27a: () => sq(() => SLead.findAll({ limit: 25, order: [['createdAt', 'DESC']], where: { userId: 7 } })),
  sq27b: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 14 * DAY) }, userId: 7 } })),
  sq27c: () =>
    sq(() =>
      SLead.findAll({
        where: { createdAt: { [Op.gte]: monthStart(T1), [Op.lt]: nextMonth(T1) }, userId: 7 },
        include: [{ model: SOutput, as: 'outputs', required: false, where: { createdAt: { [Op.gte]: monthStart(T1) } } }],
      }),
    ),
  sq27d: () => sq(() => SLead.count({ where: { createdAt: { [Op.gte]: monthStart(T1), [Op.lt]: nextMonth(T1) } } })),
  sq27e: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']], limit: 25 })),
  sq27f: () =>
    sq(() =>
      SLead.findAll({
        where: { company: 'Acme', createdAt: { [Op.gte]: T1 } },
        include: [{ model: SOutput, as: 'outputs', required: false, where: { createdAt: { [Op.gte]: T1 } } }],
      }),
    ),
  sq28a: () => sq(() => SLead.findAndCountAll({ where: { userId: 7, status: 'new' }, limit: 50, offset: 0, order: [['createdAt', 'DESC']] })),
  sq28b: () => sq(() => SLead.findAndCountAll({ where: { userId: 7, createdAt: { [Op.between]: [T1, T2] } }, limit: 50, offset: 0, order: [['createdAt', 'DESC']] })),
  sq28c: () => sq(() => SLead.findOne({ where: { email: 'a@acme.test' }, include: [{ model: SCampaign, as: 'campaign', where: { userId: 7 } }] })),
  sq28d: () => sq(() => SLead.update({ campaignId: 4 }, { where: { id: [5, 6] } })),
  sq28e: () => sq(() => SOutput.destroy({ where: { leadId: [5, 6], createdAt: { [Op.gte]: T1 } } })),

  // TypeORM
  to28a: () =>
    to((ds) =>
      ds.getRepository('Lead').createQueryBuilder('lead').leftJoinAndSelect('lead.outputs', 'output').where('lead.userId = :userId', { userId: 7 }).orderBy('lead.createdAt', 'DESC').skip(0).take(20),
    ),
  to28b: () => find('Lead', { where: { id: '5', createdAt: T1 }, relations: { outputs: true }, take: 1 }),
  to28c: () => find('AgentOutput', { where: { leadId: '5', createdAt: MoreThanOrEqual(T1) }, order: { createdAt: 'DESC' } }),
  to28d: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to29a: () => find('Lead', { where: { company: 'Acme' }, order: { id: 'DESC' } }),
  to29b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.createdAt >= :from AND lead.createdAt < :to', { from: T1, to: T2 }).andWhere('lead.status = :status', { status: 'won' })),
  to29c: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to29d: () => to((ds) => ds.createQueryBuilder().update('Lead').set({ status: 'new' }).where('id = :id AND created_at = :createdAt', { id: '5', createdAt: T1 })),
  to29e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { company: 'Acme' } }).select('COUNT(1)')),
  // ---- Batch E
  kx31a: () => kx(knex('leads').where('user_id', 7).where((inner) => void inner.where('email', 'ilike', '%ac%').orWhere('company', 'ilike', '%ac%')).count({ count: '*' })),
  kx31b: () => kx(knex('leads').where('user_id', 7).where((inner) => void inner.where('email', 'ilike', '%ac%').orWhere('company', 'ilike', '%ac%')).orderBy('created_at', 'desc').limit(20).offset(0)),
  kx31c: () => kx(knex('leads').where('user_id', 7).where('created_at', '>=', monthStart(T1)).andWhere('created_at', '<', nextMonth(T1)).select('id', 'email')),
  kx31d: () => kx(knex('agent_outputs').whereIn('lead_id', [5, 6]).andWhere('created_at', '>=', monthStart(T1))),
  kx32a: () => kx(knex.select(['id', 'user_id', 'company', 'email', 'status', 'created_at']).from('leads').where({ user_id: 7 })),
  kx32b: () => kx(knex.select(['id', 'user_id', 'company', 'email', 'status', 'created_at']).from('leads').where({ id: 5, created_at: T1 })),
  kx32c: () => kx(knex.update({ status: 'won' }).from('leads').where({ id: 5 }).returning(['id', 'user_id', 'company', 'email', 'status', 'created_at'])),
  kx32d: () => kx(knex.select(['*']).from('agent_outputs').where({ id: 9 }).first()),
  kx32e: () => kx(knex.select(['id', 'user_id', 'name']).from('campaigns').where({ user_id: 7 })),

  ob29a: () => ob(OLead.query().where('user_id', 7).whereNot('status', 'archived').orderBy('id', 'desc')),
  ob29b: () => ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1).where('created_at', '<', T2).whereNot('status', 'archived')),
  ob29c: () => ob(OLead.query().whereNot('status', 'archived').findById(5)),
  ob29d: () => objectionRuns(() => OLead.query().where('created_at', '>=', T1).where('created_at', '<', T2).resultSize()),
  ob30a: () => ob(OLead.query().whereNot('leads.status', 'deleted').where('user_id', 7).orderBy('id')),
  ob30b: () => ob(OLead.query().whereNot('leads.status', 'deleted').where('user_id', 7).where('created_at', '>=', T1)),
  ob30c: () => ob(OLead.query().whereNot('leads.status', 'deleted').joinRelated('outputs').where('outputs.kind', 'email').where('leads.created_at', '>=', T1).distinct('leads.*')),
  ob30d: () => ob(OOutput.query().whereIn('lead_id', OLead.query().whereNot('leads.status', 'deleted').select('leads.id').where('company', 'Acme').where('leads.created_at', '>=', T1)).where('created_at', '>=', T1)),

  ky29a: () => ky(kysely.selectFrom('leads').selectAll().where('campaign_id', '=', 3).limit(20).offset(0)),
  ky29b: () => ky(kysely.selectFrom('leads').selectAll().where('created_at', '>=', T1).where('created_at', '<', T2).limit(100).offset(0)),
  ky29c: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where('status', '=', 'won')),
  ky29d: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where('created_at', '>=', new Date(Date.now() - 7 * DAY)).orderBy('created_at', 'desc')),
  ky30a: () => ky(kysely.selectFrom('leads').select(ksql<number>`count(*)`.as('n')).where(ksql`date_trunc('month', created_at)`, '=', ksql`${'2026-03-01'}::timestamptz`)),
  ky30b: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5).where('created_at', '=', T1)),
  ky30c: () => ky(kysely.deleteFrom('leads').where('created_at', '<', new Date(Date.now() - 365 * DAY)).returning('id')),
  ky30d: () => ky(kysely.updateTable('agent_outputs').set({ kind: 'archived' }).where('lead_id', 'in', kysely.selectFrom('leads').select('leads.id').where('leads.campaign_id', '=', 3))),

  dz30a: () => dzs(dz.query.leads.findMany({ where: eq(dLeads.userId, 7), with: { outputs: { where: gte(dOutputs.createdAt, T1), limit: 5 } } })),
  dz30b: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1)), with: { outputs: { orderBy: [desc(dOutputs.createdAt)], limit: 5 } } })),
  dz30c: () => dzs(dz.query.agentOutputs.findMany({ where: (o, { and, eq, gte }) => and(eq(o.leadId, 5), gte(o.createdAt, T1)), columns: { id: true, kind: true, createdAt: true } })),
  dz30d: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1)), columns: { id: true, email: true }, with: { campaign: { columns: { name: true } } } })),
  dz31a: () => {
    const recent = dz.$with('recent').as(dz.select().from(dLeads).where(gte(dLeads.createdAt, T1)));
    return dzs(dz.with(recent).select().from(recent).where(eq(recent.userId, 7)));
  },
  dz31b: () => {
    const perLead = dz.select({ leadId: dOutputs.leadId, n: count().as('n') }).from(dOutputs).groupBy(dOutputs.leadId).as('per_lead');
    return dzs(dz.select({ id: dLeads.id, email: dLeads.email, outputs: perLead.n }).from(dLeads).leftJoin(perLead, eq(perLead.leadId, dLeads.id)).where(gte(dLeads.createdAt, T1)));
  },
  dz31c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), dsql`date_trunc('month', ${dLeads.createdAt}) = date_trunc('month', ${T1}::timestamptz)`))),
  dz31d: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), between(dLeads.createdAt, T1, T2)))),

  sq29a: () => sq(() => SCampaign.findOne({ where: { id: 3, userId: 7 } })),
  sq29b: () => sq(() => (SCampaign.build({ id: 3, userId: 7 }, { isNewRecord: false }) as unknown as { getLeads(o: object): Promise<unknown> }).getLeads({ where: { status: 'new' } })),
  sq29c: () => sq(() => (SLead.build({ id: 5, createdAt: T1 }, { isNewRecord: false }) as unknown as { getOutputs(o: object): Promise<unknown> }).getOutputs({ where: { createdAt: { [Op.gte]: T1 } } })),
  sq29d: () => sq(() => (SLead.build({ id: 5 }, { isNewRecord: false }) as unknown as { countOutputs(): Promise<unknown> }).countOutputs()),
  sq30a: () => ({ sql: `SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = $1 AND created_at >= $2 GROUP BY 1`, params: [7, T1] }),
  sq30b: () =>
    sq(() =>
      SLead.findAll({
        attributes: { include: [[literal('(SELECT count(*) FROM agent_outputs o WHERE o.lead_id = "Lead"."id")'), 'outputCount']] },
        where: { userId: 7, createdAt: { [Op.gte]: T1 } },
      }),
    ),
  sq30c: () => sq(() => SLead.findAll({ where: sqWhere(fn('date_trunc', 'month', col('created_at')), '2026-03-01') })),
  sq30d: () => sq(() => SLead.count({ where: { [Op.and]: [{ userId: 7 }, { createdAt: { [Op.between]: [T1, T2] } }] } })),

  to30a: () => find('Lead', { where: { userId: '7' }, skip: 0, take: 20 }),
  to30b: () => find('Lead', { where: { userId: '7', createdAt: Between(T1, T2) }, skip: 0, take: 50 }),
  to30c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to31a: () => find('Lead', { where: { createdAt: Raw((alias) => `date_trunc('day', ${alias}) = :day`, { day: '2026-03-05' }) } }),
  to31b: () => find('Lead', { where: { createdAt: MoreThanOrEqual(T1), outputs: { kind: 'email' } }, relations: { outputs: true } }),
  to31c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').innerJoin('AgentOutput', 'o', 'o.leadId = lead.id AND o.createdAt >= :since', { since: T1 }).where('lead.createdAt >= :since', { since: T1 })),
  to31d: () => ({ sql: `SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM leads WHERE user_id = $1 AND created_at >= $2 GROUP BY 1`, params: [7, T1] }),
  to31e: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.createdAt >= :since', { since: T1 })
        .andWhere((qb) => `lead.id IN ${qb.subQuery().select('o.leadId').from('AgentOutput', 'o').where('o.kind = :kind', { kind: 'email' }).getQuery()}`),
    ),
  // ---- Batch F (held out)
  kx33a: () => kx(knex.with('recent', (qb) => void qb.select('company').from('leads').where('user_id', 7).andWhere('created_at', '>=', T1)).select('company').count('* as n').from('recent').groupBy('company')),
  kx33b: () =>
    kx(
      knex('leads')
        .where('user_id', 7)
        .andWhere('created_at', '>=', T1)
        .whereNotExists(function () {
          void this.select(1).from('agent_outputs').whereRaw('agent_outputs.lead_id = leads.id');
        }),
    ),
  kx33c: () => kx(knex('leads').whereIn('id', [5, 6]).update({ status: 'seen' })),
  kx33d: () => kx(knex('campaigns').select('name').where('user_id', 7).andWhere('archived', false)),
  // knex-paginate (isLengthAware): a count over the same where, then the page.
  kx34a: () => [kx(knex('leads').where('campaign_id', 3).count('* as total').first()), kx(knex('leads').where('campaign_id', 3).orderBy('id').offset(0).limit(20))],
  kx34b: () => [kx(knex('leads').where('user_id', 7).whereBetween('created_at', [T1, T2]).count('* as total').first()), kx(knex('leads').where('user_id', 7).whereBetween('created_at', [T1, T2]).offset(0).limit(20))],
  kx34c: () => kx(knex('leads').where({ user_id: 7, status: 'won' }).orderBy('created_at', 'desc')),
  kx34d: () => kx(knex('leads').where({ email: 'a@acme.test' }).andWhere('created_at', '>=', new Date(Date.now() - 90 * DAY)).first()),

  ob31a: () => ob(OLead.query().findOne({ id: 5, created_at: T1 })),
  ob31b: () => ob(OLead.fromJson({ id: 5 }).$query().patch({ status: 'qualified' })),
  ob31c: () => ob(OLead.fromJson({ id: 5 }).$relatedQuery('outputs').where('created_at', '>=', T1).orderBy('id')),
  ob31d: () => ob(OLead.relatedQuery('outputs').for(OLead.query().select('id').where('user_id', 7).where('created_at', '>=', T1)).where('kind', 'email')),
  ob31e: () => ob(OCampaign.query().findById(3)),
  ob32a: () => ob(OLead.query().patch({ campaign_id: 4 }).where('campaign_id', 3)),
  ob32b: () => ob(OOutput.query().delete().whereIn('lead_id', [5, 6]).where('created_at', '<', new Date(Date.now() - 180 * DAY))),
  ob32c: () => ob(OLead.query().findByIds([5, 6]).select('id', 'status')),
  ob32d: () => ob(OLead.query().where('user_id', 7).whereBetween('created_at', [T1, T2]).select('status').count('* as n').groupBy('status')),

  ky31a: () => ky(kyCamel.selectFrom('leads').selectAll().where('userId', '=', 7).where('createdAt', '>=', T1)),
  ky31b: () => ky(kyCamel.selectFrom('agentOutputs').selectAll().where('leadId', '=', 5).orderBy('createdAt', 'desc')),
  ky31c: () => ky(kyCamel.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('createdAt', '=', T1)),
  ky31d: () => ky(kyCamel.selectFrom('leads').select(['id', 'email']).where('campaignId', '=', 3)),
  ky32a: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .where(({ exists, selectFrom }) => exists(selectFrom('agent_outputs').select('agent_outputs.id').whereRef('agent_outputs.lead_id', '=', 'leads.id').where('agent_outputs.kind', '=', 'email')))
        .where('leads.created_at', '>=', T1),
    ),
  ky32b: () =>
    ky(
      kysely
        .selectFrom(kysely.selectFrom('leads').select(['id', 'status']).where('created_at', '>=', T1).as('recent'))
        .select(['recent.status', kysely.fn.countAll<number>().as('n')])
        .groupBy('recent.status'),
    ),
  ky32c: () => ky(kysely.selectFrom('leads').select(['id', 'created_at']).where('created_at', 'in', [T1, T2])),
  ky32d: () => ky(kysely.selectFrom('agent_outputs').innerJoin('leads', 'leads.id', 'agent_outputs.lead_id').select(['agent_outputs.id', 'agent_outputs.kind']).where('leads.company', '=', 'Acme')),

  dz32a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.status, 'new'), eq(dLeads.company, 'Acme')))),
  dz32b: () => dzs(dz.select().from(dLeads).where(and(gte(dLeads.createdAt, new Date(Date.now() - 7 * DAY))))),
  dz32c: () => dzs(dz.update(dOutputs).set({ kind: 'reviewed' }).where(eq(dOutputs.id, 9))),
  dz32d: () =>
    dzs(
      dz
        .select({ ...getTableColumns(dLeads), campaignName: dCampaigns.name })
        .from(dLeads)
        .innerJoin(dCampaigns, and(eq(dCampaigns.id, dLeads.campaignId), eq(dCampaigns.userId, 7)))
        .where(gte(dLeads.createdAt, new Date(Date.now() - 30 * DAY))),
    ),
  dz33a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, new Date(Date.now() - DAY))))),
  dz33b: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz33c: () => {
    const q = new PgDialect().sqlToQuery(dsql`SELECT ${dLeads.status}, count(*) AS n FROM ${dLeads} WHERE ${dLeads.campaignId} = ${3} GROUP BY 1`);
    return { sql: q.sql, params: q.params };
  },
  dz33d: () => dzs(dz.delete(dLeads).where(and(eq(dLeads.userId, 7), lt(dLeads.createdAt, new Date(Date.now() - 400 * DAY)))).returning({ id: dLeads.id })),

  sq31a: () => sq(() => SLead.findAll({ where: { userId: 7 } })),
  sq31b: () => sq(() => SLead.count({ where: { userId: 7, createdAt: { [Op.gte]: T1 } } })),
  sq31c: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']] })),
  sq31d: () =>
    sq(() =>
      SLead.findAll({
        where: { createdAt: { [Op.between]: [T1, T2] } },
        include: [{ model: SOutput, as: 'outputs', required: false, where: { createdAt: { [Op.between]: [T1, T2] } } }],
      }),
    ),
  sq32a: () => sq(() => SLead.findAll({ where: { status: 'new' } })),
  sq32b: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: new Date(Date.now() - 30 * DAY) } }, include: [{ model: SCampaign, as: 'campaign', where: { userId: 7 } }] })),
  sq32c: () => sq(() => SOutput.update({ kind: 'reviewed' }, { where: { leadId: [5, 6] } })),
  sq32d: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: new Date(Date.now() - 365 * DAY) } } })),

  to32a: () => find('Lead', { where: { userId: '7' }, order: { id: 'DESC' }, take: 50 }),
  to32b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { userId: '7', createdAt: MoreThanOrEqual(T1) } }).select('COUNT(1)')),
  to32c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5' })),
  to32d: () => find('AgentOutput', { where: { id: '9', createdAt: T1 }, take: 1 }),
  to33a: () => find('Lead', { where: { id: In(['5', '6']) } }),
  to33b: () => find('Lead', { where: { company: 'Acme', createdAt: MoreThan(new Date(Date.now() - 7 * DAY)) }, take: 1 }),
  to33c: () => find('AgentOutput', { where: { leadId: '5', kind: 'summary' }, take: 1 }),
  to33d: () => find('Lead', { where: [{ createdAt: MoreThan(T1), status: 'new' }, { createdAt: MoreThan(T1), status: 'open' }] }),
  // ---- Batch G (held out)
  kx35a: () => kx(knex('leads').where({ id: 5 }).forUpdate().first()),
  kx35b: () => kx(knex('leads').where({ id: 5, created_at: T1 }).forUpdate().first()),
  kx35c: () => kx(knex('agent_outputs').where('lead_id', 5).andWhere('created_at', '>=', T1).del()),
  kx35d: () => kx(knex.raw('update leads set status = ? where id = ?', ['closed', 5])),
  ob33a: () => {
    const [a1, a2] = [monthStart(T1), nextMonth(T1)];
    const [b1, b2] = [new Date(a1.getTime() - 365 * DAY), new Date(a2.getTime() - 365 * DAY)];
    return ob(
      OLead.query()
        .where('user_id', 7)
        .where((inner) => {
          void inner
            .where((w) => {
              void w.where('created_at', '>=', a1).where('created_at', '<', a2);
            })
            .orWhere((w) => {
              void w.where('created_at', '>=', b1).where('created_at', '<', b2);
            });
        }),
    );
  },
  ob33b: () =>
    ob(
      OLead.query()
        .where('user_id', 7)
        .where((inner) => {
          void inner.where('created_at', '>=', new Date(Date.now() - 7 * DAY)).orWhere('status', 'vip');
        }),
    ),
  ob33c: () => ob(OLead.query().whereIn(['id', 'created_at'], [[5, T1.toISOString()], [6, T2.toISOString()]] as never)),
  ob33d: () => ob(OLead.query().whereRaw('created_at::date = ?', ['2026-03-05'])),
  ky33a: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where((eb) => eb.or([eb('created_at', '>=', new Date(Date.now() - 7 * DAY)), eb('status', '=', 'vip')]))),
  ky33b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll()
        .where('user_id', '=', 7)
        .where((eb) => eb.or([eb.and([eb('created_at', '>=', T1), eb('created_at', '<', T2)]), eb.and([eb('created_at', '>=', monthStart(T2)), eb('created_at', '<', nextMonth(T2))])])),
    ),
  ky33c: () => ky(kysely.selectFrom('leads').selectAll().where(ksql`created_at::date`, '=', '2026-03-05')),
  ky33d: () => ky(kysely.selectFrom('leads').selectAll().orderBy('created_at', 'desc').limit(1)),
  ky33e: () => ky(kysely.selectFrom('leads').select((eb) => eb.fn.countAll<number>().as('n')).where('created_at', '>=', T1)),
  dz34a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), or(gte(dLeads.createdAt, new Date(Date.now() - 7 * DAY)), eq(dLeads.status, 'vip'))))),
  dz34b: () =>
    dzs(
      dz
        .select()
        .from(dLeads)
        .where(and(eq(dLeads.userId, 7), or(and(gte(dLeads.createdAt, T1), lt(dLeads.createdAt, T2)), and(gte(dLeads.createdAt, monthStart(T2)), lt(dLeads.createdAt, nextMonth(T2)))))),
    ),
  dz34c: () => dzs(dz.select({ id: dLeads.id }).from(dLeads).where(isNull(dLeads.campaignId))),
  dz34d: () => dzs(dz.query.leads.findMany({ where: (l, { and, eq, gte }) => and(eq(l.userId, 7), gte(l.createdAt, T1)), limit: 10, offset: 20 })),
  sq33a: () => sq(() => SLead.findAll({ where: { userId: 7, [Op.or]: [{ createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) } }, { status: 'vip' }] } })),
  sq33b: () => sq(() => SLead.findAll({ where: { userId: 7, [Op.or]: [{ createdAt: { [Op.gte]: T1, [Op.lt]: T2 } }, { createdAt: { [Op.gte]: monthStart(T2), [Op.lt]: nextMonth(T2) } }] } })),
  sq33c: () => sq(() => SLead.max('createdAt', { where: { userId: 7 } })),
  sq33d: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.in]: [T1, T2] } } })),
  to34a: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.userId = :userId', { userId: '7' })
        .andWhere(new Brackets((b) => b.where('lead.createdAt >= :since', { since: new Date(Date.now() - 7 * DAY) }).orWhere('lead.status = :vip', { vip: 'vip' }))),
    ),
  to34b: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.createdAt >= :af AND lead.createdAt < :at', { af: T1, at: T2 })
        .orWhere('lead.createdAt >= :bf AND lead.createdAt < :bt', { bf: monthStart(T2), bt: nextMonth(T2) }),
    ),
  // repo.maximum(column, where): the find options' where, selecting MAX(column).
  to34c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { userId: '7' } }).select('MAX("Lead"."created_at")', 'max')),
  to34d: () => find('Lead', { where: { createdAt: In([T1, T2]) } }),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH2: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch D
  pr29a: (p) => m(p, 'campaign').findFirstOrThrow!({ where: { id: 3n, userId: 7n } }),
  pr29b: (p) => m(p, 'lead').findFirstOrThrow!({ where: { id: 5n, userId: 7n }, include: { outputs: true } }),
  pr29c: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1, lt: T2 } }, skip: 0, take: 10, orderBy: { createdAt: 'desc' } }),
  pr29d: (p) => m(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: T1, lt: T2 } } }),
  pr29e: (p) => m(p, 'lead').findMany!({ where: undefined, skip: 0, take: 10, orderBy: { createdAt: 'desc' } }),
  pr29f: (p) => m(p, 'lead').count!({ where: undefined }),
  pr30a: (p) =>
    m(p, 'lead').findMany!({
      where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY), lte: new Date() } },
      select: { id: true, email: true, company: true, createdAt: true, outputs: { where: { kind: 'email' }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, body: true } } },
    }),
  pr30b: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY), lte: new Date() } }, _count: true }),
  pr30c: (p) => m(p, 'agentOutput').findMany!({ where: { lead: { userId: 7n } }, select: { id: true, kind: true, createdAt: true } }),
  pr30d: (p) => m(p, 'lead').updateMany!({ where: { id: { in: [5n, 6n] }, userId: 7n }, data: { status: 'won' } }),
  pr30e: (p) => m(p, 'campaign').findUnique!({ where: { id_userId: { id: 3n, userId: 7n } } }),

  // ---- Batch E
  pr31a: (p) => m(p, 'lead').count!({ where: { userId: 7n } }),
  pr31b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1 } }, select: { id: true, email: true, company: true, createdAt: true }, orderBy: { createdAt: 'desc' }, take: 20, skip: 0 }),
  pr31c: (p) => m(p, 'lead').findUnique!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, select: { id: true, email: true, status: true, createdAt: true, _count: { select: { outputs: true } } } }),
  pr31d: (p) => m(p, 'lead').findFirst!({ where: { email: 'a@acme.test' }, select: { id: true, email: true, company: true, createdAt: true } }),
  pr32a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, orderBy: { createdAt: 'desc' }, take: 100 }),
  pr32b: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY) } }, _count: { _all: true } }),
  pr32c: (p) => m(p, 'lead').findFirstOrThrow!({ where: { id: 5n, userId: 7n } }),
  pr32d: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n, createdAt: { gte: T1 } } }),
  pr32e: (p) => m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),

  // ---- Batch F (held out)
  // The client's query extension adds `status: { not: 'deleted' }` to every lead findMany.
  pr33a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: { not: 'deleted' } }, orderBy: { id: 'desc' } }),
  pr33b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1 }, status: { not: 'deleted' } } }),
  pr33c: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY) }, status: { not: 'deleted' } } }),
  pr33d: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n }, orderBy: { createdAt: 'desc' } }),
  pr34a: (p) => m(p, 'lead').findMany!({ where: { AND: [{ userId: 7n, createdAt: { gte: T1 } }, { outputs: { none: { kind: 'error' } } }] } }),
  pr34b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1 } }, select: { id: true, email: true } }),
  pr34c: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'new', outputs: { deleteMany: { kind: 'draft' } } } }),
  pr34d: (p) => m(p, 'lead').findMany!({ where: { campaignId: 3n }, include: { outputs: { where: { createdAt: { gte: T1 } } } } }),

  // ---- Batch G (held out)
  pr35a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, OR: [{ createdAt: { gte: new Date(Date.now() - 7 * DAY) } }, { status: 'vip' }] } }),
  pr35b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, OR: [{ createdAt: { gte: T1, lt: T2 } }, { createdAt: { gte: monthStart(T2), lt: nextMonth(T2) } }] } }),
  pr35c: (p) => m(p, 'lead').aggregate!({ _max: { createdAt: true }, where: { userId: 7n } }),
  pr35d: (p) => m(p, 'lead').findMany!({ where: { createdAt: { in: [T1, T2] } }, select: { id: true } }),
};
