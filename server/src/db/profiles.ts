/**
 * Connection profiles: how to reach a database, and where that comes from (`DATABASE_URL`,
 * `.env`, `PG*`, Rails `config/database.yml` with ERB), plus the redaction that keeps passwords
 * out of every label and message. Plain module (no `vscode`); `connection.ts` opens them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlDocument } from './yaml';

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
