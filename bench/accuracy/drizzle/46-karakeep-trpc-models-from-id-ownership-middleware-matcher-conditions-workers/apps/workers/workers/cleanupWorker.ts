import { lt } from 'drizzle-orm';
import { agentOutputs, db } from '@karakeep/db';

const RETENTION_DAYS = 90;

export async function runCleanup() {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
  await db.delete(agentOutputs).where(lt(agentOutputs.createdAt, cutoff)); // expect: prunes [dz46q]
}
