/**
 * The engine's entry point: checks one document against a catalog and returns findings.
 * The language server, the CLI and the tests all call this; nothing here knows about LSP.
 *
 * Ownership: the SQL path (`checkSql`) belongs to the analysis; host languages (Ruby,
 * TypeScript/JavaScript, Python) plug in through `host/index.ts`, which turns a file into
 * embedded SQL fragments and synthesized ORM queries that go through the same analysis.
 */
import type { CatalogView } from './catalog/model';
import type { Finding } from './finding';

/** Which analyser handles a document. */
export type DocumentKind = 'sql' | 'ruby' | 'typescript' | 'python';

/** Maps a file name (or VS Code language id) to a document kind, or undefined if unsupported. */
export function documentKind(fileNameOrLanguageId: string): DocumentKind | undefined {
  const s = fileNameOrLanguageId.toLowerCase();
  if (s === 'sql' || s.endsWith('.sql') || s === 'postgres' || s === 'pgsql') return 'sql';
  if (s === 'ruby' || s.endsWith('.rb') || s.endsWith('.rake')) return 'ruby';
  if (s === 'python' || s.endsWith('.py')) return 'python';
  if (['typescript', 'typescriptreact', 'javascript', 'javascriptreact'].includes(s)) return 'typescript';
  if (/\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/.test(s)) return 'typescript';
  return undefined;
}

export interface CheckOptions {
  /** Rule ids switched off. */
  readonly disabledRules?: ReadonlySet<string>;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** Statements that did not parse (shown as information only by the server, never thrown). */
  readonly parseErrors: readonly { readonly offset: number; readonly message: string }[];
}

export type DocumentChecker = (text: string, catalog: CatalogView, options?: CheckOptions) => CheckResult;

const checkers = new Map<DocumentKind, DocumentChecker>();

/** Host-language modules and the SQL analysis register themselves here. */
export function registerChecker(kind: DocumentKind, checker: DocumentChecker): void {
  checkers.set(kind, checker);
}

/** Checks a document; unsupported kinds and internal errors give no findings, never an exception. */
export function checkDocument(kind: DocumentKind, text: string, catalog: CatalogView, options?: CheckOptions): CheckResult {
  const checker = checkers.get(kind);
  if (!checker) return { findings: [], parseErrors: [] };
  return checker(text, catalog, options);
}
