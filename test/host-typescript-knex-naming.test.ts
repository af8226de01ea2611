// Plain knex clients configured with identifier mappers: `...knexSnakeCaseMappers()` sends the camelCase
// names the code writes (`createdAt`, `'campaigns.userId'`) as snake_case columns, so a bounded key written
// in camelCase prunes, and the same query without it is reported at its table with its exact range.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';

const ROOT = '/virtual/knex-naming';

let host: HostModule;
let catalog: CatalogSnapshot;

/** Each finding of `target` as `code table-text`, with the exact text its range covers. */
function found(files: Record<string, string>, target: string): { code: string; text: string; start: number; end: number }[] {
  const index = host.createIndex!();
  for (const [rel, text] of Object.entries(files)) index.indexFile(path.join(ROOT, rel), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => ({ code: f.code, text: text.slice(f.start, f.end), start: f.start, end: f.end }));
}

const DB = `import knex from 'knex';
import { knexSnakeCaseMappers } from 'objection';
export const db = knex({ client: 'pg', connection: process.env.PG, ...knexSnakeCaseMappers() });
`;

const REPO = `import { db } from './db';
export const latest = async (leadIds: string[], oldest: Date) =>
  db('agent_outputs').whereIn('leadId', leadIds).where('createdAt', '>=', oldest).orderBy('createdAt', 'desc');
export const all = async (leadIds: string[]) =>
  db('agent_outputs').whereIn('leadId', leadIds).orderBy('createdAt', 'desc');
export const inCampaign = async (userId: string, campaignId: string, since: Date) =>
  db.select('leads.*').from('leads').join('campaigns', 'leads.campaignId', 'campaigns.id').where({ 'campaigns.userId': userId, 'campaigns.id': campaignId }).andWhere('leads.createdAt', '>=', since);
`;

void describe('knex: identifier mappers in the client config rename the query\'s camelCase names', () => {
  it('reads camelCase columns as snake_case under knexSnakeCaseMappers(): only the unbounded query is reported', async () => {
    ({ host, catalog } = await loadTsAppCatalog());
    const start = REPO.indexOf("db('agent_outputs').whereIn('leadId', leadIds).orderBy") + 4;
    assert.deepEqual(
      found({ 'db.ts': DB, 'repo.ts': REPO }, 'repo.ts').map((f) => [f.code, f.text, f.start, f.end]),
      [['partition-key-missing', 'agent_outputs', start, start + 'agent_outputs'.length]],
    );
  });

  it('does not judge camelCase names under a custom wrapIdentifier', async () => {
    ({ host, catalog } = await loadTsAppCatalog());
    const custom = `import knex from 'knex';\nexport const db = knex({ client: 'pg', wrapIdentifier: (v: string, orig: (s: string) => string) => orig(v.toUpperCase()) });\n`;
    assert.deepEqual(found({ 'db.ts': custom, 'repo.ts': REPO }, 'repo.ts'), []);
  });
});
