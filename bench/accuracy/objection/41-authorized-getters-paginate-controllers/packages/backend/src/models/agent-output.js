import Base from './base.js';
import Lead from './lead.js';

class AgentOutput extends Base {
  static tableName = 'agent_outputs';

  static relationMappings = () => ({
    lead: {
      relation: Base.BelongsToOneRelation,
      modelClass: Lead,
      join: {
        from: 'agent_outputs.lead_id',
        to: 'leads.id',
      },
    },
  });
}

export default AgentOutput;
