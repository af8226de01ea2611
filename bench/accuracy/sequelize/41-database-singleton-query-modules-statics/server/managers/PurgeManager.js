const cron = require('node-cron')
const Logger = require('../Logger')
const Database = require('../Database')

class PurgeManager {
  constructor() {
    this.retentionDays = 60
  }

  init() {
    cron.schedule('0 2 * * *', () => {
      this.purgeOutputs()
    })
  }

  async purgeOutputs() {
    const cutoff = new Date(Date.now() - this.retentionDays * 24 * 60 * 60 * 1000)
    const numRemoved = await Database.agentOutputModel.removeOlderThan(cutoff) // expect: prunes [sq41i] cross
    Logger.info(`[PurgeManager] Removed ${numRemoved} agent outputs older than ${this.retentionDays} days`)
  }
}
module.exports = PurgeManager
