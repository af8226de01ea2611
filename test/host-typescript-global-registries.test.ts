// Models reached through a global the application fills at boot (`/* global APP */`, then
// `APP.store = require('./boot').start()` whose `start()` returns `{ ...repos }`), read as
// `APP.store.prospects.query()` in any module, including the model's own static methods.
// Each case has its silent twin: the key bounded, the global assigned two ways, or the name a parameter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/global-registries';

const { findings } = tsAppSuite(ROOT);

const app = (filter: string): Record<string, string> => ({
  'src/boot/start.js': [
    "const objection = require('objection')",
    'module.exports = {',
    '  ready: false,',
    '  start () {',
    "    const repos = require('../repos')",
    '    return { ...this, ...repos }',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/main.js': "/* global APP */\nAPP.store = require('./boot/start').start()\n",
  'src/repos/index.js': "module.exports = {\n  prospects: require('./prospect'),\n  teams: require('./team')\n}\n",
  'src/repos/team.js': "const { Model } = require('objection')\nmodule.exports = class Team extends Model {\n  static get tableName () { return 'teams' }\n}\n",
  'src/repos/prospect.js': [
    "const { Model } = require('objection')",
    '/* global APP */',
    'module.exports = class Prospect extends Model {',
    "  static get tableName () { return 'leads' }",
    '  static async byOwner (ownerId) {',
    `    return APP.store.prospects.query().where('user_id', ownerId)${filter}.first()`,
    '  }',
    '  static mine (ownerId) {',
    "    return APP.store.prospects.query().where('user_id', ownerId)",
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/http/prospects.js': [
    '/* global APP */',
    'module.exports = {',
    '  async show (req) {',
    `    const rows = await APP.store.prospects.query().where('id', req.params.id)${filter}`,
    '    return rows[0]',
    '  },',
    '  async latest (req) {',
    `    const rows = await APP.store.prospects.mine(req.user.id).orderBy('created_at', 'desc')${filter}`,
    '    return rows',
    '  }',
    '}',
    '',
  ].join('\n'),
});

const BOUNDED = ".where('created_at', '>=', '2024-03-01')";

void test("a global registry filled at boot (`APP.store = require('./boot/start').start()`) names the model class its module exports", () => {
  assert.deepEqual(findings(app(''), 'src/http/prospects.js'), [
    "4: const rows = await APP.store.prospects.query().where('id', req.params.id)",
    "8: const rows = await APP.store.prospects.mine(req.user.id).orderBy('created_at', 'desc')",
  ]);
});

void test("a model's static method reaching its own class through the global runs the query there", () => {
  assert.deepEqual(findings(app(''), 'src/repos/prospect.js'), ["6: return APP.store.prospects.query().where('user_id', ownerId).first()"]);
});

void test('precision: the same queries bounding the partition key stay silent', () => {
  assert.deepEqual(findings(app(BOUNDED), 'src/http/prospects.js'), []);
  assert.deepEqual(findings(app(BOUNDED), 'src/repos/prospect.js'), []);
});

void test('precision: a global property the workspace assigns two different values stays unresolved', () => {
  const files = { ...app(''), 'src/worker.js': "/* global APP */\nAPP.store = require('./repos/other')\n", 'src/repos/other.js': 'module.exports = { prospects: null }\n' };
  assert.deepEqual(findings(files, 'src/http/prospects.js'), []);
});

void test('precision: the same name taken as a parameter is not the global', () => {
  const files = { ...app(''), 'src/http/scoped.js': "module.exports = (APP) => ({\n  show: async (id) => { const rows = await APP.store.prospects.query().where('id', id); return rows }\n})\n" };
  assert.deepEqual(findings(files, 'src/http/scoped.js'), []);
});
