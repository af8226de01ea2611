const BaseModel = require('./base')

class AgentOutput extends BaseModel {
  static get tableName () {
    return 'agent_outputs'
  }
}

module.exports = AgentOutput
