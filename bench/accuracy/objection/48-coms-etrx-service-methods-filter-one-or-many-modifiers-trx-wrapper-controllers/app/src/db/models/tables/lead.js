const { Model } = require('objection');

const { filterOneOrMany, filterILike } = require('../utils');

class Lead extends Model {
  static get tableName() {
    return 'leads';
  }

  // The primary key of a partitioned table carries its partition key.
  static get idColumn() {
    return ['id', 'created_at'];
  }

  static get relationMappings() {
    const AgentOutput = require('./agentOutput');
    const Campaign = require('./campaign');

    return {
      outputs: {
        relation: Model.HasManyRelation,
        modelClass: AgentOutput,
        join: { from: 'leads.id', to: 'agent_outputs.lead_id' }
      },
      campaign: {
        relation: Model.BelongsToOneRelation,
        modelClass: Campaign,
        join: { from: 'leads.campaign_id', to: 'campaigns.id' }
      }
    };
  }

  static get modifiers() {
    return {
      filterIds(query, value) {
        filterOneOrMany(query, value, 'leads.id');
      },
      filterUserId(query, value) {
        filterOneOrMany(query, value, 'leads.user_id');
      },
      filterCampaignIds(query, value) {
        filterOneOrMany(query, value, 'leads.campaign_id');
      },
      filterCompany(query, value) {
        filterILike(query, value, 'leads.company');
      },
      filterStatus(query, value) {
        filterOneOrMany(query, value, 'leads.status');
      },
      filterCreatedRange(query, from, to) {
        if (from) query.where('leads.created_at', '>=', from);
        if (to) query.where('leads.created_at', '<', to);
      },
      pagination(query, page, limit) {
        if (page && limit) query.page(page - 1, limit);
      },
      sortOrder(query, column, order = 'asc') {
        if (column) query.orderBy(column, order);
      }
    };
  }
}

module.exports = Lead;
