// `partition-lens check --pg-version N`: the pruning rules that changed between PostgreSQL majors
// are judged for that version (IS [NOT] UNKNOWN on a boolean key prunes from 17 on); without it
// the newest behaviour is assumed. Runs the real CLI as a child process.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from './helpers/cli';

let dir: string;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-pgversion-'));
  fs.writeFileSync(
    path.join(dir, 'schema.sql'),
    `CREATE TABLE flags (id bigint, active boolean) PARTITION BY LIST (active);
CREATE TABLE flags_t PARTITION OF flags FOR VALUES IN (true);
CREATE TABLE flags_f PARTITION OF flags FOR VALUES IN (false);
CREATE TABLE flags_other PARTITION OF flags DEFAULT;
`,
  );
  fs.writeFileSync(path.join(dir, 'q.sql'), 'SELECT * FROM flags WHERE active IS UNKNOWN;\n');
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function codes(out: string): string[] {
  return (JSON.parse(out) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
}

void test('without --pg-version the newest planner is assumed: IS UNKNOWN prunes', async () => {
  const r = await runCli(['check', '--format', 'json', path.join(dir, 'schema.sql'), path.join(dir, 'q.sql')]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(codes(r.out), []);
});

void test('--pg-version 15 reports IS UNKNOWN, which PostgreSQL 15 cannot prune with', async () => {
  const r = await runCli(['check', '--format', 'json', '--pg-version', '15', path.join(dir, 'schema.sql'), path.join(dir, 'q.sql')]);
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(codes(r.out), ['partition-key-not-prunable']);
  assert.match(JSON.stringify(JSON.parse(r.out)), /before PostgreSQL 17/);
});

void test('--pg-version=17 and --pg-version 18.1 prune it', async () => {
  for (const v of ['--pg-version=17', '--pg-version=18.1']) {
    const r = await runCli(['check', '--format', 'json', v, path.join(dir, 'schema.sql'), path.join(dir, 'q.sql')]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(codes(r.out), []);
  }
});

void test('a --pg-version that is no major version is a usage error', async () => {
  for (const v of ['abc', '9', '150000', '']) {
    const r = await runCli(['check', `--pg-version=${v}`, path.join(dir, 'q.sql')]);
    assert.equal(r.code, 2, v);
    assert.match(r.err, /--pg-version needs a PostgreSQL major version/);
  }
});
