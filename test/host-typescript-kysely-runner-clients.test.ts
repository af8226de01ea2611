// Kysely clients that a workspace makes besides the application's: a migration runner's client
// does not decide how the application names columns, and a chain on a client a `db or trx` helper
// returned is reported once, on its statement.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/kysely-runner-clients';

const { findings, linesReported } = tsAppSuite(ROOT);

const APP_MODULE = `import { CamelCasePlugin, PostgresDialect } from 'kysely';
import { KyselyModule } from 'nestjs-kysely';
export const database = KyselyModule.forRootAsync({ useFactory: () => ({ dialect: new PostgresDialect({}), plugins: [new CamelCasePlugin()] }) });
`;

const MIGRATE = `import { FileMigrationProvider, Kysely, Migrator, PostgresDialect } from 'kysely';
import { run } from 'kysely-migration-cli';
const db = new Kysely<any>({ dialect: new PostgresDialect({}) });
const migrator = new Migrator({ db, provider: new FileMigrationProvider({ migrationFolder: './migrations' } as any) });
run(db, migrator, './migrations');
`;

const OUTPUTS = `import { Injectable } from '@nestjs/common';
import { InjectKysely } from 'nestjs-kysely';
import type { Kysely } from 'kysely';
@Injectable()
export class OutputStore {
  constructor(@InjectKysely() private readonly db: Kysely<any>) {}
  async markSeen(leadId: number) {
    await this.db.updateTable('agentOutputs').set({ kind: 'seen' }).where('leadId', '=', leadId).execute(); // markSeen
  }
  async markSeenSince(leadId: number, since: Date) {
    await this.db.updateTable('agentOutputs').set({ kind: 'seen' }).where('leadId', '=', leadId).where('createdAt', '>=', since).execute(); // since
  }
}
`;

void describe('Kysely: a migration runner’s client does not vote on the workspace casing', () => {
  it('reads camelCase names as snake_case when the only other client is handed to a Migrator', () => {
    const files = { 'db/database.module.ts': APP_MODULE, 'scripts/migrate.ts': MIGRATE, 'outputs/output.store.ts': OUTPUTS };
    assert.deepEqual(linesReported(files, 'outputs/output.store.ts'), [lineOf(OUTPUTS, '// markSeen')]);
  });

  it('still does not judge camelCase names when the plugin-less client also runs queries (a seed script)', () => {
    const seed = MIGRATE.replace("run(db, migrator, './migrations');", "run(db, migrator, './migrations');\nexport const seeded = db.selectFrom('agent_outputs').selectAll().execute();");
    const files = { 'db/database.module.ts': APP_MODULE, 'scripts/migrate.ts': seed, 'outputs/output.store.ts': OUTPUTS };
    assert.deepEqual(linesReported(files, 'outputs/output.store.ts'), []);
  });
});

const DB_OR_TX = `import type { Kysely, Transaction } from 'kysely';
export function dbOrTx(db: Kysely<any>, existingTrx?: Transaction<any>): Kysely<any> | Transaction<any> {
  if (existingTrx) {
    return existingTrx;
  } else {
    return db;
  }
}
`;

const LEADS = `import type { Kysely, Transaction } from 'kysely';
import { dbOrTx } from '../utils';
export class LeadStore {
  constructor(private readonly db: Kysely<any>) {}
  async rename(id: number, company: string, trx?: Transaction<any>) {
    const db = dbOrTx(this.db, trx);
    await db
      .updateTable('leads')
      .set({ company })
      .where('id', '=', id) // rename
      .execute();
  }
  async renameIn(id: number, company: string, from: Date, to: Date, trx?: Transaction<any>) {
    const db = dbOrTx(this.db, trx);
    await db
      .updateTable('leads')
      .set({ company })
      .where('id', '=', id)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute();
  }
}
`;

void describe('Kysely: a chain on the client a db-or-transaction helper returned is reported once', () => {
  it('reports the statement once, on the line naming its table', () => {
    const files = { 'utils.ts': DB_OR_TX, 'repos/lead.store.ts': LEADS };
    assert.deepEqual(findings(files, 'repos/lead.store.ts'), [`${lineOf(LEADS, "updateTable('leads')")}: .updateTable('leads')`]);
  });

  it('stays silent on the statement through the same helper that bounds the key', () => {
    const files = { 'utils.ts': DB_OR_TX, 'repos/lead.store.ts': LEADS };
    assert.deepEqual(linesReported(files, 'repos/lead.store.ts'), [lineOf(LEADS, "updateTable('leads')")]);
  });
});
