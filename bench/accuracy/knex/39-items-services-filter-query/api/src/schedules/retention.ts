import getDatabase from '../database/index';

const RETENTION_DAYS = 90;

/** Removes agent outputs older than the retention window; run by the scheduler every night. */
export async function cleanAgentOutputs(): Promise<number> {
  const database = getDatabase();
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 86_400_000);
  return database('agent_outputs').where('created_at', '<', cutoff).delete(); // expect: prunes [kx39f]
}
