import type { Knex } from 'knex';

export class ReportRepository {
  constructor(private readonly knex: Knex) {}

  outputsPerCampaign(userId: number, since: Date) {
    return this.knex('leads as l')
      .join('agent_outputs as o', 'o.lead_id', 'l.id')
      .join('campaigns as c', function () {
        this.on('c.id', '=', 'l.campaign_id').andOn('c.user_id', '=', 'l.user_id');
      })
      .where('l.user_id', userId)
      .andWhere('l.created_at', '>=', since)
      .groupBy('c.name')
      .select('c.name')
      .count('o.id as outputs');
  }

  dailyCounts(userId: number, from: Date, to: Date) {
    return this.knex.raw(
      `select date_trunc('day', created_at) as day, count(*) as n
         from leads
        where user_id = ? and created_at >= ? and created_at < ?
        group by 1 order by 1`,
      [userId, from, to],
    );
  }

  outputsOfCampaign(campaignId: number, since: Date) {
    return this.knex('agent_outputs')
      .whereIn('lead_id', this.knex('leads').select('id').where('campaign_id', campaignId))
      .andWhere('created_at', '>=', since);
  }

  campaignsOf(userId: number) {
    return this.knex('campaigns').where({ user_id: userId, archived: false }).select('id', 'name');
  }
}
