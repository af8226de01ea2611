import type { Knex } from 'knex';
import type { TDbClient } from '../../db/instance';
import { TableName, type TAgentOutputs } from '../../db/schemas/models';
import { DatabaseError, ormify } from '../../lib/knex';

export type TAgentOutputDALFactory = ReturnType<typeof agentOutputDALFactory>;

const BATCH_SIZE = 10_000;
const RETENTION_DAYS = 90;

export const agentOutputDALFactory = (db: TDbClient) => {
  const agentOutputOrm = ormify<TAgentOutputs>(db, TableName.AgentOutput);

  const findByLeadSince = async (leadId: string, since: Date, tx?: Knex) => {
    try {
      const docs = await (tx || db.replicaNode())(TableName.AgentOutput)
        .where({ lead_id: leadId })
        .where('created_at', '>=', since)
        .orderBy('created_at', 'desc'); // expect: prunes [kx48j]
      return docs as TAgentOutputs[];
    } catch (error) {
      throw new DatabaseError({ error, name: 'Find by lead since' });
    }
  };

  // Deletes in batches so a large backlog does not hold one long lock.
  const pruneAgentOutputs = async (tx?: Knex) => {
    const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
    let deletedCount = 0;
    do {
      const idsToDelete = (tx || db)(TableName.AgentOutput).where('created_at', '<', cutoff).select('id').limit(BATCH_SIZE);
      deletedCount = await (tx || db)(TableName.AgentOutput).whereIn('id', idsToDelete).del(); // expect: scans-all [kx48h]
    } while (deletedCount > 0);
  };

  return { ...agentOutputOrm, findByLeadSince, pruneAgentOutputs };
};
