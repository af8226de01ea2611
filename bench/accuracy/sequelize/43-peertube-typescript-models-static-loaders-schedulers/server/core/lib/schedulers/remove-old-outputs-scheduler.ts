import { AgentOutputModel } from '../../models/lead/agent-output.js'
import { LeadModel } from '../../models/lead/lead.js'
import { AbstractScheduler } from './abstract-scheduler.js'

const OUTPUTS_MAX_LIFETIME_DAYS = 90
const LEAD_STALE_AFTER_DAYS = 30

export class RemoveOldOutputsScheduler extends AbstractScheduler {

  private static instance: AbstractScheduler

  protected schedulerIntervalMs = 60000 * 60 * 24

  private constructor () {
    super()
  }

  protected internalExecute () {
    return this.removeOldOutputs()
  }

  private async removeOldOutputs () {
    const now = new Date()
    const beforeDate = new Date(now.getTime() - OUTPUTS_MAX_LIFETIME_DAYS * 24 * 3600 * 1000).toISOString()

    await AgentOutputModel.removeOldOutputs(new Date(beforeDate))
    await LeadModel.markStale(new Date(now.getTime() - LEAD_STALE_AFTER_DAYS * 24 * 3600 * 1000))
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}
