import { lt } from 'drizzle-orm';
import type { Database } from '../app/database/database';
import { agentOutputs } from '../app/database/database.schema';

export async function purgeExpiredOutputs({ db, retentionDays = 30 }: { db: Database; retentionDays?: number }) {
  const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
  await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, cutoff)); // expect: prunes [dz40g]
}
