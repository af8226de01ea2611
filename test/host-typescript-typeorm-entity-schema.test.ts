// TypeORM entities declared as `new EntitySchema({ tableName, columns })` (no classes), and repository getters:
// a function returning `getRepository(E)`, or one a factory makes for an entity (Activepieces' `repoFactory(E)`
// returning `(em?) => em ? em.getRepository(E) : ds.getRepository(E)`), called where the query runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/typeorm-entity-schema';

const { findings } = tsAppSuite(ROOT);

const ENTITY = [
  "import { DataSource, EntitySchema } from 'typeorm';",
  'export const ProspectSchema = new EntitySchema<{ id: string; ownerId: string; createdAt: Date }>({',
  "  name: 'prospect',",
  "  tableName: 'leads',",
  '  columns: {',
  "    id: { type: 'bigint', primary: true },",
  "    ownerId: { type: 'bigint', name: 'user_id' },",
  "    createdAt: { type: 'timestamptz', name: 'created_at', primary: true },",
  '  },',
  '});',
  "export const ds = new DataSource({ type: 'postgres', entities: [ProspectSchema] });",
  '',
].join('\n');

const FACTORY = [
  "import { EntityManager, EntitySchema, ObjectLiteral, Repository } from 'typeorm';",
  "import { ds } from './prospect.entity';",
  'export const makeRepo = <T extends ObjectLiteral>(schema: EntitySchema<T>) => {',
  '  return (em?: EntityManager): Repository<T> => (em ? em.getRepository(schema) : ds.getRepository(schema));',
  '};',
  '',
].join('\n');

const service = (getter: string, call: string): Record<string, string> => ({
  'prospect.entity.ts': ENTITY,
  'repo-factory.ts': FACTORY,
  'repos.ts': `import { ds, ProspectSchema } from './prospect.entity';\nimport { makeRepo } from './repo-factory';\n${getter}\n`,
  'service.ts': [
    "import { EntityManager, MoreThan } from 'typeorm';",
    "import { ds, ProspectSchema } from './prospect.entity';",
    "import { prospects } from './repos';",
    'export async function run(id: string, ownerId: string, since: Date, em: EntityManager) {',
    `  return ${call};`,
    '}',
    '',
  ].join('\n'),
});

void test('an EntitySchema entity maps its properties to its columns and its table', () => {
  const getter = 'export const prospects = () => ds.getRepository(ProspectSchema);';
  assert.deepEqual(findings(service(getter, 'ds.getRepository(ProspectSchema).findBy({ ownerId })'), 'service.ts'), ['5: return ds.getRepository(ProspectSchema).findBy({ ownerId });']);
  // Precision: `createdAt` is the `created_at` column, the partition key.
  assert.deepEqual(findings(service(getter, 'ds.getRepository(ProspectSchema).findBy({ ownerId, createdAt: MoreThan(since) })'), 'service.ts'), []);
});

void test('a repository getter, written out or made by a factory for the entity, is a repository of it where it is called', () => {
  for (const getter of ['export const prospects = () => ds.getRepository(ProspectSchema);', 'export const prospects = makeRepo(ProspectSchema);']) {
    assert.deepEqual(findings(service(getter, 'prospects().findOneBy({ id })'), 'service.ts'), ['5: return prospects().findOneBy({ id });'], getter);
    assert.deepEqual(findings(service(getter, 'prospects(em).delete({ ownerId })'), 'service.ts'), ['5: return prospects(em).delete({ ownerId });'], getter);
    // Precision: the same getter with the key bounded.
    assert.deepEqual(findings(service(getter, 'prospects().findOneBy({ id, createdAt: since })'), 'service.ts'), [], getter);
  }
  // Precision: a factory whose getter may hand out either of two entities' repositories is not read as one.
  const either = 'export const prospects = (em?: EntityManager) => (em ? em.getRepository(ProspectSchema) : ds.getRepository(OtherSchema));';
  assert.deepEqual(findings(service(either, 'prospects().findOneBy({ id })'), 'service.ts'), []);
});
