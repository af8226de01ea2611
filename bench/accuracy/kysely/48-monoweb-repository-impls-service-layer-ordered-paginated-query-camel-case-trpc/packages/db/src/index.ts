import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely"
import pg from "pg"
import type { DB } from "./db.generated"

export type Database = DB

export const createKysely = (connectionString: string) =>
  new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString }),
    }),
    plugins: [new CamelCasePlugin()],
  })

export const kysely = createKysely(process.env.DATABASE_URL ?? "postgres://localhost/monoweb")
