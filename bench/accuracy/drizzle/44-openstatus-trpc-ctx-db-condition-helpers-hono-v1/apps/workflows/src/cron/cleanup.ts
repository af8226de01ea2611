import { subDays } from "date-fns";

import { db, lte } from "@openstatus/db";
import { agentOutputs } from "@openstatus/db/src/schema";

export async function cleanupOutputs() {
  const cutoff = subDays(new Date(), 90);
  await db.delete(agentOutputs).where(lte(agentOutputs.createdAt, cutoff)); // expect: prunes [dz44k]
}
