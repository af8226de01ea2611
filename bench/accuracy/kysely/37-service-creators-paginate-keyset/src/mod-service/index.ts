import type { Database } from '../db/index';
import { paginate, TimeIdKeyset } from '../db/pagination';

export type ModerationServiceCreator = (db: Database) => ModerationService;

export class ModerationService {
  constructor(public db: Database) {}

  static creator(): ModerationServiceCreator {
    return (db: Database) => new ModerationService(db);
  }

  async getLeads(opts: { userId: number; status?: string; createdAfter?: string; createdBefore?: string; limit: number; cursor?: string }) {
    const { userId, status, createdAfter, createdBefore, limit, cursor } = opts;
    const { ref } = this.db.db.dynamic;
    let builder = this.db.db.selectFrom('leads').selectAll().where('user_id', '=', userId);
    if (status) {
      builder = builder.where('status', '=', status);
    }
    if (createdAfter) {
      builder = builder.where('created_at', '>=', createdAfter);
    }
    if (createdBefore) {
      builder = builder.where('created_at', '<=', createdBefore);
    }
    const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
    const paginatedBuilder = paginate(builder, { limit, cursor, keyset });
    const result = await paginatedBuilder.execute(); // expect-also: [ky37a]
    return { cursor: keyset.pack(result.at(-1)), leads: result };
  }

  async getLead(id: number) {
    return this.db.db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst(); // expect-also: [ky37c]
  }

  async setLeadStatus(lead: { id: number; createdAt: Date }, status: string) {
    await this.db.db.updateTable('leads').set({ status }).where('id', '=', lead.id).where('created_at', '=', lead.createdAt).execute();
  }

  async deleteOutputsForLead(leadId: number) {
    await this.db.db.deleteFrom('agent_outputs').where('lead_id', '=', leadId).execute(); // expect-also: [ky37f]
  }
}
