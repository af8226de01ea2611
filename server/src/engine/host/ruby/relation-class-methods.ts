/**
 * A model's class method called on a relation (`Lead.visible(user).paginated_search(params)`, a
 * concern's `to_a_paginated_by_id` that every timeline calls on the relation it built) runs on its
 * callers' relations: ar-query.ts follows it at each call with the caller's relation as its
 * implicit receiver, so what it runs is judged with that caller's conditions. Where such a run is
 * reported is the shared placement (query/placement.ts), fed here with each visible caller's
 * verdict on each statement of the method that runs: all callers alike (one included) → reported
 * inside, once, at the statement, and the callers are no sites; verdicts differing → at the
 * callers that scan (where ar-query.ts reports them already); a caller that cannot be judged (a
 * mention of the name whose run we did not follow) → nothing moves.
 *
 * The callers are the `.name` mentions of the folder index, each judged by evaluating the unit
 * around it as its own file's check does (index.ts registers that evaluation); the answer is kept
 * per index change and catalog, so every caller and the method's own unit read the same one. A
 * bare call in another class method (a wrapper `def self.x(a) = x_uncached(a)`) runs on that
 * method's receiver: its callers are the wrapper's callers, whose runs through it are judged.
 */
import type { CatalogView } from '../../catalog/model';
import type { CheckOptions } from '../../check';
import type { RelatedLocation } from '../../finding';
import { runsVerdict } from '../../query/judge';
import { moveModel } from '../../query/model';
import { placeByCallers, reportedInside } from '../../query/placement';
import { memoPerGeneration } from '../generation-memo';
import { esc } from './serial-memo';
import { child, textOf, type RNode } from './syntax';
import { runOrigins, type EvalContext, type QuerySite } from './ar-values';
import type { RubyIndex } from './workspace';

/** Evaluates the units of `text` (the file `file`) holding the offsets given, as a check does (set by index.ts): each unit's runs. */
export type UnitEvaluator = (idx: RubyIndex, file: string, text: string, offsets: readonly number[]) => QuerySite[][];

export let evaluator: UnitEvaluator | undefined;
export let judge: { catalog: CatalogView; options: CheckOptions | undefined; id: number } | undefined;
/** While callers are judged: the runs followed class methods made at each call, by the offset of its method name. */
let collector: Map<number, QuerySite[]> | undefined;
/** The same, with the runs of the methods they called bare (a wrapper's inner method) included. */
let reached: Map<number, QuerySite[]> | undefined;

/** Runs `f` as a judgement of callers (no placement is asked meanwhile). */
export function asJudging<T>(f: () => T): T {
  const prev = collector;
  collector ??= new Map();
  try {
    return f();
  } finally {
    collector = prev;
  }
}

export function setCallerEvaluator(f: UnitEvaluator): void {
  evaluator = f;
}

const catalogIds = new WeakMap<CatalogView, number>();
let nextId = 1;

/** Runs `f` with the planner's verdicts on this catalog available to the placement. */
export function withCallerVerdicts<T>(catalog: CatalogView, options: CheckOptions | undefined, f: () => T): T {
  const prev = judge;
  let id = catalogIds.get(catalog);
  if (id === undefined) catalogIds.set(catalog, (id = nextId++));
  judge = { catalog, options, id };
  try {
    return f();
  } finally {
    judge = prev;
  }
}

/** The most callers judged for one name (a name called more often is left where it is). */
const MAX_CALLERS = 16;

interface Origin {
  readonly src: string;
  readonly start: number;
  readonly end: number;
}

interface Agreed {
  readonly verdict: string;
  readonly origin: Origin;
  /** The first caller's runs of the statement (moved inside when reported there). */
  readonly runs: readonly QuerySite[];
}

interface Placed {
  /** The statements every caller agrees on, by origin key. */
  readonly inside: ReadonlyMap<string, Agreed>;
  readonly callers: readonly RelatedLocation[];
  /** What a result that used the answer depends on. */
  readonly stamp: string;
}

