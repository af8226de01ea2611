/**
 * Builders followed across functions and files. A function's summary (computed from its parsed
 * body, cached per node) says what it returns: a builder chain rooted in a client (`return
 * db('leads').where(…)`) or its parameter refined (`return qb.where(…)`). A call site is expanded
 * by splicing the callee's chain in front of the caller's own links, so the ORM translators see
 * one chain — `leadsOf('x').where(…)` becomes `db('leads').where('company', c).where(…)` — and
 * judge it where the caller runs it. A builder no visible code calls is judged where it is built.
 */
import type { RelatedLocation } from '../../finding';
import { bindings, field, flattenChain, kids, text, unwrap, visit, withValues, type Binding, type Link, type N } from './ast';
import { knexQuery } from './builders';
import { kyselyQuery } from './kysely';
import { classAliases, fileClients } from './clients';
import { drizzleQuery } from './drizzle';
import { repositoryEntity, sequelizeQuery, typeormQuery, typeormRepositories } from './entities';
import { prismaQuery } from './prisma';
import { moduleInfo, type ClassInfo, type ModuleInfo } from './modinfo';
import type { ModelInfo } from './models';
import { objectionModel, objectionQuery } from './objection';
import { objectMethods, thisObjectMethod, valueResolver } from './objects';
import { importedRepositories, retryResolved } from './resolved';
import { inlineCall } from './callee';
import { bodyStatements, flowPaths, MUTABLE_KINDS, type FlowEnv, type Path } from './locals';
import { isChainTop, rootClient } from './queries';
import { argBindings, decideCondition, lookupName, resolvers, type Resolver } from './inline';
import { transactionClients } from './transactions';
import type { QueryRun } from '../../query/model';
import { Dynamic, assumeExecuted, attempt, executedHere, moveQuery, toRun, type OrmQuery } from './sqlgen';
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
  /** Parameters of the followed functions, bound to the caller's arguments. */
  readonly binds?: readonly { readonly fn: N; readonly args: ReadonlyMap<string, N> }[];
}

/** Kinds whose calls run where they are written (a promise): followed only to read a caller's argument. */
const RUN_IN_PLACE = new Set(['prisma', 'sequelize']);

const toSites = (steps: Path['steps'], ctx: FileCtx): Site[] => steps.map((p) => ({ ctx: (p.ctx as FileCtx | undefined) ?? ctx, node: p.node, message: p.message }));

interface Summary {
  /** Returned chains that do not start at a parameter. */
  readonly builders: { readonly links: readonly Link[]; readonly node: N }[];
  /** Returned chains that refine parameter `index` (`links` after the parameter; statements before the return are followed per call). */
  readonly refiners: { readonly index: number; readonly param: string; readonly links: readonly Link[]; readonly node: N; readonly root: N; readonly fn: N }[];
}

const MAX_DEPTH = 6;
const NO_TERMINALS: ReadonlySet<string> = new Set();
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
  if (/Repository|getRepository|typeorm/.test(text)) for (const [name, entity] of importedRepositories(index, file, info)) {
    const m = index.registry.find('typeorm', entity);
    if (m && !repos.has(name)) repos.set(name, m);
  }
  const clients = fileClients(index, file, info, root);
  // Callback parameters of a client's transaction (`db.transaction(async (tx) => …)`) are clients too.
  if (/\btransaction\s*\(/.test(text)) transactionClients(root, clients);
  const ctx: FileCtx = { file, text, info, clients, repos, aliases: classAliases(index, file, info), current };
  bySrc.set(text, ctx);
  return ctx;
}

/** File contexts by their text (nodes carry their file's text), for the resolver of the pass under way. */
const bySrc = new Map<string, FileCtx>();

/** Resolves names of any file the pass reads through the index (inline.ts asks for helpers and constants). */
function resolverFor(current: FileCtx, index: TsIndex): Resolver {
  return {
    lookup(name, at) {
      const ctx = at.src === current.text ? current : bySrc.get(at.src);
      if (!ctx) return undefined;
      const r = index.resolveName(ctx.file, name, ctx.info);
      if (r?.kind !== 'function' && r?.kind !== 'value') return undefined;
      if (!ctxOf(index, r.file, current)) return undefined;
      return { kind: r.kind, node: r.node };
    },
    cls(name, at) {
      const ctx = at.src === current.text ? current : bySrc.get(at.src);
      const r = ctx ? index.resolveName(ctx.file, name, ctx.info) : undefined;
      return r?.kind === 'class' && ctxOf(index, r.file, current) ? r.cls : undefined;
    },
    file(at) {
      return (at.src === current.text ? current : bySrc.get(at.src))?.file;
    },
  };
}

