import { subHours } from 'date-fns';
import type { Db } from './index';

const TABLE = 'agent_outputs';

export class AgentOutputStore {
  private db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async getForLead(leadId: number, hoursBack = 24) {
    return this.db(TABLE)
      .where('lead_id', leadId)
      .andWhere('created_at', '>=', subHours(new Date(), hoursBack)); // expect: prunes [kx47g]
  }

  async clearOutputs(hoursAgo: number): Promise<void> {
    await this.db(TABLE).where('created_at', '<=', subHours(new Date(), hoursAgo)).del(); // expect: prunes [kx47h]
  }

  async getLatest(leadId: number) {
    return this.db(TABLE).where({ lead_id: leadId }).orderBy('created_at', 'desc').first(); // expect: scans-all [kx47i]
  }

  async batchInsert(rows: { lead_id: number; kind: string; body: string }[]): Promise<void> {
    await this.db(TABLE).insert(rows.map((r) => ({ ...r, created_at: new Date() })));
  }
}
