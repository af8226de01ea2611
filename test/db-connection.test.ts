// Connection profiles (URL, .env, PG*, Rails database.yml with ERB, sslmode), redaction, and real
// connections: timeouts, refused/black-holed ports, a backend killed mid-query, wrong passwords.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import {
  DbError,
  discoverProfiles,
  normalizeSslMode,
  openDb,
  parseDatabaseUrl,
  parseDotEnv,
  profileFromDatabaseYml,
  profileFromPgEnv,
  profileFromUrl,
  profileLabel,
  redactText,
  redactUrl,
  resolveCliProfile,
  resolveErb,
  resolveTarget,
  withDb,
} from '../server/src/db/connection';

// Started from the module's root context so that a standalone run stops them only at the end.
void pgServers();

const SECRET = 'S3cr3t-p@ss/wörd';

async function eachServer(t: TestContext, fn: (s: PgServer) => Promise<void>): Promise<void> {
  const { servers, skipped } = await pgServers();
  for (const s of skipped) t.diagnostic(`skipped server: ${s}`);
  if (servers.length === 0) {
    t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
    return;
  }
  for (const s of servers) await t.test(`PostgreSQL ${s.major}`, () => fn(s));
}

function assertNoSecret(e: unknown, secret = SECRET): void {
  const err = e as Error;
  for (const text of [err.message, String(err.stack), JSON.stringify(err)]) {
    assert.ok(!text.includes(secret), `the password leaked: ${text}`);
    assert.ok(!text.includes(encodeURIComponent(secret)), `the encoded password leaked: ${text}`);
  }
}

