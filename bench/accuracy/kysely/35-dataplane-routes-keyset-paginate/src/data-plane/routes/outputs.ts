import type { Database } from '../../db';
import { notArchivedClause } from '../../util/feed';

export default (db: Database) => ({
  async getLeadOutputs(req: { leadId: number }) {
    const { ref } = db.db.dynamic;
    const outputs = await db.db
      .selectFrom('agent_outputs')
      .selectAll()
      .where('lead_id', '=', req.leadId)
      .where(notArchivedClause(ref('agent_outputs.kind')))
      .orderBy('created_at', 'desc')
      .execute(); // expect: scans-all [ky35c] cross
    return { outputs };
  },

  async getLeadOutputsSince(req: { leadId: number; since: string }) {
    const { ref } = db.db.dynamic;
    const outputs = await db.db
      .selectFrom('agent_outputs')
      .selectAll()
      .where('lead_id', '=', req.leadId)
      .where(ref('agent_outputs.created_at'), '>=', req.since)
      .execute(); // expect: prunes [ky35d]
    return { outputs };
  },
});
