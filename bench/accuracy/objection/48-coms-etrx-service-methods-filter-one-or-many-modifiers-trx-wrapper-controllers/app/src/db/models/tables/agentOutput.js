const { Model } = require('objection');

const { filterOneOrMany } = require('../utils');

class AgentOutput extends Model {
  static get tableName() {
    return 'agent_outputs';
  }

  static get idColumn() {
    return ['id', 'created_at'];
  }

  static get relationMappings() {
    const Lead = require('./lead');

    return {
      lead: {
        relation: Model.BelongsToOneRelation,
        modelClass: Lead,
        join: { from: 'agent_outputs.lead_id', to: 'leads.id' }
      }
    };
  }

  static get modifiers() {
    return {
      filterId(query, value) {
        filterOneOrMany(query, value, 'agent_outputs.id');
      },
      filterLeadId(query, value) {
        filterOneOrMany(query, value, 'agent_outputs.lead_id');
      },
      filterKind(query, value) {
        filterOneOrMany(query, value, 'agent_outputs.kind');
      },
      filterCreatedSince(query, value) {
        if (value) query.where('agent_outputs.created_at', '>=', value);
      },
      orderByNewest(query) {
        query.orderBy('agent_outputs.created_at', 'desc');
      }
    };
  }
}

module.exports = AgentOutput;
