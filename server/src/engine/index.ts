/**
 * The engine's front door for the language server, the CLI and tests: `loadEngine()` once,
 * then `checkFile()` per document. It applies what is the same for every caller — rule on/off,
 * severity overrides and suppression comments — on top of the per-language checkers.
 */
import type { CatalogSnapshot, CatalogView, PartitionedTable } from './catalog/model';
import { parseTablesSetting } from './catalog/settings';
import { WorkspaceCatalog } from './catalog/workspace';
import { checkDocument, documentKind, type CheckResult, type DocumentKind } from './check';
import type { Finding, RuleId, Severity } from './finding';
import type { FolderIndexes } from './folder-index';
import { allHosts, hostFor } from './host/index';
import type { HostModule } from './host/types';
import { ensureTreeSitterLoaded } from './host/treesitter';
import { ensureParserLoaded, parseSql } from './sql/parse';
import { SEARCH_PATH_TEXT, searchPathSet, withSearchPath } from './analysis/search-path';
import { splitStatements, type StatementPiece } from './sql/split';
// Registers the SQL analysis as the checker for `sql` documents.
import './analysis/register';
import { applySuppressions } from './suppress';

export { documentKind, type DocumentKind } from './check';
export { FolderIndexes } from './folder-index';

/** Every rule id the engine can report, in a stable order. */
export const RULE_IDS: readonly RuleId[] = ['partition-key-missing', 'partition-key-not-prunable', 'partition-key-runtime-only'];

export type SeveritySetting = Severity | 'off';

/** What callers may configure per file (the server reads it per resource; the CLI uses defaults). */
export interface EngineSettings {
  /** `false` switches every diagnostic off. Default true. */
  readonly enable?: boolean;
  /** Per rule id: a severity that replaces the rule's default, or `off`. */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
}

export interface FileCheckResult extends CheckResult {
  readonly kind: DocumentKind | undefined;
  /** Set when a checker threw: the findings are then empty and the caller should log this. */
  readonly internalError?: string;
  /** True when the host's pre-filter (`mightReach`) skipped the file without parsing it. */
  readonly prefiltered?: boolean;
}

let loading: Promise<void> | undefined;
const loadProblems: string[] = [];

/**
 * Loads the WebAssembly parsers and the language modules that exist in this build. Optional
 * modules are imported by pattern so that a build without one of them still works.
 */
export function loadEngine(): Promise<void> {
  loading ??= (async () => {
    await Promise.all([ensureParserLoaded(), ensureTreeSitterLoaded()]);
    // Template-literal imports: esbuild bundles whatever matches the pattern (possibly nothing).
    for (const lang of ['ruby', 'typescript', 'python'] as const) {
      await importOptional(`host/${lang}`, async (m) => initHostModule(await import(`./host/${m}/index.ts`)), lang);
    }
  })();
  return loading;
}

/**
 * A host module may need its own asynchronous set-up (grammars, queries): by convention it exports
 * `ensure<Name>Loaded()`, which is awaited here.
 */
async function initHostModule(mod: Record<string, unknown>): Promise<void> {
  for (const [name, value] of Object.entries(mod)) {
    if (/^ensure\w*Loaded$/.test(name) && typeof value === 'function') await (value as () => Promise<void>)();
  }
}

