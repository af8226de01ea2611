/**
 * The equivalent queries of the labelled TypeScript sites of the held-out round nineteen (cases modelled on further
 * public applications: the Matters server, COMS, monoweb, Kan, SQLPad, Plasmic, Papermark), built by the real ORMs
 * offline and the Prisma sites as calls on a real Prisma 7 client, as in ts-equivalents.ts. For conditional filters
 * the equivalent is the path without the key.
 */
import { and, asc, count, desc, eq, gte } from 'drizzle-orm';
import knexFactory from 'knex';
import { CamelCasePlugin, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql as ksql, type SelectQueryBuilder } from 'kysely';
import { knexSnakeCaseMappers, Model as OModel } from 'objection';
import { Op } from 'sequelize';
import { DataSource, EntitySchema, In, IsNull, LessThan, MoreThanOrEqual, Not, type ObjectLiteral } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, doc, dz, dzs, knex, kx, ky, m, OCampaign2, objectionRuns, SCampaign, SLead, SOutput, sq, T1, type Build, type PrismaTx, type Statement } from './ts-equivalents';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** The Matters connections: knex with objection's knexSnakeCaseMappers (camelCase in code, snake_case in SQL). */
const knexS = knexFactory({ client: 'pg', ...knexSnakeCaseMappers() });

