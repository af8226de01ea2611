import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export const createDb = (url: string) => {
  const conn = postgres(url);
  const db = drizzle(conn, { schema });
  return { db, conn };
};

export type DB = ReturnType<typeof createDb>['db'];
