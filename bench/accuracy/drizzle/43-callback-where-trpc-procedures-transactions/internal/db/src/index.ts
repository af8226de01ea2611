import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

export * from 'drizzle-orm';
export { schema };

export type Database = ReturnType<typeof createConnection>;

export function createConnection(url: string) {
  return drizzle(new Pool({ connectionString: url }), { schema });
}
