import { Sequelize } from 'sequelize'
import { AgentOutputModelInit } from './agentOutput'
import { CampaignModelInit } from './campaign'
import { LeadModelInit } from './lead'
import { relationsInit } from './relations'

const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'postgres://localhost/leads', { logging: false })

LeadModelInit(sequelize)
AgentOutputModelInit(sequelize)
CampaignModelInit(sequelize)
relationsInit()

export { sequelize }
