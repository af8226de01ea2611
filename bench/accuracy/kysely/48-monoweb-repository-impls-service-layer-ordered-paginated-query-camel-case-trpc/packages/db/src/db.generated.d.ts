import type { ColumnType, Generated } from "kysely"

export type Timestamp = ColumnType<Date, Date | string, Date | string>

export interface Leads {
  id: Generated<string>
  userId: string
  campaignId: string | null
  company: string
  email: string
  status: Generated<string>
  createdAt: Timestamp
}

export interface AgentOutputs {
  id: Generated<string>
  leadId: string
  kind: string
  body: string | null
  createdAt: Timestamp
}

export interface Campaigns {
  id: Generated<string>
  userId: string
  name: string
  archived: Generated<boolean>
}

export interface DB {
  leads: Leads
  agentOutputs: AgentOutputs
  campaigns: Campaigns
}
