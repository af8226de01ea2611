import { AgentOutput } from '../models/agent-output';
import { Lead } from '../models/lead';
import { SequelizeRepository } from './sequelize.repository';

export const leadRepository = new SequelizeRepository(Lead);
export const outputRepository = new SequelizeRepository(AgentOutput);
