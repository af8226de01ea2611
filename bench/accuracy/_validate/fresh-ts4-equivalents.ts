/**
 * The equivalent queries of the labelled TypeScript sites of the fresh batches K–M (cases modelled on
 * further public applications: Directus, Argos, Ozone, LobeChat, HedgeDoc, Misskey, Ghostfolio…), built by
 * the real ORMs offline and the Prisma sites as calls on a real Prisma 7 client, as in
 * ts-equivalents.ts. For conditional filters the equivalent is the path without the key.
 */
import { and, count, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { sql as ksql } from 'kysely';
import { Op } from 'sequelize';
import { Between, In, LessThan, MoreThanOrEqual } from 'typeorm';
import { dCampaigns, dLeads, dOutputs, dz, dzs, find, knex, kx, ky, kysely, m, ob, objectionRuns, OCampaign2, OLead, OOutput, SCampaign, SLead, SOutput, sq, T1, T2, to, type Build, type PrismaTx } from './ts-equivalents';

const DAY = 86_400_000;

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
};

/** Prisma sites: the same call on a real Prisma 7 client (run inside a rolled-back transaction). */
export const PRISMA_FRESH4: Record<string, (p: PrismaTx) => Promise<unknown>> = {
  // ---- Batch K
};
