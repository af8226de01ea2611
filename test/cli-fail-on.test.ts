// `partition-lens check --fail-on`: the exit status counts only findings at or above the level,
// while the JSON output carries every finding with its severity. Drives the BUILT CLI
// (dist/partition-lens.js; `npm test` builds it first) as a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'partition-lens.js');
let dir: string;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SCHEMA = `CREATE TABLE leads (id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE leads_2024 PARTITION OF leads FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE notes (lead_id bigint, lead_created_at timestamptz);
`;

before(() => {
  assert.ok(fs.existsSync(cli), `${cli} is missing: run "node esbuild.mjs" first`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-failon-'));
  fs.writeFileSync(path.join(dir, 'schema.sql'), SCHEMA);
  // Only a run-time-only finding (severity information).
  fs.writeFileSync(path.join(dir, 'join.sql'), 'SELECT * FROM notes n JOIN leads l ON (l.id, l.created_at) = (n.lead_id, n.lead_created_at);\n');
  // One warning.
  fs.writeFileSync(path.join(dir, 'scan.sql'), 'SELECT * FROM leads;\n');
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

void describe('partition-lens check --fail-on', () => {
  void it('by default (warning) reports an information finding but exits 0', () => {
    const r = run(['check', '--format', 'json', '--schema', 'schema.sql', 'join.sql']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string }[] };
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.severity]),
      [['partition-key-runtime-only', 'information']],
    );
  });

  void it('information, error and never move the threshold', () => {
    assert.equal(run(['check', '--fail-on', 'information', '--schema', 'schema.sql', 'join.sql']).code, 1);
    assert.equal(run(['check', '--fail-on=information', '--schema', 'schema.sql', 'join.sql']).code, 1);
    assert.equal(run(['check', '--schema', 'schema.sql', 'scan.sql']).code, 1);
    assert.equal(run(['check', '--fail-on', 'error', '--schema', 'schema.sql', 'scan.sql']).code, 0);
    const never = run(['check', '--fail-on', 'never', '--format', 'json', '--schema', 'schema.sql', 'scan.sql', 'join.sql']);
    assert.equal(never.code, 0);
    const codes = (JSON.parse(never.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code).sort();
    assert.deepEqual(codes, ['partition-key-missing', 'partition-key-runtime-only']);
  });

  void it('rejects an unknown level with exit status 2', () => {
    const r = run(['check', '--fail-on', 'hint', 'join.sql']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown --fail-on level "hint"/);
  });
});