async function importOptional(name: string, load: (m: string) => Promise<unknown>, m: string): Promise<void> {
  try {
    await load(m);
  } catch (e) {
    // A module missing from this build is not fatal: its documents simply get no findings.
    loadProblems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Modules that could not be loaded by `loadEngine()` (for a log line at start-up). */
export function engineLoadProblems(): readonly string[] {
  return loadProblems;
}

/** The host-language module for a document kind, when one is loaded. */
export function hostModuleFor(kind: DocumentKind | undefined): HostModule | undefined {
  return kind && kind !== 'sql' ? hostFor(kind) : undefined;
}

/** The effective severity of a rule under the settings, or `off`. */
export function effectiveSeverity(code: string, defaultSeverity: Severity, settings?: EngineSettings): SeveritySetting {
  const s = settings?.severity?.[code];
  return s === undefined ? defaultSeverity : s;
}

/**
 * Checks one document. `fileNameOrLanguageId` picks the checker (`queries.sql`, `ruby`, …).
 * Never throws: an internal error yields no findings and `internalError`. `indexes` are the
 * host indexes of the document's workspace folder (the CLI: of the run); with them, the host's
 * pre-filter may skip the file without parsing it.
 */
export function checkFile(
  fileNameOrLanguageId: string,
  text: string,
  catalog: CatalogView,
  settings?: EngineSettings,
  fileName?: string,
  cache?: StatementCache,
  indexes?: FolderIndexes,
): FileCheckResult {
  const kind = documentKind(fileNameOrLanguageId);
  if (!kind || settings?.enable === false) return { kind, findings: [], parseErrors: [] };
  const disabled = new Set<string>();
  for (const [code, sev] of Object.entries(settings?.severity ?? {})) if (sev === 'off') disabled.add(code);
  if (RULE_IDS.every((r) => disabled.has(r))) return { kind, findings: [], parseErrors: [] };
  let result: CheckResult;
  try {
    const host = hostModuleFor(kind);
    const file = fileName ?? (fileNameOrLanguageId.includes('.') ? fileNameOrLanguageId : undefined);
    const index = indexes?.indexFor(host);
    if (host && indexes && !indexes.mightReach(host, text, { catalog, ...(file ? { fileName: file } : {}) })) return { kind, findings: [], parseErrors: [], prefiltered: true };
    if (host) result = host.check(text, catalog, { disabledRules: disabled, ...(file ? { fileName: file } : {}), ...(index ? { index } : {}) });
    else if (kind === 'sql' && cache) result = cache.checkSql(text, catalog, disabled);
    else result = checkDocument(kind, text, catalog, { disabledRules: disabled });
  } catch (e) {
    return { kind, findings: [], parseErrors: [], internalError: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  const findings: Finding[] = [];
  for (const f of result.findings) {
    const sev = effectiveSeverity(f.code, f.severity, settings);
    if (sev === 'off') continue;
    findings.push(sev === f.severity ? f : { ...f, severity: sev });
  }
  const kept = applySuppressions(text, kind, findings).sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.code, b.code));
  return { kind, findings: kept, parseErrors: result.parseErrors };
}

/**
 * Per-document memo for SQL checks in the editor: statements are checked one by one and their
 * findings remembered by statement text, so a keystroke re-parses only the statement it changed.
 * Sound because the analysis looks at one statement at a time; the memo is dropped whenever the
 * catalog or the disabled rules change.
 */
interface PlacedStatement {
  readonly text: string;
  /** Result with offsets relative to the statement. */
  readonly rel: CheckResult;
  /** The same, at the statement's document offset. */
  readonly findings: readonly Finding[];
  readonly errors: readonly { offset: number; message: string }[];
  /** The catalog view it was checked with (a `SET search_path` earlier in the file changes it). */
  readonly view: CatalogView;
}

export class StatementCache {
  /** Statement start offset → the statement there at the last check. */
  private byStart = new Map<number, PlacedStatement>();
  private length = 0;
  private lastText = '';
  private lastPieces: readonly StatementPiece[] = [];

  /**
   * `splitStatements(text)`, reusing the pieces of the previous text before the first changed
   * character: splitting restarts at the start of a line that follows a statement's terminating
   * `;` (where the splitter is in its initial state), so only the text after it is split again.
   */
  split(text: string): readonly StatementPiece[] {
    const old = this.lastText;
    const n = Math.min(old.length, text.length);
    let p = 0;
    while (p < n && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let keep = 0;
    let restart = 0;
    // Walk back from the last piece that starts before the change to a safe restart point.
    let k = this.lastPieces.length - 1;
    while (k >= 0 && this.lastPieces[k]!.start >= p) k--;
    for (; k >= 0; k--) {
      const piece = this.lastPieces[k]!;
      if (/^copy\b/i.test(piece.text)) continue; // data lines follow `COPY … FROM stdin;`
      let s = piece.start + piece.text.length;
      while (s < old.length && (old[s] === ' ' || old[s] === '\t')) s++;
      if (old[s] !== ';') continue;
      s++;
      while (s < old.length && (old[s] === ' ' || old[s] === '\t' || old[s] === '\r')) s++;
      if (old[s] !== '\n') continue;
      // The line start after the `;` and everything before it must be unchanged.
      if (s + 1 > p) continue;
      keep = k + 1;
      restart = s + 1;
      break;
    }
    const pieces: StatementPiece[] = this.lastPieces.slice(0, keep);
    for (const piece of splitStatements(restart === 0 ? text : text.slice(restart))) {
      pieces.push(restart === 0 ? piece : { start: piece.start + restart, text: piece.text });
    }
    this.lastText = text;
    this.lastPieces = pieces;
    return pieces;
  }
  private catalog: CatalogView | undefined;
  private rulesKey = '';

  checkSql(text: string, catalog: CatalogView, disabled: ReadonlySet<string>): CheckResult {
    const rulesKey = [...disabled].sort().join(',');
    if (catalog !== this.catalog || rulesKey !== this.rulesKey) {
      this.byStart = new Map();
      this.catalog = catalog;
      this.rulesKey = rulesKey;
    }
    // A typical edit leaves the statements before it in place and moves those after it by the
    // change in length: both are found by offset and compared by text (no hashing of texts).
    const delta = text.length - this.length;
    const next = new Map<number, PlacedStatement>();
    const findings: Finding[] = [];
    const parseErrors: { offset: number; message: string }[] = [];
    let path: readonly string[] | null = null;
    for (const piece of this.split(text)) {
      const d = piece.start;
      const view = withSearchPath(catalog, path);
      let placed = this.byStart.get(d);
      if (!placed || placed.text !== piece.text || placed.view !== view) {
        const moved = delta !== 0 ? this.byStart.get(d - delta) : undefined;
        const rel = moved && moved.text === piece.text && moved.view === view ? moved.rel : checkDocument('sql', piece.text, view, { disabledRules: disabled });
        placed = {
          text: piece.text,
          rel,
          findings: d === 0 ? rel.findings : rel.findings.map((f) => shiftFinding(f, d)),
          errors: rel.parseErrors.map((e) => ({ offset: e.offset + d, message: e.message })),
          view,
        };
      }
      // Unqualified names after `SET search_path` resolve through it.
      if (SEARCH_PATH_TEXT.test(piece.text)) {
        for (const st of parseSql(piece.text).statements) {
          const set = searchPathSet(st.ast);
          if (set !== undefined) path = set;
        }
      }
      next.set(d, placed);
      for (const f of placed.findings) findings.push(f);
      for (const e of placed.errors) parseErrors.push(e);
    }
    // Only the statements of the current text are kept, so the memo never outgrows the document.
    this.byStart = next;
    this.length = text.length;
    return { findings, parseErrors };
  }
}

function shiftFinding(f: Finding, d: number): Finding {
  const insertAt = f.fix?.insertAt;
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    ...(f.fix ? { fix: { ...f.fix, ...(insertAt ? { insertAt: { ...insertAt, offset: insertAt.offset + d } } : {}) } } : {}),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the server and the CLI need from the workspace catalog (`catalog/workspace.ts`). */
export interface CatalogIndex {
  /**
   * Learns (or re-learns) the DDL of one file; the file name is what `source.file` will say.
   * `current`: the file describes the database as it is now (a `--schema` dump), so its tables
   * win over what migrations say, whatever the paths' order.
   */
  setFile(file: string, text: string, options?: { readonly current?: boolean }): void;
  removeFile(file: string): void;
  snapshot(): CatalogSnapshot;
}

/** A fresh, empty workspace catalog. Files the engine cannot read (no document kind) are ignored. */
export function createCatalogIndex(): CatalogIndex {
  const catalog = new WorkspaceCatalog();
  return {
    setFile(file, text, options) {
      const kind = documentKind(file);
      if (kind) catalog.setFile(file, text, kind, options);
    },
    removeFile: (file) => catalog.removeFile(file),
    snapshot: () => catalog.snapshot(),
  };
}

/** Tables declared by the `partitionLens.tables` setting, and a message per invalid entry. */
export function tablesFromSetting(value: unknown): { readonly tables: readonly PartitionedTable[]; readonly errors: readonly string[] } {
  if (value === undefined || value === null) return { tables: [], errors: [] };
  try {
    return parseTablesSetting(value);
  } catch (e) {
    return { tables: [], errors: [`partitionLens.tables: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

/**
 * Dependency, build and cache directories that the workspace scan and the CLI never descend
 * into, whatever the globs say: they hold no DDL or models of the project itself.
 */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'vendor',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  'tmp',
  '.venv',
  'venv',
  '__pycache__',
]);

/**
 * Whether a workspace file can teach the engine something: DDL (SQL, migrations, `schema.prisma`)
 * or model declarations a host module wants to index.
 */
export function isWorkspaceSource(fileName: string): boolean {
  if (documentKind(fileName) !== undefined || fileName.endsWith('.prisma')) return true;
  return allHosts().some((h) => h.claimsFile?.(fileName) === true);
}

/** Whether some host module indexes this file's models (`HostModule.claimsFile` / same language). */
export function isHostIndexed(fileName: string): boolean {
  const kind = documentKind(fileName);
  return allHosts().some((h) => h.indexFile !== undefined && (h.claimsFile ? h.claimsFile(fileName) : kind === h.language));
}

/** Lets host modules learn models from a workspace file (`HostModule.indexFile`). */
export function indexHostFile(fileName: string, text: string): void {
  const kind = documentKind(fileName);
  for (const h of allHosts()) {
    if (!h.indexFile) continue;
    const claimed = h.claimsFile ? h.claimsFile(fileName) : kind === h.language;
    if (claimed) h.indexFile(fileName, text);
  }
}

/** Forgets what host modules learned from a file. */
export function forgetHostFile(fileName: string): void {
  for (const h of allHosts()) h.removeFile?.(fileName);
}
