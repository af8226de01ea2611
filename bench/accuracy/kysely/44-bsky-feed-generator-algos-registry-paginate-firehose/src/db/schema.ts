export type DatabaseSchema = {
  leads: Lead
  agent_outputs: AgentOutput
  campaigns: Campaign
  users: User
}

export type Lead = {
  id: number
  user_id: number
  campaign_id: number | null
  company: string
  email: string
  status: string
  created_at: Date
}

export type AgentOutput = {
  id: number
  lead_id: number
  kind: string
  body: string | null
  created_at: Date
}

export type Campaign = {
  id: number
  user_id: number
  name: string
  archived: boolean
}

export type User = {
  id: number
  email: string
  created_at: Date
}
