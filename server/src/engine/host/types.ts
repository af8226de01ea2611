/**
 * The contract between host-language modules (Ruby, TypeScript/JavaScript, Python) and the
 * rest of the engine. Each language module lives in `host/<language>/` and registers one
 * `HostModule` in `host/index.ts`.
 */
import type { CatalogView } from '../catalog/model';
import type { CheckOptions, CheckResult } from '../check';
import type { Finding } from '../finding';

/** SQL found inside host code (a heredoc, a string literal, a template, a migration option). */
export interface EmbeddedSql {
  /** The SQL text, interpolations already replaced by placeholders of the same length where possible. */
  readonly text: string;
  /** Maps an offset in `text` to a UTF-16 offset in the host document. */
  mapOffset(offset: number): number;
  /** True when the SQL comes from a migration or schema context (DDL the catalog should learn). */
  readonly ddl: boolean;
}

/** A text edit proposed by a quick fix (UTF-16 document offsets). */
export interface HostEdit {
  readonly start: number;
  readonly end: number;
  /** The inserted text; LSP snippet syntax (`${1:from}` tab stops) when `snippet` is set. */
  readonly newText: string;
  /** `newText` is a snippet whose placeholders the user fills (never a guessed value). */
  readonly snippet?: boolean;
}

export interface HostQuickFix {
  readonly title: string;
  readonly edits: readonly HostEdit[];
  readonly preferred?: boolean;
}

/**
 * What a host module knows about one workspace folder: models, modules and their
 * exports/imports, classes, and per-function summaries (returns a builder, executes one,
 * refines a parameter). One instance per workspace folder (never shared between folders); the
 * CLI makes one per run root. Computed when files are indexed, invalidated per file.
 */
export interface HostIndex {
  /** Learns (or re-learns) one file. Never throws: a file it cannot read is skipped. */
  indexFile(fileName: string, text: string): void;
  /** Forgets a file (deleted or renamed). */
  removeFile(fileName: string): void;
  /**
   * Files whose findings may change when `fileName` changes (they import it, call a method it
   * defines, use a model or scope it declares). Used to re-check open documents.
   */
  dependentsOf?(fileName: string): readonly string[];
  /** Changes whenever what the index knows changes (cache keys of checks include it). */
  readonly generation: number;
}

export interface HostModule {
  readonly language: 'ruby' | 'typescript' | 'python';
  /** Cheap test (no parsing) whether a file may contain database code at all. */
  mightContainDatabaseCode(text: string): boolean;
  /**
   * Cheap index-driven pre-filter (no full parse): false when the file mentions no partitioned
   * table, no model stored in one and no client or builder that can reach one, so the caller skips
   * it. Optional: without it, hosts without `createIndex` are pre-filtered by
   * `mightContainDatabaseCode` and hosts with an index are never skipped. `context` gives the
   * catalog the file will be checked against and the file's name, when the caller knows them.
   */
  mightReach?(text: string, index: HostIndex | undefined, context?: { readonly catalog?: CatalogView; readonly fileName?: string }): boolean;
  /**
   * Every SQL fragment in the file: DDL for the catalog (`ddl: true`) and queries.
   * Used by the workspace catalog to learn partitioned tables from migrations.
   */
  sqlFragments(text: string, fileName?: string): readonly EmbeddedSql[];
  /**
   * Learns model/entity declarations (model → table, attribute → column) from a workspace file so
   * that queries in other files can be mapped. The LSP and the CLI call it for every workspace file
   * this module claims (see `claimsFile`) before checking, and again when a file changes.
   */
  indexFile?(fileName: string, text: string): void;
  /** Forgets what `indexFile` learned from a file (deleted or renamed). */
  removeFile?(fileName: string): void;
  /** Whether `indexFile` wants this file (e.g. `schema.prisma` for the TypeScript module). Default: same language. */
  claimsFile?(fileName: string): boolean;
  /**
   * A fresh, empty index for one workspace folder. Hosts that implement it keep no
   * process-wide state: `check` then reads `options.index`.
   */
  createIndex?(): HostIndex;
  /**
   * Full check of a host file: embedded SQL and ORM queries, through the shared analysis.
   * `index` is the index of the document's workspace folder (made by `createIndex`), when the
   * caller has one. An internal error is thrown, never swallowed: the caller reports the file
   * as not analysed.
   */
  check(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string; index?: HostIndex }): CheckResult;
  /**
   * The editor closed a document: drop what was cached only to re-check it quickly (parse trees,
   * per-statement results), so memory comes back. What the index knows about the file stays.
   */
  documentClosed?(fileName: string, index?: HostIndex): void;
  /** Host-language quick fixes for a finding this module reported (with the folder's index). */
  quickFixes?(text: string, finding: Finding, index?: HostIndex): readonly HostQuickFix[];
}
