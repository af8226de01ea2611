import { Model } from 'objection';
import { WIKI } from '../core/wiki';
import AgentOutput from './agentOutputs';

export default class Lead extends Model {
  id!: number;
  user_id!: number;
  email!: string;
  company!: string;
  status!: string;
  created_at!: string;

  static get tableName() {
    return 'leads';
  }

  static get relationMappings() {
    return {
      outputs: {
        relation: Model.HasManyRelation,
        modelClass: AgentOutput,
        join: { from: 'leads.id', to: 'agent_outputs.lead_id' },
      },
    };
  }

  /** By id, or by e-mail within its creation instant (the form the import links use). */
  static async getLeadFromDb(opts: number | { email: string; createdAt: string }) {
    return WIKI.models.leads
      .query()
      .column(['leads.id', 'leads.email', 'leads.company', 'leads.status', 'leads.created_at'])
      .where(
        typeof opts === 'number'
          ? { 'leads.id': opts }
          : {
              'leads.email': opts.email,
              'leads.created_at': opts.createdAt,
            },
      )
      .first(); // expect-also: [ob34a]
  }

  static async updateLead(opts: { id: number; status: string }) {
    await WIKI.models.leads
      .query()
      .patch({ status: opts.status })
      .where('id', opts.id); // expect: scans-all [ob34f]
  }
}
