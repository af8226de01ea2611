/**
 * The partition catalog: one model, filled either from DDL found in the workspace
 * (`ddl.ts`), from the `partitionLens.tables` setting, or from a live database
 * (`server/src/db/introspect.ts`). The analyzer only ever reads this model.
 */
import { formatIdent, formatIdent as displayIdent, formatQualified } from '../../db/quote';

export type Strategy = 'range' | 'list' | 'hash';

/** Where a fact was learned: a file and 1-based line, a setting, or a database. */
export interface SourceRef {
  readonly kind: 'file' | 'setting' | 'database';
  /** File path as given to the engine (CLI: relative to cwd; server: URI). */
  readonly file?: string;
  /** 1-based line of the statement that declared the fact. */
  readonly line?: number;
  /** Free text, e.g. a connection name. */
  readonly detail?: string;
}

/**
 * One element of a partition key, in key order. A plain column keeps its exact
 * (case-sensitive, unquoted) name; an expression keeps its SQL text, a normalised
 * form used for matching query expressions against it, and the columns it reads.
 */
export type KeyPart =
  | {
      readonly kind: 'column';
      readonly column: string;
      readonly opclass?: string;
      readonly collation?: string;
      /** The column's type as written in DDL (e.g. `timestamptz`), when known; lets the analyzer accept no-op casts. */
      readonly type?: string;
    }
  /** `collation`: an explicit COLLATE of the key element (`substr(a, 1) COLLATE "C"`). */
  | { readonly kind: 'expression'; readonly text: string; readonly normalized: string; readonly columns: readonly string[]; readonly collation?: string };

/** How a table below this one is partitioned (one level of sub-partitioning). */
export interface PartitionScheme {
  readonly strategy: Strategy;
  readonly key: readonly KeyPart[];
}

/** A partition bound as PostgreSQL prints it (`pg_get_expr(relpartbound)`), parsed where possible. */
export type PartitionBound =
  | { readonly kind: 'range'; readonly from: readonly BoundValue[]; readonly to: readonly BoundValue[]; readonly text: string }
  | { readonly kind: 'list'; readonly values: readonly (string | null)[]; readonly text: string }
  | { readonly kind: 'hash'; readonly modulus: number; readonly remainder: number; readonly text: string }
  | { readonly kind: 'default'; readonly text: 'DEFAULT' }
  | { readonly kind: 'unknown'; readonly text: string };

/** A range bound datum: a literal's text (as written, without quotes) or MINVALUE / MAXVALUE. */
export type BoundValue = { readonly kind: 'value'; readonly text: string } | { readonly kind: 'minvalue' } | { readonly kind: 'maxvalue' };

export interface Partition {
  readonly schema: string;
  readonly name: string;
  readonly bound: PartitionBound;
  /** Set when this partition is itself partitioned (sub-partitioning). */
  readonly subPartitioning?: PartitionScheme;
  /** Children when this partition is itself partitioned. */
  readonly partitions: readonly Partition[];
  /** Live-database facts; absent when learned from files. */
  readonly rows?: number;
  readonly bytes?: number;
  readonly detachPending?: boolean;
  readonly lastAnalyze?: string | null;
  readonly source?: SourceRef;
}

export interface PartitionedTable {
  /** Exact identifiers (quotes removed, case kept as PostgreSQL stores it). */
  readonly schema: string;
  readonly name: string;
  readonly strategy: Strategy;
  readonly key: readonly KeyPart[];
  /** Direct partitions. Empty when none are known (e.g. only the parent DDL was seen). */
  readonly partitions: readonly Partition[];
  readonly source?: SourceRef;
  readonly rows?: number;
  readonly bytes?: number;
}

// `schema.name` and single identifiers as PostgreSQL prints them: the one quoting helper.
export { formatQualified as displayName, formatIdent as displayIdent };

/** The key as text, e.g. `created_at` or `user_id, (lower(email))`. */
export function keyText(key: readonly KeyPart[]): string {
  return key.map((k) => (k.kind === 'column' ? displayIdent(k.column) : `(${k.text})`)).join(', ');
}

