/**
 * Database connections for the explorer, the write commands and the CLI: `openDb()`, a small pool
 * wrapper with connect and statement timeouts that logs every SQL statement it runs and never lets
 * a password reach a message. Profiles and their discovery live in `profiles.ts` (re-exported
 * here, so callers import connections from one place).
 *
 * Plain module: no `vscode`, no LSP. The client bundles it; the CLI uses it directly.
 */
import fs from 'node:fs';
import pg from 'pg';
import { quoteQualified } from './quote';
import { DbError, redactText, resolveTarget, type ConnectionProfile, type ResolvedTarget } from './profiles';

export * from './profiles';

/** Receives every SQL statement the extension runs (the "Partition Lens" output channel). */
export interface DbLogger {
  sql(text: string, params: readonly unknown[] | undefined, ms: number, error?: string): void;
  info?(message: string): void;
}

export interface OpenOptions {
  /** Give up connecting after this long (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** Server-side `statement_timeout` and client-side read timeout (default 30 s; 0 = none). */
  readonly queryTimeoutMs?: number;
  readonly logger?: DbLogger;
  /** Pool size (default 3). */
  readonly max?: number;
  /**
   * Session default `lock_timeout` for every connection (default 5 s; 0 = wait forever), so that
   * reads (introspection, health, planning counts, explain) blocked by another session's lock
   * fail within seconds with the lock named instead of waiting for the statement timeout. Write
   * plans set their own `SET LOCAL lock_timeout`.
   */
  readonly lockTimeoutMs?: number;
}

/** Per-query choices. */
export interface QueryOptions {
  /**
   * Send through the extended protocol (Parse/Bind/Execute): PostgreSQL then refuses a text that
   * holds more than one statement. Explain uses it for text that came from the user.
   */
  readonly extended?: boolean;
}

/** The query surface every db module uses: one pooled session or a whole pool. */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<{ rows: R[]; rowCount: number | null }>;
}

/** One checked-out connection (for transactions: BEGIN … COMMIT on the same session). */
export interface DbSession extends Queryable {
  /** `server_version_num`, e.g. 150004. */
  readonly serverVersionNum: number;
  /** PID of the backend, for cancellation/termination. */
  readonly backendPid: number;
}

export interface Db extends Queryable {
  readonly profile: ConnectionProfile;
  /** The profile as text without a password, e.g. `alice@db.example:5432/app`. */
  readonly label: string;
  /** Runs `fn` on one connection and always releases it (in `finally`). */
  withClient<T>(fn: (session: DbSession) => Promise<T>): Promise<T>;
  /** `server_version_num` of the server (queried once). */
  serverVersionNum(): Promise<number>;
  /** Closes every connection; later calls fail with a clear message. */
  end(): Promise<void>;
}


// ---------------------------------------------------------------------------------------------
// Opening connections

const APPLICATION_NAME = 'partition-lens';

/** Turns any error from `pg` into a `DbError` that names the target and never the password. */
export function describeError(e: unknown, target?: ResolvedTarget, label?: string, connecting = false): DbError {
  if (e instanceof DbError) return e;
  const err = e as { message?: string; code?: string; errno?: unknown; detail?: string; hint?: string };
  const raw = String(err?.message ?? e);
  const where = label ?? (target ? `${target.user}@${target.host}:${target.port}/${target.database}` : 'the database');
  const secrets = [target?.password];
  const code = typeof err?.code === 'string' ? err.code : undefined;
  const sqlstate = code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  let msg: string;
  let lost = false;
  const connectMsg = connecting ? connectProblem(raw, code, target) : undefined;
  if (connectMsg) {
    msg = `Cannot connect to ${where}: ${connectMsg}`;
    lost = true;
  } else if (code === 'ECONNREFUSED') {
    msg = `Cannot connect to ${where}: the connection was refused (is PostgreSQL running and listening there?).`;
    lost = true;
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    msg = `Cannot connect to ${where}: the host name could not be resolved.`;
    lost = true;
  } else if (code === 'ETIMEDOUT' || /timeout expired|Connection terminated due to connection timeout/i.test(raw)) {
    msg = `Cannot connect to ${where}: the connection timed out.`;
    lost = true;
  } else if (/Query read timeout/i.test(raw)) {
    msg = `The query on ${where} did not answer in time; the connection was closed.`;
    lost = true;
  } else if (sqlstate === '55P03') {
    msg = `lock timeout on ${where}: another session holds a conflicting lock (${raw}).`;
  } else if (sqlstate === '57014') {
    msg = `The query on ${where} was cancelled (statement timeout or cancellation).`;
  } else if (sqlstate === '57P01' || sqlstate === '57P02' || sqlstate === '57P03') {
    msg = `The connection to ${where} was terminated by the server (${raw}).`;
    lost = true;
  } else if (sqlstate === '28P01' || sqlstate === '28000') {
    msg = `Cannot connect to ${where}: authentication failed (${raw}).`;
  } else if (sqlstate === '3D000') {
    msg = `Cannot connect to ${where}: ${raw}.`;
  } else if (/Connection terminated|ECONNRESET|EPIPE|not queryable|Client was closed/i.test(raw) || code === 'ECONNRESET' || code === 'EPIPE') {
    msg = `The connection to ${where} was lost (${raw}).`;
    lost = true;
  } else if (/does not support SSL/i.test(raw)) {
    msg = `Cannot connect to ${where}: the server does not support SSL (use sslmode=prefer or disable).`;
  } else if (/certificate|self.signed|SSL/i.test(raw)) {
    msg = `Cannot connect to ${where}: SSL failed (${raw}).`;
  } else {
    msg = sqlstate ? `${raw} [${sqlstate}]` : raw;
    if (err?.detail) msg += ` — ${err.detail}`;
    if (err?.hint) msg += ` (hint: ${err.hint})`;
  }
  return new DbError(redactText(msg, secrets), sqlstate, lost);
}

