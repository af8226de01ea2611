import type { Kysely } from 'kysely';
import kysely, { type KyselyDatabase } from '@calcom/kysely';

export type InsightsLeadServiceOptions = { userId: number; startDate: Date; endDate: Date };

export class InsightsLeadService {
  constructor(
    private readonly db: Kysely<KyselyDatabase>,
    private readonly options: InsightsLeadServiceOptions
  ) {}

  private baseQuery() {
    return this.db
      .selectFrom('leads')
      .where('leads.user_id', '=', this.options.userId)
      .where('leads.created_at', '>=', this.options.startDate)
      .where('leads.created_at', '<=', this.options.endDate);
  }

  async getStatusCounts() {
    return this.baseQuery()
      .select(['leads.status', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('leads.status')
      .execute(); // expect: prunes [ky45k] cross
  }

  async getOutputsCount() {
    const row = await this.db
      .selectFrom('agent_outputs')
      .where('agent_outputs.lead_id', 'in', this.baseQuery().select('leads.id'))
      .where('agent_outputs.created_at', '>=', this.options.startDate)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirst(); // expect: prunes [ky45l] cross
    return Number(row?.count ?? 0);
  }
}

export const getInsightsLeadService = (options: InsightsLeadServiceOptions) => new InsightsLeadService(kysely, options);
