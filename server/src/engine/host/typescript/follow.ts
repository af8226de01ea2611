/**
 * Builders followed across functions and files. A function's summary (computed from its parsed
 * body, cached per node) says what it returns: a builder chain rooted in a client (`return
 * db('leads').where(…)`) or its parameter refined (`return qb.where(…)`). A call site is expanded
 * by splicing the callee's chain in front of the caller's own links, so the ORM translators see
 * one chain — `leadsOf('x').where(…)` becomes `db('leads').where('company', c).where(…)` — and
 * judge it where the caller runs it. A builder no visible code calls is judged where it is built.
 */
import type { RelatedLocation } from '../../finding';
import { field, flattenChain, kids, text, unwrap, visit, type Link, type N } from './ast';
import { knexQuery, kyselyQuery } from './builders';
import { classAliases, fileClients } from './clients';
import { drizzleQuery } from './drizzle';
import { typeormQuery, typeormRepositories } from './entities';
import { moduleInfo, type ClassInfo, type ModuleInfo } from './modinfo';
import type { ModelInfo } from './models';
import { objectionModel, objectionQuery } from './objection';
import { isChainTop, rootClient } from './queries';
import { Dynamic, assumeExecuted, type OrmQuery } from './sqlgen';
import type { TsIndex } from './workspace';

/** One file as the follower sees it: its tree (document offsets), names and clients. */
export interface FileCtx {
  readonly file: string;
  readonly text: string;
  readonly info: ModuleInfo;
  readonly clients: ReadonlyMap<string, string>;
  readonly repos: ReadonlyMap<string, ModelInfo>;
  readonly aliases: ReadonlyMap<string, string>;
  /** True for the document being checked (its offsets are the document's). */
  readonly current: boolean;
}

interface Site {
  readonly ctx: FileCtx;
  readonly node: N;
  readonly message: string;
}

/** A builder chain after expansion, with the file whose client it is rooted in. */
interface Alt {
  readonly links: readonly Link[];
  readonly base: FileCtx;
  readonly kind: string;
  readonly steps: readonly Site[];
}

interface Summary {
  /** Returned chains that do not start at a parameter. */
  readonly builders: { readonly links: readonly Link[]; readonly node: N }[];
  /** Returned chains that refine parameter `index` (mutating calls before the return included). */
  readonly refiners: { readonly index: number; readonly links: readonly Link[]; readonly node: N; readonly dynamic: boolean }[];
}

const MAX_DEPTH = 6;
const summaries = new WeakMap<N, Summary>();
const contexts = new WeakMap<ModuleInfo, { gen: number; ctx: FileCtx }>();

export function makeCtx(index: TsIndex, file: string, text: string, root: N, current: boolean): FileCtx {
  const info = moduleInfo(root);
  const repos = new Map<string, ModelInfo>();
  if (/Repository|getRepository/.test(text)) {
    for (const [name, entity] of typeormRepositories(root)) {
      const m = index.registry.find('typeorm', entity);
      if (m) repos.set(name, m);
    }
  }
  return { file, text, info, clients: fileClients(index, file, info, root), repos, aliases: classAliases(index, file, info), current };
}

function ctxOf(index: TsIndex, file: string, current: FileCtx): FileCtx | undefined {
  if (file === current.file) return current;
  const info = index.info(file);
  const t = index.textOf(file);
  if (!info || t === undefined) return undefined;
  const c = contexts.get(info);
  if (c && c.gen === index.generation) return c.ctx;
  const ctx = makeCtx(index, file, t, info.root, false);
  contexts.set(info, { gen: index.generation, ctx });
  return ctx;
}

function paramNames(fn: N): string[] {
  const single = field(fn, 'parameter');
  if (single) return [text(single)];
  const ps = field(fn, 'parameters');
  return (ps ? kids(ps) : []).map((p) => {
    const pat = field(p, 'pattern') ?? p;
    return pat.type === 'identifier' ? text(pat) : '';
  });
}

function isAsync(fn: N): boolean {
  const body = field(fn, 'body');
  return /\basync\b/.test(fn.src.slice(fn.start, body ? body.start : fn.end));
}

const NESTED = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration', 'class', 'function', 'generator_function_declaration']);

/** What a (non-async) function returns: builder chains and refined parameters. */
export function summarize(fn: N): Summary {
  const cached = summaries.get(fn);
  if (cached) return cached;
  const out: Summary = { builders: [], refiners: [] };
  summaries.set(fn, out);
  // An async function runs what it returns (the caller gets a promise): judged in place.
  if (isAsync(fn)) return out;
  const params = paramNames(fn);
  const body = field(fn, 'body');
  if (!body) return out;
  const returned: N[] = [];
  if (body.type !== 'statement_block') returned.push(body);
  else {
    visit(body, (n) => {
      if (n !== body && NESTED.has(n.type)) return false;
      if (n.type === 'return_statement') {
        const e = kids(n)[0];
        if (e) returned.push(e);
      }
      return undefined;
    });
  }
  for (const e of returned) {
    if (unwrap(e)?.type === 'await_expression' || e.type === 'await_expression') continue;
    const links = flattenChain(e);
    const r0 = links[0];
    if (!r0 || r0.kind !== 'root' || !r0.name) continue;
    const pi = params.indexOf(r0.name);
    if (pi >= 0) {
      const { links: mut, dynamic } = mutations(body, r0.name, e);
      out.refiners.push({ index: pi, links: [...mut, ...links.slice(1)], node: e, dynamic });
    } else out.builders.push({ links, node: e });
  }
  return out;
}

