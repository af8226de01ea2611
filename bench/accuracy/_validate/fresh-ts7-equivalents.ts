/**
 * The equivalent queries of the labelled TypeScript sites of the held-out batch Q (round eight; cases modelled on
 * further public applications: Kutt, a Feathers + Objection app, Docmost, OpenStatus, PeerTube, Vendure, Umami), built
 * by the real ORMs offline and the Prisma sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For
 * conditional filters the equivalent is the path without the key.
 */
import { and, asc, count, desc, eq, gte, lte } from 'drizzle-orm';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { Op } from 'sequelize';
import { LessThan, MoreThanOrEqual } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, doc, dz, dzs, find, knex, kx, ky, kysely, m, ob, OCampaign, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const startOfThisMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), 1);
};
const kuttLeadColumns = ['leads.id', 'leads.company', 'leads.email', 'leads.status', 'leads.user_id', 'leads.campaign_id', 'leads.created_at'];
const docmostLeadColumns = ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at'] as const;

export const TS_FRESH7: Record<string, Build> = {
  // ---- Batch Q (held out)
  // knex (Kutt): query modules in a registry, match objects normalised by normalizeMatch, total(match) via andWhere.
  kx45a: () => kx(knex('leads').select(...kuttLeadColumns).where({ 'leads.id': 5, 'leads.user_id': 7 }).first()),
  // The path without a search.
  kx45b: () => kx(knex('leads').select(...kuttLeadColumns).where({ 'leads.user_id': 7 }).offset(0).limit(10).orderBy('leads.id', 'desc')),
  kx45c: () => kx(knex('leads').andWhere('user_id', 7).count('leads.id', { as: 'count' })),
  kx45d: () => kx(knex('leads').where({ id: 5 }).update({ company: 'Acme', status: 'won' }, '*')),
  kx45e: () => kx(knex('leads').where({ id: 5, user_id: 7 }).first()),
  kx45f: () => kx(knex('leads').where('id', 5).delete()),
  kx45g: () => kx(knex('agent_outputs').where('lead_id', 5).delete()),
  kx45h: () => kx(knex('leads').where('user_id', 7).andWhere('created_at', '>', ago(1)).count('id', { as: 'count' })),
  kx45i: () => kx(knex('agent_outputs').where({ lead_id: 5, kind: 'summary' }).andWhere(knex.raw("date_trunc('hour', created_at) = date_trunc('hour', now())")).first()),
  kx45j: () => kx(knex('agent_outputs').where({ id: 1, created_at: T1 }).update({ body: 'x' })),
  kx45k: () => kx(knex('agent_outputs').select('kind').count('id', { as: 'count' }).where('lead_id', 5).andWhere('created_at', '>=', ago(1)).groupBy('kind')),
  kx45l: () => kx(knex('campaigns').where({ user_id: 7, name: 'Spring' }).first()),
  kx45m: () => kx(knex('campaigns').where('user_id', 7).andWhere('archived', false).orderBy('name', 'asc')),
  kx45n: () => kx(knex('agent_outputs').where('created_at', '<', ago(90)).delete()),

  // Objection (Feathers app): service classes on this.Model.query(), modifiers, hooks reaching other services' models.
  ob43a: () => ob(OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', startOfThisMonth()).orderBy('created_at', 'desc')),
  ob43b: () => ob(OLead.query().patch({ status: 'stale' }).where('leads.user_id', 7).where('status', 'new')),
  ob43d: () => ob(OOutput.query().where({ lead_id: 5 }).where('created_at', '>=', ago(30)).orderBy('created_at')),
  ob43e: () => ob(OOutput.query().delete().where('lead_id', 5)),
  ob43f: () => ob(OOutput.query().delete().where('created_at', '<', ago(90))),
  ob43g: () => ob(OCampaign.query().where({ user_id: 7, archived: false }).orderBy('name')),
  ob43h: () => ob(OCampaign.query().findById(3)),
  // $relatedQuery('outputs') on a lead: the HasMany relation's WHERE lead_id IN (id).
  ob43i: () => ob(OOutput.query().whereIn('agent_outputs.lead_id', [5]).orderBy('created_at', 'desc')),
  ob43j: () => ob(OLead.query().where('leads.user_id', 7).whereBetween('created_at', [startOfThisMonth(), new Date()]).select('status').count('* as count').groupBy('status')),
  ob43k: () => ob(OLead.query().patch({ status: 'won' }).findById(5)),
  ob43l: () => ob(OLead.query().where('user_id', 7).whereIn('id', [5])),
  // withGraphFetched('outputs'): the leads, then the outputs of the leads found.
  ob43n: () => [ob(OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', ago(7))), ob(OOutput.query().whereIn('agent_outputs.lead_id', [5]))],

  // Kysely (Docmost): @InjectKysely repositories (CamelCasePlugin: the SQL names are snake_case), dbOrTx, executeWithPagination.
  ky43a: () => ky(kysely.selectFrom('leads').select([...docmostLeadColumns]).where('id', '=', 5)),
  ky43b: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1)),
  // executeWithPagination: the user's leads (the campaign's leads are the same shape on campaign_id).
  ky43c: () => [
    ky(kysely.selectFrom('leads').select([...docmostLeadColumns]).where('user_id', '=', 7).orderBy('created_at', 'desc').limit(21).offset(0)),
    ky(kysely.selectFrom('leads').select([...docmostLeadColumns]).where('campaign_id', '=', 3).orderBy('created_at', 'desc').limit(21).offset(0)),
  ],
  ky43d: () => ky(kysely.selectFrom('leads').select([...docmostLeadColumns]).where('user_id', '=', 7).where('created_at', '>=', ago(7)).orderBy('created_at', 'desc')),
  ky43e: () => ky(kysely.deleteFrom('leads').where('id', '=', 5)),
  ky43f: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select(['status'])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('user_id', '=', 7)
        .where('created_at', '>=', startOfThisMonth())
        .where('created_at', '<', new Date())
        .groupBy('status'),
    ),
  ky43g: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).orderBy('created_at', 'desc')),
  ky43i: () => ky(kysely.deleteFrom('agent_outputs').where('created_at', '<', ago(90))),
  ky43j: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select([...docmostLeadColumns])
        .select((eb) => jsonArrayFrom(eb.selectFrom('agent_outputs').select(['agent_outputs.id', 'agent_outputs.kind', 'agent_outputs.created_at']).whereRef('agent_outputs.lead_id', '=', 'leads.id')).as('outputs'))
        .where('id', '=', 5)
        .where('created_at', '=', T1),
    ),
  ky43k: () => ky(kysely.selectFrom('campaigns').selectAll().where('id', '=', 3).where('user_id', '=', 7)),
  ky43l: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7).where('archived', '=', false).orderBy('name', 'asc')),
  ky43m: () => ky(kysely.deleteFrom('campaigns').where('id', '=', 3)),
  ky43n: () => ky(kysely.updateTable('leads').set({ campaign_id: null }).where('campaign_id', '=', 3)),

  // Drizzle (OpenStatus): tRPC procedures on opts.ctx.db, shared where-condition helpers, Hono v1 services.
  dz44a: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.userId, 7)), with: { outputs: true } })),
  // The default window (the list passes no since).
  dz44b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, ago(7)))).orderBy(desc(dLeads.createdAt))),
  dz44c: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7))).returning()),
  dz44d: () => dzs(dz.delete(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz44e: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7)))),
  dz44f: () => dzs(dz.select({ total: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, startOfThisMonth())))),
  dz44g: () => dzs(dz.select().from(dCampaigns).where(and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false))).orderBy(asc(dCampaigns.name))),
  dz44h: () => dzs(dz.query.campaigns.findFirst({ where: eq(dCampaigns.id, 3) })),
  dz44i: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, ago(1)))).orderBy(desc(dOutputs.createdAt))),
  dz44j: () => dzs(dz.select().from(dLeads).where(eq(dLeads.userId, 7))),
  dz44k: () => dzs(dz.delete(dOutputs).where(lte(dOutputs.createdAt, ago(90)))),
  dz44l: () => dzs(dz.update(dLeads).set({ campaignId: null }).where(eq(dLeads.campaignId, 3))),
  dz44m: () => dzs(dz.delete(dCampaigns).where(and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7)))),
  dz44n: () => dzs(dz.select({ status: dLeads.status, count: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, startOfThisMonth()), lte(dLeads.createdAt, new Date()))).groupBy(dLeads.status)),

  // Sequelize (PeerTube): static loaders/listers building a query object, scopes, instances from res.locals, schedulers.
  sq43a: () => sq(() => SLead.findByPk('5', { include: [{ model: SCampaign, as: 'campaign', required: false }] })),
  // The path without a search: the count and the page.
  sq43b: () =>
    sq(async () => {
      await SLead.count({ where: { userId: '7' } });
      await SLead.findAll({ where: { userId: '7' }, offset: 0, limit: 15, order: [['createdAt', 'DESC'], ['id', 'ASC']] });
    }),
  sq43c: () => sq(() => SLead.findAll({ where: { userId: '7', createdAt: { [Op.gte]: ago(7) } }, order: [['createdAt', 'DESC'], ['id', 'ASC']] })),
  sq43d: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: ago(90) } } })),
  sq43e: () => sq(() => SOutput.findAll({ where: { leadId: '5' }, order: [['createdAt', 'DESC']] })),
  sq43f: () => sq(() => SOutput.findAll({ where: { leadId: '5', createdAt: { [Op.and]: { [Op.gte]: T1, [Op.lte]: T2 } } }, order: [['createdAt', 'ASC']] })),
  // leadInstance.save(): UPDATE … WHERE id (the model's primary key).
  sq43g: () => sq(() => SLead.update({ status: 'won' }, { where: { id: '5' } })),
  // lead.destroy(): DELETE … WHERE id.
  sq43h: () => sq(() => SLead.destroy({ where: { id: '5' } })),
  sq43i: () => sq(() => SLead.count({ where: { userId: '7', createdAt: { [Op.gte]: startOfThisMonth() } }, group: ['status'] })),
  sq43j: () => sq(() => SCampaign.findAll({ where: { userId: '7', archived: false }, order: [['name', 'ASC']] })),
  sq43k: () => sq(() => SCampaign.findByPk('3')),
  sq43l: () => sq(() => SLead.update({ status: 'closed' }, { where: { campaignId: '3' } })),
  sq43m: () => sq(() => SLead.update({ status: 'stale' }, { where: { status: 'new', createdAt: { [Op.lt]: ago(30) } } })),

  // TypeORM (Vendure): TransactionalConnection.getRepository(ctx, Entity), getEntityOrThrow, ListQueryBuilder, EventBus.
  to44a: async () => [await find('Lead', { where: { id: '5' }, take: 1 }), await find('Campaign', { where: { id: '3' }, take: 1 })],
  to44b: async () => [
    await find('Lead', { where: { userId: '7' }, take: 100, skip: 0, order: { createdAt: 'DESC' } }),
    await to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where({ userId: '7' }).select('COUNT(DISTINCT("lead"."id"))', 'cnt')),
  ],
  to44c: () => find('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(ago(7)) }, take: 20, skip: 0, order: { createdAt: 'DESC' } }),
  // save(entity): the load by primary key, then the UPDATE by primary key.
  to44d: async () => [await find('Lead', { where: { id: '5' } }), await to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5' }))],
  to44e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: '5' })),
  to44f: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5' })),
  to44g: () =>
    to((ds) =>
      ds
        .getRepository('AgentOutput')
        .createQueryBuilder('output')
        .where('output.leadId = :leadId', { leadId: '5' })
        .andWhere('output.createdAt BETWEEN :start AND :end', { start: ago(30), end: new Date() })
        .orderBy('output.createdAt', 'DESC'),
    ),
  to44h: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(ago(90)) })),
  to44i: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to44k: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .select('lead.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('lead.userId = :userId', { userId: '7' })
        .andWhere('lead.createdAt >= :from', { from: startOfThisMonth() })
        .groupBy('lead.status'),
    ),
  // The installed TypeORM rejects the string-array relations the application (TypeORM 0.3) writes; the object form sends the same SQL.
  to44l: () => find('Lead', { where: { id: '5', userId: '7' }, relations: { outputs: true }, take: 1 }),
  to44m: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder().update().set({ archived: true }).where({ id: '3', userId: '7' })),
  // The equivalents' Lead entity has no campaign column: the UPDATE TypeORM sends, written out.
  to44n: () => doc('UPDATE "leads" SET "campaign_id" = NULL WHERE "campaign_id" = $1', '3'),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH7: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch Q (held out; Umami: query functions, pagedQuery(model, criteria, filters), rawQuery with {{name}} placeholders)
  pr45a: (p) => m(p, 'lead').findFirst!({ where: { id: 5n } }),
  // pagedQuery: the page and the count (the user's leads; the campaign's leads have the same shape).
  pr45b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, take: 20, skip: 0, orderBy: [{ company: 'asc' }] }),
  pr45n: (p) => m(p, 'lead').count!({ where: { userId: 7n } }),
  pr45c: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr45d: async (p) => {
    await m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } });
    return m(p, 'lead').deleteMany!({ where: { id: 5n } });
  },
  pr45e: (p) =>
    p.$queryRawUnsafe('select status, count(*) as "count" from leads where user_id = $1 and created_at between $2 and $3 group by status', 7n, startOfThisMonth(), new Date()),
  pr45f: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n, createdAt: { gte: startOfThisMonth(), lte: new Date() } }, orderBy: { createdAt: 'desc' } }),
  pr45g: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n }, orderBy: { createdAt: 'desc' }, take: 20 }),
  pr45i: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, orderBy: { name: 'asc' } }),
  pr45j: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n } }),
  pr45k: (p) => m(p, 'lead').count!({ where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 30 * 60_000) } } }),
  pr45l: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: ago(90) } } }),
  pr45m: (p) => m(p, 'campaign').update!({ where: { id_userId: { id: 3n, userId: 7n } }, data: { name: 'Spring' } }),
};
