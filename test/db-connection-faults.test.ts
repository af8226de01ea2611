// Connection attempts always end, with a message in words, whatever the other side does: a server
// that requires SCRAM when no password is given (the CLI used to hang for a minute), a missing
// socket, a port that resets the connection or answers the SSL request with something else.
// Also the decided `.pgpass` behaviour: never read; PGPASSWORD fills a URL without a password.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pgServers, type PgServer } from './helpers/db';
import { DbError, profileFromUrl, resolveCliProfile, withDb } from '../server/src/db/connection';

void pgServers();

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'partition-lens.js');

/** The server that requires a password (scram-sha-256); skips loudly when there is none. */
async function passwordServer(t: TestContext): Promise<PgServer | undefined> {
  const { servers, skipped } = await pgServers();
  const s = servers.find((x) => new URL(x.url).password !== '');
  if (!s) t.skip('NO POSTGRESQL SERVER THAT REQUIRES A PASSWORD: ' + skipped.join('; '));
  return s;
}

/** Runs the built CLI; resolves with its exit status, or 'hung' when it outlives `limitMs`. */
function runCli(args: string[], env: Record<string, string | undefined>, limitMs = 30_000): Promise<{ status: number | 'hung'; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ status: hung ? 'hung' : (code ?? -1), stdout, stderr });
    });
  });
}

function cleanEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PG') || k === 'DATABASE_URL') delete env[k];
  return { ...env, ...extra };
}

test('SCRAM required, no password given: the CLI and openDb end with a clear message', async (t) => {
  const s = await passwordServer(t);
  if (!s) return;
  const u = new URL(s.url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const e = await withDb(profileFromUrl(u.toString()), undefined, { connectTimeoutMs: 5000 }, (db) => db.query('SELECT 1')).catch((x: unknown) => x);
  assert.ok(e instanceof DbError, String(e));
  assert.match(e.message, /the server asks for a password and no password was supplied/);

  // .pgpass is never read: a HOME whose .pgpass holds the right password changes nothing.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-pgpass-'));
  try {
    fs.writeFileSync(path.join(home, '.pgpass'), `*:*:*:*:${password}\n`, { mode: 0o600 });
    const noPw = await runCli(['partitions', 'list', '--database-url', u.toString()], cleanEnv({ HOME: home }));
    assert.equal(noPw.status, 1, `the CLI exits (stderr: ${noPw.stderr})`);
    assert.match(noPw.stderr, /the server asks for a password and no password was supplied/);
    assert.doesNotMatch(noPw.stderr, /SASL|SCRAM/);
    // PGPASSWORD supplies the password the URL leaves out, like libpq.
    const withEnv = await runCli(['partitions', 'list', '--database-url', u.toString()], cleanEnv({ HOME: home, PGPASSWORD: password }));
    assert.equal(withEnv.status, 0, withEnv.stderr);
    assert.ok(!withEnv.stdout.includes(password) && !withEnv.stderr.includes(password), 'the password is not printed');
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
});

test('resolveCliProfile: PGPASSWORD fills a URL without a password, never overrides one', () => {
  assert.equal(resolveCliProfile('postgres://u@h/db', { PGPASSWORD: 'env-pw' }).password, 'env-pw');
  const own = resolveCliProfile('postgres://u:url-pw@h/db', { PGPASSWORD: 'env-pw' });
  assert.notEqual(own.password, 'env-pw');
  assert.equal(resolveCliProfile(undefined, { DATABASE_URL: 'postgres://u@h/db', PGPASSWORD: 'p' }).password, 'p');
  assert.equal(resolveCliProfile('postgres://u@h/db', {}).password, undefined);
});

test('a missing socket directory: "no PostgreSQL socket at …", not "connect ENOENT"', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-nosock-'));
  try {
    const e = await withDb(profileFromUrl(`postgres://u@localhost:5999/db?host=${encodeURIComponent(dir)}`), undefined, { connectTimeoutMs: 3000 }, (db) =>
      db.query('SELECT 1'),
    ).catch((x: unknown) => x);
    assert.ok(e instanceof DbError, String(e));
    assert.equal(e.message, `Cannot connect to u@${dir}:5999/db: no PostgreSQL socket at ${dir}/.s.PGSQL.5999 (is the server running, and is that its socket directory?).`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A TCP server that treats every connection with `onSocket`; closed after `fn`. */
async function withFakeServer(onSocket: (s: net.Socket) => void, fn: (port: number) => Promise<void>): Promise<void> {
  const sockets: net.Socket[] = [];
  const srv = net.createServer((sock) => {
    sockets.push(sock);
    sock.on('error', () => undefined);
    onSocket(sock);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  try {
    await fn((srv.address() as net.AddressInfo).port);
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => srv.close(() => r()));
  }
}

test('a port that resets the connection during the SSL request: words, not ECONNRESET', async () => {
  await withFakeServer(
    (sock) => sock.once('data', () => sock.resetAndDestroy()),
    async (port) => {
      for (const mode of ['require', 'disable']) {
        const e = await withDb(profileFromUrl(`postgres://u@127.0.0.1:${port}/db?sslmode=${mode}`), 'pw', { connectTimeoutMs: 3000 }, (db) => db.query('SELECT 1')).catch(
          (x: unknown) => x,
        );
        assert.ok(e instanceof DbError, String(e));
        assert.match(e.message, /^Cannot connect to u@127\.0\.0\.1:\d+\/db: the server closed the connection before it was ready/, mode);
        assert.doesNotMatch(e.message, /ECONNRESET|SSL failed/);
        assert.equal(e.connectionLost, true);
      }
    },
  );
});

test('a port that answers the SSL request like an HTTP server: "something other than PostgreSQL"', async () => {
  await withFakeServer(
    (sock) => sock.once('data', () => sock.write('HTTP/1.1 400 Bad Request\r\n\r\n')),
    async (port) => {
      const e = await withDb(profileFromUrl(`postgres://u@127.0.0.1:${port}/db?sslmode=require`), 'pw', { connectTimeoutMs: 3000 }, (db) => db.query('SELECT 1')).catch(
        (x: unknown) => x,
      );
      assert.ok(e instanceof DbError, String(e));
      assert.match(e.message, /answered the SSL request with something other than PostgreSQL/);
    },
  );
});
