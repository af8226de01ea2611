/**
 * The catalog learned from a workspace: every file contributes the DDL operations found in it
 * (plain SQL, or SQL fragments that host-language modules find in migrations), and a snapshot
 * replays all files in path order — so timestamped migrations (Rails, Django, Knex, Prisma,
 * Drizzle …) apply chronologically and later DDL wins — then replays the files that describe
 * the database as it is now (the CLI's `--schema` files, in the order given), so that what they
 * declare wins over the history the migrations tell, and lays the `partitionLens.tables` setting
 * over the result.
 *
 * Each file is parsed once when it is set; snapshots only replay the extracted operations and
 * are cached until something changes.
 */
import type { DocumentKind } from '../check';
import { LineIndex } from '../finding';
import { hostFor } from '../host/index';
import { CatalogBuilder, extractDdl, mightContainCatalogDdl, type DdlOp } from './ddl';
import { compareMigrationPaths, migrationUpText } from './migrations';
import { CatalogSnapshot, type PartitionedTable } from './model';

export interface DdlProblem {
  readonly file: string;
  /** UTF-16 document offset. */
  readonly offset: number;
  readonly message: string;
}

interface FileEntry {
  readonly ops: readonly DdlOp[];
  readonly problems: readonly DdlProblem[];
  /** The file describes the database as it is now (a `--schema` file): replayed after the others. */
  readonly current?: boolean;
}

export interface WorkspaceCatalogOptions {
  /** Search path used to resolve unqualified table names in queries (default `["public"]`). */
  readonly searchPath?: readonly string[];
}

export class WorkspaceCatalog {
  private readonly files = new Map<string, FileEntry>();
  private settingTables: readonly PartitionedTable[] = [];
  private cached: { snapshot: CatalogSnapshot; builder: CatalogBuilder } | undefined;

  constructor(private readonly options: WorkspaceCatalogOptions = {}) {}

  /**
   * Sets (or replaces) what a file contributes. `sql` files are read directly; host-language
   * files through their module's `sqlFragments` (fragments marked `ddl`). Never throws.
   */
  setFile(fileName: string, text: string, kind: DocumentKind, options: { readonly current?: boolean } = {}): void {
    const learned = learnFile(fileName, text, kind);
    const entry = options.current ? { ...learned, current: true } : learned;
    const old = this.files.get(fileName);
    // A file without DDL that had none before changes nothing: keep the cached snapshot.
    const empty = (e: FileEntry | undefined): boolean => !e || (e.ops.length === 0 && e.problems.length === 0);
    const unchanged = empty(entry) && empty(old) && Boolean(entry.current) === Boolean(old?.current);
    this.files.set(fileName, entry);
    if (!unchanged) this.cached = undefined;
  }

  removeFile(fileName: string): void {
    if (this.files.delete(fileName)) this.cached = undefined;
  }

  /** Tables declared by the `partitionLens.tables` setting (they override same-named file tables). */
  setSettingTables(tables: readonly PartitionedTable[]): void {
    this.settingTables = tables;
    this.cached = undefined;
  }

  /** File names known to the catalog (with or without DDL), in application order. */
  fileNames(): string[] {
    const history = [...this.files.keys()].filter((f) => !this.files.get(f)!.current);
    const current = [...this.files.keys()].filter((f) => this.files.get(f)!.current);
    return [...history.sort(comparePaths), ...current];
  }

  /** True when the file contributed at least one catalog operation. */
  hasDdl(fileName: string): boolean {
    return (this.files.get(fileName)?.ops.length ?? 0) > 0;
  }

  /** DDL statements that looked like partition DDL but did not parse. */
  problems(fileName?: string): DdlProblem[] {
    if (fileName !== undefined) return [...(this.files.get(fileName)?.problems ?? [])];
    return this.fileNames().flatMap((f) => this.files.get(f)!.problems);
  }

  snapshot(): CatalogSnapshot {
    return this.build().snapshot;
  }

  /** Tables of the current snapshot whose facts came, at least partly, from this file. */
  tablesFrom(fileName: string): readonly PartitionedTable[] {
    const { snapshot, builder } = this.build();
    const keys = builder.tablesTouchedBy(fileName);
    return snapshot.tables().filter((t) => keys.has(`${t.schema}\u0000${t.name}`) && t.source?.kind === 'file');
  }

  private build(): { snapshot: CatalogSnapshot; builder: CatalogBuilder } {
    if (this.cached) return this.cached;
    const builder = new CatalogBuilder();
    for (const f of this.fileNames()) {
      builder.beginFile();
      builder.apply(this.files.get(f)!.ops);
    }
    const fileTables = builder.build();
    const byName = new Map(fileTables.map((t) => [`${t.schema}\u0000${t.name}`, t]));
    const orphans = builder.orphanPartitions();
    // A setting table that lists no partitions takes the partitions the files know for it.
    const settings = this.settingTables.map((t): PartitionedTable => {
      if (t.partitions.length > 0) return t;
      const k = `${t.schema}\u0000${t.name}`;
      const parts = byName.get(k)?.partitions ?? orphans.get(k);
      return parts?.length ? { ...t, partitions: parts } : t;
    });
    const searchPath = this.options.searchPath ?? ['public'];
    const snapshot = new CatalogSnapshot(fileTables, searchPath).overlay(new CatalogSnapshot(settings, searchPath));
    this.cached = { snapshot, builder };
    return this.cached;
  }
}

/**
 * Paths compare by their text, so timestamped migration names sort chronologically; numbered
 * migrations of one directory (goose, golang-migrate, Flyway) compare by version.
 */
function comparePaths(a: string, b: string): number {
  return compareMigrationPaths(a, b);
}

function learnFile(fileName: string, text: string, kind: DocumentKind): FileEntry {
  if (!mightContainCatalogDdl(text)) return { ops: [], problems: [] };
  const ops: DdlOp[] = [];
  const problems: DdlProblem[] = [];
  const lines = new LineIndex(text);
  try {
    if (kind === 'sql') {
      // Down / undo / rollback parts of migration tools' files never teach the catalog.
      const up = migrationUpText(fileName, text);
      if (up === undefined) return { ops: [], problems: [] };
      const r = extractDdl(up, { file: fileName, lines });
      ops.push(...r.ops);
      for (const e of r.errors) problems.push({ file: fileName, offset: e.offset, message: e.message });
    } else {
      const host = hostFor(kind);
      for (const frag of host?.sqlFragments(text, fileName) ?? []) {
        if (!frag.ddl) continue;
        const r = extractDdl(frag.text, { file: fileName, lines, mapOffset: (o) => frag.mapOffset(o) });
        ops.push(...r.ops);
        for (const e of r.errors) problems.push({ file: fileName, offset: e.offset, message: e.message });
      }
    }
  } catch (e) {
    // A host module failure on half-typed code must not break the catalog.
    problems.push({ file: fileName, offset: 0, message: `could not read DDL: ${e instanceof Error ? e.message : String(e)}` });
  }
  return { ops, problems };
}
