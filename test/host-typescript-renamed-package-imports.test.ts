// Imports under another name change nothing the database sees, so they change no verdict: an Objection model
// imported as `MyLead` keeps its base class's modifiers and its custom query builder, `knexSnakeCaseMappers`,
// Kysely's `sql` tag, `Kysely` and `CamelCasePlugin` are recognised under a renamed or namespace import, and a
// helper called under a renamed import still has that call as its caller (placement inside the helper).
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/renamed-package-imports';
let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

/** Each finding of `target` as `line:startCol-endCol code table «the text of its range»` (1-based line, 0-based columns). */
function findings(files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [name, text] of Object.entries(files)) index.indexFile(path.join(ROOT, name), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => {
    const before = text.slice(0, f.start);
    const line = before.split('\n').length;
    const col = f.start - (before.lastIndexOf('\n') + 1);
    return `${line}:${col}-${col + f.end - f.start} ${f.code} ${f.table} «${text.slice(f.start, f.end)}»`;
  });
}

const OBJECTION_DB = `import Knex from 'knex';
import { Model } from 'objection';
export const knex = Knex({ client: 'pg' });
Model.knex(knex);
`;

const BASE = `import { Model as ObjectionModel, QueryBuilder } from 'objection';
class LeadQueryBuilder extends QueryBuilder<any> {
  ownedBy(userId: number) {
    return this.where('user_id', userId);
  }
  since(from: Date) {
    return this.where('created_at', '>=', from);
  }
}
export class BaseModel extends ObjectionModel {
  static QueryBuilder = LeadQueryBuilder;
  static get modifiers() {
    return {
      recent(qb: any) {
        qb.where('created_at', '>=', new Date(Date.now() - 86_400_000));
      },
      active(qb: any) {
        qb.where('status', 'new');
      },
    };
  }
}
`;

const LEAD = `import { BaseModel as AppBase } from './BaseModel';
export class Lead extends AppBase {
  static tableName = 'leads';
}
`;

void test('an Objection model imported under another name keeps its base class modifiers and custom query builder', () => {
  const run = `import { Lead as Prospect } from './models/Lead';
export async function recent() {
  return await Prospect.query().modify('recent');
}
export async function active() {
  return await Prospect.query().modify('active').limit(50);
}
export async function mine(userId: number) {
  return await Prospect.query().ownedBy(userId);
}
export async function mineSince(userId: number, from: Date) {
  return await Prospect.query().ownedBy(userId).since(from);
}
`;
  const files = { 'src/db.ts': OBJECTION_DB, 'src/models/BaseModel.ts': BASE, 'src/models/Lead.ts': LEAD, 'src/run.ts': run };
  assert.deepEqual(findings(files, 'src/run.ts'), ['6:15-23 partition-key-missing public.leads «Prospect»', '9:15-23 partition-key-missing public.leads «Prospect»']);
});

void test('knexSnakeCaseMappers imported under another name still maps camelCase columns to snake_case', () => {
  const db = `const knex = require('knex');
const { Model, knexSnakeCaseMappers: snakeCase } = require('objection');
const db = knex({ client: 'pg', ...snakeCase() });
Model.knex(db);
module.exports = { db };
`;
  const lead = `const { Model } = require('objection');
class Lead extends Model {
  static get tableName() {
    return 'leads';
  }
}
module.exports = Lead;
`;
  const run = `const Lead = require('./lead');
async function since(userId, from) {
  return await Lead.query().where('userId', userId).where('createdAt', '>=', from);
}
async function mine(userId) {
  return await Lead.query().where('userId', userId);
}
module.exports = { since, mine };
`;
  assert.deepEqual(findings({ 'app/db.js': db, 'app/lead.js': lead, 'app/run.js': run }, 'app/run.js'), ['6:15-19 partition-key-missing public.leads «Lead»']);
});

const KYSELY_DB = `import { Kysely as Client, PostgresDialect } from 'kysely';
import * as kysely from 'kysely';
import { Pool } from 'pg';
export const db = new Client<any>({ dialect: new PostgresDialect({ pool: new Pool() }), plugins: [new kysely.CamelCasePlugin()] });
`;

void test('a Kysely sql tag imported under another name or through a namespace is a sql fragment', () => {
  const run = `import { sql as rawSql } from 'kysely';
import * as k from 'kysely';
import { db } from './db';
export async function onDay(day: string) {
  return await db.selectFrom('leads').selectAll().where(rawSql<boolean>\`created_at::date = \${day}\`).execute();
}
export async function onDay2(day: string) {
  return await db.selectFrom('leads').selectAll().where(k.sql<boolean>\`created_at::date = \${day}\`).execute();
}
export async function inWindow(from: Date, to: Date) {
  return await db.selectFrom('leads').selectAll().where(rawSql<boolean>\`created_at >= \${from} AND created_at < \${to}\`).execute();
}
export async function daily(userId: number) {
  const { rows } = await rawSql<{ n: number }>\`SELECT count(*) AS n FROM leads WHERE user_id = \${userId}\`.execute(db);
  return rows;
}
`;
  assert.deepEqual(findings({ 'src/db.ts': KYSELY_DB, 'src/run.ts': run }, 'src/run.ts'), [
    '5:30-35 partition-key-not-prunable public.leads «leads»',
    '8:30-35 partition-key-not-prunable public.leads «leads»',
    '14:73-78 partition-key-missing public.leads «leads»',
  ]);
});

