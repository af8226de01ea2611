// The test command (`npm test`): builds the bundles, starts throwaway PostgreSQL servers,
// runs every unit/integration test file with node's test runner, then the end-to-end tier,
// and stops every server it started, also on failure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAllServers, stopAllServers } from './helpers/postgres-servers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const skipE2E = args.includes('--no-e2e') || process.env.PL_SKIP_E2E === '1';
const t0 = Date.now();
const lap = (m) => console.log(`[test ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

function findTests(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (['fixtures', 'e2e', 'node_modules'].includes(e.name)) continue;
      findTests(p, out);
    } else if (e.name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

/** The test process while it runs (stopped too when the runner is interrupted). */
let running;

function run(cmd, argv, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', cwd: root, ...opts });
    running = child;
    child.on('exit', (code, signal) => {
      running = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

let servers = [];
let exitCode = 0;
let tapDir;
// An interrupted run (Ctrl-C, a CI time-out) still stops every server it started.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    console.error(`\n[test] ${sig}: stopping the tests and PostgreSQL servers`);
    running?.kill('SIGTERM');
    if (tapDir) fs.rmSync(tapDir, { recursive: true, force: true });
    stopAllServers().finally(() => process.exit(130));
  });
}
const summary = { passed: 0, failed: 0, skipped: 0 };
try {
  lap('building bundles');
  const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
  if (b.status !== 0) {
    console.error(b.stdout + b.stderr);
    throw new Error('the build failed (esbuild output above)');
  }

  if (!only.length) {
    lap('optional tools for the real-ORM tests (ActiveRecord, Django, SQLAlchemy)');
    spawnSync('bash', [path.join(root, 'test', 'setup-tools.sh')], { stdio: 'inherit', timeout: 1200000 });
  }

  lap('starting throwaway PostgreSQL servers');
  const started = await startAllServers();
  servers = started.servers;
  for (const s of servers) lap(`PostgreSQL ${s.major} (${s.kind}) at ${s.url.replace(/:[^:@/]*@/, ':***@')}`);
  for (const why of started.skipped) console.log(`\n!!! SKIPPED SERVER: ${why}\n!!! Tests that need it are reported as skipped.\n`);

  const files = only.length ? only.map((f) => path.resolve(f)) : findTests(path.join(root, 'test'));
  tapDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-test-'));
  const tap = path.join(tapDir, 'report.tap');
  lap(`running ${files.length} test files`);
  const code = await run(process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], { env: { ...process.env, PL_TEST_PG: JSON.stringify(servers.map(({ major, url, kind }) => ({ major, url, kind }))), PL_TEST_PG_SKIPPED: JSON.stringify(started.skipped) } });
  const report = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  const count = (k) => Number(report.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
  summary.passed += count('pass');
  summary.failed += count('fail') + count('cancelled');
  summary.skipped += count('skipped') + count('todo');
  if (code !== 0) exitCode = 1;

  const e2e = path.join(root, 'test', 'e2e', 'run.mjs');
  if (!skipE2E && !only.length && fs.existsSync(e2e)) {
    lap('end-to-end tier');
    const r = spawnSync(process.execPath, [e2e], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    const resultFile = path.join(root, 'test-results', 'e2e-summary.json');
    if (fs.existsSync(resultFile)) {
      const s = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      summary.passed += s.passed ?? 0; summary.failed += s.failed ?? 0; summary.skipped += s.skipped ?? 0;
    }
    if (r.status !== 0) exitCode = 1;
  } else if (skipE2E) console.log('\n!!! END-TO-END TIER SKIPPED (--no-e2e or PL_SKIP_E2E=1)\n');
} catch (e) {
  // Details first, then the one-line cause last where it is seen.
  if (e?.stack) console.error(e.stack);
  console.error(`\n[test] stopped: ${String(e?.message ?? e).split('\n')[0]}`);
  exitCode = 1;
} finally {
  if (tapDir) fs.rmSync(tapDir, { recursive: true, force: true });
  for (const s of servers) await s.stop().catch((e) => console.error('stopping PostgreSQL failed:', e.message));
  await stopAllServers();
  lap('done');
  console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  process.exit(exitCode || (summary.failed ? 1 : 0));
}
