/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches H–J (cases modelled on
 * further public applications: Kutt, Wiki.js, Immich, OpenStatus, Gladys, Vendure, Rallly…), built by
 * the real ORMs offline and the Prisma sites as calls on a real Prisma 7 client, as in
 * ts-equivalents.ts. For conditional filters the equivalent is the path without the key.
 */
import { and, count, desc, eq, gte, inArray, sql as dsql } from 'drizzle-orm';
import knexFactory from 'knex';
import { CamelCasePlugin, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql as ksql } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import { knexSnakeCaseMappers, Model as OModel } from 'objection';
import { Op } from 'sequelize';
import { Brackets, In, MoreThan, MoreThanOrEqual } from 'typeorm';
import { dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, OLead, OOutput, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;

const kuttSelectable = ['leads.id', 'leads.email', 'leads.company', 'leads.status', 'leads.created_at', 'campaigns.name as campaign'];
const wikiLeadColumns = ['leads.id', 'leads.email', 'leads.company', 'leads.status', 'leads.created_at'];
/** Immich-style base builder: leads joined to their campaign in the same partition, not deleted. */
const immichBuilder = () =>
  kysely
    .selectFrom('leads')
    .innerJoin('campaigns', (join) => join.onRef('campaigns.id', '=', 'leads.campaign_id').onRef('campaigns.user_id', '=', 'leads.user_id'))
    .select(['leads.id', 'leads.email', 'leads.created_at', 'campaigns.name as campaignName'])
    .where('leads.status', '!=', 'deleted');

/** A knex whose identifiers go through objection's knexSnakeCaseMappers (camelCase in code, snake_case in SQL). */
const knexSnake = knexFactory({ client: 'pg', ...knexSnakeCaseMappers() });
class CaseOutput extends OModel {
  static override tableName = 'agentOutputs';
}
class CaseLead extends OModel {
  static override tableName = 'leads';
  static override relationMappings = () => ({
    agentOutputs: { relation: OModel.HasManyRelation, modelClass: CaseOutput, join: { from: 'leads.id', to: 'agentOutputs.leadId' } },
  });
}
for (const [mc, columns] of [
  [CaseLead, ['id', 'userId', 'campaignId', 'company', 'email', 'status', 'createdAt']],
  [CaseOutput, ['id', 'leadId', 'kind', 'body', 'createdAt']],
] as const) {
  mc.knex(knexSnake);
  (mc as unknown as { tableMetadata: () => { columns: readonly string[] } }).tableMetadata = () => ({ columns });
}
/** Every statement the snake-case knex is handed while running `run` (no connection: recorded first). */
const snakeRuns = async (run: () => PromiseLike<unknown>) => {
  const client = knexSnake.client as unknown as { runner: (b: Parameters<typeof kx>[0]) => unknown };
  const original = client.runner;
  const seen: ReturnType<typeof kx>[] = [];
  client.runner = (b) => {
    seen.push(kx(b));
    return original.call(client, b);
  };
  try {
    await run();
  } catch {
    // No connection: the statement was recorded before the driver was asked for one.
  } finally {
    client.runner = original;
  }
  return seen;
};

/** A Kysely with CamelCasePlugin, as the Docmost-style case configures it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kyCamel3 = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
  plugins: [new CamelCasePlugin()],
});

export const TS_FRESH3: Record<string, Build> = {
  // ---- Batch H
  // knex (Kutt): match objects normalised to qualified columns, builders mutated then awaited.
  kx36a: () => kx(knex('leads').select(...kuttSelectable).where({ 'leads.user_id': 7 }).offset(0).limit(20).orderBy('leads.id', 'desc').leftJoin('campaigns', 'leads.campaign_id', 'campaigns.id')),
  kx36b: () => kx(knex('leads').andWhere('leads.user_id', 7).count('* as count')),
  kx36c: () => kx(knex('leads').andWhere('leads.user_id', 7).andWhere('leads.created_at', '>=', new Date(Date.now() - 7 * DAY)).count('* as count')),
  kx36d: () => kx(knex('leads').where({ 'leads.id': 5, 'leads.user_id': 7 }).first()),
  kx36e: () =>
    kx(
      knex('leads')
        .select({ day: knex.raw('date_trunc(?, ??)', ['day', 'created_at']) })
        .count('* as total')
        .where('user_id', 7)
        .andWhere(knex.raw('date_trunc(?, ??)', ['day', 'created_at']), '>=', T1)
        .groupBy('day'),
    ),
  kx36f: () => kx(knex('leads').where({ 'leads.id': 5, 'leads.created_at': T1 }).delete()),

  // Objection (Wiki.js): models reached through a registry object, static model methods.
  ob34a: () => ob(OLead.query().column(wikiLeadColumns).where({ 'leads.id': 5 }).first()),
  ob34b: () => ob(OLead.query().column(wikiLeadColumns).where({ 'leads.email': 'a@acme.test', 'leads.created_at': T1.toISOString() }).first()),
  ob34c: () =>
    ob(
      OLead.query()
        .column(['id', 'email', 'company', 'status', 'created_at'])
        .where((builder) => void builder.where('user_id', 7))
        .orderBy('created_at', 'desc')
        .limit(50),
    ),
  // page(): the total over the same where, then the page.
  ob34d: () => [
    ob(OOutput.query().column(['agent_outputs.id', 'agent_outputs.kind', 'agent_outputs.created_at']).where({ 'agent_outputs.lead_id': 5 })),
    ob(OOutput.query().column(['agent_outputs.id', 'agent_outputs.kind', 'agent_outputs.created_at']).where({ 'agent_outputs.lead_id': 5 }).orderBy('agent_outputs.created_at', 'desc').limit(100).offset(0)),
  ],
  ob34e: () => ob(OOutput.query().where('created_at', '<', new Date(Date.now() - 90 * DAY).toISOString()).del()),
  ob34f: () => ob(OLead.query().patch({ status: 'won' } as never).where('id', 5)),

  // Kysely (Immich): a module-level base builder, $if search builder, any(array) helper.
  ky34a: () => ky(immichBuilder().where('leads.user_id', '=', 7)),
  ky34b: () => ky(immichBuilder().where('leads.user_id', '=', 7).where('leads.created_at', '>=', T1).where('leads.created_at', '<', T2)),
  ky34c: () => ky(kysely.selectFrom('leads').selectAll().where('user_id', '=', 7).where('created_at', '=', ksql<Date>`any(${[T1.toISOString(), T2.toISOString()]}::timestamptz[])`)),
  ky34d: () =>
    ky(
      kysely
        .selectFrom('leads')
        .select((eb) => [ksql<string>`date_trunc('month', created_at)`.as('bucket'), eb.fn.countAll<number>().as('count')])
        .where('user_id', '=', 7)
        .groupBy('bucket')
        .orderBy('bucket', 'desc'),
    ),
  ky34e: () => ky(kysely.selectFrom('leads').selectAll('leads').where('leads.user_id', 'in', [7]).where('leads.status', '!=', 'deleted').orderBy('leads.created_at', 'desc').limit(250)),
  ky34f: () =>
    ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .where('leads.user_id', 'in', [7])
        .where('leads.created_at', '>=', new Date(Date.now() - 30 * DAY))
        .where('leads.status', '!=', 'deleted')
        .orderBy('leads.created_at', 'desc'),
    ),

  // Drizzle (OpenStatus): condition arrays, ctx.db ?? db, builders returned into a retry wrapper.
  dz35a: () => dzs(dz.select({ count: dsql<number>`count(*)` }).from(dLeads).where(and(eq(dLeads.userId, 7)))),
  dz35b: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7))).orderBy(desc(dLeads.createdAt)).limit(10_000).offset(0)),
  dz35c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7))).limit(1)),
  dz35d: () => dzs(dz.update(dLeads).set({ status: 'acknowledged' }).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz35e: () =>
    dzs(
      dz
        .select({ id: dOutputs.id, leadId: dOutputs.leadId, kind: dOutputs.kind, createdAt: dOutputs.createdAt })
        .from(dOutputs)
        .where(and(inArray(dOutputs.leadId, [5, 6]), gte(dOutputs.createdAt, new Date(Date.now() - 7 * DAY))))
        .orderBy(desc(dOutputs.createdAt)),
    ),
  dz35f: () =>
    dzs(
      dz
        .select({ id: dOutputs.id, leadId: dOutputs.leadId, kind: dOutputs.kind, createdAt: dOutputs.createdAt })
        .from(dOutputs)
        .where(and(inArray(dOutputs.leadId, [5, 6]), undefined))
        .orderBy(desc(dOutputs.createdAt)),
    ),

  // Sequelize (Gladys): DEFAULT_OPTIONS merged, queryParams built by a helper, queryInterface.bulkDelete.
  sq34a: () => sq(() => SLead.findAll({ where: { userId: 7 }, order: [['createdAt', 'DESC']], limit: 50, offset: 0 })),
  sq34b: () => sq(() => SLead.findAll({ where: { userId: 7, createdAt: { [Op.between]: [new Date(Date.now() - 7 * DAY), new Date()] } }, attributes: ['id', 'email', 'status', 'createdAt'] })),
  sq34c: () => sq(() => SLead.findByPk(5)),
  sq34d: () => sq(() => SLead.build({ id: 5 }, { isNewRecord: false }).destroy()),
  sq34e: () => sq(() => SOutput.sequelize!.getQueryInterface().bulkDelete('agent_outputs', { created_at: { [Op.lte]: new Date(Date.now() - 90 * DAY) } })),
  sq34f: () => sq(() => SLead.count({ where: { userId: 7 }, group: ['status'] })),

  // TypeORM (Vendure): TransactionalConnection.getRepository(ctx, …), ListQueryBuilder.build(…).
  to35a: () => find('Lead', { where: { userId: '7' }, take: 100, skip: 0 }),
  to35b: () => find('Lead', { where: { userId: '7', createdAt: MoreThanOrEqual(T1) }, take: 100, skip: 0 }),
  to35c: () => find('Lead', { where: { id: '5' }, take: 1 }),
  to35d: () => find('AgentOutput', { where: { leadId: '5' }, order: { createdAt: 'DESC' } }),
  to35e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5', createdAt: T1 })),
  to35f: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .select('lead.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('lead.userId = :userId', { userId: '7' })
        .andWhere('lead.createdAt BETWEEN :start AND :end', { start: T1, end: T2 })
        .groupBy('lead.status'),
    ),

  // ---- Batch I
  // knex (Infisical): ormify() generic CRUD over a table name, DAL factories, (tx || db.replicaNode())(TableName.X).
  kx37a: () => kx(knex('leads').where({ id: 5 }).first('*')),
  kx37b: () => kx(knex('leads').where((bd) => void bd.where({ user_id: 7 })).limit(50).orderBy([{ column: 'created_at', order: 'desc' }])),
  kx37c: () => kx(knex('agent_outputs').where((bd) => void bd.where({ lead_id: 5, created_at: T1 })).delete().returning('*')),
  kx37d: () => kx(knex('leads').where('leads.user_id', 7).andWhere('leads.created_at', '>=', new Date(Date.now() - 7 * DAY)).select('leads.*').orderBy('leads.created_at', 'desc')),
  kx37e: () => kx(knex('leads').join('campaigns', 'campaigns.id', 'leads.campaign_id').where('leads.user_id', 7).select('campaigns.name').count('leads.id as count').groupBy('campaigns.name')),
  kx37f: () => kx(knex('leads').where({ id: 5 }).update({ status: 'archived' }).returning('*')),

  // Objection: an abstract DBService<T> whose methods take an optional, already narrowed query.
  ob35a: () => ob(OLead.query().where('user_id', 7).where('status', 'new')),
  ob35b: () => ob(OLead.query().where('user_id', 7).where('created_at', '>=', new Date(Date.now() - 7 * DAY))),
  ob35c: () => ob(OLead.query().findById(5)),
  ob35d: () => ob(OLead.query().where('created_at', T1).findById(5)),
  ob35e: () => ob(OOutput.query().deleteById(9)),
  ob35f: () => ob(OLead.query()),

  // Kysely (Bluesky data plane): routes factories over a Database, keyset pagination with dynamic refs.
  ky35a: () => {
    const { ref } = kysely.dynamic;
    return ky(kysely.selectFrom('leads').selectAll('leads').where('leads.user_id', '=', 7).orderBy(ref('leads.created_at'), 'desc').orderBy(ref('leads.id'), 'desc'));
  },
  ky35b: () => {
    const { ref } = kysely.dynamic;
    return ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .where('leads.user_id', '=', 7)
        .where(ref('leads.created_at'), '>', new Date(Date.now() - 7 * DAY).toISOString())
        .orderBy(ref('leads.created_at'), 'desc')
        .orderBy(ref('leads.id'), 'desc'),
    );
  },
  ky35c: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where(ksql<boolean>`${kysely.dynamic.ref('agent_outputs.kind')} != 'archived'`).orderBy('created_at', 'desc')),
  ky35d: () => ky(kysely.selectFrom('agent_outputs').selectAll().where('lead_id', '=', 5).where(kysely.dynamic.ref('agent_outputs.created_at'), '>=', T1.toISOString())),
  ky35e: () => {
    const { ref } = kysely.dynamic;
    const [p, s] = [ref('leads.created_at'), ref('leads.id')];
    return ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .where('leads.user_id', '=', 7)
        .limit(50)
        .where(ksql<boolean>`(${p} < ${T1.toISOString()}::timestamptz or (${p} = ${T1.toISOString()}::timestamptz and ${s} < ${'5'}))`)
        .orderBy(p, 'desc')
        .orderBy(s, 'desc'),
    );
  },
  ky35f: () => {
    const { ref } = kysely.dynamic;
    const [p, s] = [ref('leads.created_at'), ref('leads.id')];
    return ky(
      kysely
        .selectFrom('leads')
        .selectAll('leads')
        .where('leads.user_id', '=', 7)
        .limit(50)
        .where(ksql<boolean>`((${p}, ${s}) < (${T1.toISOString()}::timestamptz, ${'5'}))`)
        .orderBy(p, 'desc')
        .orderBy(s, 'desc'),
    );
  },

  // Drizzle (Unkey): services from the Hono context, db.readonly / db.primary, an SWR cache loader, .then on builders.
  dz36a: () => dzs(dz.query.leads.findFirst({ where: (t, { eq }) => eq(t.id, 5), with: { outputs: true } })),
  dz36b: () => dzs(dz.query.leads.findMany({ where: (t, { and, eq, gte }) => and(eq(t.userId, 7), gte(t.createdAt, new Date(Date.now() - 7 * DAY))), orderBy: (t, { desc }) => desc(t.createdAt), limit: 100 })),
  dz36c: () => dzs(dz.update(dLeads).set({ status: 'deleted' }).where(and(eq(dLeads.id, 5), eq(dLeads.userId, 7)))),
  dz36d: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)), with: { outputs: { where: (o, { gte }) => gte(o.createdAt, T1) } } })),
  dz36e: () => dzs(dz.select({ count: count() }).from(dLeads).where(eq(dLeads.userId, 7))),
  dz36f: () => dzs(dz.update(dOutputs).set({ kind: 'reviewed' }).where(and(eq(dOutputs.leadId, 5), gte(dOutputs.createdAt, T1)))),

  // Sequelize (PeerTube): sequelize-typescript models, static loaders, ScopeNames, getSort.
  sq35a: () => sq(() => SLead.findOne({ where: { id: 5, userId: 7 } })),
  sq35b: () =>
    sq(() =>
      SLead.findAndCountAll({
        offset: 0,
        limit: 15,
        order: [['createdAt', 'DESC'], ['id', 'ASC']],
        where: { userId: 7 },
        include: [{ model: SOutput, as: 'outputs', required: false }],
      }),
    ),
  sq35c: () => sq(() => SLead.findAll({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 14 * DAY) }, userId: 7 }, order: [['createdAt', 'DESC'], ['id', 'ASC']] })),
  sq35d: () => sq(() => SOutput.destroy({ where: { createdAt: { [Op.lt]: new Date(Date.now() - 90 * DAY).toISOString() } } })),
  sq35e: () => sq(() => SOutput.findAll({ where: { leadId: 5 }, order: [['createdAt', 'DESC']] })),
  sq35f: () =>
    sq(() => {
      const lead = SLead.build({ id: 5, status: 'new' }, { isNewRecord: false, raw: true });
      lead.set('status', 'qualified');
      return lead.save();
    }),

  // TypeORM (n8n): @Service() repositories extending Repository, Container.get, Brackets in a prune update.
  to36a: () => find('Lead', { where: { id: '5', userId: '7' }, take: 1 }),
  to36b: () => find('Lead', { where: { id: '5', createdAt: T1 }, take: 1 }),
  to36c: () =>
    to((ds) =>
      ds
        .getRepository('AgentOutput')
        .createQueryBuilder()
        .update()
        .set({ kind: 'pruned' })
        .where('kind != :pruned', { pruned: 'pruned' })
        .andWhere(new Brackets((qb) => qb.where('created_at <= :timestamp', { timestamp: T1 }).orWhere('kind = :error', { error: 'error' }))),
    ),
  to36d: () => find('Lead', { where: { userId: '7' }, take: 20, order: { id: 'DESC' } }),
  to36e: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('lead').where('lead.userId = :userId', { userId: '7' }).orderBy('lead.id', 'DESC').limit(20)),
  to36f: () => to((ds) => ds.getRepository('Lead').createQueryBuilder().delete().where({ id: In(['5', '6']) })),
  // ---- Batch J (held out)
  // knex (Unleash): class stores over TABLE constants, a metrics timer, raw EXISTS, now()-relative retention.
  kx38a: () => kx(knex('leads').select(['id', 'user_id', 'company', 'email', 'status', 'created_at']).where({ user_id: 7 }).orderBy('created_at', 'desc')),
  kx38b: () => kx(knex('leads').select(['id', 'user_id', 'company', 'email', 'status', 'created_at']).where({ user_id: 7 }).andWhere('created_at', '>=', new Date(Date.now() - 7 * DAY))),
  kx38c: () => kx(knex.raw('SELECT EXISTS(SELECT 1 FROM leads WHERE id = ?) AS present', [5])),
  kx38d: () => kx(knex('leads').count('*').where({ user_id: 7, status: 'new' })),
  kx38e: () => kx(knex.select(['id', 'kind', 'body', 'created_at']).from('agent_outputs').where('lead_id', 5).orderBy('created_at', 'desc')),
  kx38f: () => kx(knex('agent_outputs').count('* as count').where('created_at', '<=', knex.raw("now() - (? || ' days')::interval", ['90']))),

  // Objection (DEFRA water-abstraction-system): go() services, knexSnakeCaseMappers, modifiers, modelPaths.
  ob36a: async () => [
    ob(CaseLead.query().findById(5).select(['id', 'company', 'email', 'status', 'createdAt'])),
    ...(
      await snakeRuns(() =>
        CaseLead.query()
          .withGraphFetched('agentOutputs')
          .modifyGraph('agentOutputs', (builder) => void builder.select(['id', 'kind', 'createdAt']).orderBy([{ column: 'createdAt', order: 'desc' }, { column: 'id', order: 'desc' }]))
          .resolve([CaseLead.fromJson({ id: 5 })]),
      )
    ).filter((st) => /from "agent_outputs"/.test(st.sql)),
  ],
  ob36b: () => ob(CaseLead.query().select(['id', 'company', 'status', 'createdAt']).where('userId', 7).whereNot('status', 'archived').where('createdAt', '>=', new Date(Date.now() - 7 * DAY))),
  // page(): the total over the same where, then the page.
  ob36c: () => [
    ob(CaseLead.query().select(['id', 'company', 'email', 'status', 'createdAt']).where('userId', 7).whereNot('status', 'archived')),
    ob(CaseLead.query().select(['id', 'company', 'email', 'status', 'createdAt']).where('userId', 7).whereNot('status', 'archived').orderBy('createdAt', 'desc').limit(25).offset(0)),
  ],
  ob36d: () => ob(CaseOutput.query().patch({ kind: 'reviewed' } as never).where('leadId', 5).where('createdAt', '>=', T1)),
  ob36e: () => ob(CaseLead.query().deleteById(5)),
  ob36f: () => ob(CaseOutput.query().delete().whereIn('leadId', [5, 6])),

  // Kysely (Docmost): CamelCasePlugin, dbOrTx(this.db, trx), executeWithPagination, jsonObjectFrom.
  ky36a: () =>
    ky(
      kyCamel3
        .selectFrom('leads')
        .selectAll('leads')
        .select((eb) => jsonObjectFrom(eb.selectFrom('campaigns').select(['campaigns.id', 'campaigns.name']).whereRef('campaigns.id', '=', 'leads.campaignId')).as('campaign'))
        .where('id', '=', 5),
    ),
  ky36b: () => ky(kyCamel3.selectFrom('leads').selectAll().where('userId', '=', 7).orderBy('createdAt', 'desc').limit(21).offset(0)),
  ky36c: () =>
    ky(
      kyCamel3
        .selectFrom('leads')
        .selectAll()
        .where('userId', '=', 7)
        .where('createdAt', '>=', new Date('2026-03-01T00:00:00Z'))
        .where('createdAt', '<', new Date('2026-04-01T00:00:00Z'))
        .orderBy('createdAt', 'desc')
        .limit(21)
        .offset(0),
    ),
  ky36d: () => ky(kyCamel3.selectFrom('agentOutputs').selectAll().where('leadId', '=', 5).limit(1).orderBy('createdAt', 'desc')),
  ky36e: () => ky(kyCamel3.deleteFrom('agentOutputs').where('leadId', '=', 5).where('createdAt', '>=', T1)),
  ky36f: () => ky(kyCamel3.updateTable('leads').set({ status: 'archived' }).where('id', '=', 5).where('createdAt', '=', T1)),
  ky36g: () => ky(kyCamel3.selectFrom('leads').selectAll().where('userId', '=', 7).where('company', 'ilike', '%acme%').orderBy('createdAt', 'desc').limit(21).offset(0)),

  // Drizzle (Karakeep): tRPC ctx.db, an ownership middleware, model classes, cursor conditions from a helper.
  dz37a: () => dzs(dz.query.leads.findFirst({ where: eq(dLeads.id, 5), columns: { userId: true } })),
  dz37b: () => dzs(dz.query.leads.findFirst({ where: and(eq(dLeads.id, 5), eq(dLeads.userId, 7)) })),
  dz37c: () => dzs(dz.select().from(dLeads).where(and(eq(dLeads.userId, 7), undefined, undefined)).limit(21).orderBy(desc(dLeads.createdAt), desc(dLeads.id))),
  dz37d: () => dzs(dz.query.agentOutputs.findMany({ where: and(eq(dOutputs.leadId, 5), eq(dOutputs.createdAt, T1)), orderBy: [desc(dOutputs.createdAt)] })),
  dz37e: () => dzs(dz.delete(dLeads).where(and(eq(dLeads.id, 5), eq(dLeads.createdAt, T1)))),
  dz37f: () => dzs(dz.update(dOutputs).set({ kind: 'email' }).where(and(eq(dOutputs.leadId, 5), eq(dOutputs.id, 9)))),

  // Sequelize (Open Collective): models registry, GraphQL resolvers, DataLoader, search conditions, raw replacements.
  sq36a: () => sq(() => SLead.findAndCountAll({ where: { userId: 7 }, limit: 20, offset: 0, order: [['createdAt', 'DESC']] })),
  sq36b: () => sq(() => SOutput.findAll({ where: { leadId: { [Op.in]: [5, 6] } } })),
  sq36c: () => ({ sql: 'SELECT status, COUNT(*) AS count FROM leads WHERE user_id = $1 AND created_at >= $2 GROUP BY status', params: [7, T1] }),
  sq36d: () => sq(() => SLead.findAll({ where: { userId: 7, [Op.or]: [{ company: { [Op.iLike]: '%acme%' } }, { email: { [Op.iLike]: '%acme%' } }] }, limit: 50 })),
  sq36e: () => sq(() => SOutput.findAll({ where: { leadId: 5, createdAt: { [Op.gte]: new Date(Date.now() - 7 * DAY) } }, order: [['createdAt', 'DESC']] })),
  sq36f: () => sq(() => SLead.findOne({ where: { email: 'a@acme.test' } })),
  sq36g: () => sq(() => SLead.count({ where: { userId: 7, createdAt: { [Op.gte]: T1, [Op.lt]: T2 } }, group: ['status'] })),

  // TypeORM (Overseerr): getRepository from the datasource module, entity static methods, @AfterUpdate hooks.
  to37a: () =>
    to((ds) =>
      ds
        .getRepository('Lead')
        .createQueryBuilder('lead')
        .leftJoinAndSelect('lead.outputs', 'output')
        .where('lead.status IN (:...statuses)', { statuses: ['new', 'contacted', 'won', 'lost'] })
        .andWhere('lead.userId = :id', { id: '7' })
        .orderBy('lead.id', 'DESC')
        .take(10)
        .skip(0),
    ),
  to37b: () => find('Lead', { where: { id: '5' }, relations: { outputs: true }, take: 1 }),
  // save(): TypeORM loads the entity by its primary column, then updates by it.
  to37c: async () => [await find('Lead', { where: { id: '5' } }), await to((ds) => ds.getRepository('Lead').createQueryBuilder().update().set({ status: 'won' }).where({ id: '5' }))],
  to37d: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().delete().where({ leadId: '5', createdAt: MoreThanOrEqual(T1) })),
  to37e: () => to((ds) => ds.getRepository('AgentOutput').createQueryBuilder().update().set({ kind: 'archived' }).where({ leadId: '5' })),
  to37f: () => to((ds) => ds.getRepository('Lead').createQueryBuilder('Lead').setFindOptions({ where: { userId: '7', createdAt: MoreThan(new Date(Date.now() - 7 * DAY)) } }).select('COUNT(1)')),
  to37g: () => find('Lead', { where: { id: '5', createdAt: T1 }, take: 1 }),
  to37h: () => find('Lead', { where: { userId: '7', createdAt: MoreThan(new Date(Date.now() - 30 * DAY)) }, order: { createdAt: 'DESC' } }),
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH3: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch H (Rallly: data functions, conditional spreads, where fragments from helpers)
  pr36a: (p) => m(p, 'lead').count!({ where: { userId: 7n } }),
  pr36b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n }, select: { id: true, email: true, company: true, status: true, createdAt: true }, orderBy: { createdAt: 'desc' }, skip: 0, take: 20 }),
  pr36c: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: { not: 'archived' }, createdAt: { gte: T1 }, campaignId: { not: null } }, select: { id: true, email: true, campaignId: true } }),
  pr36d: (p) => m(p, 'agentOutput').findMany!({ where: { lead: { userId: 7n, status: { not: 'archived' }, createdAt: { gte: T1 } } }, orderBy: { createdAt: 'desc' }, take: 100 }),
  pr36e: (p) => m(p, 'campaign').findFirst!({ where: { id: 3n, userId: 7n }, select: { id: true } }),
  pr36f: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'won' } }),
  // ---- Batch I (Cal.com: repository classes, listing filters by status, $transaction([...]))
  pr37a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: 'new' }, select: { id: true, email: true, company: true, status: true, createdAt: true }, orderBy: { createdAt: 'desc' }, take: 10, skip: 0 }),
  pr37b: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1 } }, select: { id: true, email: true, company: true, status: true, createdAt: true } }),
  pr37c: (p) => m(p, 'lead').findFirst!({ where: { id: 5n }, include: { outputs: { orderBy: { createdAt: 'desc' } } } }),
  pr37d: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, createdAt: { gte: T1, lte: T2 } }, select: { id: true, email: true, company: true, status: true, createdAt: true } }),
  pr37e: (p) => m(p, 'agentOutput').count!({ where: { leadId: 5n } }),
  pr37f: async (p) => {
    await m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n, createdAt: { gte: T1 } } });
    return m(p, 'lead').delete!({ where: { id_createdAt: { id: 5n, createdAt: T1 } } });
  },
  // ---- Batch J (held out; Trigger.dev: presenters on $replica, BaseService(_prisma = prisma), $transaction helper)
  pr38a: (p) => m(p, 'lead').findMany!({ where: { userId: 7n, status: undefined, createdAt: undefined }, orderBy: { id: 'desc' }, take: 26, select: { id: true, company: true, email: true, status: true, createdAt: true } }),
  pr38b: (p) => m(p, 'lead').groupBy!({ by: ['status'], where: { userId: 7n, createdAt: { gte: new Date(Date.now() - 7 * DAY) } }, _count: { _all: true } }),
  pr38c: (p) => m(p, 'lead').update!({ where: { id_createdAt: { id: 5n, createdAt: T1 } }, data: { status: 'cancelled' } }),
  pr38d: (p) => m(p, 'agentOutput').updateMany!({ where: { leadId: 5n }, data: { kind: 'cancelled' } }),
  pr38e: (p) => m(p, 'lead').findFirst!({ where: { id: 5n, userId: 7n }, include: { outputs: { take: 10, orderBy: { createdAt: 'desc' } } } }),
  pr38f: (p) => m(p, 'agentOutput').deleteMany!({ where: { leadId: 5n, createdAt: { lt: new Date(Date.now() - 30 * DAY) } } }),
};
