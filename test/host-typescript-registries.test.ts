// Stores, DAOs and models reached through the objects real applications keep them in: an
// interface's property type (`IStores['leadStore']`), a module or global registry, a DAL factory.
// Each pattern has its precision twin: the same shape whose query prunes stays silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/registries';

const { findings } = tsAppSuite(ROOT);

const storeFiles = (filter: string): Record<string, string> => ({
  'db.ts': "import knex, { type Knex } from 'knex';\nexport type Db = Knex;\nexport const db: Db = knex({ client: 'pg' });\n",
  'lead-store.ts': [
    "import type { Db } from './db';",
    "const TABLE = 'leads';",
    'export class LeadStore {',
    '  private db: Db;',
    '  constructor(db: Db) {',
    '    this.db = db;',
    '  }',
    '  async getAll(query: Record<string, unknown> = {}) {',
    `    const rows = await this.db<{ id: number }>(TABLE).select('id').where(query)${filter};`,
    '    return rows;',
    '  }',
    '}',
    '',
  ].join('\n'),
  'stores.ts': "import type { LeadStore } from './lead-store';\nexport interface IStores {\n  leadStore: LeadStore;\n}\n",
  'service.ts': [
    "import type { IStores } from './stores';",
    'export class LeadService {',
    "  private leadStore: IStores['leadStore'];",
    "  constructor({ leadStore }: Pick<IStores, 'leadStore'>) {",
    '    this.leadStore = leadStore;',
    '  }',
    '  async list(userId: number) {',
    '    return this.leadStore.getAll({ user_id: userId });',
    '  }',
    '}',
    '',
  ].join('\n'),
});

/** A second caller of the store whose filter bounds the key (so the callers' verdicts differ). */
const BOUNDED_CALLER = [
  "import type { IStores } from './stores';",
  'export class RecentLeads {',
  "  constructor(private readonly leadStore: IStores['leadStore']) {}",
  '  async since(userId: number, from: Date) {',
  '    return this.leadStore.getAll({ user_id: userId, created_at: from });',
  '  }',
  '}',
  '',
].join('\n');

void test("a field typed by an interface's property (`IStores['leadStore']`) is that class: its method runs on the caller's filter", () => {
  // Callers that differ: the one whose filter lacks the key is reported.
  assert.deepEqual(findings({ ...storeFiles(''), 'recent.ts': BOUNDED_CALLER }, 'service.ts'), ['8: return this.leadStore.getAll({ user_id: userId });']);
  assert.deepEqual(findings({ ...storeFiles(''), 'recent.ts': BOUNDED_CALLER }, 'recent.ts'), []);
  // Its only caller scans: the store's query itself is at fault, reported where it runs.
  assert.deepEqual(findings(storeFiles(''), 'service.ts'), []);
  assert.deepEqual(findings(storeFiles(''), 'lead-store.ts'), ["9: const rows = await this.db<{ id: number }>(TABLE).select('id').where(query);"]);
});

void test('precision: the same store whose query also bounds the partition key stays silent', () => {
  assert.deepEqual(findings(storeFiles(".where('created_at', '>=', new Date('2024-03-01'))"), 'service.ts'), []);
});

void test('a knex call with type arguments (`await this.db<Row>(TABLE)`, read by the grammar as calling `(await this.db)`) runs where it is awaited', () => {
  const files = storeFiles('');
  // Without a caller, the store's own query (no key condition, the filter unknown) is not judged.
  const { 'service.ts': _caller, ...uncalled } = files;
  assert.deepEqual(findings(uncalled, 'lead-store.ts'), []);
  const direct = "import { db } from './db';\nexport async function f() {\n  const rows = await db<{ id: number }>('leads').where({ user_id: 1 });\n  return rows;\n}\n";
  assert.deepEqual(findings({ ...files, 'direct.ts': direct }, 'direct.ts'), ["3: const rows = await db<{ id: number }>('leads').where({ user_id: 1 });"]);
});

void test('a string constant interpolated into raw SQL (`FROM ${TABLE}`) is read as its text', () => {
  const store = (where: string): string =>
    ["import { db } from './db';", "const TABLE = 'leads';", 'export async function exists(id: number) {', `  return db.raw(\`SELECT 1 FROM \${TABLE} WHERE ${where}\`, [id]);`, '}', ''].join('\n');
  const files = storeFiles('');
  assert.deepEqual(findings({ ...files, 'raw.ts': store('id = ?') }, 'raw.ts'), ['4: return db.raw(`SELECT 1 FROM ${TABLE} WHERE id = ?`, [id]);']);
  // Precision: the key bounded, or a table the code does not name (a parameter), stays silent.
  assert.deepEqual(findings({ ...files, 'raw.ts': store("id = ? AND created_at >= '2024-03-01'") }, 'raw.ts'), []);
  const param = "import { db } from './db';\nexport async function exists(table: string, id: number) {\n  return db.raw(`SELECT 1 FROM ${table} WHERE id = ?`, [id]);\n}\n";
  assert.deepEqual(findings({ ...files, 'raw.ts': param }, 'raw.ts'), []);
});

