/**
 * Database connections for the explorer, the write commands and the CLI: connection profiles,
 * their resolution from the environment (`DATABASE_URL`, `.env`, `PG*`, Rails `config/database.yml`),
 * and `openDb()`, a small pool wrapper with connect and statement timeouts that logs every SQL
 * statement it runs and never lets a password reach a message.
 *
 * Plain module: no `vscode`, no LSP. The client bundles it; the CLI uses it directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parseYamlDocument } from './yaml';
import { quoteQualified } from './quote';

export type SslMode = 'disable' | 'prefer' | 'require' | 'verify-full';
export const SSL_MODES: readonly SslMode[] = ['disable', 'prefer', 'require', 'verify-full'];

export type ProfileSource = 'settings' | 'env' | 'dotenv' | 'pgenv' | 'database.yml';

/** How to reach one database. Never holds a password when it comes from settings. */
export interface ConnectionProfile {
  readonly id: string;
  readonly name: string;
  /** A `postgres://` URL; when set, the separate fields below only fill in what it lacks. */
  readonly url?: string;
  readonly host?: string;
  readonly port?: number;
  readonly database?: string;
  readonly user?: string;
  /** Password found in the environment/.env/database.yml (never persisted by the client). */
  readonly password?: string;
  readonly sslmode?: SslMode;
  /** CA certificate file for `verify-full`. */
  readonly sslRootCert?: string;
  readonly source: ProfileSource;
}

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

