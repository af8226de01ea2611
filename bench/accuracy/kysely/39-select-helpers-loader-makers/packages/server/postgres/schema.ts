import type { ColumnType, Generated } from 'kysely';

export interface LeadTable {
  id: Generated<number>;
  user_id: number;
  campaign_id: number | null;
  company: string;
  email: string;
  status: string;
  created_at: ColumnType<Date, Date | string, Date | string>;
}

export interface AgentOutputTable {
  id: Generated<number>;
  lead_id: number;
  kind: string;
  body: string | null;
  created_at: ColumnType<Date, Date | string, Date | string>;
}

export interface CampaignTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  archived: boolean;
}

export interface DatabaseSchemaType {
  leads: LeadTable;
  agent_outputs: AgentOutputTable;
  campaigns: CampaignTable;
}