export function ctxOf(index: TsIndex, file: string, current: FileCtx): FileCtx | undefined {
  if (file === current.file) return current;
  const info = index.info(file);
  const t = index.textOf(file);
  if (!info || t === undefined) return undefined;
  const c = contexts.get(info);
  if (c && c.gen === index.generation) {
    bySrc.set(c.ctx.text, c.ctx);
    return c.ctx;
  }
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
  // `return c ? qb.where(…) : qb`: each branch is a way out.
  const outs = returned.flatMap((e) => {
    const u = unwrap(e);
    return u?.type === 'ternary_expression' ? [field(u, 'consequence'), field(u, 'alternative')].filter((x): x is N => !!x) : [e];
  });
  for (const e of outs) {
    if (unwrap(e)?.type === 'await_expression' || e.type === 'await_expression') continue;
    const links = flattenChain(e);
    const r0 = links[0];
    if (!r0 || r0.kind !== 'root' || !r0.name) continue;
    const pi = params.indexOf(r0.name);
    // `manager.getRepository(Lead)` makes a repository whatever the parameter holds: a builder.
    const repo = links.some((l) => l.kind === 'prop' && l.name === 'getRepository');
    if (pi >= 0 && !repo) out.refiners.push({ index: pi, param: r0.name, links: links.slice(1), node: e, root: r0.node, fn });
    else out.builders.push({ links, node: e });
  }
  return out;
}

function isAwaited(v: N): boolean {
  let u: N | undefined = v;
  while (u && (u.type === 'parenthesized_expression' || u.type === 'as_expression' || u.type === 'non_null_expression' || u.type === 'satisfies_expression')) u = kids(u)[0];
  return u?.type === 'await_expression' || u?.type === 'yield_expression';
}

