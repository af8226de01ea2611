// A knex instance a class is given and keeps under another name (`constructor({ knex }) {
// this.conn = knex }`), queried directly or through a base-query method its other methods refine.
// Each case has its silent twin: the key bounded, the field reassigned later, or `knex` not the parameter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/knex-param-fields';

const { findings } = tsAppSuite(ROOT);

const store = (ctor: string, filter: string, extra = ''): Record<string, string> => ({
  'src/stores/prospect-store.js': [
    'module.exports = class ProspectStore {',
    `  ${ctor}`,
    '  ownedBy (uid) {',
    "    return this.conn('leads').where('user_id', uid)",
    '  }',
    '  async recent (uid) {',
    `    return await this.ownedBy(uid).orderBy('company').limit(5)${filter}`,
    '  }',
    '  async remove (id) {',
    `    await this.conn('leads').where('id', id)${filter}.del()`,
    '  }',
    extra,
    '}',
    '',
  ].join('\n'),
});

const GIVEN = 'constructor ({ knex, logger }) { this.conn = knex; this.logger = logger }';
const BOUNDED = ".where('created_at', '>=', '2024-03-01')";

void test('a field the constructor sets from its `knex` parameter is the knex instance, in direct queries and in a base query other methods refine', () => {
  assert.deepEqual(findings(store(GIVEN, ''), 'src/stores/prospect-store.js'), [
    "7: return await this.ownedBy(uid).orderBy('company').limit(5)",
    "10: await this.conn('leads').where('id', id).del()",
  ]);
  // A plain parameter (`constructor (knex)`) reads the same.
  assert.equal(findings(store('constructor (knex) { this.conn = knex }', ''), 'src/stores/prospect-store.js').length, 2);
});

void test('precision: the same queries bounding the partition key stay silent', () => {
  assert.deepEqual(findings(store(GIVEN, BOUNDED), 'src/stores/prospect-store.js'), []);
});

void test('precision: a field another method reassigns, or a `knex` that is not the parameter, is not taken for the instance', () => {
  assert.deepEqual(findings(store(GIVEN, '', '  use (c) { this.conn = c }'), 'src/stores/prospect-store.js'), []);
  assert.deepEqual(findings(store('constructor ({ knex: other }) { this.conn = other }', ''), 'src/stores/prospect-store.js'), []);
});

void test('a field set from a dependency object kept whole (`constructor(deps) { this.db = deps.knex }`) is the knex instance', () => {
  assert.equal(findings(store('constructor (deps) { this.conn = deps.knex; this.log = deps.logger }', ''), 'src/stores/prospect-store.js').length, 2);
  assert.deepEqual(findings(store('constructor (deps) { this.conn = deps.knex }', BOUNDED), 'src/stores/prospect-store.js'), []);
});

void test('precision: another property of the dependency object, or `knex` of an object that is not a parameter, is not the instance', () => {
  assert.deepEqual(findings(store('constructor (deps) { this.conn = deps.pool }', ''), 'src/stores/prospect-store.js'), []);
  assert.deepEqual(findings(store('constructor (deps) { this.conn = globalThis.knex }', ''), 'src/stores/prospect-store.js'), []);
});
