// General JavaScript/TypeScript module and class idioms the TypeScript host follows: CommonJS model
// indexes that re-export other modules (`module.exports = { Lead: require('./lead') }`), statics
// inherited from an application base model where `this` is the subclass. Each idiom has a case
// where the partition key is missing (reported) and a nearby one where it is there (silent).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/oo-idioms';

const { findings } = tsAppSuite(ROOT);

const OBJECTION_MODELS: Record<string, string> = {
  'models/base.js': [
    "const { Model } = require('objection')",
    'class BaseModel extends Model {',
    '  static findById (id) {',
    '    return this.query().findById(id)',
    '  }',
    '}',
    'module.exports = BaseModel',
    '',
  ].join('\n'),
  'models/lead.js': [
    "const BaseModel = require('./base')",
    'class Lead extends BaseModel {',
    "  static get tableName () { return 'leads' }",
    '  static findByCompany (company) {',
    "    return this.query().where('company', company).first()",
    '  }',
    '  static findForUserBetween (userId, from, to) {',
    "    return this.query().where('user_id', userId).where('created_at', '>=', from).where('created_at', '<', to)",
    '  }',
    '}',
    'module.exports = Lead',
    '',
  ].join('\n'),
};

void test('a CommonJS model index re-exporting modules by `require` (whole module or one export) is followed to the model', () => {
  for (const index of ["module.exports = {\n  Lead: require('./lead')\n}\n", "exports.Lead = require('./lead')\n", "module.exports = { Lead: require('./all').Lead }\n"]) {
    const files = {
      ...OBJECTION_MODELS,
      'models/all.js': "module.exports = { Lead: require('./lead') }\n",
      'models/index.js': index,
      'resolvers/lead.js': [
        "const { Lead } = require('../models')",
        'module.exports = {',
        '  one: async (obj, args) => Lead.findById(args.id),',
        '  byCompany: async (obj, args) => Lead.findByCompany(args.company),',
        '  between: async (obj, args, ctx) => Lead.findForUserBetween(ctx.userId, args.from, args.to),',
        '}',
        '',
      ].join('\n'),
    };
    // Precision: the static bounding created_at stays silent.
    assert.deepEqual(findings(files, 'resolvers/lead.js'), [
      '3: one: async (obj, args) => Lead.findById(args.id),',
      '4: byCompany: async (obj, args) => Lead.findByCompany(args.company),',
    ]);
  }
});

const KNEX_BASE = [
  "import type { Knex } from 'knex';",
  'export default abstract class BaseModel<T> {',
  '  private db_: Knex;',
  '  constructor(db: Knex) {',
  '    this.db_ = db;',
  '  }',
  '  protected get db(): Knex {',
  '    return this.db_;',
  '  }',
  '  protected get tableName(): string {',
  "    throw new Error('Not implemented');",
  '  }',
  '}',
  '',
].join('\n');

const leadModel = (getter: string): string =>
  [
    "import BaseModel from './BaseModel';",
    'export default class LeadModel extends BaseModel<{ id: number }> {',
    `  protected override get tableName(): string ${getter}`,
    '  public async loadByCompany(company: string) {',
    '    return this.db(this.tableName).select(\'*\').where({ company }).first();',
    '  }',
    '  public async userLeadsSince(userId: number, since: Date) {',
    "    return this.db(this.tableName).where('user_id', userId).where('created_at', '>=', since);",
    '  }',
    '}',
    '',
  ].join('\n');

void test('a client reached through a base-class getter (`get db(): Knex`) and the table a subclass getter returns (`get tableName() { return … }`)', () => {
  const files = { 'BaseModel.ts': KNEX_BASE, 'LeadModel.ts': leadModel("{\n    return 'leads';\n  }") };
  // Precision: the method bounding created_at stays silent.
  assert.deepEqual(findings(files, 'LeadModel.ts'), ["7: return this.db(this.tableName).select('*').where({ company }).first();"]);
  // Precision: a getter that computes its table (not a single literal) names no table we can judge.
  assert.deepEqual(findings({ ...files, 'LeadModel.ts': leadModel("{\n    return process.env.LEADS_TABLE ?? 'leads';\n  }") }, 'LeadModel.ts'), []);
});

