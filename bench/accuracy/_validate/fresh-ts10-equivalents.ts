/**
 * The equivalent queries of the labelled TypeScript sites of the held-out round fourteen (cases modelled on further
 * public applications: Infisical, HackPSU apiv3, the Farcaster hub replicator, Zero (Mail-0), the Lighthouse CI
 * server, Flowise, Documenso), built by the real ORMs offline and the Prisma sites as calls on a real Prisma 7 client,
 * as in ts-equivalents.ts. For conditional filters the equivalent is the path without the key.
 */
import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { Op } from 'sequelize';
import { Between } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, doc, dz, dzs, find, knex, kx, ky, kysely, m, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const startOfThisMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), 1);
};
const startOfQuarter = () => {
  const now = new Date();
  return new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3, 1);
};
const aMonthAgo = () => {
  const date = new Date();
  date.setMonth(new Date().getMonth() - 1);
  return date;
};

export const TS_FRESH10: Record<string, Build> = {
  // ---- Round fourteen (held out)
  // knex (Infisical): ormify() spread into DAL factories, service factories, batched prune.
  kx48a: () => kx(knex('leads').where({ id: 5 }).first('*')),
  kx48b: () => kx(knex('leads').where('leads.user_id', 7).whereBetween('leads.created_at', [T1, T2]).select('leads.*').orderBy('leads.created_at', 'desc')),
  // listLeads without a search term; offset 0 is not applied.
  kx48c: () => kx(knex('leads').where({ user_id: 7 }).limit(50).orderBy([{ column: 'created_at', order: 'desc' }])),
  kx48d: () => kx(knex('leads').where({ id: 5 }).update({ campaign_id: 3 }).returning('*')),
  kx48e: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ status: 'won' }).returning('*')),
  kx48f: () => kx(knex('agent_outputs').where({ lead_id: 5 }).limit(20).orderBy([{ column: 'created_at', order: 'desc' }])),
  kx48h: () => kx(knex('agent_outputs').whereIn('id', knex('agent_outputs').where('created_at', '<', ago(90)).select('id').limit(10_000)).del()),
  kx48i: () => kx(knex('leads').where({ id: 5 }).delete().returning('*')),
  kx48j: () => kx(knex('agent_outputs').where({ lead_id: 5 }).where('created_at', '>=', ago(7)).orderBy('created_at', 'desc')),
  kx48k: () => kx(knex('campaigns').where({ user_id: 7, archived: false }).orderBy([{ column: 'name', order: 'asc' }])),
  kx48l: () => kx(knex('campaigns').where({ id: 3 }).first('*')),
  kx48m: () => kx(knex('campaigns').where({ id: 3, user_id: 7 }).update({ archived: true }).returning('*')),
  kx48n: () =>
    kx(
      knex('campaigns')
        .where('campaigns.user_id', 7)
        .leftJoin('leads', 'leads.campaign_id', 'campaigns.id')
        .select('campaigns.*')
        .count('leads.id as leadCount')
        .groupBy('campaigns.id', 'campaigns.user_id'),
    ),
  kx48o: () => kx(knex('leads').where({ id: 5, created_at: T1 }).first('*')),

  // Objection (HackPSU apiv3): @Table decorator entities, staged Repository (findAll/findOne/patchOne + exec/raw/byUser).
  ob46a: () => kx(knex('leads').whereIn('leads.user_id', [7])),
  ob46b: () => kx(knex('leads').where('leads.id', 5)),
  // patchAndFetchById: the patch by id, then the fetch by id.
  ob46c: () => [kx(knex('leads').where('leads.id', 5).update({ status: 'won' })), kx(knex('leads').where('leads.id', 5))],
  ob46d: () => kx(knex('leads').where('leads.id', 5).del()),
  ob46e: () => kx(knex('leads').where('created_at', '>=', T1).where('created_at', '<', T2).orderBy('created_at', 'desc')),
  ob46f: () => kx(knex('leads').whereIn('leads.user_id', [7]).where('created_at', '>=', ago(30))),
  ob46g: () => kx(knex('campaigns').whereIn('campaigns.user_id', [7])),
  // byUser() without an id: the owner is a sub-query.
  ob46h: () => kx(knex('campaigns').whereIn('campaigns.user_id', knex('users').select('users.id').orderBy('created_at', 'desc').limit(1))),
  ob46i: () => kx(knex('campaigns').where('campaigns.id', 3)),
  ob46j: () => kx(knex('campaigns').update({ archived: true }).where({ id: 3, user_id: 7 })),
  ob46k: () => kx(knex('agent_outputs').where('lead_id', 5).orderBy('created_at', 'desc')),
  ob46l: () => kx(knex('agent_outputs').where('created_at', '<', ago(60)).del()),
  ob46m: () => kx(knex('leads').where('user_id', 7).where('created_at', '>=', startOfQuarter()).count('* as total').first()),
  ob46n: () => kx(knex('leads').whereIn('leads.user_id', [7]).select('status').count('* as count').groupBy('status')),
  ob46o: () => [kx(knex('leads').where('leads.id', 5)), kx(knex('agent_outputs').whereIn('agent_outputs.lead_id', [5]))],
  ob46p: () => kx(knex('leads').where({ id: 5, created_at: T1 }).first()),

  // Kysely (Farcaster replicator): CamelCasePlugin (snake_case here), execute helpers, processor callbacks, jobs.
  ky46a: () => ky(kysely.selectFrom('leads').selectAll().where('id', '=', 5).where('created_at', '=', T1)),
  ky46b: () => ky(kysely.updateTable('leads').where('id', '=', 5).set({ status: 'removed' }).returningAll()),
  ky46c: () => ky(kysely.updateTable('campaigns').set({ archived: false }).where('id', '=', 3).where('user_id', '=', 7)),
  ky46d: () => ky(kysely.selectFrom('agent_outputs').select(['id', 'kind']).where('lead_id', '=', 5).where('kind', '=', 'summary')),
  ky46e: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', '=', 5).where('created_at', '>=', new Date(T1.getTime() - 7 * DAY))),
  ky46f: () => ky(kysely.selectFrom('leads').select(['id', 'created_at']).where('user_id', '=', 7).orderBy('created_at', 'desc').limit(1)),
  ky46g: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where('created_at', '>', T1).orderBy('created_at').limit(1000)),
  ky46h: () => ky(kysely.selectFrom('leads').select((eb) => eb.fn.countAll().as('count'))),
  ky46i: () => ky(kysely.selectFrom('campaigns').selectAll().where('user_id', '=', 7)),
  // The stats route without `days`.
  ky46j: () => ky(kysely.selectFrom('leads').select((eb) => ['status', eb.fn.countAll().as('count')]).where('user_id', '=', 7).groupBy('status')),
  ky46k: () =>
    ky(kysely.selectFrom('leads').select((eb) => ['status', eb.fn.countAll().as('count')]).where('user_id', '=', 7).where('created_at', '>=', ago(7)).groupBy('status')),
  ky46l: () => ky(kysely.deleteFrom('agent_outputs').where('created_at', '<', ago(90))),
  ky46n: () =>
    ky(
      kysely.selectNoFrom(({ eb, fn, selectFrom }) => [
        eb(selectFrom('users').select(fn.countAll().as('count')).where('id', '=', 7), '>', 0).as('userExists'),
        jsonObjectFrom(eb.selectFrom('campaigns').select(['id', 'name']).where('id', '=', 3)).as('campaign'),
      ]),
    ),

  // Drizzle (Zero): user-bound ZeroDB methods, ctx.db procedures, condition helpers, cleanup worker.
  dz47a: () => dzs(dz.query.campaigns.findMany({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)), orderBy: [dCampaigns.name] })),
  dz47b: () => dzs(dz.query.campaigns.findFirst({ where: and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7)) })),
  dz47c: () => dzs(dz.query.leads.findMany({ where: eq(dLeads.userId, 7), orderBy: [desc(dLeads.createdAt)], limit: 50 })),
  dz47d: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1), eq(dLeads.userId, 7)))),
  dz47e: () => dzs(dz.delete(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7)))),
  dz47f: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.leadId, 5)).orderBy(desc(dOutputs.createdAt))),
  dz47g: () => dzs(dz.query.campaigns.findFirst({ where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.id, 3)) })),
  dz47h: () =>
    dzs(
      dz
        .select({ id: dLeads.id, company: dLeads.company, email: dLeads.email, status: dLeads.status, createdAt: dLeads.createdAt })
        .from(dLeads)
        .where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, ago(30)), lt(dLeads.createdAt, new Date())))
        .orderBy(desc(dLeads.createdAt)),
    ),
  dz47i: () =>
    dzs(
      dz
        .select({ id: dLeads.id, company: dLeads.company, email: dLeads.email, status: dLeads.status, createdAt: dLeads.createdAt })
        .from(dLeads)
        .where(and(eq(dLeads.userId, 7)))
        .limit(100),
    ),
  dz47j: () => dzs(dz.query.leads.findMany({ where: eq(dLeads.campaignId, 3), with: { outputs: true } })),
  dz47k: () => dzs(dz.update(dCampaigns).set({ archived: true }).where(and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7)))),
  dz47l: () => dzs(dz.update(dLeads).set({ campaignId: null }).where(eq(dLeads.campaignId, 3))),
  dz47m: () => dzs(dz.delete(dOutputs).where(lt(dOutputs.createdAt, ago(30)))),
  dz47n: () => dzs(dz.select({ count: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, startOfThisMonth())))),
  // countSince without `since`: the epoch.
  dz47o: () => dzs(dz.select({ count: count() }).from(dLeads).where(and(eq(dLeads.userId, 7), gte(dLeads.createdAt, new Date(0))))),
  dz47p: () => dzs(dz.query.campaigns.findFirst({ where: eq(dCampaigns.userId, 7) })),

  // Sequelize (Lighthouse CI server): SqlStorageMethod with _findAll/_findByPk helpers over sequelize.define models.
  sq46a: () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['createdAt', 'desc']], limit: 10 })),
  sq46b: () => sq(() => SLead.findByPk(5)),
  sq46c: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.gte]: T1, [Op.lt]: T2 } }, order: [['createdAt', 'desc']] })),
  sq46d: () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['status', 'asc']], group: ['status'], attributes: ['status'] })),
  sq46e: () => sq(() => SLead.update({ status: 'won' }, { where: { id: 5, createdAt: T1 } })),
  sq46f: () => sq(() => SOutput.destroy({ where: { leadId: 5 } })),
  sq46g: () => sq(() => SLead.destroy({ where: { id: 5 } })),
  sq46h: () => sq(() => SLead.findByPk(5)),
  sq46i: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'desc']] })),
  sq46j: () => sq(() => SOutput.findAll({ where: { leadId: 5, createdAt: { [Op.gte]: ago(7) } }, order: [['createdAt', 'desc']] })),
  sq46k: () => sq(() => SCampaign.findAll({ where: { userId: 7, archived: false }, order: [['name', 'asc']] })),
  sq46l: () => sq(() => SCampaign.findByPk(3)),
  sq46m: () => sq(() => SLead.findOne({ where: { userId: 7, email: 'a@acme.test' } })),
  sq46n: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: ago(30) } } })),
  sq46o: () => sq(() => SCampaign.update({ archived: true }, { where: { id: 3, userId: 7 } })),

  // TypeORM (Flowise): getRunningExpressApp().AppDataSource.getRepository, utilGet helpers, services.
  to47a: () => find('Lead', { where: { userId: '7' }, order: { createdAt: 'DESC' } }),
  to47b: () => find('Lead', { where: { userId: '7', createdAt: Between(T1, T2) }, order: { createdAt: 'DESC' } }),
  to47c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  // save() of a loaded entity: it is reloaded by id, then updated by id.
  to47d: async () => [await find('Lead', { where: { id: '5' } }), doc('UPDATE leads SET status = $1 WHERE id = $2', 'won', 5)],
  to47e: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to47f: () => doc('DELETE FROM agent_outputs WHERE lead_id = $1', 5),
  to47g: () => doc('DELETE FROM leads WHERE id = $1', 5),
  to47h: () =>
    to((ds) =>
      ds.getRepository('AgentOutput').createQueryBuilder('agent_output').where('agent_output.leadId = :leadId', { leadId: 5 }).orderBy('agent_output.createdAt', 'DESC'),
    ),
  to47i: () =>
    to((ds) =>
      ds
        .getRepository('AgentOutput')
        .createQueryBuilder('agent_output')
        .where('agent_output.leadId = :leadId', { leadId: 5 })
        .andWhere('agent_output.createdAt >= :startDate', { startDate: aMonthAgo() })
        .orderBy('agent_output.createdAt', 'DESC'),
    ),
  to47j: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to47k: () => find('Campaign', { where: { id: '3', userId: '7' }, take: 1 }),
  to47l: () => doc('UPDATE campaigns SET archived = $1 WHERE id = $2 AND user_id = $3', true, 3, 7),
  to47m: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .select('lead.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('lead.userId = :userId', { userId: 7 })
        .andWhere('lead.createdAt >= :since', { since: aMonthAgo() })
        .groupBy('lead.status'),
    ),
  to47n: () => doc('SELECT id, user_id, name, archived FROM campaigns WHERE id = $1 AND user_id = $2 LIMIT 1', 3, 7),
  to47o: () => doc('SELECT * FROM leads WHERE user_id = $1 AND campaign_id = $2 ORDER BY created_at DESC', 7, 3),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH10: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Round fourteen (held out; Documenso: server-only functions, where-input helpers, tRPC routers, jobs)
  // findLeads without a period (no status, no query): the page and the count.
  pr48a: async (p) => {
    await m(p, 'lead').findMany!({ where: { AND: [{ userId: 7n }] }, skip: 0, take: 10, orderBy: { createdAt: 'desc' } });
    return m(p, 'lead').count!({ where: { AND: [{ userId: 7n }] } });
  },
  pr48b: async (p) => {
    const where = { AND: [{ userId: 7n }, { createdAt: { gte: ago(7) } }] };
    await m(p, 'lead').findMany!({ where, skip: 0, take: 20, orderBy: { createdAt: 'desc' } });
    return m(p, 'lead').count!({ where });
  },
  pr48c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n }, include: { outputs: { orderBy: { createdAt: 'desc' } } } }),
  pr48d: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, createdAt: T1, userId: 7n } }),
  pr48e: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  pr48f: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n } }),
  pr48g: (p) => m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr48h: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, orderBy: { name: 'asc' } }),
  pr48i: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n, userId: 7n, archived: false } }),
  pr48j: (p) => m(p, 'lead').updateMany!({ where: { id: { in: [5n, 6n] }, userId: 7n }, data: { campaignId: 3n } }),
  pr48k: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: ago(30) } } }),
  pr48l: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: startOfThisMonth() } }, _count: { _all: true } }),
  pr48m: (p) =>
    p.$queryRawUnsafe(
      `SELECT date_trunc('month', "created_at") AS "month", count("id") AS "count" FROM "leads" WHERE "user_id" = $1 GROUP BY "month" ORDER BY "month" DESC LIMIT 12`,
      7n,
    ),
  pr48n: (p) => m(p, 'lead').findFirst!({ where: { email: 'a@acme.test', userId: 7n }, orderBy: { createdAt: 'desc' } }),
};
