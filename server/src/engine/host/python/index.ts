/**
 * The Python host module: Django and SQLAlchemy models and queries, and SQL embedded in
 * strings, checked through the shared SQL analysis. Registers itself at import time.
 * What it knows about a workspace folder lives in a `PythonIndex` (`createIndex()`); callers
 * without one share a default index.
 */
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions, CheckResult } from '../../check';
import type { Finding } from '../../finding';
import { ensureParserLoaded, parserReady } from '../../sql/parse';
import { registerHost } from '../index';
import type { EmbeddedSql, HostIndex, HostModule, HostQuickFix } from '../types';
import { ensurePythonLoaded, parsePython, pythonReady, ScopeIndex } from './ast';
import { djangoQueries } from './django-sites';
import { pythonFragments } from './embedded';
import { pythonQuickFixes } from './fixes';
import { PythonChecker } from './incremental';
import { importsOf } from './models';
import { collectDeclarations } from './declarations';
import { sqlalchemyQueries } from './sqlalchemy-sites';
import type { PyRun } from './synth';
import { ormDdlFragments } from './ormddl';
import { overlayModule, placeTree, PythonIndex } from './workspace';

// `model = Lead` / `queryset = …` in a class body: a generic view or viewset that runs queries.
const DB_HINT = /\.objects\b|\bsession\b|\bexecute(?:many)?\s*\(|\bexec_driver_sql\b|\btext\s*\(|\bRawSQL\b|\bRunSQL\b|\.raw\s*\(|\bselect\s*\(|\bupdate\s*\(|\bdelete\s*\(|\.query\b|__tablename__|\bmodels\.|\bColumn\s*\(|mapped_column|\bTable\s*\(|\bManager\b|^\s+(?:model|queryset)\s*=/m;
/** Code that may reach a query through the index (a helper, a service, a view, a related manager). */
/** A delete call (Django's collector acts on the rows pointing at the deleted ones). */
const DELETES = /\.delete\s*\(/;
const CROSS_HINT = /\bimport\b|\bdef\b|\bclass\b/;
/** A module that may run a query handed to one of its functions (a statement, a queryset, a row it saves). */
const RUNS_PARAMETER = /\.(?:execute|exec|scalars?|paginate|count|exists|delete|update|iterator|get|save|refresh_from_db|aggregate|first|last)\(|\bfor\b[^\n]*\bin\b|\b(?:list|len)\(/;

/** Loads tree-sitter and the SQL parser; checks before that return no findings. */
export async function ensurePythonHostLoaded(): Promise<void> {
  await Promise.all([ensurePythonLoaded(), ensureParserLoaded()]);
}

function mightContainDatabaseCode(text: string): boolean {
  return DB_HINT.test(text);
}

const MODEL_HINT = /\bclass\s+\w+\s*\(/;
const MODEL_BODY_HINT = /models\.|Model\b|__tablename__|Column\s*\(|mapped_column|Mapped\[|Manager|QuerySet|\bTable\s*\(|Field\s*\(/;

interface IndexState {
  readonly checker: PythonChecker;
  relevant?: { catalog: CatalogView; version: number; tables: RegExp | undefined; models: RegExp | undefined; modelNames: ReadonlySet<string>; key: string; deletedParents: RegExp | undefined };
}

const states = new WeakMap<PythonIndex, IndexState>();

function stateOf(index: PythonIndex): IndexState {
  let s = states.get(index);
  if (!s) {
    s = { checker: new PythonChecker(index) };
    index.checker = s.checker;
    states.set(index, s);
  }
  return s;
}

/** A fresh index for one workspace folder. */
export function createPythonIndex(): PythonIndex {
  const index = new PythonIndex();
  stateOf(index);
  return index;
}

/** The index of callers that have none of their own (tests, single-folder tools). */
export const defaultPythonIndex = createPythonIndex();
/** Models of the default index (kept for existing callers). */
export const pythonModels = defaultPythonIndex.models;

function indexOf(index: HostIndex | undefined): PythonIndex {
  return index instanceof PythonIndex ? index : defaultPythonIndex;
}

function sqlFragments(text: string, fileName?: string): readonly EmbeddedSql[] {
  if (!pythonReady() || !mightContainDatabaseCode(text)) return [];
  // Errors propagate: the workspace catalog records them as problems of this file.
  const t = parsePython(text);
  const own = /partition/i.test(text) ? ormDdlFragments(t, fileName) : [];
  return [...pythonFragments(t, new ScopeIndex(t), fileName), ...own];
}

/** Everything `check` found, before the analysis (exported for tests and the benchmark). */
export function pythonQueries(text: string, fileName?: string, index: PythonIndex = defaultPythonIndex): { fragments: ReturnType<typeof pythonFragments>; queries: PyRun[] } {
  const t = parsePython(text);
  const scopes = new ScopeIndex(t);
  const file = fileName ?? '<unsaved>.py';
  placeTree(t, file, 0);
  // The open document's own models are the freshest: they replace what the index had for it.
  if (MODEL_HINT.test(text) && MODEL_BODY_HINT.test(text)) {
    const d = collectDeclarations(t, file);
    index.models.setFile(file, d.classes, d.tables);
  }
  const fragments = pythonFragments(t, scopes, fileName);
  const overlay = overlayModule(file, [{ file, tree: t, base: 0 }], text);
  const ctx = { models: index.models, py: index, checked: t };
  const runs = index.withOverlay(overlay, () => index.models.withImports(importsOf(t), () => [...djangoQueries(t, ctx, scopes, file), ...sqlalchemyQueries(t, ctx, scopes, file)]));
  // Every statement an evaluation sends: a run and the further statements it causes (prefetches).
  const queries = runs.flatMap((r) => [r, ...(r.also ?? [])]);
  return { fragments, queries };
}

function wordsRegExp(words: string[], flags: string): RegExp | undefined {
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\w$])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w$])`, flags);
}

/**
 * Names whose presence makes a file worth checking: partitioned table names (lower case) and
 * the names of models or `Table` variables mapped to them. Cached per catalog and index version.
 */
function relevantNames(index: PythonIndex, catalog: CatalogView): NonNullable<IndexState['relevant']> {
  const st = stateOf(index);
  const models = index.models;
  if (st.relevant && st.relevant.catalog === catalog && st.relevant.version === models.version) return st.relevant;
  const tables = [...new Set(catalog.tables().map((t) => t.name.toLowerCase()))];
  const names = new Set<string>();
  for (const [name, decls] of models.classNames()) {
    for (const d of decls) {
      try {
        const m = models.model(name, d.file);
        if (m && catalog.lookup(m.schema, m.table)) names.add(name);
      } catch {
        // One odd class must not switch off checking for everything else.
      }
    }
  }
  for (const [name, decls] of models.tableVariables()) if (decls.some((d) => catalog.lookup(d.schema, d.table))) names.add(name);
  for (const [name, decls] of models.heldTableAttributes()) if (decls.some((d) => catalog.lookup(d.schema, d.table))) names.add(name);
  // Deleting a row of a model that a relevant model's foreign key points at acts on the relevant
  // rows too (Django's `on_delete`): a file deleting it is checked (`django-cascades.ts`).
  const parents = new Set<string>();
  for (let depth = 0, from: ReadonlySet<string> = names; depth < 3 && from.size; depth++) {
    const next = new Set<string>();
    for (const name of from) {
      for (const f of models.classDecl(name)?.fields ?? []) {
        if (f.isForeignKey && f.target && f.onDelete && f.onDelete !== 'DO_NOTHING' && !names.has(f.target) && !parents.has(f.target)) next.add(f.target);
      }
    }
    for (const n of next) parents.add(n);
    from = next;
  }
  // The reach set depends on what is relevant, not on the index version: a key by content.
  const key = `${tables.sort().join(',')}\u0000${[...names].sort().join(',')}`;
  st.relevant = { catalog, version: models.version, tables: wordsRegExp(tables, 'i'), models: wordsRegExp([...names], ''), modelNames: names, key, deletedParents: wordsRegExp([...parents], '') };
  return st.relevant;
}

/**
 * The index-driven pre-filter (text tests only, no parse): whether the file names a partitioned
 * table, a model stored in one, or something through which a query built elsewhere reaches it.
 */
function reaches(text: string, catalog: CatalogView, index: PythonIndex): boolean {
  if (catalog.tables().length === 0) return false;
  const names = relevantNames(index, catalog);
  const direct = mightContainDatabaseCode(text) && (names.models?.test(text) === true || names.tables?.test(text) === true || (DELETES.test(text) && names.deletedParents?.test(text) === true));
  if (direct) return true;
  // A file naming no partitioned table or model may still run a query built elsewhere (a
  // service, a related manager): only when the index knows modules it could reach.
  const relevant = (body: string): boolean => names.models?.test(body) === true || names.tables?.test(body) === true;
  if (!index.complete || !CROSS_HINT.test(text)) return false;
  return index.mayReachQueries(text, relevant, names.modelNames, names.key) || (RUNS_PARAMETER.test(text) && index.calledFromRelevant(text, relevant));
}

function check(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string; index?: HostIndex }): CheckResult {
  if (!pythonReady() || !parserReady() || catalog.tables().length === 0) return { findings: [], parseErrors: [] };
  const index = indexOf(options?.index);
  if (!reaches(text, catalog, index)) return { findings: [], parseErrors: [] };
  // An exception is not swallowed here: the engine's `checkFile` turns it into `internalError`,
  // which is logged, so a bug shows up instead of silently hiding every finding.
  const { fileName, disabledRules } = options ?? {};
  return stateOf(index).checker.check(text, catalog, { ...(fileName !== undefined ? { fileName } : {}), ...(disabledRules ? { disabledRules } : {}) }, MODEL_HINT.test(text) && MODEL_BODY_HINT.test(text));
}

export const pythonHost: HostModule = {
  language: 'python',
  mightContainDatabaseCode,
  sqlFragments,
  indexFile: (fileName, text) => {
    if (pythonReady()) defaultPythonIndex.indexFile(fileName, text);
  },
  removeFile: (fileName) => defaultPythonIndex.removeFile(fileName),
  claimsFile: (fileName) => /\.py$/i.test(fileName),
  createIndex: () => createPythonIndex(),
  // Without the catalog only `check` can tell (it applies the same test).
  mightReach: (text, index, context) => !context?.catalog || !pythonReady() || reaches(text, context.catalog, indexOf(index)),
  check,
  quickFixes: (text: string, finding: Finding): readonly HostQuickFix[] => pythonQuickFixes(text, finding),
  documentClosed: (fileName: string, index?: HostIndex): void => {
    stateOf(index instanceof PythonIndex ? index : defaultPythonIndex).checker.forget(fileName);
  },
};

registerHost(pythonHost);
