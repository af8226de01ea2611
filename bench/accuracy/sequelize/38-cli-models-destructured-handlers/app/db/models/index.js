import Sequelize, { DataTypes } from 'sequelize'
import defineAgentOutput from './agent_output.js'
import defineCampaign from './campaign.js'
import defineLead from './lead.js'

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false })

const db = {}
for (const define of [defineLead, defineAgentOutput, defineCampaign]) {
  const model = define(sequelize, DataTypes)
  db[model.name] = model
}

Object.keys(db).forEach((modelName) => {
  if (db[modelName].associate) {
    db[modelName].associate(db)
  }
})

db.sequelize = sequelize
db.Sequelize = Sequelize

export default db