test('URLs: parsing, sockets, sslmode, redaction', () => {
  assert.deepEqual(parseDatabaseUrl('postgres://al%40ice:p%40ss@db.example:6543/app?sslmode=require&sslrootcert=/ca.pem'), {
    host: 'db.example',
    port: 6543,
    user: 'al@ice',
    password: 'p@ss',
    database: 'app',
    sslmode: 'require',
    sslRootCert: '/ca.pem',
  });
  assert.deepEqual(parseDatabaseUrl('postgresql:///app?host=/var/run/postgresql'), { host: '/var/run/postgresql', database: 'app' });
  assert.throws(() => parseDatabaseUrl('mysql://x@y/z'), /must start with postgres:\/\//);
  assert.throws(() => parseDatabaseUrl('not a url'), DbError);
  assert.equal(redactUrl('postgres://u:pw@h:5432/db'), 'postgres://u:***@h:5432/db');
  assert.equal(redactUrl('postgres://u@h/db?password=pw&sslmode=disable'), 'postgres://u@h/db?password=***&sslmode=disable');
  assert.equal(redactUrl('postgres://h/db'), 'postgres://h/db');
  assert.equal(redactText(`failed for postgres://u:${encodeURIComponent(SECRET)}@h/db and ${SECRET}`, [SECRET]), 'failed for postgres://u:***@h/db and ***');
  assert.equal(normalizeSslMode('verify-ca'), 'verify-full');
  assert.equal(normalizeSslMode('allow'), 'prefer');
  assert.throws(() => normalizeSslMode('bogus'), /Unknown sslmode "bogus"/);
  // Defaults: prefer over TCP, disable over a Unix socket; user as database.
  assert.deepEqual(resolveTarget({ id: 'x', name: 'x', source: 'settings', user: 'bob' }), {
    host: 'localhost',
    port: 5432,
    user: 'bob',
    database: 'bob',
    password: undefined,
    sslmode: 'prefer',
    sslRootCert: undefined,
  });
  assert.equal(resolveTarget({ id: 'x', name: 'x', source: 'settings', host: '/tmp' }).sslmode, 'disable');
  // A password argument wins over the URL's; labels never show it.
  const p = profileFromUrl(`postgres://u:${encodeURIComponent(SECRET)}@h:1/db`, 'env');
  assert.equal(resolveTarget(p, 'other').password, 'other');
  assert.equal(profileLabel(p), 'u@h:1/db');
  assert.equal(p.id, 'env:u@h:1/db');
});

test('.env and PG* variables', () => {
  assert.deepEqual(
    parseDotEnv('# c\nexport DATABASE_URL="postgres://a@b/c"\nPGHOST=db # note\nQUOTED=\'x # y\'\nEMPTY=\n bad line\n'),
    { DATABASE_URL: 'postgres://a@b/c', PGHOST: 'db', QUOTED: 'x # y', EMPTY: '' },
  );
  assert.equal(profileFromPgEnv({}), undefined);
  const p = profileFromPgEnv({ PGHOST: 'db', PGPORT: '6432', PGDATABASE: 'app', PGUSER: 'me', PGPASSWORD: SECRET, PGSSLMODE: 'verify-full', PGSSLROOTCERT: '/ca' })!;
  assert.deepEqual(
    { host: p.host, port: p.port, database: p.database, user: p.user, password: p.password, sslmode: p.sslmode, sslRootCert: p.sslRootCert, source: p.source },
    { host: 'db', port: 6432, database: 'app', user: 'me', password: SECRET, sslmode: 'verify-full', sslRootCert: '/ca', source: 'pgenv' },
  );
  assert.equal(resolveCliProfile('postgres://x@y/z', {}).url, 'postgres://x@y/z');
  assert.equal(resolveCliProfile(undefined, { DATABASE_URL: 'postgres://e@f/g' }).url, 'postgres://e@f/g');
  assert.equal(resolveCliProfile(undefined, { PGDATABASE: 'pgdb' }).database, 'pgdb');
  assert.throws(() => resolveCliProfile(undefined, {}), /No database given: pass --database-url/);
});

test('ERB in database.yml: the simple forms resolve, others are left alone', () => {
  const env = { DB_HOST: 'envhost', EMPTY: '' };
  assert.equal(resolveErb('<%= ENV["DB_HOST"] %>', env), 'envhost');
  assert.equal(resolveErb("<%= ENV['DB_HOST'] %>", env), 'envhost');
  assert.equal(resolveErb('<%= ENV.fetch("NOPE") { "dflt" } %>', env), 'dflt');
  assert.equal(resolveErb('<%= ENV.fetch("DB_HOST") { "dflt" } %>', env), 'envhost');
  assert.equal(resolveErb('<%= ENV.fetch("NOPE", "d2") %>', env), 'd2');
  assert.equal(resolveErb('<%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', env), '5');
  assert.equal(resolveErb('<%= ENV["NOPE"] || "d3" %>', env), 'd3');
  assert.equal(resolveErb('<%= ENV["EMPTY"] || "d4" %>', env), 'd4');
  assert.equal(resolveErb('<%= ENV["NOPE"] %>', env), undefined);
  assert.equal(resolveErb('<%= Rails.application.credentials.db %>', env), undefined);
  assert.equal(resolveErb('port: <%= ENV.fetch("PORT") { 5433 }.to_i %>', env), 'port: 5433');
  assert.equal(resolveErb('<%= ENV["DB_HOST"].presence %>', env), undefined, 'method chains we do not know stay unresolved');
});

const RAILS_YML = `
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV.fetch("DB_HOST") { "localhost" } %>
  username: <%= ENV["DB_USER"] || "rails" %>
  password: <%= ENV["DB_PASSWORD"] %>

development:
  <<: *default
  database: shop_development
  port: 5433

test:
  <<: *default
  database: shop_test
`;

test('Rails database.yml: development entry, <<: *default merge, ERB, url:, multi-db', () => {
  const p = profileFromDatabaseYml(RAILS_YML, { DB_PASSWORD: SECRET, DB_HOST: 'pg.internal' })!;
  assert.deepEqual(
    { host: p.host, port: p.port, database: p.database, user: p.user, password: p.password, source: p.source, url: p.url },
    { host: 'pg.internal', port: 5433, database: 'shop_development', user: 'rails', password: SECRET, source: 'database.yml', url: undefined },
  );
  const noEnv = profileFromDatabaseYml(RAILS_YML, {})!;
  assert.equal(noEnv.host, 'localhost');
  assert.equal(noEnv.password, undefined);
  const withUrl = profileFromDatabaseYml('development:\n  adapter: postgresql\n  url: <%= ENV["DATABASE_URL"] %>\n', { DATABASE_URL: 'postgres://u@h:1/d' })!;
  assert.equal(withUrl.url, 'postgres://u@h:1/d');
  assert.equal(profileLabel(withUrl), 'u@h:1/d');
  const multi = profileFromDatabaseYml('development:\n  primary:\n    adapter: postgresql\n    database: main_dev\n  cache:\n    adapter: postgresql\n    database: cache_dev\n', {})!;
  assert.equal(multi.database, 'main_dev');
  assert.equal(profileFromDatabaseYml('development:\n  adapter: mysql2\n  database: x\n', {}), undefined);
  assert.equal(profileFromDatabaseYml('production:\n  database: x\n', {}), undefined);
  assert.throws(() => profileFromDatabaseYml('development: [unclosed', {}), /database\.yml could not be read/);
});

test('discoverProfiles: environment, .env, PG*, database.yml, in that order', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-discover-'));
  try {
    fs.writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=postgres://dot@envhost/dotdb\nDB_HOST=from-dotenv\n');
    fs.mkdirSync(path.join(dir, 'config'));
    fs.writeFileSync(path.join(dir, 'config', 'database.yml'), RAILS_YML);
    const { profiles, problems } = discoverProfiles({
      workspaceDir: dir,
      env: { DATABASE_URL: 'postgres://envuser@envhost/envdb', PGHOST: 'pghost', PGDATABASE: 'pgdb' },
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      profiles.map((p) => [p.source, profileLabel(p)]),
      [
        ['env', 'envuser@envhost:5432/envdb'],
        ['dotenv', 'dot@envhost:5432/dotdb'],
        ['pgenv', 'postgres@pghost:5432/pgdb'],
        // database.yml sees .env values (DB_HOST) like dotenv-rails would.
        ['database.yml', 'rails@from-dotenv:5433/shop_development'],
      ],
    );
    fs.writeFileSync(path.join(dir, 'config', 'database.yml'), 'development: [broken');
    const broken = discoverProfiles({ workspaceDir: dir, env: {} });
    assert.equal(broken.profiles.length, 1);
    assert.match(broken.problems[0]!, /config\/database\.yml: config\/database\.yml could not be read/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a real connection: application_name, statement_timeout, server version, logging', async (t) => {
  await eachServer(t, async (s) => {
    const logged: string[] = [];
    const db = openDb(profileFromUrl(s.url), undefined, { queryTimeoutMs: 12_345, logger: { sql: (text) => void logged.push(text) } });
    try {
      const r = await db.query<{ app: string; st: string; jit: string }>(
        "SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS st, current_setting('jit') AS jit",
      );
      assert.deepEqual(r.rows[0], { app: 'partition-lens', st: '12345ms', jit: 'off' });
      assert.equal(Math.floor((await db.serverVersionNum()) / 10000), s.major);
      assert.ok(logged.some((l) => l.includes("current_setting('application_name')")), 'SQL goes to the logger');
      // withClient releases the session even when the work fails (max 3: more than 3 failures would hang).
      for (let i = 0; i < 5; i++) await assert.rejects(db.withClient((c) => c.query('SELECT 1/0')), /division by zero \[22012\]/);
      assert.equal((await db.query<{ n: number }>('SELECT 1 AS n')).rows[0]!.n, 1);
      // Statement timeout: a clear message, the pool stays usable.
      const slow = openDb(profileFromUrl(s.url), undefined, { queryTimeoutMs: 200 });
      try {
        await assert.rejects(slow.query('SELECT pg_sleep(5)'), /was cancelled \(statement timeout or cancellation\)/);
        assert.equal((await slow.query<{ n: number }>('SELECT 2 AS n')).rows[0]!.n, 2);
      } finally {
        await slow.end();
      }
    } finally {
      await db.end();
    }
    await assert.rejects(db.query('SELECT 1'), /is closed/);
  });
});

test('sslmode: prefer falls back on a server without SSL, require fails clearly', async (t) => {
  await eachServer(t, async (s) => {
    const u = new URL(s.url);
    u.searchParams.set('sslmode', 'prefer');
    await withDb(profileFromUrl(u.toString()), undefined, {}, async (db) => {
      assert.equal((await db.query<{ n: number }>('SELECT 1 AS n')).rows[0]!.n, 1);
    });
    u.searchParams.set('sslmode', 'require');
    await assert.rejects(
      withDb(profileFromUrl(u.toString()), undefined, {}, (db) => db.query('SELECT 1')),
      /does not support SSL/,
    );
  });
});

test('wrong password: a clear message without the password', async (t) => {
  await eachServer(t, async (s) => {
    const u = new URL(s.url);
    u.password = encodeURIComponent(SECRET);
    const db = openDb(profileFromUrl(u.toString()), undefined, { connectTimeoutMs: 5000 });
    try {
      await db.query('SELECT 1');
      t.diagnostic(`PostgreSQL ${s.major} (${s.kind}) trusts local connections: the password is not checked`);
    } catch (e) {
      assertNoSecret(e);
      assert.match((e as Error).message, /authentication failed/);
      assert.equal((e as DbError).code, '28P01');
    } finally {
      await db.end();
    }
    // The same through the explicit password argument.
    const u2 = new URL(s.url);
    u2.password = '';
    const db2 = openDb(profileFromUrl(u2.toString()), SECRET, { connectTimeoutMs: 5000 });
    try {
      await db2.query('SELECT 1');
    } catch (e) {
      assertNoSecret(e);
    } finally {
      await db2.end();
    }
  });
});

test('dead connections: refused port, black-holed port, unknown host — clear errors, no hang', async () => {
  // A closed port: connection refused.
  const closed = await freePort();
  const t0 = Date.now();
  const e1 = await withDb(profileFromUrl(`postgres://u:${encodeURIComponent(SECRET)}@127.0.0.1:${closed}/db`), undefined, { connectTimeoutMs: 2000 }, (db) =>
    db.query('SELECT 1'),
  ).catch((e: unknown) => e);
  assert.ok(e1 instanceof DbError);
  assert.match(e1.message, /Cannot connect to u@127\.0\.0\.1:\d+\/db: the connection was refused/);
  assert.equal(e1.connectionLost, true);
  assertNoSecret(e1);
  // A port that accepts but never answers: the connect timeout fires.
  const sockets: net.Socket[] = [];
  const blackhole = net.createServer((sock) => void sockets.push(sock));
  await new Promise<void>((r) => blackhole.listen(0, '127.0.0.1', () => r()));
  const port = (blackhole.address() as net.AddressInfo).port;
  try {
    const e2 = await withDb(profileFromUrl(`postgres://u:${encodeURIComponent(SECRET)}@127.0.0.1:${port}/db?sslmode=disable`), undefined, { connectTimeoutMs: 700 }, (db) =>
      db.query('SELECT 1'),
    ).catch((e: unknown) => e);
    assert.ok(e2 instanceof DbError);
    assert.match(e2.message, /the connection timed out/);
    assertNoSecret(e2);
  } finally {
    for (const s of sockets) s.destroy();
    blackhole.close();
  }
  const e3 = await withDb(profileFromUrl('postgres://u@no-such-host.invalid/db'), undefined, { connectTimeoutMs: 3000 }, (db) => db.query('SELECT 1')).catch(
    (e: unknown) => e,
  );
  assert.ok(e3 instanceof DbError);
  assert.match(e3.message, /could not be resolved|timed out|refused/);
  assert.ok(Date.now() - t0 < 15_000, 'all three failed quickly');
});

test('a backend killed mid-query: clear error, the pool recovers', async (t) => {
  await eachServer(t, async (s) => {
    const fdb = await freshDatabase(s, 'kill');
    const db = openDb(profileFromUrl(fdb.url), undefined, { queryTimeoutMs: 30_000 });
    const admin = openDb(profileFromUrl(fdb.url), undefined, {});
    try {
      const started = Date.now();
      const failure = db
        .withClient(async (c) => {
          await c.query('BEGIN');
          await c.query('CREATE TABLE half_done (id int)');
          // The kill arrives while this sleeps.
          await c.query('SELECT pg_sleep(20)');
          await c.query('COMMIT');
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      // Wait until the sleep runs, then terminate that backend.
      for (let i = 0; ; i++) {
        const r = await admin.query<{ pid: number }>(
          "SELECT pid FROM pg_catalog.pg_stat_activity WHERE application_name = 'partition-lens' AND query LIKE 'SELECT pg_sleep(20)%' AND state = 'active'",
        );
        if (r.rows[0]) {
          await admin.query('SELECT pg_catalog.pg_terminate_backend($1)', [r.rows[0].pid]);
          break;
        }
        if (i > 200) throw new Error('the query never started');
        await new Promise((r2) => setTimeout(r2, 25));
      }
      const e = await failure;
      assert.ok(e instanceof DbError, `a DbError, got ${String(e)}`);
      assert.equal(e.connectionLost, true);
      assert.match(e.message, /terminated|lost/);
      assert.ok(Date.now() - started < 15_000, 'no hang');
      // Nothing half-done: the transaction died with the backend.
      const r = await admin.query<{ n: string }>("SELECT count(*) AS n FROM pg_catalog.pg_class WHERE relname = 'half_done'");
      assert.equal(r.rows[0]!.n, '0');
      // The pool dropped the dead session and opens a fresh one.
      assert.equal((await db.query<{ n: number }>('SELECT 3 AS n')).rows[0]!.n, 3);
    } finally {
      await db.end();
      await admin.end();
      await fdb.drop();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}