/** COMS models: composite ids carrying the partition key, relation to the outputs. */
class ComsOutput extends OModel {
  static override tableName = 'agent_outputs';
  static override idColumn = ['id', 'created_at'];
}
class ComsLead extends OModel {
  static override tableName = 'leads';
  static override idColumn = ['id', 'created_at'];
  static override relationMappings = () => ({
    outputs: { relation: OModel.HasManyRelation, modelClass: ComsOutput, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
  });
}
for (const [mc, columns] of [
  [ComsLead, ['id', 'user_id', 'campaign_id', 'company', 'email', 'status', 'created_at']],
  [ComsOutput, ['id', 'lead_id', 'kind', 'body', 'created_at']],
] as const) {
  mc.knex(knex);
  (mc as unknown as { tableMetadata: () => { columns: readonly string[] } }).tableMetadata = () => ({ columns });
}

/** monoweb's Kysely: camelCase in code through CamelCasePlugin. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kyC = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin()],
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQb = SelectQueryBuilder<any, any, any>;
const orderedQuery = (qb: AnyQb) => qb.orderBy(ksql`id`, 'desc');
const paginated = (qb: AnyQb, take: number) => qb.limit(take + 1).orderBy(ksql`id`, 'desc');

/** Plasmic's entities: the primary keys carry the partition keys, as its Entities.ts declares them. */
const PLead = new EntitySchema<ObjectLiteral>({
  name: 'Lead',
  tableName: 'leads',
  columns: {
    id: { type: 'bigint', primary: true },
    createdAt: { type: 'timestamptz', name: 'created_at', primary: true },
    userId: { type: 'bigint', name: 'user_id' },
    campaignId: { type: 'bigint', name: 'campaign_id', nullable: true },
    company: { type: 'text' },
    email: { type: 'text' },
    status: { type: 'text' },
  },
  relations: { outputs: { type: 'one-to-many', target: 'AgentOutput', inverseSide: 'lead' } },
});
const POutput = new EntitySchema<ObjectLiteral>({
  name: 'AgentOutput',
  tableName: 'agent_outputs',
  columns: {
    id: { type: 'bigint', primary: true },
    createdAt: { type: 'timestamptz', name: 'created_at', primary: true, createDate: true },
    leadId: { type: 'bigint', name: 'lead_id' },
    kind: { type: 'text' },
    body: { type: 'text', nullable: true },
  },
  relations: { lead: { type: 'many-to-one', target: 'Lead', joinColumn: { name: 'lead_id', referencedColumnName: 'id' } } },
});
const PCampaign = new EntitySchema<ObjectLiteral>({
  name: 'Campaign',
  tableName: 'campaigns',
  columns: {
    id: { type: 'bigint', primary: true },
    userId: { type: 'bigint', name: 'user_id', primary: true },
    name: { type: 'text' },
    archived: { type: 'boolean' },
  },
});
const plasmic = new DataSource({ type: 'postgres', entities: [PLead, POutput, PCampaign] });
let plasmicReady: Promise<void> | undefined;
const tp = async (q: (ds: DataSource) => { getQueryAndParameters(): [string, unknown[]] }): Promise<Statement> => {
  plasmicReady ??= (plasmic as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  await plasmicReady;
  const [s, params] = q(plasmic).getQueryAndParameters();
  return { sql: s, params };
};
/** `repo.find(options)` / `findOne(options)` are `createQueryBuilder(<entity>).setFindOptions(options)` in TypeORM. */
const pfind = (entity: string, options: object) => tp((ds) => ds.getRepository(entity).createQueryBuilder(entity).setFindOptions(options));

export const TS_FRESH12: Record<string, Build> = {
  // ---- Round nineteen (held out)
  // knex (Matters server): snake-case mappers, AtomService generic methods, BaseService, modify helpers, queue.
  kx50a: () => kx(knexS.select().from('leads').whereIn('id', ['5'])),
  kx50b: () => kx(knexS.select().from('leads').where({ id: '5' }).first()),
  kx50c: () => kx(knexS.select().from('campaigns').where({ id: '3', userId: '7' }).first()),
  kx50d: () => kx(knexS.select(['*']).from('agent_outputs').where({ leadId: '5' }).orderBy([{ column: 'createdAt', order: 'desc' }])),
  kx50e: () =>
    kx(
      knexS
        .select(['*'])
        .from('agent_outputs')
        .where({ leadId: '5' })
        .modify((b) => {
          void b.where('createdAt', '>=', T1);
        })
        .limit(20),
    ),
  kx50f: () => kx(knexS.count().from('leads').where({ userId: '7', status: 'new' }).first()),
  kx50g: () => kx(knexS.update({ status: 'won' }).into('leads').returning('*').where({ id: '5', createdAt: T1 })),
  kx50h: () => kx(knexS('agent_outputs').whereIn('leadId', ['5']).del()),
  kx50i: () =>
    kx(
      knexS
        .select(['*', knexS.raw('count(1) OVER() AS total_count')])
        .from('leads')
        .where({ userId: '7' })
        .orderBy([{ column: 'createdAt', order: 'desc' }])
        .limit(20),
    ),
  kx50k: () =>
    kx(
      knexS
        .select('leads.*', knexS.raw('COUNT(1) OVER() ::int AS total_count'))
        .from('leads')
        .where('leads.userId', '7')
        .whereNot('leads.status', 'stale')
        .where('leads.createdAt', '>=', ago(30))
        .andWhere('leads.createdAt', '<', new Date())
        .orderBy('leads.createdAt', 'desc')
        .offset(0)
        .limit(20),
    ),
  kx50l: () => kx(knexS('leads').select('status').count('id').where({ userId: '7' }).groupBy('status')),
  kx50m: () => kx(knexS('leads').where('status', 'new').where('createdAt', '<', ago(90)).update({ status: 'stale' })),
  kx50n: () => kx(knexS('agent_outputs').whereIn('leadId', ['5']).where('createdAt', '>=', T1).orderBy('createdAt', 'desc')),
  kx50o: () => kx(knexS.select(['*']).from('campaigns').where({ userId: '7', archived: false }).orderBy([{ column: 'name', order: 'asc' }])),
  kx50p: () => kx(knexS('campaigns').where({ id: '3' }).update({ archived: true }).returning('*')),
  kx50q: () =>
    kx(
      knexS
        .select('leads.*')
        .from('leads')
        .join('campaigns', 'leads.campaignId', 'campaigns.id')
        .where({ 'campaigns.userId': '7', 'campaigns.id': '3' })
        .andWhere('leads.createdAt', '>=', ago(30)),
    ),

  // Objection (COMS): etrx service methods, filterOneOrMany modifiers, composite ids, graph fetch, trxWrapper.
  ob48a: () => objectionRuns(() => ComsLead.query()),
  ob48b: () => objectionRuns(() => ComsLead.query().findById(['5', T1.toISOString()]).throwIfNotFound()),
  ob48c: async () => [
    ...(await objectionRuns(() => ComsLead.query().patchAndFetchById(['5', T1.toISOString()], { company: 'Acme', status: 'won' }))),
    kx(knex('leads').select('leads.*').where('leads.id', '5').where('leads.created_at', T1.toISOString())),
  ],
  ob48d: () => objectionRuns(() => ComsLead.query().delete().where('id', '5').throwIfNotFound().returning('*')),
  ob48e: () => objectionRuns(() => ComsLead.query().where('leads.campaign_id', '3').resultSize()),
  ob48f: () => objectionRuns(() => ComsOutput.query().where('agent_outputs.lead_id', '5').orderBy('agent_outputs.created_at', 'desc')),
  ob48g: () => objectionRuns(() => ComsOutput.query().where('agent_outputs.id', '9').where('agent_outputs.lead_id', '5').first()),
  ob48h: () =>
    objectionRuns(() =>
      ComsOutput.query().where('agent_outputs.lead_id', '5').where('agent_outputs.created_at', '>=', T1).orderBy('agent_outputs.created_at', 'desc').first(),
    ),
  ob48i: () => objectionRuns(() => ComsOutput.query().delete().where('agent_outputs.lead_id', '5').where('agent_outputs.created_at', '>=', T1)),
  ob48j: () => objectionRuns(() => OCampaign2.query().where('campaigns.user_id', '7').orderBy('campaigns.name', 'asc')),
  ob48k: () => objectionRuns(() => OCampaign2.query().findById(['3', '7']).throwIfNotFound()),
  ob48l: () => objectionRuns(() => OCampaign2.query().delete().where('campaigns.id', '3').throwIfNotFound().returning('*')),
  ob48m: () => objectionRuns(() => ComsLead.query().patch({ status: 'queued' }).where('campaign_id', '3')),
  ob48n: async () => [
    ...(await objectionRuns(() => ComsLead.query().findById(['5', T1.toISOString()]))),
    kx(knex('agent_outputs').select('agent_outputs.*').whereIn('agent_outputs.lead_id', ['5']).orderBy('agent_outputs.created_at', 'desc')),
  ],
  ob48o: () => objectionRuns(() => ComsLead.query().where('campaign_id', '3').where('created_at', '>=', ago(7)).orderBy('created_at', 'desc')),

  // Kysely (monoweb): CamelCasePlugin, repository impls, orderedQuery / paginatedQuery, $call helpers.
  ky48a: () => ky(kyC.selectFrom('leads').selectAll('leads').where('leads.id', '=', '5')),
  ky48b: () => ky(kyC.selectFrom('leads').selectAll('leads').where('leads.id', '=', '5').where('leads.createdAt', '=', T1)),
  ky48c: () => ky(orderedQuery(kyC.selectFrom('leads').selectAll().limit(20))),
  ky48d: () => ky(orderedQuery(kyC.selectFrom('leads').selectAll().where('userId', '=', '7').limit(20))),
  ky48e: () => ky(paginated(kyC.selectFrom('leads').selectAll().where('userId', '=', '7').where('createdAt', '>=', ago(30)), 20)),
  ky48f: () => ky(paginated(kyC.selectFrom('leads').selectAll().where('campaignId', '=', '3'), 20)),
  ky48g: () => ky(kyC.updateTable('leads').set({ status: 'won' }).where('id', '=', '5').where('createdAt', '=', T1).returningAll()),
  ky48h: () => ky(kyC.updateTable('leads').set({ status: 'closed' }).where('campaignId', '=', '3')),
  ky48i: () =>
    ky(
      kyC
        .selectFrom('leads')
        .select(['status', (eb) => eb.fn.count('id').as('count')])
        .where('userId', '=', '7')
        .where(ksql.ref('createdAt'), '>=', ago(30))
        .where(ksql.ref('createdAt'), '<', new Date())
        .groupBy('status'),
    ),
  ky48j: () => ky(orderedQuery(kyC.selectFrom('agentOutputs').selectAll().where('leadId', '=', '5').limit(20))),
  ky48k: () =>
    ky(kyC.selectFrom('agentOutputs').selectAll().where('leadId', '=', '5').where(ksql.ref('createdAt'), '>=', T1).orderBy('createdAt', 'desc').limit(1)),
  ky48l: () => ky(kyC.deleteFrom('agentOutputs').where('createdAt', '<', ago(180))),
  ky48m: () =>
    ky(
      kyC
        .selectFrom('leads')
        .innerJoin('agentOutputs', 'agentOutputs.leadId', 'leads.id')
        .selectAll('agentOutputs')
        .where('leads.userId', '=', '7')
        .where('leads.createdAt', '>=', ago(30)),
    ),
  ky48n: () => ky(orderedQuery(kyC.selectFrom('campaigns').selectAll().where('userId', '=', '7').where('archived', '=', false).limit(20))),
  ky48o: () => ky(kyC.selectFrom('campaigns').where('id', '=', '3').selectAll()),
  ky48p: () => ky(kyC.updateTable('campaigns').set({ archived: true }).where('id', '=', '3').where('userId', '=', '7').returningAll()),

  // Drizzle (Kan): repo modules taking the db client, returned queries awaited by tRPC procedures.
  dz49a: () =>
    dzs(
      dz.query.leads.findFirst({
        columns: { id: true, userId: true, company: true, status: true, createdAt: true },
        where: eq(dLeads.id, 5),
        with: { campaign: { columns: { name: true, userId: true } } },
      }),
    ),
  dz49b: () =>
    dzs(
      dz.query.leads.findFirst({
        where: and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)),
        with: {
          outputs: {
            columns: { id: true, kind: true, body: true, createdAt: true },
            where: (outputs, { gte: gte2 }) => gte2(outputs.createdAt, T1),
            orderBy: (outputs, { desc: desc2 }) => [desc2(outputs.createdAt)],
          },
        },
      }),
    ),
  dz49c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), undefined)).orderBy(desc(dLeads.createdAt)).limit(21)),
  dz49d: () => dzs(dz.select({ count: count() }).from(dLeads).where(eq(dLeads.userId, 7))),
  dz49e: () =>
    dzs(
      dz
        .update(dLeads)
        .set({ company: undefined, status: 'won' })
        .where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))
        .returning({ id: dLeads.id, status: dLeads.status, createdAt: dLeads.createdAt }),
    ),
  dz49f: () => dzs(dz.update(dLeads).set({ status: 'archived' }).where(eq(dLeads.id, 5)).returning({ id: dLeads.id, campaignId: dLeads.campaignId })),
  dz49g: () => doc(`UPDATE agent_outputs SET kind = 'archived' WHERE lead_id = $1`, 5),
  dz49i: () =>
    dzs(
      dz.query.agentOutputs.findMany({
        columns: { id: true, kind: true, body: true, createdAt: true },
        where: and(eq(dOutputs.leadId, 5), undefined),
        orderBy: asc(dOutputs.createdAt),
        limit: 21,
      }),
    ),
  dz49j: () => dzs(dz.select().from(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)))),
  dz49k: () => dzs(dz.delete(dOutputs).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)))),
  dz49l: () =>
    dzs(
      dz.query.campaigns.findMany({
        columns: { id: true, name: true, archived: true },
        where: and(eq(dCampaigns.userId, 7), eq(dCampaigns.archived, false)),
        orderBy: asc(dCampaigns.name),
      }),
    ),
  dz49m: () => dzs(dz.query.campaigns.findFirst({ columns: { id: true, userId: true, name: true }, where: eq(dCampaigns.id, 3) })),
  dz49n: () => dzs(dz.query.campaigns.findFirst({ columns: { id: true }, where: and(eq(dCampaigns.id, 3), eq(dCampaigns.userId, 7)) })),
  dz49o: () => dzs(dz.select().from(dLeads).where(eq(dLeads.campaignId, 3)).orderBy(desc(dLeads.createdAt))),
  dz49p: () =>
    dzs(
      dz
        .select({ campaignId: dLeads.campaignId, count: count() })
        .from(dLeads)
        .innerJoin(dCampaigns, eq(dLeads.campaignId, dCampaigns.id))
        .where(and(eq(dCampaigns.userId, 7), gte(dLeads.createdAt, ago(30))))
        .groupBy(dLeads.campaignId),
    ),

  // Sequelize (SQLPad): define factories, DAL classes, URL filters wrapped with the user restriction, helpers.
  sq48a: () => sq(() => SLead.findOne({ where: { id: 5 } })),
  sq48b: () => sq(() => SOutput.findAll({ where: { leadId: 5, createdAt: { [Op.gte]: T1 } }, order: [['createdAt', 'ASC']] })),
  sq48c: () => sq(() => SLead.findAll({ where: { userId: 7, campaignId: 3, createdAt: { [Op.gte]: ago(30) } }, limit: 40, order: [['createdAt', 'DESC']] })),
  sq48d: () => sq(() => SOutput.findAll({ where: { leadId: [5], createdAt: { [Op.gte]: ago(30) } } })),
  sq48e: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ userId: 7 }, {}] }, order: [['createdAt', 'DESC']] })),
  sq48f: () => sq(() => SLead.findAll({ where: { [Op.and]: [{ userId: 7 }, { createdAt: { [Op.gte]: ago(7) } }] }, order: [['createdAt', 'DESC']] })),
  sq48g: () => sq(() => SLead.update({ status: 'won' }, { where: { id: 5, createdAt: T1 } })),
  sq48h: () => sq(() => SLead.findAll({ where: { userId: 7 } })),
  sq48j: () => sq(() => SLead.destroy({ where: { campaignId: 3 } })),
  sq48k: () => sq(() => SOutput.update({ kind: 'delivered' }, { where: { id: 9 } })),
  sq48l: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: ago(180) } } })),
  sq48n: () => sq(() => SCampaign.findAll({ where: { archived: false }, order: [['name', 'ASC']] })),
  sq48o: () => sq(() => SCampaign.findOne({ where: { id: 3, userId: 7 } })),
  sq48p: () => sq(() => SLead.count({ where: { [Op.and]: [{ userId: 7 }, {}] } })),
  sq48q: () => doc('SELECT campaign_id, COUNT(*) AS n FROM leads WHERE user_id = $1 AND created_at >= $2 GROUP BY campaign_id', 7, ago(30)),

  // TypeORM (Plasmic): DbMgr with private repository getters, findExactlyOne, spread where helpers, pruner.
  to49a: () => pfind('Lead', { where: { id: '5', status: Not('closed') }, take: 1 }),
  to49b: () => pfind('Lead', { where: { id: '5', createdAt: T1 } }),
  to49c: () =>
    tp((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where({ userId: '7', status: Not('closed') }).orderBy('lead.createdAt', 'DESC').limit(100)),
  to49d: () =>
    tp((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where({ userId: '7' })
        .andWhere(`"lead"."created_at" > :createdAtGt`, { createdAtGt: ago(7) })
        .orderBy('lead.createdAt', 'DESC'),
    ),
  to49e: () => tp((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to49f: () => tp((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'closed' }).where('id = :id', { id: '5' })),
  to49g: () => pfind('AgentOutput', { where: { leadId: '5', createdAt: MoreThanOrEqual(T1) }, order: { createdAt: 'DESC' } }),
  to49h: () => pfind('AgentOutput', { where: { leadId: In(['5']), body: Not(IsNull()) } }),
  to49i: () => tp((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ createdAt: LessThan(ago(180)) })),
  to49j: () => doc(`DELETE FROM agent_outputs WHERE lead_id IN (SELECT id FROM leads WHERE status = 'closed')`),
  to49k: () => pfind('Campaign', { where: { userId: '7', archived: false }, order: { name: 'ASC' } }),
  to49l: () => pfind('Campaign', { where: { id: '3' } }),
  to49m: () => pfind('Campaign', { where: { id: '3', userId: '7' } }),
  to49n: () =>
    tp((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where(`"lead"."user_id" = :userId`, { userId: '7' })
        .leftJoinAndSelect('lead.outputs', 'output')
        .andWhere(`"lead"."created_at" >= :since`, { since: ago(30) }),
    ),
  to49o: () =>
    tp((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .where(`"lead"."user_id" = :userId`, { userId: '7' })
        .select(`"lead"."status"`, 'status')
        .addSelect('count(*)', 'count')
        .andWhere(`"lead"."created_at" >= :since`, { since: ago(30) })
        .groupBy(`"lead"."status"`),
    ),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH12: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Round nineteen (held out; Papermark: API routes, team helpers, returned Prisma promises, where builders, cron)
  pr50a: (p) => m(p, 'campaign').findUnique!({ where: { id_userId: { id: 3n, userId: 7n } } }),
  pr50b: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, campaignId: 3n } }),
  pr50c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n }, select: { id: true, company: true, status: true, createdAt: true } }),
  pr50d: (p) => m(p, 'agentOutput').count!({ where: { leadId: 5n, kind: { not: 'internal' } } }),
  pr50e: (p) =>
    m(p, 'agentOutput').findMany!({
      skip: 0,
      take: 10,
      where: { leadId: 5n, createdAt: { gte: T1 } },
      orderBy: { createdAt: 'desc' },
      include: { lead: { select: { company: true } } },
    }),
  pr50f: (p) =>
    m(p, 'agentOutput').findMany!({
      where: { leadId: 5n, createdAt: { gte: T1 } },
      select: { id: true, kind: true, body: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
  pr50g: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'exported' } }),
  pr50h: (p) => m(p, 'lead').updateMany!({ where: { id: { in: [5n] }, userId: 7n }, data: { campaignId: 3n } }),
  pr50i: (p) => m(p, 'campaign').findMany!({ where: { archived: false }, select: { id: true, userId: true, name: true } }),
  pr50j: (p) => m(p, 'lead').count!({ where: { campaignId: 3n, userId: 7n, createdAt: { gte: ago(7) } } }),
  pr50k: (p) => m(p, 'agentOutput').deleteMany!({ where: { createdAt: { lt: ago(365) } } }),
  pr50l: (p) => m(p, 'lead').findMany!({ where: { status: 'new', createdAt: { lt: ago(90) } }, select: { id: true }, take: 500 }),
  pr50m: (p) => p.$queryRawUnsafe(`UPDATE leads SET status = 'stale' WHERE id IN ($1)`, 5n),
  pr50n: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, orderBy: { createdAt: 'desc' } }),
  pr50o: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: ago(30) } }, orderBy: { createdAt: 'desc' } }),
};
