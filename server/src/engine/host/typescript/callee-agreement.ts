/**
 * Where a query that a method runs on its callers' values is reported (issue 10's rule, the shared
 * policy of query/placement.ts): callee.ts judges such a query at each call, with the caller's
 * arguments (`repo.findSingleLead(id, { where: { userId } })` running
 * `this.findOne({ where: { id, ...options?.where } })`). When every visible caller gets the same
 * verdict (one caller included), the method itself is at fault: the finding goes inside it, at the
 * statement that runs, and the callers stay silent; when the verdicts differ, the callers that
 * scan are reported. This module only gathers the callers and their verdicts.
 * The callers are found once per index generation by name, and each is judged as its own file
 * would judge it (its names resolved through its own context).
 */
import type { QueryRun } from '../../query/model';
import { moveModel } from '../../query/model';
import { placeByCallers, reportedInside, type Placement } from '../../query/placement';
import type { RelatedLocation } from '../../finding';
import { field, flattenChain, visit, type Link, type N } from './ast';
import { resolvers } from './inline';
import { isChainTop } from './queries';
import { withTypeText } from './values';
import { typeTextLookup } from './types';
import { ctxOf, resolverFor, type FileCtx } from './follow-ctx';
import type { TsIndex } from './workspace';
import { decidedSites, judgedAloneToo } from './param-paths';

function decided(ctx: FileCtx): { start: number; end: number }[] {
  let list = decidedSites.get(ctx);
  if (!list) decidedSites.set(ctx, (list = []));
  return list;
}

/** What the planner makes of runs (query/judge.ts `runsVerdict` with the check's catalog), set by index.ts for one check. */
let verdictOf: ((runs: readonly QueryRun[]) => string) | undefined;

export function withVerdicts<T>(verdict: (runs: readonly QueryRun[]) => string, f: () => T): T {
  const prev = verdictOf;
  verdictOf = verdict;
  try {
    return f();
  } finally {
    verdictOf = prev;
  }
}

/** The statement inside the callee each run comes from (callee.ts records it). */
export const runSites = new WeakMap<QueryRun, N>();

/**
 * Runs of a static method's query on `this`, the class its caller names (static-this-helpers.ts):
 * their table is the caller's class, so callers are compared by the rules they break, not by table.
 */
export const selfBound = new WeakSet<QueryRun>();

/** Judges at call `n` (links `links`, written in `ctx`) what the callee runs there: callee.ts's `inlineCall`. */
export type RunAt = (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex, out: QueryRun[]) => void;

const MAX_CALLERS = 12;
/** Set while callers are judged for an agreement, so that judging them does not ask again. */
let comparing = false;

interface Caller {
  readonly ctx: FileCtx;
  readonly call: N;
  readonly runs: readonly QueryRun[];
}

const sitesMemo = new WeakMap<TsIndex, { gen: number; byName: Map<string, { file: string; at: number }[]> }>();

/**
 * Offsets of `name(` written as a call (`.name(` for a method, keyed `.name`) in every indexed file:
 * one pass over the workspace per index generation, whatever the number of names asked for.
 */
function callOffsets(index: TsIndex, name: string, method: boolean): readonly { file: string; at: number }[] {
  let memo = sitesMemo.get(index);
  if (memo?.gen !== index.generation) {
    memo = { gen: index.generation, byName: new Map() };
    sitesMemo.set(index, memo);
    for (const file of index.fileNames()) {
      const t = index.textOf(file);
      if (!t) continue;
      for (const m of t.matchAll(/(\.\s*)?([A-Za-z_$][\w$]*)\s*[(<]/g)) {
        const key = `${m[1] ? '.' : ''}${m[2]!}`;
        const list = memo.byName.get(key) ?? [];
        if (!list.length) memo.byName.set(key, list);
        list.push({ file, at: m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0) });
      }
    }
  }
  return memo.byName.get(`${method ? '.' : ''}${name}`) ?? [];
}

/**
 * Calls of a module function: by its name, and as a member of the module object in the files that import its file
 * (`query.lead.update(…)` through a `queries/index.js` registry of `require('./lead.queries')`).
 */
function functionCallOffsets(index: TsIndex, name: string, file: string): readonly { file: string; at: number }[] {
  const plain = callOffsets(index, name, false);
  const members = callOffsets(index, name, true);
  const dependents = index.dependentsOf(file);
  const renamed = dependents.flatMap((d) => localNamesIn(index, d, file, name).flatMap((local) => callOffsets(index, local, false).filter((o) => o.file === d)));
  if (!members.length) return renamed.length ? [...plain, ...renamed] : plain;
  const near = new Set([file, ...dependents]);
  return [...plain, ...renamed, ...members.filter((o) => near.has(o.file))];
}

