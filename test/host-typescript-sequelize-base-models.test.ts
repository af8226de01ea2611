// sequelize-typescript models that extend the application's own base classes (`@Table(…) class
// Visit extends TrackedRecord`, `abstract class TrackedRecord extends BaseRecord`, `BaseRecord
// extends Model` from 'sequelize-typescript', each in its own file) are models like those that
// extend `Model` directly, and a model's own static named like a Sequelize finder replaces it.
// Instances handed over in a destructured parameter (`{ prospect }: Props`) are typed by its members.
// Nearby shapes that must stay silent: a base class without `@Table`, a `@Table` from another
// package, and calls of an overriding static (its own query is judged where it is written).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/sequelize-base-models';

const { findings } = tsAppSuite(ROOT);

const FILES: Record<string, string> = {
  'src/db/BaseRecord.ts': [
    "import { Model } from 'sequelize-typescript';",
    'export abstract class BaseRecord<A extends object = any> extends Model<A> {',
    '  static async eachPage<T extends BaseRecord>(this: any, options: any, fn: (rows: T[]) => Promise<void>) {',
    '    const rows = await this.findAll({ ...options, limit: 100 });',
    '    await fn(rows);',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/db/TrackedRecord.ts': [
    "import { Column, DataType, PrimaryKey } from 'sequelize-typescript';",
    "import { BaseRecord } from './BaseRecord';",
    'export abstract class TrackedRecord extends BaseRecord {',
    '  @PrimaryKey',
    '  @Column(DataType.BIGINT)',
    '  id!: string;',
    '}',
    '',
  ].join('\n'),
  'src/db/Visit.ts': [
    "import { Column, CreatedAt, Table } from 'sequelize-typescript';",
    "import { TrackedRecord } from './TrackedRecord';",
    "@Table({ tableName: 'agent_outputs', underscored: true, updatedAt: false })",
    'export class Visit extends TrackedRecord {',
    '  @Column',
    '  kind!: string;',
    '  @Column',
    '  leadId!: string;',
    '  @CreatedAt',
    '  createdAt!: Date;',
    '}',
    '',
  ].join('\n'),
  'src/db/Prospect.ts': [
    "import { Column, CreatedAt, Table } from 'sequelize-typescript';",
    "import { TrackedRecord } from './TrackedRecord';",
    "@Table({ tableName: 'leads', modelName: 'prospect', underscored: true, updatedAt: false })",
    'export class Prospect extends TrackedRecord {',
    '  @Column',
    '  userId!: string;',
    '  @CreatedAt',
    '  createdAt!: Date;',
    '  static async findByPk(id: string, options: { ownerId?: string } = {}) {',
    '    return this.findOne({ where: { id, userId: options.ownerId } });',
    '  }',
    '}',
    '',
  ].join('\n'),
};

void test('a @Table class extending an app base class across files reads its table and underscored columns', () => {
  const files = {
    ...FILES,
    'src/jobs/visits.ts': [
      "import { Op } from 'sequelize';",
      "import { Visit } from '../db/Visit';",
      'export async function recentKinds(leadId: string, since: Date) {',
      '  const all = await Visit.findAll({ where: { leadId } });',
      '  const recent = await Visit.findAll({ where: { leadId, createdAt: { [Op.gte]: since } } });',
      '  await Visit.destroy({ where: { kind: "ping" } });',
      '  return [all, recent];',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: the query bounded on `createdAt` (column created_at through `underscored`) stays silent.
  assert.deepEqual(findings(files, 'src/jobs/visits.ts'), [
    '4: const all = await Visit.findAll({ where: { leadId } });',
    '6: await Visit.destroy({ where: { kind: "ping" } });',
  ]);
});

void test('an abstract base class without @Table is never a table, nor a @Table from another package', () => {
  const files = {
    ...FILES,
    'src/db/Lead.ts': ["import { Model } from 'sequelize-typescript';", 'export abstract class Lead extends Model {}', ''].join('\n'),
    'src/db/Campaign.ts': [
      "import { Table } from 'dynamo-records';",
      "import { TrackedRecord } from './TrackedRecord';",
      "@Table({ tableName: 'leads' })",
      'export class Campaign extends TrackedRecord {}',
      '',
    ].join('\n'),
    'src/jobs/others.ts': [
      "import { Lead } from '../db/Lead';",
      "import { Campaign } from '../db/Campaign';",
      "import { TrackedRecord } from '../db/TrackedRecord';",
      'export async function others(userId: string) {',
      '  await Lead.findAll({ where: { userId } });',
      '  await Campaign.findAll({ where: { userId } });',
      '  await TrackedRecord.findAll({ where: { userId } });',
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'src/jobs/others.ts'), []);
  // A base class's helper runs `this.findAll` on whichever model calls it: not judged in the base.
  assert.deepEqual(findings(files, 'src/db/BaseRecord.ts'), []);
});

void test("a model's own static findByPk is judged where it is written, not at its calls", () => {
  const files = {
    ...FILES,
    'src/routes/prospects.ts': [
      "import { Prospect } from '../db/Prospect';",
      "import { Visit } from '../db/Visit';",
      'export async function show(id: string, ownerId: string) {',
      '  const prospect = await Prospect.findByPk(id, { ownerId });',
      '  const visit = await Visit.findByPk(id);',
      '  return [prospect, visit];',
      '}',
      '',
    ].join('\n'),
  };
  // The built-in findByPk of a model that does not override it still scans every partition.
  assert.deepEqual(findings(files, 'src/routes/prospects.ts'), ['5: const visit = await Visit.findByPk(id);']);
  assert.deepEqual(findings(files, 'src/db/Prospect.ts'), ['10: return this.findOne({ where: { id, userId: options.ownerId } });']);
});

void test('an instance destructured from a typed parameter saves by primary key, also when named like the modelName', () => {
  const files = {
    ...FILES,
    'src/commands/touch.ts': [
      "import type { Transaction } from 'sequelize';",
      "import type { Prospect } from '../db/Prospect';",
      "import type { Visit } from '../db/Visit';",
      'interface Draft { save(o?: unknown): Promise<void> }',
      'type Props = { prospect: Prospect; note: Draft; transaction?: Transaction };',
      'export async function touch({ prospect, note, transaction }: Props) {',
      '  await prospect.save({ transaction });',
      '  await note.save({ transaction });',
      '}',
      'export async function recheck({ visit, other }: { visit: Visit; other: Draft | null }) {',
      '  await visit.reload();',
      '  await other?.save();',
      '}',
      '',
    ].join('\n'),
  };
  // Precision: members typed with a non-model type stay silent.
  assert.deepEqual(findings(files, 'src/commands/touch.ts'), ['7: await prospect.save({ transaction });', '11: await visit.reload();']);
});
