/**
 * The equivalent queries of the labelled TypeScript sites of the held-out round sixteen (cases modelled on further
 * public applications: Mailtrain v2, CHEFS, Ponder, Vercel's AI Chatbot, Grouparoo, daily.dev's API, Civitai), built
 * by the real ORMs offline and the Prisma sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For
 * conditional filters the equivalent is the path without the key.
 */
import { and, asc, count, desc, eq, gt, gte, inArray, lt } from 'drizzle-orm';
import { sql as ksql } from 'kysely';
import { Op } from 'sequelize';
import { In, MoreThanOrEqual } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, doc, dz, dzs, find, knex, kx, ky, kysely, m, objectionRuns, OCampaign2, OLead, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const startOfThisMonth = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), 1);
};

export const TS_FRESH11: Record<string, Build> = {
  // ---- Round sixteen (held out)
  // knex (Mailtrain v2): models with tx helpers, dtHelpers.ajaxListTx running the caller's query function.
  kx49a: () => kx(knex.from('leads').where('leads.user_id', 7).count('* as recordsTotal').first()),
  kx49b: () =>
    kx(
      knex
        .from('leads')
        .where('leads.user_id', 7)
        .select(['leads.id', 'leads.company', 'leads.email', 'leads.status', 'leads.created_at'])
        .limit(10)
        .offset(0),
    ),
  kx49c: () => kx(knex('leads').where('id', 5).first()),
  kx49d: () => kx(knex('leads').where('leads.user_id', 7).where({ 'leads.id': 5, 'leads.created_at': T1 }).first()),
  kx49e: () => kx(knex('leads').where({ user_id: 7, email: 'a@acme.test' }).orderBy('created_at', 'desc').first()),
  kx49f: () => kx(knex('leads').where({ id: 5, created_at: T1 }).update({ company: 'Acme', status: 'won' })),
  kx49g: () => kx(knex('leads').where('leads.user_id', 7).where('leads.id', 5).del()),
  kx49h: () => kx(knex('leads').where('leads.user_id', 7).where('leads.created_at', '>=', ago(30)).count('* as count').first()),
  kx49i: () => kx(knex('campaigns').where('campaigns.user_id', 7).select('campaigns.id', 'campaigns.name').where('campaigns.archived', false).orderBy('campaigns.name')),
  kx49j: () => kx(knex('campaigns').where('campaigns.user_id', 7).where('campaigns.id', 3).first()),
  kx49k: () => kx(knex('campaigns').where({ id: 3, user_id: 7 }).update({ archived: true })),
  kx49l: () => kx(knex('campaigns').where('id', 3).first()),
  kx49m: () => kx(knex('agent_outputs').where('agent_outputs.lead_id', 5).orderBy('agent_outputs.created_at', 'desc')),
  kx49n: () => kx(knex('agent_outputs').where('agent_outputs.lead_id', 5).where('agent_outputs.created_at', '>=', T1).orderBy('agent_outputs.created_at', 'desc')),
  kx49o: () => kx(knex('agent_outputs').where('created_at', '<', ago(90)).del()),
  kx49p: () => kx(knex('leads').where('status', 'new').where('created_at', '<', ago(90)).update({ status: 'stale' })),

  // Objection (CHEFS): skip-empty filter modifiers chained from req.query, startTransaction, composite ids.
  ob47a: () => kx(knex('leads').where('leads.id', 5)),
  ob47b: () => [kx(knex('leads').where('leads.id', 5)), kx(knex('agent_outputs').whereIn('agent_outputs.lead_id', [5]).orderBy('created_at', 'desc'))],
  ob47c: () => kx(knex('leads').where('leads.user_id', 7).orderBy('leads.created_at', 'DESC')),
  ob47d: () => kx(knex('leads').where('leads.user_id', 7).where('leads.email', 'ilike', 'a@acme.test').first()),
  ob47e: () => kx(knex('leads').update({ status: 'won' }).where('id', 5).where('created_at', T1)),
  ob47f: () => objectionRuns(() => OLead.query().where('leads.user_id', 7).where('leads.created_at', '>=', ago(7)).resultSize()),
  ob47g: () => kx(knex('agent_outputs').where('lead_id', 5).orderBy('created_at', 'desc')),
  ob47h: () => kx(knex('agent_outputs').where('lead_id', 5).where('created_at', '>=', T1).orderBy('created_at', 'desc').first()),
  ob47i: () => kx(knex('agent_outputs').where('lead_id', 5).where('created_at', '>=', T1).del()),
  ob47j: () => kx(knex('leads').where({ id: 5, created_at: T1 }).del()),
  ob47k: () => kx(knex('campaigns').where('campaigns.archived', false).orderBy('campaigns.name', 'ASC')),
  ob47l: () => kx(knex('campaigns').where('campaigns.user_id', 7).where('campaigns.archived', false).orderBy('campaigns.name', 'ASC')),
  ob47m: () => objectionRuns(() => OCampaign2.query().findById([3, 7])),
  ob47n: () => objectionRuns(() => OCampaign2.query().patchAndFetchById([3, 7], { archived: true })),
  ob47o: () =>
    kx(
      knex('leads')
        .select('leads.id', 'leads.company', 'leads.email', 'leads.status', 'leads.created_at')
        .where('leads.user_id', 7)
        .whereBetween('leads.created_at', [ago(30), new Date()])
        .orderBy('leads.created_at', 'DESC'),
    ),
  ob47p: () => kx(knex('agent_outputs').delete().where('created_at', '<', ago(60))),

  // Kysely (Ponder's sync store): wrap()ped store methods, filter helpers, checkpoint cursor, $call period.
  ky47a: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll()
        .where((eb) => eb.and([eb.and([eb('leads.user_id', '=', 7)]), eb('leads.created_at', '>=', T1), eb('leads.created_at', '<=', T2)]))
        .orderBy('leads.created_at', 'asc')
        .limit(500),
    ),
  ky47b: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll()
        .where((eb) =>
          eb.and([
            eb.and([eb('leads.user_id', '=', 7)]),
            eb.or([eb('leads.created_at', '>', T1), eb.and([eb('leads.created_at', '=', T1), eb('leads.id', '>', 5)])]),
          ]),
        )
        .orderBy('leads.created_at', 'asc')
        .orderBy('leads.id', 'asc')
        .limit(500),
    ),
  ky47c: () => ky(kysely.selectFrom('leads').select(ksql<string>`count(*)`.as('count')).where((eb) => eb.and([eb('leads.user_id', '=', 7)]))),
  ky47d: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select(['leads.status', ksql<string>`count(*)`.as('count')])
        .where((eb) => eb.and([eb('leads.user_id', '=', 7)]))
        .where('leads.created_at', '>=', startOfThisMonth())
        .where('leads.created_at', '<', new Date())
        .groupBy('leads.status'),
    ),
  ky47e: () => ky(kysely.selectFrom('leads').select(['id', 'created_at']).where('user_id', '=', 7).orderBy('created_at', 'desc').limit(1)),
  ky47f: () => ky(kysely.updateTable('leads').set({ status: 'won' }).where('id', '=', 5).where('created_at', '=', T1)),
  ky47g: () => ky(kysely.updateTable('leads').set({ status: 'stale' }).where((eb) => eb.and([eb('leads.user_id', '=', 7), eb('leads.status', '=', 'new')]))),
  ky47h: () => ky(kysely.selectFrom('agent_outputs').where('agent_outputs.lead_id', 'in', [5, 6]).selectAll().orderBy('agent_outputs.created_at', 'asc')),
  ky47i: () => ky(kysely.selectFrom('agent_outputs').where('agent_outputs.lead_id', 'in', [5, 6]).selectAll().where('agent_outputs.created_at', '>=', T1)),
  ky47j: () => ky(kysely.deleteFrom('agent_outputs').where('lead_id', 'in', [5, 6])),
  ky47k: () => ky(kysely.deleteFrom('agent_outputs').where('created_at', '>=', T1)),
  ky47l: () => ky(kysely.deleteFrom('leads').where('created_at', '>=', T1)),
  ky47m: () => ky(kysely.selectFrom('campaigns').selectAll().where((eb) => eb('campaigns.user_id', '=', 7)).where('campaigns.archived', '=', false)),
  ky47n: () => ky(kysely.selectFrom('campaigns').selectAll().where('id', '=', 3)),
  ky47o: () => ky(kysely.updateTable('campaigns').set({ archived: true }).where((eb) => eb.and([eb('campaigns.user_id', '=', 7), eb('campaigns.id', '=', 3)]))),

  // Drizzle (Vercel AI Chatbot): one queries module, cursor pagination through a local query(where?) arrow.
  dz48a: () => dzs(dz.select().from(dLeads).where(eq(dLeads.id, 5))),
  dz48b: () => dzs(dz.select().from(dLeads).where(eq(dLeads.id, 5)).limit(1)),
  dz48c: () => dzs(dz.select().from(dLeads).where(and(gt(dLeads.createdAt, T1), eq(dLeads.userId, 7))).orderBy(desc(dLeads.createdAt)).limit(11)),
  dz48d: () => dzs(dz.select().from(dLeads).where(eq(dLeads.id, 5)).limit(1)),
  dz48e: () => dzs(dz.select().from(dLeads).where(and(lt(dLeads.createdAt, T1), eq(dLeads.userId, 7))).orderBy(desc(dLeads.createdAt)).limit(11)),
  dz48f: () => dzs(dz.select().from(dLeads).where(eq(dLeads.userId, 7)).orderBy(desc(dLeads.createdAt)).limit(11)),
  dz48g: () => dzs(dz.delete(dOutputs).where(eq(dOutputs.leadId, 5))),
  dz48h: () => dzs(dz.delete(dLeads).where(eq(dLeads.id, 5)).returning()),
  dz48i: () => dzs(dz.update(dLeads).set({ status: 'won' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz48j: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.leadId, 5)).orderBy(asc(dOutputs.createdAt))),
  dz48k: () => dzs(dz.select().from(dOutputs).where(eq(dOutputs.id, 9))),
  dz48l: () => dzs(dz.select({ id: dOutputs.id }).from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)))),
  dz48m: () => dzs(dz.delete(dOutputs).where(and(eq(dOutputs.leadId, 5), inArray(dOutputs.id, [9, 10])))),
  dz48n: () =>
    dzs(
      dz
        .select({ count: count(dOutputs.id) })
        .from(dOutputs)
        .innerJoin(dLeads, eq(dOutputs.leadId, dLeads.id))
        .where(and(eq(dLeads.userId, 7), gte(dOutputs.createdAt, ago(1)), eq(dOutputs.kind, 'user'))),
    ),
  dz48o: () => dzs(dz.select().from(dCampaigns).where(and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false))).orderBy(asc(dCampaigns.name))),
  dz48p: () => dzs(dz.select().from(dCampaigns).where(eq(dCampaigns.id, 3))),

  // Sequelize (Grouparoo): sequelize-typescript models, CommonModel.findById, ops namespaces, actions, sweeper.
  sq47a: () => sq(() => SLead.findOne({ where: { id: 5 } })),
  sq47b: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']] })),
  sq47c: () => sq(() => SOutput.findAll({ where: { leadId: 5, createdAt: { [Op.gte]: ago(7) } }, order: [['createdAt', 'DESC']] })),
  sq47d: () => sq(() => SOutput.destroy({ where: { leadId: 5 } })),
  sq47e: () => sq(() => SLead.findAll({ where: { status: 'stale', createdAt: { [Op.lt]: ago(90) } }, limit: 1000 })),
  sq47f: () => doc('DELETE FROM "leads" WHERE "id" = $1 AND "created_at" = $2', 5, T1),
  sq47g: () => sq(() => SLead.update({ status: 'stale' }, { where: { userId: 7, status: 'new', createdAt: { [Op.lt]: ago(30) } } })),
  sq47h: () => sq(() => SLead.count({ where: { userId: 7, createdAt: { [Op.gte]: startOfThisMonth() } }, group: ['status'] })),
  sq47i: () => sq(() => SLead.findAll({ where: { userId: 7 }, limit: 100, offset: 0, order: [['createdAt', 'DESC']] })),
  sq47j: () => sq(() => SLead.count({ where: { userId: 7 } })),
  sq47k: () => doc('UPDATE "leads" SET "status" = $1 WHERE "id" = $2 AND "created_at" = $3', 'won', 5, T1),
  sq47l: () => doc('DELETE FROM "leads" WHERE "id" = $1 AND "created_at" = $2', 5, T1),
  sq47m: () => sq(() => SCampaign.findAll({ where: { archived: false, userId: 7 }, order: [['name', 'ASC']] })),
  sq47n: () => sq(() => SLead.findAll({ where: { campaignId: 3 }, include: [{ model: SOutput, as: 'outputs', required: false }] })),
  sq47o: () => doc('UPDATE "campaigns" SET "archived" = $1 WHERE "id" = $2 AND "user_id" = $3', true, 3, 7),
  sq47p: () => sq(() => SCampaign.count({ where: { archived: false } })),

  // TypeORM (daily.dev API): ctx.con.getRepository, common helpers, queryReadReplica, workers, crons.
  to48a: () => find('Lead', { where: { id: '5', userId: '7' }, take: 1 }),
  to48b: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to48c: () => find('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(ago(7)) }, order: { createdAt: 'DESC' }, take: 50 }),
  to48d: () => find('Lead', { where: { userId: '7' }, order: { createdAt: 'DESC' }, take: 50 }),
  to48e: () =>
    to((ds) => ds.getRepository('Lead').createQueryBuilder('l').where('l.userId = :userId', { userId: 7 }).orderBy('l.createdAt', 'DESC').andWhere('l.status = :status', { status: 'won' })),
  to48f: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('l')
        .where('l.userId = :userId', { userId: 7 })
        .orderBy('l.createdAt', 'DESC')
        .andWhere('l.createdAt >= :from', { from: T1 })
        .andWhere('l.createdAt < :to', { to: T2 }),
    ),
  to48g: () =>
    to((ds) =>
      ds.getRepository('Lead').createQueryBuilder('l').select('l.status', 'status').addSelect('count(*)', 'count').where('l.userId = :userId', { userId: 7 }).groupBy('l.status'),
    ),
  to48h: () => find('AgentOutput', { where: { leadId: '5' }, order: { createdAt: 'DESC' }, take: 20 }),
  to48i: () => find('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to48j: () => doc('DELETE FROM "leads" WHERE "id" = $1 AND "created_at" = $2', 5, T1),
  to48k: () => doc('UPDATE "campaigns" SET "archived" = $1 WHERE "id" = $2 AND "user_id" = $3', true, 3, 7),
  to48l: () => to((ds) => ds.getRepository('Campaign').createQueryBuilder().update().set({ archived: true }).where({ userId: In(['7', '8']) })),
  to48m: () => doc('UPDATE "leads" SET "status" = $1 WHERE "id" = $2 AND "created_at" = $3', 'won', 5, T1),
  to48n: () => doc('DELETE FROM "agent_outputs" WHERE "lead_id" = $1', 5),
  to48o: () => doc('DELETE FROM "agent_outputs" WHERE created_at < $1', ago(180)),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH11: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Round sixteen (held out; Civitai: dbRead/dbWrite, generic services, controllers, tRPC, jobs)
  pr49a: (p) => m(p, 'lead').findFirst!({ where: { id: 5n }, select: { id: true, company: true, email: true, status: true, createdAt: true } }),
  // The paged listing with the default period (AllTime adds no date).
  pr49b: async (p) => {
    const where = { userId: 7n, status: undefined, createdAt: undefined };
    await m(p, 'lead').findMany!({ where, take: 20, skip: undefined, select: { id: true, company: true, email: true, status: true, createdAt: true }, orderBy: { createdAt: 'desc' } });
    return m(p, 'lead').count!({ where });
  },
  pr49c: (p) =>
    m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: ago(7) } }, select: { id: true, company: true, status: true }, orderBy: { createdAt: 'desc' } }),
  pr49d: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' }, select: { id: true } }),
  pr49e: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n }, select: { id: true, createdAt: true } }),
  pr49f: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n, createdAt: { gte: T1 } } }),
  pr49g: (p) => m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } }),
  pr49h: (p) => m(p, 'agentOutput').findMany!({ where: { leadId: 5n }, take: 20, orderBy: { createdAt: 'desc' } }),
  pr49i: (p) =>
    p.$queryRawUnsafe(`SELECT date_trunc('day', created_at) AS day, count(*) AS count FROM leads WHERE user_id = $1 GROUP BY 1 ORDER BY 1 DESC`, 7n),
  pr49j: (p) => m(p, 'campaign').findMany!({ where: { userId: 7n, archived: false }, select: { id: true, name: true, archived: true }, orderBy: { name: 'asc' } }),
  pr49k: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n }, select: { id: true, name: true, archived: true } }),
  pr49l: async (p) => {
    await m(p, 'campaign').update!({ where: { id_userId: { id: 3n, userId: 7n } }, data: { archived: true } });
    return m(p, 'lead').updateMany!({ where: { campaignId: 3n, userId: 7n }, data: { campaignId: null } });
  },
  pr49m: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: ago(90) } } }),
  pr49n: (p) => p.$queryRawUnsafe(`UPDATE leads SET status = 'stale' WHERE status = 'new' AND created_at < $1`, ago(90)),
};
