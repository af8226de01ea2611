import { kysely } from "@dotkomonline/db"
import { createServiceLayer } from "../modules/core"

const RETENTION_DAYS = 180

// Scheduled nightly by the infrastructure's cron lambda.
export const handler = async () => {
  const { campaignService } = await createServiceLayer({ db: kysely })
  const olderThan = new Date(Date.now() - RETENTION_DAYS * 24 * 60 * 60 * 1000)
  const deleted = await campaignService.pruneOutputs(olderThan)
  return { deleted: Number(deleted) }
}
