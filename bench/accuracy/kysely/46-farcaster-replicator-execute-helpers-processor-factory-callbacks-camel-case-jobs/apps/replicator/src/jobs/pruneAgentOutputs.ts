import { execute, type DB } from '../db';

const RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

export async function pruneAgentOutputs(db: DB) {
  const result = await execute(db.deleteFrom('agentOutputs').where('createdAt', '<', new Date(Date.now() - RETENTION_MS))); // expect: prunes [ky46l] cross
  return result;
}
