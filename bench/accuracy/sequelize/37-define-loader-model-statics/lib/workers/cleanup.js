'use strict'
const models = require('../models')

const RETENTION_DAYS = 14

function cleanOutputs () {
  return models.AgentOutput.deleteExpired(RETENTION_DAYS).then(function (count) { // expect: prunes [sq37d] cross
    return count
  })
}

setInterval(cleanOutputs, 3600 * 1000)

module.exports = { cleanOutputs }
