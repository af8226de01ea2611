// A builder written inline in a callback handed to a transaction wrapper of another module (COMS'
// `trxWrapper((trx) => Lead.query(trx).patch(…).where(…))`, the wrapper awaiting `callback(trx)`):
// the scan cannot see the wrapper, so the follow pass judges the query where it is written
// (callback-runners.ts). A wrapper that only keeps the callback leaves it unrun.
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

const ROOT = '/virtual/callback-wrappers';

/** Each finding of `target` as `line:startCol-endCol code` (1-based line, 0-based columns). */
function ranges(files: Record<string, string>, target: string): string[] {
  const index = host.createIndex!();
  for (const [rel, text] of Object.entries(files)) index.indexFile(path.join(ROOT, rel), text);
  const text = files[target]!;
  return host.check(text, catalog, { fileName: path.join(ROOT, target), index }).findings.map((f) => {
    const before = text.slice(0, f.start).split('\n');
    const col = before[before.length - 1]!.length;
    return `${before.length}:${col}-${col + (f.end - f.start)} ${f.code}`;
  });
}

const UTILS = `const { Model } = require('objection');
const utils = {
  async trxWrapper(callback) {
    const trx = await Model.startTransaction();
    try {
      const result = await callback(trx);
      await trx.commit();
      return result;
    } catch (err) {
      await trx.rollback();
      throw err;
    }
  },
  later(callback) {
    return { run: callback };
  },
};
module.exports = utils;
`;

const LEAD = `const { Model } = require('objection');
class Lead extends Model {
  static get tableName() { return 'leads'; }
}
module.exports = Lead;
`;

test('a builder returned to a wrapper that awaits the callback is judged where it is written', () => {
  const ctl = `const Lead = require('./lead');
const { trxWrapper, later } = require('./utils');
async function queue(campaignId) {
  return trxWrapper((trx) => Lead.query(trx).patch({ status: 'queued' }).where('user_id', campaignId));
}
async function queueRecent(campaignId, since) {
  return trxWrapper((trx) => Lead.query(trx).patch({ status: 'queued' }).where('user_id', campaignId).where('created_at', '>=', since));
}
function kept(campaignId) {
  return later((trx) => Lead.query(trx).patch({ status: 'queued' }).where('user_id', campaignId));
}
module.exports = { queue, queueRecent, kept };
`;
  assert.deepEqual(ranges({ 'utils.js': UTILS, 'lead.js': LEAD, 'ctl.js': ctl }, 'ctl.js'), ['4:29-33 partition-key-missing']);
});
