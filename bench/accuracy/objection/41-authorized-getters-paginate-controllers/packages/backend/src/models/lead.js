import Base from './base.js';
import AgentOutput from './agent-output.js';
import Campaign from './campaign.js';

class Lead extends Base {
  static tableName = 'leads';

  static relationMappings = () => ({
    outputs: {
      relation: Base.HasManyRelation,
      modelClass: AgentOutput,
      join: {
        from: 'leads.id',
        to: 'agent_outputs.lead_id',
      },
    },
    campaign: {
      relation: Base.BelongsToOneRelation,
      modelClass: Campaign,
      join: {
        from: 'leads.campaign_id',
        to: 'campaigns.id',
      },
    },
  });

  async updateStatus(status) {
    return await this.$query().patchAndFetch({ status }); // expect: scans-all [ob41d]
  }
}

export default Lead;
