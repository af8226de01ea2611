'use strict'

const AgentOutputModel = require('../models/agent-output.model')

const DAY = 24 * 60 * 60 * 1000

async function go () {
  const cutoff = new Date(Date.now() - 90 * DAY)

  return AgentOutputModel.query().delete().modify('olderThan', cutoff) // expect: prunes [ob44i] cross
}

module.exports = { go }
