import { and, desc, gte, inArray } from '../../db';
import { agentOutputs } from '../../db/schema';
import type { DB } from '../context';

const OUTPUT_COLUMNS = {
  id: agentOutputs.id,
  leadId: agentOutputs.leadId,
  kind: agentOutputs.kind,
  createdAt: agentOutputs.createdAt,
};

// An output is in the window when it was written on or after `since`.
function withinWindow(since: Date | undefined) {
  return since ? gte(agentOutputs.createdAt, since) : undefined;
}

export function outputsForLeads(db: DB, leadIds: number[], since?: Date) {
  return db
    .select(OUTPUT_COLUMNS)
    .from(agentOutputs)
    .where(and(inArray(agentOutputs.leadId, leadIds), withinWindow(since)))
    .orderBy(desc(agentOutputs.createdAt));
}
