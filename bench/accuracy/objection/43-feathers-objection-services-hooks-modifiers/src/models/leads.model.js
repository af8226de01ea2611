// See https://vincit.github.io/objection.js/#models
// for more of what you can do here.
const { Model } = require('objection');

class Leads extends Model {
  static get tableName() {
    return 'leads';
  }

  static get modifiers() {
    return {
      ofUser(builder, userId) {
        builder.where('leads.user_id', userId);
      },
      createdSince(builder, since) {
        builder.where('leads.created_at', '>=', since);
      }
    };
  }

  static get relationMappings() {
    const Outputs = require('./outputs.model')();

    return {
      outputs: {
        relation: Model.HasManyRelation,
        modelClass: Outputs,
        join: {
          from: 'leads.id',
          to: 'agent_outputs.lead_id'
        }
      }
    };
  }
}

module.exports = function () {
  return Leads;
};
