/**
 * The `partitionLens.*` settings as the server sees them, read per resource through
 * `workspace/configuration` (so every folder of a multi-root workspace has its own), validated
 * defensively (settings are user input) and cached until the client reports a change.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { Connection } from 'vscode-languageserver/node';
import { SKIPPED_DIRECTORIES, type EngineSettings, type SeveritySetting } from '../engine/index';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/limits';

export interface ResourceSettings extends EngineSettings {
  readonly enable: boolean;
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  /** Globs (relative to the workspace folder); empty = every supported file. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Raw `partitionLens.tables` value; the catalog module parses it. */
  readonly tables: unknown;
  /** Delay between the last keystroke and the check. */
  readonly debounceMs: number;
  /** Documents longer than this (characters) are not analysed; the user is told once. */
  readonly maxFileSize: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;

export const DEFAULT_SETTINGS: ResourceSettings = {
  enable: true,
  severity: {},
  include: [],
  exclude: [],
  tables: undefined,
  debounceMs: DEFAULT_DEBOUNCE_MS,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Turns whatever the client sent into valid settings; bad parts fall back to defaults. */
export function normalizeSettings(raw: unknown): ResourceSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const severity: Record<string, SeveritySetting> = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, v] of Object.entries(r.severity as Record<string, unknown>)) {
      const s = typeof v === 'string' ? v.toLowerCase() : '';
      // `info` is a common spelling of `information`.
      const norm = s === 'info' ? 'information' : s;
      if (SEVERITIES.has(norm)) severity[code] = norm as SeveritySetting;
    }
  }
  const globs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g.length > 0) : []);
  const debounce = typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) ? Math.max(0, Math.min(5000, r.debounceMs)) : DEFAULT_DEBOUNCE_MS;
  return {
    enable: r.enable !== false,
    severity,
    include: globs(r.include),
    exclude: globs(r.exclude),
    tables: r.tables,
    debounceMs: debounce,
    maxFileSize:
      typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) ? Math.max(1000, Math.min(100_000_000, Math.floor(r.maxFileSize))) : DEFAULT_MAX_FILE_SIZE,
  };
}

const matcherCache = new Map<string, (p: string) => boolean>();

function matcher(globs: readonly string[]): (p: string) => boolean {
  const key = globs.join('\u0000');
  let m = matcherCache.get(key);
  if (!m) {
    const compiled = picomatch(globs as string[], { dot: true });
    // A bare name pattern (`*.sql`) also matches in subdirectories, like .gitignore.
    const base = picomatch(globs.filter((g) => !g.includes('/')) as string[], { dot: true });
    m = (p: string) => compiled(p) || (globs.some((g) => !g.includes('/')) && base(path.posix.basename(p)));
    matcherCache.set(key, m);
  }
  return m;
}

/**
 * Whether a file (path relative to its workspace folder, `/`-separated) is in scope of the
 * include / exclude globs and outside the always-skipped directories.
 */
export function inScope(relativePath: string, settings: Pick<ResourceSettings, 'include' | 'exclude'>): boolean {
  const rel = relativePath.replace(/\\/g, '/');
  if (rel.split('/').some((seg) => SKIPPED_DIRECTORIES.has(seg))) return false;
  if (settings.include.length > 0 && !matcher(settings.include)(rel)) return false;
  if (settings.exclude.length > 0 && matcher(settings.exclude)(rel)) return false;
  return true;
}

/** Reads and caches settings per resource URI. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<ResourceSettings>>();
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
  ) {}

  /** Settings for a resource (document or folder URI). Never rejects. */
  get(uri: string): Promise<ResourceSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.fetch(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  private async fetch(uri: string): Promise<ResourceSettings> {
    if (!this.supportsConfiguration()) return DEFAULT_SETTINGS;
    const gen = this.generation;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'partitionLens' });
      return normalizeSettings(raw);
    } catch (e) {
      this.connection.console.error(`Partition Lens: reading settings for ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      if (gen === this.generation) this.cache.delete(uri);
      return DEFAULT_SETTINGS;
    }
  }

  /** Changes whenever `clear()` runs: a check that read older settings must not publish. */
  get currentGeneration(): number {
    return this.generation;
  }

  /** Forgets everything (after `workspace/didChangeConfiguration`). */
  clear(): void {
    this.generation++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