/** The declaration of local variable `name` visible at `use`, in the same function, and the statements after it. */
function declarationOf(use: N, name: string): { value: N; after: N[] } | undefined {
  let child = use;
  for (let p = use.parent; p; child = p, p = p.parent) {
    if (NESTED.has(p.type)) return undefined;
    if (p.type !== 'statement_block' && p.type !== 'program') continue;
    const stmts = kids(p);
    const at = stmts.indexOf(child);
    for (let i = at - 1; i >= 0; i--) {
      const st = stmts[i]!;
      if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
      for (const d of kids(st)) {
        const n = field(d, 'name');
        if (d.type !== 'variable_declarator' || n?.type !== 'identifier' || text(n) !== name) continue;
        const value = field(d, 'value');
        // `const rows = await q` holds the rows, not a builder.
        return value && !isAwaited(value) ? { value, after: stmts.slice(i + 1) } : undefined;
      }
    }
  }
  return undefined;
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

/** Whether a `getRepository(X)` call names a known TypeORM entity. */
function repoEntityOf(call: Link, index: TsIndex): boolean {
  if (call.kind !== 'call') return false;
  const a = unwrap(call.args[0]);
  return a?.type === 'identifier' && index.registry.find('typeorm', text(a)) !== undefined;
}

/** The client (or model) kind a chain is rooted in, in its own file. */
function baseKind(links: readonly Link[], ctx: FileCtx, index: TsIndex): string | undefined {
  const known = rootClient(links, ctx.clients);
  if (known) return known;
  const r0 = links[0];
  if (r0?.kind !== 'root') return undefined;
  const repoName = r0.name === 'this' ? (links[1]?.kind === 'prop' ? links[1].name : '') : r0.name;
  if (repoName && ctx.repos.has(repoName)) return 'typeorm';
  // `Lead.createQueryBuilder(…)` on an active-record entity (a static method's `this`).
  if (r0.name !== 'this' && links[1]?.kind === 'prop' && links[1].name === 'createQueryBuilder' && index.registry.find('typeorm', r0.name)) return 'typeorm';
  // `this.createQueryBuilder(…)` in a custom repository (`class LeadRepository extends Repository<Lead>`).
  if (r0.name === 'this' && ctx.repos.has('this') && links[1]?.kind === 'prop' && links[1].name === 'createQueryBuilder') return 'typeorm';
  if (links.some((l, i) => l.kind === 'prop' && l.name === 'getRepository' && links[i + 1]?.kind === 'call' && repoEntityOf(links[i + 1]!, index))) return 'typeorm';
  if (r0.name !== 'this' && objectionModel(r0.name, index.registry, ctx.aliases)) return 'objection';
  // `lead.$query()` on an Objection model instance (objection.ts finds its model or gives up).
  if (r0.name !== 'this' && links[1]?.kind === 'prop' && links[1].name === '$query') return 'objection';
  if (r0.name !== 'this' && links[1]?.kind === 'prop' && index.registry.find('sequelize', r0.name)) return 'sequelize';
  return undefined;
}

interface Target {
  readonly fn: N;
  readonly ctx: FileCtx;
  readonly callee: N;
  readonly call: Extract<Link, { kind: 'call' }>;
  readonly rest: readonly Link[];
  /** The class a static method belongs to (its `this`). */
  readonly self?: string;
  /** `this.<field>` values of the instance the method runs on, per class of its chain. */
  readonly thisBinds?: readonly { readonly fn: N; readonly args: ReadonlyMap<string, N> }[];
}

/** A class and its base classes (`class LeadRepository extends BaseRepository`), each with its file. */
function classChain(cls: ClassInfo, file: string, index: TsIndex, current: FileCtx): { cls: ClassInfo; ctx: FileCtx }[] {
  const out: { cls: ClassInfo; ctx: FileCtx }[] = [];
  let c: { cls: ClassInfo; file: string } | undefined = { cls, file };
  while (c && out.length < 6) {
    const ctx = ctxOf(index, c.file, current);
    if (!ctx || out.some((o) => o.cls === c!.cls)) break;
    out.push({ cls: c.cls, ctx });
    const base: string | undefined = c.cls.extends ? /^[\w$]+/.exec(c.cls.extends)?.[0] : undefined;
    const r: ReturnType<TsIndex['resolveName']> = base ? index.resolveName(c.file, base, ctx.info) : undefined;
    c = r?.kind === 'class' ? { cls: r.cls, file: r.file } : undefined;
  }
  return out;
}

/** A method of a class or of its nearest base class that declares it. */
function methodOf(chain: readonly { cls: ClassInfo; ctx: FileCtx }[], name: string): { fn: N; ctx: FileCtx } | undefined {
  for (const c of chain) {
    const m = c.cls.methods.get(name);
    if (m) return { fn: m, ctx: c.ctx };
  }
  return undefined;
}

/**
 * `this.<field>` of an instance of the chain's first class: field initializers and constructor
 * parameter properties of a base class given by the subclass's `super('leads')` literal.
 */
function thisFields(chain: readonly { cls: ClassInfo; ctx: FileCtx }[]): { fn: N; args: ReadonlyMap<string, N> }[] {
  const args = new Map<string, N>();
  for (let i = 0; i < chain.length; i++) {
    const { cls } = chain[i]!;
    for (const [name, f] of cls.fields) if (f.init && !args.has(`this.${name}`)) args.set(`this.${name}`, f.init);
    const base = chain[i + 1]?.cls;
    const ctor = cls.methods.get('constructor');
    const baseCtor = base?.methods.get('constructor');
    if (!ctor || !baseCtor) continue;
    let sup: N | undefined;
    visit(ctor, (n) => {
      if (n.type === 'call_expression' && field(n, 'function')?.type === 'super') sup = n;
    });
    const supArgs = sup ? kids(field(sup, 'arguments') ?? sup) : [];
    const ps = field(baseCtor, 'parameters');
    (ps ? kids(ps) : []).forEach((p, k) => {
      const pat = field(p, 'pattern');
      const a = supArgs[k];
      const isField = p.children.some((c) => c.type === 'accessibility_modifier') || /^\s*readonly\b/.test(text(p));
      if (isField && pat?.type === 'identifier' && a && !args.has(`this.${text(pat)}`) && ['string', 'number', 'template_string'].includes(a.type)) args.set(`this.${text(pat)}`, a);
    });
  }
  return args.size ? chain.map((c) => ({ fn: c.cls.node, args })) : [];
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
  if (r0.name !== 'this' && l1?.kind === 'prop' && l2?.kind === 'call') {
    const r = index.resolveName(ctx.file, r0.name, ctx.info);
    // `Lead.forUser(id)`: a static method, in which `this` is the class.
    if (r?.kind === 'class') {
      const v = r.cls.statics.get(l1.name);
      let m = v?.parent;
      while (m && m.type !== 'method_definition') m = m.parent;
      const fctx = ctxOf(index, r.file, current);
      return m && fctx ? { fn: m, ctx: fctx, callee: l1.node, call: l2, rest: links.slice(3), self: r.cls.name } : undefined;
    }
    const u = r?.kind === 'value' ? unwrap(r.node) : undefined;
    // `leadsDao.findByCompany(name)` on an object of functions (`export default { findByCompany(…) {…} }`).
    if (r?.kind === 'value' && u?.type === 'object') {
      const m = objectMethod(u, l1.name);
      const fctx = ctxOf(index, r.file, current);
      return m && fctx ? { fn: m, ctx: fctx, callee: l1.node, call: l2, rest: links.slice(3) } : undefined;
    }
    // `LeadRepository.byCompanyQuery(c)` on `ds.getRepository(Lead).extend({ … })`: `this` is the repository.
    if (r?.kind === 'value' && repositoryEntity(u) && u?.type === 'call_expression') {
      const ext = unwrap(kids(field(u, 'arguments') ?? u)[0]);
      const m = ext?.type === 'object' ? objectMethod(ext, l1.name) : undefined;
      const fctx = ctxOf(index, r.file, current);
      const self = fctx ? [...fctx.info.locals].find(([, v]) => v === r.node)?.[0] : undefined;
      return m && fctx && self ? { fn: m, ctx: fctx, callee: l1.node, call: l2, rest: links.slice(3), self } : undefined;
    }
    // `service.forUser(id)` on a module-level `const service = new LeadService()`.
    const ctor = u?.type === 'new_expression' ? field(u, 'constructor') : undefined;
    if (r?.kind === 'value' && ctor?.type === 'identifier') {
      const owner = ctxOf(index, r.file, current);
      const c = owner ? index.resolveName(owner.file, text(ctor), owner.info) : undefined;
      // The method may come from a base class; `this.table` reads what the subclass gave it.
      const chain = c?.kind === 'class' ? classChain(c.cls, c.file, index, current) : [];
      const m = methodOf(chain, l1.name);
      return m ? { fn: m.fn, ctx: m.ctx, callee: l1.node, call: l2, rest: links.slice(3), thisBinds: thisFields(chain) } : undefined;
    }
    return undefined;
  }
  if (r0.name === 'this' && l1?.kind === 'prop' && l2?.kind === 'call') {
    const cls = enclosingClass(r0.node, ctx);
    const own = cls?.methods.get(l1.name) ?? (cls ? undefined : thisObjectMethod(r0.node, l1.name));
    if (own) return { fn: own, ctx, callee: l1.node, call: l2, rest: links.slice(3) };
    // A method of a base class (`this.query()` in `class LeadRepository extends BaseRepository`).
    const m = cls ? methodOf(classChain(cls, ctx.file, index, current).slice(1), l1.name) : undefined;
    return m ? { fn: m.fn, ctx: m.ctx, callee: l1.node, call: l2, rest: links.slice(3) } : undefined;
  }
  if (r0.name === 'this' && l1?.kind === 'prop' && l2?.kind === 'prop' && l3?.kind === 'call') {
    const cls = enclosingClass(r0.node, ctx);
    const f = cls?.fields.get(l1.name);
    // `private readonly repo: LeadsRepository` or `private readonly repo = new LeadsRepository(db)`.
    const made = unwrap(f?.init);
    const ctor = made?.type === 'new_expression' ? field(made, 'constructor') : undefined;
    const t =
      f?.type !== undefined ? index.typeClass(ctx.file, f.type, ctx.info) : ctor?.type === 'identifier' ? index.typeClass(ctx.file, text(ctor), ctx.info) : undefined;
    const m = t?.cls.methods.get(l2.name);
    const fctx = t ? ctxOf(index, t.file, current) : undefined;
    return m && fctx ? { fn: m, ctx: fctx, callee: l2.node, call: l3, rest: links.slice(4) } : undefined;
  }
  return undefined;
}

/** A function held by an object literal under `name` (a method or a function-valued property). */
function objectMethod(obj: N, name: string): N | undefined {
  for (const c of kids(obj)) {
    const key = field(c, c.type === 'pair' ? 'key' : 'name');
    if (!key || text(key).replace(/^['"]|['"]$/g, '') !== name) continue;
    if (c.type === 'method_definition') return c;
    const v = c.type === 'pair' ? unwrap(field(c, 'value')) : undefined;
    if (v && ['arrow_function', 'function_expression', 'function'].includes(v.type)) return v;
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
  if (!t) return expandLocal(links, ctx, index, current, depth);
  const s = summarize(t.fn);
  const alts: Alt[] = [];
  const call: Site = { ctx, node: t.callee, message: 'called here' };
  for (const b of s.builders) {
    const r0b = b.links[0];
    const links0 = t.self && r0b?.kind === 'root' && r0b.name === 'this' ? [{ ...r0b, name: t.self }, ...b.links.slice(1)] : b.links;
    const inner = expand(links0, t.ctx, index, current, depth + 1, true);
    if (!inner) continue;
    const bind = { fn: t.fn, args: argBindings(t.fn, t.call.args) };
    const extra = t.thisBinds ?? [];
    for (const a of inner) alts.push({ ...a, links: [...a.links, ...t.rest], steps: [...a.steps, { ctx: t.ctx, node: b.node, message: 'returned here' }, call], binds: [...(a.binds ?? []), bind, ...extra] });
  }
  for (const r of s.refiners) {
    const arg = t.call.args[r.index];
    if (!arg) return undefined;
    const inner = expand(flattenChain(arg), ctx, index, current, depth + 1, true);
    if (!inner) return undefined;
    for (const a of inner) {
      // What the helper's statements did to its parameter before returning it, path by path.
      const body = field(r.fn, 'body');
      const paths = body ? flowPaths(bodyStatements(body), [{ links: [], steps: [] }], paramEnv(r.param, MUTABLE_KINDS.has(a.kind), t.ctx, index, current, depth, { fn: r.fn, args: t.call.args }), r.root) : undefined;
      if (!paths) return undefined;
      for (const p of paths) {
        if (p.base) return undefined;
        alts.push({ ...a, links: [...a.links, ...p.links, ...r.links, ...t.rest], steps: [...a.steps, ...toSites(p.steps, t.ctx), { ctx: t.ctx, node: r.node, message: 'refined here' }] });
      }
    }
  }
  return alts.length ? alts : undefined;
}

function paramEnv(name: string, mutable: boolean, ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number, call?: { fn: N; args: readonly N[] }): FlowEnv {
  const args = new Map<string, N>();
  if (call) paramNames(call.fn).forEach((p, i) => call.args[i] && p && args.set(p, call.args[i]!));
  return { name, mutable, ctx, helper: (c, i) => helperEffect(c, i, ctx, index, current, depth + 1), ...(args.size ? { decide: (cond: N) => decideCondition(cond, args) } : {}) };
}

/** The refinements a visible helper makes to its argument `i` (a mutable builder), path by path. */
function helperEffect(call: N, i: number, ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number): Path[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const t = targetOf(flattenChain(call), ctx, index, current);
  const param = t ? paramNames(t.fn)[i] : undefined;
  const body = t ? field(t.fn, 'body') : undefined;
  if (!t || !param || !body) return undefined;
  return flowPaths(bodyStatements(body), [{ links: [], steps: [] }], paramEnv(param, true, t.ctx, index, current, depth, { fn: t.fn, args: t.call.args }));
}

/** A chain rooted in a local variable: its declaration, then every path of statements up to the use. */
function expandLocal(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number): Alt[] | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || !r0.name || r0.name === 'this' || depth > MAX_DEPTH) return undefined;
  const d = declarationOf(r0.node, r0.name);
  if (!d) return expandModuleConst(links, ctx, index, current, depth);
  const bases = (l: readonly Link[]): Alt[] | undefined => expand(l, ctx, index, current, depth + 1, true);
  const first = bases(flattenChain(d.value));
  if (!first?.length) return undefined;
  // A TypeORM repository in a variable is a client, not a builder: the query scan sees its calls.
  if (first.some((a) => a.kind === 'typeorm' && !a.links.some((l) => l.kind === 'prop' && l.name === 'createQueryBuilder'))) return undefined;
  const mutable = MUTABLE_KINDS.has(first[0]!.kind);
  if (first.some((a) => MUTABLE_KINDS.has(a.kind) !== mutable)) return undefined;
  const paths = flowPaths(d.after, [{ links: [], steps: [] }], paramEnv(r0.name, mutable, ctx, index, current, depth), r0.node);
  if (!paths?.length) return undefined;
  const out: Alt[] = [];
  for (const p of paths) {
    const from = p.base ? bases(p.base.links) : first;
    if (!from?.length || from.some((a) => MUTABLE_KINDS.has(a.kind) !== mutable)) return undefined;
    for (const a of from) out.push({ ...a, links: [...a.links, ...p.links, ...links.slice(1)], steps: [...a.steps, ...toSites(p.steps, ctx)] });
  }
  return out;
}

/** A module-level `const` holding a builder (`export const outputs = db.selectFrom('agent_outputs')…`), here or imported. */
function moduleConst(r0: N): { value: N; ctx: FileCtx } | undefined {
  const l = attempt(() => lookupName(r0));
  if (l?.kind !== 'const') return undefined;
  for (let p = l.value.parent; p; p = p.parent) if (NESTED.has(p.type)) return undefined;
  const vctx = bySrc.get(l.value.src);
  return vctx ? { value: l.value, ctx: vctx } : undefined;
}

function expandModuleConst(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number): Alt[] | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || links.length < 2) return undefined;
  const m = moduleConst(r0.node);
  if (!m) return undefined;
  const first = expand(flattenChain(m.value), m.ctx, index, current, depth + 1, true);
  if (!first?.length || first.some((a) => a.kind === 'typeorm' || a.kind === 'prisma' || a.kind === 'sequelize')) return undefined;
  void ctx;
  return first.map((a) => ({ ...a, links: [...a.links, ...links.slice(1)], steps: [...a.steps, { ctx: m.ctx, node: m.value, message: 'built here' }] }));
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
    case 'prisma':
      return prismaQuery(links, index.registry, []);
    case 'sequelize':
      return sequelizeQuery(links, index.registry, [], base.aliases);
    default:
      return undefined;
  }
}

