// A static method of an application's base model that awaits a query on `this` (`static async
// findById(id) { return await this.findOne({ where: { id } }) }`) runs that query on the class each
// caller names. Where it is reported is decided by the shared policy (query/placement.ts): every
// visible caller scanning → inside the base method, where it runs, one finding per table; the
// callers differ → at the callers that scan. Also checks the `await X.f<T>(…)` form (tree-sitter
// reads it as a call of `await X.f`) and that a static returning its query unawaited is still
// judged at its calls (the caller awaits it: sequelize-static-returns.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/static-this-helpers';

const { findings } = tsAppSuite(ROOT);

const model = (cls: string, table: string): string =>
  [
    "import { Column, Table } from 'sequelize-typescript';",
    "import { AppRecord } from './AppRecord';",
    `@Table({ tableName: '${table}', underscored: true })`,
    `export class ${cls} extends AppRecord {`,
    '  @Column',
    '  name!: string;',
    '}',
    '',
  ].join('\n');

const BASE: Record<string, string> = {
  'src/models/AppRecord.ts': [
    "import { Model } from 'sequelize-typescript';",
    'export abstract class AppRecord extends Model {',
    '  static async lookup<M extends AppRecord>(this: { findOne(o: object): Promise<M | null> }, id: string): Promise<M> {',
    '    const found = await this.findOne({ where: { id } });',
    "    if (!found) throw new Error('missing');",
    '    return found;',
    '  }',
    '  static purge(id: string) {',
    '    return this.destroy({ where: { id } });',
    '  }',
    '}',
    '',
  ].join('\n'),
  'src/models/Prospect.ts': model('Prospect', 'leads'),
  'src/models/Visit.ts': model('Visit', 'agent_outputs'),
  'src/models/Member.ts': model('Member', 'users'),
};

void test('every caller of a base static scans: reported inside the base method, callers silent', () => {
  const files = {
    ...BASE,
    'src/handlers/show.ts': [
      "import { Prospect } from '../models/Prospect';",
      "import { Visit } from '../models/Visit';",
      'export async function show(id: string) {',
      '  const prospect = await Prospect.lookup<Prospect>(id);',
      '  const visit = await Visit.lookup(id);',
      '  return { prospect, visit };',
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'src/handlers/show.ts'), []);
  // One finding per table the callers' classes name, at the statement that runs.
  assert.deepEqual(findings(files, 'src/models/AppRecord.ts'), ['4: const found = await this.findOne({ where: { id } });', '4: const found = await this.findOne({ where: { id } });']);
});

void test('callers that differ (a plain table among them): the scanning callers are reported, the base stays silent', () => {
  const files = {
    ...BASE,
    'src/handlers/show.ts': [
      "import { Prospect } from '../models/Prospect';",
      "import { Member } from '../models/Member';",
      'export async function show(id: string) {',
      '  const prospect = await Prospect.lookup(id);',
      '  const member = await Member.lookup(id);',
      '  return { prospect, member };',
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'src/handlers/show.ts'), ['4: const prospect = await Prospect.lookup(id);']);
  assert.deepEqual(findings(files, 'src/models/AppRecord.ts'), []);
});

void test('a base static returning its query unawaited is judged at each call, which awaits it', () => {
  const files = {
    ...BASE,
    'src/handlers/remove.ts': [
      "import { Prospect } from '../models/Prospect';",
      "import { Visit } from '../models/Visit';",
      'export async function remove(id: string) {',
      '  await Prospect.purge(id);',
      '  await Visit.purge(id);',
      '}',
      '',
    ].join('\n'),
  };
  assert.deepEqual(findings(files, 'src/handlers/remove.ts'), ['4: await Prospect.purge(id);', '5: await Visit.purge(id);']);
  assert.deepEqual(findings(files, 'src/models/AppRecord.ts'), []);
});
