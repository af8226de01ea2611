import Queue from 'bull'

import { daysAgo } from '../../common/utils/time.js'
import { connections } from '../../connections.js'
import { AtomService } from '../atomService.js'
import { LeadService } from '../leadService.js'

const QUEUE_NAME = 'lead-outputs'
const STALE_LEAD_DAYS = Number(process.env.MATTERS_STALE_LEAD_DAYS ?? 90)

export class OutputsQueue {
  private q: Queue.Queue
  private atomService = new AtomService(connections)
  private leadService = new LeadService(connections)

  public constructor() {
    this.q = new Queue(QUEUE_NAME)
    this.q.process('sweep', this.sweep)
    this.q.add('sweep', {}, { repeat: { cron: '0 4 * * *' } })
  }

  // Leads left untouched for the configured time become stale, and the outputs of the bounced ones go.
  private sweep = async (job: Queue.Job<{ bouncedLeadIds?: string[] }>) => {
    await this.leadService.markStale(daysAgo(STALE_LEAD_DAYS))
    const bounced = job.data.bouncedLeadIds ?? []
    if (bounced.length > 0) {
      await this.atomService.deleteMany({ table: 'agent_outputs', whereIn: ['leadId', bounced] }) // expect: scans-all [kx50h] cross
    }
  }
}
