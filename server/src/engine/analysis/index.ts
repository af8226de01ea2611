/**
 * The SQL analysis: finds every reference to a partitioned table in SQL text and reports the
 * ones PostgreSQL cannot prune, through the rules in `../rules`.
 */
import type { CatalogView } from '../catalog/model';
import type { CheckOptions, CheckResult } from '../check';
import type { Finding } from '../finding';
import { RULES } from '../rules/index';
import { parseSql, type ParsedStatement } from '../sql/parse';
import { analyzeStatementAst } from './analyze';
import type { TableReferenceVerdict } from './verdict';
import { SEARCH_PATH_TEXT, searchPathSet, withSearchPath } from './search-path';

export type { PruneVerdict, TableReferenceVerdict } from './verdict';

export interface SqlCheckOptions extends CheckOptions {
  /** Maps an offset in `text` to a document offset (embedded SQL). */
  readonly mapOffset?: (offset: number) => number;
  /** Added to offsets when no `mapOffset` is given. */
  readonly base?: number;
  /** Report every finding at this range (ORM queries synthesized from host code). */
  readonly rangeOverride?: { readonly start: number; readonly end: number };
  /** An extra pre-filter: statements for which it returns false are not parsed. */
  readonly filter?: (statementText: string) => boolean;
}

const patterns = new WeakMap<CatalogView, { tables: readonly unknown[]; re: RegExp | undefined }>();

/**
 * A case-insensitive pattern matching any partitioned table name as a substring: the
 * pre-filter that keeps statements naming no partitioned table away from the parser.
 */
function namePattern(catalog: CatalogView): RegExp | undefined {
  const tables = catalog.tables();
  let hit = patterns.get(catalog);
  if (!hit || hit.tables !== tables) {
    const names = [...new Set(tables.map((t) => t.name.toLowerCase()))].sort((a, b) => b.length - a.length);
    const re = names.length ? new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i') : undefined;
    hit = { tables, re };
    patterns.set(catalog, hit);
  }
  return hit.re;
}

/** Verdicts for every reference to a partitioned table in one statement, in text order. */
export function analyzeStatement(stmt: ParsedStatement, catalog: CatalogView): TableReferenceVerdict[] {
  return analyzeStatementAst(stmt, catalog);
}

/**
 * Checks SQL text. Statements that mention no partitioned table name (a case-insensitive
 * substring test) are never parsed, which keeps big files fast. Never throws on bad SQL:
 * statements that do not parse come back in `parseErrors`.
 */
export function checkSql(text: string, catalog: CatalogView, options: SqlCheckOptions = {}): CheckResult {
  const mentions = namePattern(catalog);
  if (!mentions) return { findings: [], parseErrors: [] };
  const extra = options.filter;
  const filter = (piece: string): boolean => {
    if (SEARCH_PATH_TEXT.test(piece)) return true;
    mentions.lastIndex = 0;
    if (!mentions.test(piece)) return false;
    return extra ? extra(piece) : true;
  };
  const parsed = parseSql(text, {
    ...(options.mapOffset ? { mapOffset: options.mapOffset } : {}),
    ...(options.base !== undefined ? { base: options.base } : {}),
    filter,
  });
  const disabled = options.disabledRules;
  const findings: Finding[] = [];
  let view = catalog;
  for (const stmt of parsed.statements) {
    const path = searchPathSet(stmt.ast);
    if (path !== undefined) {
      view = withSearchPath(catalog, path);
      continue;
    }
    let verdicts: TableReferenceVerdict[];
    try {
      verdicts = analyzeStatement(stmt, view);
    } catch {
      // An unexpected AST shape must never hide the rest of the file.
      continue;
    }
    for (const v of verdicts) {
      for (const rule of RULES) {
        if (disabled?.has(rule.meta.id)) continue;
        const f = rule.check(v);
        if (!f) continue;
        const judged = { ...f, statement: stmt.sql };
        findings.push(options.rangeOverride ? { ...judged, start: options.rangeOverride.start, end: options.rangeOverride.end } : judged);
      }
    }
  }
  return { findings, parseErrors: parsed.errors.map((e) => ({ offset: e.offset, message: e.message })) };
}
