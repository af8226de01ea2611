// TypeScript namespaces as query-helper modules (Grouparoo's `modules/ops`): `export namespace
// ProspectOps { export function whereFor(…) { … } }`, called as `ProspectOps.whereFor(…)` from another
// file. The where object the namespace function returns is the query's. Nearby shapes stay silent: a
// namespace helper that does bound the key, and a member the namespace does not export.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const { findings } = tsAppSuite('/virtual/ts-namespaces');

const MODEL = `import { Column, CreatedAt, DataType, Model, Table } from 'sequelize-typescript';
@Table({ tableName: 'leads', underscored: true, updatedAt: false })
export class Prospect extends Model {
  @Column(DataType.BIGINT)
  declare userId: number;
  @Column(DataType.TEXT)
  declare status: string;
  @CreatedAt
  declare createdAt: Date;
}
`;

const OPS = `import { Op, type WhereOptions } from 'sequelize';
export namespace ProspectOps {
  export function whereFor(ownerId: number, filters: { status?: string }) {
    const where: WhereOptions = { userId: ownerId };
    if (filters.status) where['status'] = filters.status;
    return where;
  }
  export function recentWhere(ownerId: number, since: Date) {
    return { userId: ownerId, createdAt: { [Op.gte]: since } };
  }
  function hiddenWhere(ownerId: number) {
    return { userId: ownerId };
  }
}
`;

const ACTION = (call: string): string => `import { Prospect } from '../models/prospect';
import { ProspectOps } from '../ops/prospect';
export async function list(ownerId: number, filters: { status?: string }) {
  const where = ${call};
  return Prospect.findAll({ where, limit: 20 });
}
`;

const files = (call: string): Record<string, string> => ({ 'src/models/prospect.ts': MODEL, 'src/ops/prospect.ts': OPS, 'src/actions/list.ts': ACTION(call) });

void test('a where built by an exported namespace function in another module: reported at the finder when it lacks the key', () => {
  assert.deepEqual(findings(files('ProspectOps.whereFor(ownerId, filters)'), 'src/actions/list.ts'), ['5: return Prospect.findAll({ where, limit: 20 });']);
});

void test('precision: the namespace function bounds the key, so the finder stays silent', () => {
  assert.deepEqual(findings(files('ProspectOps.recentWhere(ownerId, new Date())'), 'src/actions/list.ts'), []);
});

void test('precision: a member the namespace does not export is not followed', () => {
  assert.deepEqual(findings(files('ProspectOps.hiddenWhere(ownerId)'), 'src/actions/list.ts'), []);
});