/** The other local names file `d` imports function `name` of `file` under (`import { f as g }`, `const { f: g } = require(…)`). */
function localNamesIn(index: TsIndex, d: string, file: string, name: string): string[] {
  const out: string[] = [];
  for (const b of index.info(d)?.imports.values() ?? []) {
    if (b.local === name || b.imported === '*') continue;
    const target = index.resolve(d, b.spec);
    const ex = target ? index.resolveExport(target, b.imported) : undefined;
    if (ex?.file === file && ex.local === name) out.push(b.local);
  }
  return out;
}

/** The name a function is called by, and whether it is a method. */
function nameOf(fn: N): { name: string; method: boolean } | undefined {
  if (fn.type === 'method_definition') {
    const n = field(fn, 'name');
    return n ? { name: n.src.slice(n.start, n.end), method: true } : undefined;
  }
  const n = field(fn, 'name') ?? (fn.parent?.type === 'variable_declarator' ? field(fn.parent, 'name') : undefined);
  return n?.type === 'identifier' ? { name: n.src.slice(n.start, n.end), method: false } : undefined;
}

/** The chain top of the call whose callee name starts at `at`. */
function callAt(root: N, at: number): N | undefined {
  let found: N | undefined;
  visit(root, (x) => {
    if (found || x.end <= at || x.start > at) return false;
    if (x.type === 'property_identifier' || x.type === 'identifier') {
      if (x.start === at) found = x;
      return false;
    }
    return undefined;
  });
  let cur = found?.parent;
  if (cur?.type === 'member_expression') cur = cur.parent;
  // tree-sitter reads `await X.f<T>(a)` as a call of `await X.f`: the call is one level up.
  if (cur?.type === 'await_expression' && cur.parent?.type === 'call_expression' && cur.field === 'function') cur = cur.parent;
  if (cur?.type !== 'call_expression') return undefined;
  while (cur.parent && ((cur.parent.type === 'member_expression' && cur.field === 'object') || (cur.parent.type === 'call_expression' && cur.field === 'function'))) cur = cur.parent;
  return isChainTop(cur) ? cur : undefined;
}

const callersMemo = new WeakMap<TsIndex, { gen: number; byFn: Map<string, Caller[] | undefined> }>();

/** `callersOf`, once per function and index generation (each caller is judged the same whichever document asks). */
function callersOf(fn: N, index: TsIndex, current: FileCtx, runAt: RunAt, callee: (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex) => N | undefined): Caller[] | undefined {
  let memo = callersMemo.get(index);
  if (memo?.gen !== index.generation) callersMemo.set(index, (memo = { gen: index.generation, byFn: new Map() }));
  const file = resolvers[resolvers.length - 1]?.file?.(fn);
  if (file === undefined) return undefined;
  // Each way of judging a call (values a callee runs, builders a runner runs) has its own callers' runs.
  const key = `${file}:${fn.start}:${fn.end}:${runAt.name}`;
  if (memo.byFn.has(key)) return memo.byFn.get(key);
  const out = judgeCallers(fn, file, index, current, runAt, callee);
  memo.byFn.set(key, out);
  return out;
}

/** Each visible call of `fn` (as `callee` resolves it) judged by `runAt` in its own file; undefined when there are too many. */
function judgeCallers(fn: N, file: string, index: TsIndex, current: FileCtx, runAt: RunAt, callee: (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex) => N | undefined): Caller[] | undefined {
  const id = nameOf(fn);
  if (!id) return undefined;
  const offsets = id.method ? callOffsets(index, id.name, true) : functionCallOffsets(index, id.name, file);
  if (offsets.length > MAX_CALLERS * 2) return undefined;
  const out: Caller[] = [];
  comparing = true;
  try {
    for (const o of offsets) {
      const ctx = ctxOf(index, o.file, current);
      const call = ctx ? callAt(ctx.info.root, o.at) : undefined;
      if (!ctx || !call) continue;
      resolvers.push(resolverFor(ctx, index));
      try {
        withTypeText(typeTextLookup(index, ctx.file, ctx.text, ctx.info), () => {
          const links = flattenChain(call);
          const target = callee(call, links, ctx, index);
          if (!target || target.src !== fn.src || target.start !== fn.start) return;
          const runs: QueryRun[] = [];
          runAt(call, links, ctx, index, runs);
          out.push({ ctx, call, runs });
        });
      } finally {
        resolvers.pop();
      }
    }
  } finally {
    comparing = false;
  }
  return out.length && out.length <= MAX_CALLERS ? out : undefined;
}

