/**
 * Catalog data for the explorer and the language server, per connection: the table summaries,
 * pages of partitions, the full model (for the linter and health), large ordinary tables and the
 * health issues. Caches per connection; `invalidate*` drops exactly what a refresh needs.
 *
 * vscode-free: the tree provider and the commands get it injected; tests drive it with a real
 * database through a `ConnectionManager`-like lookup.
 */
import type { PartitionedTable } from '../../../server/src/engine/catalog/model';
import type { Db } from '../../../server/src/db/connection';
import {
  listLargeTables,
  listPartitionedTables,
  listPartitions,
  loadCatalog,
  type LargeTable,
  type PartitionPage,
  type TableSummary,
} from '../../../server/src/db/introspect';
import { checkTableHealth, largeTableIssues, type HealthIssue } from '../../../server/src/db/health';
import { auditStatements, type AuditReport } from '../../../server/src/db/audit';
import { loadPartmanConfigs, partmanFor, partmanHealth, type PartmanConfig } from '../../../server/src/db/partman';
import { checkDefaultRows } from '../../../server/src/db/report';
import type { Config } from '../config';

export interface CatalogSnapshotData {
  readonly tables: readonly PartitionedTable[];
  readonly searchPath: readonly string[];
  readonly serverVersionNum: number;
  /** Health per table, keyed `schema.name` (exact names). */
  readonly health: ReadonlyMap<string, readonly HealthIssue[]>;
  readonly largeTables: readonly LargeTable[];
  readonly largeTableIssues: readonly HealthIssue[];
  /** pg_partman's settings of the tables it manages, keyed `schema.name` (empty without it). */
  readonly partman: ReadonlyMap<string, PartmanConfig>;
  readonly loadedAt: Date;
}

/** Gives the service a database for a connection id (the connection manager). */
export interface DbLookup {
  db(connectionId: string): Db | undefined;
  label(connectionId: string): string;
}

/** Called after every (re)load of a connection's full catalog, e.g. to feed the language server. */
export type CatalogListener = (connectionId: string, data: CatalogSnapshotData) => void;

interface ConnCache {
  summaries?: Promise<TableSummary[]>;
  catalog?: Promise<CatalogSnapshotData>;
  /** Loaded pages of partitions per parent oid. */
  pages: Map<number, PartitionPage & { items: PartitionPage['items'] }>;
  /** The last pruning audit (pg_stat_statements), run on demand. */
  audit?: Promise<AuditReport>;
}

export const tableKey = (schema: string, name: string): string => `${schema}.${name}`;

export class CatalogService {
  private readonly caches = new Map<string, ConnCache>();
  private readonly listeners = new Set<CatalogListener>();

  constructor(
    private readonly dbs: DbLookup,
    private readonly config: () => Config,
    private readonly now: () => Date = () => new Date(),
  ) {}

  onDidLoadCatalog(l: CatalogListener): { dispose(): void } {
    this.listeners.add(l);
    return { dispose: () => this.listeners.delete(l) };
  }

  private cache(id: string): ConnCache {
    let c = this.caches.get(id);
    if (!c) {
      c = { pages: new Map() };
      this.caches.set(id, c);
    }
    return c;
  }

  private requireDb(id: string): Db {
    const db = this.dbs.db(id);
    if (!db) throw new Error(`${this.dbs.label(id)} is not connected.`);
    return db;
  }

  /** Top-level partitioned tables with counts and summary (one query). */
  tables(id: string): Promise<TableSummary[]> {
    const c = this.cache(id);
    if (!c.summaries) {
      const p = listPartitionedTables(this.requireDb(id));
      c.summaries = p;
      p.catch(() => {
        if (c.summaries === p) c.summaries = undefined;
      });
    }
    return c.summaries;
  }

  /** The full model, health and large tables (a few queries; cached until invalidated). */
  catalog(id: string): Promise<CatalogSnapshotData> {
    const c = this.cache(id);
    if (!c.catalog) {
      const p = this.loadFull(id);
      c.catalog = p;
      p.catch(() => {
        if (c.catalog === p) c.catalog = undefined;
      });
    }
    return c.catalog;
  }

