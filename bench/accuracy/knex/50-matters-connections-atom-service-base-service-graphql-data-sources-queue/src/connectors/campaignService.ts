import type { Connections } from '../connections.js'
import type { Campaign } from '../definitions/index.js'

import { BaseService } from './baseService.js'

export class CampaignService extends BaseService<Campaign> {
  public constructor(connections: Connections) {
    super('campaigns', connections)
  }

  public findByOwner = async (userId: string) =>
    this.baseFind({ where: { userId, archived: false }, orderBy: [{ column: 'name', order: 'asc' }] }) // expect: prunes [kx50o] cross

  // Called by admins from the moderation panel, which only knows the campaign id.
  public archive = async (id: string) => {
    const [campaign] = await this.knex('campaigns').where({ id }).update({ archived: true }).returning('*') // expect: scans-all [kx50p]
    return campaign as Campaign
  }
}
