import type { Db } from './db-config';

const TABLE = 'agent_outputs';

export class AgentOutputStore {
  constructor(private db: Db) {}

  async getForLead(leadId: number) {
    return this.db.select(['id', 'kind', 'body', 'created_at']).from(TABLE).where('lead_id', leadId).orderBy('created_at', 'desc'); // expect-also: [kx38e]
  }

  /** How many outputs are past the retention, by the database clock (shown before a cleanup). */
  async countOlderThan(days: number): Promise<number> {
    const [row] = await this.db(TABLE)
      .count('* as count')
      .where('created_at', '<=', this.db.raw("now() - (? || ' days')::interval", [String(days)])); // expect: prunes [kx38f]
    return Number(row?.count ?? 0);
  }
}
