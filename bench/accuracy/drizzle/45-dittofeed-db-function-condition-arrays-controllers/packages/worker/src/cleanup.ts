import { lt } from "drizzle-orm";

import { db } from "backend-lib/src/db";
import * as schema from "backend-lib/src/db/schema";

const RETENTION_DAYS = 90;

export async function cleanupOutputsActivity() {
  const cutoff = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000);
  await db().delete(schema.agentOutput).where(lt(schema.agentOutput.createdAt, cutoff)); // expect: prunes [dz45k]
}