/** The key's column names and expression texts as stored (unquoted), e.g. for fix hints and JSON. */
export function keyNames(key: readonly KeyPart[]): string[] {
  return key.map((k) => (k.kind === 'column' ? k.column : k.text));
}

/** Every leaf (non-partitioned) partition below a list of partitions. */
export function leafPartitions(parts: readonly Partition[]): Partition[] {
  const out: Partition[] = [];
  const walk = (ps: readonly Partition[]): void => {
    for (const p of ps) {
      if (p.subPartitioning) walk(p.partitions);
      else out.push(p);
    }
  };
  walk(parts);
  return out;
}

/**
 * What the analyzer needs from a catalog. `CatalogSnapshot` (below) implements it;
 * a live database and the workspace DDL both produce a snapshot.
 */
export interface CatalogView {
  /**
   * Finds a partitioned table by the name a query uses. `schema` is undefined for an
   * unqualified name, which resolves through `searchPath` (default `["public"]`).
   * Names are exact (the SQL layer already folded unquoted names to lower case).
   */
  lookup(schema: string | undefined, name: string): PartitionedTable | undefined;
  /** All partitioned tables, sorted by schema then name. */
  tables(): readonly PartitionedTable[];
  /**
   * `server_version_num` of the PostgreSQL the queries run on (a connected database, or the
   * CLI's `--pg-version`), when known: a few pruning rules changed between majors. Unknown means
   * the newest behaviour is assumed.
   */
  readonly serverVersionNum?: number;
}

/** An immutable catalog built from a list of tables. */
export class CatalogSnapshot implements CatalogView {
  private readonly byKey = new Map<string, PartitionedTable>();
  private readonly sorted: readonly PartitionedTable[];

  constructor(
    tables: Iterable<PartitionedTable>,
    private readonly searchPath: readonly string[] = ['public'],
    readonly serverVersionNum?: number,
  ) {
    for (const t of tables) this.byKey.set(`${t.schema}\u0000${t.name}`, t);
    this.sorted = [...this.byKey.values()].sort((a, b) => (a.schema === b.schema ? cmp(a.name, b.name) : cmp(a.schema, b.schema)));
  }

  static readonly empty = new CatalogSnapshot([]);

  lookup(schema: string | undefined, name: string): PartitionedTable | undefined {
    if (schema !== undefined) return this.byKey.get(`${schema}\u0000${name}`);
    for (const s of this.searchPath) {
      const t = this.byKey.get(`${s}\u0000${name}`);
      if (t) return t;
    }
    return undefined;
  }

  tables(): readonly PartitionedTable[] {
    return this.sorted;
  }

  /** The same tables for a server of a given `server_version_num` (undefined: unknown). */
  withServerVersion(serverVersionNum: number | undefined): CatalogSnapshot {
    return new CatalogSnapshot(this.sorted, this.searchPath, serverVersionNum);
  }

  /** A new snapshot where tables of `overlay` replace same-named tables of this one (and its server version, when it has one). */
  overlay(overlay: CatalogView): CatalogSnapshot {
    const merged = new Map(this.byKey);
    for (const t of overlay.tables()) merged.set(`${t.schema}\u0000${t.name}`, t);
    return new CatalogSnapshot(merged.values(), this.searchPath, overlay.serverVersionNum ?? this.serverVersionNum);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every partitioned table for a listing: the top-level tables and, after each, the partitions
 * that are themselves partitioned (sub-partitioning), as PostgreSQL's `pg_partitioned_table`
 * lists them. Sorted by schema, then name.
 */
export function catalogListing(tables: readonly PartitionedTable[]): PartitionedTable[] {
  const out: PartitionedTable[] = [...tables];
  const walk = (parts: readonly Partition[]): void => {
    for (const p of parts) {
      if (!p.subPartitioning) continue;
      out.push({
        schema: p.schema,
        name: p.name,
        strategy: p.subPartitioning.strategy,
        key: p.subPartitioning.key,
        partitions: p.partitions,
        ...(p.source ? { source: p.source } : {}),
      });
      walk(p.partitions);
    }
  };
  for (const t of tables) walk(t.partitions);
  return out.sort((a, b) => (a.schema === b.schema ? cmp(a.name, b.name) : cmp(a.schema, b.schema)));
}
