/**
 * Runs the real CLI (`server/src/cli/main.ts` through tsx) as a separate process with no
 * database settings inherited from the environment (DATABASE_URL, PG*), stdin closed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/cli/main.ts'), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: undefined, PGHOST: undefined, PGDATABASE: undefined, PGUSER: undefined, PGPORT: undefined, PGPASSWORD: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.end();
    child.on('close', (code) => resolve({ code: code ?? -1, out, err, ms: Date.now() - t0 }));
  });
}
