/**
 * The equivalent queries of the labelled TypeScript sites of the held-out batch R (round ten; cases modelled on
 * further public applications: Spoke, DEFRA's SROC Charging Module API, Bluesky's feed generator, Dittofeed,
 * FlowFuse, Activepieces, Inbox Zero), built by the real ORMs offline and the Prisma sites as calls on a real
 * Prisma 7 client, as in ts-equivalents.ts. For conditional filters the equivalent is the path without the key.
 */
import { and, asc, count, desc, eq, gte, lt } from 'drizzle-orm';
import { Op } from 'sequelize';
import { LessThan } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, doc, dz, dzs, find, knex, kx, ky, kysely, m, ob, OCampaign, OCampaign2, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const startOfThisMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), 1);
};

export const TS_FRESH8: Record<string, Build> = {
  // ---- Batch R (held out)
  // knex (Spoke): r.knex everywhere, cacheableData loaders scoping a shared builder, resolvers returning builders, jobs.
  kx46a: () => kx(knex('campaigns').where({ user_id: 7 }).where('id', 3).first()),
  kx46b: () => kx(knex('campaigns').where({ id: 3 }).update({ archived: true })),
  kx46c: () => kx(knex('agent_outputs').where('lead_id', 5).orderBy('created_at', 'desc').limit(20)),
  kx46d: () => kx(knex('agent_outputs').where('lead_id', 5).where('created_at', '>=', T1).orderBy('created_at', 'desc')),
  kx46e: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ status: 'won' })),
  kx46f: () => kx(knex('leads').where('id', 5).update({ status: 'opted_out' })),
  kx46g: () => kx(knex('leads').where({ campaign_id: 3 }).orderBy('created_at', 'desc').limit(100)),
  // The defaulted 30-day window (no status filter).
  kx46h: () =>
    kx(
      knex
        .select('leads.id', 'leads.company', 'leads.status', 'leads.created_at')
        .from('leads')
        .where('leads.user_id', 7)
        .where('leads.created_at', '>=', ago(30))
        .orderBy('leads.created_at', 'desc')
        .limit(20)
        .offset(0),
    ),
  kx46i: () => kx(knex('agent_outputs').where('created_at', '<', ago(90)).del()),
  kx46j: () => kx(knex('campaigns').where({ user_id: 7 }).where({ archived: false }).orderBy('name')),
  kx46k: () => kx(knex('leads').where({ campaign_id: 3 }).update({ status: 'closed' })),
  kx46l: () => kx(knex('leads').where({ campaign_id: 3 }).where('created_at', '>=', T1).count('id as count').first()),

  // Objection (SROC Charging Module API): services with static go(), model modifiers, $relatedQuery, page(), transactions.
  // findById(id) with withGraphFetched('campaign'): the lead by id, then its campaign by id.
  ob44a: () => [ob(OLead.query().findById(5)), ob(OCampaign.query().whereIn('campaigns.id', [3]))],
  ob44b: () => ob(OOutput.query().whereIn('agent_outputs.lead_id', [5]).where('agent_outputs.created_at', '>=', T1)),
  // page(): the page and the total over the same filters.
  ob44c: () => [
    ob(OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', startOfThisMonth()).orderBy('leads.created_at', 'desc').limit(50).offset(0)),
    kx(knex.count('* as count').from(knex('leads').where('leads.user_id', 7).where('leads.created_at', '>=', startOfThisMonth()).as('temp'))),
  ],
  // lead.$query().patch(): UPDATE … WHERE leads.id (the model's id column).
  ob44d: () => ob(OLead.query().patch({ status: 'won' } as never).where('leads.id', 5)),
  ob44e: () => ob(OLead.query().patch({ campaign_id: null } as never).where('campaign_id', 3)),
  ob44f: () => ob(OCampaign2.query().deleteById([3, 7])),
  ob44g: () => ob(OCampaign.query().where('campaigns.user_id', 7).where('campaigns.archived', false).orderBy('name')),
  ob44h: () => ob(OCampaign.query().findOne({ id: 3 })),
  ob44i: () => ob(OOutput.query().delete().where('agent_outputs.created_at', '<', ago(90))),
  ob44j: () => ob(OLead.query().select('status').count('id as count').where('leads.user_id', 7).groupBy('status')),
  // withGraphFetched('outputs(recent)'): the window's leads, then their outputs of the last seven days.
  ob44k: () => [
    ob(OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', T1)),
    ob(OOutput.query().whereIn('agent_outputs.lead_id', [5]).where('agent_outputs.created_at', '>=', ago(7))),
  ],

  // Kysely (Bluesky feed generator): algos registry, shared paginate(builder, params), hydration builders, firehose.
  // The first page (no cursor).
  ky44a: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(50)),
  ky44b: () =>
    ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where('created_at', '>=', ago(1)).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(50)),
  ky44c: () => ky(kysely.deleteFrom('leads').where('email', 'in', ['a@acme.test'])),
  ky44d: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where('created_at', '>=', T1).orderBy('created_at', 'asc')),
  ky44e: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('kind', '=', 'summary').orderBy('id', 'desc').limit(50)),
  ky44f: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where('archived', '=', false)),
  ky44g: () => ky(kysely.selectFrom('campaigns').selectAll().where('id', '=', 3)),
  ky44h: () => ky(kysely.deleteFrom('leads').where('created_at', '<', ago(90))),
  ky44i: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', 'in', [5, 6])),
  ky44j: () => doc('select count(*) as n from leads where user_id = $1 and created_at >= $2', 7, ago(30)),
  ky44k: () => ky(kysely.selectFrom('leads').selectAll().where('id', 'in', [5, 6])),
  ky44l: () => ky(kysely.selectFrom('leads').selectAll().where('id', 'in', [5, 6]).where('created_at', '>=', T1)),

  // Drizzle (Dittofeed): db() accessor, SQL[] condition arrays and helpers, relational queries, $dynamic, Fastify.
  dz45a: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.userId, 7)) })),
  // The controller passes neither statuses nor since.
  dz45b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7))).orderBy(desc(dLeads.createdAt)).limit(100)),
  dz45c: () =>
    dzs(dz.select({ status: dLeads.status, count: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, T1), lt(dLeads.createdAt, T2))).groupBy(dLeads.status)),
  dz45d: () => dzs(dz.select().from(dLeads).where(eq(dLeads.userId, 7)).limit(20)),
  dz45e: () => dzs(dz.query.campaigns.findMany({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)), orderBy: [asc(dCampaigns.name)] })),
  dz45f: () => dzs(dz.update(dCampaigns).set({ name: 'Spring' }).where(and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7))).returning()),
  dz45g: () => dzs(dz.delete(dCampaigns).where(eq(dCampaigns.id, 3))),
  dz45h: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz45i: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), undefined))),
  dz45j: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1))).orderBy(desc(dOutputs.createdAt))),
  dz45k: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, ago(90)))),
  dz45l: () => dzs(dz.update(dLeads).set({ campaignId: null }).where(eq(dLeads.campaignId, 3))),

  // Sequelize (FlowFuse): model definitions with finders attached by a loader, app.db.models.X.finder(), routes, housekeeper.
  sq44a: () => sq(() => SLead.findOne({ where: { id: '5' }, include: [{ model: SCampaign, as: 'campaign' }] })),
  // findAndCountAll with the route's where (no cursor, no search): the count and the rows.
  sq44b: () =>
    sq(async () => {
      await SLead.count({ where: { userId: '7' } });
      await SLead.findAll({ where: { userId: '7' }, order: [['id', 'ASC']], limit: 1000 });
    }),
  sq44c: () => sq(() => SLead.findAll({ where: { userId: '7', createdAt: { [Op.gte]: ago(30) } }, order: [['createdAt', 'DESC']] })),
  sq44d: () => sq(() => SLead.count({ where: { campaignId: '3' } })),
  sq44e: () => sq(() => SOutput.findAll({ where: { leadId: '5', createdAt: { [Op.gte]: T1 } }, order: [['createdAt', 'DESC']] })),
  sq44f: () => sq(() => SOutput.findAll({ where: { createdAt: { [Op.gte]: ago(7) }, leadId: '5' }, order: [['createdAt', 'DESC']] })),
  sq44g: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: ago(90) } } })),
  sq44h: () => sq(() => SCampaign.findOne({ where: { id: '3' } })),
  sq44i: () => sq(() => SCampaign.findAll({ where: { userId: '7', archived: false }, order: [['name', 'ASC']] })),
  // request.lead.save(): UPDATE … WHERE id (the model's primary key).
  sq44j: () => sq(() => SLead.update({ status: 'won' }, { where: { id: '5' } })),
  // request.lead.destroy(): DELETE … WHERE id.
  sq44k: () => sq(() => SLead.destroy({ where: { id: '5' } })),
  sq44l: () => sq(() => SLead.update({ status: 'closed' }, { where: { campaignId: '3' } })),
  sq44m: () => sq(() => SLead.count({ where: { userId: '7', createdAt: { [Op.gte]: startOfThisMonth() } }, group: ['status'] })),
  // campaign.save(): UPDATE campaigns … WHERE id.
  sq44n: () => sq(() => SCampaign.update({ archived: true }, { where: { id: '3' } })),

  // TypeORM (Activepieces): repoFactory(Entity)(entityManager?), object-literal services, shared keyset paginator.
  to45a: () => find('Lead', { where: { id: '5', userId: '7' }, take: 1 }),
  // paginate() runs both list endpoints' builders (the lead list without its optional filters, a lead's outputs).
  to45b: async () => [
    await to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where({ userId: '7' }).orderBy('lead.id', 'DESC').take(11)),
    await to((ds) => ds.getRepository('AgentOutput').createQueryBuilder('agent_output').where({ leadId: '5' }).orderBy('agent_output.id', 'DESC').take(51)),
  ],
  to45c: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to45d: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .select('lead.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('lead.user_id = :userId', { userId: '7' })
        .andWhere('lead.created_at >= :from', { from: T1 })
        .andWhere('lead.created_at < :to', { to: T2 })
        .groupBy('lead.status'),
    ),
  to45e: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to45f: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5', createdAt: T1 })),
  to45i: () => find('Campaign', { where: { id: '3', userId: '7' }, take: 1 }),
  to45j: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder('campaign').where({ userId: '7', archived: false }).orderBy('campaign.name', 'ASC')),
  to45k: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder().update().set({ archived: true }).where({ id: '3' })),
  to45l: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(ago(30)) })),
  to45m: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where('lead.campaign_id = :campaignId', { campaignId: '3' })
        .andWhere('lead.created_at >= :since', { since: T1 })
        .select('COUNT(DISTINCT("lead"."id"))', 'cnt'),
    ),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH8: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch R (held out; Inbox Zero: withAuth/withCampaign routes, safe actions, where-input helpers)
  pr46a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: ago(30) } }, orderBy: { createdAt: 'desc' }, take: 20, skip: 0 }),
  pr46b: (p) => m(p, 'lead').count!({ where: { userId: 7n } }),
  pr46c: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: ago(30) } }, _count: { _all: true } }),
  pr46d: (p) => m(p, 'lead').updateMany!({ where: { userId: 7n, createdAt: { gte: ago(7) }, status: 'new' }, data: { status: 'stale' } }),
  pr46e: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr46f: (p) => m(p, 'lead').deleteMany!({ where: { id: 5n, userId: 7n } }),
  // The path without a kind.
  pr46h: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n }, orderBy: { createdAt: 'desc' }, take: 50 }),
  pr46j: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n, userId: 7n }, select: { id: true } }),
  pr46l: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: ago(90) } } }),
  pr46m: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n }, include: { outputs: true } }),
  pr46n: (p) => m(p, 'campaign').count!({ where: { userId: 7n, archived: false } }),
  pr46o: (p) =>
    m(p, 'lead').findMany!({
      where: { userId: 7n, OR: [{ company: { contains: 'ac', mode: 'insensitive' } }, { email: { contains: 'ac', mode: 'insensitive' } }] },
      take: 20,
    }),
};
