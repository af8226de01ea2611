/**
 * Chain expansion of the follow pass (split from follow.ts): function summaries (`summarize`, cached
 * per node in `summaries`, the only state here), and `expand`, which splices a followed function's
 * returned chain in front of the caller's links — through refined parameters, helpers that mutate
 * a builder, local variables and module-level builder constants — into `Alt`s the judge reads.
 */
import { bindings, declaratorOf, field, flattenChain, kids, text, unwrap, visit, withBindings, type Binding, type Link, type N } from './ast';
import { bodyStatements, flowPaths, MUTABLE_KINDS, type FlowEnv, type Path } from './locals';
import { argBindings, decideCondition, lookupName, paramNames } from './inline';
import { attempt } from './sqlgen';
import { bySrc, type FileCtx } from './follow-ctx';
import { baseKind, targetOf } from './follow-targets';
import type { TsIndex } from './workspace';

export interface Site {
  readonly ctx: FileCtx;
  readonly node: N;
  readonly message: string;
}

/** A builder chain after expansion, with the file whose client it is rooted in. */
export interface Alt {
  readonly links: readonly Link[];
  readonly base: FileCtx;
  readonly kind: string;
  readonly steps: readonly Site[];
  /** Parameters of the followed functions, bound to the caller's arguments. */
  readonly binds?: readonly { readonly fn: N; readonly args: ReadonlyMap<string, N> }[];
}

const toSites = (steps: Path['steps'], ctx: FileCtx): Site[] => steps.map((p) => ({ ctx: (p.ctx as FileCtx | undefined) ?? ctx, node: p.node, message: p.message }));

interface Summary {
  /** Returned chains that do not start at a parameter. */
  readonly builders: { readonly links: readonly Link[]; readonly node: N }[];
  /** Returned chains that refine parameter `index` (`links` after the parameter; statements before the return are followed per call). */
  readonly refiners: { readonly index: number; readonly param: string; readonly links: readonly Link[]; readonly node: N; readonly root: N; readonly fn: N }[];
}

export const MAX_DEPTH = 6;
const summaries = new WeakMap<N, Summary>();

function isAsync(fn: N): boolean {
  const body = field(fn, 'body');
  return /\basync\b/.test(fn.src.slice(fn.start, body ? body.start : fn.end));
}

export const NESTED = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'class_declaration', 'class', 'function', 'generator_function_declaration']);

/** What a (non-async) function returns: builder chains and refined parameters. */
/** Methods that run a Kysely, Drizzle or knex builder where they are called (the rest only shape it). */
const RUNS = new Set(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'then', 'catch']);

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
    // `return db.selectFrom(…).execute()`: a promise of rows, run (and judged) here, not by the caller.
    if (links.some((l, i) => l.kind === 'prop' && RUNS.has(l.name) && links[i + 1]?.kind === 'call')) continue;
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
export function declarationOf(use: N, name: string): { value: N; after: N[] } | undefined {
  let child = use;
  for (let p = use.parent; p; child = p, p = p.parent) {
    if (NESTED.has(p.type)) return undefined;
    if (p.type !== 'statement_block' && p.type !== 'program') continue;
    const stmts = kids(p);
    const at = stmts.indexOf(child);
    for (let i = at - 1; i >= 0; i--) {
      const st = stmts[i]!;
      if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
      const d = declaratorOf(st, name);
      if (!d) continue;
      const value = field(d, 'value');
      // `const rows = await q` holds the rows, not a builder.
      return value && !isAwaited(value) ? { value, after: stmts.slice(i + 1) } : undefined;
    }
  }
  return undefined;
}

/**
 * Every builder a chain may stand for once calls to summarized functions are expanded; undefined
 * when the chain does not start at a function we can follow (or at a client, when `allowBase`).
 */
