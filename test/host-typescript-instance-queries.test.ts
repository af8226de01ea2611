// Queries an object runs on itself or hands on, followed by the TypeScript host: `this.$query()` and
// `this.$relatedQuery(…)` in an Objection model's instance methods (the row is an instance of the
// class declaring the method), and rows read after an awaited query (`(await q).map(…)`), where the
// query runs at the await. Each idiom has a nearby shape that must stay silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/instance-queries';

const { findings } = tsAppSuite(ROOT);

const OUTPUT = [
  "import { Model } from 'objection';",
  'export class Output extends Model {',
  "  static tableName = 'agent_outputs';",
  '}',
  '',
].join('\n');

void test("`this.$query()` / `this.$relatedQuery(…)` in an Objection model's instance methods read that model's table", () => {
  const files = {
    'models/output.ts': OUTPUT,
    'models/lead.ts': [
      "import { Model } from 'objection';",
      "import { Output } from './output';",
      'export class Lead extends Model {',
      "  static tableName = 'leads';",
      '  static relationMappings = () => ({',
      "    outputs: { relation: Model.HasManyRelation, modelClass: Output, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } },",
      '  });',
      '  async archive(): Promise<Lead> {',
      "    return this.$query().patchAndFetch({ status: 'archived' });",
      '  }',
      '  async outputKinds(): Promise<string[]> {',
      "    const rows = await this.$relatedQuery('outputs').select('kind');",
      '    return rows.map((r) => r.kind);',
      '  }',
      '  async recentOutputs(since: Date) {',
      "    return this.$relatedQuery('outputs').where('created_at', '>=', since);",
      '  }',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the related query bounding created_at stays silent.
  assert.deepEqual(findings(files, 'models/lead.ts'), [
    "9: return this.$query().patchAndFetch({ status: 'archived' });",
    "12: const rows = await this.$relatedQuery('outputs').select('kind');",
  ]);
});

void test('an instance method of an abstract base model runs for every subclass: not judged', () => {
  const files = {
    'models/base.ts': [
      "import { Model } from 'objection';",
      'export class Base extends Model {',
      '  async touch() {',
      '    return this.$query().patch({ updatedAt: new Date() } as never);',
      '  }',
      '}',
      '',
    ].join('\n'),
    'models/lead.ts': ["import { Base } from './base';", 'export class Lead extends Base {', "  static tableName = 'leads';", '}', ''].join('\n'),
  };
  assert.deepEqual(findings(files, 'models/base.ts'), []);
});

void test('`(await q).map(…)` runs the query at the await, not where the rows are used', () => {
  const files = {
    'db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
    'models/output.ts': OUTPUT,
    'models/lead.ts': ["import { Model } from 'objection';", 'export class Lead extends Model {', "  static tableName = 'leads';", '}', ''].join('\n'),
    'queries.ts': [
      "import { db } from './db';",
      "import { Lead } from './models/lead';",
      "import { Output } from './models/output';",
      'export async function leadIds(userId: number) {',
      "  const ids = (await db('leads').where('user_id', userId).select('id')).map((r) => r.id);",
      '  return ids;',
      '}',
      'export async function leadCount(userId: number) {',
      "  return (await Lead.query().where('user_id', userId)).length;",
      '}',
      'export async function purge(userId: number, since: Date) {',
      "  const ids = (await Lead.query().where('user_id', userId).where('created_at', '>=', since).select('id')).map((l) => l.id);",
      "  await Output.query().delete().whereIn('lead_id', ids).where('created_at', '>=', since);",
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the ids are values once awaited, not a subquery of the delete (which bounds its key).
  assert.deepEqual(findings(files, 'queries.ts'), [
    "5: const ids = (await db('leads').where('user_id', userId).select('id')).map((r) => r.id);",
    "9: return (await Lead.query().where('user_id', userId)).length;",
  ]);
});

const GETTER_MODELS: Record<string, string> = {
  'models/output.ts': OUTPUT,
  'models/lead.ts': ["import { Model } from 'objection';", 'export class Lead extends Model {', "  static tableName = 'leads';", '}', ''].join('\n'),
  'models/account.ts': [
    "import { Model } from 'objection';",
    "import { Lead } from './lead';",
    'export class Account extends Model {',
    "  static tableName = 'users';",
    '  isAdmin = false;',
    '  static relationMappings = () => ({',
    "    leads: { relation: Model.HasManyRelation, modelClass: Lead, join: { from: 'users.id', to: 'leads.user_id' } },",
    '  });',
    '  get visibleLeads() {',
    "    if (this.isAdmin) return Lead.query();",
    "    return this.$relatedQuery('leads');",
    '  }',
    '  get label() {',
    "    return `account ${this.id}`;",
    '  }',
    '}',
    '',
  ].join('\n'),
};

void test("a model's getter returning queries is followed wherever it is read, on an object of any name", () => {
  const files = {
    ...GETTER_MODELS,
    'routes/leads.ts': [
      'export async function show(ctx: any) {',
      '  return ctx.state.account.visibleLeads.findById(ctx.params.id);',
      '}',
      'export async function month(ctx: any, from: Date, to: Date) {',
      "  return ctx.state.account.visibleLeads.where('created_at', '>=', from).where('created_at', '<', to);",
      '}',
      'export async function list(req: any) {',
      "  const rows = await req.account.visibleLeads.clone().orderBy('id');",
      '  return rows;',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: both branches bounded by created_at stay silent.
  assert.deepEqual(findings(files, 'routes/leads.ts'), [
    '2: return ctx.state.account.visibleLeads.findById(ctx.params.id);',
    "8: const rows = await req.account.visibleLeads.clone().orderBy('id');",
  ]);
});

void test('a getter name two model classes declare, or a getter returning something else, is not followed', () => {
  const files = {
    ...GETTER_MODELS,
    'models/team.ts': [
      "import { Model } from 'objection';",
      "import { Lead } from './lead';",
      'export class Team extends Model {',
      "  static tableName = 'teams';",
      '  get visibleLeads() {',
      "    return Lead.query().where('created_at', '>=', new Date());",
      '  }',
      '}',
      '',
    ].join('\n'),
    'routes/leads.ts': [
      'export async function show(ctx: any) {',
      '  return ctx.state.account.visibleLeads.findById(ctx.params.id);',
      '}',
      'export async function label(ctx: any) {',
      '  return ctx.state.account.label.toUpperCase();',
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'routes/leads.ts'), []);
});

void test('a builder handed on by helpers before one runs it is judged where the caller passes it', () => {
  const files = {
    ...GETTER_MODELS,
    'db.ts': "import knex from 'knex';\nexport const db = knex({ client: 'pg' });\n",
    'lib/page.ts': [
      'export async function runPage(q: any, size: number, offset: number) {',
      '  const [rows, total] = await Promise.all([q.limit(size).offset(offset), q.resultSize()]);',
      '  return { rows, total };',
      '}',
      '',
    ].join('\n'),
    'lib/rest.ts': [
      "import { runPage } from './page';",
      'export function pageOf(q: any, page: string) {',
      '  const n = parseInt(page, 10) || 1;',
      '  return runPage(q, 25, (n - 1) * 25);',
      '}',
      '',
    ].join('\n'),
    'routes/leads.ts': [
      "import { Lead } from '../models/lead';",
      "import { db } from '../db';",
      "import { pageOf } from '../lib/rest';",
      'export async function list(userId: number, page: string) {',
      "  const q = Lead.query().where('user_id', userId).orderBy('id');",
      '  return pageOf(q, page);',
      '}',
      'export async function month(userId: number, from: Date, page: string) {',
      "  return pageOf(db('leads').where('user_id', userId).where('created_at', '>=', from), page);",
      '}',
      'export async function all(page: string) {',
      "  return pageOf(db('leads').select('id'), page);",
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the builder bounding created_at stays silent.
  assert.deepEqual(findings(files, 'routes/leads.ts'), ['6: return pageOf(q, page);', "12: return pageOf(db('leads').select('id'), page);"]);
});
