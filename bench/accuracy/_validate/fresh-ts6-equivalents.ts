/**
 * The equivalent queries of the labelled TypeScript sites of the held-out batch P (round six; cases modelled on
 * further public applications: Ghost, Wiki.js, Immich, Unkey, Outline, n8n, Formbricks), built by the real ORMs
 * offline and the Prisma sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For conditional filters
 * the equivalent is the path without the key.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import { sql as ksql } from 'kysely';
import { Op } from 'sequelize';
import { Brackets, In, LessThan, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, OCampaign, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const monthStart = new Date('2026-03-01T00:00:00Z');
const monthEnd = new Date('2026-04-01T00:00:00Z');
const leadSelection = { id: true, createdAt: true, userId: true, campaignId: true, company: true, email: true, status: true };

export const TS_FRESH6: Record<string, Build> = {
  // ---- Batch P (held out)
  // knex (Ghost): services built with {knex: db.knex}, applyDateFilter helper (the path without bounds), repositories.
  kx44a: () => kx(knex('leads').select('status').count({ count: '*' }).where('user_id', 7).groupBy('status')),
  kx44b: () => kx(knex('leads').select('id', 'company', 'status', 'created_at').where('user_id', 7).where('created_at', '>=', monthStart.toISOString()).where('created_at', '<', monthEnd.toISOString()).orderBy('created_at', 'asc')),
  kx44c: () =>
    kx(
      knex('leads')
        .join('campaigns', function joinCampaign() {
          this.on('campaigns.id', '=', 'leads.campaign_id').andOn('campaigns.user_id', '=', 'leads.user_id');
        })
        .where('leads.user_id', 7)
        .select('campaigns.id as id', 'campaigns.name as name')
        .count({ count: 'leads.id' })
        .groupBy('campaigns.id', 'campaigns.name')
        .orderBy('count', 'desc')
        .limit(10),
    ),
  kx44d: () => kx(knex('leads').where('leads.user_id', 7).orderBy('leads.created_at', 'desc').limit(15)),
  kx44e: () => kx(knex('leads').where('leads.user_id', 7).where('leads.created_at', '>=', T1).orderBy('leads.created_at', 'desc')),
  kx44f: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ status: 'won' })),
  kx44g: () => kx(knex('leads').where('id', 5).del()),
  kx44h: () => kx(knex('campaigns').where('user_id', 7).where('archived', false).orderBy('name', 'asc')),
  kx44i: () => kx(knex('campaigns').where('id', 3).first()),
  kx44j: () => kx(knex('agent_outputs').where('agent_outputs.lead_id', 5).where('agent_outputs.created_at', '>=', T1).orderBy('agent_outputs.created_at', 'desc')),
  kx44k: () => kx(knex('agent_outputs').whereIn('lead_id', [5]).del()),
  kx44l: () => kx(knex('agent_outputs').where('created_at', '<', new Date(Date.now() - 90 * DAY)).del()),

  // Objection (Wiki.js): WIKI.models registry, static model methods, a static base query refined by resolvers.
  ob42a: () => kx(knex('leads').select('leads.*', 'campaign.name as campaignName').innerJoin('campaigns as campaign', 'campaign.id', 'leads.campaign_id').where('leads.id', 5)),
  ob42b: () => ob(OLead.query().patch({ status: 'won' }).where({ id: 5, created_at: T1 })),
  ob42c: () => ob(OOutput.query().delete().where('lead_id', 5)),
  ob42d: () => ob(OLead.query().delete().where('id', 5)),
  ob42e: () => ob(OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', T1).select('leads.status').count('* as count').groupBy('leads.status')),
  // page(): the page, then resultSize() over the same query.
  ob42f: () => {
    const history = () => OOutput.query().column(['agent_outputs.id', 'agent_outputs.kind', 'agent_outputs.created_at']).where({ 'agent_outputs.lead_id': 5 }).andWhere('agent_outputs.created_at', '>=', T1);
    return [ob(history().orderBy('agent_outputs.created_at', 'desc').limit(100).offset(0)), kx(knex.count('* as count').from(history().toKnexQuery().as('temp')))];
  },
  ob42g: () => ob(OOutput.query().del().where('created_at', '<', new Date(Date.now() - 90 * DAY).toISOString())),
  ob42h: () => ob(OLead.query().where('leads.user_id', 7).patch({ status: 'stale' }).where('leads.status', 'new')),
  ob42i: () => ob(OLead.query().where('leads.user_id', 7).orderBy('leads.created_at', 'desc').limit(50)),
  ob42j: () => ob(OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', T1).orderBy('leads.created_at', 'desc')),
  ob42k: () => ob(OCampaign.query().where({ user_id: 7, archived: false }).orderBy('name')),
  ob42l: () => ob(OCampaign.query().where('id', 3).first()),

  // Kysely (Immich): injected Kysely repositories, $if optional filters (the paths without), searchLeadBuilder(kysely, options).
  ky42a: () => ky(kysely.selectFrom('leads').selectAll('leads').where('leads.user_id', '=', 7).orderBy('leads.created_at', 'desc')),
  ky42b: () => ky(kysely.selectFrom('leads').selectAll('leads').where('leads.id', '=', 5)),
  ky42c: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1).returningAll()),
  ky42d: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select((eb) => [eb.fn.countAll<number>().filterWhere('leads.status', '=', 'new').as('open'), eb.fn.countAll<number>().filterWhere('leads.status', '=', 'won').as('won')])
        .where('leads.user_id', '=', 7)
        .where('leads.created_at', '>=', monthStart)
        .where('leads.created_at', '<', monthEnd),
    ),
  ky42e: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select((eb) => [ksql<string>`date_trunc('month', "created_at")`.as('timeBucket'), eb.fn.countAll<number>().as('count')])
        .where('user_id', '=', 7)
        .groupBy('timeBucket')
        .orderBy('timeBucket', 'desc'),
    ),
  ky42f: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where('created_at', '>=', T1).orderBy('created_at', 'desc')),
  ky42g: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', 'in', [5, 6])),
  ky42h: () => ky(kysely.deleteFrom('agent_outputs').where('created_at', '<', new Date(Date.now() - 90 * DAY))),
  ky42i: () => ky(kysely.selectFrom('leads').where('leads.user_id', 'in', [7]).selectAll('leads').orderBy('leads.created_at', 'desc').limit(251).offset(0)),
  ky42j: () => ky(kysely.selectFrom('leads').where('leads.user_id', 'in', [7]).select((qb) => qb.fn.countAll<number>().as('total'))),
  ky42k: () => ky(kysely.selectFrom('leads').where('leads.user_id', 'in', [7, 8]).where('leads.created_at', '>=', new Date(Date.now() - 7 * DAY)).selectAll('leads').orderBy('leads.created_at', 'desc')),
  ky42l: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where('archived', '=', false).orderBy('name', 'asc')),
  // Drizzle (Unkey): callback where/orderBy, tRPC procedures, transactions with Promise.all, condition-array helpers.
  dz43a: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.userId, 7), eq(dLeads.id, 5)) })),
  dz43b: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz43c: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), inArray(dLeads.id, [5, 6])), columns: { id: true } })),
  dz43d: () => dzs(dz.update(dLeads).set({ status: 'deleted' }).where(and(eq(dLeads.userId, 7), inArray(dLeads.id, [5, 6])))),
  dz43e: () => dzs(dz.delete(dOutputs).where(inArray(dOutputs.leadId, [5, 6]))),
  // The path without the status filter.
  dz43f: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), gte(dLeads.createdAt, monthStart), lte(dLeads.createdAt, monthEnd)), orderBy: [desc(dLeads.createdAt)], limit: 50 })),
  dz43g: () => dzs(dz.select({ count: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, monthStart), lte(dLeads.createdAt, monthEnd)))),
  // The first page (no cursor).
  dz43h: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7)), limit: 101, orderBy: [desc(dLeads.id)] })),
  dz43i: () => dzs(dz.query.campaigns.findMany({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)), orderBy: asc(dCampaigns.name) })),
  dz43j: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.userId, 7), eq(dLeads.id, 5)) })),
  dz43k: () => dzs(dz.query.leads.findMany({ where: and(eq(dLeads.userId, 7), gte(dLeads.createdAt, monthStart), lt(dLeads.createdAt, monthEnd)), orderBy: desc(dLeads.createdAt), columns: { id: true, company: true, status: true, createdAt: true } })),
  dz43l: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, new Date(Date.now() - 90 * DAY)))),
  // Sequelize (Outline): decorated models, findAllInBatches base static, findByPk override, scopes, SearchHelper.buildWhere.
  sq42a: () => sq(() => SOutput.findAll({ attributes: ['id'], where: { createdAt: { [Op.lt]: new Date(Date.now() - 90 * DAY) } }, order: [['createdAt', 'ASC']], offset: 0, limit: 1000 })),
  sq42b: () => sq(() => SLead.findOne({ where: { id: '5', userId: '7' } })),
  // The path without a date filter.
  sq42c: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ userId: '7' }] }, order: [['createdAt', 'DESC']], limit: 15, offset: 0 })),
  sq42d: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ userId: '7' }, { createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) } }] }, order: [['createdAt', 'DESC']] })),
  // lead.save() on a changed instance: UPDATE … WHERE id (the model's primary key).
  sq42e: () => sq(() => SLead.update({ status: 'won' }, { where: { id: '5' } })),
  sq42f: () => sq(() => SOutput.destroy({ where: { leadId: '5' } })),
  sq42g: () => sq(() => SOutput.destroy({ where: { id: { [Op.in]: ['1', '2'] } } })),
  // The path without `since`; the withCampaign scope joins campaigns on campaign_id alone.
  sq42h: () => sq(() => SLead.findAll({ where: { userId: '7' }, include: [{ model: SCampaign, as: 'campaign', required: false }], order: [['createdAt', 'DESC']], offset: 0, limit: 25 })),
  sq42i: () => sq(() => SOutput.findAll({ where: { leadId: '5', createdAt: { [Op.gte]: T1 } }, order: [['createdAt', 'ASC']] })),
  sq42j: () => sq(() => SLead.count({ where: { userId: '7', createdAt: { [Op.gte]: monthStart, [Op.lt]: monthEnd } }, group: ['status'] })),
  sq42k: () => sq(() => SCampaign.findAll({ where: { userId: '7', archived: false }, order: [['name', 'ASC']] })),

  // TypeORM (n8n): Repository subclasses, toQueryBuilder(query) with conditional andWhere, Container.get, pruning service.
  to43a: () => find('Lead', { where: { id: '5', userId: '7' }, take: 1 }),
  to43b: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: In(['5', '6']) })),
  // The installed TypeORM rejects the string-array select the application (TypeORM 0.3) writes; the object form sends the same SQL.
  to43c: () => find('Lead', { select: { id: true }, where: { createdAt: MoreThanOrEqual(T1) } }),
  // The path without the window (the list passes none).
  to43d: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').select(['lead.id', 'lead.status', 'lead.createdAt']).where('lead.userId IN (:...userIds)', { userIds: ['7'] }).orderBy({ 'lead.id': 'DESC' }).limit(20)),
  // The only caller passes both bounds.
  to43e: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .select(['lead.id', 'lead.status', 'lead.createdAt'])
        .where('lead.userId IN (:...userIds)', { userIds: ['7'] })
        .andWhere({ createdAt: MoreThanOrEqual(new Date(Date.now() - 30 * DAY)) })
        .andWhere({ createdAt: LessThanOrEqual(new Date()) })
        .select('COUNT(DISTINCT("lead"."id"))', 'cnt'),
    ),
  to43f: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder()
        .update()
        .set({ status: 'stale' })
        .where({ status: 'new' })
        .andWhere(new Brackets((qb) => void qb.where({ createdAt: LessThanOrEqual(new Date(Date.now() - 30 * DAY)) }))),
    ),
  to43g: () => find('AgentOutput', { where: { leadId: '5' }, order: { createdAt: 'DESC' } }),
  to43h: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(new Date(Date.now() - 30 * DAY)) })),
  to43i: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to43j: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to43k: () => find('Lead', { where: { id: '5' }, take: 1 }),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH6: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch P (held out; Formbricks: reactCache services, buildWhereClause({ AND }), getLeadsQuery(ids, params) args builder)
  pr44a: (p) => m(p, 'lead').findFirst!({ where: { id: 5n }, select: leadSelection }),
  // No filter criteria: buildWhereClause() gives an empty AND.
  pr44b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, AND: [] }, select: leadSelection, orderBy: [{ createdAt: 'desc' }], take: undefined, skip: undefined }),
  pr44c: (p) => m(p, 'lead').count!({ where: { userId: 7n } }),
  pr44d: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' }, select: leadSelection }),
  pr44e: (p) => m(p, 'lead').deleteMany!({ where: { id: 5n } }),
  pr44f: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, AND: [{ createdAt: { gte: new Date(Date.now() - 7 * DAY) } }] }, select: leadSelection, orderBy: { createdAt: 'desc' } }),
  pr44g: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, orderBy: { name: 'asc' } }),
  pr44h: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n }, orderBy: { createdAt: 'asc' } }),
  pr44i: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: new Date(Date.now() - 90 * DAY) } } }),
  // The management API without dates: the page and the count in one $transaction.
  pr44j: async (p) => {
    const where = { userId: { in: [7n] } };
    await m(p, 'lead').findMany!({ where });
    return m(p, 'lead').count!({ where });
  },
  pr44k: (p) => m(p, 'lead').findMany!({ where: { userId: { in: [7n] }, createdAt: { gte: new Date(Date.now() - 7 * DAY), lte: new Date() } }, take: 100 }),
};
