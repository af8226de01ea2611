export enum TableName {
  Lead = 'leads',
  AgentOutput = 'agent_outputs',
  Campaign = 'campaigns',
  Users = 'users',
}

export type TLeads = {
  id: string;
  user_id: string;
  campaign_id: string | null;
  company: string;
  email: string;
  status: string;
  created_at: Date;
};

export type TAgentOutputs = { id: string; lead_id: string; kind: string; body: string | null; created_at: Date };

export type TCampaigns = { id: string; user_id: string; name: string; archived: boolean };
