import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { type DB } from './dbTypes'
import { type Environment } from './types'

export function createPostgresConnectionPool(env: Environment, name: string) {
	const pool = new pg.Pool({
		connectionString: env.BOTCOM_POSTGRES_POOLED_CONNECTION_STRING,
		application_name: name,
		idleTimeoutMillis: 10_000,
		max: 1,
	})
	return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
}
