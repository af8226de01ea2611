import type { Repository } from 'typeorm';
import type { MiAgentOutput } from './AgentOutput';
import type { MiCampaign } from './Campaign';
import type { MiLead } from './Lead';

export type LeadsRepository = Repository<MiLead>;
export type AgentOutputsRepository = Repository<MiAgentOutput>;
export type CampaignsRepository = Repository<MiCampaign>;
