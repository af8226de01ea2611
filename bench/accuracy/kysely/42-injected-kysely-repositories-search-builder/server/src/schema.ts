import { Generated } from 'kysely';

export interface LeadTable {
  id: Generated<string>;
  user_id: string;
  campaign_id: string | null;
  company: string;
  email: string;
  status: Generated<string>;
  created_at: Date;
}

export interface AgentOutputTable {
  id: Generated<string>;
  lead_id: string;
  kind: string;
  body: string | null;
  created_at: Date;
}

export interface CampaignTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  archived: Generated<boolean>;
}

export interface DB {
  leads: LeadTable;
  agent_outputs: AgentOutputTable;
  campaigns: CampaignTable;
}
