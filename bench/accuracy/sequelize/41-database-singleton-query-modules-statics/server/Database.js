const Path = require('path')
const { Sequelize } = require('sequelize')
const Logger = require('./Logger')

class Database {
  constructor() {
    this.sequelize = null
  }

  get models() {
    return this.sequelize?.models || {}
  }

  /** @type {typeof import('./models/Lead')} */
  get leadModel() {
    return this.models.lead
  }

  /** @type {typeof import('./models/AgentOutput')} */
  get agentOutputModel() {
    return this.models.agentOutput
  }

  /** @type {typeof import('./models/Campaign')} */
  get campaignModel() {
    return this.models.campaign
  }

  async connect() {
    this.sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false, define: { underscored: true } })
    await this.sequelize.authenticate()
    this.buildModels()
    Logger.info(`[Database] Db connection was successful`)
  }

  buildModels() {
    require('./models/Campaign').init(this.sequelize)
    require('./models/Lead').init(this.sequelize)
    require('./models/AgentOutput').init(this.sequelize)
  }
}

module.exports = new Database()
