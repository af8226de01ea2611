/**
 * The TypeScript / JavaScript host module: SQL embedded in strings and templates, and queries of
 * Prisma, Drizzle, Knex, Kysely, Objection, Sequelize and TypeORM translated to the SQL each ORM
 * sends, all checked by the shared analysis (`checkSql`). Builders returned from functions are
 * followed to where they run (follow.ts) through the folder's index (workspace.ts).
 * Importing this file registers the module.
 */
import type { QueryRun } from '../../query/model';
import { judgeRuns, judgeSql, type JudgeHooks } from '../../query/judge';
import { withVerdicts } from './callee-agreement';
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions, CheckResult } from '../../check';
import type { Finding } from '../../finding';
import { registerHost } from '../index';
import type { EmbeddedSql, HostIndex, HostModule, HostQuickFix } from '../types';
import { parseTs, text, unwrap } from './ast';
import { isMigration } from './embedded';
import type { ModelInfo } from './models';
import { keyFixes, ormAdvice, suppressFix } from './fixes';
import { followQueries } from './follow';
import { withoutScanDuplicates } from './scan-follow-duplicates';
import { makeCtx } from './follow-ctx';
import { scanFile, type FileScan } from './scan';
import { toRun, type OrmQuery } from './sqlgen';
import { readsGlobalRegistry } from './registry-globals';
import { namespaceModule } from './registry-paths';
import type { ModuleInfo } from './modinfo';
import { TsIndex } from './workspace';
import { typeAliasText } from './type-members';
import { mayRunParams, runnerCandidates } from './runner-agreement';
import { decidedBy, decidedSites, paramPathFunctions } from './param-paths';
import { mayHaveStaticThis, staticThisFunctions } from './static-this-helpers';

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
  for (const t of catalog.tables()) {
    words.add(t.name);
    // Clients that map identifiers (Kysely's CamelCasePlugin, knexSnakeCaseMappers) let code name `agentOutputs`.
    words.add(t.name.replace(/_+([a-z0-9])/g, (_m, c: string) => c.toUpperCase()));
  }
  // An Objection model's getter returning a query (`user.authorizedLeads`) reads it, whatever the object is called.
  for (const m of reachingModels(catalog, index.registry.all())) for (const n of [...m.names, m.modelName, ...(m.queryGetters ?? [])]) words.add(n);
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


/**
 * Whether the module an imported name comes from can hold (or re-export) a `ReturnType<…>` alias:
 * a text test first, so that files importing ordinary types are not parsed for it.
 */
function mayAliasReturnType(index: TsIndex, fileName: string, name: string, scan: FileScan): boolean {
  const imp = scan.module.imports.get(name);
  const target = imp ? index.resolve(fileName, imp.spec) : undefined;
  const src = target ? index.textOf(target) : undefined;
  return !!src && (src.includes('ReturnType') || /\bexport\b[^;\n]*\bfrom\b/.test(src));
}

/** Whether a text reads a query getter of an Objection model (`.authorizedLeads.`). */
function queryGetterRead(src: string, index: TsIndex): boolean {
  for (const m of index.registry.all()) for (const g of m.queryGetters ?? []) if (src.includes(`.${g}`) && new RegExp(`\\.${g}\\s*\\.`).test(src)) return true;
  return false;
}

/** Whether a namespace import names a module that exports a function or a class (resolved through re-exports). */
function namespaceExportsCode(index: TsIndex, fileName: string, name: string, module: ModuleInfo): boolean {
  const target = namespaceModule(index, fileName, name, module);
  for (const exported of target ? (index.info(target)?.exports.keys() ?? []) : []) {
    const ex = index.resolveExport(target!, exported);
    const k = ex ? index.resolveName(ex.file, ex.local)?.kind : undefined;
    if (k === 'function' || k === 'class') return true;
  }
  return false;
}

