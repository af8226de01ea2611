// Sequelize idioms of applications that keep their models behind an application object: models
// initialised by `super.init(…)` in their own `static init(sequelize)`, handed out by a singleton's
// getters (`get leadModel() { return this.models.lead }` over `sequelize.models`), and statics
// returning their own query unawaited, which run where their callers await them. Each idiom has a
// nearby shape that must stay silent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/sequelize-singletons';

const { findings } = tsAppSuite(ROOT);

const MODELS: Record<string, string> = {
  'lib/models/prospect.js': [
    "const { DataTypes, Model, Op } = require('sequelize')",
    'class Prospect extends Model {',
    '  static purge(prospectId) {',
    '    return this.destroy({ where: { id: prospectId } })',
    '  }',
    '  static recentFor(userId, since) {',
    "    return this.findAll({ where: { userId, createdAt: { [Op.gte]: since } } })",
    '  }',
    '  static async loadFull(prospectId) {',
    '    const row = await this.findByPk(prospectId, { include: [{ model: this.sequelize.models.note }] })',
    '    return row',
    '  }',
    '  static init(sequelize) {',
    '    super.init(',
    '      {',
    '        id: { type: DataTypes.BIGINT, primaryKey: true },',
    "        userId: { type: DataTypes.BIGINT, field: 'user_id' },",
    "        createdAt: { type: DataTypes.DATE, field: 'created_at' },",
    '      },',
    "      { sequelize, modelName: 'prospect', tableName: 'leads', updatedAt: false },",
    '    )',
    '  }',
    '}',
    'module.exports = Prospect',
    '',
  ].join('\n'),
  'lib/models/note.js': [
    "const { DataTypes, Model } = require('sequelize')",
    'class Note extends Model {',
    '  static init(sequelize) {',
    "    super.init({ leadId: { type: DataTypes.BIGINT, field: 'lead_id' } }, { sequelize, modelName: 'note', tableName: 'agent_outputs', updatedAt: false })",
    '  }',
    '}',
    'module.exports = Note',
    '',
  ].join('\n'),
  'lib/store.js': [
    "const { Sequelize } = require('sequelize')",
    'class Store {',
    '  constructor() {',
    '    this.sequelize = null',
    '    this.cache = {}',
    '  }',
    '  get models() {',
    '    return this.sequelize.models',
    '  }',
    '  get prospects() {',
    '    return this.models.prospect',
    '  }',
    '  get notes() {',
    '    return this.sequelize.models.note',
    '  }',
    '  get cached() {',
    '    return this.cache.prospect',
    '  }',
    '  async open(url) {',
    '    this.sequelize = new Sequelize(url)',
    "    require('./models/prospect').init(this.sequelize)",
    "    require('./models/note').init(this.sequelize)",
    '  }',
    '}',
    'module.exports = new Store()',
    '',
  ].join('\n'),
};

void test("a model class initialised by `super.init(…)` in its own static reads its table; a static's awaited query is judged inside it", () => {
  assert.deepEqual(findings(MODELS, 'lib/models/prospect.js'), [
    '10: const row = await this.findByPk(prospectId, { include: [{ model: this.sequelize.models.note }] })',
  ]);
});

void test("a singleton's getters returning `this.models.<name>` are that model, also as an include's model", () => {
  const files = {
    ...MODELS,
    'routes/prospects.js': [
      "const store = require('../lib/store')",
      'module.exports = {',
      '  async list(req, res) {',
      '    res.json(await store.prospects.findAll({ where: { userId: req.user.id } }))',
      '  },',
      '  async withNotes(req, res) {',
      '    res.json(await store.prospects.findAll({ where: { userId: req.user.id, createdAt: req.query.day }, include: [{ model: store.notes }] }))',
      '  },',
      '  async bounded(req, res) {',
      '    res.json(await store.prospects.findAll({ where: { userId: req.user.id, createdAt: req.query.day } }))',
      '  },',
      '  async fromCache(req, res) {',
      '    res.json(await store.cached.findAll({ where: { userId: req.user.id } }))',
      '  },',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the bounded query and a getter that is not the Sequelize registry stay silent.
  assert.deepEqual(findings(files, 'routes/prospects.js'), [
    '4: res.json(await store.prospects.findAll({ where: { userId: req.user.id } }))',
    '7: res.json(await store.prospects.findAll({ where: { userId: req.user.id, createdAt: req.query.day }, include: [{ model: store.notes }] }))',
  ]);
});

void test('a static returning its own query unawaited is judged at each call, not in the static', () => {
  const files = {
    ...MODELS,
    'jobs/cleanup.js': [
      "const Prospect = require('../lib/models/prospect')",
      "const store = require('../lib/store')",
      'async function run(id, userId, since) {',
      '  await Prospect.purge(id)',
      '  await store.prospects.purge(id)',
      '  return Prospect.recentFor(userId, since)',
      '}',
      'module.exports = { run }',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'jobs/cleanup.js'), ['4: await Prospect.purge(id)', '5: await store.prospects.purge(id)']);
  assert.deepEqual(findings(files, 'lib/models/prospect.js'), [
    '10: const row = await this.findByPk(prospectId, { include: [{ model: this.sequelize.models.note }] })',
  ]);
});
