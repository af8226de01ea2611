import { sql } from 'kysely';
import type { Database } from '../database/index.js';
import { afterCheckpoint, campaignFilter, type Checkpoint, leadFilter, type LeadFilter, withPeriod } from './filter.js';

export type SyncStore = ReturnType<typeof createSyncStore>;

const outputsOfLeads = (database: Database, leadIds: string[]) => database.qb.sync.selectFrom('agent_outputs').where('agent_outputs.lead_id', 'in', leadIds);

export const createSyncStore = ({ database }: { database: Database }) => ({
  getLeadsInRange: async ({ filter, fromDate, toDate, limit }: { filter: LeadFilter; fromDate: Date; toDate: Date; limit: number }) =>
    database.qb.sync.wrap({ method: 'getLeadsInRange' }, () =>
      database.qb.sync
        .selectFrom('leads')
        .selectAll()
        .where((eb) => eb.and([leadFilter(eb, filter), eb('leads.created_at', '>=', fromDate), eb('leads.created_at', '<=', toDate)]))
        .orderBy('leads.created_at', 'asc')
        .limit(limit)
        .execute(), // expect: prunes [ky47a] cross
    ),

  getLeadsAfter: async ({ filter, checkpoint, limit }: { filter: LeadFilter; checkpoint: Checkpoint; limit: number }) =>
    database.qb.sync.wrap({ method: 'getLeadsAfter' }, () =>
      database.qb.sync
        .selectFrom('leads')
        .selectAll()
        .where((eb) => eb.and([leadFilter(eb, filter), afterCheckpoint(eb, checkpoint)]))
        .orderBy('leads.created_at', 'asc')
        .orderBy('leads.id', 'asc')
        .limit(limit)
        .execute(), // expect: prunes [ky47b] cross
    ),

  getLeadCount: async (filter: LeadFilter) =>
    database.qb.sync.wrap({ method: 'getLeadCount' }, async () => {
      const row = await database.qb.sync
        .selectFrom('leads')
        .select(sql<string>`count(*)`.as('count'))
        .where((eb) => leadFilter(eb, filter))
        .executeTakeFirstOrThrow(); // expect: scans-all [ky47c] cross
      return Number(row.count);
    }),

  getStatusCounts: async ({ filter, period }: { filter: LeadFilter; period: { from: Date; to: Date } }) =>
    database.qb.sync.wrap({ method: 'getStatusCounts' }, () =>
      database.qb.sync
        .selectFrom('leads')
        .select(['leads.status', sql<string>`count(*)`.as('count')])
        .where((eb) => leadFilter(eb, filter))
        .$call(withPeriod(period))
        .groupBy('leads.status')
        .execute(), // expect: prunes [ky47d] cross
    ),

  getLatestLead: async (userId: string) =>
    database.qb.sync.wrap({ method: 'getLatestLead' }, () =>
      database.qb.sync.selectFrom('leads').select(['id', 'created_at']).where('user_id', '=', userId).orderBy('created_at', 'desc').limit(1).executeTakeFirst(), // expect: scans-all [ky47e]
    ),

  updateLeadStatus: async ({ id, createdAt, status }: { id: string; createdAt: Date; status: string }) =>
    database.qb.sync.wrap({ method: 'updateLeadStatus' }, () =>
      database.qb.sync.updateTable('leads').set({ status }).where('id', '=', id).where('created_at', '=', createdAt).execute(), // expect: prunes [ky47f]
    ),

  markStale: async (filter: LeadFilter) =>
    database.qb.sync.wrap({ method: 'markStale' }, () =>
      database.qb.sync
        .updateTable('leads')
        .set({ status: 'stale' })
        .where((eb) => leadFilter(eb, { ...filter, status: 'new' }))
        .execute(), // expect: scans-all [ky47g] cross
    ),

  getOutputs: async (leadIds: string[]) =>
    database.qb.sync.wrap({ method: 'getOutputs' }, () => outputsOfLeads(database, leadIds).selectAll().orderBy('agent_outputs.created_at', 'asc').execute()), // expect: scans-all [ky47h] cross

  getOutputsSince: async (leadIds: string[], since: Date) =>
    database.qb.sync.wrap({ method: 'getOutputsSince' }, () =>
      outputsOfLeads(database, leadIds).selectAll().where('agent_outputs.created_at', '>=', since).execute(), // expect: prunes [ky47i] cross
    ),

  pruneOutputsOfLeads: async (leadIds: string[]) =>
    database.qb.sync.wrap({ method: 'pruneOutputsOfLeads' }, () => database.qb.sync.deleteFrom('agent_outputs').where('lead_id', 'in', leadIds).execute()), // expect: scans-all [ky47j]

  pruneByDate: async ({ fromDate }: { fromDate: Date }) =>
    database.qb.sync.wrap({ method: 'pruneByDate' }, () =>
      database.qb.sync.transaction().execute(async (tx) => {
        await tx.deleteFrom('agent_outputs').where('created_at', '>=', fromDate).execute(); // expect: prunes [ky47k]
        await tx.deleteFrom('leads').where('created_at', '>=', fromDate).execute(); // expect: prunes [ky47l]
      }),
    ),

  getCampaigns: async (userId: string) =>
    database.qb.sync.wrap({ method: 'getCampaigns' }, () =>
      database.qb.sync
        .selectFrom('campaigns')
        .selectAll()
        .where((eb) => campaignFilter(eb, userId))
        .where('campaigns.archived', '=', false)
        .execute(), // expect: prunes [ky47m] cross
    ),

  getCampaign: async (id: string) =>
    database.qb.sync.wrap({ method: 'getCampaign' }, () => database.qb.sync.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst()), // expect: scans-all [ky47n]

  archiveCampaign: async ({ id, userId }: { id: string; userId: string }) =>
    database.qb.sync.wrap({ method: 'archiveCampaign' }, () =>
      database.qb.sync
        .updateTable('campaigns')
        .set({ archived: true })
        .where((eb) => eb.and([campaignFilter(eb, userId), eb('campaigns.id', '=', id)]))
        .execute(), // expect: prunes [ky47o] cross
    ),
});
