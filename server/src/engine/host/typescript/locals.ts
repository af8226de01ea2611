/**
 * What the statements of a function do to one builder held in a local variable or parameter, path
 * by path: `q = q.where(…)` refines the variable for every builder, a bare `q.where(…);` or a
 * helper call `applyFilters(q)` refines it only when the builder is mutable (knex, Objection,
 * Drizzle and TypeORM query builders change themselves; Kysely returns a new builder). Each
 * `if` doubles the paths; a path that returns or throws before the use does not reach it.
 * Anything we cannot follow (loops, closures or unknown calls that may change the builder) makes
 * the result unknown, so nothing is reported.
 */
import { aliasRead } from './typeorm-qb-alias';
import { field, flattenChain, kids, text, unwrap, visit, type Link, type N } from './ast';
import { optionalLoop } from './locals-loops';

/** One path through the statements: the builder the variable holds and the links added to it. */
export interface Path {
  /** Set when the variable was (re)assigned from another expression on this path. */
  readonly base?: { readonly links: readonly Link[]; readonly node: N };
  readonly links: readonly Link[];
  readonly steps: readonly Step[];
  /** Parameters of the helpers that refined the builder, bound to their callers' arguments (`where(column, …)`). */
  readonly binds?: readonly { readonly fn: N; readonly args: ReadonlyMap<string, N> }[];
}

/** A place that changed the builder, in the file of `ctx` (the environment's opaque file). */
export interface Step {
  readonly node: N;
  readonly message: string;
  readonly ctx?: unknown;
}

export interface FlowEnv {
  readonly name: string;
  /** The file the statements belong to, recorded on each step. */
  readonly ctx?: unknown;
  readonly mutable: boolean;
  /** Paths of refinements a call makes to its argument `argIndex` (mutable builders); undefined when not visible. */
  helper(call: N, argIndex: number): readonly Path[] | undefined;
  /** Whether an `if` condition is known to hold (true), known not to (false), or unknown, from the caller's arguments. */
  decide?(cond: N): boolean | undefined;
  /** The caller's arguments by parameter name, when the statements are a followed helper's (what a loop iterates). */
  readonly args?: ReadonlyMap<string, N>;
}

/** Builder kinds whose methods change the builder itself (and return it). */
export const MUTABLE_KINDS: ReadonlySet<string> = new Set(['knex', 'objection', 'drizzle', 'typeorm']);

const MAX_PATHS = 16;

class Unknown extends Error {}

interface Flow {
  live: Path[];
  /** Paths that left the function by `return` (they count for a helper's effect). */
  done: Path[];
}

/**
 * Paths from the start of `stmts` to `stop` (a node inside them), or to the end of the function
 * when `stop` is undefined (then paths that returned count too). Undefined when not followable.
 */
