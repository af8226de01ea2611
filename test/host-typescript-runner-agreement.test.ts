// Where a query built by callers and run by a shared helper is reported (the round-eight rule): a function that runs
// a builder its callers hand it (`runPaged(qb, opts)` → `qb.limit(…).execute()`) is at fault when every caller's
// builder gets the same verdict (one caller included), and the callers stay silent; when they differ, the scanning
// callers are reported (query/placement.ts). A module function called as a member of a module registry (`dao.prospects.patch(match, …)`) counts its callers too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/runner-agreement';

const { findings } = tsAppSuite(ROOT);

const RUNNER = `import type { SelectQueryBuilder } from 'kysely';
export async function runPaged<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>, opts: { size: number; page: number }) {
  const rows = await qb
    .limit(opts.size)
    .offset((opts.page - 1) * opts.size)
    .execute();
  return { rows, page: opts.page };
}
`;

const DB = `import { Kysely, PostgresDialect } from 'kysely';
export const db = new Kysely<any>({ dialect: new PostgresDialect({} as never) });
`;

const lister = (name: string, where: string): string => `import { db } from './db';
import { runPaged } from './paging';
export function ${name}(owner: string, since: Date) {
  const qb = db.selectFrom('leads').selectAll().${where};
  return runPaged(qb, { size: 20, page: 1 });
}
`;

const INSIDE = ['3: const rows = await qb'];

void test('a runner whose callers all hand it scanning builders is reported inside, the callers silent', () => {
  const files = { 'db.ts': DB, 'paging.ts': RUNNER, 'a.ts': lister('mine', "where('user_id', '=', owner)"), 'b.ts': lister('theirs', "where('company', '=', owner)") };
  assert.deepEqual(findings(files, 'paging.ts'), INSIDE);
  assert.deepEqual([findings(files, 'a.ts'), findings(files, 'b.ts')], [[], []]);
});

void test('precision: callers that differ leave the runner silent and report the scanning caller only', () => {
  const files = { 'db.ts': DB, 'paging.ts': RUNNER, 'a.ts': lister('mine', "where('user_id', '=', owner)"), 'b.ts': lister('recent', "where('created_at', '>=', since)") };
  assert.deepEqual(findings(files, 'paging.ts'), []);
  assert.deepEqual(findings(files, 'a.ts'), ['5: return runPaged(qb, { size: 20, page: 1 });']);
  assert.deepEqual(findings(files, 'b.ts'), []);
});

void test('a runner with a single caller runs the builder for every caller it has: reported inside, the caller silent', () => {
  const files = { 'db.ts': DB, 'paging.ts': RUNNER, 'a.ts': lister('mine', "where('user_id', '=', owner)") };
  assert.deepEqual(findings(files, 'paging.ts'), INSIDE);
  assert.deepEqual(findings(files, 'a.ts'), []);
});

void test('precision: a runner whose single caller hands it a pruning builder is silent, and so is the caller', () => {
  const files = { 'db.ts': DB, 'paging.ts': RUNNER, 'a.ts': lister('recent', "where('created_at', '>=', since)") };
  assert.deepEqual([findings(files, 'paging.ts'), findings(files, 'a.ts')], [[], []]);
});

const KNEX = `const knex = require('knex')({ client: 'pg' });
module.exports = knex;
`;

const DAO = `const knex = require('./knex');
async function patch(match, changes) {
  return knex('leads').where(match).update(changes, '*');
}
module.exports = { patch };
`;

const REGISTRY = `const prospects = require('./prospects.dao');
module.exports = { prospects };
`;

void test('a module function called through a registry of modules is judged with its callers, and reported inside when they agree', () => {
  const handler = `const dao = require('./dao');
async function rename(req) {
  return dao.prospects.patch({ id: req.params.id }, { company: req.body.company });
}
module.exports = { rename };
`;
  const files = { 'knex.js': KNEX, 'prospects.dao.js': DAO, 'dao.js': REGISTRY, 'handler.js': handler };
  assert.deepEqual(findings(files, 'prospects.dao.js'), ["3: return knex('leads').where(match).update(changes, '*');"]);
  assert.deepEqual(findings(files, 'handler.js'), []);
});
