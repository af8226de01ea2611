'use strict'

const BaseModel = require('./base.model')

const DAY = 24 * 60 * 60 * 1000

class AgentOutputModel extends BaseModel {
  static get tableName () {
    return 'agent_outputs'
  }

  static get modifiers () {
    return {
      createdSince (query, since) {
        query.where('agent_outputs.created_at', '>=', since)
      },
      recent (query) {
        query.where('agent_outputs.created_at', '>=', new Date(Date.now() - 7 * DAY))
      },
      olderThan (query, cutoff) {
        query.where('agent_outputs.created_at', '<', cutoff)
      }
    }
  }
}

module.exports = AgentOutputModel
