/**
 * The Ruby host module: ActiveRecord models and query chains, and SQL written in Ruby
 * (heredocs, `execute`/`find_by_sql` strings, migration DDL), checked through the shared SQL
 * analysis. Registers itself at import time.
 */
import type { CatalogView } from '../../catalog/model';
import { registerChecker, type CheckOptions, type CheckResult } from '../../check';
import { dedupeFindings, shiftFinding, type Finding } from '../../finding';
import { ensureParserLoaded, parserReady } from '../../sql/parse';
import { registerHost } from '../index';
import type { EmbeddedSql, HostIndex, HostModule, HostQuickFix } from '../types';
import { dropAssumed, evaluateMethodUnit, evaluateUnit } from './ar';
import { emitReturned } from './ar-emit';
import { modelClassMethod, partitionedModel } from './class-method-runs';
import { agreedInside, concernOfModel, setCallerEvaluator, withCallerVerdicts } from './relation-class-methods';
import { exposedMethod } from './exposed-methods';
import { callerPlacedOwnRuns } from './plain-object-callers';
import { helperRunsInside, helperUnit } from './helper-callers';
import type { EvalContext, QuerySite } from './ar-values';
import type { ModelInfo } from './models';
import { methodStamp } from './ar-calls';
import { subclassesDefining } from './hierarchy';
import { controllerIncluders } from './ar-action-ivars';
import { declaredModules, mayWriteRecord, mayWriteSelf, paramDependency, selfWriteRelevant } from './record-writes';
import { conventionDependency } from './ar-conventions';
import { markAction } from './ar-controller-name';
import { embeddedSql, pairHeredocs, runSqlConstants, type Fragment } from './embedded';
import { rubyQuickFixes } from './fixes';
import { ensureRubyLoaded, child, rubyReady, type RNode } from './syntax';
import { judgeRuns, judgeSql, mapFinding, type JudgeHooks } from '../../query/judge';
import { collectUnits, copyUnit, forgetTree, parseCached, reuseUnits, textStamp, type Unit } from './units';
import { changedLines, commentOnly } from './file-outline';
import { blankableMethods } from './blank';
import { RubyIndex } from './workspace';
import { relevance, type Relevance } from './relevance';

/**
 * The index used by callers that have none of their own (tests, one-off checks). The language
 * server and the CLI make one per workspace folder with `createIndex()`.
 */
export const defaultRubyIndex = new RubyIndex();

function rubyIndexOf(index: HostIndex | undefined): RubyIndex {
  if (index === undefined) return defaultRubyIndex;
  if (index instanceof RubyIndex) return index;
  throw new Error('the Ruby host was given an index made by another host module');
}

