// Objection models whose `static idColumn` is composite (a partitioned table's primary key carries
// its partition key, as COMS' tables do): `findById([id, createdAt])`, `patchAndFetchById` and
// `deleteById` give each id column its value in order, so the key is bounded; a relation fetched
// with `withGraphFetched` is still a second statement by the join column only.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { loadTsAppCatalog } from './helpers/ts-app-catalog';

let host: HostModule;
let catalog: CatalogSnapshot;
before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

const ROOT = '/virtual/objection-composite-ids';

/** Each finding of `target` as `line:startCol-endCol rule` (1-based line, 0-based columns). */
function ranges(files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [rel, text] of Object.entries(files)) index.indexFile(path.join(ROOT, rel), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => {
    const before = text.slice(0, f.start).split('\n');
    const line = before.length;
    const col = before[before.length - 1]!.length;
    return `${line}:${col}-${col + (f.end - f.start)} ${f.code}`;
  });
}

const MODELS = `const { Model } = require('objection');
class Output extends Model {
  static get tableName() { return 'agent_outputs'; }
  static get idColumn() { return ['id', 'created_at']; }
}
class Lead extends Model {
  static get tableName() { return 'leads'; }
  static get idColumn() { return ['id', 'created_at']; }
  static get relationMappings() {
    return { outputs: { relation: Model.HasManyRelation, modelClass: Output, join: { from: 'leads.id', to: 'agent_outputs.lead_id' } } };
  }
}
class Prospect extends Model {
  static get tableName() { return 'leads'; }
  static get idColumn() { return ['id', 'company']; }
}
module.exports = { Lead, Output, Prospect };
`;

test('a composite id carrying the partition key bounds the query; the graph fetch of a relation still scans', () => {
  const svc = `const { Lead } = require('./models');
async function read(leadId, createdAt) {
  return await Lead.query().findById([leadId, createdAt]).throwIfNotFound();
}
async function update(leadId, createdAt, status) {
  return await Lead.query().patchAndFetchById([leadId, createdAt], { status });
}
async function readWithOutputs(leadId, createdAt) {
  return await Lead.query().findById([leadId, createdAt]).withGraphFetched('outputs').throwIfNotFound();
}
module.exports = { read, update, readWithOutputs };
`;
  assert.deepEqual(ranges({ 'models.js': MODELS, 'svc.js': svc }, 'svc.js'), ['9:76-83 partition-key-missing']);
});

test('a composite id without the partition key scans', () => {
  const svc = `const { Prospect } = require('./models');
async function read(id, company) {
  return await Prospect.query().findById([id, company]);
}
module.exports = { read };
`;
  assert.deepEqual(ranges({ 'models.js': MODELS, 'svc.js': svc }, 'svc.js'), ['3:15-23 partition-key-missing']);
});
