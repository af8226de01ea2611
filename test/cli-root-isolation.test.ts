// Two PATH roots checked in one `partition-lens check` run are two applications: each root gets exactly the
// findings it gets alone. The roots here hold files with identical texts (a model, a report) whose verdicts
// differ only through the other files of their root: a knex identifier mapper set in one root's db.js, and a
// helper that bounds the key in one root's repo.js. Driven through the BUILT CLI (dist/partition-lens.js).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'partition-lens.js');
const schema = path.join(root, 'test', 'fixtures', 'ts-app', 'db', 'structure.sql');

const LEAD = `const { Model } = require('objection');
class Lead extends Model {
  static get tableName() {
    return 'leads';
  }
}
module.exports = Lead;
`;

const RUN = `const Lead = require('./lead');
async function since(userId, from) {
  return await Lead.query().where('userId', userId).where('createdAt', '>=', from);
}
async function mine(userId) {
  return await Lead.query().where('userId', userId);
}
module.exports = { since, mine };
`;

const REPORT = `const { recent } = require('./repo');
async function page(n) {
  return await recent().limit(20).offset(n * 20);
}
module.exports = { page };
`;

function dbJs(mapped: boolean): string {
  return `const knex = require('knex');
const { Model${mapped ? ', knexSnakeCaseMappers' : ''} } = require('objection');
const db = knex({ client: 'pg'${mapped ? ', ...knexSnakeCaseMappers()' : ''} });
Model.knex(db);
module.exports = { db };
`;
}

function repoJs(bounded: boolean): string {
  return `const { db } = require('./db');
function recent() {
  return db('leads')${bounded ? ".where('created_at', '>=', new Date(Date.now() - 86400000))" : ".where('status', 'new')"};
}
module.exports = { recent };
`;
}

let dir: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-roots-'));
  for (const [name, mapped] of [['app-a', true], ['app-b', false]] as const) {
    const files: Record<string, string> = { 'db.js': dbJs(mapped), 'lead.js': LEAD, 'run.js': RUN, 'report.js': REPORT, 'repo.js': repoJs(mapped) };
    fs.mkdirSync(path.join(dir, name));
    for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name, f), text);
  }
});

after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The findings of one run over `roots`, as `root/file:line code`. */
function check(roots: string[]): string[] {
  const r = spawnSync(process.execPath, [cli, 'check', '--schema', schema, '--format', 'json', '--fail-on', 'never', ...roots], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; code: string }[] };
  return out.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`).sort();
}

void test('two roots checked together give each root exactly what it gives alone', () => {
  const a = check(['app-a']);
  const b = check(['app-b']);
  // The mapper makes `createdAt` the key column in app-a only; app-b's helper does not bound the key.
  assert.deepEqual(a, ['app-a/run.js:6 partition-key-missing']);
  assert.deepEqual(b, ['app-b/report.js:3 partition-key-missing', 'app-b/run.js:3 partition-key-missing', 'app-b/run.js:6 partition-key-missing']);
  assert.deepEqual(check(['app-a', 'app-b']), [...a, ...b].sort());
  assert.deepEqual(check(['app-b', 'app-a']), [...a, ...b].sort());
});
