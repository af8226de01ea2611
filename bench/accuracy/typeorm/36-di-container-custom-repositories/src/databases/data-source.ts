import { Container } from '@n8n/di';
import { DataSource } from 'typeorm';
import { AgentOutput } from './entities/agent-output.entity';
import { Campaign } from './entities/campaign.entity';
import { Lead } from './entities/lead.entity';

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DB_POSTGRESDB_URL,
  entities: [Lead, AgentOutput, Campaign],
});

Container.set(DataSource, dataSource);