/**
 * Where the runs at `site` are reported (query/placement.ts), from each caller's verdict on them:
 * a caller with no run there cannot be judged. A generic base method run on different tables
 * (`CrudService.findAll` of each entity's service) is the callers' choice, so a scanning verdict
 * names its tables.
 */
function placement(callers: readonly Caller[], site: N): Placement {
  return placeByCallers(
    callers.map((c) => {
      const runs = c.runs.filter((r) => sameNode(runSites.get(r), site));
      if (!runs.length || !verdictOf) return undefined;
      const codes = verdictOf(runs);
      if (runs.every((r) => selfBound.has(r))) return rulesOnly(codes);
      const tables = [...new Set(runs.flatMap((r) => r.alternatives.map((m) => `${m.from.table.schema ?? ''}.${m.from.table.name}`)))].sort().join(',');
      return codes ? `${codes}|${tables}` : '';
    }),
  );
}

/** A verdict without the tables it names (index.ts writes `rule:table` pairs). */
function rulesOnly(verdict: string): string {
  return [...new Set(verdict.split(',').map((p) => p.split(':')[0]!))].filter((p) => p).sort().join(',');
}

function sameNode(a: N | undefined, b: N): boolean {
  return !!a && a.start === b.start && a.end === b.end && a.src === b.src;
}

/**
 * At a call: the runs `found` minus those every caller of the callee agrees on (the callee's file
 * reports them inside). Unchanged while comparing, or when the callers cannot all be seen.
 */
export function keepDisagreeing(fn: N, found: readonly QueryRun[], index: TsIndex, current: FileCtx, runAt: RunAt, callee: (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex) => N | undefined): readonly QueryRun[] {
  if (comparing || !found.length) return found;
  const callers = verdictOf ? callersOf(fn, index, current, runAt, callee) : undefined;
  return found.filter((r) => {
    const site = runSites.get(r);
    const at = site && callers ? placement(callers, site).at : 'unseen';
    // A statement its own file also judges alone is reported at a call only when the callers differ (param-paths.ts).
    return judgedAloneToo.has(r) ? at === 'callers' : !site || at !== 'inside';
  });
}

/** A caller's run placed at `span` of the callee's document (its nested statements too). */
function moved(r: QueryRun, span: { start: number; end: number }, related: readonly RelatedLocation[]): QueryRun {
  const { also, ...rest } = r;
  return { ...rest, alternatives: r.alternatives.map((m) => moveModel(m, () => span)), related, fix: { host: r.fix.host }, ...(also ? { also: also.map((a) => moved(a, span, [])) } : {}) };
}

/**
 * In the callee's file: the runs of `fn` (a function of the current document holding a query its
 * file cannot judge alone) that every visible caller agrees on, reported at the statement that runs.
 */
export function agreedInside(fn: N, index: TsIndex, current: FileCtx, runAt: RunAt, callee: (n: N, links: readonly Link[], ctx: FileCtx, index: TsIndex) => N | undefined, out: QueryRun[]): void {
  if (comparing || !verdictOf) return;
  const callers = callersOf(fn, index, current, runAt, callee);
  const first = callers?.[0];
  if (!callers || !first) return;
  const done = new Set<string>();
  for (const r of first.runs) {
    const site = runSites.get(r);
    if (!site || done.has(`${site.start}:${site.end}`)) continue;
    done.add(`${site.start}:${site.end}`);
    const p = placement(callers, site);
    // What the callers decide replaces what the file judges alone (param-paths.ts; index.ts drops that).
    if (judgedAloneToo.has(r) && p.at !== 'unseen') decided(current).push({ start: site.start, end: site.end });
    if (!reportedInside(p)) continue;
    const span = { start: site.start, end: site.end };
    const related: RelatedLocation[] = callers.map((c) => ({ kind: 'file', fileName: c.ctx.file, start: index.position(c.ctx.file, c.call.start), end: index.position(c.ctx.file, c.call.end), message: 'called here' }));
    // A static's query on `this` runs on each caller's class: one finding per table those classes name.
    const each = selfBound.has(r) ? callers.flatMap((c) => c.runs.filter((x) => sameNode(runSites.get(x), site))) : [r];
    const tables = new Set<string>();
    for (const x of each) {
      const key = x.alternatives.map((m) => `${m.from.table.schema ?? ''}.${m.from.table.name}`).join(',');
      if (tables.has(key)) continue;
      tables.add(key);
      out.push(moved(x, span, related));
    }
  }
}
