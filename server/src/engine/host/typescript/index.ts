/**
 * The TypeScript / JavaScript host module: SQL embedded in strings and templates, and queries of
 * Prisma, Drizzle, Knex, Kysely, Objection, Sequelize and TypeORM translated to the SQL each ORM
 * sends, all checked by the shared analysis (`checkSql`). Builders returned from functions are
 * followed to where they run (follow.ts) through the folder's index (workspace.ts).
 * Importing this file registers the module.
 */
import { checkSql } from '../../analysis/index';
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions, CheckResult } from '../../check';
import type { Finding } from '../../finding';
import { registerHost } from '../index';
import type { EmbeddedSql, HostIndex, HostModule, HostQuickFix } from '../types';
import { parseTs } from './ast';
import { isMigration } from './embedded';
import type { ModelInfo } from './models';
import { keyFixes, ormAdvice, suppressFix } from './fixes';
import { followQueries, makeCtx } from './follow';
import { scanFile, type FileScan } from './scan';
import type { OrmQuery } from './sqlgen';
import { TsIndex } from './workspace';

export { ModelRegistry } from './models';
export type { OrmQuery } from './sqlgen';
export { TsIndex } from './workspace';

/** The index of callers that pass none (tests, single-file checks): one per process, as a fallback only. */
export const defaultIndex = new TsIndex();
/** Models of the default index (quick fixes read it). */
export const registry = defaultIndex.registry;

