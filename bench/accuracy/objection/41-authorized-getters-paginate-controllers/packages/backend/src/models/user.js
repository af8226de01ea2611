import Base from './base.js';
import AgentOutput from './agent-output.js';
import Campaign from './campaign.js';
import Lead from './lead.js';
import userAbility from '../helpers/user-ability.js';
import NotAuthorizedError from '../errors/not-authorized.js';

class User extends Base {
  static tableName = 'users';

  static relationMappings = () => ({
    leads: {
      relation: Base.HasManyRelation,
      modelClass: Lead,
      join: {
        from: 'users.id',
        to: 'leads.user_id',
      },
    },
    campaigns: {
      relation: Base.HasManyRelation,
      modelClass: Campaign,
      join: {
        from: 'users.id',
        to: 'campaigns.user_id',
      },
    },
  });

  get authorizedLeads() {
    const conditions = this.can('read', 'Lead');
    return conditions.isCreator ? this.$relatedQuery('leads') : Lead.query();
  }

  get ability() {
    return userAbility(this);
  }

  can(action, subject) {
    const can = this.ability.can(action, subject);

    if (!can) throw new NotAuthorizedError('The user is not authorized!');

    const relevantRule = this.ability.relevantRuleFor(action, subject);
    const conditions = relevantRule?.conditions || [];

    return Object.fromEntries(conditions.map((condition) => [condition, true]));
  }

  async softRemoveAssociations() {
    const leadIds = (await this.$relatedQuery('leads').select('leads.id')).map((lead) => lead.id); // expect: scans-all [ob41h]

    await AgentOutput.query().delete().whereIn('lead_id', leadIds); // expect: scans-all [ob41i]
  }
}

export default User;