export function expand(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number, allowBase: boolean): Alt[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (allowBase) {
    // A root read through a binding (`ex` of `leadById(ex, …)` given the caller's `db`) is the caller's name.
    const r0 = links[0];
    const rctx = r0?.kind === 'root' && r0.node.src !== ctx.text ? bySrc.get(r0.node.src) : undefined;
    const kind = baseKind(links, rctx ?? ctx, index);
    // A local variable holding a builder (`const qb = kn('leads')…`) whose name the file also gives a
    // typed client parameter elsewhere (`function applyPeriod(qb: Knex.QueryBuilder)`): the variable.
    const local = kind && r0?.kind === 'root' && !rctx && declarationOf(r0.node, r0.name) ? expandLocal(links, ctx, index, current, depth) : undefined;
    if (local) return local;
    if (kind) return [{ links, base: rctx ?? ctx, kind, steps: [] }];
  }
  const t = targetOf(links, ctx, index, current);
  if (!t) return expandLocal(links, ctx, index, current, depth);
  const s = summarize(t.fn);
  const alts: Alt[] = [];
  const call: Site = { ctx, node: t.callee, message: 'called here' };
  for (const b of s.builders) {
    const r0b = b.links[0];
    const l1b = b.links[1];
    const held = r0b?.kind === 'root' && r0b.name === 'this' && l1b?.kind === 'prop' ? t.members?.get(l1b.name) : undefined;
    // `this.model.query()` of a generic repository used as `Repository<Lead>`: `Lead.query()`.
    const links0 = held ? [{ kind: 'root' as const, name: held, node: l1b!.node }, ...b.links.slice(2)] : t.self && r0b?.kind === 'root' && r0b.name === 'this' ? [{ ...r0b, name: t.self }, ...b.links.slice(1)] : b.links;
    const bind = { fn: t.fn, args: argBindings(t.fn, t.call.args) };
    // The callee's `if`s on its parameters (`if (options.filter?.from)`) read the caller's arguments.
    const frames: Binding[] = [{ ...bind, used: 0 }];
    // A factory's closures read its parameters (`createGuts({ knex: db, tableName: 'leads' })`).
    for (const e of t.thisBinds ?? []) if (!/class/.test(e.fn.type)) frames.push({ ...e, used: 0 });
    const inner = withBindings(frames, () => expand(links0, t.ctx, index, current, depth + 1, true));
    if (!inner) continue;
    const extra = t.thisBinds ?? [];
    for (const a of inner) alts.push({ ...a, links: [...a.links, ...t.rest], steps: [...a.steps, { ctx: t.ctx, node: b.node, message: 'returned here' }, call], binds: [...(a.binds ?? []), bind, ...extra] });
  }
  for (const r of s.refiners) {
    const arg = t.call.args[r.index];
    if (!arg) return undefined;
    // An argument we cannot follow (`db.readonly` of a request's services) given to a parameter typed
    // as a client (`db: ReadonlyDatabase`): the type says which client the helper's chain is on.
    const inner = expand(flattenChain(arg), ctx, index, current, depth + 1, true) ?? typedParam(r, t.ctx, index);
    if (!inner) return undefined;
    for (const a of inner) {
      // What the helper's statements did to its parameter before returning it, path by path.
      const body = field(r.fn, 'body');
      const paths = body ? flowPaths(bodyStatements(body), [{ links: [], steps: [] }], paramEnv(r.param, MUTABLE_KINDS.has(a.kind), t.ctx, index, current, depth, { fn: r.fn, args: t.call.args }), r.root) : undefined;
      if (!paths) return undefined;
      for (const p of paths) {
        if (p.base) return undefined;
        // The helper's own conditions (`$if(!!options.since, …)`) read the caller's arguments too.
        const bind = { fn: r.fn, args: argBindings(r.fn, t.call.args) };
        alts.push({ ...a, links: [...a.links, ...p.links, ...r.links, ...t.rest], steps: [...a.steps, ...toSites(p.steps, t.ctx), { ctx: t.ctx, node: r.node, message: 'refined here' }], binds: [...(a.binds ?? []), bind, ...(p.binds ?? [])] });
      }
    }
  }
  return alts.length ? alts : undefined;
}

const TYPED_BUILDER_CLIENTS = new Set(['knex', 'kysely', 'drizzle']);

function typedParam(r: Summary['refiners'][number], ctx: FileCtx, index: TsIndex): Alt[] | undefined {
  const ps = field(r.fn, 'parameters');
  const p = ps ? kids(ps)[r.index] : undefined;
  const type = p ? field(p, 'type') : undefined;
  const typeText = type ? text(type).replace(/^:\s*/, '') : undefined;
  let kind = typeText ? index.typeClient(ctx.file, typeText, ctx.info) : undefined;
  // A wrapper class holding the client in a field (\`db: AccountDb\` with \`db: Kysely<DB>\`, the chain \`db.db.selectFrom(…)\`).
  const first = r.links[0];
  if (!kind && typeText && first?.kind === 'prop' && r.links[1]?.kind === 'prop') {
    const c = index.typeClass(ctx.file, typeText, ctx.info);
    const f = c?.cls.fields.get(first.name);
    kind = f?.type !== undefined ? index.typeClient(c!.file, f.type) : undefined;
  }
  return kind && TYPED_BUILDER_CLIENTS.has(kind) ? [{ links: [{ kind: 'root', name: r.param, node: r.root }], base: ctx, kind, steps: [] }] : undefined;
}

