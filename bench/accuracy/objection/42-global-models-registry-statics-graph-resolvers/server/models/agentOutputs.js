const Model = require('objection').Model
const moment = require('moment')

/* global WIKI */

/**
 * Agent outputs model
 */
module.exports = class AgentOutput extends Model {
  static get tableName () { return 'agent_outputs' }

  static get relationMappings () {
    return {
      lead: {
        relation: Model.BelongsToOneRelation,
        modelClass: require('./leads'),
        join: {
          from: 'agent_outputs.lead_id',
          to: 'leads.id'
        }
      }
    }
  }

  static async getHistory ({ leadId, since, offsetPage = 0, offsetSize = 100 }) {
    const history = await WIKI.models.agentOutputs.query()
      .column([
        'agent_outputs.id',
        'agent_outputs.kind',
        'agent_outputs.created_at'
      ])
      .where({
        'agent_outputs.lead_id': leadId
      })
      .andWhere('agent_outputs.created_at', '>=', since)
      .orderBy('agent_outputs.created_at', 'desc')
      .page(offsetPage, offsetSize) // expect: prunes [ob42f]

    return {
      trail: history.results,
      total: history.total
    }
  }

  static async purge (olderThan) {
    const dateThreshold = moment().subtract(moment.duration(olderThan)).toISOString()
    await WIKI.models.agentOutputs.query().del().where('created_at', '<', dateThreshold) // expect: prunes [ob42g]
  }
}
