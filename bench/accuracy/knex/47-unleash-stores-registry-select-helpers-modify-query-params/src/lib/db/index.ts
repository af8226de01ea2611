import type { Knex } from 'knex';
import EventEmitter from 'events';
import { AgentOutputStore } from './agent-output-store';
import { CampaignStore } from './campaign-store';
import { LeadStore } from './lead-store';
import { LeadSearchStore } from '../features/lead-search/lead-search-store';

export type Db = Knex;

export interface IUnleashStores {
  leadStore: LeadStore;
  agentOutputStore: AgentOutputStore;
  campaignStore: CampaignStore;
  leadSearchStore: LeadSearchStore;
}

export const createStores = (config: { eventBus: EventEmitter }, db: Db): IUnleashStores => {
  const { eventBus } = config;
  return {
    leadStore: new LeadStore(db, eventBus),
    agentOutputStore: new AgentOutputStore(db),
    campaignStore: new CampaignStore(db),
    leadSearchStore: new LeadSearchStore(db),
  };
};
