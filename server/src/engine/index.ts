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
import { allHosts, hostFor } from './host/index';
import type { HostModule } from './host/types';
import { ensureTreeSitterLoaded } from './host/treesitter';
import { ensureParserLoaded } from './sql/parse';
// Registers the SQL analysis as the checker for `sql` documents.
import './analysis/register';
import { applySuppressions } from './suppress';

export { documentKind, type DocumentKind } from './check';

/** Every rule id the engine can report, in a stable order. */
export const RULE_IDS: readonly RuleId[] = ['partition-key-missing', 'partition-key-not-prunable'];

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
      await importOptional(`host/${lang}`, (m) => import(`./host/${m}/index.ts`), lang);
    }
  })();
  return loading;
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
 * Never throws: an internal error yields no findings and `internalError`.
 */
export function checkFile(
  fileNameOrLanguageId: string,
  text: string,
  catalog: CatalogView,
  settings?: EngineSettings,
  fileName?: string,
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
    result = host
      ? host.check(text, catalog, { disabledRules: disabled, ...(file ? { fileName: file } : {}) })
      : checkDocument(kind, text, catalog, { disabledRules: disabled });
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the server and the CLI need from the workspace catalog (`catalog/workspace.ts`). */
export interface CatalogIndex {
  /** Learns (or re-learns) the DDL of one file; the file name is what `source.file` will say. */
  setFile(file: string, text: string): void;
  removeFile(file: string): void;
  snapshot(): CatalogSnapshot;
}

/** A fresh, empty workspace catalog. Files the engine cannot read (no document kind) are ignored. */
export function createCatalogIndex(): CatalogIndex {
  const catalog = new WorkspaceCatalog();
  return {
    setFile(file, text) {
      const kind = documentKind(file);
      if (kind) catalog.setFile(file, text, kind);
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
 * Whether a workspace file can teach the engine something: DDL (SQL, migrations, `schema.prisma`)
 * or model declarations a host module wants to index.
 */
export function isWorkspaceSource(fileName: string): boolean {
  if (documentKind(fileName) !== undefined || fileName.endsWith('.prisma')) return true;
  return allHosts().some((h) => h.claimsFile?.(fileName) === true);
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
