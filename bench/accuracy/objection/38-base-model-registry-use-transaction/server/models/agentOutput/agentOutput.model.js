const BaseModel = require('../base/baseModel')

class AgentOutput extends BaseModel {
  static get tableName() {
    return 'agent_outputs'
  }
}

module.exports = AgentOutput
