export type TableName = 'leads' | 'agent_outputs' | 'campaigns' | 'users'

export interface Lead {
  id: string
  userId: string
  campaignId: string | null
  company: string
  email: string
  status: string
  createdAt: Date
}

export interface AgentOutput {
  id: string
  leadId: string
  kind: string
  body: string | null
  createdAt: Date
}

export interface Campaign {
  id: string
  userId: string
  name: string
  archived: boolean
}

export interface Viewer {
  id: string
  hasRole: (role: string) => boolean
}

export interface Context {
  viewer: Viewer
  dataSources: {
    atomService: import('../connectors/atomService.js').AtomService
    leadService: import('../connectors/leadService.js').LeadService
    agentOutputService: import('../connectors/agentOutputService.js').AgentOutputService
    campaignService: import('../connectors/campaignService.js').CampaignService
  }
}
