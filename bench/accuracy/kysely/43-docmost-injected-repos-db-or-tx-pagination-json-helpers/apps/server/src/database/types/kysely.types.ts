import { Kysely, Transaction } from 'kysely';
import { DB } from './db';

export type KyselyDB = Kysely<DB>;
export type KyselyTransaction = Transaction<DB>;
