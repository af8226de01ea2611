import type { db } from '../db';

export type DB = typeof db;
export type Transaction = Parameters<Parameters<DB['transaction']>[0]>[0];

export type ServiceContext = {
  db?: DB;
  workspace: { id: number };
};