const DB_HINT =
  /\b[A-Z][A-Za-z0-9_]*(?:::[A-Z][A-Za-z0-9_]*)*\.(?:where|find|find_by|find_by_\w+|find_each|find_in_batches|in_batches|pluck|pick|ids|count|exists\?|update_all|delete_all|destroy_all|delete_by|destroy_by|unscoped|joins|includes|eager_load|left_joins|all|first|last|take|sum|order|limit|select|find_or_create_by|find_or_initialize_by|rewhere|none|merge|or|[a-z_]+)\b|<<[~-]?['"]?\w*SQL|\b(?:execute|exec_query|exec_update|exec_delete|select_all|select_one|select_rows|select_value|select_values|find_by_sql|count_by_sql|sanitize_sql\w*|create_table|drop_table|rename_table)\b/;

export async function ensureRubyHostLoaded(): Promise<void> {
  await Promise.all([ensureRubyLoaded(), ensureParserLoaded()]);
}

/** A method called on a variable or record (`campaign.leads`, `svc.microsoft_leads`). */
const CALL_HINT = /[a-z_@][A-Za-z0-9_]*[?!]?\s*&?\.\s*[a-z_]/;

/** Class methods (`def self.x`, `class << self`, a concern's `class_methods do`): they query the relation they are called on without naming it. */
const CLASS_METHODS_HINT = /\bdef\s+self\.|\bclass\s*<<\s*self\b|\bclass_methods\s+do\b/;

function mightContainDatabaseCode(text: string): boolean {
  return DB_HINT.test(text) || CALL_HINT.test(text) || mayWriteSelf(text) || CLASS_METHODS_HINT.test(text);
}

function tableResolver(idx: RubyIndex, nesting: readonly string[]): (expr: string) => string | undefined {
  return (expr) => {
    const m = /^(?:::)?([A-Z]\w*(?:::[A-Z]\w*)*)\.(?:quoted_)?table_name$/.exec(expr);
    if (!m) return undefined;
    const model = idx.models.model(m[1]!, nesting);
    if (!model) return undefined;
    return model.table.schema ? `${model.table.schema}.${model.table.name}` : model.table.name;
  };
}

/** What a check found before the analysis: SQL fragments and ORM query sites. */
export interface RubyQueries {
  readonly fragments: readonly Fragment[];
  readonly sites: readonly QuerySite[];
}

/** Key of a document checked without a file name. */
const UNSAVED = '\u0000unsaved.rb';

/**
 * The open document is the freshest version of its file: its models and methods replace what the
 * index had for it (a no-op when the index holds this text already).
 */
function indexOwnFile(idx: RubyIndex, text: string, fileName: string | undefined): void {
  idx.indexFile(fileName ?? UNSAVED, text);
}

function isMigrationPath(fileName: string | undefined): boolean {
  return !!fileName && /(^|[\\/])db[\\/]([^\\/]*migrate[^\\/]*[\\/][^\\/]+|schema)\.rb$/.test(fileName);
}

/** The name of the method a unit is (`initialize`), if it is one. */
function unitDefName(text: string, unit: Unit): string | undefined {
  if (unit.role !== 'return') return undefined;
  return /^def\s+(?:self\.)?([A-Za-z_]\w*[?!=]?)/.exec(text.slice(unit.start, unit.start + 200))?.[1];
}

/** Embedded SQL and ActiveRecord query sites of one unit. */
function unitQueries(idx: RubyIndex, text: string, unit: Unit, fileName: string | undefined, deps?: Map<string, string>, sqlConstants?: ReadonlyMap<string, string>): RubyQueries {
  const root = copyUnit(unit);
  const heredocs = pairHeredocs(root);
  const fragments = embeddedSql(text, root, {
    ...(fileName ? { fileName } : {}),
    heredocs,
    tableFor: tableResolver(idx, unit.nesting),
    migration: unit.migration,
    down: unit.down,
    ...(sqlConstants?.size ? { sqlConstants } : {}),
    constantSql: (owner: string, name: string): string | undefined => {
      const sql = idx.constantSql(owner, name);
      deps?.set(`k:${owner}|${name}`, sql ?? '');
      return sql;
    },
  });
  const sites: QuerySite[] = [];
  const owner = unit.nesting[unit.nesting.length - 1];
  const plain = owner ? idx.plainClass(owner, []) : undefined;
  if (owner) deps?.set(`p:${owner}|`, plain ?? '');
  const ctx: EvalContext = {
    src: text,
    index: idx.models,
    nesting: unit.nesting,
    heredocs,
    consumed: new Set<RNode>(),
    loaded: new Set(),
    sites,
    assumed: new Set(),
    depth: 0,
    tableFor: tableResolver(idx, unit.nesting),
    code: idx,
    ...(unitDefName(text, unit) ? { defName: unitDefName(text, unit)! } : {}),
    ...(plain === owner && owner ? { self: { k: unit.singleton ? 'cls' : 'obj', cls: owner } as const } : {}),
    // In a model's instance method, `self` is a record: `leads.where(…)` is an association.
    ...(owner && plain !== owner && !unit.singleton && idx.models.declared(owner) && idx.models.model(owner)
      ? { self: { k: 'rec', model: idx.models.model(owner)! } as const }
      : {}),
    ...(deps ? { deps } : {}),
  };
  const first = root.children[0];
  // A public instance method may be a controller action: its instance variables start unset.
  const defName = unitDefName(text, unit);
  if (owner && defName && !unit.singleton && first?.type === 'method') {
    const decl = idx.method(owner, defName, false);
    deps?.set(`m:${owner}|${defName}|false`, methodStamp(decl));
    if (decl?.visibility === 'public' && decl.owner === owner) markAction(sites);
  }
  // `classOwner`: the model a concern's class method runs for (its own class methods are that model's).
  const run = (ctx: EvalContext, classOwner?: string): void => {
    if (unit.role === 'return' && first && (first.type === 'method' || first.type === 'singleton_method')) {
      const cls = classOwner ? modelClassMethod(ctx, idx, unit, first, classOwner, undefined) : modelClassMethod(ctx, idx, unit, first, owner, plain);
      const returned = evaluateMethodUnit({ ...ctx, ...(first.type === 'singleton_method' && plain === owner && owner ? { self: { k: 'cls', cls: owner } as const } : {}), ...cls }, first);
      const name = returned.k === 'rel' ? exposedMethod(idx, ctx, unit, first, fileName ?? UNSAVED) : undefined;
      const nameNode = child(first, 'name');
      if (name && nameNode) {
        emitReturned(ctx, returned, {
          kind: 'here',
          start: nameNode.start,
          end: nameNode.end,
          message: `returned from the public method \`${name}\`, which nothing in the workspace calls: it runs where it is built`,
        });
      }
    } else evaluateUnit(ctx, root.children, 'statement');
    agreedInside(ctx, root, !!unit.singleton);
    if (first?.type === 'method' && plain === owner && owner && defName && !unit.singleton) {
      callerPlacedOwnRuns(ctx, idx, first, owner, defName, ctx.sites);
      helperRunsInside(ctx, idx, first, owner, defName);
    }
    dropAssumed(ctx);
  };
  const hooks = new Set<string>();
  // A model concern's instance method runs on a record of each including model (`harvests` is their association).
  const includers = unit.included && first?.type === 'method' && plain === owner && owner ? concernModels(idx, owner) : [];
  if (owner && includers.length) deps?.set(`i:${owner}|`, includers.map((m) => m.name).join(','));
  if (includers.length) {
    // A method of its `class_methods do` is a class method of each including model, judged like the model's own.
    const { self: _concern, ...onModel } = ctx;
    for (const model of includers) {
      const fresh: Pick<EvalContext, 'consumed' | 'loaded' | 'assumed'> = { consumed: new Set(), loaded: new Set(), assumed: new Set() };
      if (unit.singleton) run({ ...onModel, ...fresh }, model.name);
      else run({ ...ctx, self: { k: 'rec', model }, ...fresh });
    }
    return { fragments, sites };
  }
  run({ ...ctx, hooks });
  // A base class calling hooks only its subclasses define (template methods: `accessible_records`,
  // `collection_finder`) runs as each of those subclasses: the unit is evaluated once per subclass.
  if (hooks.size && plain === owner && owner && !unit.singleton) {
    const names = [...hooks].sort();
    const subs = subclassesDefining(idx, owner, names);
    deps?.set(`s:${owner}|${names.join(',')}`, subs.join(','));
    // A controller concern calling methods its including controllers define (`hook` in a log-actions concern) runs as each of them.
    if (!subs.length) subs.push(...concernIncludersDefining(idx, owner, names, deps));
    if (subs.length) {
      sites.length = 0;
      for (const sub of subs) run({ ...ctx, self: { k: 'obj', cls: sub }, consumed: new Set<RNode>(), loaded: new Set(), assumed: new Set() });
    }
  }
  return { fragments, sites };
}

/** The controllers including a module that define one of the methods it calls on `self` (at most 4). */
function concernIncludersDefining(idx: RubyIndex, owner: string, names: readonly string[], deps: Map<string, string> | undefined): string[] {
  const includers = controllerIncluders(idx, owner);
  deps?.set(`i:${owner}`, includers.join(','));
  return includers.filter((c) => names.some((n) => idx.method(c, n, false))).slice(0, 4);
}

/** The models including a module that is not itself a model or a controller concern (few, else nothing is assumed). */
function concernModels(idx: RubyIndex, owner: string): ModelInfo[] {
  if (idx.models.model(owner) && idx.models.declared(owner)) return [];
  const models = idx.models.modelsIncluding(owner);
  return models.length <= 4 ? models : [];
}

/** Whether a model concern's instance methods run on a model that reaches a partitioned table (they name no model). */
function includedByRelevant(idx: RubyIndex, owner: string | undefined, test: (text: string) => boolean): boolean {
  return !!owner && concernModels(idx, owner).some((m) => test(m.name.split('::').pop()!));
}

// Callers of a class method run on relations are judged by evaluating the units around their calls.
setCallerEvaluator((idx, file, text, offsets) => {
  const { tree, release } = parseCached(text, undefined);
  try {
    return collectUnits(text, tree, false)
      .filter((u) => offsets.some((o) => o >= u.start && o < u.end))
      .map((u) => [...unitQueries(idx, text, u, file).sites]);
  } finally {
    release();
  }
});

/** Extracts embedded SQL and ActiveRecord queries of a file (exported for tests and the benchmark). */
export function rubyQueries(text: string, fileName?: string, index?: HostIndex): RubyQueries {
  const idx = rubyIndexOf(index);
  indexOwnFile(idx, text, fileName);
  const { tree, release } = parseCached(text, undefined);
  try {
    const fragments: Fragment[] = [];
    const sites: QuerySite[] = [];
    for (const u of collectUnits(text, tree, isMigrationPath(fileName))) {
      const q = unitQueries(idx, text, u, fileName, undefined, runSqlConstants(text));
      fragments.push(...q.fragments);
      sites.push(...q.sites);
    }
    return { fragments, sites };
  } finally {
    release();
  }
}

const RUBY: JudgeHooks = {
  language: 'ruby',
  advice(run) {
    // A loaded record is written back by its primary key (and Rails 7.1 query_constraints) only.
    if (run.fix.host.kind === 'record-read') return `ActiveRecord reads the record again by its primary key only: add the partition key to ${run.fix.host.model}'s query_constraints (Rails 7.1+).`;
    if (run.fix.host.kind === 'dependent') {
      const { model, macro, association, dependent } = run.fix.host;
      return `Destroying a ${model} record runs this for \`${macro} :${association}, dependent: :${dependent}\`, which finds the rows by the foreign key only: give the association the partition key (a scope or composite foreign_key), or delete them through a relation that filters on it before the destroy.`;
    }
    if (run.fix.host.kind !== 'record-write') return undefined;
    return `ActiveRecord writes the record by its primary key only: add the partition key to ${run.fix.host.model}'s query_constraints (Rails 7.1+), or write through a relation that filters on it (update_all/delete_all).`;
  },
};

const EMPTY_RESULT: UnitResult = { findings: [], parseErrors: [] };

interface UnitResult {
  /** The relevance test the result was made under (see `check`); unset on results of evaluated units. */
  readonly skippedUnder?: Relevance;
  readonly findings: readonly Finding[];
  readonly parseErrors: readonly { readonly offset: number; readonly message: string }[];
  /**
   * What the result depends on besides the unit's text and the other files (methods looked up,
   * whether a method has callers): checked against the index before the result is reused.
   */
  readonly deps?: ReadonlyMap<string, string>;
}

/** Per dependency list: the index change at which it was last found to hold. */
const depsChecked = new WeakMap<ReadonlyMap<string, string>, { idx: RubyIndex; serial: number }>();

/** Whether the dependencies of a cached unit result still hold. */
function depsHold(idx: RubyIndex, deps: ReadonlyMap<string, string> | undefined): boolean {
  if (!deps) return true;
  const seen = depsChecked.get(deps);
  if (seen?.idx === idx && idx.unchangedSince(seen.serial, deps)) return true;
  if (!depsRecheck(idx, deps)) return false;
  depsChecked.set(deps, { idx, serial: idx.changeSerial });
  return true;
}

function depsRecheck(idx: RubyIndex, deps: ReadonlyMap<string, string>): boolean {
  for (const [k, v] of deps) {
    const kind = k.slice(0, 2);
    const rest = k.slice(2);
    let now: string;
    if (kind === 'm:') {
      const [cls, name, singleton] = rest.split('|');
      now = methodStamp(idx.method(cls!, name!, singleton === 'true'));
    } else if (kind === 'p:') {
      const bar = rest.indexOf('|');
      const nesting = rest.slice(bar + 1);
      now = idx.plainClass(rest.slice(0, bar), nesting ? nesting.split(',') : []) ?? '';
    } else if (kind === 'c:') now = String(idx.mayBeCalled(rest));
    else if (kind === 'a:') {
      const bar = rest.indexOf('|');
      now = idx.ivarAssigners(rest.slice(0, bar), rest.slice(bar + 1));
    } else if (kind === 'u:') now = idx.superclassOf(rest) ?? '';
    else if (kind === 's:') {
      const bar = rest.indexOf('|');
      now = subclassesDefining(idx, rest.slice(0, bar), rest.slice(bar + 1).split(',')).join(',');
    }
    else if (kind === 'i:') now = controllerIncluders(idx, rest).join(',');
    else if (kind === 'r:') now = paramDependency(idx, rest);
    else if (kind === 'x:') now = conventionDependency(idx, rest);
    else if (kind === 'k:') {
      const bar = rest.indexOf('|');
      now = idx.constantSql(rest.slice(0, bar), rest.slice(bar + 1)) ?? '';
    }
    else return false;
    if (now !== v) return false;
  }
  return true;
}

/** Whether a file's own modules make it relevant without naming a table: a model writing `self`, a concern's class methods. */
function ownerRelevant(idx: RubyIndex, text: string, test: (text: string) => boolean): boolean {
  const owners = declaredModules(text);
  return selfWriteRelevant(idx, owners, text, test) || concernOfModel(idx, owners, text, false, test);
}

/** Results of one unit relative to its start, so that they survive edits elsewhere in the file. */
function unitResult(idx: RubyIndex, text: string, unit: Unit, catalog: CatalogView, options: (CheckOptions & { fileName?: string }) | undefined, sqlConstants: ReadonlyMap<string, string>): UnitResult {
  const deps = new Map<string, string>();
  const found = unitQueries(idx, text, unit, options?.fileName, deps, sqlConstants);
  const findings: Finding[] = [];
  const parseErrors: { offset: number; message: string }[] = [];
  for (const frag of found.fragments) {
    const r = judgeSql(frag.sql.toString(), catalog, options);
    for (const f of r.findings) {
      const m = mapFinding(f, frag.sql);
      const insertAt = f.fix?.insertAt ? { offset: frag.sql.mapEnd(f.fix.insertAt.offset), mode: f.fix.insertAt.mode } : undefined;
      findings.push({ ...m, fix: f.fix ? { ...f.fix, language: 'sql', ...(insertAt ? { insertAt } : {}) } : f.fix });
    }
    if (frag.reportErrors && !frag.ddl) for (const e of r.parseErrors) parseErrors.push({ offset: frag.sql.mapStart(e.offset), message: e.message });
  }
  findings.push(...judgeRuns(found.sites, catalog, options, RUBY));
  return {
    findings: findings.map((f) => shift(f, -unit.start)),
    parseErrors: parseErrors.map((e) => ({ ...e, offset: e.offset - unit.start })),
    ...(deps.size ? { deps } : {}),
  };
}

/** Ruby fix data: where `.where(…)` is appended. */
const HOST_OFFSETS = ['insertAt'];

function shift(f: Finding, d: number): Finding {
  return shiftFinding(f, d, HOST_OFFSETS);
}

/** Milliseconds spent in the phases of the last `check` (read by the benchmark). */
export const lastCheckPhases = { parse: 0, units: 0, analyse: 0, reusedUnits: false, evaluatedUnits: 0 };

const catalogIds = new WeakMap<CatalogView, number>();
let nextCatalogId = 1;

/**
 * Per file: the unit list of the last check (for `reuseUnits`), with each unit's cache key and
 * result: a reused list takes them over for every unit but the edited one.
 */
const unitLists = new Map<string, { context: string; units: readonly Unit[]; keys: string[]; results: UnitResult[]; placed: (readonly Finding[])[] }>();

/** Per file (the 64 most recently checked): unit results keyed by the unit's text and context, valid for one catalog/model version. */
const unitCaches = new Map<string, { context: string; units: Map<string, UnitResult> }>();

/**
 * Checks one Ruby document. An internal error is thrown (the caller reports the file as not
 * analysed) instead of silently returning no findings.
 */
function check(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string; index?: HostIndex }): CheckResult {
  return withCallerVerdicts(catalog, options, () => checkWith(text, catalog, options));
}