/** Whether the document needs the cross-function pass: builders leave a function, or it imports functions. */
function needsFollow(scan: FileScan, index: TsIndex, fileName: string): boolean {
  // A helper only the index shows, a builder that escapes, or an options/where object not written
  // inline (a helper may build it, resolved.ts).
  if (scan.skipped.some((s) => s.retry !== undefined || s.missing !== undefined)) return true;
  for (const name of scan.module.imports.keys()) {
    const r = index.resolveName(fileName, name, scan.module);
    if (r?.kind === 'function' || r?.kind === 'class') return true;
    // A namespace import (`import * as leads from './repos/leads'`) of a module exporting functions or classes.
    if (r === undefined && namespaceExportsCode(index, fileName, name, scan.module)) return true;
    // A factory's return type (`type TLeadDALFactory = ReturnType<typeof leadDALFactory>`) typing a parameter.
    if (r === undefined && mayAliasReturnType(index, fileName, name, scan) && /^\s*ReturnType\s*</.test(typeAliasText(index, fileName, name)?.type ?? '')) return true;
    // An object of functions or a service instance (`export default { findByCompany() {…} }`).
    const v = r?.kind === 'value' ? unwrap(r.node) : undefined;
    if (v?.type === 'object' || v?.type === 'new_expression') return true;
    // A custom repository (`ds.getRepository(Lead).extend({ … })`) whose methods return builders.
    if (v?.type === 'call_expression' && /\.extend\s*\(/.test(v.src.slice(v.start, v.end))) return true;
    // A builder held in a module constant (`export const outputs = db.selectFrom(…)`).
    if (v?.type === 'call_expression' && /^\s*[\w$.]+\s*(?:<[^>]*>)?\s*\(/.test(text(v)) && /\.\w+\s*\(/.test(text(v))) return true;
  }
  // A function running a builder its callers hand it, reported inside when they agree (runner-agreement.ts).
  if (mayRunParams(scan.module.root.src) && runnerCandidates(scan.module.root).length > 0) return true;
  // A query whose conditions read its function's parameters, decided by the callers' values (param-paths.ts).
  if (paramPathFunctions(scan.module.root).length > 0) return true;
  // A base class's static method querying `this`, the class each caller names (static-this-helpers.ts).
  if (staticThisFunctions(scan.module.root).length > 0) return true;
  // A query an Objection model's getter returns, read on an object of any name (objection-getters.ts).
  if (queryGetterRead(scan.module.root.src, index)) return true;
  // A model reached through a global registry (`WIKI.models.leads.forUser(id)`, registry-globals.ts).
  if (readsGlobalRegistry(index, scan.module.root.src)) return true;
  // A query on a model class the module's function is given (a DataLoader factory).
  if (hasParamModelQuery(scan.module.root.src) && scan.module.exports.size > 0) return true;
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
  if (catalog.tables().length === 0) return false;
  const words = reachWords(catalog, index);
  // A global registry (`WIKI.models.leads`, registry-globals.ts) reaches the models it holds.
  return words.test(text) || (fileName !== undefined && (index.importsReach(fileName, text, words) || readsGlobalRegistry(index, text) || reachedThroughImporters(text, fileName, index, words)));
}

/**
 * A module that reaches the database only through the files importing it, which hand it what it
 * queries: a function running a builder it is given (`executeWithPagination(qb, opts)`,
 * runner-agreement.ts), a function querying a model class it is given (a DataLoader factory
 * `(Model) => … Model.query()`), a base class whose static methods query `this` (the models that
 * extend it, static-this-helpers.ts). Text tests first; the importers are read once.
 */
function reachedThroughImporters(text: string, fileName: string, index: TsIndex, words: RegExp): boolean {
  if (!mayRunParams(text) && !hasParamModelQuery(text) && !mayHaveStaticThis(text)) return false;
  return index.dependentsOf(fileName).some((f) => words.test(index.textOf(f) ?? ''));
}

/** A query on a model class taken as a parameter (`Model.query()`, follow-param-models.ts). */
const PARAM_MODEL_QUERY = /\b[A-Za-z_$][\w$]*\.query\(\s*\)/;

/**
 * `PARAM_MODEL_QUERY.test(text)`. The regular expression tries a match at every identifier of
 * the text (2 % of a 10,000-file TypeScript scan); every match holds `.query(`, which a string
 * search rules out first in most files.
 */
function hasParamModelQuery(text: string): boolean {
  return text.includes('.query(') && PARAM_MODEL_QUERY.test(text);
}

function checkTypeScript(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string; index?: HostIndex }): CheckResult {
  const index = asTsIndex(options?.index);
  const fileName = options?.fileName;
  if (!reaches(text, catalog, index, fileName)) return { findings: [], parseErrors: [] };
  const scan = scanTypeScript(text, fileName, true, index);
  // A migration runs against the schema of its time, not the final one: its queries are not judged.
  const migration = isMigration(fileName, text);
  const fragments = migration ? [] : scan.fragments;
  const queries: readonly OrmQuery[] = migration ? [] : scan.queries;
  let followed: QueryRun[] = [];
  let queriesHere = queries;
  if (!migration && fileName && needsFollow(scan, index, fileName)) {
    const ctx = makeCtx(index, fileName, text, parseTs(text), true);
    // Queries whose helpers only the index shows are judged by the follow pass instead.
    const retry = new Map(scan.skipped.flatMap((s) => (s.retry !== undefined ? [[`${s.start}:${s.end}`, s.retry] as const] : [])));
    // Callers of a helper are compared by what the planner makes of their runs (callee-agreement.ts).
    // The verdict names the tables found at fault too: callers that scan different tables differ.
    const verdict = (runs: readonly QueryRun[]): string => [...new Set(judgeRuns(runs, catalog, options, hooks(index)).map((f) => `${f.code}:${f.table}`))].sort().join(',');
    followed = withVerdicts(verdict, () => followQueries(ctx, index, retry, scan.skipped));
    // Statements whose path the callers' values decided are reported as they decided, not as this file judges them alone.
    const decided = decidedSites.get(ctx);
    if (decided?.length) queriesHere = queries.filter((q) => !decidedBy(decided, q.model.from.at));
    // A chain the scan judged whole is not judged again through the helper that returned its client.
    followed = withoutScanDuplicates(followed, queriesHere, verdict);
  }
  const findings: Finding[] = [];
  const parseErrors: { offset: number; message: string }[] = [];
  for (const f of fragments) {
    // A condition interpolated from elsewhere (`WHERE ${whereClause}`) may hold the key: not judged.
    if (f.ddl || f.opaqueCondition) continue;
    const r = judgeSql(f.text, catalog, options);
    for (const x of r.findings) {
      const fix = x.fix
        ? { ...x.fix, language: 'typescript', ...(x.fix.insertAt ? { insertAt: { ...x.fix.insertAt, offset: f.mapOffset(x.fix.insertAt.offset) } } : {}) }
        : undefined;
      findings.push({ ...x, start: f.mapOffset(x.start), end: f.mapOffset(x.end), ...(fix ? { fix } : {}) });
    }
    // Interpolated text may be an identifier or a fragment: its parse errors would be noise.
    if (!f.interpolated) for (const e of r.parseErrors) parseErrors.push({ offset: f.mapOffset(e.offset), message: e.message });
  }
  // ORM queries: rendered, judged and mapped back by the shared query model.
  findings.push(...judgeRuns([...queriesHere.map((q) => toRun(q)), ...followed], catalog, options, hooks(index)));
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, parseErrors };
}

/** Quick-fix data and the ORM's own advice for findings on a query's main table. */
function hooks(index: TsIndex): JudgeHooks {
  return {
    language: 'typescript',
    hostFix: (run) => run.fix.host,
    advice(run, f) {
      const m = run.alternatives[0];
      const key = f.fix?.keyColumns[0];
      if (!m || !f.fix || !key || !(f.table === m.from.table.name || f.table.endsWith(`.${m.from.table.name}`))) return undefined;
      return ormAdvice(m.framework, run.fix.host, f.fix.strategy, key, index.registry);
    },
  };
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
