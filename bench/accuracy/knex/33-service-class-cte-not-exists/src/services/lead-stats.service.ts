import type { Knex } from 'knex';
import { getKnex } from '../lib/knex';

export class LeadStatsService {
  private readonly db: Knex = getKnex();

  recentCompanies(userId: number, since: Date) {
    return this.db
      .with('recent', (qb) => qb.select('company').from('leads').where('user_id', userId).andWhere('created_at', '>=', since))
      .select('company')
      .count('* as n')
      .from('recent')
      .groupBy('company');
  }

  leadsWithoutOutputs(userId: number, since: Date) {
    return this.db('leads')
      .where('user_id', userId)
      .andWhere('created_at', '>=', since)
      .whereNotExists(function () {
        this.select(1).from('agent_outputs').whereRaw('agent_outputs.lead_id = leads.id');
      });
  }

  markSeen(ids: number[]) {
    return this.db('leads').whereIn('id', ids).update({ status: 'seen' });
  }

  campaignNames(userId: number) {
    return this.db('campaigns').select('name').where('user_id', userId).andWhere('archived', false);
  }
}