/** `qb.where(…);` statements before the return refine the parameter too; inside a branch we cannot tell. */
function mutations(body: N, param: string, ret: N): { links: Link[]; dynamic: boolean } {
  const links: Link[] = [];
  let dynamic = false;
  if (body.type !== 'statement_block') return { links, dynamic };
  const re = new RegExp(`\\b${param.replace(/\$/g, '\\$')}\\s*\\.`);
  for (const st of kids(body)) {
    if (st.end >= ret.start) break;
    if (st.type === 'expression_statement') {
      const e = kids(st)[0];
      const l = e ? flattenChain(e) : [];
      if (l[0]?.kind === 'root' && l[0].name === param) links.push(...l.slice(1));
      else if (re.test(text(st))) dynamic = true;
    } else if (re.test(text(st))) dynamic = true;
  }
  return { links, dynamic };
}

function enclosingClass(n: N, ctx: FileCtx): ClassInfo | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'class_declaration' || p.type === 'class' || p.type === 'abstract_class_declaration') {
      const name = field(p, 'name');
      return name ? ctx.info.classes.get(text(name)) : undefined;
    }
  }
  return undefined;
}

/** The client (or model) kind a chain is rooted in, in its own file. */
function baseKind(links: readonly Link[], ctx: FileCtx, index: TsIndex): string | undefined {
  const known = rootClient(links, ctx.clients);
  if (known) return known;
  const r0 = links[0];
  if (r0?.kind !== 'root') return undefined;
  const repoName = r0.name === 'this' ? (links[1]?.kind === 'prop' ? links[1].name : '') : r0.name;
  if (repoName && ctx.repos.has(repoName)) return 'typeorm';
  if (r0.name !== 'this' && objectionModel(r0.name, index.registry, ctx.aliases)) return 'objection';
  return undefined;
}

interface Target {
  readonly fn: N;
  readonly ctx: FileCtx;
  readonly callee: N;
  readonly call: Extract<Link, { kind: 'call' }>;
  readonly rest: readonly Link[];
}

/** The function a chain starts by calling: `f(…)`, `this.m(…)`, `this.repo.m(…)`. */
function targetOf(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx): Target | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || !r0.name) return undefined;
  const l1 = links[1];
  const l2 = links[2];
  const l3 = links[3];
  if (r0.name !== 'this' && l1?.kind === 'call') {
    const r = index.resolveName(ctx.file, r0.name, ctx.info);
    if (r?.kind !== 'function') return undefined;
    const fctx = ctxOf(index, r.file, current);
    return fctx ? { fn: r.node, ctx: fctx, callee: r0.node, call: l1, rest: links.slice(2) } : undefined;
  }
  if (r0.name === 'this' && l1?.kind === 'prop' && l2?.kind === 'call') {
    const cls = enclosingClass(r0.node, ctx);
    const m = cls?.methods.get(l1.name);
    return m ? { fn: m, ctx, callee: l1.node, call: l2, rest: links.slice(3) } : undefined;
  }
  if (r0.name === 'this' && l1?.kind === 'prop' && l2?.kind === 'prop' && l3?.kind === 'call') {
    const cls = enclosingClass(r0.node, ctx);
    const f = cls?.fields.get(l1.name);
    const t = f?.type !== undefined ? index.typeClass(ctx.file, f.type, ctx.info) : undefined;
    const m = t?.cls.methods.get(l2.name);
    const fctx = t ? ctxOf(index, t.file, current) : undefined;
    return m && fctx ? { fn: m, ctx: fctx, callee: l2.node, call: l3, rest: links.slice(4) } : undefined;
  }
  return undefined;
}

/**
 * Every builder a chain may stand for once calls to summarized functions are expanded; undefined
 * when the chain does not start at a function we can follow (or at a client, when `allowBase`).
 */