function related(site: { ctx: FileCtx; start: number; end: number }, message: string, index: TsIndex): RelatedLocation {
  if (site.ctx.current) return { kind: 'here', start: site.start, end: site.end, message };
  return { kind: 'file', fileName: site.ctx.file, start: index.position(site.ctx.file, site.start), end: index.position(site.ctx.file, site.end), message };
}

/**
 * Judges the builders one site may run (one per path) at `top`: one run whose alternatives are
 * the paths (engine/query reports what any path lacks). A path we cannot translate makes the
 * site unknown. The finding goes to `at` (in the current document), or to the builder's own
 * table when `at` is undefined.
 */
function judge(alts: readonly Alt[], top: N, at: N | undefined, index: TsIndex, out: QueryRun[], extra: readonly RelatedLocation[] = []): void {
  const qs: OrmQuery[] = [];
  for (const alt of alts) {
    let q: OrmQuery | undefined;
    // The followed functions' parameters read as the caller's arguments while translating.
    const bs: Binding[] = (alt.binds ?? []).map((b) => ({ ...b, used: 0 }));
    bindings.push(...bs);
    try {
      q = withValues(valueResolver(alt.base, { returns: [], crossed: false }), () => translate(alt.kind, top, alt.links, alt.base, index));
    } catch (e) {
      if (e instanceof Dynamic) return;
      throw e;
    } finally {
      bindings.splice(bindings.length - bs.length, bs.length);
    }
    if (!q) return;
    // A Prisma or Sequelize call runs where it is written: judged there, unless only the caller's
    // arguments make it visible (`findAll({ where })` with `where` a parameter).
    if (RUN_IN_PLACE.has(alt.kind) && (!bs.some((b) => b.used > 0) || attempt(() => translate(alt.kind, top, alt.links, alt.base, index)))) return;
    qs.push(q);
  }
  const q = qs[0];
  const alt = alts[0];
  if (!q || !alt) return;
  const built = q.model.from.at;
  const here = at === undefined && alt.base.current;
  const rel: RelatedLocation[] = here ? [] : [related({ ctx: alt.base, start: built.start, end: built.end }, 'query built here', index)];
  for (const s of alt.steps) if (s.node !== at) rel.push(related({ ctx: s.ctx, start: s.node.start, end: s.node.end }, s.message, index));
  if (here && !extra.length && (top.start > built.start || top.end < built.end)) rel.push({ kind: 'here', start: top.start, end: top.end, message: 'run here' });
  rel.push(...extra);
  // Offsets of the quick-fix data point into the file where the builder was made.
  const fix = alt.base.current && alt.steps.every((s) => s.ctx.current) ? q.fix : { framework: q.model.framework };
  // A builder made elsewhere is reported where it enters this document, joined tables included.
  const span = here ? undefined : at ? { start: at.start, end: at.end } : { start: top.start, end: top.end };
  const place = (x: OrmQuery): OrmQuery => (span ? moveQuery(x, () => span) : x);
  out.push({
    ...toRun(place(q), fix),
    alternatives: qs.flatMap((x) => {
      const p = place(x);
      return [p.model, ...(p.alternatives ?? [])];
    }),
    ...(rel.length ? { related: rel } : {}),
  });
}

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
    return followAll(current, index, retry, skipped);
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
    if (!isCall && !(n.type === 'identifier' && executedHere(n, NO_TERMINALS, []))) return;
    const links = flattenChain(n);
    const alts = expand(links, current, index, current, 0, false);
    if (!alts) {
      // A query the scan could not judge without the index (a helper defined elsewhere): judged here.
      const tried = isCall ? retry.get(`${n.start}:${n.end}`) : undefined;
      const kind = tried === undefined ? undefined : (baseKind(links, current, index) ?? (tried || undefined));
      if (kind) judge([{ links, base: current, kind, steps: [] }], n, undefined, index, out);
      else if (isCall) {
        // An object built elsewhere, a builder handed to a function that runs it, a callee running on the caller's values.
        retryResolved(n, links, current, index, skipped, out);
        passedToRunner(n, links, current, index, out);
        inlineCall(n, links, current, index, out);
      }
      return;
    }
    judge(alts, n, reportAt(links, current, index, false), index, out);
  });
  // 2. Functions here that return a builder nobody visible calls: judged where it is built.
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

