// Imports the index resolves without a tsconfig: a bare `src/…` path written against the project's
// `baseUrl` (NestJS, immich-style servers) from the nearest ancestor folder that holds it, and a
// monorepo package whose folder is spelled with its scope (`packages/@acme-internal/db`, `@n8n/db`),
// even for a scope npm also publishes. The silent twins: a registry package name that no folder
// holds, and a bound query through the same import.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROSPECT_ENTITY as ENTITY, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/module-resolution';

const { findings } = tsAppSuite(ROOT);

const BUILDERS = `import { Kysely } from 'kysely';
import type { Database } from 'src/db-types';

export function prospectsOf(db: Kysely<Database>, opts: { owner?: string; since?: Date }) {
  return db
    .selectFrom('leads')
    .$if(!!opts.owner, (qb) => qb.where('user_id', '=', opts.owner!))
    .$if(!!opts.since, (qb) => qb.where('created_at', '>=', opts.since!));
}
`;

const REPOSITORY = (importPath: string): string => `import { Kysely } from 'kysely';
import type { Database } from 'src/db-types';
import { prospectsOf } from '${importPath}';

export class ProspectRepository {
  constructor(private db: Kysely<Database>) {}

  list(owner: string) {
    return prospectsOf(this.db, { owner }).selectAll().execute();
  }

  recent(owner: string, since: Date) {
    return prospectsOf(this.db, { owner, since }).selectAll().execute();
  }
}
`;

const TYPES = 'export interface Database { leads: { id: string; user_id: string; created_at: Date } }\n';

void test('a bare `src/…` import resolves from the ancestor folder that holds it: the helper\'s builder is followed', () => {
  const files = { 'server/src/db-types.ts': TYPES, 'server/src/utils/prospects.ts': BUILDERS, 'server/src/repositories/prospect.repository.ts': REPOSITORY('src/utils/prospects') };
  assert.deepEqual(findings(files, 'server/src/repositories/prospect.repository.ts'), ['9: return prospectsOf(this.db, { owner }).selectAll().execute();']);
});

void test('precision: a bare path no ancestor folder holds is not resolved (nothing is guessed)', () => {
  const files = { 'server/src/db-types.ts': TYPES, 'server/src/utils/prospects.ts': BUILDERS, 'server/src/repositories/prospect.repository.ts': REPOSITORY('lib/utils/prospects') };
  assert.deepEqual(findings(files, 'server/src/repositories/prospect.repository.ts'), []);
});

const CUSTOM_REPO = `import { DataSource, Repository } from 'typeorm';
import { Prospect } from './prospect.entity';
export class ProspectRepository extends Repository<Prospect> {
  constructor(dataSource: DataSource) {
    super(Prospect, dataSource.manager);
  }
}
`;

const CONTROLLER = (scope: string): string => `import { Container } from 'typedi';
import { ProspectRepository } from '${scope}/db';
export async function show(id: string, createdAt: Date) {
  const one = await Container.get(ProspectRepository).findOneBy({ id });
  const bounded = await Container.get(ProspectRepository).findOneBy({ id, createdAt });
  return [one, bounded];
}
`;

void test('a workspace package spelled with its scope resolves, also for a scope npm publishes: the container\'s custom repository is read', () => {
  for (const scope of ['@n8n', '@acme-internal']) {
    const files = {
      [`packages/${scope}/db/src/index.ts`]: "export { ProspectRepository } from './prospect.repository';\nexport { Prospect } from './prospect.entity';\n",
      [`packages/${scope}/db/src/prospect.entity.ts`]: ENTITY,
      [`packages/${scope}/db/src/prospect.repository.ts`]: CUSTOM_REPO,
      'packages/cli/src/prospects.controller.ts': CONTROLLER(scope),
    };
    assert.deepEqual(findings(files, 'packages/cli/src/prospects.controller.ts'), ['4: const one = await Container.get(ProspectRepository).findOneBy({ id });'], scope);
  }
});

void test('precision: a registry scope whose package no scoped folder holds stays unresolved', () => {
  const files = {
    'packages/db/src/index.ts': "export { ProspectRepository } from './prospect.repository';\n",
    'packages/db/src/prospect.entity.ts': ENTITY,
    'packages/db/src/prospect.repository.ts': CUSTOM_REPO,
    'packages/cli/src/prospects.controller.ts': CONTROLLER('@n8n'),
  };
  assert.deepEqual(findings(files, 'packages/cli/src/prospects.controller.ts'), []);
});
