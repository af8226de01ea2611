import type { Database } from "@dotkomonline/db"
import type { Kysely } from "kysely"
import { AgentOutputRepositoryImpl } from "./agent-output/agent-output-repository"
import { CampaignRepositoryImpl } from "./campaign/campaign-repository"
import { CampaignServiceImpl } from "./campaign/campaign-service"
import { LeadRepositoryImpl } from "./lead/lead-repository"
import { LeadServiceImpl } from "./lead/lead-service"

export type ServiceLayer = Awaited<ReturnType<typeof createServiceLayer>>

export interface ServerLayerOptions {
  db: Kysely<Database>
}

export const createServiceLayer = async ({ db }: ServerLayerOptions) => {
  const leadRepository = new LeadRepositoryImpl(db)
  const agentOutputRepository = new AgentOutputRepositoryImpl(db)
  const campaignRepository = new CampaignRepositoryImpl(db)

  const leadService = new LeadServiceImpl(leadRepository, agentOutputRepository)
  const campaignService = new CampaignServiceImpl(campaignRepository, leadRepository, agentOutputRepository)

  return {
    leadService,
    campaignService,
    agentOutputRepository,
  }
}
