import type { ColumnType, Generated } from 'kysely';

/** Column and table names as the application sees them; CamelCasePlugin maps them to snake_case. */
export interface LeadsTable {
  id: Generated<number>;
  userId: number;
  campaignId: number | null;
  company: string;
  email: string;
  status: string;
  createdAt: ColumnType<Date, Date | string, never>;
}

export interface AgentOutputsTable {
  id: Generated<number>;
  leadId: number;
  kind: string;
  body: string | null;
  createdAt: ColumnType<Date, Date | string, never>;
}

export interface CampaignsTable {
  id: Generated<number>;
  userId: number;
  name: string;
  archived: boolean;
}

export interface DB {
  leads: LeadsTable;
  agentOutputs: AgentOutputsTable;
  campaigns: CampaignsTable;
}