/** An error whose message is safe to show: it names the connection, never the password. */
export class DbError extends Error {
  constructor(
    message: string,
    /** SQLSTATE from the server, when there was one. */
    readonly code?: string,
    /** True when the connection itself failed (refused, timed out, terminated). */
    readonly connectionLost = false,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

// ---------------------------------------------------------------------------------------------
// Redaction and labels

/** A URL with its password replaced by `***` (also inside `password=` query parameters). */
export function redactUrl(url: string): string {
  let out = url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*):([^@/?#]*)@/i, '$1:***@');
  out = out.replace(/([?&]password=)[^&#]*/gi, '$1***');
  return out;
}

/** Removes every occurrence of `secrets` (and any URL's password) from a message. */
export function redactText(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s'"]+/gi, (m) => redactUrl(m));
  for (const s of secrets) {
    if (!s || s.length < 2) continue;
    out = out.split(s).join('***');
    const enc = encodeURIComponent(s);
    if (enc !== s) out = out.split(enc).join('***');
  }
  return out;
}

/** Fields of a profile after merging its URL with its separate fields. */
export interface ResolvedTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  sslmode: SslMode;
  sslRootCert?: string;
}

/** Parses a `postgres://` / `postgresql://` URL (libpq style, incl. `?host=/socket/dir`). */
export function parseDatabaseUrl(url: string): Partial<ResolvedTarget> & { options?: Record<string, string> } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new DbError(`The connection URL is not valid: ${redactUrl(url)}`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new DbError(`The connection URL must start with postgres:// or postgresql://, got ${u.protocol}//…`);
  }
  const out: Partial<ResolvedTarget> & { options?: Record<string, string> } = {};
  const dec = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (u.hostname) out.host = dec(u.hostname).replace(/^\[(.*)\]$/, '$1');
  if (u.port) out.port = Number(u.port);
  if (u.username) out.user = dec(u.username);
  if (u.password) out.password = dec(u.password);
  const db = dec(u.pathname.replace(/^\//, ''));
  if (db) out.database = db;
  const options: Record<string, string> = {};
  for (const [k, v] of u.searchParams) {
    if (k === 'host') out.host = v;
    else if (k === 'port') out.port = Number(v);
    else if (k === 'user') out.user = v;
    else if (k === 'password') out.password = v;
    else if (k === 'dbname') out.database = v;
    else if (k === 'sslmode') out.sslmode = normalizeSslMode(v);
    else if (k === 'sslrootcert') out.sslRootCert = v;
    else options[k] = v;
  }
  if (Object.keys(options).length) out.options = options;
  return out;
}

/** Maps libpq sslmodes onto the four we support (allow → prefer, verify-ca → verify-full). */
export function normalizeSslMode(v: string | undefined): SslMode | undefined {
  if (!v) return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'disable') return 'disable';
  if (s === 'allow' || s === 'prefer') return 'prefer';
  if (s === 'require') return 'require';
  if (s === 'verify-ca' || s === 'verify-full') return 'verify-full';
  throw new DbError(`Unknown sslmode "${v}": use disable, prefer, require or verify-full.`);
}

/** The concrete target of a profile; a password argument wins over one found in the profile. */
export function resolveTarget(profile: ConnectionProfile, password?: string): ResolvedTarget {
  const fromUrl = profile.url ? parseDatabaseUrl(profile.url) : {};
  const host = fromUrl.host ?? profile.host ?? 'localhost';
  const user = fromUrl.user ?? profile.user ?? 'postgres';
  return {
    host,
    port: fromUrl.port ?? profile.port ?? 5432,
    user,
    database: fromUrl.database ?? profile.database ?? user,
    password: password ?? fromUrl.password ?? profile.password,
    sslmode: fromUrl.sslmode ?? profile.sslmode ?? (host.startsWith('/') ? 'disable' : 'prefer'),
    sslRootCert: fromUrl.sslRootCert ?? profile.sslRootCert,
  };
}

/** `user@host:port/database`, never with a password. */
export function profileLabel(profile: ConnectionProfile): string {
  try {
    const t = resolveTarget(profile);
    return `${t.user}@${t.host}:${t.port}/${t.database}`;
  } catch (e) {
    return `${profile.name} (${(e as Error).message})`;
  }
}

/** Whether the profile needs a password that it does not carry (the client then asks SecretStorage). */
export function profileHasPassword(profile: ConnectionProfile): boolean {
  try {
    return resolveTarget(profile).password !== undefined;
  } catch {
    return false;
  }
}

/** A stable id from the target (same database → same id, whatever the source). */
export function profileId(source: ProfileSource, target: { host?: string; port?: number; database?: string; user?: string }): string {
  return `${source}:${target.user ?? ''}@${target.host ?? ''}:${target.port ?? ''}/${target.database ?? ''}`;
}

/** A profile for a URL, e.g. `--database-url` or `DATABASE_URL`. */
export function profileFromUrl(url: string, source: ProfileSource = 'settings', name?: string): ConnectionProfile {
  const t = parseDatabaseUrl(url);
  return { id: profileId(source, t), name: name ?? `${t.database ?? 'database'} (${source})`, url, source };
}

// ---------------------------------------------------------------------------------------------
// Resolution from the environment

/** Parses a `.env` file: `KEY=value`, `export KEY=value`, quotes, `#` comments. */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2] ?? '';
    if (v.startsWith('"')) {
      const end = v.indexOf('"', 1);
      v = (end > 0 ? v.slice(1, end) : v.slice(1)).replace(/\\n/g, '\n');
    } else if (v.startsWith("'")) {
      const end = v.indexOf("'", 1);
      v = end > 0 ? v.slice(1, end) : v.slice(1);
    } else {
      v = v.replace(/\s+#.*$/, '').trim();
    }
    out[m[1]!] = v;
  }
  return out;
}

/** A profile from the standard libpq variables, or undefined when none is set. */
export function profileFromPgEnv(env: Record<string, string | undefined>, source: ProfileSource = 'pgenv'): ConnectionProfile | undefined {
  if (!env.PGHOST && !env.PGDATABASE && !env.PGUSER && !env.PGPORT) return undefined;
  const port = env.PGPORT ? Number(env.PGPORT) : undefined;
  const target = { host: env.PGHOST, port, database: env.PGDATABASE, user: env.PGUSER };
  return {
    id: profileId(source, target),
    name: `${env.PGDATABASE ?? env.PGUSER ?? 'database'} (PG* variables)`,
    host: env.PGHOST,
    port: port !== undefined && Number.isFinite(port) ? port : undefined,
    database: env.PGDATABASE,
    user: env.PGUSER,
    password: env.PGPASSWORD,
    sslmode: normalizeSslMode(env.PGSSLMODE),
    sslRootCert: env.PGSSLROOTCERT,
    source,
  };
}

/**
 * Resolves the simple ERB forms Rails configs use: `<%= ENV["X"] %>`, `<%= ENV['X'] %>`,
 * `<%= ENV.fetch("X") { "d" } %>`, `<%= ENV.fetch("X", "d") %>`, `<%= ENV["X"] || "d" %>`,
 * integer/string literals. Anything else is left unresolved (undefined).
 */
export function resolveErb(text: string, env: Record<string, string | undefined>): string | undefined {
  let unresolved = false;
  const out = text.replace(/<%=?\s*([\s\S]*?)\s*-?%>/g, (_m, expr: string) => {
    const v = evalErbExpr(expr.trim(), env);
    if (v === undefined) unresolved = true;
    return v ?? '';
  });
  return unresolved ? undefined : out;
}

function evalErbExpr(expr: string, env: Record<string, string | undefined>): string | undefined {
  const str = String.raw`(?:"([^"]*)"|'([^']*)')`;
  const lit = new RegExp(String.raw`^(?:${str}|(\d+))$`);
  const litVal = (e: string): string | undefined => {
    const m = lit.exec(e.trim());
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  };
  // `a || b` — first defined alternative wins.
  const alternatives = splitTopLevel(expr, '||');
  if (alternatives.length > 1) {
    for (const a of alternatives) {
      const v = evalErbExpr(a.trim(), env);
      if (v !== undefined && v !== '') return v;
    }
    return undefined;
  }
  let m = new RegExp(String.raw`^ENV\[${str}\]$`).exec(expr);
  if (m) return env[(m[1] ?? m[2])!];
  m = new RegExp(String.raw`^ENV\.fetch\(\s*${str}\s*(?:,\s*([^)]*))?\)\s*(?:\{\s*(.*?)\s*\})?$`).exec(expr);
  if (m) {
    const v = env[(m[1] ?? m[2])!];
    if (v !== undefined) return v;
    const dflt = m[3] ?? m[4];
    return dflt !== undefined ? litVal(dflt) : undefined;
  }
  // `.to_i` on a simple expression is harmless for our purposes.
  const toI = /^(.*)\.to_i$/.exec(expr);
  if (toI) return evalErbExpr(toI[1]!.replace(/^\((.*)\)$/, '$1'), env);
  return litVal(expr);
}

function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      out.push(s.slice(start, i));
      i += sep.length - 1;
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/**
 * The development entry of a Rails `config/database.yml` as a profile. Handles `<<: *default`
 * merges (the YAML parser resolves them), the ERB forms `resolveErb` knows, and the `url:` key.
 * Multi-database configs (`development: { primary: {...} }`) use the `primary` entry.
 */
export function profileFromDatabaseYml(
  text: string,
  env: Record<string, string | undefined>,
  environment = 'development',
): ConnectionProfile | undefined {
  // ERB is resolved line by line before parsing so that YAML sees plain values; a line with an
  // expression we cannot evaluate keeps its key with an empty value.
  const lines = text.split(/\r?\n/).map((line) => {
    if (!line.includes('<%')) return line;
    if (/^\s*<%[^=]/.test(line)) return ''; // control-flow ERB (<% if … %>): drop the line
    const r = resolveErb(line, env);
    if (r !== undefined) return quoteYamlValueOfLine(r, line);
    return line.replace(/<%[\s\S]*?%>/g, '');
  });
  let doc: unknown;
  try {
    doc = parseYamlDocument(lines.join('\n'));
  } catch (e) {
    throw new DbError(`config/database.yml could not be read: ${(e as Error).message}`);
  }
  if (!isRecord(doc)) return undefined;
  let entry = doc[environment];
  if (!isRecord(entry)) return undefined;
  if (!('adapter' in entry) && !('url' in entry) && !('database' in entry) && isRecord(entry.primary)) entry = entry.primary;
  if (!isRecord(entry)) return undefined;
  const e = entry;
  const adapter = typeof e.adapter === 'string' ? e.adapter : undefined;
  if (adapter && !/postg|pg/i.test(adapter)) return undefined;
  const s = (k: string): string | undefined => {
    const v = e[k];
    return v === undefined || v === null || v === '' ? undefined : String(v);
  };
  const url = s('url') ?? env.DATABASE_URL;
  const portText = s('port');
  const port = portText !== undefined ? Number(portText) : undefined;
  const target = { host: s('host'), port, database: s('database'), user: s('username') ?? s('user') };
  const useUrl = s('url') !== undefined || (url !== undefined && !target.database);
  return {
    id: profileId('database.yml', useUrl && url ? parseDatabaseUrl(url) : target),
    name: `${target.database ?? 'database'} (database.yml ${environment})`,
    url: useUrl ? url : undefined,
    host: target.host,
    port: port !== undefined && Number.isFinite(port) ? port : undefined,
    database: target.database,
    user: target.user,
    password: s('password'),
    sslmode: normalizeSslMode(s('sslmode')),
    sslRootCert: s('sslrootcert'),
    source: 'database.yml',
  };
}

// ERB output is a plain string; quoting it keeps values like `5432` or `no` from changing type
// in ways that matter only for passwords (e.g. "123" or "yes").
function quoteYamlValueOfLine(resolved: string, original: string): string {
  const m = /^(\s*[^:#]+:\s*)(.*)$/.exec(resolved);
  if (!m || !/^(\s*[^:#]+:\s*)<%/.test(original)) return resolved;
  const value = m[2]!.trim();
  if (value === '') return m[1]!.trimEnd();
  return `${m[1]}${JSON.stringify(value)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ResolveOptions {
  /** Process environment (default `process.env`). */
  readonly env?: Record<string, string | undefined>;
  /** Workspace folder to look for `.env` and `config/database.yml` in. */
  readonly workspaceDir?: string;
}

/**
 * Every profile the environment offers, in order: `DATABASE_URL` from the environment,
 * `DATABASE_URL` from `<workspace>/.env`, the `PG*` variables, then `config/database.yml`.
 * Unreadable files are skipped; a broken `database.yml` is reported through `problems`.
 */
export function discoverProfiles(opts: ResolveOptions = {}): { profiles: ConnectionProfile[]; problems: string[] } {
  const env = opts.env ?? process.env;
  const profiles: ConnectionProfile[] = [];
  const problems: string[] = [];
  const tryAdd = (make: () => ConnectionProfile | undefined, what: string): void => {
    try {
      const p = make();
      if (p && !profiles.some((x) => x.id === p.id)) profiles.push(p);
    } catch (e) {
      problems.push(`${what}: ${redactText((e as Error).message)}`);
    }
  };
  if (env.DATABASE_URL) tryAdd(() => profileFromUrl(env.DATABASE_URL!, 'env', 'DATABASE_URL (environment)'), 'DATABASE_URL');
  let dotenv: Record<string, string> = {};
  if (opts.workspaceDir) {
    const f = path.join(opts.workspaceDir, '.env');
    const text = readIfExists(f);
    if (text !== undefined) {
      dotenv = parseDotEnv(text);
      if (dotenv.DATABASE_URL) tryAdd(() => profileFromUrl(dotenv.DATABASE_URL!, 'dotenv', 'DATABASE_URL (.env)'), '.env');
    }
  }
  tryAdd(() => profileFromPgEnv(env), 'PG* variables');
  if (opts.workspaceDir) {
    const f = path.join(opts.workspaceDir, 'config', 'database.yml');
    const text = readIfExists(f);
    if (text !== undefined) tryAdd(() => profileFromDatabaseYml(text, { ...dotenv, ...env }), 'config/database.yml');
  }
  return { profiles, problems };
}

/**
 * The profile for the CLI: `--database-url`, else `DATABASE_URL`, else the `PG*` variables.
 * Throws a clear message when none is given.
 */
export function resolveCliProfile(databaseUrl: string | undefined, env: Record<string, string | undefined> = process.env): ConnectionProfile {
  // Like libpq, PGPASSWORD supplies the password a URL leaves out; ~/.pgpass is not read.
  const withEnvPassword = (p: ConnectionProfile): ConnectionProfile =>
    env.PGPASSWORD !== undefined && env.PGPASSWORD !== '' && !profileHasPassword(p) ? { ...p, password: env.PGPASSWORD } : p;
  if (databaseUrl) return withEnvPassword(profileFromUrl(databaseUrl, 'settings', 'command line'));
  if (env.DATABASE_URL) return withEnvPassword(profileFromUrl(env.DATABASE_URL, 'env', 'DATABASE_URL'));
  const p = profileFromPgEnv(env);
  if (p) return p;
  throw new DbError('No database given: pass --database-url URL, or set DATABASE_URL or the PG* variables (PGHOST, PGDATABASE, PGUSER, …).');
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
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
