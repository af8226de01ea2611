import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;

const pool = new Pool({ connectionString: process.env.DATABASE_PRIMARY_URL, max: 12 });

export const connectDb = async (): Promise<Database> => drizzle(pool, { schema, casing: 'snake_case' });