/**
 * A builder passed to a visible function that runs it (`paginate(repo.createQueryBuilder('l')
 * .where(…), page)` awaiting `qb.skip(…).take(…).getManyAndCount()`): judged where it is passed.
 * Only when every mention of the parameter in the function is such a chain.
 */
function passedToRunner(n: N, links: readonly Link[], current: FileCtx, index: TsIndex, out: QueryRun[]): void {
  const args = n.parent;
  const call = args?.parent;
  if (args?.type !== 'arguments' || call?.type !== 'call_expression') return;
  const kind = baseKind(links, current, index);
  const t = kind ? targetOf(flattenChain(call), current, index, current) : undefined;
  const param = t ? paramNames(t.fn)[kids(args).indexOf(n)] : undefined;
  const body = t ? field(t.fn, 'body') : undefined;
  if (!kind || !t || !param || !body || t.rest.length) return;
  const runs: N[] = [];
  let mentions = 0;
  visit(body, (x) => {
    if (x !== body && NESTED.has(x.type)) return false;
    if (x.type === 'identifier' && text(x) === param) mentions++;
    if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
    const l = flattenChain(x);
    if (l.length > 1 && l[0]?.kind === 'root' && l[0].name === param) runs.push(x);
    return undefined;
  });
  const run = runs[0];
  if (!run || runs.length !== mentions) return;
  const alt: Alt = { links: [...links, ...flattenChain(run).slice(1)], base: current, kind, steps: [{ ctx: t.ctx, node: run, message: 'run here' }] };
  judge([alt], run, n, index, out);
}

function topOf(e: N): N {
  let u = e;
  while (u.type === 'parenthesized_expression' || u.type === 'non_null_expression' || u.type === 'as_expression') u = kids(u)[0] ?? u;
  return u;
}
