/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches N–O (held out; cases modelled
 * on further public applications: Backstage, Nginx Proxy Manager, tldraw, Midday, OWASP Juice Shop, Standard Notes,
 * Postiz; Nango, Automatisch, Langfuse, Homarr, Audiobookshelf, Ever Gauzy, Typebot), built by the real ORMs offline
 * and the Prisma sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For conditional filters the
 * equivalent is the path without the key.
 */
import { and, asc, count, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { sql as ksql } from 'kysely';
import { Between, Brackets, LessThan } from 'typeorm';
import { Op } from 'sequelize';
import { dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OCampaign, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const monthStart = new Date('2026-03-01T00:00:00Z');
const monthEnd = new Date('2026-04-01T00:00:00Z');

/** Backstage's `leadsWithCampaign(db)` base query. */
const bsLeadsWithCampaign = () =>
  knex('leads')
    .leftJoin('campaigns', function joinCampaign() {
      this.on('campaigns.id', '=', 'leads.campaign_id').andOn('campaigns.user_id', '=', 'leads.user_id');
    })
    .select('leads.*', 'campaigns.name as campaign_name');

export const TS_FRESH5: Record<string, Build> = {
  // ---- Batch N (held out)
  // knex (Backstage): plugin store on database.getClient(), util helpers refining builders, operations, router.
  kx42a: () => kx(bsLeadsWithCampaign().where('leads.id', 5).first()),
  kx42b: () => kx(knex('leads').where('user_id', 7).orderBy('created_at', 'desc').limit(20).offset(0)),
  kx42c: () => kx(knex('leads').where('leads.user_id', 7).where('leads.created_at', '>=', monthStart).andWhere('leads.created_at', '<', monthEnd).orderBy('leads.created_at', 'desc')),
  kx42d: () => kx(knex('leads').where('leads.user_id', 7).where('leads.created_at', '>=', monthStart).andWhere('leads.created_at', '<', monthEnd).select('status').count({ count: '*' }).groupBy('status')),
  kx42e: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ status: 'won' })),
  kx42f: () => kx(knex('agent_outputs').where({ lead_id: 5 }).delete()),
  kx42g: () => kx(knex('agent_outputs').where('created_at', '<', new Date(Date.now() - 30 * DAY)).delete()),
  kx42h: () => kx(knex('campaigns').where({ user_id: 7, archived: false }).orderBy('name')),
  kx42i: () => kx(knex('leads').where({ email: 'a@acme.test' }).first()),

  // Objection (Nginx Proxy Manager): internal service objects, access.can() visibility, allowGraph/withGraphFetched.
  // The paths without the owner filter (permission_visibility "all").
  ob40a: () => ob(OLead.query().where('leads.status', '!=', 'deleted').andWhere('leads.id', 5).first()),
  ob40b: () => ob(OLead.query().where('leads.status', '!=', 'deleted').andWhere('leads.created_at', '>=', monthStart).andWhere('leads.created_at', '<', monthEnd).orderBy('leads.created_at', 'DESC')),
  ob40c: () => ob(OLead.query().count('id as count').where('status', '!=', 'deleted').first()),
  ob40d: () => ob(OLead.query().where({ id: 5, created_at: T1 }).patch({ status: 'won' })),
  ob40e: () => ob(OLead.query().where('id', 5).patch({ status: 'deleted' })),
  ob40f: () => ob(OOutput.query().orderBy('created_at', 'DESC').orderBy('id', 'DESC').limit(100)),
  ob40g: () => ob(OOutput.query().delete().where('created_at', '<', new Date(Date.now() - 60 * DAY))),
  ob40h: () => ob(OCampaign.query().where('archived', false).orderBy('name', 'ASC')),
  ob40i: () => ob(OCampaign.query().where('user_id', 7).andWhere('archived', false).orderBy('name', 'ASC')),

  // Kysely (tldraw dotcom sync worker): a pool per request, admin routes, helpers taking (env, …), builder helpers.
  ky40a: () => ky(kysely.selectFrom('leads').where((eb) => eb.or([eb('email', '=', 'a@acme.test'), eb('id', '=', 0)])).selectAll()),
  ky40b: () => ky(kysely.selectFrom('agent_outputs').where('lead_id', '=', 5).where('created_at', '>=', T1).orderBy('created_at', 'desc').limit(500).selectAll()),
  ky40c: () => ky(kysely.selectFrom('agent_outputs').select((eb) => [eb.fn.countAll<number>().filterWhere('kind', '=', 'error').as('errors'), eb.fn.min('created_at').as('oldest')])),
  ky40d: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', '=', 5)),
  ky40e: () => ky(kysely.selectFrom('leads').where('user_id', '=', 7).selectAll().orderBy('created_at', 'desc').limit(500)),
  ky40f: () => ky(kysely.selectFrom('leads').where('user_id', '=', 7).selectAll().where('created_at', '>=', new Date(Date.now() - 14 * DAY))),
  ky40g: () => ky(kysely.selectFrom('campaigns').where('user_id', '=', 7).where('archived', '=', false).selectAll()),
  ky40h: () => ky(kysely.updateTable('leads').set({ status: 'new' }).where('id', '=', 5).where('created_at', '=', T1)),
  ky40i: () => ky(kysely.updateTable('leads').set({ status: 'stale' }).where('user_id', '=', 7).where('status', '=', 'new').where('created_at', '<', new Date(Date.now() - 30 * DAY))),
  ky40j: () =>
    ky(
      kysely
        .selectFrom('leads')
        .leftJoin('campaigns', (join) => join.onRef('campaigns.id', '=', 'leads.campaign_id').onRef('campaigns.user_id', '=', 'leads.user_id'))
        .selectAll('leads')
        .select('campaigns.name as campaignName')
        .where('leads.id', '=', 5),
    ),

  // Drizzle (Midday): query functions taking (db, params), whereConditions arrays, tRPC routers, a scheduled task.
  dz41a: () =>
    dzs(
      dz
        .select({ id: dLeads.id, company: dLeads.company, email: dLeads.email, status: dLeads.status, createdAt: dLeads.createdAt, campaign: { id: dCampaigns.id, name: dCampaigns.name } })
        .from(dLeads)
        .leftJoin(dCampaigns, and(eq(dCampaigns.id, dLeads.campaignId), eq(dCampaigns.userId, dLeads.userId)))
        .where(and(eq(dLeads.userId, 7)))
        .orderBy(desc(dLeads.createdAt))
        .limit(25)
        .offset(0),
    ),
  dz41b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7))).limit(1)),
  dz41c: () => dzs(dz.delete(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7))).returning({ id: dLeads.id })),
  dz41d: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1), eq(dLeads.userId, 7))).returning()),
  dz41e: () => dzs(dz.select({ status: dLeads.status, count: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, monthStart), lte(dLeads.createdAt, monthEnd))).groupBy(dLeads.status)),
  dz41f: () => dzs(dz.query.agentOutputs.findMany({ where: and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)), orderBy: desc(dOutputs.createdAt) })),
  dz41g: () => dzs(dz.query.campaigns.findMany({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)), orderBy: asc(dCampaigns.name) })),
  dz41h: () => dzs(dz.delete(dOutputs).where(lte(dOutputs.createdAt, new Date(Date.now() - 90 * DAY))).returning({ id: dOutputs.id })),

  // Sequelize (OWASP Juice Shop): route factories, model classes, req.body.UserId owners, a raw search, lib where helpers.
  sq40a: () => sq(() => SLead.findAll({ where: { userId: 7 } })),
  sq40b: () => sq(() => SLead.findOne({ where: { id: '5', userId: 7 } })),
  sq40c: () => sq(() => SLead.destroy({ where: { id: '5', userId: 7 } })),
  sq40d: () => sq(() => SLead.update({ status: 'won' }, { where: { id: '5', createdAt: T1 } })),
  sq40e: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) }, userId: 7 }, order: [['createdAt', 'DESC']] })),
  sq40f: () => sq(() => SLead.findAll({ where: { status: { [Op.notIn]: ['won', 'lost', 'deleted'] }, userId: 7 } })),
  sq40g: () => sq(() => SLead.findOne({ where: { id: '5' }, include: [{ model: SOutput, as: 'outputs' }] })),
  sq40h: () => sq(() => SOutput.findAll({ where: { leadId: '5', createdAt: { [Op.gte]: T1 } }, order: [['createdAt', 'DESC']] })),
  sq40i: () => ({ sql: "SELECT * FROM leads WHERE ((company LIKE '%acme%' OR email LIKE '%acme%') AND status != 'deleted') ORDER BY created_at DESC" }),
  sq40j: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false }, order: [['name', 'ASC']] })),
  sq40k: () => sq(() => SCampaign.update({ archived: true }, { where: { id: '3', userId: 7 } })),

  // TypeORM (Standard Notes server): SQL repositories behind interfaces, createFindAllQueryBuilder(query), use cases.
  to41a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').delete().from('leads').where('id = :id', { id: '5' })),
  to41b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to41c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.id = :id AND lead.user_id = :userId', { id: '5', userId: '7' })),
  to41d: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').orderBy('lead.created_at', 'DESC').where('lead.user_id = :userId', { userId: '7' }).skip(0).take(50)),
  to41e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.user_id = :userId', { userId: '7' }).select('COUNT(DISTINCT("lead"."id"))', 'cnt')),
  to41f: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.user_id = :userId', { userId: '7' })
        .andWhere('lead.created_at >= :createdAfter AND lead.created_at <= :createdBefore', { createdAfter: monthStart.toISOString(), createdBefore: new Date(monthEnd.getTime() - 1).toISOString() })
        .select('lead.id', 'id')
        .addSelect('lead.status', 'status'),
    ),
  to41g: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').delete().from('leads').where('user_id = :userId', { userId: '7' })),
  to41h: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('output').where('output.lead_id = :leadId AND output.created_at >= :since', { leadId: '5', since: T1.toISOString() }).orderBy('output.created_at', 'DESC')),
  to41i: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('output').delete().from('agent_outputs').where('created_at < :date', { date: new Date(Date.now() - 30 * DAY).toISOString() })),
  to41j: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),

  // ---- Batch O (held out)
  // knex (Nango): db.knex / db.readOnly, table constants, service functions, forUpdate in transactions, batched deletes.
  kx43a: () => kx(knex.from('leads').select('*').where({ user_id: 7 }).orderBy('created_at', 'desc').first()),
  kx43b: () => kx(knex.from('leads').select('id', 'email', 'status', 'created_at').where({ user_id: 7 }).where('created_at', '>=', monthStart.toISOString()).where('created_at', '<', monthEnd.toISOString()).orderBy('created_at', 'asc')),
  kx43c: () => kx(knex.from('leads').where({ id: 5 }).update({ status: 'won' }).returning('*')),
  kx43d: () => kx(knex.from('agent_outputs').select('body').forUpdate().where({ id: 9, created_at: T1 }).first()),
  kx43e: () => kx(knex.from('agent_outputs').where({ id: 9, created_at: T1 }).update({ body: 'x' }).returning('*')),
  // The outer DELETE is by id: the date (or lead) filter only narrows the subquery.
  kx43f: () => kx(knex.from('agent_outputs').delete().whereIn('id', (sub) => void sub.select('id').from('agent_outputs').where({ lead_id: 5 }).limit(1000))),
  kx43g: () => kx(knex.from('agent_outputs').delete().whereIn('id', (sub) => void sub.select('id').from('agent_outputs').where('created_at', '<=', new Date(Date.now() - 45 * DAY).toISOString()).limit(1000))),
  kx43h: () => kx(knex.from('campaigns').select('id', 'name', 'archived').where({ user_id: 7 }).where({ archived: false }).orderBy('name', 'asc')),
  kx43i: () => kx(knex.select('*').from('campaigns').where({ id: 3 }).first()),
  kx43j: () => kx(knex.from('leads').where('created_at', '<', new Date(Date.now() - 400 * DAY).toISOString()).delete()),
  // Objection (Automatisch): authorizedLeads getters (the ability branch without the owner filter), paginate helper.
  // paginate(): the page, then resultSize() over the same query.
  ob41a: () => [ob(OLead.query().orderBy('created_at', 'desc').limit(10).offset(0)), kx(knex.count('* as count').from(OLead.query().toKnexQuery().as('temp')))],
  ob41b: () => ob(OLead.query().findById(5)),
  ob41c: () => ob(OLead.query().findById(5)),
  ob41d: () => objectionRuns(() => OLead.query().patchAndFetchById(5, { status: 'won' })),
  ob41e: () => {
    const outputs = () => OOutput.query().where({ lead_id: 5 }).where('created_at', '>=', T1);
    return [ob(outputs().orderBy('created_at', 'desc').limit(10).offset(0)), kx(knex.count('* as count').from(outputs().toKnexQuery().as('temp')))];
  },
  ob41f: () => ob(OLead.query().where('leads.created_at', '>=', monthStart).where('leads.created_at', '<', monthEnd).orderBy('leads.created_at', 'asc')),
  ob41g: () => ob(OLead.query().findOne({ id: 5, created_at: T1 })),
  ob41h: () => ob(OLead.query().select('leads.id').where('leads.user_id', 7)),
  ob41i: () => ob(OOutput.query().delete().whereIn('lead_id', [5, 6])),
  ob41j: () => ob(OCampaign.query().where('campaigns.user_id', 7).where({ archived: false }).orderBy('name', 'asc')),
  ob41k: () => ob(OOutput.query().delete().where('created_at', '<', new Date(Date.now() - 30 * DAY))),

  // TypeORM (Ever Gauzy): TenantAwareCrudService merging the request's user (the path without a user in the
  // request context), CrudService over typeOrmRepository, Brackets query builders, a @Cron cleanup.
  // findAndCount(): the page and the count over the same where.
  to42a: () => Promise.all([find('Lead', { where: { status: 'new' }, order: { createdAt: 'DESC' } }), to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { status: 'new' } }).select('COUNT(1)'))]),
  to42b: () => find('Lead', { where: { id: '5' }, relations: { outputs: true }, take: 1 }),
  to42c: () => find('Lead', { where: { createdAt: Between(monthStart, new Date(monthEnd.getTime() - 1)) }, order: { createdAt: 'ASC' } }),
  to42d: () => Promise.all([find('Campaign', { where: { archived: false }, order: { name: 'ASC' } }), to((ds) => ds.getRepository('Campaign').createQueryBuilder('Campaign').setFindOptions({ where: { archived: false } }).select('COUNT(1)'))]),
  to42e: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to42f: () =>
    to((ds) => {
      const query = ds.getRepository('Lead').createQueryBuilder('leads');
      query.select(`"${query.alias}"."status"`, 'status');
      query.addSelect(`COUNT("${query.alias}"."id")`, 'count');
      query.where(
        new Brackets((qb) => {
          qb.andWhere(`"${query.alias}"."user_id" = :userId`, { userId: '7' });
          qb.andWhere(`"${query.alias}"."created_at" BETWEEN :startDate AND :endDate`, { startDate: monthStart, endDate: monthEnd });
        }),
      );
      return query.groupBy(`"${query.alias}"."status"`);
    }),
  to42g: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5' })),
  // TenantAwareCrudService.update(): the findOne on the criteria, then the update.
  to42h: () => Promise.all([find('Lead', { where: { id: '5', createdAt: T1 }, take: 1 }), to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 }))]),
  to42i: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(new Date(Date.now() - 60 * DAY)) })),
  to42j: () => Promise.all([find('AgentOutput', { where: { leadId: '5' }, order: { createdAt: 'DESC' } }), to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('AgentOutput').setFindOptions({ where: { leadId: '5' } }).select('COUNT(1)'))]),

  // Sequelize (Audiobookshelf): Database singleton model getters, query modules, permission-where helper, statics.
  // The included campaign is joined on campaign_id alone.
  sq41a: () =>
    sq(() =>
      SLead.findAll({
        where: { userId: 7, createdAt: { [Op.gte]: '2026-01-01', [Op.lt]: '2027-01-01' } },
        include: { model: SCampaign, as: 'campaign', attributes: ['id', 'name'], required: false },
        order: SLead.sequelize!.random(),
      }),
    ),
  sq41b: () => sq(() => SOutput.count({ where: { createdAt: { [Op.gte]: '2026-01-01', [Op.lt]: '2027-01-01' } } })),
  // The admin path of getUserPermissionLeadWhere(): no owner condition. (A bare array as `where` would skip
  // Sequelize's attribute-to-field mapping, so the application puts the conditions under Op.and.)
  sq41c: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ createdAt: { [Op.gte]: new Date(Date.now() - 14 * DAY) } }] }, order: [['createdAt', 'DESC']], limit: 25 })),
  sq41d: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ status: 'new' }] } })),
  // Replacements are inlined as literals by Sequelize.
  sq41e: () => ({ sql: "SELECT status, COUNT(*) AS count FROM leads WHERE user_id = 7 AND created_at < '2027-01-01' GROUP BY status" }),
  sq41f: () => sq(() => SLead.findByPk(5, { include: [{ model: SOutput, as: 'outputs' }] })),
  sq41g: () => sq(() => SLead.destroy({ where: { id: '5' } })),
  sq41h: () => sq(() => SLead.update({ status: 'won' }, { where: { id: '5', createdAt: T1 } })),
  sq41i: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: new Date(Date.now() - 60 * DAY) } } })),
  sq41j: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false }, order: [['name', 'ASC']] })),

  // Drizzle (Homarr): helpers taking (db, where) built by the tRPC procedures, nested `with` reads, a cron job.
  // The `with: { campaign, outputs }` parts are lateral subqueries by campaign id and by lead id.
  dz42a: () => dzs(dz.query.leads.findFirst({ where: eq(dLeads.id, 5), with: { campaign: { columns: { id: true, name: true } }, outputs: { orderBy: desc(dOutputs.createdAt) } } })),
  dz42b: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz42c: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), gte(dLeads.createdAt, new Date(Date.now() - 7 * DAY))), orderBy: desc(dLeads.createdAt), limit: 50 })),
  dz42d: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)), columns: { id: true, userId: true, status: true } })),
  dz42e: () => dzs(dz.query.leads.findFirst({ where: eq(dLeads.id, 5), columns: { id: true, userId: true, status: true } })),
  dz42f: () => dzs(dz.query.campaigns.findMany({ where: eq(dCampaigns.userId, 7), orderBy: asc(dCampaigns.name) })),
  dz42g: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)), with: { campaign: { columns: { id: true, name: true } }, outputs: { orderBy: desc(dOutputs.createdAt) } } })),
  dz42h: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz42i: () => dzs(dz.delete(dLeads).where(eq(dLeads.id, 5))),
  dz42j: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, new Date(Date.now() - 30 * DAY)))),

  // Kysely (Langfuse): kyselyPrisma.$kysely, reassigned builders in worker handlers, shared repository functions.
  ky41a: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where(ksql.raw('archived::text'), '=', 'false')),
  // The path without the event's timestamp.
  ky41b: () => ky(kysely.selectFrom('leads').select(['id', 'status', 'created_at']).where('id', '=', 5).where('user_id', '=', 7)),
  ky41c: () => ky(kysely.updateTable('agent_outputs').set({ kind: 'cancelled' }).where('lead_id', '=', 5).where('kind', '=', 'pending')),
  ky41d: () => ky(kysely.selectFrom('leads').select('created_at').where('id', '=', 5).where('user_id', '=', 7)),
  ky41e: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where('created_at', '>=', monthStart).where('created_at', '<', monthEnd).orderBy('created_at', 'desc')),
  ky41f: () =>
    ky(
      kysely
        .selectFrom('leads')
        .where('leads.user_id', '=', 7)
        .where('leads.created_at', '>=', new Date(Date.now() - 30 * DAY))
        .select(['leads.status', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('leads.status'),
    ),
  ky41g: () => ky(kysely.selectFrom('leads').where('leads.user_id', '=', 7).selectAll().orderBy('leads.created_at', 'desc').limit(50).offset(0)),
  ky41h: () => ky(kysely.deleteFrom('leads').where('user_id', '=', 7).where('created_at', '<', new Date(Date.now() - 90 * DAY))),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH5: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch N (held out; Postiz: PrismaRepository<'lead'> generic delegates, services, Nest controllers, a cron task)
  pr42a: (p) => m(p, 'lead').findMany!({ where: { AND: [{ OR: [{ userId: 7n }] }, { createdAt: { gte: monthStart, lte: monthEnd } }], status: { not: 'deleted' } }, orderBy: { createdAt: 'asc' } }),
  // The won-state path: no window on created_at; the page and the count over the same where.
  pr42b: async (p) => {
    const where = { AND: [{ OR: [{ userId: 7n }] }], status: 'won' };
    await m(p, 'lead').findMany!({ where, skip: 0, take: 20, orderBy: { createdAt: 'desc' } });
    return m(p, 'lead').count!({ where });
  },
  pr42c: (p) => m(p, 'lead').updateMany!({ where: { userId: 7n, id: 5n }, data: { status: 'deleted' } }),
  pr42d: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n, status: { not: 'deleted' } }, include: { outputs: true } }),
  pr42e: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr42f: (p) => m(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: new Date(new Date().setHours(0, 0, 0, 0)) }, OR: [{ status: 'new' }, { status: 'won' }] } }),
  pr42g: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, orderBy: { name: 'asc' } }),
  pr42h: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } }),
  pr42i: (p) => m(p, 'lead').findMany!({ where: { status: 'new', createdAt: { gte: new Date(Date.now() - 2 * DAY), lt: new Date() } }, select: { id: true, userId: true, createdAt: true } }),
  // ---- Batch O (held out; Typebot: databaseRules where builders, API routes, tRPC procedures, archiveLeads(prisma)({ where }))
  // canReadLeads() for an admin: the lead id alone.
  pr43a: (p) => m(p, 'lead').findFirst!({ where: { id: 5n }, include: { outputs: true } }),
  pr43b: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n, userId: 7n } }),
  // The first page (no cursor).
  pr43c: (p) => m(p, 'lead').findMany!({ take: 51, where: { campaignId: 3n, userId: 7n, status: { not: 'archived' } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  pr43d: (p) => m(p, 'lead').updateMany!({ where: { campaignId: 3n }, data: { status: 'archived' } }),
  pr43e: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: monthStart, lte: monthEnd } }, _count: { _all: true } }),
  pr43f: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n, createdAt: { gte: T1 } }, orderBy: { createdAt: 'asc' } }),
  pr43g: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr43h: (p) => m(p, 'lead').count!({ where: { campaignId: 3n, userId: 7n, status: { not: 'archived' } } }),
  pr43i: (p) => m(p, 'lead').updateMany!({ where: { status: 'new', createdAt: { lt: new Date(Date.now() - 90 * DAY) } }, data: { status: 'archived' } }),
  pr43j: (p) => m(p, 'campaign').update!({ where: { id_userId: { id: 3n, userId: 7n } }, data: { archived: true } }),
};
