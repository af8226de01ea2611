'use strict'
// external modules
const fs = require('fs')
const path = require('path')
const Sequelize = require('sequelize')

const dbconfig = { dialect: 'postgres', logging: false }
const sequelize = new Sequelize(process.env.CMD_DB_URL, dbconfig)

const db = {}

fs.readdirSync(__dirname)
  .filter(function (file) {
    return (file.indexOf('.') !== 0) && (file !== 'index.js')
  })
  .forEach(function (file) {
    const model = require(path.join(__dirname, file))(sequelize, Sequelize.DataTypes)
    db[model.name] = model
  })

Object.keys(db).forEach(function (modelName) {
  if ('associate' in db[modelName]) {
    db[modelName].associate(db)
  }
})

db.sequelize = sequelize
db.Sequelize = Sequelize

module.exports = db