function checkWith(text: string, catalog: CatalogView, options?: CheckOptions & { fileName?: string; index?: HostIndex }): CheckResult {
  if (!rubyReady() || !parserReady() || catalog.tables().length === 0 || !mightContainDatabaseCode(text)) return { findings: [], parseErrors: [] };
  const fileName = options?.fileName;
  const idx = rubyIndexOf(options?.index);
  {
    let id = catalogIds.get(catalog);
    if (id === undefined) catalogIds.set(catalog, (id = nextCatalogId++));
    // Relevance needs no index entry of this file: a unit reaching a table through a method of
    // this file mentions the method, and the method mentions the table.
    const fileTest = relevance(idx, catalog, id);
    if (!fileTest.test(text, idx.wordsIfHeld(fileName ?? UNSAVED, text)) && !ownerRelevant(idx, text, (t) => fileTest.test(t))) {
      // A document the index knows in another version is re-learned (it may have lost a call).
      if (idx.holdsFile(fileName ?? UNSAVED)) indexOwnFile(idx, text, fileName);
      return { findings: [], parseErrors: [] };
    }
    const next = new Map<string, UnitResult>();
    const findings: Finding[] = [];
    const parseErrors: { offset: number; message: string }[] = [];
    const t0 = performance.now();
    const key0 = fileName ?? UNSAVED;
    const sqlConstants = runSqlConstants(text);
    // Methods whose units would not be evaluated need no body in the tree (`blank.ts`); decided
    // under the relevance of this very text, so only while the index already holds it.
    // A partitioned model's class methods run on its relation without naming it (`partitionedModel` below).
    const modelFile = declaredModules(text).some((m) => partitionedModel(idx, [m], (t) => fileTest.test(t)));
    // So do a concern's class methods (`class_methods do def x`) for the models including it.
    const concernFile = concernOfModel(idx, declaredModules(text), text, false, (t) => fileTest.test(t)) || (/\bincluded\s+do\b/.test(text) && declaredModules(text).some((m) => includedByRelevant(idx, m, (t) => fileTest.test(t))));
    const owners = declaredModules(text); // A controller helper runs what its actions give it (helper-callers.ts).
    const unread = (t: string): boolean => !fileTest.test(t) && ![...sqlConstants.keys()].some((c) => t.includes(c)) && !mayWriteRecord(t) && !(modelFile && /^\s*def\s+self\./.test(t)) && !(concernFile && /^\s*def\s/.test(t)) && !owners.some((o) => helperUnit(idx, o, t));
    const { tree, release, change } = parseCached(text, fileName, () => (idx.holds(key0, text) ? blankableMethods(text, unread) : []));
    // While typing inside one method, the unit list is the previous one, shifted. The index
    // learns every version, incrementally (the methods outside the edit are taken over).
    const prevUnits = fileName ? unitLists.get(fileName) : undefined;
    const held = idx.holdsFile(key0) && !idx.models.has(key0);
    let reused = held && prevUnits && change ? reuseUnits(prevUnits.units, change, tree, commentOnly(...changedLines(change.before, text, change))) : undefined;
    idx.indexText(key0, text, tree, change);
    const relevant = relevance(idx, catalog, id);
    // Cached unit results stay valid while the catalog, the models and the rule switches are the
    // same: what else they read from the index (methods followed, classes resolved, callers) is
    // listed in their dependencies and checked one by one, so that editing one file re-evaluates
    // only the units that used what changed.
    // SQL constants run elsewhere in the file are part of every unit's result (where they are judged).
    const constantsKey = sqlConstants.size ? textStamp([...sqlConstants].flat().join('\u0000')) : '';
    const context = `${idx.id}|${id}|${idx.models.version}|${[...(options?.disabledRules ?? [])].sort().join(',')}|${constantsKey}`;
    if (reused && prevUnits?.context !== context) reused = undefined;
    let cache = fileName ? unitCaches.get(fileName) : undefined;
    if (!cache || cache.context !== context) cache = { context, units: new Map() };
    const t1 = performance.now();
    let t2 = t1;
    try {
      const units = reused ?? collectUnits(text, tree, isMigrationPath(fileName));
      lastCheckPhases.reusedUnits = !!reused;
      const keys: string[] = [];
      const results: UnitResult[] = [];
      const placed: (readonly Finding[])[] = [];
      // A reused list differs from the previous one only in the unit holding the edit (the others kept their text).
      const editedAt = reused && change ? units.findIndex((u) => u.start < change.newEnd && change.start < u.end) : -1;
      if (fileName) {
        unitLists.delete(fileName);
        unitLists.set(fileName, { context, units, keys, results, placed });
        while (unitLists.size > 4) unitLists.delete(unitLists.keys().next().value as string);
      }
      t2 = performance.now();
      lastCheckPhases.evaluatedUnits = 0;
      for (const [i, u] of units.entries()) {
        const was = reused ? prevUnits!.units[i] : undefined;
        const same = !!was && i !== editedAt && was.end - was.start === u.end - u.start;
        const key = same ? prevUnits!.keys[i]! : `${u.role}|${u.singleton ?? false}|${u.included ?? false}|${u.nesting.join(",")}|${u.migration}|${u.down}|${text.slice(u.start, u.end)}`;
        let r = (same ? prevUnits!.results[i] : undefined) ?? cache.units.get(key) ?? next.get(key);
        // A unit skipped as irrelevant is tested again when what reaches a table changed.
        if (r?.skippedUnder && r.skippedUnder !== relevant) r = undefined;
        if (r && !depsHold(idx, r.deps)) r = undefined;
        if (!r) {
          const unitText = text.slice(u.start, u.end);
          // A unit running one of the file's SQL constants reaches what the constant's SQL names.
          // A model's (or its concern's) method writing `self` (`update_column(…)`) names no model.
          if (relevant.test(unitText) || (sqlConstants.size > 0 && [...sqlConstants.keys()].some((c) => unitText.includes(c))) || selfWriteRelevant(idx, u.nesting.slice(-1), unitText, (t) => relevant.test(t)) || (u.singleton === true && partitionedModel(idx, u.nesting, (t) => relevant.test(t))) || concernOfModel(idx, u.nesting.slice(-1), unitText, !!u.singleton, (t) => relevant.test(t)) || (u.included === true && includedByRelevant(idx, u.nesting[u.nesting.length - 1], (t) => relevant.test(t))) || (!u.singleton && helperUnit(idx, u.nesting.at(-1), unitText))) {
            lastCheckPhases.evaluatedUnits++;
            r = unitResult(idx, text, u, catalog, options, sqlConstants);
          } else r = { ...EMPTY_RESULT, skippedUnder: relevant };
        }
        next.set(key, r);
        keys.push(key);
        results.push(r);
        // Findings placed in the document last time are taken over when the unit did not move.
        const at = same && was!.start === u.start && prevUnits!.results[i] === r ? prevUnits!.placed[i] : undefined;
        const mine = at ?? r.findings.map((f) => shift(f, u.start));
        placed.push(mine);
        for (const f of mine) findings.push(f);
        for (const e of r.parseErrors) parseErrors.push({ ...e, offset: e.offset + u.start });
      }
    } finally {
      release();
    }
    lastCheckPhases.parse = t1 - t0;
    lastCheckPhases.units = t2 - t1;
    lastCheckPhases.analyse = performance.now() - t2;
    if (fileName) {
      unitCaches.delete(fileName);
      unitCaches.set(fileName, { context, units: next });
      while (unitCaches.size > 64) unitCaches.delete(unitCaches.keys().next().value as string);
    }
    return { findings: dedupeFindings(findings).sort((a, b) => a.start - b.start || a.end - b.end), parseErrors };
  }
}

