// Sequelize models defined from imported definition objects (Lighthouse CI's SQL storage): a module
// exports `{ tableName, attributes, options }` and another defines the model with
// `sequelize.define(defn.tableName, defn.attributes, { tableName: defn.tableName, ...defn.options })`.
// Queries on the defined const (held directly or destructured from a state object) are judged on the
// definition's table and columns. Nearby shapes stay silent: options that add what we cannot see, and
// an exported `{ tableName, attributes }` that names no Sequelize types.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/sequelize-definition-objects');

const OUTPUT_DEFN = `import { DataTypes } from 'sequelize';

export default {
  tableName: 'agent_outputs',
  attributes: {
    id: { type: DataTypes.BIGINT, primaryKey: true },
    leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  options: { updatedAt: false },
};
`;

const STORE = `import { Op, Sequelize } from 'sequelize';
import outputDefn from './defs/output-defn';

export class OutputStore {
  private state?: { db: Sequelize; outputs: any };

  connect(url: string) {
    const db = new Sequelize(url);
    const outputs = db.define(outputDefn.tableName, outputDefn.attributes, { tableName: outputDefn.tableName, ...outputDefn.options });
    this.state = { db, outputs };
  }

  private get() {
    return this.state!;
  }

  async forLead(leadId: number) {
    const { outputs } = this.get();
    return outputs.findAll({ where: { leadId } });
  }

  async forLeadSince(leadId: number, since: Date) {
    const { outputs } = this.get();
    return outputs.findAll({ where: { leadId, createdAt: { [Op.gte]: since } } });
  }
}
`;

void test('a model defined from an imported definition object: reported without the key, silent with a range', () => {
  assert.deepEqual(findings({ 'store/defs/output-defn.ts': OUTPUT_DEFN, 'store/output-store.ts': STORE }, 'store/output-store.ts'), ['19: return outputs.findAll({ where: { leadId } });']);
});

void test('a CommonJS definition module and a top-level define read the same way', () => {
  const defn = OUTPUT_DEFN.replace("import { DataTypes } from 'sequelize';", "const { DataTypes } = require('sequelize');").replace('export default {', 'module.exports = {');
  const repo = `const { Sequelize } = require('sequelize');
const Defn = require('./output-defn');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const AgentOutputs = sequelize.define(Defn.tableName, Defn.attributes, { tableName: Defn.tableName });

async function purgeLead(leadId) {
  return AgentOutputs.destroy({ where: { leadId } });
}
module.exports = { purgeLead };
`;
  assert.deepEqual(findings({ 'lib/output-defn.js': defn, 'lib/repo.js': repo }, 'lib/repo.js'), ['8: return AgentOutputs.destroy({ where: { leadId } });']);
});

void test('precision: options that spread something else, or a definition without Sequelize types, stay silent', () => {
  const otherOptions = STORE.replace('...outputDefn.options', '...sharedOptions');
  assert.deepEqual(findings({ 'store/defs/output-defn.ts': OUTPUT_DEFN, 'store/output-store.ts': otherOptions }, 'store/output-store.ts'), []);
  const noTypes = OUTPUT_DEFN.replace(/DataTypes\.\w+/g, "'string'");
  assert.deepEqual(findings({ 'store/defs/output-defn.ts': noTypes, 'store/output-store.ts': STORE }, 'store/output-store.ts'), []);
});
