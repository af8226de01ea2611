import { Sequelize as SequelizeTypescript } from 'sequelize-typescript'
import { LeadModel } from '../models/lead/lead.js'
import { AgentOutputModel } from '../models/lead/agent-output.js'
import { CampaignModel } from '../models/lead/campaign.js'

const sequelizeTypescript = new SequelizeTypescript({
  database: process.env.DB_NAME,
  dialect: 'postgres',
  host: process.env.DB_HOSTNAME,
  username: process.env.DB_USERNAME,
  password: process.env.DB_PASSWORD,
  logging: false
})

async function initDatabaseModels () {
  sequelizeTypescript.addModels([
    LeadModel,
    AgentOutputModel,
    CampaignModel
  ])
}

export {
  initDatabaseModels,
  sequelizeTypescript
}
