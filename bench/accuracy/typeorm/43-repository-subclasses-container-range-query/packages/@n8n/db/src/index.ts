export { Lead } from './entities/lead';
export { AgentOutput } from './entities/agent-output';
export { Campaign } from './entities/campaign';
export { LeadRepository } from './repositories/lead.repository';
export type { LeadSummaries } from './repositories/lead.repository';
export { AgentOutputRepository } from './repositories/agent-output.repository';
export { CampaignRepository } from './repositories/campaign.repository';
