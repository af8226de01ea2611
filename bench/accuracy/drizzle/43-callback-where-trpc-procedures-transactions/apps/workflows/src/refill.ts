import { createConnection, lt, schema } from '@unkey/db';

type Env = { DATABASE_URL: string };

// Scheduled daily: outputs older than the retention window are dropped.
export async function purgeOutputs(env: Env): Promise<void> {
  const db = createConnection(env.DATABASE_URL);
  const cutoff = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
  await db.delete(schema.agentOutputs).where(lt(schema.agentOutputs.createdAt, cutoff)); // expect: prunes [dz43l]
}
