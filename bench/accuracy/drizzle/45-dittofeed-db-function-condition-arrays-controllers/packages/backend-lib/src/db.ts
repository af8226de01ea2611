import { drizzle, NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";

import * as schema from "./db/schema";

let DB: NodePgDatabase<typeof schema> | null = null;

// The lazily created client every module reaches through db().
export function db(): NodePgDatabase<typeof schema> {
  if (!DB) {
    DB = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }), { schema });
  }
  return DB;
}

export type Db = ReturnType<typeof db>;