void test('a client made by a renamed Kysely class with a namespace-imported CamelCasePlugin maps camelCase names', () => {
  const run = `import { db } from './db';
export async function mine(userId: number) {
  return await db.selectFrom('leads').selectAll().where('userId', '=', userId).execute();
}
export async function mineSince(userId: number, from: Date) {
  return await db.selectFrom('leads').selectAll().where('userId', '=', userId).where('createdAt', '>=', from).execute();
}
`;
  assert.deepEqual(findings({ 'src/db.ts': KYSELY_DB, 'src/run.ts': run }, 'src/run.ts'), ['3:30-35 partition-key-missing public.leads «leads»']);
});

void test('a helper called under a renamed import has that call as its caller: the run is reported inside, once', () => {
  const page = `export async function executeWithPagination(qb: any, opts: { page: number; perPage: number }) {
  const rows = await qb.limit(opts.perPage).offset((opts.page - 1) * opts.perPage).execute();
  return rows;
}
`;
  const repo = `import { db } from './db';
import { executeWithPagination as paginate } from './page';
export async function ofUser(userId: number) {
  const query = db.selectFrom('leads').selectAll().where('userId', '=', userId);
  return paginate(query, { page: 1, perPage: 20 });
}
export async function ofCompany(company: string) {
  const query = db.selectFrom('leads').selectAll().where('company', '=', company);
  return paginate(query, { page: 1, perPage: 20 });
}
`;
  const files = { 'src/db.ts': KYSELY_DB, 'src/page.ts': page, 'src/repo.ts': repo };
  assert.deepEqual(findings(files, 'src/repo.ts'), []);
  assert.deepEqual(findings(files, 'src/page.ts'), ['2:21-92 partition-key-missing public.leads «qb.limit(opts.perPage).offset((opts.page - 1) * opts.perPage).execute()»']);
});

void test('an Objection model reached through namespace imports keeps its base modifiers, query builder and instance queries', () => {
  const base = `import { Model } from 'objection';
import * as builders from './LeadQueryBuilder';
export class BaseModel extends Model {
  static QueryBuilder = builders.LeadQueryBuilder;
  static get modifiers() {
    return {
      active(qb: any) {
        qb.where('status', 'new');
      },
    };
  }
}
`;
  const qb = `import { QueryBuilder } from 'objection';
export class LeadQueryBuilder extends QueryBuilder<any> {
  ownedBy(userId: number) {
    return this.where('user_id', userId);
  }
}
`;
  const lead = `import * as base from './BaseModel';
export class Lead extends base.BaseModel {
  static tableName = 'leads';
  static relationMappings = { outputs: { relation: base.BaseModel.HasManyRelation, modelClass: 'AgentOutput', join: { from: 'leads.id', to: 'agent_outputs.lead_id' } } };
}
`;
  const run = `import * as models from './models/Lead';
export async function active() {
  return await models.Lead.query().modify('active').limit(50);
}
export async function mine(userId: number) {
  return await models.Lead.query().ownedBy(userId);
}
export async function outputsOf(lead: models.Lead) {
  return await lead.$relatedQuery('outputs').orderBy('id');
}
`;
  const files = { 'src/db.ts': OBJECTION_DB, 'src/models/BaseModel.ts': base, 'src/models/LeadQueryBuilder.ts': qb, 'src/models/Lead.ts': lead, 'src/run.ts': run };
  assert.deepEqual(findings(files, 'src/run.ts'), [
    '3:15-26 partition-key-missing public.leads «models.Lead»',
    '6:15-26 partition-key-missing public.leads «models.Lead»',
    "9:34-43 partition-key-missing public.agent_outputs «'outputs'»",
  ]);
});

void test('a DataLoader factory given a model under a renamed import queries that model', () => {
  const lead = `import { Model } from 'objection';
export class Lead extends Model {
  static tableName = 'leads';
}
`;
  const loaders = `import DataLoader from 'dataloader';
import { Lead as LeadRow } from './Lead';
function createModelLoader(M: any) {
  return new DataLoader(async (ids: readonly number[]) => M.query().findByIds(ids as number[]));
}
export const createLoaders = () => ({ lead: createModelLoader(LeadRow) });
`;
  const files = { 'src/db.ts': OBJECTION_DB, 'src/Lead.ts': lead, 'src/loaders.ts': loaders };
  assert.deepEqual(findings(files, 'src/loaders.ts'), ['4:58-94 partition-key-missing public.leads «M.query().findByIds(ids as number[])»']);
});
