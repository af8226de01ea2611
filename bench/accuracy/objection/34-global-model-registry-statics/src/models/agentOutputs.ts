import { Model } from 'objection';
import { WIKI } from '../core/wiki';

export default class AgentOutput extends Model {
  id!: number;
  lead_id!: number;
  kind!: string;
  created_at!: string;

  static get tableName() {
    return 'agent_outputs';
  }

  static getHistory({ leadId, offsetPage = 0, offsetSize = 100 }: { leadId: number; offsetPage?: number; offsetSize?: number }) {
    return WIKI.models.agentOutputs
      .query()
      .column(['agent_outputs.id', 'agent_outputs.kind', 'agent_outputs.created_at'])
      .where({
        'agent_outputs.lead_id': leadId,
      })
      .orderBy('agent_outputs.created_at', 'desc')
      .page(offsetPage, offsetSize);
  }

  /** Drops outputs older than the retention period (ISO 8601 duration in days, e.g. P90D). */
  static async purge(olderThan: string) {
    const days = Number(/^P(\d+)D$/.exec(olderThan)?.[1] ?? 90);
    const olderThanISO = new Date(Date.now() - days * 86_400_000).toISOString();
    await WIKI.models.agentOutputs.query().where('created_at', '<', olderThanISO).del(); // expect: prunes [ob34e]
  }
}