const SQL_HINT = /SQL|\b(?:execute|exec_query|exec_update|exec_delete|exec_insert|select_all|select_one|select_rows|select_value|select_values|find_by_sql|count_by_sql|sanitize_sql\w*|create_table|drop_table|rename_table|exec_params|async_exec|exec|query|select)\b/;

/** SQL of a file for the workspace catalog (which reports a thrown error as a problem of the file). */
function sqlFragments(text: string, fileName?: string): readonly EmbeddedSql[] {
  if (!rubyReady() || !mightContainDatabaseCode(text)) return [];
  {
    const out: EmbeddedSql[] = [];
    const { tree, release } = parseCached(text, undefined);
    try {
      for (const u of collectUnits(text, tree, isMigrationPath(fileName))) {
        if (!SQL_HINT.test(text.slice(u.start, u.end))) continue;
        const root = copyUnit(u);
        const frags = embeddedSql(text, root, {
          ...(fileName ? { fileName } : {}),
          heredocs: pairHeredocs(root),
          tableFor: tableResolver(defaultRubyIndex, u.nesting),
          migration: u.migration,
          down: u.down,
        });
        for (const f of frags) out.push({ text: f.sql.toString(), mapOffset: (o: number) => f.sql.mapStart(o), ddl: f.ddl });
      }
    } finally {
      release();
    }
    return out;
  }
}

