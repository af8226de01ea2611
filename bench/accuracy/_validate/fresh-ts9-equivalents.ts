/**
 * The equivalent queries of the labelled TypeScript sites of the held-out round twelve (cases modelled on further
 * public applications: Unleash, Mozilla accounts (fxa), Cal.com, Karakeep, Open Collective, Twenty, Dub), built by the
 * real ORMs offline and the Prisma sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For conditional
 * filters the equivalent is the path without the key.
 */
import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import { Op } from 'sequelize';
import { In, LessThan, MoreThan, MoreThanOrEqual } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, doc, dz, dzs, find, knex, kx, ky, kysely, m, ob, OCampaign, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
const startOfThisMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), 1);
};
const KX47_COLS = ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'];
const OB45_COLS = ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'];

export const TS_FRESH9: Record<string, Build> = {
  // ---- Round twelve (held out)
  // knex (Unleash): createStores registry, store classes with private select()/scope helpers, .modify() query-param helpers.
  kx47a: () => kx(knex.select(KX47_COLS).from('leads').where({ id: 5 }).first()),
  kx47b: () => kx(knex.select(KX47_COLS).from('leads').where('user_id', 7).andWhere('created_at', '>=', T1).orderBy('created_at', 'desc')),
  kx47c: () => kx(knex.select(KX47_COLS).from('leads').where({ id: 5, created_at: T1 }).first()),
  kx47d: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ status: 'won' })),
  // count() with the defaulted 30-day window.
  kx47e: () => kx(knex('leads').where('created_at', '>=', ago(30)).count('* as count').first()),
  kx47f: () => kx(knex('leads').del()),
  kx47g: () => kx(knex('agent_outputs').where('lead_id', 5).andWhere('created_at', '>=', hoursAgo(24))),
  kx47h: () => kx(knex('agent_outputs').where('created_at', '<=', hoursAgo(48)).del()),
  kx47i: () => kx(knex('agent_outputs').where({ lead_id: 5 }).orderBy('created_at', 'desc').first()),
  kx47j: () => kx(knex('campaigns').where({ user_id: 7 }).andWhere({ archived: false }).orderBy('name')),
  kx47k: () => doc('SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = $1) AS present', 3),
  kx47l: () => kx(knex('campaigns').where({ id: 3 }).update({ archived: true })),
  // The search without a created_at query parameter (no search terms, no status).
  kx47m: () =>
    kx(
      knex('leads')
        .select('id', 'company', 'email', 'status', 'created_at', knex.raw('count(*) OVER() AS total'))
        .where('user_id', 7)
        .orderBy('created_at', 'desc')
        .limit(50)
        .offset(0),
    ),
  kx47n: () => kx(knex('leads').select('id', 'status').where('user_id', 7).where('created_at', '>=', T1).andWhere('created_at', '<', T2)),

  // Objection (Mozilla accounts): model statics on a shared findQuery(options), bindKnex'd models on a Nest DatabaseService, modifiers.
  // findById(id, { include: ['outputs'] }): the lead by id, then its outputs.
  ob45a: () => [ob(OLead.query().select(OB45_COLS).where('id', 5)), ob(OOutput.query().whereIn('agent_outputs.lead_id', [5]))],
  ob45b: () => ob(OLead.query().select(OB45_COLS).where('user_id', 7).where('created_at', '>=', ago(30)).orderBy('created_at', 'desc')),
  ob45c: () => ob(OLead.query().patch({ status: 'won' } as never).where({ id: 5, created_at: T1 })),
  ob45d: () => ob(OLead.query().delete().where('id', 5)),
  ob45e: () => ob(OOutput.query().where('lead_id', 5).orderBy('created_at', 'desc').limit(50)),
  ob45f: () => ob(OOutput.query().where('lead_id', 5).where('created_at', '>=', ago(7)).orderBy('created_at', 'desc')),
  ob45g: () => ob(OCampaign.query().where('user_id', 7).where('archived', false)),
  ob45h: () => ob(OLead.query().where('user_id', 7).orderBy('created_at', 'desc').limit(100)),
  // The window's leads, then their outputs of the last seven days (the recent modifier).
  ob45i: () => [
    ob(OLead.query().where('user_id', 7).where('created_at', '>=', T1)),
    ob(OOutput.query().whereIn('agent_outputs.lead_id', [5]).where('created_at', '>=', ago(7))),
  ],
  // The lead by email, then its campaign by id (BelongsToOne: campaigns.id only).
  ob45j: () => [ob(OLead.query().where('email', 'a@acme.test')), ob(OCampaign.query().whereIn('campaigns.id', [3]))],
  ob45k: () => ob(OCampaign.query().findOne({ id: 3, user_id: 7 })),
  ob45l: () => ob(OCampaign.query().patch({ archived: true } as never).where('user_id', 7)),
  ob45m: () => ob(OOutput.query().delete().where('created_at', '<', ago(90))),

  // Kysely (Cal.com): read/write repositories bound in DI modules, a get-leads base query with optional filters, an insights service.
  ky45a: () => ky(kysely.selectFrom('leads').select(['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']).where('id', '=', 5)),
  ky45b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select(['id', 'company', 'status', 'created_at'])
        .where('user_id', '=', 7)
        .where('created_at', '>=', T1)
        .where('created_at', '<', T2)
        .orderBy('created_at', 'asc'),
    ),
  ky45c: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1)),
  ky45d: () => ky(kysely.deleteFrom('leads').where('campaign_id', '=', 3)),
  ky45e: () => ky(kysely.selectFrom('leads').select(['id']).where('email', '=', 'a@acme.test').where('user_id', '=', 7).where('id', '!=', 5)),
  ky45f: () => ky(kysely.selectFrom('campaigns').select(['id', 'name', 'archived']).where('id', '=', 3).where('user_id', '=', 7)),
  ky45g: () => ky(kysely.deleteFrom('campaigns').where('id', '=', 3)),
  ky45h: () => ky(kysely.selectFrom('campaigns').select(['id', 'user_id', 'name', 'archived']).where('id', '=', 3)),
  // The handler without date filters (status only).
  ky45i: () =>
    ky(kysely.selectFrom('leads').where('leads.user_id', '=', 7).where('leads.status', 'in', ['new']).selectAll('leads').orderBy('leads.created_at', 'desc').limit(10).offset(0)),
  ky45j: () => ky(kysely.selectFrom('leads').where('leads.user_id', '=', 7).where('leads.status', 'in', ['new']).select((eb) => eb.fn.countAll().as('count'))),
  ky45k: () =>
    ky(
      kysely
        .selectFrom('leads')
        .where('leads.user_id', '=', 7)
        .where('leads.created_at', '>=', T1)
        .where('leads.created_at', '<=', T2)
        .select(['leads.status', (eb) => eb.fn.countAll().as('count')])
        .groupBy('leads.status'),
    ),
  ky45l: () =>
    ky(
      kysely
        .selectFrom('agent_outputs')
        .where(
          'agent_outputs.lead_id',
          'in',
          kysely.selectFrom('leads').where('leads.user_id', '=', 7).where('leads.created_at', '>=', T1).where('leads.created_at', '<=', T2).select('leads.id'),
        )
        .where('agent_outputs.created_at', '>=', T1)
        .select((eb) => eb.fn.countAll().as('count')),
    ),

  // Drizzle (Karakeep): tRPC procedures, ownership middleware, model classes from fromId(ctx, id), condition helpers, workers.
  dz46a: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.userId, 7)) })),
  dz46b: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.userId, 7), eq(dLeads.id, 5)), with: { outputs: true } })),
  // The first page: no status, no campaign, no cursor.
  dz46c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), undefined, undefined, undefined)).orderBy(desc(dLeads.createdAt), desc(dLeads.id)).limit(21)),
  dz46d: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz46e: () => dzs(dz.delete(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7)))),
  dz46f: () => dzs(dz.query.campaigns.findFirst({ where: and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7)) })),
  dz46g: () => dzs(dz.query.campaigns.findMany({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)) })),
  dz46h: () => dzs(dz.update(dCampaigns).set({ name: 'Spring' }).where(and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7))).returning()),
  // A search text without a date matcher ("status:won").
  dz46i: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), and(eq(dLeads.status, 'won')))).limit(50)),
  dz46j: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, ago(7)))).limit(50)),
  dz46k: () => dzs(dz.select({ numLeads: count() }).from(dLeads).where(eq(dLeads.userId, 7))),
  dz46l: () => dzs(dz.select({ numLeadsThisWeek: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, ago(7))))),
  dz46m: () => dzs(dz.query.leads.findFirst({ where: eq(dLeads.id, 5), columns: { userId: true } })),
  dz46n: () => dzs(dz.query.agentOutputs.findMany({ where: eq(dOutputs.leadId, 5), orderBy: desc(dOutputs.createdAt) })),
  dz46o: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)))),
  dz46p: () => dzs(dz.update(dLeads).set({ status: 'enriched' }).where(eq(dLeads.id, 5))),
  dz46q: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, ago(90)))),

  // Sequelize (Open Collective): models default export, DataLoader loaders, collection resolvers with where[Op.and], raw reports, crons.
  sq45a: () => sq(() => SLead.findAll({ where: { userId: '7', createdAt: { [Op.gte]: ago(30) } }, order: [['createdAt', 'DESC']] })),
  // lead.getCampaign(): campaigns by id.
  sq45b: () => sq(() => SCampaign.findOne({ where: { id: '3' } })),
  sq45c: () => sq(() => SLead.findAll({ where: { id: { [Op.in]: ['5', '6'] } } })),
  sq45d: () => sq(() => SCampaign.findAll({ where: { id: { [Op.in]: ['3', '4'] } } })),
  sq45e: () => sq(() => SOutput.findAll({ where: { leadId: { [Op.in]: ['5', '6'] } }, order: [['createdAt', 'DESC']] })),
  // No date bounds (a search term only): the count and the page.
  sq45f: () =>
    sq(() =>
      SLead.findAndCountAll({
        where: { [Op.and]: [{ userId: '7' }, { [Op.or]: [{ company: { [Op.iLike]: '%ac%' } }, { email: { [Op.iLike]: '%ac%' } }] }] },
        order: [['createdAt', 'DESC']],
        offset: 0,
        limit: 50,
      }),
    ),
  sq45g: () => sq(() => SLead.count({ where: { userId: '7', createdAt: { [Op.gte]: startOfThisMonth(), [Op.lt]: new Date() } }, group: ['status'] })),
  sq45h: () => doc('SELECT campaign_id AS "campaignId", COUNT(*) AS "count" FROM leads WHERE user_id = $1 AND created_at >= $2 GROUP BY campaign_id', 7, T1),
  sq45i: () => doc('SELECT company, COUNT(*) AS "count" FROM leads GROUP BY company ORDER BY "count" DESC LIMIT $1', 10),
  sq45j: () => sq(() => SLead.findByPk('5')),
  sq45k: () => sq(() => SLead.update({ status: 'won' }, { where: { id: '5' } })),
  sq45l: () => sq(() => SCampaign.update({ archived: true }, { where: { id: '3', userId: '7' } })),
  sq45m: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: ago(90) } } })),
  sq45n: () => sq(() => SLead.count({ where: { campaignId: '3', createdAt: { [Op.gte]: T1 } } })),

  // TypeORM (Twenty): @InjectRepository services, repositories from a global manager by name, a GraphQL query parser, jobs.
  to46a: () => find('Lead', { where: { id: '5' } }),
  to46b: () => find('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(ago(30)) }, order: { createdAt: 'DESC' } }),
  to46c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to46d: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5' })),
  to46e: () => find('AgentOutput', { where: { leadId: In(['5', '6']) }, order: { createdAt: 'DESC' }, take: 20, skip: 0 }),
  // A filter without createdAt (status only), ordered by createdAt.
  to46f: () =>
    to((ds) =>
      ds.getRepository('Lead').createQueryBuilder('lead').andWhere('lead.status = :eq0', { eq0: 'new' }).addOrderBy('lead.created_at', 'DESC').take(61),
    ),
  to46g: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').select('COUNT(DISTINCT("lead"."id"))', 'cnt').andWhere('lead.status = :eq0', { eq0: 'new' })),
  to46h: () => find('AgentOutput', { where: { leadId: '5', kind: 'summary', createdAt: MoreThan(new Date(Date.now() - 10 * 60 * 1000)) }, take: 1 }),
  to46i: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().update().set({ kind: 'summary' }).where({ id: '9' })),
  to46j: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(ago(90)) })),
  to46k: () => find('Campaign', { where: { id: '3', userId: '7' }, take: 1 }),
  to46l: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to46m: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder().update().set({ archived: true }).where({ id: '3' })),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH9: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Round twelve (held out; Dub: withWorkspace routes, a shared where-builder, getXOrThrow helpers, crons)
  // The list without a date range (search only).
  pr47a: (p) =>
    m(p, 'lead').findMany!({
      where: { userId: 7n, OR: [{ company: { contains: 'ac', mode: 'insensitive' } }, { email: { contains: 'ac', mode: 'insensitive' } }] },
      orderBy: { createdAt: 'desc' },
      take: 100,
      skip: 0,
    }),
  pr47b: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: ago(30), lte: new Date() } }, _count: true }),
  pr47c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n } }),
  pr47d: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr47e: (p) => m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr47f: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } }),
  pr47g: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n, createdAt: { gte: T1 } }, orderBy: { createdAt: 'desc' }, take: 100 }),
  pr47h: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, orderBy: { name: 'asc' } }),
  pr47i: (p) => m(p, 'campaign').update!({ where: { id_userId: { id: 3n, userId: 7n } }, data: { name: 'Spring' } }),
  pr47j: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n } }),
  pr47k: (p) => m(p, 'lead').updateMany!({ where: { campaignId: 3n }, data: { campaignId: null } }),
  pr47l: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: ago(90) } } }),
  pr47m: (p) => m(p, 'lead').findMany!({ where: { status: 'new', createdAt: { lt: ago(90) } }, select: { id: true }, take: 100 }),
  pr47n: (p) => m(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: startOfThisMonth() } } }),
  pr47o: (p) => m(p, 'campaign').update!({ where: { id_userId: { id: 3n, userId: 7n } }, data: { archived: true } }),
};