const NONE: Placed = { inside: new Map(), callers: [], stamp: '' };

export function keyOf(o: Origin): string {
  return `${o.start}:${o.end}:${o.src.length}`;
}

const memo = memoPerGeneration<RubyIndex, string, Placed>();

/** The placement of the runs of class methods named `name` that their callers' relations decide. */
/** Whether callers are being judged (their evaluation asks no placement of its own). */
export function judging(): boolean {
  return !!collector;
}

function placed(idx: RubyIndex, name: string): Placed {
  if (!judge || !evaluator || collector) return NONE;
  const j = judge;
  return memo.get(idx, idx.changeSerial, `${j.id}|${name}`, () => computePlaced(idx, name, j, evaluator!));
}

interface CallerFile {
  readonly file: string;
  readonly text: string;
  readonly offsets: number[];
  /** The name called there: the method itself, or a wrapper calling it bare (its runs through the wrapper count). */
  readonly via: string;
}

/**
 * The calls of a class method named `name`: `.name` mentions, and for each bare call in another
 * class method (a wrapper), that method's own calls (`depth` wrappers deep); undefined past
 * `MAX_CALLERS` or when a bare call lies outside a class method (its receiver is unknown).
 */
function callerFiles(idx: RubyIndex, name: string, depth: number, seen: Set<string>): CallerFile[] | undefined {
  // A call of the name after `.`/`&.` (not a longer name, an assignment, or its own `def self.x`).
  const mention = new RegExp(`&?\\.\\s*${esc(name)}(?![\\w?!=]|\\s*=[^=~>])`, 'g');
  // A bare call with arguments in parentheses (`x_uncached(a, b)`): not a local, a symbol or a definition.
  const bare = new RegExp(`(?<![\\w@$:.])${esc(name)}\\(`, 'g');
  const files: CallerFile[] = [];
  let count = 0;
  for (const [file, text] of idx.textsMentioning(name.replace(/[?!=]$/, ''))) {
    const offsets: number[] = [];
    for (const m of text.matchAll(mention)) {
      const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
      if (/(^|\s)#(?!\{)/.test(before) || /\bdef\s+self\s*$/.test(before)) continue;
      offsets.push(m.index + m[0].length - name.length);
    }
    for (const m of text.matchAll(bare)) {
      const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
      if (/(^|\s)#(?!\{)/.test(before) || /\bdef\s+(?:self\.)?$/.test(before)) continue;
      // Elsewhere (an instance method, a recursive call) the receiver is not a class's: not counted, as before.
      const outer = enclosingClassMethod(idx, file, text, m.index);
      if (!outer || depth <= 0 || seen.has(outer)) continue;
      const wrapped = callerFiles(idx, outer, depth - 1, new Set([...seen, outer]));
      if (!wrapped) return undefined;
      files.push(...wrapped);
      count += wrapped.reduce((n, w) => n + w.offsets.length, 0);
    }
    if (count > MAX_CALLERS) return undefined;
    if (!offsets.length) continue;
    count += offsets.length;
    if (count > MAX_CALLERS) return undefined;
    files.push({ file, text, offsets, via: name });
  }
  return files;
}

/**
 * The class method whose body holds `offset`: from the file's outline, or (a `def self.x` of a
 * concern's `included do`, read as a scope body and left out of the outline) the nearest `def self.`
 * above whose `end`, at its indentation, lies below.
 */
function enclosingClassMethod(idx: RubyIndex, file: string, text: string, offset: number): string | undefined {
  const decl = idx.methodsOf(file).find((d) => d.base <= offset && offset < d.base + d.text.length);
  if (decl) return decl.singleton ? decl.name : undefined;
  const head = [...text.slice(0, offset).matchAll(/^([ \t]*)def\s+self\.(\w+[?!]?)/gm)].at(-1);
  if (!head) return undefined;
  const close = new RegExp(`^${head[1]}end\\b`, 'm').exec(text.slice(head.index));
  return close && head.index + close.index > offset ? head[2] : undefined;
}

function computePlaced(idx: RubyIndex, name: string, j: NonNullable<typeof judge>, evaluate: UnitEvaluator): Placed {
  const files = callerFiles(idx, name, 2, new Set([name]));
  if (!files) return NONE;
  const callers: { runs: QuerySite[] | undefined; at: RelatedLocation }[] = [];
  for (const f of files) {
    const found = new Map<number, QuerySite[]>();
    const all = new Map<number, QuerySite[]>();
    collector = found;
    reached = all;
    try {
      evaluate(idx, f.file, f.text, f.offsets);
    } finally {
      collector = undefined;
      reached = undefined;
    }
    for (const o of f.offsets) callers.push({ runs: (f.via === name ? found : all).get(o), at: located(f.file, f.text, o, f.via.length) });
  }
  const origins = new Map<string, Origin>();
  for (const c of callers) for (const r of c.runs ?? []) origins.set(keyOf(runOrigins.get(r)!), runOrigins.get(r)!);
  const inside = new Map<string, Agreed>();
  for (const [key, origin] of origins) {
    const at = callers.map((c) => c.runs?.filter((r) => keyOf(runOrigins.get(r)!) === key));
    // A caller with no run of this statement cannot be judged on it.
    const p = placeByCallers(at.map((rs) => (rs?.length ? runsVerdict(rs, j.catalog, j.options) : undefined)));
    if (p.at === 'inside') inside.set(key, { verdict: p.verdict, origin, runs: at[0]! });
  }
  const stamp = [...inside].map(([k, a]) => `${k}=${a.verdict}`).sort().join(';');
  return inside.size ? { inside, callers: callers.map((c) => c.at), stamp } : NONE;
}

/** A caller's call as a related location of another file. */
function located(file: string, text: string, offset: number, length: number): RelatedLocation {
  const pos = (o: number): { line: number; character: number } => {
    const lineStart = text.lastIndexOf('\n', o - 1) + 1;
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < o; i = text.indexOf('\n', i + 1)) line++;
    return { line, character: o - lineStart };
  };
  return { kind: 'file', fileName: file, start: pos(offset), end: pos(offset + length), message: 'called here (every caller alike)' };
}

/** What a cached result that read the placement of `name` depends on (`x:p|name`). */
export function placementStamp(idx: RubyIndex, name: string): string {
  return placed(idx, name).stamp;
}

/** A class method's source: its own text (`MethodDecl.text`), or its range in the file a body was read from. */
export interface MethodSource {
  readonly src: string;
  readonly start: number;
  readonly end: number;
}

/**
 * At a call of a class method on a relation (`rel.name(…)`), after it was followed: the runs it
 * made at its own statements (`ctx.sites` from `before` on) that every caller agrees on are the
 * method's, reported inside it, so they leave this call. While callers are being judged, they are
 * collected instead.
 */
export function placeAtCall(ctx: EvalContext, name: string, call: RNode, before: number, def: MethodSource): void {
  if (ctx.sites.length === before || !ctx.code) return;
  // Every run through the call, for the methods it reaches bare (a wrapper's callers judge them).
  const nameNode = child(call, 'method');
  if (reached && !ctx.level && !ctx.foreign && nameNode) reached.set(nameNode.start, [...(reached.get(nameNode.start) ?? []), ...ctx.sites.slice(before)]);
  if (!RUNS.test(def.src.slice(def.start, def.end))) return;
  const own = (r: QuerySite): boolean => {
    const o = runOrigins.get(r);
    return !!o && o.src === def.src && o.start >= def.start && o.end <= def.end;
  };
  const added = ctx.sites.slice(before).filter(own);
  if (collector) {
    if (!ctx.level && !ctx.foreign && nameNode && added.length) collector.set(nameNode.start, [...(collector.get(nameNode.start) ?? []), ...added]);
    return;
  }
  if (!added.length) return;
  const p = placed(ctx.code, name);
  ctx.deps?.set(`x:p|${name}`, p.stamp);
  if (!p.inside.size) return;
  for (let i = ctx.sites.length - 1; i >= before; i--) {
    const r = ctx.sites[i]!;
    if (own(r) && p.inside.has(keyOf(runOrigins.get(r)!))) ctx.sites.splice(i, 1);
  }
}

/** The class method a scope body is the value of (`def self.x` in an `included do` block), not a `scope` lambda. */
export function methodBody(src: string, node: RNode): MethodSource | undefined {
  for (let n: RNode | null | undefined = node.parent, i = 0; n && i < 4; n = n.parent, i++) if (n.type === 'singleton_method') return { src, start: n.start, end: n.end };
  return undefined;
}

/** Runs a class method is reported with inside: terminals and loads. */
const RUNS = /\.\s*(?:to_a|reverse|load|each\w*|map|count|size|length|pluck|pick|ids|first|last|take|exists\?|any\?|none\?|empty\?|sum|find_each|in_batches|update_all|delete_all|destroy_all|find|find_by)\b/;

/**
 * In the unit of a class method (`root`, of the checked document `ctx.src`): the runs every
 * caller agrees on and that scan, reported at the statement that runs them.
 */
export function agreedInside(ctx: EvalContext, root: RNode, singleton: boolean): void {
  if (collector || !ctx.code) return;
  const defs: RNode[] = [];
  // `def self.x`, a `def` in `class << self` (a singleton unit) or in a concern's `class_methods do`.
  const walk = (n: RNode, depth: number, cls: boolean): void => {
    if (n.type === 'singleton_method' || (n.type === 'method' && cls)) defs.push(n);
    else if (depth < 6) n.children.forEach((c) => walk(c, depth + 1, cls || (n.type === 'call' && textOf(ctx.src, child(n, 'method') ?? n) === 'class_methods')));
  };
  walk(root, 0, singleton);
  for (const def of defs) {
    const nameNode = child(def, 'name');
    if (!nameNode || !RUNS.test(ctx.src.slice(def.start, def.end))) continue;
    const name = textOf(ctx.src, nameNode);
    const p = placed(ctx.code, name);
    ctx.deps?.set(`x:p|${name}`, p.stamp);
    for (const a of p.inside.values()) {
      const span = spanIn(ctx.src, def, a.origin);
      if (!span || !reportedInside({ at: 'inside', verdict: a.verdict })) continue;
      ctx.sites.push(...a.runs.map((r) => movedRun(r, span, p.callers)));
    }
  }
}

/** Where an origin's statement is in the checked document, when it lies in `def`. */
export function spanIn(doc: string, def: RNode, o: Origin): { start: number; end: number } | undefined {
  // A body read from the whole file (a concern's `included do` method), or the method's own source.
  if (o.src === doc) return o.start >= def.start && o.end <= def.end ? { start: o.start, end: o.end } : undefined;
  return o.src.length <= def.end - def.start && doc.startsWith(o.src, def.start) ? { start: def.start + o.start, end: def.start + o.end } : undefined;
}

/** A caller's run placed at `span` of the method's document (its nested statements too). */
export function movedRun(r: QuerySite, span: { start: number; end: number }, related: readonly RelatedLocation[]): QuerySite {
  const { also, ...rest } = r;
  return { ...rest, alternatives: r.alternatives.map((m) => moveModel(m, () => span)), related, fix: { host: r.fix.host }, ...(also ? { also: also.map((x) => movedRun(x, span, [])) } : {}) };
}

/**
 * Whether a unit (or file) of a concern defines class methods that a model named by `test`
 * includes: they run on that model's relations without naming it, as its own class methods do.
 */
export function concernOfModel(idx: RubyIndex, owners: readonly string[], text: string, singleton: boolean, test: (text: string) => boolean): boolean {
  if (!singleton && !/\bdef\s+self\.|\bclass_methods\s+do\b/.test(text)) return false;
  return owners.some((o) => !idx.models.declared(o) && idx.models.modelsIncluding(o).some((m) => test(m.name.split('::').pop()!)));
}
