/**
 * The TypeScript / JavaScript host module: SQL embedded in strings and templates, and queries of
 * Prisma, Drizzle, Knex, Kysely, Sequelize and TypeORM translated to the SQL each ORM sends, all
 * checked by the shared analysis (`checkSql`). Importing this file registers the module.
 */
import { checkSql } from '../../analysis/index';
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions, CheckResult } from '../../check';
import type { Finding } from '../../finding';
import { registerHost } from '../index';
import type { EmbeddedSql, HostModule, HostQuickFix } from '../types';
import { keyFixes, ormAdvice, suppressFix } from './fixes';
import { ModelRegistry, mayDeclareModels, modelsFromPrisma } from './models';
import { forgetDocument, scanFile, type FileScan } from './scan';

export { ModelRegistry } from './models';
export type { OrmQuery } from './sqlgen';

/** Models learned from workspace files (`indexFile`), shared by every check in this process. */
export const registry = new ModelRegistry();

const DB_HINT =
  /prisma|knex|drizzle|sequelize|typeorm|kysely|\bsql`|\.query\s*\(|\.raw\s*\(|\$queryRaw|\$executeRaw|\.execute\s*\(|\b(select|update|delete)\b|Repository|\.find\w*\s*\(|\.where\s*\(|selectFrom|deleteFrom|updateTable|\.count\s*\(|\.destroy\s*\(/i;

function isPrisma(fileName: string): boolean {
  return /\.prisma$/i.test(fileName);
}

function isTsLike(fileName: string): boolean {
  return /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName);
}

/** The file's embedded SQL and ORM queries (exposed for tests and the benchmark). */
export function scanTypeScript(text: string, fileName?: string, incremental = false): FileScan {
  return scanFile(text, fileName, registry, incremental ? (fileName ?? '') : undefined);
}

type Cached = CheckResult;
const sqlCache = new WeakMap<CatalogView, Map<string, Cached>>();

/** `checkSql` with offsets of `sql` itself, cached per catalog: unchanged queries cost nothing. */
function checkCached(sql: string, catalog: CatalogView, disabled: ReadonlySet<string> | undefined): Cached {
  let m = sqlCache.get(catalog);
  if (!m) sqlCache.set(catalog, (m = new Map()));
  const key = `${disabled ? [...disabled].sort().join(',') : ''}\u0000${sql}`;
  let r = m.get(key);
  if (!r) {
    r = checkSql(sql, catalog, disabled ? { disabledRules: disabled } : {});
    if (m.size > 20_000) m.clear();
    m.set(key, r);
  }
  return r;
}

function checkTypeScript(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string }): CheckResult {
  if (catalog.tables().length === 0 || !typescriptHost.mightContainDatabaseCode(text)) return { findings: [], parseErrors: [] };
  const { fragments, queries } = scanTypeScript(text, options?.fileName, true);
  const findings: Finding[] = [];
  const parseErrors: { offset: number; message: string }[] = [];
  const disabled = options?.disabledRules;
  for (const f of fragments) {
    if (f.ddl) continue;
    const r = checkCached(f.text, catalog, disabled);
    for (const x of r.findings) {
      const fix = x.fix
        ? { ...x.fix, language: 'typescript', ...(x.fix.insertAt ? { insertAt: { ...x.fix.insertAt, offset: f.mapOffset(x.fix.insertAt.offset) } } : {}) }
        : undefined;
      findings.push({ ...x, start: f.mapOffset(x.start), end: f.mapOffset(x.end), ...(fix ? { fix } : {}) });
    }
    // Interpolated text may be an identifier or a fragment: its parse errors would be noise.
    if (!f.interpolated) for (const e of r.parseErrors) parseErrors.push({ offset: f.mapOffset(e.offset), message: e.message });
  }
  const seen = new Set<string>();
  for (const q of queries) {
    const r = checkCached(q.sql, catalog, disabled);
    for (const x of r.findings) {
      const k = `${q.range.start}:${q.range.end}:${x.code}:${x.table}`;
      if (seen.has(k)) continue;
      seen.add(k);
      // Offsets in the analysis's fix hint refer to the synthesized SQL: keep only what is portable.
      const fix = x.fix ? { strategy: x.fix.strategy, keyColumns: x.fix.keyColumns, language: 'typescript', host: q.fix } : undefined;
      const key = x.fix?.keyColumns[0];
      const advice = x.fix && key ? ormAdvice(q.framework, q.fix, x.fix.strategy, key, registry) : undefined;
      const message = advice ? `${x.message} ${advice}` : x.message;
      findings.push({ ...x, message, start: q.range.start, end: q.range.end, ...(fix ? { fix } : {}) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, parseErrors };
}

export const typescriptHost: HostModule = {
  language: 'typescript',
  mightContainDatabaseCode(text: string): boolean {
    return DB_HINT.test(text);
  },
  sqlFragments(text: string, fileName?: string): readonly EmbeddedSql[] {
    if (fileName && isPrisma(fileName)) return [];
    if (!DB_HINT.test(text)) return [];
    return scanTypeScript(text, fileName).fragments.map((f) => ({ text: f.text, mapOffset: f.mapOffset, ddl: f.ddl }));
  },
  claimsFile(fileName: string): boolean {
    return isPrisma(fileName) || isTsLike(fileName);
  },
  indexFile(fileName: string, text: string): void {
    if (isPrisma(fileName)) registry.set(fileName, modelsFromPrisma(text));
    // Through the incremental scan, so that re-indexing a model file after a keystroke is cheap.
    else if (mayDeclareModels(text)) registry.set(fileName, scanTypeScript(text, fileName, true).local);
    else registry.remove(fileName);
  },
  removeFile(fileName: string): void {
    registry.remove(fileName);
    forgetDocument(fileName);
  },
  check: checkTypeScript,
  quickFixes(text: string, finding: Finding): readonly HostQuickFix[] {
    return [...keyFixes(text, finding, registry), suppressFix(text, finding.start)];
  },
};

registerHost(typescriptHost);