  private async loadFull(id: string): Promise<CatalogSnapshotData> {
    const db = this.requireDb(id);
    const cfg = this.config();
    // Sizes are not needed by the linter or health checks, and stat()ing 10,000 files is not free.
    const cat = await loadCatalog(db, { sizes: false, label: this.dbs.label(id) });
    const defaultHasRows = cfg.checkDefaultRows ? await checkDefaultRows(db, cat.tables) : undefined;
    const partmanConfigs = await loadPartmanConfigs(db);
    const partman = new Map<string, PartmanConfig>();
    const health = new Map<string, HealthIssue[]>();
    for (const t of cat.tables) {
      const issues = checkTableHealth(t, { now: this.now(), periodsAhead: cfg.periodsAhead, defaultHasRows });
      const managed = partmanFor(partmanConfigs, t);
      if (managed) {
        partman.set(tableKey(t.schema, t.name), managed);
        issues.push(...partmanHealth(t, managed, this.now()));
      }
      health.set(tableKey(t.schema, t.name), issues);
    }
    const large = await listLargeTables(db, { minRows: cfg.largeTableRows, overrides: cfg.largeTableOverrides });
    const data: CatalogSnapshotData = {
      tables: cat.tables,
      searchPath: cat.searchPath,
      serverVersionNum: cat.serverVersionNum,
      health,
      largeTables: large,
      largeTableIssues: largeTableIssues(large),
      partman,
      loadedAt: this.now(),
    };
    for (const l of this.listeners) l(id, data);
    return data;
  }

  /**
   * The pruning audit of a connection (pg_stat_statements judged by the planner), cached until
   * `fresh` is asked for or the connection is refreshed. It only reads.
   */
  audit(id: string, opts: { fresh?: boolean; signal?: AbortSignal; progress?: (done: number, total: number) => void } = {}): Promise<AuditReport> {
    const c = this.cache(id);
    if (!c.audit || opts.fresh) {
      const p = auditStatements(this.requireDb(id), {
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.progress ? { progress: opts.progress } : {}),
      });
      c.audit = p;
      p.catch(() => {
        if (c.audit === p) c.audit = undefined;
      });
    }
    return c.audit;
  }

  /** The audit when one has run (no database work). */
  lastAudit(id: string): Promise<AuditReport> | undefined {
    return this.caches.get(id)?.audit;
  }

  /** Health issues of one table (from the full catalog). */
  async health(id: string, schema: string, name: string): Promise<readonly HealthIssue[]> {
    return (await this.catalog(id)).health.get(tableKey(schema, name)) ?? [];
  }

  /**
   * Partitions of a parent, loaded page by page: returns everything loaded so far (the first
   * page on the first call). `loadMore` fetches the next page.
   */
  async partitions(id: string, parentOid: number): Promise<PartitionPage> {
    const c = this.cache(id);
    const have = c.pages.get(parentOid);
    if (have) return have;
    const page = await listPartitions(this.requireDb(id), parentOid, { offset: 0, limit: this.config().pageSize });
    c.pages.set(parentOid, { ...page, items: [...page.items] });
    return c.pages.get(parentOid)!;
  }

  async loadMore(id: string, parentOid: number): Promise<PartitionPage> {
    const c = this.cache(id);
    const have = c.pages.get(parentOid);
    if (!have) return this.partitions(id, parentOid);
    const next = await listPartitions(this.requireDb(id), parentOid, { offset: have.items.length, limit: this.config().pageSize });
    const merged = { total: next.total, offset: 0, items: [...have.items, ...next.items] };
    c.pages.set(parentOid, merged);
    return merged;
  }

  /** Drops everything cached for a connection (connection refresh, reconnect, after writes). */
  invalidate(id: string): void {
    this.caches.delete(id);
  }

  /**
   * Refresh of one table: its partition pages, the summaries and the full catalog are reloaded
   * lazily on the next read (summaries and health are connection-wide single queries).
   */
  invalidateTable(id: string, tableOid?: number): void {
    const c = this.cache(id);
    if (tableOid === undefined) c.pages.clear();
    else c.pages.delete(tableOid);
    c.summaries = undefined;
    c.catalog = undefined;
  }

  /** Drops cached partition pages of one parent only (e.g. "Refresh" on a sub-partitioned partition). */
  invalidatePartitions(id: string, parentOid: number): void {
    this.cache(id).pages.delete(parentOid);
  }
}
