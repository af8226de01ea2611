/**
 * Runs the CLI of a checkout over case directories, as the accuracy benches measure it: one
 * `partition-lens check` over every directory (one index per case), with the bench's schema and
 * no database in the environment.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Diagnostic } from './lib';

export const ACCURACY_DIR = path.resolve(import.meta.dirname);

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  readonly notAnalysed: { file: string; reason: string }[];
}

export function runCheck(cliRoot: string, dirs: readonly string[]): CheckResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(cliRoot, 'server/src/cli/main.ts'), 'check', '--schema', path.join(ACCURACY_DIR, 'schema.sql'), '--format', 'json', '--fail-on', 'never', ...dirs], {
    cwd: cliRoot,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, DATABASE_URL: undefined, PGHOST: undefined, PGDATABASE: undefined, PGUSER: undefined, PGPORT: undefined, PGPASSWORD: undefined },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`partition-lens check failed (${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { diagnostics: Diagnostic[]; notAnalysed?: { file: string; reason: string }[] };
  return { diagnostics: out.diagnostics.map((d) => ({ ...d, file: path.resolve(cliRoot, d.file) })), notAnalysed: out.notAnalysed ?? [] };
}
