import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AgentOutput } from './database/entities/AgentOutput';
import { Campaign } from './database/entities/Campaign';
import { Lead } from './database/entities/Lead';

let appDataSource: DataSource;

export const init = async (): Promise<void> => {
  appDataSource = new DataSource({
    type: 'postgres',
    url: process.env.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    entities: [Lead, AgentOutput, Campaign],
  });
};

export function getDataSource(): DataSource {
  if (appDataSource === undefined) {
    void init();
  }
  return appDataSource;
}
