import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from '../schemas/lead';

export type LobeChatDatabase = NodePgDatabase<typeof schema>;

export const serverDB: LobeChatDatabase = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }), { schema });
