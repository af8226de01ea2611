/**
 * Connections of the workspace: profiles from settings plus those discovered in the environment,
 * their state (disconnected / connecting / connected / error), the open pools and the active
 * connection. Passwords live only in the injected `SecretStore` (VS Code SecretStorage).
 *
 * vscode-free: the extension injects the stores and the password prompt, tests inject fakes.
 */
import {
  DbError,
  discoverProfiles,
  openDb,
  profileHasPassword,
  profileLabel,
  resolveTarget,
  type ConnectionProfile,
  type Db,
  type DbLogger,
} from '../../../server/src/db/connection';
import type { Config, StoredConnection } from '../config';

export interface SecretStore {
  get(key: string): Thenable<string | undefined> | Promise<string | undefined>;
  store(key: string, value: string): Thenable<void> | Promise<void>;
  delete(key: string): Thenable<void> | Promise<void>;
}

type Thenable<T> = PromiseLike<T>;

/** Where settings-sourced profiles are persisted (the `partitionLens.connections` setting). */
export interface ProfileStore {
  save(connections: readonly StoredConnection[]): Promise<void>;
}

/** Remembers the active connection id per workspace (`workspaceState`). */
export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void> | Promise<void>;
}

export type ConnectionState = 'disconnected' | 'connecting' | 'connected' | 'error';

export interface ConnectionEntry {
  readonly profile: ConnectionProfile;
  readonly label: string;
  state: ConnectionState;
  error?: string;
  db?: Db;
  serverVersionNum?: number;
}

/** A connected connection, as commands use it. */
export interface ActiveConnection {
  readonly id: string;
  readonly profile: ConnectionProfile;
  readonly label: string;
  readonly db: Db;
  readonly serverVersionNum: number;
}

export interface ConnectionManagerDeps {
  readonly secrets: SecretStore;
  readonly profiles: ProfileStore;
  readonly state?: StateStore;
  readonly logger?: DbLogger & { info?(m: string): void };
  /** Asks the user for a password; undefined = cancelled. */
  readonly askPassword?: (profile: ConnectionProfile, label: string, reason?: string) => Promise<string | undefined>;
  readonly config: () => Config;
  /** Workspace folder for discovery (.env, config/database.yml). */
  readonly workspaceDir?: () => string | undefined;
  readonly env?: Record<string, string | undefined>;
}

const ACTIVE_KEY = 'partitionLens.activeConnection';

export function secretKey(profileId: string): string {
  return `partitionLens.password:${profileId}`;
}

type Listener = (id: string | undefined) => void;

export class ConnectionManager {
  private readonly entries = new Map<string, ConnectionEntry>();
  private readonly listeners = new Set<Listener>();
  private activeId: string | undefined;
  private discoveryProblems: string[] = [];

  constructor(private readonly deps: ConnectionManagerDeps) {
    this.activeId = deps.state?.get<string>(ACTIVE_KEY);
    this.reload();
  }

  /** Subscribes to changes (argument: the connection id that changed, or undefined for all). */
  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(id?: string): void {
    for (const l of this.listeners) {
      try {
        l(id);
      } catch (e) {
        this.deps.logger?.info?.(`listener failed: ${(e as Error).message}`);
      }
    }
  }

  /** Re-reads settings and discovered profiles; keeps live connections of profiles that remain. */
  reload(): void {
    const cfg = this.deps.config();
    const profiles: ConnectionProfile[] = cfg.connections.map((c) => ({ ...c, source: 'settings' as const }));
    if (cfg.discoverConnections) {
      const found = discoverProfiles({ env: this.deps.env ?? process.env, workspaceDir: this.deps.workspaceDir?.() });
      this.discoveryProblems = found.problems;
      // A discovered database that a saved connection already reaches is shown once (the saved one).
      const saved = new Set(profiles.map(targetKey).filter((k): k is string => k !== undefined));
      for (const p of found.profiles) {
        const key = targetKey(p);
        if (profiles.some((x) => x.id === p.id) || (key !== undefined && saved.has(key))) continue;
        if (key !== undefined) saved.add(key);
        profiles.push(p);
      }
    } else this.discoveryProblems = [];
    const keep = new Set(profiles.map((p) => p.id));
    for (const [id, e] of this.entries) {
      if (!keep.has(id)) {
        void e.db?.end();
        this.entries.delete(id);
      }
    }
    for (const p of profiles) {
      const existing = this.entries.get(p.id);
      if (existing && JSON.stringify(existing.profile) === JSON.stringify(p)) continue;
      if (existing?.db) void existing.db.end();
      this.entries.set(p.id, { profile: p, label: profileLabel(p), state: 'disconnected' });
    }
    this.fire();
  }

