import { AgentOutput } from './models/AgentOutput';
import { Lead } from './models/Lead';

export interface LeadQuery {
  userId: number;
  status?: string;
  since?: Date;
}

export class LeadRepository {
  search(query: LeadQuery) {
    return Lead.query()
      .skipUndefined()
      .where('user_id', query.userId)
      .where('status', query.status)
      .where('created_at', '>=', query.since as Date);
  }

  inWindow(from: Date, to: Date, status?: string) {
    return Lead.query()
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .modify((qb) => {
        if (status) qb.where('status', status);
      });
  }

  outputsOfKind(kind: string) {
    return AgentOutput.query().where({ kind }).orderBy('id', 'desc');
  }
}
