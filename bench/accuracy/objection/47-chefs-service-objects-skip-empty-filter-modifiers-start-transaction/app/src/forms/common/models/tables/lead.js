const { Model } = require('objection');
const { Timestamps } = require('../mixins');

class Lead extends Timestamps(Model) {
  static get tableName() {
    return 'leads';
  }

  static get relationMappings() {
    const AgentOutput = require('./agentOutput');
    const Campaign = require('./campaign');
    return {
      outputs: { relation: Model.HasManyRelation, modelClass: AgentOutput, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },
      campaign: { relation: Model.BelongsToOneRelation, modelClass: Campaign, join: { from: 'leads.campaign_id', to: 'campaigns.id' } },
    };
  }

  // Every filter is skipped when its value is empty, so the request decides which conditions apply.
  static get modifiers() {
    return {
      filterUserId(query, value) {
        if (value) {
          query.where('leads.user_id', value);
        }
      },
      filterStatus(query, value) {
        if (value) {
          query.where('leads.status', value);
        }
      },
      filterEmail(query, value) {
        if (value) {
          query.where('leads.email', 'ilike', value);
        }
      },
      filterCreatedAt(query, minDate, maxDate) {
        if (minDate && maxDate) {
          query.whereBetween('leads.created_at', [minDate, maxDate]);
        } else if (minDate) {
          query.where('leads.created_at', '>=', minDate);
        } else if (maxDate) {
          query.where('leads.created_at', '<=', maxDate);
        }
      },
      orderDefault(builder) {
        builder.orderBy('leads.created_at', 'DESC');
      },
    };
  }
}

module.exports = Lead;
