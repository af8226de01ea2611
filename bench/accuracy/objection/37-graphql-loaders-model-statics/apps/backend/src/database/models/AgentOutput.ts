import { Model } from '../util/model';

export class AgentOutput extends Model {
  static override tableName = 'agent_outputs';

  leadId!: string;
  kind!: string;
  body!: string | null;

  static getRecentForLead(leadId: string, since: Date) {
    return AgentOutput.query().where({ lead_id: leadId }).where('created_at', '>=', since).orderBy('created_at', 'desc');
  }
}
