// Identifier mappers and builders handed between repository methods, each checked on a small
// virtual workspace: the line that runs a query without the partition key is reported, and the
// variant whose key is present (or whose naming we cannot see) stays silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/fx-naming';

const { linesReported } = tsAppSuite(ROOT);

const OB_MODELS = `const { Model } = require('objection');
class Lead extends Model {
  static get tableName() { return 'leads'; }
  static get modifiers() {
    return {
      createdSince(query, date) { query.where('createdAt', '>=', date); },
      ofUser(query, userId) { query.where('userId', userId); },
    };
  }
}
module.exports = { Lead };
`;
const OB_SERVICE = `const { Lead } = require('./models');
async function recent(userId, since) {
  return Lead.query().modify('ofUser', userId).modify('createdSince', since); // recent
}
async function all(userId) {
  return Lead.query().where('userId', userId); // all
}
module.exports = { recent, all };
`;

void describe('Objection/knex: knexSnakeCaseMappers renames camelCase identifiers', () => {
  it('reads camelCase names as snake_case when the knex config spreads knexSnakeCaseMappers()', () => {
    const files = {
      'db.js': `const knex = require('knex');\nconst { Model, knexSnakeCaseMappers } = require('objection');\nconst db = knex({ client: 'pg', ...knexSnakeCaseMappers() });\nModel.knex(db);\nmodule.exports = { db };\n`,
      'models.js': OB_MODELS,
      'service.js': OB_SERVICE,
    };
    assert.deepEqual(linesReported(files, 'service.js'), [lineOf(OB_SERVICE, '// all')]);
  });

  it('does not judge camelCase names when a custom wrapIdentifier may rename them', () => {
    const files = {
      'db.js': `const knex = require('knex');\nconst db = knex({ client: 'pg', wrapIdentifier: (v, orig) => orig(v.toUpperCase()) });\nmodule.exports = { db };\n`,
      'models.js': OB_MODELS,
      'service.js': OB_SERVICE,
    };
    assert.deepEqual(linesReported(files, 'service.js'), []);
  });
});

const KY_SHARED = {
  'db.ts': `export interface DB { agentOutputs: { id: number; leadId: number; createdAt: Date } }\n`,
  'utils.ts': `import type { Kysely, Transaction } from 'kysely';\nimport type { DB } from './db';\nexport function dbOrTrx(db: Kysely<DB>, trx?: Transaction<DB>): Kysely<DB> | Transaction<DB> {\n  return trx ?? db;\n}\n`,
};

const KY_REPO = `import type { Kysely } from 'kysely';
import type { DB } from './db';
export async function latest(db: Kysely<DB>, leadId: number) {
  return db.selectFrom('agentOutputs').selectAll().where('leadId', '=', leadId).executeTakeFirst(); // latest
}
export async function since(db: Kysely<DB>, leadId: number, from: Date) {
  return db.selectFrom('agentOutputs').selectAll().where('leadId', '=', leadId).where('createdAt', '>=', from).execute(); // since
}
`;

void describe('Kysely: the casing of an injected client is the one every workspace client shares', () => {
  it('reads camelCase names as snake_case on a client parameter when the only client module has new CamelCasePlugin()', () => {
    const files = {
      'database.module.ts': `import { CamelCasePlugin, PostgresDialect } from 'kysely';\nimport { KyselyModule } from 'nestjs-kysely';\nexport const m = KyselyModule.forRootAsync({ useFactory: () => ({ dialect: new PostgresDialect({}), plugins: [new CamelCasePlugin()] }) });\n`,
      'output.repo.ts': KY_REPO,
      ...KY_SHARED,
    };
    assert.deepEqual(linesReported(files, 'output.repo.ts'), [lineOf(KY_REPO, '// latest')]);
  });

  it('does not judge camelCase names when the workspace clients disagree', () => {
    const files = {
      'database.module.ts': `import { CamelCasePlugin, Kysely } from 'kysely';\nexport const a = new Kysely({ dialect: {} as any, plugins: [new CamelCasePlugin()] });\n`,
      'other.ts': `import { Kysely } from 'kysely';\nexport const b = new Kysely({ dialect: {} as any });\n`,
      'output.repo.ts': KY_REPO,
      ...KY_SHARED,
    };
    assert.deepEqual(linesReported(files, 'output.repo.ts'), []);
  });
});

const PAGINATE = `import type { SelectQueryBuilder } from 'kysely';
export async function paginate<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>, page: number, size: number) {
  qb = qb.limit(size + 1).offset((page - 1) * size);
  const rows = await qb.execute();
  return { rows: rows.slice(0, size), more: rows.length > size };
}
`;
const PAGED_REPO = `import type { Kysely } from 'kysely';
import { paginate } from './paginate';
export async function ofUser(db: Kysely<any>, userId: number, page: number) {
  const q = db.selectFrom('leads').selectAll().where('user_id', '=', userId);
  return paginate(q, page, 20); // ofUser
}
export async function ofUserInMonth(db: Kysely<any>, userId: number, from: Date, to: Date, page: number) {
  const q = db.selectFrom('leads').selectAll().where('user_id', '=', userId).where('created_at', '>=', from).where('created_at', '<', to);
  return paginate(q, page, 20); // inMonth
}
`;

void describe('Builders handed to a helper that refines them before running them', () => {
  it('reports the builder a pagination helper reassigns (qb = qb.limit(…)) and then runs', () => {
    const files = { 'paginate.ts': PAGINATE, 'repo.ts': PAGED_REPO };
    assert.deepEqual(linesReported(files, 'repo.ts'), [lineOf(PAGED_REPO, '// ofUser')]);
  });

  it('stays silent when the helper hands the builder on after running it', () => {
    const escapes = PAGINATE.replace('return { rows', 'keep(qb);\n  return { rows').replace('import type', 'declare function keep(x: unknown): void;\nimport type');
    const files = { 'paginate.ts': escapes, 'repo.ts': PAGED_REPO };
    assert.deepEqual(linesReported(files, 'repo.ts'), []);
  });
});

const QUERY_REPO = `import type { Kysely } from 'kysely';
export class LeadQueries {
  constructor(private readonly db: Kysely<any>) {}
  byUser(userId: number) {
    return this.db.selectFrom('leads').selectAll().where('user_id', '=', userId);
  }
  byUserSince(userId: number, since: Date) {
    return this.db.selectFrom('leads').selectAll().where('user_id', '=', userId).where('created_at', '>=', since);
  }
}
`;
const QUERY_SERVICE = `import { LeadQueries } from './queries';
import { paginate } from './paginate';
export class LeadService {
  constructor(private readonly queries: LeadQueries) {}
  list(userId: number, page: number) {
    return paginate(this.queries.byUser(userId), page, 20); // list
  }
  recent(userId: number, since: Date, page: number) {
    return paginate(this.queries.byUserSince(userId, since), page, 20); // recent
  }
}
`;

void describe('A builder a repository method returns, handed straight to a helper that runs it', () => {
  it('reports the helper call whose builder has no key and not the one with it', () => {
    const files = { 'paginate.ts': PAGINATE, 'queries.ts': QUERY_REPO, 'service.ts': QUERY_SERVICE };
    assert.deepEqual(linesReported(files, 'service.ts'), [lineOf(QUERY_SERVICE, '// list')]);
  });
});
