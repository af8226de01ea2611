// A class method running a Sequelize query on the model it is given (Lighthouse CI's
// `_findByPk(model, pk)` / `_findAll(model, options)`), called as `this._findAll(leadModel, { where })`:
// the query is judged in the method once per call in the class, with that call's model and arguments.
// Nearby shapes stay silent: a call whose arguments bound the key, and a call passing no known model.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/sequelize-method-models');

const REPO = `import { DataTypes, Op, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL!);
const Outputs = sequelize.define('AgentOutput', {
  id: { type: DataTypes.BIGINT, primaryKey: true },
  leadId: { type: DataTypes.BIGINT, field: 'lead_id' },
  createdAt: { type: DataTypes.DATE, field: 'created_at' },
}, { tableName: 'agent_outputs' });

export class OutputRepo {
  private async first(model: any, where: object) {
    return model.findOne({ where });
  }

  async latestFor(leadId: number) {
    return this.first(Outputs, CALL_WHERE);
  }
}
`;

void test('a query on a method parameter is judged with the model and where its class call passes', () => {
  const src = REPO.replace('CALL_WHERE', '{ leadId }');
  assert.deepEqual(findings({ 'repo/output-repo.ts': src }, 'repo/output-repo.ts'), ['12: return model.findOne({ where });']);
});

void test('precision: a call that bounds the key, or passes no known model, stays silent', () => {
  const bounded = REPO.replace('CALL_WHERE', '{ leadId, createdAt: { [Op.gte]: new Date(Date.now() - 864e5) } }');
  assert.deepEqual(findings({ 'repo/output-repo.ts': bounded }, 'repo/output-repo.ts'), []);
  const unknown = REPO.replace('CALL_WHERE', '{ leadId }').replace('this.first(Outputs,', 'this.first(someModel,');
  assert.deepEqual(findings({ 'repo/output-repo.ts': unknown }, 'repo/output-repo.ts'), []);
});
