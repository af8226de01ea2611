import { AppDataSource } from '../data-source';
import { AgentOutput } from '../entities/agent-output.entity';
import { Lead } from '../entities/lead.entity';

export const leadRepository = AppDataSource.getRepository(Lead);
export const outputRepository = AppDataSource.getRepository(AgentOutput);
