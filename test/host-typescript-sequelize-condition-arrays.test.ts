// Sequelize conditions collected in a local array and combined by `where: { [Op.and]: conditions }`
// (Open Collective's collection resolvers: `const where = [{ userId }]; if (args.dateFrom) where.push(…)`):
// the array holds its literal items and the unconditional pushes on every path; a push under an `if`
// is left out (the path without it), which a conjunction may do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/sequelize-condition-arrays');

const MODEL = `import { DataTypes, Model, Sequelize } from 'sequelize';
export const sequelize = new Sequelize('postgres://localhost/app');
export class Prospect extends Model {}
Prospect.init(
  {
    id: { type: DataTypes.BIGINT, primaryKey: true },
    ownerId: { type: DataTypes.BIGINT, field: 'user_id' },
    stage: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE, field: 'created_at' },
  },
  { sequelize, tableName: 'leads', updatedAt: false },
);
`;

const list = (pushes: string): string => `import { Op } from 'sequelize';
import { Prospect } from './prospect';

export async function listProspects(ownerId: number, filter: { stage?: string; after?: Date }) {
  const conditions: object[] = [{ ownerId }];
${pushes}
  return Prospect.findAll({ where: { [Op.and]: conditions }, limit: 50 });
}
`;

void test('a date bound pushed only under an if leaves a path that scans all partitions', () => {
  const pushes = '  if (filter.stage) conditions.push({ stage: filter.stage });\n  if (filter.after) {\n    conditions.push({ createdAt: { [Op.gte]: filter.after } });\n  }';
  assert.deepEqual(findings({ 'src/prospect.ts': MODEL, 'src/list.ts': list(pushes) }, 'src/list.ts'), ['10: return Prospect.findAll({ where: { [Op.and]: conditions }, limit: 50 });']);
});

void test('precision: a date bound pushed on every path prunes', () => {
  const pushes = '  if (filter.stage) conditions.push({ stage: filter.stage });\n  conditions.push({ createdAt: { [Op.gte]: new Date(Date.now() - 86_400_000) } });';
  assert.deepEqual(findings({ 'src/prospect.ts': MODEL, 'src/list.ts': list(pushes) }, 'src/list.ts'), []);
});