void test('a base-class method on `this.db(this.tableName)` called on an instance of a subclass reads the subclass getter', () => {
  const base = KNEX_BASE.replace('  protected get tableName', "  public all() {\n    return this.db(this.tableName).select('*');\n  }\n  protected get tableName");
  const files = {
    'BaseModel.ts': base,
    'LeadModel.ts': leadModel("{\n    return 'leads';\n  }"),
    'CampaignModel.ts': "import BaseModel from './BaseModel';\nexport default class CampaignModel extends BaseModel<{ id: number }> {\n  protected override get tableName(): string {\n    return 'users';\n  }\n}\n",
    'routes.ts': [
      "import type { Knex } from 'knex';",
      "import LeadModel from './LeadModel';",
      "import CampaignModel from './CampaignModel';",
      'export async function list(db: Knex) {',
      '  const leads = new LeadModel(db);',
      '  const campaigns = new CampaignModel(db);',
      '  const a = await leads.all();',
      '  const b = await campaigns.all();',
      '  return [a, b];',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the same base method on a subclass of an unpartitioned table stays silent.
  assert.deepEqual(findings(files, 'routes.ts'), ['7: const a = await leads.all();']);
});

void test('a factory method returning a new model instance (`models.lead()`) is followed into the instance’s (inherited) methods', () => {
  const base = KNEX_BASE.replace('  protected get tableName', "  public all() {\n    return this.db(this.tableName).select('*');\n  }\n  protected get tableName");
  const files = {
    'BaseModel.ts': base,
    'LeadModel.ts': leadModel("{\n    return 'leads';\n  }"),
    'factory.ts': [
      "import type { Knex } from 'knex';",
      "import LeadModel from './LeadModel';",
      'export class Models {',
      '  constructor(private db_: Knex) {}',
      '  public lead() {',
      '    return new LeadModel(this.db_);',
      '  }',
      '}',
      '',
    ].join('\n'),
    'routes.ts': [
      "import type { Models } from './factory';",
      'export async function list(models: Models, userId: number) {',
      '  const a = await models.lead().all();',
      "  const b = await models.lead().all().where('user_id', userId).where('created_at', '>=', new Date());",
      '  return [a, b];',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the same call refined with the key stays silent.
  assert.deepEqual(findings(files, 'routes.ts'), ['3: const a = await models.lead().all();']);
});

const loaders = (calls: string): Record<string, string> => ({
  'models.ts': [
    "import { Model } from 'objection';",
    "export class Lead extends Model {\n  static tableName = 'leads';\n}",
    "export class User extends Model {\n  static tableName = 'users';\n}",
    '',
  ].join('\n'),
  'loaders.ts': [
    "import DataLoader from 'dataloader';",
    "import { Lead, User } from './models';",
    'function createModelLoader(Model: typeof Lead | typeof User) {',
    '  return new DataLoader(async (ids: readonly number[]) => {',
    '    const rows = await Model.query().findByIds(ids as number[]);',
    '    return ids.map((id) => rows.find((r) => r.$id() === id) ?? null);',
    '  });',
    '}',
    `export const createLoaders = () => ({ ${calls} });`,
    '',
  ].join('\n'),
});

void test('a query on a model class a DataLoader factory takes as its parameter is judged for each model the file passes', () => {
  assert.deepEqual(findings(loaders('Lead: createModelLoader(Lead), User: createModelLoader(User)'), 'loaders.ts'), [
    '5: const rows = await Model.query().findByIds(ids as number[]);',
  ]);
  // Precision: given only unpartitioned models, or values that are no model, it stays silent.
  assert.deepEqual(findings(loaders('User: createModelLoader(User), Other: createModelLoader(undefined as never)'), 'loaders.ts'), []);
});

const groupWhere = (body: string): Record<string, string> => ({
  'db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
  'leads.ts': [
    "import { db } from './db';",
    'export async function list(userId: number, args: { since?: Date; status?: string }) {',
    "  return db('leads')",
    "    .select('id')",
    '    .where((builder) => {',
    ...body.split('\n').map((l) => `      ${l}`),
    '    });',
    '}',
    '',
  ].join('\n'),
});

void test('a `where` group whose statements branch (`if (args.since) builder.where(…)`) is judged path by path', () => {
  const since = "if (args.since) {\n  builder.where('created_at', '>=', args.since);\n}";
  assert.deepEqual(findings(groupWhere(`builder.where('user_id', userId);\n${since}`), 'leads.ts'), ["3: return db('leads')"]);
  // Precision: the key bounded on every path; a group that ORs is not read as plain conditions.
  assert.deepEqual(findings(groupWhere("builder.where('created_at', '>=', args.since ?? new Date());\nif (args.status) {\n  builder.where('status', args.status);\n}"), 'leads.ts'), []);
  assert.deepEqual(findings(groupWhere(`builder.where('user_id', userId).orWhere('status', 'x');\n${since}`), 'leads.ts'), []);
});

void test('a CommonJS DataLoader factory taking the model class (`module.exports = Model => async ids => Model.query()…`) is judged for the models its importers pass', () => {
  const files = (models: string): Record<string, string> => ({
    'models.js': "const { Model } = require('objection')\nclass Lead extends Model {\n  static get tableName () { return 'leads' }\n}\nclass User extends Model {\n  static get tableName () { return 'users' }\n}\nmodule.exports = { Lead, User }\n",
    'loaders/models-by-ids.js': "module.exports = Model => async ids => {\n  const rows = await Model.query().whereIn('id', ids)\n  return ids.map(id => rows.find(r => r.id === id) || null)\n}\n",
    'loaders/index.js': `const DataLoader = require('dataloader')\nconst { Lead, User } = require('../models')\nconst modelsByIds = require('./models-by-ids')\nmodule.exports = () => ({\n  ${models}\n})\n`,
  });
  assert.deepEqual(findings(files('leads: new DataLoader(modelsByIds(Lead)),\n  users: new DataLoader(modelsByIds(User))'), 'loaders/models-by-ids.js'), [
    "2: const rows = await Model.query().whereIn('id', ids)",
  ]);
  // Precision: given only an unpartitioned model, it stays silent.
  assert.deepEqual(findings(files('users: new DataLoader(modelsByIds(User))'), 'loaders/models-by-ids.js'), []);
});
