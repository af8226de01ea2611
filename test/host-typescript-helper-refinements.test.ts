// Builders held in a local and refined by a helper before they run (`applyRange(q, from, to, column)`):
// the helper's other parameters (the column, the bounds) read the call's arguments, the statement
// that hands the builder over does not run it (its result is dropped), and a builder made from a
// parameter named `knex` in a method the service's client is handed to is followed like the file scan
// reads it. Each pattern has its silent twin: the bound set on every path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/helper-refinements';

const { findings } = tsAppSuite(ROOT);

/** A filters module whose helper bounds a column it is given, on the paths where a bound is given. */
const FILTERS = (guard: boolean): string =>
  [
    'export function boundColumn(builder, column, lower, upper) {',
    guard ? '  if (lower) {' : '  {',
    "    builder.andWhere(column, '>=', lower);",
    '  }',
    '  if (upper) {',
    "    builder.andWhere(column, '<', upper);",
    '  }',
    '}',
    '',
  ].join('\n');

const REPORT = [
  "import knexFactory from 'knex';",
  "import { boundColumn } from './filters';",
  "const db = knexFactory({ client: 'pg' });",
  '',
  'export class ProspectReport {',
  '  async perStatus(opts) {',
  "    const builder = db('leads').select('status').count({ n: '*' }).where('user_id', opts.owner).groupBy('status');",
  "    this.window(builder, 'leads.created_at', opts);",
  '    const rows = await builder;',
  '    return rows;',
  '  }',
  '  window(builder, column, opts) {',
  '    boundColumn(builder, column, opts.since, opts.until);',
  '    return builder;',
  '  }',
  '  async topCompanies(opts) {',
  '    return this.byCompany(db, opts.owner, opts);',
  '  }',
  '  async byCompany(knex, owner, opts) {',
  "    const builder = knex('leads').select('company').where('user_id', owner);",
  "    boundColumn(builder, 'created_at', opts.since, opts.until);",
  '    const rows = await builder;',
  '    return rows;',
  '  }',
  '}',
  '',
].join('\n');

void test('a helper bounding a column its caller names, on some paths only, leaves the path without a bound: reported where the builder runs', () => {
  assert.deepEqual(findings({ 'src/filters.js': FILTERS(true), 'src/report.js': REPORT }, 'src/report.js'), ['9: const rows = await builder;', '22: const rows = await builder;']);
});

void test('precision: the same helper bounding the column on every path keeps both queries silent, and the statement handing the builder over is no run', () => {
  assert.deepEqual(findings({ 'src/filters.js': FILTERS(false).replace('  if (upper) {', '  {'), 'src/report.js': REPORT }, 'src/report.js'), []);
});

void test('precision: a parameter named `knex` that the module binds to something else is not taken for the client', () => {
  const own = REPORT.replace("const db = knexFactory({ client: 'pg' });", "const db = knexFactory({ client: 'pg' });\nconst knex = { raw: (s) => s };");
  const lines = findings({ 'src/filters.js': FILTERS(true), 'src/report.js': own }, 'src/report.js');
  assert.deepEqual(lines, ['10: const rows = await builder;']);
});

/** An Objection write whose key condition a helper adds: `onlyBefore(Output.query().delete(), cutoff)`. */
const OUTPUTS = (helperWhere: string): Record<string, string> => ({
  'models/output.ts': "import { Model } from 'objection';\nexport class Output extends Model {\n  static tableName = 'leads';\n}\n",
  'jobs/purge.ts': [
    "import { Output } from '../models/output';",
    'export async function purge(cutoff: Date) {',
    '  return onlyBefore(Output.query().delete(), cutoff);',
    '}',
    'function onlyBefore(qb: any, cutoff: Date) {',
    `  return qb.where(${helperWhere});`,
    '}',
    '',
  ].join('\n'),
});

void test('precision: a write builder handed to a helper that adds the key runs where the helper returns it, not as an argument', () => {
  assert.deepEqual(findings(OUTPUTS("'created_at', '<', cutoff"), 'jobs/purge.ts'), []);
});

void test('a write builder handed to a helper that adds no key condition is reported where it runs', () => {
  assert.deepEqual(findings(OUTPUTS("'user_id', 7"), 'jobs/purge.ts'), ['3: return onlyBefore(Output.query().delete(), cutoff);']);
});