const DB_HINT =
  /prisma|knex|drizzle|sequelize|typeorm|kysely|objection|\bsql`|\.query\s*\(|\.raw\s*\(|\$queryRaw|\$executeRaw|\.execute\s*\(|\b(select|update|delete)\b|Repository|\.find\w*\s*\(|\.where\s*\(|selectFrom|deleteFrom|updateTable|\.count\s*\(|\.destroy\s*\(/i;

function isPrisma(fileName: string): boolean {
  return /\.prisma$/i.test(fileName);
}

function isTsLike(fileName: string): boolean {
  return /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName);
}

function asTsIndex(index: HostIndex | undefined): TsIndex {
  return index instanceof TsIndex ? index : defaultIndex;
}

/** The file's embedded SQL and ORM queries (exposed for tests and the benchmark). */
export function scanTypeScript(text: string, fileName?: string, incremental = false, index: TsIndex = defaultIndex): FileScan {
  return scanFile(text, fileName, index, incremental ? (fileName ?? '') : undefined);
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

/** Names through which code can reach a partitioned table: tables, models, clients, followed functions. */
const reachCache = new WeakMap<CatalogView, WeakMap<TsIndex, { gen: number; re: RegExp }>>();

function reachWords(catalog: CatalogView, index: TsIndex): RegExp {
  let byIndex = reachCache.get(catalog);
  if (!byIndex) reachCache.set(catalog, (byIndex = new WeakMap()));
  const hit = byIndex.get(index);
  if (hit && hit.gen === index.registry.version) return hit.re;
  const re = buildReachWords(catalog, index);
  byIndex.set(index, { gen: index.registry.version, re });
  return re;
}

function buildReachWords(catalog: CatalogView, index: TsIndex): RegExp {
  const words = new Set<string>();
  for (const t of catalog.tables()) words.add(t.name);
  for (const m of reachingModels(catalog, index.registry.all())) for (const n of [...m.names, m.modelName]) words.add(n);
  if (words.size === 0) return /(?!)/;
  return new RegExp(`\\b(?:${[...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
}

/**
 * Models through which a query can reach a partitioned table: stored in one, or related to such a
 * model (Prisma relation targets and declared joins, followed transitively). A model whose
 * relations or final table name the index cannot tell (Sequelize `define` defaults, relations
 * without known targets) counts as reaching, so the pre-filter never hides a finding.
 */
function reachingModels(catalog: CatalogView, models: readonly ModelInfo[]): ModelInfo[] {
  const partitioned = (table: string, schema?: string): boolean => catalog.lookup(schema, table) !== undefined;
  const out = new Set<ModelInfo>();
  const names = new Set<string>();
  const add = (m: ModelInfo): void => {
    out.add(m);
    for (const n of [...m.names, m.modelName]) names.add(n);
  };
  for (const m of models) {
    const unknownRelations = [...m.relations].some((r) => !m.joins?.has(r) && !m.relationTargets?.has(r));
    if (partitioned(m.table, m.schema) || m.withDefaults || unknownRelations || [...(m.joins?.values() ?? [])].some((j) => partitioned(j.table))) add(m);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of models) {
      if (out.has(m) || ![...(m.relationTargets?.values() ?? [])].some((t) => names.has(t))) continue;
      add(m);
      changed = true;
    }
  }
  return [...out];
}

/** Whether the document needs the cross-function pass: builders leave a function, or it imports functions. */
function needsFollow(scan: FileScan, index: TsIndex, fileName: string): boolean {
  if (scan.skipped.some((s) => /escapes/.test(s.why))) return true;
  for (const name of scan.module.imports.keys()) {
    const r = index.resolveName(fileName, name, scan.module);
    if (r?.kind === 'function' || r?.kind === 'class') return true;
  }
  for (const cls of scan.module.classes.values()) {
    for (const f of cls.fields.values()) if (f.type !== undefined && index.typeClass(fileName, f.type, scan.module)) return true;
    if (cls.methods.size > 1 && /\bthis\.\w+\s*\(/.test(scan.module.root.src)) return true;
  }
  return false;
}

/**
 * The cheap pre-filter (text tests only, no parse): a file that names no partitioned table, no
 * model that reaches one, and imports nothing that does (transitively) cannot reach a partitioned table.
 */
function reaches(text: string, catalog: CatalogView, index: TsIndex, fileName: string | undefined): boolean {
  if (catalog.tables().length === 0 || !DB_HINT.test(text)) return false;
  const words = reachWords(catalog, index);
  return words.test(text) || (fileName !== undefined && index.importsReach(fileName, text, words));
}

function checkTypeScript(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string; index?: HostIndex }): CheckResult {
  const index = asTsIndex(options?.index);
  const fileName = options?.fileName;
  if (!reaches(text, catalog, index, fileName)) return { findings: [], parseErrors: [] };
  const scan = scanTypeScript(text, fileName, true, index);
  // A migration runs against the schema of its time, not the final one: its queries are not judged.
  const migration = isMigration(fileName, text);
  const fragments = migration ? [] : scan.fragments;
  let queries: OrmQuery[] = migration ? [] : scan.queries;
  if (!migration && fileName && needsFollow(scan, index, fileName)) {
    const ctx = makeCtx(index, fileName, text, parseTs(text), true);
    queries = [...queries, ...followQueries(ctx, index)];
  }
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
  const all: OrmQuery[] = [];
  for (const q of queries) all.push(q, ...(q.also ?? []));
  for (const q of all) {
    const r = checkCached(q.sql, catalog, disabled);
    for (const x of r.findings) {
      // A finding on a joined table goes to that table's reference in the code.
      const join = q.joins?.find((j) => x.table === j.table || x.table.endsWith(`.${j.table}`));
      const range = join && !(x.table === q.table || x.table.endsWith(`.${q.table}`)) ? join.range : q.range;
      const k = `${range.start}:${range.end}:${x.code}:${x.table}`;
      if (seen.has(k)) continue;
      seen.add(k);
      // Offsets in the analysis's fix hint refer to the synthesized SQL: keep only what is portable.
      const fix = x.fix ? { strategy: x.fix.strategy, keyColumns: x.fix.keyColumns, language: 'typescript', host: q.fix } : undefined;
      const key = x.fix?.keyColumns[0];
      const advice = x.fix && key && range === q.range ? ormAdvice(q.framework, q.fix, x.fix.strategy, key, index.registry) : undefined;
      const message = advice ? `${x.message} ${advice}` : x.message;
      findings.push({ ...x, message, start: range.start, end: range.end, ...(fix ? { fix } : {}), ...(q.related ? { related: q.related } : {}) });
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
  createIndex(): HostIndex {
    return new TsIndex();
  },
  // Without the catalog only `check` can tell (it applies the same test).
  mightReach(text: string, index: HostIndex | undefined, context?: { readonly catalog?: CatalogView; readonly fileName?: string }): boolean {
    return !context?.catalog || reaches(text, context.catalog, asTsIndex(index), context.fileName);
  },
  indexFile(fileName: string, text: string): void {
    if (isPrisma(fileName) || isTsLike(fileName)) defaultIndex.indexFile(fileName, text);
  },
  removeFile(fileName: string): void {
    defaultIndex.removeFile(fileName);
  },
  check: checkTypeScript,
  quickFixes(text: string, finding: Finding, index?: HostIndex): readonly HostQuickFix[] {
    // Models (Prisma field names, Drizzle properties) are found in the folder's own index.
    const models = index instanceof TsIndex ? index.registry : registry;
    return [...keyFixes(text, finding, models), suppressFix(text, finding.start)];
  },
};

registerHost(typescriptHost);
