// A repository method that runs a query on its callers' values (`this.findOne({ where: { id,
// ...options?.where } })`) is judged with each caller's arguments. When every visible caller gets the
// same verdict the method is at fault: reported inside it, at the statement that runs, and the callers
// stay silent. When the verdicts differ, only the callers that scan are reported, and nothing inside.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROSPECT_ENTITY as ENTITY, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/caller-agreement';

const { findings } = tsAppSuite(ROOT);

const REPO = `import type { FindOptionsWhere } from 'typeorm';
import { DataSource, Repository } from 'typeorm';
import { Prospect } from './prospect.entity';

export class ProspectRepository extends Repository<Prospect> {
  constructor(dataSource: DataSource) {
    super(Prospect, dataSource.manager);
  }

  async findOneFor(id: string, extra?: { where?: FindOptionsWhere<Prospect> }) {
    return await this.findOne({ where: { id, ...extra?.where } });
  }
}
`;

const caller = (name: string, where: string): string => `import { ProspectRepository } from './prospect.repository';

export class ${name} {
  constructor(private readonly prospects: ProspectRepository) {}

  async show(id: string, owner: string, since: Date) {
    return await this.prospects.findOneFor(id, { where: ${where} });
  }
}
`;

const files = (wheres: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = { 'src/prospect.entity.ts': ENTITY, 'src/prospect.repository.ts': REPO };
  wheres.forEach((w, i) => (out[`src/caller-${i}.ts`] = caller(`Caller${i}`, w)));
  return out;
};

const INSIDE = ['11: return await this.findOne({ where: { id, ...extra?.where } });'];
const AT_CALLER = ['7: return await this.prospects.findOneFor(id, { where: { ownerId: owner } });'];

void test('one caller, or callers that all scan: reported inside the method, the callers silent', () => {
  const one = files(['{ ownerId: owner }']);
  assert.deepEqual(findings(one, 'src/prospect.repository.ts'), INSIDE);
  assert.deepEqual(findings(one, 'src/caller-0.ts'), []);
  const both = files(['{ ownerId: owner }', '{ ownerId: owner }']);
  assert.deepEqual(findings(both, 'src/prospect.repository.ts'), INSIDE);
  assert.deepEqual([findings(both, 'src/caller-0.ts'), findings(both, 'src/caller-1.ts')], [[], []]);
});

void test('callers that differ: the scanning caller is reported, the pruning one and the method are not', () => {
  const mixed = files(['{ ownerId: owner }', '{ createdAt: since }']);
  assert.deepEqual(findings(mixed, 'src/prospect.repository.ts'), []);
  assert.deepEqual(findings(mixed, 'src/caller-0.ts'), AT_CALLER);
  assert.deepEqual(findings(mixed, 'src/caller-1.ts'), []);
});

void test('precision: callers that all bound the key leave the method and the callers silent', () => {
  const bounded = files(['{ createdAt: since }', '{ ownerId: owner, createdAt: since }']);
  assert.deepEqual(findings(bounded, 'src/prospect.repository.ts'), []);
  assert.deepEqual([findings(bounded, 'src/caller-0.ts'), findings(bounded, 'src/caller-1.ts')], [[], []]);
});
