import { logger } from "@langfuse/shared";
import { kyselyPrisma } from "@langfuse/shared/src/db";

export const processDataRetention = async (userId: number, retentionDays: number) => {
  const cutoff = new Date(Date.now() - retentionDays * 24 * 60 * 60 * 1000);
  logger.info(`[Data Retention] Deleting leads older than ${retentionDays} days for user ${userId}`);

  const result = await kyselyPrisma.$kysely
    .deleteFrom("leads")
    .where("user_id", "=", userId)
    .where("created_at", "<", cutoff)
    .executeTakeFirst(); // expect: prunes [ky41h]

  logger.info(`[Data Retention] Deleted ${result.numDeletedRows} leads for user ${userId}`);
};
