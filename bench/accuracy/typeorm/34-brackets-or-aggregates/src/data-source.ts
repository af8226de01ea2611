import { DataSource } from 'typeorm';
import { AgentOutput } from './entities/agent-output.entity';
import { Campaign } from './entities/campaign.entity';
import { Lead } from './entities/lead.entity';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Lead, AgentOutput, Campaign],
});
