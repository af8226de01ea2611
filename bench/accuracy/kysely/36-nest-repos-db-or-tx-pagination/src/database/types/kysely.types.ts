import type { Kysely, Transaction } from 'kysely';
import type { DB } from './db';

export type KyselyDB = Kysely<DB>;
export type KyselyTransaction = Transaction<DB>;
