// A knex table named by a constant another module exports (`db(LEADS)`) is read through the
// workspace index while the file is scanned, not by the cross-file follow pass (which parses the
// whole file a second time); the scan's per-unit cache must not keep the old table when the
// constant's module changes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/scan-consts';

let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

const repo = [
  "import knex from 'knex';",
  "import { LEADS, TN } from './tables';",
  "const db = knex({ client: 'pg' });",
  'export async function byUser(userId: number) {',
  '  const a = await db(LEADS).where({ user_id: userId });',
  '  const b = await db(TN.Lead).where({ user_id: userId });',
  '  return [a, b];',
  '}',
  '',
].join('\n');

function tablesReported(index: ReturnType<NonNullable<HostModule['createIndex']>>): string[] {
  return host.check(repo, catalog, { fileName: path.join(ROOT, 'repo.ts'), index }).findings.map((f) => `${repo.slice(f.start, f.end)} ${f.table}`);
}

void test('an imported constant names the table at scan time, and a changed constant is seen on the next check', () => {
  const index = host.createIndex!();
  index.indexFile(path.join(ROOT, 'tables.ts'), "export const LEADS = 'leads';\nexport const TN = { Lead: 'leads' } as const;\n");
  index.indexFile(path.join(ROOT, 'repo.ts'), repo);
  assert.deepEqual(tablesReported(index), ['LEADS public.leads', 'TN.Lead public.leads']);
  // The constants now name a table that is not partitioned: the cached scan of repo.ts must not be reused.
  index.indexFile(path.join(ROOT, 'tables.ts'), "export const LEADS = 'users';\nexport const TN = { Lead: 'users' } as const;\n");
  assert.deepEqual(tablesReported(index), []);
});
