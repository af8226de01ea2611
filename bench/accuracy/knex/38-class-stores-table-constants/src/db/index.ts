import type { EventEmitter } from 'node:events';
import type { IUnleashStores } from '../types/stores';
import { AgentOutputStore } from './agent-output-store';
import type { Db } from './db-config';
import { LeadStore } from './lead-store';

export const createStores = (db: Db, eventBus: EventEmitter): IUnleashStores => ({
  leadStore: new LeadStore(db, eventBus),
  agentOutputStore: new AgentOutputStore(db),
});
