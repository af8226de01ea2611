const { Op } = require('sequelize')

const RETENTION_DAYS = 90

module.exports = {
  name: 'expireOutputs',
  startup: false,
  schedule: '15 3 * * *',
  run: async function (app) {
    const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000)
    await app.db.models.AgentOutput.destroy({ where: { createdAt: { [Op.lt]: cutoff } } }) // expect: prunes [sq44g]
  }
}
