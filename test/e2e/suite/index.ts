// extensionTestsPath entry: runs the mocha suite inside the real VS Code extension host and
// writes a machine-readable result file for the launcher (test/e2e/run.mjs or electron.mjs).
import fs from 'node:fs';
import path from 'node:path';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export async function run(): Promise<void> {
  // mocha 12 is ESM-only; require(esm) hands back its namespace.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mochaModule = require('mocha') as { default?: unknown; Mocha?: unknown };
  const Mocha = (mochaModule.default ?? mochaModule.Mocha ?? mochaModule) as new (o: object) => {
    suite: { emit(e: string, ...a: unknown[]): void };
    addFile(f: string): void;
    run(cb: (failures: number) => void): { on(e: string, f: (...a: never[]) => void): void };
  };
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false, reporter: 'spec' });
  // The suites are bundled into this file; register them on mocha's root suite.
  const ctx = globalThis as unknown as Record<string, unknown>;
  mocha.suite.emit('pre-require', ctx, null, mocha);
  await import('./extension.e2e');
  await import('./database.e2e');
  const results: TestResult[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t: { fullTitle(): string; duration?: number }) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t: { fullTitle(): string }, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err).slice(0, 2000) }));
    runner.on('pending', (t: { fullTitle(): string }) => results.push({ title: t.fullTitle(), state: 'pending' }));
  });
  const out = process.env.PL_E2E_RESULT_FILE;
  if (out) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const g = globalThis as { plE2eActivationMs?: number; plE2eActivateCallMs?: number };
    const timings = { activationMs: g.plE2eActivationMs, activateCallMs: g.plE2eActivateCallMs };
    fs.writeFileSync(out, JSON.stringify({ failures, tests: results, timings }, null, 2));
  }
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}
