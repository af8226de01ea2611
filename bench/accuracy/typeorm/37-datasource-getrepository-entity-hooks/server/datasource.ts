import 'reflect-metadata';
import { DataSource, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';

const prodConfig = {
  type: 'postgres' as const,
  url: process.env.DB_URL,
  entities: ['server/entity/**/*.ts'],
};

const dataSource = new DataSource(prodConfig);

export const getRepository = <Entity extends ObjectLiteral>(target: EntityTarget<Entity>): Repository<Entity> => {
  return dataSource.getRepository(target);
};

export default dataSource;
