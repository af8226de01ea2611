import type { ColumnType, Generated } from 'kysely';

export interface LeadsTable {
  id: Generated<number>;
  user_id: number;
  campaign_id: number | null;
  company: string;
  email: string;
  status: string;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface AgentOutputsTable {
  id: Generated<number>;
  lead_id: number;
  kind: string;
  body: string | null;
  created_at: ColumnType<Date, Date | string, never>;
}

export interface CampaignsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  archived: boolean;
}

export interface DB {
  leads: LeadsTable;
  agent_outputs: AgentOutputsTable;
  campaigns: CampaignsTable;
}
