import type { Database } from '../../db';
import { afterCursor, paginate, TimeIdKeyset } from '../../db/pagination';
import { getLeadDateThreshold } from '../../util/feed';

type Req = { userId: number; limit?: number; cursor?: string; status?: string; from?: string };

export default (db: Database) => ({
  async getUserLeads(req: Req) {
    const { userId, limit, cursor, status } = req;
    const { ref } = db.db.dynamic;

    let builder = db.db.selectFrom('leads').selectAll('leads').where('leads.user_id', '=', userId);
    if (status) {
      builder = builder.where('leads.status', '=', status);
    }

    const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
    builder = paginate(builder, { limit, cursor, keyset });

    const leads = await builder.execute(); // expect: scans-all [ky35a] cross
    return { leads, cursor: leads.at(-1) ? `${leads.at(-1)!.created_at.getTime()}::${leads.at(-1)!.id}` : undefined };
  },

  async getTimeline(req: Req) {
    const { userId, limit, cursor, from } = req;
    const { ref } = db.db.dynamic;

    let builder = db.db
      .selectFrom('leads')
      .selectAll('leads')
      .where('leads.user_id', '=', userId)
      .where(ref('leads.created_at'), '>', getLeadDateThreshold(from));

    const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
    builder = paginate(builder, { limit, cursor, keyset });

    return { leads: await builder.execute() }; // expect: prunes [ky35b] cross
  },

  async getNextPage(req: Req & { cursor: string }) {
    const { ref } = db.db.dynamic;
    const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
    const builder = afterCursor(db.db.selectFrom('leads').selectAll('leads').where('leads.user_id', '=', req.userId).limit(50), keyset, req.cursor, true);
    return { leads: await builder.execute() }; // expect: prunes [ky35e] cross
  },

  async getNextPageCompact(req: Req & { cursor: string }) {
    const { ref } = db.db.dynamic;
    const keyset = new TimeIdKeyset(ref('leads.created_at'), ref('leads.id'));
    const builder = afterCursor(db.db.selectFrom('leads').selectAll('leads').where('leads.user_id', '=', req.userId).limit(50), keyset, req.cursor);
    return { leads: await builder.execute() }; // expect: scans-all [ky35f] cross
  },
});
