export enum TableName {
  Lead = 'leads',
  AgentOutput = 'agent_outputs',
  Campaign = 'campaigns',
}

export type TLeads = { id: number; user_id: number; campaign_id: number | null; company: string; email: string; status: string; created_at: Date };
export type TAgentOutputs = { id: number; lead_id: number; kind: string; body: string | null; created_at: Date };
