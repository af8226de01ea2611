import type { Connections } from '../connections.js'
import type { AgentOutput, Lead } from '../definitions/index.js'

import { BaseService } from './baseService.js'

export class AgentOutputService extends BaseService<AgentOutput> {
  public constructor(connections: Connections) {
    super('agent_outputs', connections)
  }

  // An output is never older than its lead, so the oldest lead bounds the window of the batch.
  public findLatestByLeads = async (leads: Lead[]) => {
    const oldest = new Date(Math.min(...leads.map((lead) => lead.createdAt.getTime())))
    return this.knexRO('agent_outputs')
      .whereIn('leadId', leads.map((lead) => lead.id))
      .where('createdAt', '>=', oldest)
      .orderBy('createdAt', 'desc') // expect: prunes [kx50n]
  }
}
