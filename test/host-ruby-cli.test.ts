/**
 * The CLI contract on the fixture Rails application: tables learned from db/structure.sql and a
 * migration, models indexed from app/models, diagnostics in Ruby files with exact positions.
 * Runs the built bundle (`dist/partition-lens.js`, built by `npm test`) or, without a build,
 * the CLI from source through tsx.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const bundle = path.join(root, 'dist', 'partition-lens.js');
  const argv = fs.existsSync(bundle) ? [bundle, ...args] : ['--import', 'tsx', path.join(root, 'server', 'src', 'cli', 'main.ts'), ...args];
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

void test('partition-lens check --format json on the Rails fixture', () => {
  const r = runCli(['check', '--format', 'json', 'test/fixtures/rails']);
  assert.equal(r.status, 1, r.stderr);
  const out = JSON.parse(r.stdout) as {
    tables: { name: string; source: string }[];
    diagnostics: { file: string; line: number; column: number; endColumn: number; code: string; table: string }[];
  };
  assert.deepEqual(
    out.tables.map((t) => `${t.name} ${t.source}`),
    [
      'public.agent_outputs test/fixtures/rails/db/migrate/20240101000000_create_agent_outputs.rb:5',
      'public.campaigns test/fixtures/rails/db/structure.sql:27',
      'public.leads test/fixtures/rails/db/structure.sql:2',
    ],
  );
  const seen = out.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column}-${d.endColumn} ${d.code}`);
  // The seed file and a sample of lead_queries.rb (test/host-ruby.test.ts checks every case).
  for (const expected of [
    'seed.rb:1:1-5 partition-key-missing',
    'lead_queries.rb:30:5-9 partition-key-not-prunable',
    'lead_queries.rb:81:20-26 partition-key-missing',
    'lead_queries.rb:95:5-16 partition-key-missing',
    'lead_queries.rb:151:21-39 partition-key-missing',
  ]) {
    assert.ok(seen.includes(expected), `${expected} missing from:\n${seen.join('\n')}`);
  }
  assert.ok(!seen.some((s) => s.startsWith('seed.rb:2:')), 'the seed query with a created_at condition must not be flagged');
  // Migrations and models define tables and scopes; they contain no flagged queries.
  assert.deepEqual(
    out.diagnostics.filter((d) => /db[\\/]migrate|app[\\/]models/.test(d.file)),
    [],
  );
});
