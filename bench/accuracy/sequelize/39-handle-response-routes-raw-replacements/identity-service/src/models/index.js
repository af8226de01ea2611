'use strict'
const Sequelize = require('sequelize')

const sequelize = new Sequelize(process.env.dbUrl, { logging: false, dialect: 'postgres' })

const db = {
  Lead: require('./lead')(sequelize, Sequelize.DataTypes),
  AgentOutput: require('./agentOutput')(sequelize, Sequelize.DataTypes),
  Campaign: require('./campaign')(sequelize, Sequelize.DataTypes)
}

Object.keys(db).forEach(modelName => {
  if (db[modelName].associate) {
    db[modelName].associate(db)
  }
})

db.sequelize = sequelize
db.Sequelize = Sequelize

module.exports = db
