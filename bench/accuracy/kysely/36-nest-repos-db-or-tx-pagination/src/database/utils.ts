import type { KyselyDB, KyselyTransaction } from './types/kysely.types';

/** The transaction when the caller runs inside one, the pool otherwise. */
export function dbOrTx(db: KyselyDB, trx?: KyselyTransaction): KyselyDB | KyselyTransaction {
  return trx ?? db;
}
