const { Model } = require('objection');
const { Timestamps } = require('../mixins');

class AgentOutput extends Timestamps(Model) {
  static get tableName() {
    return 'agent_outputs';
  }

  static get modifiers() {
    return {
      filterLeadId(query, value) {
        if (value) {
          query.where('lead_id', value);
        }
      },
      filterKind(query, value) {
        if (value) {
          query.where('kind', value);
        }
      },
      orderDescending(builder) {
        builder.orderBy('created_at', 'desc');
      },
    };
  }
}

module.exports = AgentOutput;
