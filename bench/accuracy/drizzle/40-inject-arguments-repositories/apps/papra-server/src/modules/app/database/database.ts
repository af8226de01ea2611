import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './database.schema';

export type Database = NodePgDatabase<typeof schema>;

export function setupDatabase({ url }: { url: string }): { db: Database } {
  const db = drizzle(new Pool({ connectionString: url }), { schema });
  return { db };
}
