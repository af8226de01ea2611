const { Model } = require('objection');

class Outputs extends Model {
  static get tableName() {
    return 'agent_outputs';
  }

  $beforeInsert() {
    this.created_at = new Date().toISOString();
  }
}

module.exports = function () {
  return Outputs;
};
