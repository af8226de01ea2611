import type { Knex } from 'knex';

export const LeadsTableName = 'leads';
export const AgentOutputsTableName = 'agent_outputs';
export const CampaignsTableName = 'campaigns';

export type DbLead = {
  id: number;
  user_id: number;
  campaign_id: number | null;
  company: string;
  email: string;
  status: string;
  created_at: Date;
};

export type LeadTable = Knex.CompositeTableType<DbLead, Omit<DbLead, 'id'>, Partial<Omit<DbLead, 'id'>>>;
