/**
 * Builders followed across functions and files. A function's summary (computed from its parsed
 * body, cached per node) says what it returns: a builder chain rooted in a client (`return
 * db('leads').where(…)`) or its parameter refined (`return qb.where(…)`). A call site is expanded
 * by splicing the callee's chain in front of the caller's own links, so the ORM translators see
 * one chain — `leadsOf('x').where(…)` becomes `db('leads').where('company', c).where(…)` — and
 * judge it where the caller runs it. A builder no visible code calls is judged where it is built.
 *
 * Split by concern: follow-ctx.ts (file contexts, resolver), follow-targets.ts (what a chain
 * calls), follow-expand.ts (summaries, chain expansion), follow-judge.ts (judging, runner hook).
 * This module holds the pass itself: call sites here, then builders nobody visible calls.
 */
import type { RelatedLocation } from '../../finding';
import { CALLABLE_NODES, flattenChain, kids, unwrap, visit, withPathRoots, withRootAliases, type Link, type N } from './ast';
import { withTypeText } from './values';
import { typeTextLookup } from './types';
import { retryResolved } from './resolved';
import { objectMethods } from './objects';
import { inlineCall, judgedInsideCallee } from './callee';
import { awaitedInCallee } from './follow-awaited';
import { judgeParamModel } from './follow-param-models';
import { isChainTop } from './queries';
import { resolvers } from './inline';
import type { QueryRun } from '../../query/model';
import { assumeExecuted, executedHere } from './sqlgen';
import type { TsIndex } from './workspace';
import { bySrc, resolverFor, type FileCtx } from './follow-ctx';
import { baseKind, targetOf } from './follow-targets';
import { declarationOf, expand, MAX_DEPTH, moduleConst, summarize } from './follow-expand';
import { judge, passedToRunner } from './follow-judge';
import { keepRunnerDisagreeing, runnerAgreedInside, runnerCandidates } from './runner-agreement';
import { decidedBy, decidedSites, paramPathFunctions } from './param-paths';
import { staticThisFunctions } from './static-this-helpers';

const NO_TERMINALS: ReadonlySet<string> = new Set();

/**
 * Where a site's finding goes in the current document: the call that made the builder, the local
 * variable where it runs (`await q`), or (undefined) the builder's own table. `atBuild`: the
 * builder leaves the code we can see, so a variable is followed back to where it was built.
 */
function reportAt(links: readonly Link[], current: FileCtx, index: TsIndex, atBuild: boolean, depth = 0): N | undefined {
  const t = targetOf(links, current, index, current);
  if (t) return t.callee;
  const r0 = links[0];
  if (r0?.kind !== 'root' || !r0.name || r0.name === 'this' || depth > MAX_DEPTH) return undefined;
  const d = declarationOf(r0.node, r0.name);
  if (!d) return !atBuild && links.length > 1 && moduleConst(r0.node) ? r0.node : undefined;
  return atBuild ? reportAt(flattenChain(d.value), current, index, true, depth + 1) : r0.node;
}

/** Whether a function defined in the current file is called anywhere we can see. */
function hasCallers(fnName: string, method: boolean, exportedAs: string | undefined, current: FileCtx, index: TsIndex, def: N): boolean {
  const esc = fnName.replace(/\$/g, '\\$');
  const re = new RegExp(method ? `\\.${esc}\\s*[(<]` : `(?<![.\\w$])${esc}\\s*[(<]`, 'g');
  for (const m of current.text.matchAll(re)) if (m.index < def.start || m.index >= def.end) return true;
  // A function handed over by reference (`router.get('/', leadsOf)`) is called by code we cannot see.
  if (!method && new RegExp(`(?<![.\\w$])${esc}(?![\\w$]|\\s*[(<:])`).test(current.text.slice(0, def.start) + current.text.slice(def.end))) return true;
  if (method) {
    for (const f of index.fileNames()) if (f !== current.file && new RegExp(`\\.${esc}\\b`).test(index.textOf(f) ?? '')) return true;
    return false;
  }
  if (exportedAs === undefined) return false;
  // Any file that imports this one, directly or through barrels, and names the export (or an
  // alias of it) may call it: conservatively, a mention counts as a caller.
  const named = new RegExp(`(?<![\\w$])(?:${esc}|${exportedAs.replace(/\$/g, '\\$')})(?![\\w$])`);
  for (const f of index.dependentsOf(current.file)) if (named.test(index.textOf(f) ?? '')) return true;
  return false;
}

