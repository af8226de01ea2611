import type { EntityManager } from 'typeorm';
import { AgentOutput } from './entities/agent-output.entity';

export function outputsRepo(manager: EntityManager) {
  return manager.getRepository(AgentOutput);
}
