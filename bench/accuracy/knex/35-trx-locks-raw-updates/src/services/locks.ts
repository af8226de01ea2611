import type { Knex } from 'knex';

export function lockLead(trx: Knex.Transaction, id: number) {
  return trx('leads').where({ id }).forUpdate().first();
}

export function lockLeadByKey(trx: Knex.Transaction, id: number, createdAt: Date) {
  return trx('leads').where({ id, created_at: createdAt }).forUpdate().first();
}
