import type { Connections } from '../connections.js'
import type { Lead } from '../definitions/index.js'

import { createdWithin, excludeStale, paginate } from '../common/utils/knex.js'
import { BaseService } from './baseService.js'

export class LeadService extends BaseService<Lead> {
  public constructor(connections: Connections) {
    super('leads', connections)
  }

  // The owner's full history for the export tab, newest first, with the total for the connection.
  public findByOwner = async ({ userId, skip, take }: { userId: string; skip?: number; take?: number }) =>
    this.baseFind({ where: { userId }, orderBy: [{ column: 'createdAt', order: 'desc' }], skip, take, returnTotalCount: true }) // expect: scans-all [kx50i] cross

  public findByOwnerInPeriod = async ({
    userId,
    range,
    skip,
    take,
  }: {
    userId: string
    range: { start: Date; end: Date }
    skip?: number
    take?: number
  }) => {
    const { knexRO } = this.connections
    const leads = await knexRO
      .select('leads.*', knexRO.raw('COUNT(1) OVER() ::int AS total_count'))
      .from(this.table)
      .where('leads.userId', userId)
      .modify(excludeStale)
      .modify(createdWithin, range)
      .orderBy('leads.createdAt', 'desc')
      .modify(paginate, { skip, take }) // expect: prunes [kx50k] cross
    return [leads, leads[0]?.totalCount || 0] as [Lead[], number]
  }

  public countByStatus = async (userId: string) =>
    this.knexRO(this.table).select('status').count('id').where({ userId }).groupBy('status') // expect: scans-all [kx50l] cross

  public findInCampaignSince = async ({ campaignId, userId, since }: { campaignId: string; userId: string; since: Date }) =>
    this.knexRO
      .select('leads.*')
      .from('leads')
      .join('campaigns', 'leads.campaignId', 'campaigns.id')
      .where({ 'campaigns.userId': userId, 'campaigns.id': campaignId })
      .andWhere('leads.createdAt', '>=', since) // expect: prunes [kx50q]

  public markStale = async (before: Date) =>
    this.knex(this.table).where('status', 'new').where('createdAt', '<', before).update({ status: 'stale' }) // expect: prunes [kx50m] cross
}