function expand(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number, allowBase: boolean): Alt[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (allowBase) {
    const kind = baseKind(links, ctx, index);
    if (kind) return [{ links, base: ctx, kind, steps: [] }];
  }
  const t = targetOf(links, ctx, index, current);
  if (!t) return undefined;
  const s = summarize(t.fn);
  const alts: Alt[] = [];
  const call: Site = { ctx, node: t.callee, message: 'called here' };
  for (const b of s.builders) {
    const inner = expand(b.links, t.ctx, index, current, depth + 1, true);
    if (!inner) continue;
    for (const a of inner) alts.push({ ...a, links: [...a.links, ...t.rest], steps: [...a.steps, { ctx: t.ctx, node: b.node, message: 'returned here' }, call] });
  }
  for (const r of s.refiners) {
    const arg = t.call.args[r.index];
    if (!arg || r.dynamic) return undefined;
    const inner = expand(flattenChain(arg), ctx, index, current, depth + 1, true);
    if (!inner) return undefined;
    for (const a of inner) alts.push({ ...a, links: [...a.links, ...r.links, ...t.rest], steps: [...a.steps, { ctx: t.ctx, node: r.node, message: 'refined here' }] });
  }
  return alts.length ? alts : undefined;
}

function translate(kind: string, top: N, links: readonly Link[], base: FileCtx, index: TsIndex): OrmQuery | undefined {
  return translateChain(kind, top, links, base, index);
}

function translateChain(kind: string, top: N, links: readonly Link[], base: FileCtx, index: TsIndex): OrmQuery | undefined {
  switch (kind) {
    case 'knex':
      return knexQuery(top, links, true);
    case 'kysely':
      return kyselyQuery(top, links);
    case 'drizzle':
      return drizzleQuery(top, links, index.registry, []);
    case 'typeorm':
      return typeormQuery(top, links, base.repos, index.registry, []);
    case 'objection':
      return objectionQuery(top, links, index.registry, base.aliases);
    default:
      return undefined;
  }
}

function related(site: { ctx: FileCtx; start: number; end: number }, message: string, index: TsIndex): RelatedLocation {
  if (site.ctx.current) return { kind: 'here', start: site.start, end: site.end, message };
  return { kind: 'file', fileName: site.ctx.file, start: index.position(site.ctx.file, site.start), end: index.position(site.ctx.file, site.end), message };
}

/** Judges one expanded builder at `top`; the finding goes to `at` (in the current document). */
function judge(alt: Alt, top: N, at: N, index: TsIndex, out: OrmQuery[]): void {
  let q: OrmQuery | undefined;
  try {
    q = translate(alt.kind, top, alt.links, alt.base, index);
  } catch (e) {
    if (e instanceof Dynamic) return;
    throw e;
  }
  if (!q) return;
  const rel: RelatedLocation[] = [related({ ctx: alt.base, start: q.range.start, end: q.range.end }, 'query built here', index)];
  for (const s of alt.steps) if (s.node !== at) rel.push(related({ ctx: s.ctx, start: s.node.start, end: s.node.end }, s.message, index));
  // Offsets of the quick-fix data point into the file where the builder was made.
  const fix = alt.base.current && alt.steps.length === 0 ? q.fix : { framework: q.framework };
  out.push({ ...q, range: { start: at.start, end: at.end }, fix, related: rel, ...(q.joins ? { joins: [] } : {}) });
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
export function followQueries(current: FileCtx, index: TsIndex): OrmQuery[] {
  const out: OrmQuery[] = [];
  // 1. Call sites here whose chain starts by calling a function we can follow.
  visit(current.info.root, (n) => {
    if (n.type !== 'call_expression' || !isChainTop(n)) return;
    const links = flattenChain(n);
    const alts = expand(links, current, index, current, 0, false);
    if (!alts) return;
    const t = targetOf(links, current, index, current);
    for (const a of alts) judge(a, n, t?.callee ?? n, index, out);
  });
  // 2. Functions here that return a builder nobody visible calls: judged where it is built.
  const exported = new Map<string, string>();
  for (const [name, e] of current.info.exports) if (e.kind === 'local') exported.set(e.local, name);
  const fns: { name: string; node: N; method: boolean }[] = [];
  for (const [name, v] of current.info.locals) {
    const u = unwrap(v);
    if (u && ['function_declaration', 'arrow_function', 'function_expression', 'function'].includes(u.type)) fns.push({ name, node: u, method: false });
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
      assumeExecuted.add(top);
      try {
        for (const a of alts) {
          const direct = a.steps.length === 0 && a.base.current;
          const r0 = b.links[0];
          if (direct) judgeDirect(a, top, index, out);
          else if (r0) judge(a, top, targetOf(b.links, current, index, current)?.callee ?? r0.node, index, out);
        }
      } finally {
        assumeExecuted.delete(top);
      }
    }
  }
  return out;
}

function topOf(e: N): N {
  let u = e;
  while (u.type === 'parenthesized_expression' || u.type === 'non_null_expression' || u.type === 'as_expression') u = kids(u)[0] ?? u;
  return u;
}

/** A builder built and left here: reported at its table, as if it ran here. */
function judgeDirect(alt: Alt, top: N, index: TsIndex, out: OrmQuery[]): void {
  let q: OrmQuery | undefined;
  try {
    q = translate(alt.kind, top, alt.links, alt.base, index);
  } catch (e) {
    if (e instanceof Dynamic) return;
    throw e;
  }
  if (q) out.push({ ...q, related: [{ kind: 'here', start: top.start, end: top.end, message: 'returned to callers outside the workspace' }] });
}
