import { and, eq, inArray } from 'drizzle-orm';
import type { LobeChatDatabase } from '../core/db';
import { agentOutputs } from '../schemas/lead';

export class AgentOutputModel {
  private userId: string;
  private db: LobeChatDatabase;

  constructor(db: LobeChatDatabase, userId: string) {
    this.userId = userId;
    this.db = db;
  }

  deleteByLeadId = async (leadId: number) => {
    return this.db.delete(agentOutputs).where(eq(agentOutputs.leadId, leadId)); // expect-also: [dz38f]
  };

  deleteByIds = async (leadId: number, ids: number[]) => {
    return this.db.delete(agentOutputs).where(and(eq(agentOutputs.leadId, leadId), inArray(agentOutputs.id, ids))); // expect: scans-all [dz38k]
  };
}
