import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

export { schema };

export function createConnection(opts: { primaryUrl: string; readonlyUrl?: string }) {
  const primary = drizzle(new Pool({ connectionString: opts.primaryUrl }), { schema });
  const readonly = opts.readonlyUrl ? drizzle(new Pool({ connectionString: opts.readonlyUrl }), { schema }) : primary;
  return { primary, readonly };
}

export type Database = ReturnType<typeof createConnection>;
export type ReadonlyDatabase = Database['readonly'];

/** The dashboard's connection (the API gets its own through the request's services). */
export const db = createConnection({ primaryUrl: process.env.DATABASE_PRIMARY_URL ?? '' }).primary;