/**
 * The index-driven pre-filter (no parse): the file mentions a partitioned table, a model stored
 * in one, or a method, class or instance variable that can reach one — the test `check` applies
 * first, so a file it rejects would have no findings.
 */
function mightReach(text: string, index: HostIndex | undefined, context?: { readonly catalog?: CatalogView; readonly fileName?: string }): boolean {
  const catalog = context?.catalog;
  // Without the catalog only `check` can tell.
  if (!catalog || !rubyReady()) return true;
  if (catalog.tables().length === 0 || !mightContainDatabaseCode(text)) return false;
  const idx = rubyIndexOf(index);
  let id = catalogIds.get(catalog);
  if (id === undefined) catalogIds.set(catalog, (id = nextCatalogId++));
  const rel = relevance(idx, catalog, id);
  return rel.test(text, idx.wordsIfHeld(context.fileName ?? UNSAVED, text)) || ownerRelevant(idx, text, (t) => rel.test(t));
}

export const rubyHost: HostModule = {
  language: 'ruby',
  mightContainDatabaseCode,
  mightReach,
  sqlFragments,
  indexFile: (fileName, text) => defaultRubyIndex.indexFile(fileName, text),
  removeFile: (fileName) => {
    unitCaches.delete(fileName);
    unitLists.delete(fileName);
    forgetTree(fileName);
    defaultRubyIndex.removeFile(fileName);
  },
  // Models, and every Ruby file whose methods may build or run relations (services, lib/,
  // concerns, controllers); migrations and the schema only teach DDL.
  // (Skipped directories such as vendor/ are left out by the workspace scan, not here: paths are absolute.)
  claimsFile: (fileName) => /\.(rb|rake)$/i.test(fileName) && !isMigrationPath(fileName),
  createIndex: () => new RubyIndex(),
  check,
  quickFixes: (text: string, finding: Finding): readonly HostQuickFix[] => rubyQuickFixes(text, finding),
};

registerHost(rubyHost);
registerChecker('ruby', (text, catalog, options) => check(text, catalog, options));
