import type { AgentOutputStore } from '../db/agent-output-store';
import type { LeadStore } from '../db/lead-store';

export interface ILead {
  id: number;
  userId: number;
  company: string;
  email: string;
  status: string;
  createdAt: Date;
}

export interface IUnleashStores {
  leadStore: LeadStore;
  agentOutputStore: AgentOutputStore;
}
