import knex from 'knex';
import type { Knex } from 'knex';

function getDbConfig({ timeoutMs }: { timeoutMs: number }): Knex.Config {
    return {
        client: 'postgres',
        connection: {
            connectionString: process.env['NANGO_DATABASE_URL'],
            statement_timeout: timeoutMs
        },
        pool: { min: 2, max: 50 }
    };
}

export class KnexDatabase {
    knex: Knex;
    readOnly: Knex;

    constructor({ timeoutMs } = { timeoutMs: 60000 }) {
        const dbConfig = getDbConfig({ timeoutMs });
        this.knex = knex(dbConfig);
        this.readOnly = process.env['NANGO_DATABASE_READ_URL'] ? knex({ ...dbConfig, connection: process.env['NANGO_DATABASE_READ_URL'] }) : this.knex;
    }
}

const db = new KnexDatabase();

export default db;
