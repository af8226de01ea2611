// Filter objects a function builds before a query reads them, in the two forms routers and search
// helpers write besides `where.x = …`: the object rebuilt with its own properties spread first
// (`where = { ...where, status }`) and an element pushed onto an array it holds
// (`where[Op.and].push({ … })`, Prisma's `AND: []`), also inside a static helper the class calls as
// `this.buildWhere(…)`. A rebuild or push under an `if` leaves a path without it; on every path it counts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/object-rebuilds';
const SCHEMA = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ts-app', 'prisma', 'schema.prisma'), 'utf8');

const { findings } = tsAppSuite(ROOT);

const PROSPECT = [
  "const { DataTypes, Model } = require('sequelize')",
  'class Prospect extends Model {',
  '  static init(sequelize) {',
  '    super.init(',
  '      {',
  '        id: { type: DataTypes.BIGINT, primaryKey: true },',
  "        ownerId: { type: DataTypes.BIGINT, field: 'user_id' },",
  '        status: DataTypes.TEXT,',
  "        createdAt: { type: DataTypes.DATE, field: 'created_at' },",
  '      },',
  "      { sequelize, modelName: 'prospect', tableName: 'leads', updatedAt: false },",
  '    )',
  '  }',
  '}',
  'module.exports = Prospect',
  '',
].join('\n');

/** A route filtering prospects; `sinceGuard` wraps the date filter (empty: on every path). */
const ROUTE = (sinceGuard: string): string =>
  [
    "const { Op } = require('sequelize')",
    "const Prospect = require('./models/prospect')",
    'async function list(ownerId, state, since) {',
    '  let filter = { ownerId }',
    '  if (state) {',
    '    filter = { ...filter, status: state }',
    '  }',
    `  ${sinceGuard}filter = { ...filter, createdAt: { [Op.gte]: since } }`,
    '  return Prospect.findAll({ where: filter, limit: 20 })',
    '}',
    'class ProspectSearch {',
    '  static async run(ownerId, opts) {',
    '    const filter = this.conditions(ownerId, opts)',
    '    return Prospect.count({ where: filter })',
    '  }',
    '  static conditions(ownerId, opts) {',
    '    const filter = { [Op.and]: [{ ownerId }] }',
    `    ${sinceGuard}filter[Op.and].push({ createdAt: { [Op.gt]: opts.since } })`,
    '    return filter',
    '  }',
    '}',
    'module.exports = { list, ProspectSearch }',
    '',
  ].join('\n');

void test('Sequelize: a filter rebuilt with a self-spread, or pushed onto its Op.and list by a static helper, under an `if`: the path without the date scans', () => {
  assert.deepEqual(findings({ 'src/models/prospect.js': PROSPECT, 'src/routes.js': ROUTE('if (since) ') }, 'src/routes.js').sort(), [
    '14: return Prospect.count({ where: filter })',
    '9: return Prospect.findAll({ where: filter, limit: 20 })',
  ]);
});

void test('precision: the same rebuild and push on every path bound the date, and a rebuild that drops the old object is not read', () => {
  assert.deepEqual(findings({ 'src/models/prospect.js': PROSPECT, 'src/routes.js': ROUTE('') }, 'src/routes.js'), []);
  const replaced = ROUTE('if (since) ').replace('filter = { ...filter, status: state }', 'filter = { status: state }');
  assert.deepEqual(findings({ 'src/models/prospect.js': PROSPECT, 'src/routes.js': replaced }, 'src/routes.js'), ['14: return Prospect.count({ where: filter })']);
});

const PRISMA_ROUTE = (guard: string): string =>
  [
    "import { PrismaClient, Prisma } from '@prisma/client';",
    'const prisma = new PrismaClient();',
    'export async function owned(userId: bigint, from?: Date) {',
    '  const where: Prisma.LeadWhereInput = { AND: [{ userId }] };',
    `  ${guard}(where.AND as Prisma.LeadWhereInput[]).push({ createdAt: { gte: from } });`,
    '  return prisma.lead.findMany({ where });',
    '}',
    '',
  ].join('\n');

void test('Prisma: an element pushed onto the AND list (through a cast) under an `if` leaves the unbounded path; pushed always, it bounds the query', () => {
  assert.deepEqual(findings({ 'prisma/schema.prisma': SCHEMA, 'src/owned.ts': PRISMA_ROUTE('if (from) ') }, 'src/owned.ts'), ['6: return prisma.lead.findMany({ where });']);
  assert.deepEqual(findings({ 'prisma/schema.prisma': SCHEMA, 'src/owned.ts': PRISMA_ROUTE('') }, 'src/owned.ts'), []);
});

void test('precision: a local named like a model (`view`) but holding a constructed object is not the model; the model itself still is', () => {
  const VIEW = PROSPECT.replace(/Prospect/g, 'View').replace("modelName: 'prospect'", "modelName: 'view'");
  const editor = [
    "const View = require('./models/view')",
    "const { EditorView } = require('prosemirror-view')",
    'function render(dom) {',
    '  let view',
    '  try {',
    '    view = new EditorView(dom, {})',
    '    return view.dom',
    '  } finally {',
    '    view.destroy()',
    '  }',
    '}',
    'async function purge() {',
    '  await View.destroy({ where: { status: "old" } })',
    '}',
    'module.exports = { render, purge }',
    '',
  ].join('\n');
  assert.deepEqual(findings({ 'src/models/view.js': VIEW, 'src/editor.js': editor }, 'src/editor.js'), ['13: await View.destroy({ where: { status: "old" } })']);
});