/**
 * Words for what went wrong while a connection was being opened, for the failures whose raw
 * text means nothing to a user (an errno, a library's internal state); undefined for the rest.
 */
function connectProblem(raw: string, code: string | undefined, target: ResolvedTarget | undefined): string | undefined {
  const socket = target?.host.startsWith('/') ? `${target.host}/.s.PGSQL.${target.port}` : undefined;
  if (code === 'ENOENT' && socket) return `no PostgreSQL socket at ${socket} (is the server running, and is that its socket directory?).`;
  if (code === 'EACCES' && socket) return `permission denied on the socket ${socket}.`;
  if (code === 'ENOTDIR' && socket) return `${target!.host} is not a directory.`;
  if (/client password must be a string|password must be a string/i.test(raw)) {
    return 'the server asks for a password and no password was supplied (add it to the URL or PGPASSWORD; .pgpass is not read).';
  }
  if (/error establishing an SSL connection/i.test(raw)) return 'the server answered the SSL request with something other than PostgreSQL (is this a PostgreSQL port?).';
  if (code === 'ECONNRESET' || code === 'EPIPE' || /Connection terminated unexpectedly|socket disconnected before secure TLS/i.test(raw)) {
    return `the server closed the connection before it was ready${target && target.sslmode !== 'disable' ? ' (during the SSL handshake or start-up: is this a PostgreSQL port, and does the server accept this sslmode?)' : ' (is this a PostgreSQL port?)'}.`;
  }
  return undefined;
}

/**
 * A pg client that closes its socket when a connection attempt fails on the client side. pg
 * reports such failures (e.g. a SCRAM request when no password was given) but keeps the socket
 * open, and the server then waits for an answer until its authentication_timeout: the process
 * could not exit for a minute.
 */
class ClosingClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
  override connect(callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): Promise<pg.Client> | void {
    const close = (): void => (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    if (!callback) {
      return super.connect().catch((e: unknown) => {
        close();
        throw e;
      });
    }
    const cb = callback as (err: Error | null, c?: pg.Client) => void;
    super.connect((err: Error | null) => {
      if (err) close();
      cb(err, this);
    });
  }
}

function sslConfig(t: ResolvedTarget): pg.ClientConfig['ssl'] {
  switch (t.sslmode) {
    case 'disable':
      return false;
    case 'prefer':
    case 'require':
      return { rejectUnauthorized: false };
    case 'verify-full': {
      let ca: string | undefined;
      if (t.sslRootCert) {
        try {
          ca = fs.readFileSync(t.sslRootCert, 'utf8');
        } catch (e) {
          throw new DbError(`Cannot read the CA certificate file ${t.sslRootCert}: ${(e as Error).message}`);
        }
      }
      return { rejectUnauthorized: true, ca, servername: t.host.startsWith('/') ? undefined : t.host };
    }
  }
}

let poolCounter = 0;

/**
 * Opens a pool for a profile (connections are made lazily; call `serverVersionNum()` to test it).
 * `sslmode=prefer` first tries SSL and falls back to a plain connection when the server has none.
 */
