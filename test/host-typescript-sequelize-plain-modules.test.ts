// Sequelize models written as plain objects that a loader turns into models (FlowFuse's
// `forge/db/models`): `module.exports = { name, schema, options, finders(M) { return { static: {…} } } }`.
// The object's schema and options are the model's; `this` in a `static` finder is the model. Nearby
// shapes stay silent: an exported `{ name, schema }` that is not a Sequelize model, and instance finders.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/sequelize-plain-modules');

const PROSPECT = `const { DataTypes, Op } = require('sequelize')

module.exports = {
  name: 'Prospect',
  schema: {
    id: { type: DataTypes.BIGINT, primaryKey: true },
    userId: { type: DataTypes.BIGINT },
    status: { type: DataTypes.TEXT }
  },
  options: { tableName: 'leads', underscored: true, updatedAt: false },
  finders: function (M) {
    return {
      static: {
        byStatus: async function (status) {
          return this.findAll({ where: { status } })
        },
        recentOf (userId, since) {
          return this.findAll({ where: { userId, createdAt: { [Op.gte]: since } } })
        }
      },
      instance: {
        touch: async function () {
          return this.update({ status: 'seen' })
        }
      }
    }
  }
}
`;

const SERVICE = `const models = require('./models/Prospect')

async function archive () {
  return models.Prospect.destroy({ where: { status: 'old' } })
}
module.exports = { archive }
`;

void test('a static finder of a plain model module runs on the model: reported when it lacks the key, silent when bounded', () => {
  assert.deepEqual(findings({ 'db/models/Prospect.js': PROSPECT }, 'db/models/Prospect.js'), ['15: return this.findAll({ where: { status } })']);
});

void test('precision: an exported { name, schema } without Sequelize types is no model', () => {
  const notModel = PROSPECT.replace(/DataTypes\.\w+/g, "'string'").replace("const { DataTypes, Op } = require('sequelize')", "const { Op } = require('sequelize')");
  assert.deepEqual(findings({ 'db/models/Prospect.js': notModel, 'db/service.js': SERVICE }, 'db/models/Prospect.js'), []);
});
