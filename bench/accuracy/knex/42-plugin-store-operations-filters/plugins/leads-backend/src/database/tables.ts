export type DbLeadRow = {
  id: number;
  user_id: number;
  campaign_id: number | null;
  company: string;
  email: string;
  status: string;
  created_at: Date;
};

export type DbAgentOutputRow = {
  id: number;
  lead_id: number;
  kind: string;
  body: string | null;
  created_at: Date;
};

export type DbCampaignRow = {
  id: number;
  user_id: number;
  name: string;
  archived: boolean;
};

export type Page = { limit: number; offset: number };
export type TimeWindow = { start: Date; end: Date };
