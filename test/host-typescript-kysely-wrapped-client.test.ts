// Kysely clients held in a field of a wrapper class that helpers take as a parameter (Bluesky PDS:
// `selectLeadQB(db: AccountDb, …)` returning `db.db.selectFrom('leads')…`, with `db: Kysely<DB>`
// a field of `AccountDb`): the helper's chain is a Kysely builder the caller refines and runs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/kysely-wrapped-client';

const { linesReported } = tsAppSuite(ROOT);

const DB = `import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';

export class AccountDb {
  db: Kysely<any>;
  label: string;

  constructor(url: string) {
    this.db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: url }) }) });
    this.label = url;
  }
}
`;

void describe('Kysely: a base builder on a wrapper class`s client field, refined by the caller', () => {
  void it('reports the caller`s run without the key and stays silent with it', () => {
    const helpers = `import type { AccountDb } from './db';

export const selectLeadQB = (db: AccountDb) => {
  return db.db.selectFrom('leads').selectAll('leads');
};

export const getLead = async (db: AccountDb, id: number) => {
  return selectLeadQB(db).where('leads.id', '=', id).executeTakeFirst(); // unkeyed
};

export const getLeadsSince = async (db: AccountDb, userId: number, since: Date) => {
  return selectLeadQB(db).where('leads.user_id', '=', userId).where('leads.created_at', '>=', since).execute(); // keyed
};
`;
    assert.deepEqual(linesReported({ 'src/db.ts': DB, 'src/lead.ts': helpers }, 'src/lead.ts'), [lineOf(helpers, '// unkeyed')]);
  });

  void it('stays silent when the field the chain starts from is not a client', () => {
    const helpers = `import type { AccountDb } from './db';

export const labelled = (db: AccountDb) => {
  return db.label.selectFrom('leads').selectAll('leads');
};

export const getLead = async (db: AccountDb, id: number) => {
  return labelled(db).where('leads.id', '=', id).executeTakeFirst();
};
`;
    assert.deepEqual(linesReported({ 'src/db.ts': DB, 'src/lead.ts': helpers }, 'src/lead.ts'), []);
  });
});
