/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches K–M (cases modelled on
 * further public applications: Directus, Argos, Ozone, LobeChat, HedgeDoc, Misskey, Ghostfolio…), built by
 * the real ORMs offline and the Prisma sites as calls on a real Prisma 7 client, as in
 * ts-equivalents.ts. For conditional filters the equivalent is the path without the key.
 */
import { and, asc, between, count, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { sql as ksql } from 'kysely';
import { MoreThan, MoreThanOrEqual } from 'typeorm';
import { Op } from 'sequelize';
import { dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OCampaign, OCampaign2, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;

/** The PDS-style base builder: leads with their campaign (same user), archived ones left out unless asked. */
const pdsLeadQB = (includeArchived: boolean) =>
  kysely
    .selectFrom('leads')
    .leftJoin('campaigns', (join) => join.onRef('campaigns.id', '=', 'leads.campaign_id').onRef('campaigns.user_id', '=', 'leads.user_id'))
    .selectAll('leads')
    .select('campaigns.name as campaignName')
    .$if(!includeArchived, (qb) => qb.where('leads.status', '!=', 'archived'));

/** Parabol's `selectLeads()` helper. */
const parabolLeads = () => kysely.selectFrom('leads').select(['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']);

export const TS_FRESH4: Record<string, Build> = {
  // ---- Batch K
  // knex (Directus): ItemsService subclasses, readOne through readByQuery and applyFilter, getDatabase().
  kx39a: () => kx(knex.select('*').from('leads').limit(1).where('id', '5')),
  kx39b: () => kx(knex.select('*').from('leads').orderBy('created_at', 'desc').limit(50).where('user_id', 7)),
  kx39c: () => kx(knex.select('*').from('leads').orderBy('created_at', 'desc').limit(100).where('user_id', 7).where('created_at', '>=', '2026-03-01T00:00:00.000Z').where('created_at', '<', '2026-04-01T00:00:00.000Z')),
  kx39d: () => kx(knex.select('id', 'email', 'company', 'status', 'created_at').from('leads').where('user_id', 7).andWhere('created_at', '>=', new Date(Date.now() - 14 * DAY)).orderBy('created_at', 'desc')),
  kx39e: () => kx(knex.delete().from('agent_outputs').where({ lead_id: 5 })),
  kx39f: () => kx(knex('agent_outputs').where('created_at', '<', new Date(Date.now() - 90 * DAY)).delete()),
  kx39g: () => kx(knex.select('id', 'user_id').from('leads').where({ email: 'a@acme.test' }).first()),
  kx39h: () => kx(knex.select('*').from('campaigns').orderBy('name', 'asc').limit(100).where('user_id', 7).where('archived', false)),

  // Objection (Argos): model statics, range() paging, $relatedQuery, a generic DataLoader, service functions.
  ob37a: () => ob(OLead.query().where('user_id', '7').orderBy('created_at', 'desc').range(0, 19)),
  ob37b: () => ob(OLead.relatedQuery('outputs').for('5').orderBy('created_at', 'desc').range(0, 19)),
  ob37c: () => ob(OLead.query().findByIds(['5', '6'])),
  ob37d: () => ob(OLead.query().select('status', knex.raw('count(*)::int as count')).where('user_id', '7').whereBetween('created_at', [T1, T2]).groupBy('status')),
  ob37e: () => ob(OOutput.query().where({ lead_id: '5' }).where('created_at', '>=', new Date(Date.now() - 7 * DAY)).orderBy('created_at', 'desc')),
  // patchAndFetchById: the update by id, then the fetch by id.
  ob37f: () => objectionRuns(() => OLead.query().patchAndFetchById('5', { status: 'won' })),
  ob37g: () => ob(OCampaign2.query().findOne({ id: '3', user_id: '7' })),

  // Kysely (Ozone): Database wrapper (db.db), service creators on the context, paginate() over a time/id keyset.
  ky37a: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).orderBy('leads.created_at', 'desc').orderBy('leads.id', 'desc').limit(50)),
  ky37b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll()
        .where('user_id', '=', 7)
        .where('created_at', '>=', '2026-03-01T00:00:00.000Z')
        .where('created_at', '<=', '2026-04-01T00:00:00.000Z')
        .orderBy('leads.created_at', 'desc')
        .orderBy('leads.id', 'desc')
        .limit(50),
    ),
  ky37c: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5)),
  ky37e: () => ky(kysely.updateTable('leads').set({ status: 'closed' }).where('id', '=', 5).where('created_at', '=', T1)),
  ky37f: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', '=', 5)),
  ky37g: () => ky(kysely.selectFrom('campaigns').select(['id', 'name']).where('user_id', '=', 7).where('archived', '=', false).orderBy('name')),
  ky37h: () => ky(kysely.selectFrom('leads').select(['status', ksql<number>`count(*)`.as('count')]).where('created_at', '>', new Date(Date.now() - DAY)).groupBy('status')),

  // Drizzle (LobeChat): per-user model classes on ctx, genWhere/genRangeWhere helpers, serverDB services.
  dz38a: () => dzs(dz.query.leads.findMany({ where: eq(dLeads.userId, 7), orderBy: [desc(dLeads.createdAt)], limit: 20, offset: 0 })),
  dz38b: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.userId, 7)) })),
  dz38c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), and(gte(dLeads.createdAt, T1), lte(dLeads.createdAt, T2)))).orderBy(desc(dLeads.createdAt))),
  dz38d: () => dzs(dz.select({ count: count(dLeads.id) }).from(dLeads).where(and(eq(dLeads.userId, 7), and(gte(dLeads.createdAt, T1), lte(dLeads.createdAt, T2))))),
  dz38e: () => dzs(dz.select({ count: count(dLeads.id) }).from(dLeads).where(and(eq(dLeads.userId, 7)))),
  dz38f: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz38g: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1), eq(dLeads.userId, 7)))),
  dz38h: () => dzs(dz.query.campaigns.findMany({ where: eq(dCampaigns.userId, 7), orderBy: [desc(dCampaigns.id)] })),
  dz38i: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, new Date(Date.now() - 60 * DAY)))),
  dz38j: () => dzs(dz.select().from(dLeads).where(eq(dLeads.email, 'a@acme.test')).limit(1)),
  dz38k: () => dzs(dz.delete(dOutputs).where(and(eq(dOutputs.leadId, 5), inArray(dOutputs.id, [9, 10])))),

  // Sequelize (HedgeDoc): define() files loaded into a registry, statics with callbacks, instance update().
  sq37a: () => sq(() => SLead.findOne({ where: { id: '5' } })),
  sq37b: () => sq(() => SLead.findOne({ where: { email: 'acme' } })),
  sq37c: () => sq(() => SOutput.findAll({ where: { leadId: '5' }, order: [['createdAt', 'DESC']], attributes: ['id', 'kind', 'createdAt'] })),
  sq37d: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: new Date(Date.now() - 14 * DAY) } } })),
  sq37e: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: new Date(Date.now() - 30 * DAY) } }, order: [['createdAt', 'DESC']] })),
  // instance.update(): UPDATE … WHERE the primary key (id) only.
  sq37f: () => sq(() => SLead.build({ id: 5, userId: 7, status: 'new' }, { isNewRecord: false }).update({ status: 'won' })),
  sq37g: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false }, order: [['name', 'ASC']] })),
  sq37h: () => sq(() => SLead.count({ where: { userId: 7, createdAt: { [Op.between]: [T1, T2] } } })),

  // TypeORM (Misskey): repositories under DI symbols, endpoint handlers in super(), QueryService helpers on `${q.alias}`.
  to38a: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').orderBy('lead.id', 'DESC').andWhere('lead.userId = :meId', { meId: '7' }).limit(10)),
  to38b: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .andWhere('lead.createdAt > :sinceDate', { sinceDate: new Date(Date.now() - 7 * DAY) })
        .andWhere('lead.createdAt < :untilDate', { untilDate: new Date() })
        .orderBy('lead.createdAt', 'DESC')
        .andWhere('lead.userId = :meId', { meId: '7' })
        .limit(10),
    ),
  to38c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to38d: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to38e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5', createdAt: T1 })),
  to38f: () => find('Campaign', { where: { userId: '7', archived: false } }),
  to38g: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('output').where('output.leadId = :leadId', { leadId: '5' }).andWhere('output.createdAt >= :since', { since: new Date(Date.now() - DAY) }).orderBy('output.createdAt', 'DESC').limit(10)),
  to38h: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { userId: '7' } }).select('COUNT(1)')),
  to38i: () => find('Lead', { where: { id: '5', createdAt: T1, userId: '7' }, take: 1 }),
  to38j: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder('campaign').andWhere('campaign.userId = :meId', { meId: '7' }).andWhere('campaign.id = :id', { id: '3' })),

  // ---- Batch L
  // knex (Lightdash): table-name constants, model classes built by a ModelRepository, services holding models.
  kx40a: () => kx(knex('leads').leftJoin('campaigns', 'campaigns.id', 'leads.campaign_id').select('leads.*', 'campaigns.name as campaign_name').where('leads.id', 5)),
  kx40b: () => kx(knex('leads').select('leads.*').where('leads.user_id', 7).whereBetween('leads.created_at', [T1, T2]).orderBy('leads.created_at', 'desc')),
  kx40c: () => kx(knex('leads').select('*').where({ user_id: 7, status: 'new' }).orderBy('created_at', 'desc')),
  kx40d: () => kx(knex('leads').update({ status: 'closed' }).where('leads.id', 5).andWhere('leads.created_at', T1)),
  kx40e: () => kx(knex('agent_outputs').delete().where('lead_id', 5)),
  kx40f: () => kx(knex('campaigns').select('id', 'name').where('campaigns.user_id', 7).andWhere('archived', false)),
  kx40g: () => kx(knex('agent_outputs').where('created_at', '<', new Date(Date.now() - 30 * DAY)).delete()),
  kx40h: () => kx(knex('leads').select('email', 'company').where('user_id', 7)),

  // Objection (Kotahi): BaseModel, static getters, modifiers, $relatedQuery in instance methods, useTransaction.
  ob38a: () => objectionRuns(() => OLead.query().findById(5).withGraphFetched('outputs')),
  ob38b: () => ob(OLead.relatedQuery('outputs').for(5).where('created_at', '>=', new Date(Date.now() - 7 * DAY)).orderBy('created_at', 'desc')),
  ob38c: () => ob(OLead.query().where({ user_id: 7 }).orderBy('created_at', 'desc')),
  ob38d: () => ob(OLead.query().patch({ status: 'won' }).where({ id: 5, created_at: T1 }).returning('*')),
  ob38e: () => ob(OOutput.query().delete().where('lead_id', 5)),
  ob38f: () => ob(OCampaign.query().where('user_id', 7).where('archived', false).orderBy('name')),
  ob38g: () => ob(OLead.query().patch({ status: 'stale' }).where('status', 'new').where('created_at', '<', new Date(Date.now() - 21 * DAY)).where('created_at', '>=', new Date(Date.now() - 22 * DAY))),
  ob38h: () => ob(OLead.query().findOne({ email: 'a@acme.test' })),

  // Kysely (Bluesky PDS account manager): helper functions sharing selectLeadQB(db, flags), executeWithRetry(query).
  ky38a: () => ky(pdsLeadQB(true).where('leads.id', '=', 5)),
  ky38b: () => ky(pdsLeadQB(false).where('leads.user_id', '=', 7).where('leads.created_at', '>=', T1).where('leads.created_at', '<', T2).orderBy('leads.created_at', 'desc')),
  ky38d: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1)),
  ky38e: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', '=', 5)),
  ky38f: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where('archived', '=', false).orderBy('name')),
  ky38g: () => ky(kysely.selectFrom('leads').select(ksql<number>`count(*)`.as('count')).where('user_id', '=', 7)),
  ky38h: () => ky(pdsLeadQB(false).where('leads.email', '=', 'a@acme.test')),

  // Drizzle (Dokploy): exported service functions on a db module, `with:` relations, tRPC routers.
  dz39a: () => dzs(dz.query.leads.findFirst({ where: eq(dLeads.id, 5), with: { campaign: true } })),
  dz39b: () => dzs(dz.query.agentOutputs.findMany({ where: eq(dOutputs.leadId, 5), orderBy: desc(dOutputs.createdAt) })),
  dz39c: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1))).returning()),
  dz39d: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, new Date(Date.now() - 30 * DAY)))),
  dz39e: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), between(dLeads.createdAt, T1, T2))).orderBy(desc(dLeads.createdAt))),
  dz39f: () => dzs(dz.query.campaigns.findMany({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)) })),
  dz39g: () => dzs(dz.select({ count: count() }).from(dLeads).where(eq(dLeads.status, 'new'))),
  // The `with: { outputs }` part is a lateral subquery on agent_outputs by lead_id only.
  dz39h: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)), with: { outputs: true } })),

  // Sequelize (Streetmix): cli-style models in a registry, destructured in ES-module handlers with inner helpers.
  sq38a: () => sq(() => SLead.findOne({ where: { id: '5' } })),
  sq38b: () => sq(() => SLead.findAndCountAll({ where: { userId: '7', status: { [Op.ne]: 'deleted' } }, order: [['createdAt', 'DESC']], offset: 0, limit: 20 })),
  sq38c: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) } }, order: [['createdAt', 'DESC']] })),
  sq38d: () => sq(() => SLead.findOne({ where: { id: '5', createdAt: T1 } })),
  sq38e: () => sq(() => SLead.update({ status: 'won' }, { where: { id: 5, createdAt: T1 } })),
  sq38f: () => sq(() => SOutput.destroy({ where: { leadId: '5' } })),
  sq38g: () => sq(() => SLead.update({ status: 'deleted' }, { where: { id: '5' } })),
  sq38h: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false }, order: [['name', 'ASC']] })),

  // TypeORM (ToolJet): dbTransactionWrap(operation, manager?), EntityManager calls, a shared viewable-leads builder.
  to39a: () => find('Lead', { where: { id: '5' } }),
  to39b: () => to((ds) => ds.createQueryBuilder('Lead', 'leads').where('leads.userId = :userId', { userId: '7' }).orderBy('leads.createdAt', 'DESC').take(9).skip(0)),
  to39c: () => to((ds) => ds.createQueryBuilder('Lead', 'leads').where('leads.userId = :userId', { userId: '7' }).select('COUNT(DISTINCT(leads.id))', 'cnt')),
  to39d: () => to((ds) => ds.createQueryBuilder('Lead', 'leads').where('leads.userId = :userId', { userId: '7' }).andWhere('leads.createdAt >= :since', { since: new Date(Date.now() - 7 * DAY) }).select('COUNT(DISTINCT(leads.id))', 'cnt')),
  to39e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to39f: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to39g: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to39h: () => find('AgentOutput', { where: { leadId: '5', createdAt: MoreThanOrEqual(new Date(Date.now() - DAY)) }, order: { createdAt: 'DESC' } }),

  // ---- Batch M (held out)
  // knex (Joplin Server): BaseModel with a tableName getter, a models() factory reached as ctx.joplin.models.
  kx41a: () => kx(knex('leads').select(['*']).where({ id: 5 }).first()),
  kx41b: () => kx(knex('leads').select(['*'])),
  kx41c: () => kx(knex('leads').select(['*']).where({ email: 'a@acme.test' }).first()),
  kx41d: () => kx(knex('agent_outputs').select(['*']).where('lead_id', '=', 5)),
  kx41e: () => kx(knex('leads').select(['*']).where('user_id', '=', 7).where('created_at', '>=', new Date(Date.now() - 3 * DAY)).orderBy('created_at', 'desc')),
  kx41f: () => kx(knex('leads').update({ status: 'won' }).where({ id: 5, created_at: T1 })),
  kx41g: () => kx(knex('campaigns').select(['*']).where({ user_id: 7, archived: false }).orderBy('name')),
  kx41h: () => kx(knex('agent_outputs').where('created_at', '<', new Date(Date.now() - 90 * DAY)).delete()),

  // Objection (Quarters API): BaseModel statics on this.query(), one resolver per file, modelsByIds(Model) loaders.
  ob39a: () => ob(OLead.query().findById(5)),
  ob39b: () => ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1).where('created_at', '<', T2).orderBy('created_at', 'asc')),
  ob39c: () => ob(OLead.query().whereIn('id', [5, 6]).orderBy('id', 'asc')),
  ob39d: () => ob(OOutput.query().where('lead_id', 5).orderBy('created_at', 'desc').limit(10)),
  ob39e: () => ob(OOutput.query().where('lead_id', 5).where('created_at', '>=', T1)),
  ob39f: () => ob(OLead.query().where('campaign_id', 3).where('user_id', 7)),
  ob39g: () => ob(OCampaign.query().where({ user_id: 7, archived: false }).orderBy('name')),
  ob39h: () => ob(OLead.query().where('email', 'a@acme.test').first()),

  // Kysely (Parabol): getKysely() singleton, exported select helpers, DataLoader makers, direct mutations.
  ky39a: () => ky(parabolLeads().where('user_id', '=', 7).orderBy('created_at', 'desc').limit(21)),
  ky39b: () => ky(parabolLeads().where('id', 'in', [5, 6])),
  ky39c: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', 'in', [5, 6]).orderBy('created_at', 'desc')),
  ky39d: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1)),
  ky39e: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where('archived', '=', false)),
  ky39f: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', 'in', [5, 6])),
  ky39g: () => ky(kysely.selectFrom('leads').select(({ fn }) => fn.count<number>('id').as('count')).where('user_id', '=', 7).where('created_at', '>=', new Date(Date.now() - 7 * DAY))),
  ky39h: () => ky(parabolLeads().where('email', '=', 'a@acme.test')),

  // Drizzle (Papra): repositories from injectArguments({ … }, { db }), withPagination(query.$dynamic()), Hono routes.
  dz40a: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), eq(dLeads.status, 'new'))).$dynamic().orderBy(desc(dLeads.createdAt)).limit(25).offset(0)),
  dz40b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7)))),
  dz40c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), between(dLeads.createdAt, T1, T2)))),
  dz40d: () => dzs(dz.update(dLeads).set({ status: 'deleted' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz40e: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz40f: () => dzs(dz.select().from(dCampaigns).where(and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false))).orderBy(asc(dCampaigns.name))),
  dz40g: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, new Date(Date.now() - 30 * DAY)))),
  dz40h: () => dzs(dz.select({ leadsCount: count() }).from(dLeads).where(eq(dLeads.userId, 7))),

  // Sequelize (Audius identity service): handleResponse routes, inline finds, raw replacements, unmanaged transactions.
  sq39a: () => sq(() => SLead.findAll({ where: { userId: 7, status: 'new' }, include: [{ model: SOutput, as: 'outputs' }], order: [['createdAt', 'DESC']], limit: 25, offset: 0 })),
  sq39b: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) } }, order: [['createdAt', 'DESC']] })),
  // Replacements are inlined as literals by Sequelize.
  sq39c: () => ({ sql: 'SELECT count(*) AS "count" FROM leads WHERE user_id = 7' }),
  sq39d: () => ({ sql: `SELECT status, count(*) AS "count" FROM leads WHERE user_id = 7 AND created_at >= '${new Date(Date.now() - 30 * DAY).toISOString()}' GROUP BY status` }),
  sq39e: () => sq(() => SLead.update({ status: 'closed' }, { where: { id: '5', createdAt: T1 } })),
  sq39f: () => sq(() => SOutput.destroy({ where: { leadId: '5' } })),
  sq39g: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false }, order: [['name', 'ASC']] })),
  sq39h: () => sq(() => SLead.findOne({ where: { email: 'a@acme.test' } })),

  // TypeORM (Spacebar): BaseEntity statics, FindManyOptions completed conditionally, entity static helpers.
  to40a: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to40b: () => find('Lead', { order: { createdAt: 'DESC' }, take: 50, where: { userId: '7' } }),
  to40c: () => find('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(new Date(Date.now() - 7 * DAY)) }, order: { createdAt: 'DESC' } }),
  to40d: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to40e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to40f: () => find('Campaign', { where: { id: '3', userId: '7' }, take: 1 }),
  to40g: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('AgentOutput').setFindOptions({ where: { leadId: '5', createdAt: MoreThan(T1) } }).select('COUNT(1)')),
  to40h: () => find('Lead', { where: { id: '5', userId: '7' }, select: { id: true }, take: 1 }),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH4: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch K (Ghostfolio: PrismaService wrappers taking Prisma args, getLeads with an optional start date)
  pr39a: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n } }),
  pr39b: (p) => m(p, 'lead').findMany!({ orderBy: [{ createdAt: 'asc' }], where: { userId: 7n } }),
  pr39c: (p) => m(p, 'lead').findMany!({ orderBy: [{ createdAt: 'asc' }], where: { userId: 7n, createdAt: { gte: T1 } } }),
  pr39d: (p) => m(p, 'lead').update!({ data: { status: 'won' }, where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr39e: (p) => m(p, 'lead').deleteMany!({ where: { userId: 7n } }),
  pr39f: (p) => m(p, 'campaign').findMany!({ orderBy: { name: 'asc' }, where: { userId: 7n, archived: false } }),
  pr39g: (p) => m(p, 'agentOutput').count!({ where: { lead: { userId: 7n } } }),
  pr39h: (p) => m(p, 'lead').groupBy!({ by: ['status'], _count: true, where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 30 * DAY) } } }),
  // ---- Batch L (Hoppscotch: PrismaService in fp-ts services, GraphQL resolvers, interactive $transaction)
  pr40a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: 'new' }, take: 10, orderBy: { createdAt: 'desc' } }),
  pr40b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1, lt: T2 } }, orderBy: { createdAt: 'desc' } }),
  pr40c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n } }),
  pr40d: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } }),
  pr40e: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr40f: (p) => m(p, 'campaign').findUnique!({ where: { id_userId: { id: 3n, userId: 7n } } }),
  pr40g: (p) => m(p, 'lead').count!({ where: { createdAt: { gte: new Date(new Date().setUTCHours(0, 0, 0, 0)) } } }),
  // The outputs are fetched by the composite relation key (lead_id, created_at) of the lead found.
  pr40h: (p) => m(p, 'lead').findUnique!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, include: { outputs: { orderBy: { createdAt: 'desc' } } } }),
  pr40i: (p) => m(p, 'lead').count!(),
  // ---- Batch M (held out; Linkwarden: controller functions with condition arrays, Next API routes)
  pr41a: (p) => m(p, 'lead').findMany!({ take: 50, skip: undefined, where: { AND: [{ userId: 7n }] }, orderBy: { createdAt: 'desc' } }),
  pr41b: (p) => m(p, 'lead').findMany!({ take: 50, skip: undefined, where: { AND: [{ userId: 7n }, { createdAt: { gte: new Date(Date.now() - 7 * DAY) } }] }, orderBy: { createdAt: 'desc' } }),
  pr41c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n }, include: { outputs: { orderBy: { createdAt: 'desc' } } } }),
  pr41d: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } }),
  pr41e: (p) => m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr41f: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, orderBy: { name: 'asc' } }),
  pr41g: (p) => m(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY) } } }),
  pr41h: (p) => m(p, 'lead').updateMany!({ where: { userId: 7n, status: 'new' }, data: { status: 'stale' } }),
};