export function flowPaths(stmts: readonly N[], start: readonly Path[], env: FlowEnv, stop?: N): Path[] | undefined {
  try {
    const f = flowList(stmts, [...start], env, stop);
    return stop ? f.live : [...f.live, ...f.done];
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
}

/** The statements of a body (a block's children, or an expression body as one statement). */
export function bodyStatements(body: N): N[] {
  return body.type === 'statement_block' ? kids(body) : [body];
}

function contains(outer: N, inner: N): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** `if (!q)` / `if (q)` on the builder itself: a builder is an object, always truthy (a guard that never fires). */
function builderTruth(cond: N, name: string): boolean | undefined {
  let u = unwrap(cond);
  let negated = false;
  while (u?.type === 'unary_expression' && u.src.slice(u.start, u.end).trimStart().startsWith('!')) {
    negated = !negated;
    u = unwrap(field(u, 'argument'));
  }
  return u?.type === 'identifier' && text(u) === name ? !negated : undefined;
}

/** Identifier nodes naming the variable (property names and shorthand keys count as mentions too). */
function mentions(n: N, name: string): N[] {
  const out: N[] = [];
  visit(n, (x) => {
    if ((x.type === 'identifier' || x.type === 'shorthand_property_identifier') && text(x) === name) out.push(x);
  });
  return out;
}

function hasLink(links: readonly Link[], name: string): boolean {
  return links.some((l) => l.kind === 'prop' && l.name === name);
}

/** Whether the statement assigns the variable anywhere (including nested expressions). */
function assigns(n: N, name: string): boolean {
  let found = false;
  visit(n, (x) => {
    if (found) return false;
    if ((x.type === 'assignment_expression' || x.type === 'augmented_assignment_expression') && text(field(x, 'left') ?? x) === name) found = true;
    if (x.type === 'update_expression' && kids(x).some((k) => text(k) === name)) found = true;
    return undefined;
  });
  return found;
}

function terminates(s: N): boolean {
  if (s.type === 'return_statement' || s.type === 'throw_statement') return true;
  if (s.type === 'statement_block') {
    const k = kids(s);
    return k.length > 0 && terminates(k[k.length - 1]!);
  }
  if (s.type === 'if_statement') {
    const c = field(s, 'consequence');
    const a = elseOf(s);
    return !!c && !!a && terminates(c) && terminates(a);
  }
  return false;
}

function elseOf(ifs: N): N | undefined {
  const a = field(ifs, 'alternative');
  if (!a) return undefined;
  return a.type === 'else_clause' ? kids(a)[0] : a;
}

function cap(paths: Path[]): Path[] {
  if (paths.length > MAX_PATHS) throw new Unknown('too many paths');
  return paths;
}

function extend(paths: readonly Path[], links: readonly Link[], node: N, message: string, env: FlowEnv): Path[] {
  return paths.map((p) => ({ ...p, links: [...p.links, ...links], steps: [...p.steps, { node, message, ctx: env.ctx }] }));
}

function flowList(stmts: readonly N[], start: Path[], env: FlowEnv, stop?: N): Flow {
  let live = start;
  const done: Path[] = [];
  for (const s of stmts) {
    if (live.length === 0) break;
    if (s.type === 'comment' || s.type === 'empty_statement') continue;
    if (stop && contains(s, stop)) {
      const inner = flowInto(s, live, env, stop);
      return { live: inner, done };
    }
    const f = flowOne(s, live, env);
    live = f.live;
    done.push(...f.done);
  }
  return { live, done };
}

/** The statement that holds the use: descend into blocks and the branch that holds it. */
function flowInto(s: N, paths: Path[], env: FlowEnv, stop: N): Path[] {
  if (s.type === 'statement_block') return flowList(kids(s), paths, env, stop).live;
  if (s.type === 'if_statement') {
    const cond = field(s, 'condition');
    if (cond && contains(cond, stop)) return stopHere(cond, paths, env, stop);
    if (cond && builderTruth(cond, env.name) === undefined && mentions(cond, env.name).length && (env.mutable || assigns(cond, env.name))) throw new Unknown('condition uses the builder');
    const c = field(s, 'consequence');
    const a = elseOf(s);
    if (c && contains(c, stop)) return flowList(bodyStatements(c), paths, env, stop).live;
    if (a && contains(a, stop)) return flowList(a.type === 'statement_block' ? kids(a) : [a], paths, env, stop).live;
    return stopHere(s, paths, env, stop);
  }
  if (s.type === 'try_statement') {
    const b = field(s, 'body');
    if (b && contains(b, stop)) return flowList(kids(b), paths, env, stop).live;
  }
  return stopHere(s, paths, env, stop);
}

/** The use is inside `s`: other mentions in `s` must not change the builder before it. */
function stopHere(s: N, paths: Path[], env: FlowEnv, stop: N): Path[] {
  if (['for_statement', 'for_in_statement', 'while_statement', 'do_statement'].includes(s.type) && (env.mutable || assigns(s, env.name))) throw new Unknown('use inside a loop');
  for (const m of mentions(s, env.name)) {
    if (m === stop || otherBranch(m, stop, s) || aliasRead(m)) continue;
    if (!env.mutable) {
      // `b = paginate(b, …)`: the right side reads the builder before the assignment replaces it.
      if (m.field === 'left' && m.parent?.type === 'assignment_expression' && contains(field(m.parent, 'right') ?? m, stop) && !assigns(field(m.parent, 'right') ?? m, env.name)) continue;
      if (assigns(s, env.name)) throw new Unknown('assigned next to its use');
      continue;
    }
    // A clone (`q.clone().count()`) leaves the builder as it is; anything else may change it.
    if (!hasLink(flattenChain(chainTop(m)), 'clone')) throw new Unknown('used twice in one statement');
  }
  return paths;
}

/** Whether `m` is in the other branch of a `c ? a : b` that holds the use (never evaluated with it). */
function otherBranch(m: N, stop: N, s: N): boolean {
  for (let p = m.parent; p && p !== s; p = p.parent) {
    if (p.type !== 'ternary_expression') continue;
    const branch = (x: N): N | undefined => [field(p, 'consequence'), field(p, 'alternative')].find((b) => b && contains(b, x));
    const a = branch(m);
    const b = branch(stop);
    if (a && b && a !== b) return true;
  }
  return false;
}

/** The outermost call/member expression whose chain starts at `n`. */
function chainTop(n: N): N {
  let cur = n;
  for (;;) {
    const p = cur.parent;
    if (!p) return cur;
    if ((p.type === 'member_expression' && cur.field === 'object') || (p.type === 'call_expression' && cur.field === 'function') || p.type === 'non_null_expression') cur = p;
    else return cur;
  }
}

/** `q.where(…)` rooted at the variable (after `await`/parentheses). */
function rootedChain(e: N | undefined, name: string): Link[] | undefined {
  const u = unwrap(e);
  if (!u || (u.type !== 'call_expression' && u.type !== 'member_expression' && u.type !== 'identifier')) return undefined;
  const links = flattenChain(u);
  return links[0]?.kind === 'root' && links[0].name === name ? links : undefined;
}

function flowOne(s: N, paths: Path[], env: FlowEnv): Flow {
  const name = env.name;
  if (mentions(s, name).length === 0) {
    if (terminates(s)) return { live: [], done: s.type === 'return_statement' ? paths : [] };
    if (s.type === 'if_statement') {
      const c = field(s, 'consequence');
      const a = elseOf(s);
      // Early exits (`if (!x) return [];`) leave the paths as they are; nothing else matters here.
      if (c && a && terminates(c) && terminates(a)) return { live: [], done: paths };
    }
    return { live: paths, done: [] };
  }
  // An expression body (`(q) => q.where(…)`) is evaluated for its effect and returned.
  if (!/_statement$|_declaration$|^statement_block$/.test(s.type)) return { live: [], done: cap(expression(s, s, paths, env)) };
  // A loop over unseen input that only narrows the builder: zero iterations is the widest path (locals-loops.ts).
  if (optionalLoop(s, name, env.mutable, env.args)) return { live: paths, done: [] };
  switch (s.type) {
    case 'statement_block':
      return flowList(kids(s), paths, env);
    case 'if_statement': {
      const cond = field(s, 'condition');
      const truth = cond ? builderTruth(cond, name) : undefined;
      if (cond && truth === undefined && mentions(cond, name).length && (env.mutable || assigns(cond, name))) throw new Unknown('condition uses the builder');
      const c = field(s, 'consequence');
      const a = elseOf(s);
      // A branch the caller's arguments rule out is no path (`if (filters.since)` with `{ since }` passed).
      const known = truth ?? (cond ? env.decide?.(cond) : undefined);
      const none = { live: [] as Path[], done: [] as Path[] };
      const x = known === false ? none : c ? flowList(bodyStatements(c), paths, env) : { live: paths, done: [] };
      const y = known === true ? none : a ? flowList(a.type === 'statement_block' ? kids(a) : [a], paths, env) : { live: paths, done: [] };
      return { live: cap([...x.live, ...y.live]), done: cap([...x.done, ...y.done]) };
    }
    case 'expression_statement':
      return { live: cap(expression(kids(s)[0], s, paths, env)), done: [] };
    case 'lexical_declaration':
    case 'variable_declaration': {
      let live = paths;
      for (const d of kids(s)) {
        if (d.type !== 'variable_declarator') continue;
        const n = field(d, 'name');
        if (n && mentions(n, name).length) throw new Unknown('shadowed');
        const v = field(d, 'value');
        if (v) live = expression(v, d, live, env, true);
      }
      return { live: cap(live), done: [] };
    }
    case 'return_statement': {
      const e = kids(s)[0];
      const links = rootedChain(e, name);
      // A mutable builder refined in the return statement is refined for the caller too.
      if (links && env.mutable && !hasLink(links, 'clone')) return { live: [], done: extend(paths, links.slice(1), s, 'refined here', env) };
      if (env.mutable && !links) throw new Unknown('returned in an expression');
      return { live: [], done: paths };
    }
    case 'throw_statement':
      return { live: [], done: [] };
    default:
      if (env.mutable || assigns(s, name)) throw new Unknown(`${s.type} uses the builder`);
      return { live: paths, done: [] };
  }
}

/** An expression evaluated for its effect on the variable (`valueOnly`: its value goes elsewhere). */
function expression(e0: N | undefined, stmt: N, paths: Path[], env: FlowEnv, valueOnly = false): Path[] {
  const name = env.name;
  let e = unwrap(e0);
  // `void qb.where(…)` (a builder is a thenable; lint rules ask for `void`) refines it all the same.
  if (e?.type === 'unary_expression' && /^void\b/.test(text(e))) e = unwrap(kids(e)[0]);
  if (!e) return paths;
  if (!valueOnly && e.type === 'assignment_expression') {
    const left = field(e, 'left');
    const right = field(e, 'right');
    if (left?.type === 'identifier' && text(left) === name && right) {
      const r = unwrap(right);
      if (r?.type === 'ternary_expression') {
        // `q = c ? q.where(…) : q`: both outcomes are paths (one when the caller's values decide `c`).
        const known = env.decide?.(field(r, 'condition') ?? r);
        if (known !== undefined) return assign(field(r, known ? 'consequence' : 'alternative'), stmt, paths, env);
        const out: Path[] = [];
        for (const side of [field(r, 'consequence'), field(r, 'alternative')]) out.push(...assign(side, stmt, paths, env));
        return out;
      }
      return assign(right, stmt, paths, env);
    }
    if (env.mutable || assigns(e, name)) throw new Unknown('assigned elsewhere');
    return paths;
  }
  if (!valueOnly && e.type === 'ternary_expression' && env.mutable) {
    // `asc ? q.orderBy(a) : q.orderBy(b);` as a statement: each outcome is a path (one when the caller's values decide).
    const cond = field(e, 'condition');
    if (cond && mentions(cond, name).length) throw new Unknown('condition uses the builder');
    const known = cond ? env.decide?.(cond) : undefined;
    const sides = [field(e, 'consequence'), field(e, 'alternative')].filter((_, i) => known === undefined || known === (i === 0));
    return cap(sides.flatMap((side) => (side && mentions(side, name).length ? expression(side, stmt, paths, env) : paths)));
  }
  const links = rootedChain(e, name);
  if (links) {
    // `q.where(…)` changes a mutable builder (unless cloned first); an immutable one is untouched.
    if (!env.mutable || hasLink(links, 'clone') || links.length === 1) return paths;
    // `q.andWhere(\`${q.alias}.id > :x\`)` reads the alias only (typeorm-qb-alias.ts).
    if (mentions(e, name).filter((m) => !aliasRead(m)).length > 1) throw new Unknown('builder used inside its own refinement');
    return extend(paths, links.slice(1), stmt, 'refined here', env);
  }
  if (!env.mutable) {
    if (assigns(e, name)) throw new Unknown('assigned inside an expression');
    return paths;
  }
  // `applyFilters(q, f)`: the helper's refinements of its parameter apply to the variable.
  if (e.type === 'call_expression') {
    const args = field(e, 'arguments');
    const list = args ? kids(args) : [];
    const i = list.findIndex((a) => a.type === 'identifier' && text(a) === name);
    const elsewhere = mentions(e, name).filter((m) => m !== list[i]);
    if (i >= 0 && elsewhere.length === 0) {
      const effect = env.helper(e, i);
      if (!effect) throw new Unknown('helper not visible');
      const out: Path[] = [];
      for (const p of paths) {
        for (const h of effect) {
          if (h.base) throw new Unknown('helper replaces the builder');
          const binds = [...(p.binds ?? []), ...(h.binds ?? [])];
          out.push({ ...(p.base ? { base: p.base } : {}), links: [...p.links, ...h.links], steps: [...p.steps, ...h.steps, { node: e, message: 'refined by this call', ctx: env.ctx }], ...(binds.length ? { binds } : {}) });
        }
      }
      return cap(out);
    }
  }
  throw new Unknown('builder used in a way we cannot follow');
}

function assign(right: N | undefined, stmt: N, paths: Path[], env: FlowEnv): Path[] {
  if (!right) throw new Unknown('assignment');
  // `q = await …` holds rows from here on, not a builder.
  if (right.type === 'await_expression') throw new Unknown('assigned a result');
  const links = rootedChain(right, env.name);
  if (links) return extend(paths, links.slice(1), stmt, 'refined here', env);
  const u = unwrap(right) ?? right;
  if (mentions(u, env.name).length && env.mutable) {
    // `q = helper(q)` on a mutable builder: the helper's result replaces it (followed through its summary).
    return paths.map((p) => ({ base: { links: flattenChain(u), node: u }, links: [], steps: [...p.steps, { node: stmt, message: 'refined here', ctx: env.ctx }] }));
  }
  return paths.map((p) => ({ base: { links: flattenChain(u), node: u }, links: [], steps: [...p.steps, { node: stmt, message: 'assigned here', ctx: env.ctx }] }));
}