/** Queries found by following builders through functions (the current document's view). */
export function followQueries(current: FileCtx, index: TsIndex, retry: ReadonlyMap<string, string> = new Map(), skipped: readonly { start: number; end: number }[] = []): QueryRun[] {
  resolvers.push(resolverFor(current, index));
  try {
    // Registry paths (`WIKI.models.leads`) are read as one root, per file of the node (follow-ctx.ts aliases).
    const isPath = (n: N, p: string): boolean => (n.src === current.text ? current : bySrc.get(n.src))?.aliases.has(p) ?? false;
    // Renamed imports of models (`import { Lead as LeadModel }`) and namespace paths to them (`entities.Lead`), per file of the node too.
    const alias = (n: N, name: string): string | undefined => (n.src === current.text ? current : bySrc.get(n.src))?.aliases.get(name);
    return withRootAliases(alias, () => withPathRoots(isPath, () => withTypeText(typeTextLookup(index, current.file, current.text, current.info), () => followAll(current, index, retry, skipped))));
  } finally {
    resolvers.pop();
    bySrc.clear();
  }
}

function followAll(current: FileCtx, index: TsIndex, retry: ReadonlyMap<string, string>, skipped: readonly { start: number; end: number }[]): QueryRun[] {
  const out: QueryRun[] = [];
  bySrc.set(current.text, current);
  // 1. Call sites here whose chain starts by calling a function we can follow.
  // A local variable run as it is (`await q`, `return q` from an async function) counts too.
  visit(current.info.root, (n) => {
    const isCall = n.type === 'call_expression' && isChainTop(n);
    if (!isCall && n.type === 'identifier' && n.parent?.type === 'arguments' && n.parent.parent?.type === 'call_expression') {
      // A builder held in a local, handed to a function that runs it (`this.pagination.paginate(qb, dto)`).
      if (!targetOf(flattenChain(n.parent.parent), current, index, current)) return;
      const held = expand([{ kind: 'root', name: n.src.slice(n.start, n.end), node: n }], current, index, current, 0, false);
      const runs: QueryRun[] = [];
      if (held?.length) passedToRunner(n, [], current, index, runs, held);
      out.push(...keepRunnerDisagreeing(n, runs, current, index));
      return;
    }
    if (!isCall && !(n.type === 'identifier' && executedHere(n, NO_TERMINALS, []))) return;
    const links = flattenChain(n);
    const alts = expand(links, current, index, current, 0, false);
    if (!alts) {
      // A query the scan could not judge without the index (a helper defined elsewhere): judged here.
      const tried = isCall ? retry.get(`${n.start}:${n.end}`) : undefined;
      const kind = tried === undefined ? undefined : (baseKind(links, current, index) ?? (tried || undefined));
      // A translator that named its ORM (`tried`) left this call to the index: judged here whatever its kind.
      if (kind) judge([{ links, base: current, kind, steps: [] }], n, undefined, index, out, [], !!tried);
      else if (isCall) {
        // An object built elsewhere, a builder handed to a function that runs it, a callee running on the caller's values.
        retryResolved(n, links, current, index, skipped, out);
        passedToRunner(n, links, current, index, out);
        const before = out.length;
        const inlined = inlineCall(n, links, current, index, out);
        // What callee.ts judged at this call (or left to the callee's file) is not judged twice.
        if (inlined === 0 && out.length === before) awaitedInCallee(n, links, current, index, out);
        // A query on a model class the function takes as a parameter (a DataLoader factory).
        if (out.length === before) judgeParamModel(n, links, current, index, out);
      }
      return;
    }
    if (isCall && n.parent?.type === 'arguments' && n.parent.parent?.type === 'call_expression') {
      // A builder a followed function returns, handed straight to a function that runs it.
      const runs: QueryRun[] = [];
      passedToRunner(n, [], current, index, runs, alts);
      out.push(...keepRunnerDisagreeing(n, runs, current, index));
      if (runs.length) return;
    }
    judge(alts, n, reportAt(links, current, index, false), index, out);
  });
  // 2. Queries here that only their callers' values make visible, reported here when every caller agrees (callee-agreement.ts).
  // So are those whose own conditions read their parameters (param-paths.ts): the callers' values decide the path,
  // replacing what step 1 judged here alone.
  const judgedHere = out.length;
  for (const fn of new Set([...enclosingFunctions(current.info.root, skipped), ...paramPathFunctions(current.info.root), ...staticThisFunctions(current.info.root)])) judgedInsideCallee(fn, current, index, out);
  const decided = decidedSites.get(current);
  if (decided?.length) out.splice(0, judgedHere, ...out.slice(0, judgedHere).filter((r) => !r.alternatives.some((m) => decidedBy(decided, m.from.at))));
  // Functions here that run a builder their callers hand them, reported here when every caller's builder agrees.
  for (const fn of runnerCandidates(current.info.root)) runnerAgreedInside(fn, current, index, out);
  // 3. Functions here that return a builder nobody visible calls: judged where it is built.
  const exported = new Map<string, string>();
  for (const [name, e] of current.info.exports) if (e.kind === 'local') exported.set(e.local, name);
  const fns: { name: string; node: N; method: boolean }[] = [];
  for (const [name, v] of current.info.locals) {
    const u = unwrap(v);
    if (u && ['function_declaration', 'arrow_function', 'function_expression', 'function'].includes(u.type)) fns.push({ name, node: u, method: false });
    // An object literal's methods (`export const repo = { byId: (id) => db… }`) are called like class methods.
    for (const m of u?.type === 'object' ? objectMethods(u) : []) fns.push({ ...m, method: true });
  }
  for (const cls of current.info.classes.values()) for (const [name, m] of cls.methods) if (name !== 'constructor') fns.push({ name, node: m, method: true });
  for (const f of fns) {
    const s = summarize(f.node);
    if (s.builders.length === 0) continue;
    if (hasCallers(f.name, f.method, exported.get(f.name), current, index, f.node)) continue;
    for (const b of s.builders) {
      const alts = expand(b.links, current, index, current, 0, true);
      if (!alts) continue;
      const top = topOf(b.node);
      const at = reportAt(b.links, current, index, true);
      // A chain run where it is written (`return qb.getMany()`) is reported there, by step 1.
      const inPlace: QueryRun[] = [];
      judge(alts, top, at, index, inPlace);
      if (inPlace.length) continue;
      assumeExecuted.add(top);
      try {
        const extra: RelatedLocation[] = [{ kind: 'here', start: top.start, end: top.end, message: 'returned to callers outside the workspace' }];
        judge(alts, top, at, index, out, at === undefined ? extra : []);
      } finally {
        assumeExecuted.delete(top);
      }
    }
  }
  return out;
}

/** The innermost named function holding each skipped range (a query the scan could not read alone), once each. */
function enclosingFunctions(root: N, skipped: readonly { start: number; end: number }[]): N[] {
  const out = new Set<N>();
  for (const s of skipped) {
    let inner: N | undefined;
    visit(root, (x) => {
      if (x.end < s.end || x.start > s.start) return false;
      if (CALLABLE_NODES.has(x.type)) inner = x;
      return undefined;
    });
    if (inner) out.add(inner);
  }
  return [...out];
}

function topOf(e: N): N {
  let u = e;
  while (u.type === 'parenthesized_expression' || u.type === 'non_null_expression' || u.type === 'as_expression') u = kids(u)[0] ?? u;
  return u;
}
