/**
 * The one typed reader of the extension's settings. Everything else asks `readConfig()` (or gets
 * a `Config` injected) instead of calling `workspace.getConfiguration` itself.
 *
 * `parseConfig` is vscode-free so tests can check defaults and validation directly.
 */
import { SSL_MODES, type ConnectionProfile, type SslMode } from '../../server/src/db/connection';

/** A connection as stored in settings: a profile's fields without the password (or a source). */
export type StoredConnection = Omit<ConnectionProfile, 'password' | 'source'>;

export interface Config {
  /** `partitionLens.connections`. */
  readonly connections: readonly StoredConnection[];
  /** `partitionLens.discoverConnections`: offer DATABASE_URL, .env, PG* and database.yml connections. */
  readonly discoverConnections: boolean;
  /** `partitionLens.connectTimeoutSeconds`. */
  readonly connectTimeoutMs: number;
  /** `partitionLens.queryTimeoutSeconds`. */
  readonly queryTimeoutMs: number;
  /** `partitionLens.explorer.pageSize`: partitions per "Load more…" page. */
  readonly pageSize: number;
  /** `partitionLens.health.largeTableRows`. */
  readonly largeTableRows: number;
  /** `partitionLens.health.largeTableOverrides`: `schema.table` → threshold (0 or null = never). */
  readonly largeTableOverrides: Readonly<Record<string, number | null>>;
  /** `partitionLens.health.periodsAhead`: upcoming periods that must exist. */
  readonly periodsAhead: number;
  /** `partitionLens.health.checkDefaultRows`: run the exact EXISTS check on default partitions. */
  readonly checkDefaultRows: boolean;
  /** `partitionLens.liveCatalog`: send the connected catalog to the linter. */
  readonly liveCatalog: boolean;
}

export const CONFIG_SECTION = 'partitionLens';

/** Builds a `Config` from a getter (`workspace.getConfiguration('partitionLens').get`), with defaults. */
export function parseConfig(get: (key: string) => unknown): Config {
  const numberOr = (key: string, d: number, min: number, max: number): number => {
    const v = get(key);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d;
  };
  const boolOr = (key: string, d: boolean): boolean => {
    const v = get(key);
    return typeof v === 'boolean' ? v : d;
  };
  const rawConnections = get('connections');
  const connections: StoredConnection[] = [];
  if (Array.isArray(rawConnections)) {
    for (const c of rawConnections) {
      if (typeof c !== 'object' || c === null) continue;
      const o = c as Record<string, unknown>;
      const str = (k: string): string | undefined => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined);
      const id = str('id') ?? str('name');
      if (!id) continue;
      const sslmode = str('sslmode');
      connections.push({
        id,
        name: str('name') ?? id,
        url: str('url'),
        host: str('host'),
        port: typeof o.port === 'number' ? o.port : undefined,
        database: str('database'),
        user: str('user'),
        sslmode: sslmode && (SSL_MODES as readonly string[]).includes(sslmode) ? (sslmode as SslMode) : undefined,
        sslRootCert: str('sslRootCert'),
      });
    }
  }
  const rawOverrides = get('health.largeTableOverrides');
  const overrides: Record<string, number | null> = {};
  if (rawOverrides && typeof rawOverrides === 'object' && !Array.isArray(rawOverrides)) {
    for (const [k, v] of Object.entries(rawOverrides as Record<string, unknown>)) {
      if (v === null || typeof v === 'number') overrides[k] = v;
    }
  }
  return {
    connections,
    discoverConnections: boolOr('discoverConnections', true),
    connectTimeoutMs: numberOr('connectTimeoutSeconds', 10, 1, 300) * 1000,
    queryTimeoutMs: numberOr('queryTimeoutSeconds', 30, 1, 3600) * 1000,
    pageSize: Math.round(numberOr('explorer.pageSize', 500, 10, 10_000)),
    largeTableRows: numberOr('health.largeTableRows', 1_000_000, 1, Number.MAX_SAFE_INTEGER),
    largeTableOverrides: overrides,
    periodsAhead: Math.round(numberOr('health.periodsAhead', 1, 1, 120)),
    checkDefaultRows: boolOr('health.checkDefaultRows', true),
    liveCatalog: boolOr('liveCatalog', true),
  };
}