  problems(): readonly string[] {
    return this.discoveryProblems;
  }

  list(): ConnectionEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): ConnectionEntry | undefined {
    return this.entries.get(id);
  }

  /** The active connection when it is connected. */
  active(): ActiveConnection | undefined {
    return this.activeId ? this.connected(this.activeId) : undefined;
  }

  activeEntry(): ConnectionEntry | undefined {
    return this.activeId ? this.entries.get(this.activeId) : undefined;
  }

  /** A connected connection by id. */
  connected(id: string): ActiveConnection | undefined {
    const e = this.entries.get(id);
    if (!e || e.state !== 'connected' || !e.db) return undefined;
    return { id, profile: e.profile, label: e.label, db: e.db, serverVersionNum: e.serverVersionNum ?? 0 };
  }

  allConnected(): ActiveConnection[] {
    return [...this.entries.keys()].map((id) => this.connected(id)).filter((c): c is ActiveConnection => c !== undefined);
  }

  async setActive(id: string | undefined): Promise<void> {
    this.activeId = id;
    await this.deps.state?.update(ACTIVE_KEY, id);
    this.fire(id);
  }

  /**
   * Connects (or reconnects) a profile: password from SecretStorage, else the profile's own, else
   * none; on an authentication failure asks for one and stores it only when it worked.
   * Never throws: failures put the entry into the `error` state with a clear message.
   */
  async connect(id: string): Promise<ConnectionEntry> {
    const e = this.entries.get(id);
    if (!e) throw new Error(`Unknown connection ${id}.`);
    if (e.db) await e.db.end();
    e.db = undefined;
    e.state = 'connecting';
    e.error = undefined;
    this.fire(id);
    const cfg = this.deps.config();
    const stored = await this.deps.secrets.get(secretKey(id));
    let password = stored ?? undefined;
    let prompted = false;
    for (let attempt = 0; attempt < 3; attempt++) {
      const db = openDb(e.profile, password, { connectTimeoutMs: cfg.connectTimeoutMs, queryTimeoutMs: cfg.queryTimeoutMs, logger: this.deps.logger });
      try {
        e.serverVersionNum = await db.serverVersionNum();
        e.db = db;
        e.state = 'connected';
        if (prompted && password !== undefined) await this.deps.secrets.store(secretKey(id), password);
        this.deps.logger?.info?.(`Connected to ${e.label} (server ${e.serverVersionNum}).`);
        if (!this.activeId || !this.connected(this.activeId)) this.activeId = id;
        await this.deps.state?.update(ACTIVE_KEY, this.activeId);
        this.fire(id);
        return e;
      } catch (err) {
        await db.end();
        const msg = (err as Error).message;
        const needsPassword = isAuthError(err) && this.deps.askPassword !== undefined;
        if (needsPassword && attempt < 2) {
          const reason = password === undefined && !profileHasPassword(e.profile) ? undefined : 'The password was not accepted.';
          const pw = await this.deps.askPassword!(e.profile, e.label, reason);
          if (pw === undefined) {
            e.state = 'error';
            e.error = `Not connected to ${e.label}: no password given.`;
            this.fire(id);
            return e;
          }
          password = pw;
          prompted = true;
          if (stored !== undefined) await this.deps.secrets.delete(secretKey(id));
          continue;
        }
        e.state = 'error';
        e.error = msg;
        this.deps.logger?.info?.(`Connection ${e.label} failed: ${msg}`);
        this.fire(id);
        return e;
      }
    }
    return e;
  }

  /**
   * Reconnects the connection that was active before the window reloaded (remembered in
   * workspaceState). Resolves to its entry, or undefined when there is nothing to restore.
   */
  async restoreActive(): Promise<ConnectionEntry | undefined> {
    const id = this.activeId;
    if (!id || !this.entries.has(id) || this.connected(id)) return undefined;
    const e = await this.connect(id);
    if (e.state === 'connected') await this.setActive(id);
    return e;
  }

  /**
   * Tries a profile without saving or keeping anything (the "Test connection" step of Add/Edit):
   * the given password, else the one stored for `storedFor`, else the profile's own.
   */
  async test(profile: ConnectionProfile, password?: string, storedFor?: string): Promise<{ ok: true; serverVersionNum: number } | { ok: false; error: string }> {
    const cfg = this.deps.config();
    const pw = password ?? (storedFor ? await this.deps.secrets.get(secretKey(storedFor)) : undefined);
    let db: Db | undefined;
    try {
      db = openDb(profile, pw, { connectTimeoutMs: cfg.connectTimeoutMs, queryTimeoutMs: cfg.queryTimeoutMs, logger: this.deps.logger });
      return { ok: true, serverVersionNum: await db.serverVersionNum() };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    } finally {
      await db?.end();
    }
  }

  async disconnect(id: string): Promise<void> {
    const e = this.entries.get(id);
    if (!e) return;
    const db = e.db;
    e.db = undefined;
    e.state = 'disconnected';
    e.error = undefined;
    await db?.end();
    this.fire(id);
  }

  /** Marks a connected entry as failed (e.g. a query found the server gone). */
  markFailed(id: string, message: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    const db = e.db;
    e.db = undefined;
    e.state = 'error';
    e.error = message;
    void db?.end();
    this.fire(id);
  }

  /** Adds or replaces a settings profile; the password (if any) goes to SecretStorage only. */
  async save(conn: StoredConnection, password?: string): Promise<void> {
    const cfg = this.deps.config();
    const others = cfg.connections.filter((c) => c.id !== conn.id);
    await this.deps.profiles.save([...others, stripUndefined(conn)]);
    if (password !== undefined && password !== '') await this.deps.secrets.store(secretKey(conn.id), password);
    this.reload();
  }

  /** Removes a settings profile and its stored password. */
  async remove(id: string): Promise<void> {
    await this.disconnect(id);
    const cfg = this.deps.config();
    await this.deps.profiles.save(cfg.connections.filter((c) => c.id !== id));
    await this.deps.secrets.delete(secretKey(id));
    if (this.activeId === id) await this.setActive(undefined);
    this.reload();
  }

  async forgetPassword(id: string): Promise<void> {
    await this.deps.secrets.delete(secretKey(id));
  }

  async dispose(): Promise<void> {
    for (const e of this.entries.values()) await e.db?.end();
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** `user@host:port/database` of a profile (case-insensitive host), or undefined when it does not resolve. */
function targetKey(p: ConnectionProfile): string | undefined {
  try {
    const t = resolveTarget(p);
    const host = String(t.host).toLowerCase();
    return `${t.user}@${LOOPBACK.has(host) ? 'localhost' : host}:${t.port}/${t.database}`;
  } catch {
    return undefined;
  }
}

function isAuthError(e: unknown): boolean {
  const err = e as DbError;
  if (err?.code === '28P01') return true;
  return /password authentication failed|SASL|client password|no password (was )?supplied/i.test(String(err?.message ?? ''));
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** Errors from a query that mean the connection is gone (the tree then shows Reconnect). */
export function isConnectionLost(e: unknown): boolean {
  return e instanceof DbError ? e.connectionLost : /Connection terminated|ECONNREFUSED|ECONNRESET/i.test(String((e as Error)?.message));
}