function paramEnv(name: string, mutable: boolean, ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number, call?: { fn: N; args: readonly N[] }): FlowEnv {
  const args = new Map<string, N>();
  if (call) paramNames(call.fn).forEach((p, i) => call.args[i] && p && args.set(p, call.args[i]!));
  return { name, mutable, ctx, helper: (c, i) => helperEffect(c, i, ctx, index, current, depth + 1), decide: (cond: N) => decideCondition(cond, args), args };
}

/** The refinements a visible helper makes to its argument `i` (a mutable builder), path by path. */
function helperEffect(call: N, i: number, ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number): Path[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const t = targetOf(flattenChain(call), ctx, index, current);
  const param = t ? paramNames(t.fn)[i] : undefined;
  const body = t ? field(t.fn, 'body') : undefined;
  if (!t || !param || !body) return undefined;
  // The helper's other parameters (`query.where(column, '>=', from)`) read this call's arguments.
  const bind = { fn: t.fn, args: argBindings(t.fn, t.call.args) };
  return flowPaths(bodyStatements(body), [{ links: [], steps: [], binds: [bind] }], paramEnv(param, true, t.ctx, index, current, depth, { fn: t.fn, args: t.call.args }));
}

/** A chain rooted in a local variable: its declaration, then every path of statements up to the use. */
function expandLocal(links: readonly Link[], ctx: FileCtx, index: TsIndex, current: FileCtx, depth: number): Alt[] | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root' || !r0.name || r0.name === 'this' || depth > MAX_DEPTH) return undefined;
  const d = declarationOf(r0.node, r0.name);
  if (!d) return expandBoundParam(links, index, current, depth) ?? expandModuleConst(links, ctx, index, current, depth);
  const bases = (l: readonly Link[]): Alt[] | undefined => expand(l, ctx, index, current, depth + 1, true);
  const first = bases(flattenChain(d.value));
  if (!first?.length) return undefined;
  // A TypeORM repository in a variable is a client, not a builder: the query scan sees its calls. One made from a
  // generic helper's parameter (`const repo = this.connection.getRepository(ctx, entity)`) is not known to its file:
  // its calls are read with the caller's entity, as if written on the repository expression itself.
  if (first.some((a) => a.kind === 'typeorm' && !a.links.some((l) => l.kind === 'prop' && l.name === 'createQueryBuilder'))) {
    if (ctx.repos.has(r0.name) || links.length < 2 || !first.every((a) => a.kind === 'typeorm' && a.links.some((l) => l.kind === 'prop' && /^get\w*Repository/.test(l.name)))) return undefined;
    return first.map((a) => ({ ...a, links: [...a.links, ...links.slice(1)] }));
  }
  const mutable = MUTABLE_KINDS.has(first[0]!.kind);
  if (first.some((a) => MUTABLE_KINDS.has(a.kind) !== mutable)) return undefined;
  const paths = flowPaths(d.after, [{ links: [], steps: [] }], paramEnv(r0.name, mutable, ctx, index, current, depth), r0.node);
  if (!paths?.length) return undefined;
  const out: Alt[] = [];
  for (const p of paths) {
    const from = p.base ? bases(p.base.links) : first;
    if (!from?.length || from.some((a) => MUTABLE_KINDS.has(a.kind) !== mutable)) return undefined;
    for (const a of from) out.push({ ...a, links: [...a.links, ...p.links, ...links.slice(1)], steps: [...a.steps, ...toSites(p.steps, ctx)], binds: [...(a.binds ?? []), ...(p.binds ?? [])] });
  }
  return out;
}

/**
 * A chain rooted in a parameter of a function being followed (`knex.select(…)` in a factory's
 * closure, `knex` given by `createGuts({ knex: db })`): the caller's argument in its place.
 */
function expandBoundParam(links: readonly Link[], index: TsIndex, current: FileCtx, depth: number): Alt[] | undefined {
  const r0 = links[0];
  if (r0?.kind !== 'root') return undefined;
  let arg: N | undefined;
  for (let i = bindings.length - 1; i >= 0 && !arg; i--) {
    const b = bindings[i]!;
    if (r0.node.src === b.fn.src && r0.node.start >= b.fn.start && r0.node.end <= b.fn.end) arg = b.args.get(r0.name);
  }
  const u = unwrap(arg);
  const actx = u ? bySrc.get(u.src) : undefined;
  if (!u || !actx || (u.type !== 'identifier' && u.type !== 'member_expression')) return undefined;
  const first = expand(flattenChain(u), actx, index, current, depth + 1, true);
  return first?.map((a) => ({ ...a, links: [...a.links, ...links.slice(1)] }));
}

/** A module-level `const` holding a builder (`export const outputs = db.selectFrom('agent_outputs')…`), here or imported. */
export function moduleConst(r0: N): { value: N; ctx: FileCtx } | undefined {
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