export function openDb(profile: ConnectionProfile, password?: string, opts: OpenOptions = {}): Db {
  const target = resolveTarget(profile, password);
  const label = `${target.user}@${target.host}:${target.port}/${target.database}`;
  const connectTimeoutMs = opts.connectTimeoutMs ?? 10_000;
  const queryTimeoutMs = opts.queryTimeoutMs ?? 30_000;
  const logger = opts.logger;
  let ssl = sslConfig(target);
  let ended = false;
  let version: number | undefined;
  const poolId = ++poolCounter;

  const lockTimeoutMs = opts.lockTimeoutMs ?? 5_000;
  if (!Number.isInteger(lockTimeoutMs) || lockTimeoutMs < 0) throw new DbError('lockTimeoutMs must be a whole number of milliseconds.');
  const clientConfig = (): pg.ClientConfig => ({
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
    // A function (asked only when the server wants a password) stops pg from falling back to
    // PGPASSWORD/.pgpass behind our back: an empty string would not, pg treats it as unset.
    password: () => target.password ?? noPassword(),
    ssl,
    application_name: APPLICATION_NAME,
    // The catalog queries are short but look expensive to the planner (many subqueries); JIT
    // compiling them took seconds with 10,000 partitions. Nothing this extension runs gains from JIT.
    // lock_timeout is the session default, so every read gives up on a blocked lock within seconds.
    options: `-c jit=off -c lock_timeout=${lockTimeoutMs}`,
    connectionTimeoutMillis: connectTimeoutMs,
    statement_timeout: queryTimeoutMs > 0 ? queryTimeoutMs : undefined,
    // The client-side timeout catches a server that stops answering altogether (network gone).
    query_timeout: queryTimeoutMs > 0 ? queryTimeoutMs + 5_000 : undefined,
    keepAlive: true,
  });
  const makePool = (): pg.Pool => {
    const p = new pg.Pool({
      ...clientConfig(),
      Client: ClosingClient as unknown as new () => pg.ClientBase,
      max: opts.max ?? 3,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
    });
    // Idle connections that die (server restart, pg_terminate_backend) emit here; without a
    // listener Node would crash the extension host.
    p.on('error', (e) => logger?.info?.(`[pool ${poolId}] idle connection lost: ${describeError(e, target, label).message}`));
    return p;
  };
  let pool = makePool();
  const noPassword = (): never => {
    throw new DbError(`Cannot connect to ${label}: ${connectProblem('client password must be a string', undefined, target)}`, undefined, true);
  };

  const checkout = async (): Promise<pg.PoolClient> => {
    if (ended) throw new DbError(`The connection to ${label} is closed.`, undefined, true);
    try {
      return await pool.connect();
    } catch (e) {
      if (e instanceof DbError) throw e;
      if (target.sslmode === 'prefer' && ssl !== false && /does not support SSL/i.test(String((e as Error)?.message))) {
        ssl = false;
        const old = pool;
        pool = makePool();
        await old.end().catch(() => undefined);
        logger?.info?.(`[pool ${poolId}] ${label} has no SSL; sslmode=prefer falls back to a plain connection.`);
        try {
          return await pool.connect();
        } catch (e2) {
          throw describeError(e2, target, label, true);
        }
      }
      throw describeError(e, target, label, true);
    }
  };

  /**
   * Names the lock a statement gave up on: strong locks other sessions hold, those on a relation
   * the statement mentions first. Asked on a separate short-lived connection (the failed session
   * may be inside an aborted transaction, and the pool may have no spare connection).
   */
  const describeLockTimeout = async (err: DbError, waiterPid: number, text: string, params: readonly unknown[] | undefined): Promise<DbError> => {
    const statement = text.replace(/\s+/g, ' ').trim().slice(0, 200);
    let blocker: { pid: number; mode: string; nspname: string; relname: string } | undefined;
    const diag = new pg.Client({ ...clientConfig(), connectionTimeoutMillis: 3_000, statement_timeout: 3_000, query_timeout: 5_000 });
    diag.on('error', () => undefined);
    try {
      await diag.connect();
      // Locking a partitioned table locks its partitions too: the topmost relation of a lock
      // holder's set is the one to name, unless the statement names another one.
      const { rows } = await diag.query<{ pid: number; mode: string; nspname: string; relname: string; top: boolean }>(
        `SELECT l.pid, l.mode, n.nspname, c.relname,
                NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_locks p
                              ON p.relation = i.inhparent AND p.pid = l.pid AND p.granted AND p.mode = l.mode
                             WHERE i.inhrelid = l.relation) AS top
           FROM pg_catalog.pg_locks l
           JOIN pg_catalog.pg_class c ON c.oid = l.relation
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE l.granted AND l.locktype = 'relation' AND l.pid <> $1 AND l.pid <> pg_catalog.pg_backend_pid()
            AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
            AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          ORDER BY pg_catalog.array_position(ARRAY['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock',
                   'ShareUpdateExclusiveLock', 'RowExclusiveLock', 'RowShareLock', 'AccessShareLock']::text[], l.mode::text), 5 DESC, l.pid`,
        [waiterPid],
      );
      const haystack = [text, ...(params ?? []).map((p) => String(p))].join(' ').toLowerCase();
      const mentioned = rows.filter((r) => new RegExp(`(^|[^a-z0-9_$])${r.relname.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9_$])`).test(haystack));
      blocker = mentioned[0] ?? rows[0];
    } catch {
      // The diagnosis is a courtesy: the timeout itself is still reported below.
    } finally {
      await diag.end().catch(() => undefined);
    }
    const mode = (m: string): string => m.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
    const message = blocker
      ? `lock timeout on ${quoteQualified(blocker.nspname, blocker.relname)}: another session holds ${mode(blocker.mode)} (pid ${blocker.pid}); gave up waiting after lock_timeout — statement: ${statement}`
      : `lock timeout: another session holds a conflicting lock; gave up waiting after lock_timeout — statement: ${statement}`;
    return Object.assign(new DbError(message, err.code, false), { blocker });
  };

  interface ClientState {
    /** Set when the connection failed: the client is destroyed on release, never reused. */
    broken?: Error;
  }

  const runQuery = async <R>(c: pg.PoolClient, state: ClientState, text: string, params?: readonly unknown[], options?: QueryOptions): Promise<{ rows: R[]; rowCount: number | null }> => {
    const t0 = performance.now();
    try {
      const values = params as unknown[] | undefined;
      const r = options?.extended ? await c.query({ text, values: values ?? [], queryMode: 'extended' } as pg.QueryConfig) : await c.query(text, values);
      logger?.sql(text, params, performance.now() - t0);
      return { rows: r.rows as R[], rowCount: r.rowCount };
    } catch (e) {
      let err = describeError(e, target, label);
      // Marked here, where the error happens, so that no caller can hide it from the pool by
      // catching it (the plan executor turns errors into its own).
      if (err.connectionLost) state.broken ??= err;
      if (err.code === '55P03') err = await describeLockTimeout(err, (c as unknown as { processID?: number }).processID ?? 0, text, params);
      logger?.sql(text, params, performance.now() - t0, err.message);
      throw err;
    }
  };

  const withClient = async <T>(fn: (s: DbSession) => Promise<T>): Promise<T> => {
    const c = await checkout();
    const state: ClientState = {};
    // Errors on a checked-out client surface through the query promise; the listener only keeps
    // an 'error' event from crashing the process.
    const onError = (e: Error): void => {
      state.broken ??= e;
    };
    c.on('error', onError);
    try {
      const pid = (c as unknown as { processID?: number }).processID ?? 0;
      if (version === undefined) {
        const r = await runQuery<{ v: string }>(c, state, "SELECT pg_catalog.current_setting('server_version_num') AS v");
        version = Number(r.rows[0]?.v ?? 0);
      }
      const session: DbSession = {
        serverVersionNum: version,
        backendPid: pid,
        query: <R>(text: string, params?: readonly unknown[], options?: QueryOptions) => runQuery<R>(c, state, text, params, options),
      };
      return await fn(session);
    } catch (e) {
      // Only a plain SQL error (a SQLSTATE, connection fine) leaves the session reusable; anything
      // else (a lost connection, a bug in `fn` that may have left a transaction open) destroys it.
      const code = (e as { code?: unknown })?.code;
      const sqlError = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && (e as { connectionLost?: boolean }).connectionLost !== true;
      if (!sqlError) state.broken ??= e instanceof Error ? e : new Error(String(e));
      throw e instanceof Error ? e : describeError(e, target, label);
    } finally {
      c.off('error', onError);
      // A session that failed at the connection level is destroyed rather than reused.
      c.release(state.broken);
    }
  };

  return {
    profile,
    label,
    withClient,
    query: <R>(text: string, params?: readonly unknown[], options?: QueryOptions) => withClient((s) => s.query<R>(text, params, options)),
    async serverVersionNum() {
      if (version !== undefined) return version;
      return withClient(async (s) => s.serverVersionNum);
    },
    async end() {
      if (ended) return;
      ended = true;
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * Opens a connection for one piece of work and always closes it. Used by the CLI and tests.
 */
export async function withDb<T>(profile: ConnectionProfile, password: string | undefined, opts: OpenOptions, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDb(profile, password, { max: 1, ...opts });
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/** Alias kept for the task's vocabulary: `openClient(profile, password, opts)` = `openDb`. */
export const openClient = openDb;
