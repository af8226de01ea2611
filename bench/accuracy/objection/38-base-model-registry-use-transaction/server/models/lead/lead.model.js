const BaseModel = require('../base/baseModel')

class Lead extends BaseModel {
  static get tableName() {
    return 'leads'
  }

  static get relationMappings() {
    // eslint-disable-next-line global-require
    const AgentOutput = require('../agentOutput/agentOutput.model')

    return {
      outputs: {
        relation: BaseModel.HasManyRelation,
        modelClass: AgentOutput,
        join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
      },
    }
  }

  async getRecentOutputs(days) {
    const cutoff = new Date(Date.now() - days * 86400000)
    return this.$relatedQuery('outputs').where('created_at', '>=', cutoff).orderBy('created_at', 'desc')
  }

  static async getLeadsForUser(userId, { status } = {}) {
    return Lead.query()
      .where({ user_id: userId })
      .modify(query => {
        if (status) query.where({ status })
      })
      .orderBy('created_at', 'desc') // expect-also: [ob38c]
  }
}

module.exports = Lead