const wikiFiles = (where: string): Record<string, string> => ({
  'core/db.ts': "import Knex from 'knex';\nimport { Model } from 'objection';\nexport const knex = Knex({ client: 'pg' });\nModel.knex(knex);\n",
  'models/leads.ts': "import { Model } from 'objection';\nexport default class Lead extends Model {\n  static get tableName() {\n    return 'leads';\n  }\n}\n",
  'models/index.ts': "export { default as leads } from './leads';\n",
  'core/wiki.ts': "import * as models from '../models';\nimport { knex } from './db';\nexport const WIKI = { models: { ...models, knex } };\n",
  'graph/resolver.ts': [
    "import { WIKI } from '../core/wiki';",
    'export async function single(id: number, since: Date) {',
    `  return WIKI.models.leads.query().where('id', id)${where};`,
    '}',
    '',
  ].join('\n'),
});

void test('a model reached through a global registry (`WIKI.models.leads` over `...models` of `import * as models`) is that model', () => {
  assert.deepEqual(findings(wikiFiles(''), 'graph/resolver.ts'), ["3: return WIKI.models.leads.query().where('id', id);"]);
  // Precision: the key bounded stays silent, and so does a path the registry does not hold.
  assert.deepEqual(findings(wikiFiles(".where('created_at', '>=', since)"), 'graph/resolver.ts'), []);
  const other = wikiFiles('');
  other['graph/resolver.ts'] = other['graph/resolver.ts']!.replace('WIKI.models.leads', 'WIKI.models.users');
  assert.deepEqual(findings(other, 'graph/resolver.ts'), []);
});

const queryFiles = (where: string): Record<string, string> => ({
  'knex.ts': "import knexFactory from 'knex';\nexport default knexFactory({ client: 'pg' });\n",
  'queries/lead.queries.ts': `import knex from '../knex';\nexport function byUser(userId: number) {\n  return knex('leads').where('user_id', userId)${where};\n}\n`,
  'queries/index.ts': "import * as lead from './lead.queries';\nexport default { lead };\n",
  'handler.ts': "import query from './queries';\nexport async function list(userId: number) {\n  return query.lead.byUser(userId).limit(10);\n}\n",
});

void test('a query module reached through an object of namespace imports (`query.lead.byUser` of `export default { lead }`) is followed', () => {
  assert.deepEqual(findings(queryFiles(''), 'handler.ts'), ['3: return query.lead.byUser(userId).limit(10);']);
  assert.deepEqual(findings(queryFiles(".where('created_at', '>=', new Date('2024-03-01'))"), 'handler.ts'), []);
});

void test("a CommonJS registry (`const models = require('../models')` of `module.exports = { Lead }`) names its models", () => {
  const files = (where: string): Record<string, string> => ({
    'db.js': "const Knex = require('knex')\nconst { Model } = require('objection')\nModel.knex(Knex({ client: 'pg' }))\n",
    'models/lead.js': "const { Model } = require('objection')\nclass Lead extends Model {\n  static get tableName() {\n    return 'leads'\n  }\n}\nmodule.exports = Lead\n",
    'models/index.js': "const Lead = require('./lead')\nmodule.exports = { Lead }\n",
    'resolvers.js': `const models = require('./models')\nasync function lead(id, since) {\n  return models.Lead.query().findById(id)${where}\n}\nmodule.exports = { lead }\n`,
  });
  assert.deepEqual(findings(files(''), 'resolvers.js'), ['3: return models.Lead.query().findById(id)']);
  assert.deepEqual(findings(files(".where('created_at', '>=', since)"), 'resolvers.js'), []);
});

void test('column references built from table-name constants (`${LeadsTableName}.id`, `leftJoin(CampaignsTableName, …)`) are read as written', () => {
  const tables = "export const LeadsTableName = 'leads';\nexport const CampaignsTableName = 'campaigns';\n";
  const model = (where: string): string =>
    [
      "import { db } from './db';",
      "import { CampaignsTableName, LeadsTableName } from './tables';",
      'export async function get(leadId: number, userId: number) {',
      '  const [lead] = await db(LeadsTableName)',
      '    .leftJoin(CampaignsTableName, `${CampaignsTableName}.id`, `${LeadsTableName}.campaign_id`)',
      `    .where(\`\${LeadsTableName}.id\`, leadId)${where};`,
      '  return lead;',
      '}',
      '',
    ].join('\n');
  const files = (where: string): Record<string, string> => ({ ...storeFiles(''), 'tables.ts': tables, 'model.ts': model(where) });
  assert.deepEqual(findings(files(''), 'model.ts'), ['4: const [lead] = await db(LeadsTableName)', '5: .leftJoin(CampaignsTableName, `${CampaignsTableName}.id`, `${LeadsTableName}.campaign_id`)']);
  // Precision: both keys bounded through the same templates.
  assert.deepEqual(findings(files(".where(`${LeadsTableName}.created_at`, '>=', new Date('2024-03-01')).where(`${CampaignsTableName}.user_id`, userId)"), 'model.ts'), []);
});

