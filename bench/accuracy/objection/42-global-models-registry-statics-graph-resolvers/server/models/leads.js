const Model = require('objection').Model

/* global WIKI */

/**
 * Leads model
 */
module.exports = class Lead extends Model {
  static get tableName () { return 'leads' }

  static get relationMappings () {
    return {
      campaign: {
        relation: Model.BelongsToOneRelation,
        modelClass: require('./campaigns'),
        join: {
          from: 'leads.campaign_id',
          to: 'campaigns.id'
        }
      },
      outputs: {
        relation: Model.HasManyRelation,
        modelClass: require('./agentOutputs'),
        join: {
          from: 'leads.id',
          to: 'agent_outputs.lead_id'
        }
      }
    }
  }

  $beforeInsert () {
    this.created_at = new Date().toISOString()
  }

  /**
   * Leads owned by a user, for the resolvers to refine.
   */
  static forUser (userId) {
    return WIKI.models.leads.query().where('leads.user_id', userId)
  }

  static async getLead (id) {
    return WIKI.models.leads.query()
      .column([
        'leads.*',
        {
          campaignName: 'campaign.name'
        }
      ])
      .joinRelated('campaign')
      .where('leads.id', id)
      .first() // expect: scans-all [ob42a]
  }

  static async updateLead (opts) {
    await WIKI.models.leads.query().patch({
      status: opts.status
    }).where({
      id: opts.id,
      created_at: opts.createdAt
    }) // expect: prunes [ob42b]
  }

  static async deleteLead (opts) {
    await WIKI.models.agentOutputs.query().delete().where('lead_id', opts.id) // expect: scans-all [ob42c]
    await WIKI.models.leads.query().delete().where('id', opts.id) // expect: scans-all [ob42d]
  }

  static async getStats (userId, since) {
    return this.forUser(userId)
      .where('leads.created_at', '>=', since)
      .select('leads.status')
      .count('* as count')
      .groupBy('leads.status') // expect: prunes [ob42e] cross
  }
}
