import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { DbAgentOutputRow, DbCampaignRow, DbLeadRow, Page, TimeWindow } from './tables';
import { applyPagination, applyTimeWindow, leadsWithCampaign } from './util';

export class DatabaseLeadStore {
  static async create(options: { database: DatabaseService }): Promise<DatabaseLeadStore> {
    const client = await options.database.getClient();
    return new DatabaseLeadStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async getLead(id: number) {
    const row = await leadsWithCampaign(this.db).where('leads.id', id).first(); // expect: scans-all [kx42a] cross
    if (!row) {
      throw new Error(`No lead with id ${id}`);
    }
    return row;
  }

  async listLeadsForUser(userId: number, page: Page): Promise<DbLeadRow[]> {
    const query = this.db<DbLeadRow>('leads').where('user_id', userId);
    return await applyPagination(query, page); // expect: scans-all [kx42b] cross
  }

  async listLeadsInWindow(userId: number, window: TimeWindow): Promise<DbLeadRow[]> {
    const query = this.db<DbLeadRow>('leads').where('leads.user_id', userId);
    return await applyTimeWindow(query, window).orderBy('leads.created_at', 'desc'); // expect: prunes [kx42c] cross
  }

  async countByStatus(userId: number, window: TimeWindow) {
    const query = this.db<DbLeadRow>('leads').where('leads.user_id', userId);
    applyTimeWindow(query, window);
    return await query.select('status').count({ count: '*' }).groupBy('status'); // expect: prunes [kx42d] cross
  }

  async findLeadByEmail(email: string): Promise<DbLeadRow | undefined> {
    return await this.db<DbLeadRow>('leads').where({ email }).first(); // expect: scans-all [kx42i]
  }

  async updateLeadStatus(options: { id: number; createdAt: Date; status: string }): Promise<void> {
    await this.db.transaction(async tx => {
      await tx<DbLeadRow>('leads')
        .where({ id: options.id, created_at: options.createdAt })
        .update({ status: options.status }); // expect: prunes [kx42e]
    });
  }

  async deleteOutputsForLead(leadId: number): Promise<void> {
    await this.db<DbAgentOutputRow>('agent_outputs').where({ lead_id: leadId }).delete(); // expect: scans-all [kx42f]
  }

  async listCampaigns(userId: number): Promise<DbCampaignRow[]> {
    return await this.db<DbCampaignRow>('campaigns').where({ user_id: userId, archived: false }).orderBy('name'); // expect: prunes [kx42h]
  }

  get client(): Knex {
    return this.db;
  }
}