void test("a table the base class's constructor keeps from the subclass's `super('leads', …)` (`this.collection`) names the table", () => {
  const base = (extra: string): string =>
    [
      "import type { Knex } from 'knex';",
      'export class ItemsService {',
      '  collection: string;',
      '  knex: Knex;',
      '  constructor(collection: string, knex: Knex) {',
      '    this.collection = collection;',
      '    this.knex = knex;',
      '  }',
      extra,
      '}',
      '',
    ].join('\n');
  const leads = (where: string): string =>
    [
      "import type { Knex } from 'knex';",
      "import { ItemsService } from './items';",
      'export class LeadsService extends ItemsService {',
      '  constructor(knex: Knex) {',
      "    super('leads', knex);",
      '  }',
      '  async forUser(userId: number) {',
      `    return this.knex.select('id').from(this.collection).where('user_id', userId)${where};`,
      '  }',
      '}',
      '',
    ].join('\n');
  const files = (extra: string, where: string): Record<string, string> => ({ 'items.ts': base(extra), 'leads.ts': leads(where) });
  assert.deepEqual(findings(files('', ''), 'leads.ts'), ["8: return this.knex.select('id').from(this.collection).where('user_id', userId);"]);
  // Precision: the key bounded, or a field some method may change, stays silent.
  assert.deepEqual(findings(files('', ".where('created_at', '>=', new Date('2024-03-01'))"), 'leads.ts'), []);
  assert.deepEqual(findings(files('  use(collection: string) {\n    this.collection = collection;\n  }', ''), 'leads.ts'), []);
});

void test('a DAL made by a factory over the table it is given, reached through its return type (`leadDAL: ReturnType<typeof leadDALFactory>`)', () => {
  const files: Record<string, string> = {
    'db.ts': "import knex, { type Knex } from 'knex';\nexport type TDbClient = Knex;\nexport const db = knex({ client: 'pg' });\n",
    'ormify.ts': [
      "import type { Knex } from 'knex';",
      'export const ormify = (db: Knex, tableName: string) => ({',
      '  findById: async (id: number, tx?: Knex) => {',
      '    const row = await (tx || db)(tableName).where({ id }).first();',
      '    return row;',
      '  },',
      '  findByIdAt: async (id: number, createdAt: Date, tx?: Knex) => {',
      "    const row = await (tx || db)(tableName).where({ id }).andWhere('created_at', createdAt).first();",
      '    return row;',
      '  },',
      '});',
      '',
    ].join('\n'),
    'lead-dal.ts': [
      "import type { TDbClient } from './db';",
      "import { ormify } from './ormify';",
      'export type TLeadDALFactory = ReturnType<typeof leadDALFactory>;',
      'export const leadDALFactory = (db: TDbClient) => {',
      "  const leadOrm = ormify(db, 'leads');",
      '  return { ...leadOrm };',
      '};',
      '',
    ].join('\n'),
    'lead-service.ts': [
      "import type { TLeadDALFactory } from './lead-dal';",
      'type Deps = { leadDAL: TLeadDALFactory };',
      'export const leadServiceFactory = ({ leadDAL }: Deps) => {',
      '  const getLead = async (id: number) => leadDAL.findById(id);',
      '  const getLeadAt = async (id: number, at: Date) => leadDAL.findByIdAt(id, at);',
      '  return { getLead, getLeadAt };',
      '};',
      '',
    ].join('\n'),
  };
  // Precision: the method that also bounds the key stays silent.
  assert.deepEqual(findings(files, 'lead-service.ts'), ['4: const getLead = async (id: number) => leadDAL.findById(id);']);
  // Precision: the same call on a parameter whose type is not a factory's return type is not guessed.
  const untyped = { ...files, 'lead-service.ts': files['lead-service.ts']!.replace('type Deps = { leadDAL: TLeadDALFactory };', 'type Deps = { leadDAL: { findById(id: number): Promise<unknown>; findByIdAt(id: number, at: Date): Promise<unknown> } };') };
  assert.deepEqual(findings(untyped, 'lead-service.ts'), []);
});
