/**
 * `npm start` from the command to a usable URL: the first run (empty demo directory: data load,
 * extension build and install) and a warm run (data kept), each stopped with SIGINT afterwards.
 * Prints the seconds to "ready" and to "stopped", and checks nothing is left running.
 *
 *   node --import tsx bench/start.ts [--leads 1000000] [--db-only]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const i = args.indexOf('--leads');
const leads = i >= 0 ? args[i + 1]! : '1000000';
const dbOnly = args.includes('--db-only');
const root = path.resolve(__dirname, '..');

function run(dir: string): Promise<{ readyS: number; stoppedS: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), ...(dbOnly ? ['--db-only'] : [])], {
      cwd: root,
      env: { ...process.env, PL_DEMO_DIR: dir, PL_DEMO_LEADS: leads, PL_DEMO_PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let readyS = 0;
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!readyS && /Partition Lens is ready|database ready:/.test(out)) {
        readyS = (Date.now() - t0) / 1000;
        child.kill('SIGINT');
      }
    });
    child.on('exit', (code) => {
      if (!readyS) reject(new Error(`npm start exited (${code}) before it was ready:\n${out}`));
      else resolve({ readyS, stoppedS: (Date.now() - t0) / 1000 - readyS });
    });
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-bench-start-'));
  fs.chmodSync(dir, 0o755);
  try {
    const first = await run(dir);
    console.log(`first run (${Number(leads).toLocaleString('en-US')} leads${dbOnly ? ', database only' : ''}): ready after ${first.readyS.toFixed(1)} s, stopped ${first.stoppedS.toFixed(1)} s later`);
    const warm = await run(dir);
    console.log(`warm run: ready after ${warm.readyS.toFixed(1)} s, stopped ${warm.stoppedS.toFixed(1)} s later`);
    const left = spawnSync('pgrep', ['-f', dir], { encoding: 'utf8' }).stdout.trim();
    console.log(left ? `LEFT RUNNING: ${left}` : 'nothing left running');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
