/**
 * A loop over request input that only narrows a builder (Vendure's ListQueryBuilder: `for (const
 * [field, ops] of Object.entries(options.filter ?? {})) qb.andWhere(…)`). The input may be empty,
 * so running the loop zero times is a path the query takes; each iteration only ANDs a condition
 * or adds an ordering, so that path is the one that keeps the most partitions. A loop over a value
 * the code shows (an object literal, a caller's literal argument) is not decided here.
 */
import { bindings, field, flattenChain, kids, text, unwrap, visit, type N } from './ast';
import { literalValue } from './values';

/** Builder methods that add a condition with AND, or leave the conditions alone (TypeORM's query builder). */
const NARROWING = new Set(['andWhere', 'addOrderBy', 'orderBy', 'addSelect', 'addGroupBy']);
/**
 * knex's `where*` family ANDs too (TypeORM's own `where` replaces the conditions, which only ever loses a key). Counted
 * only in a followed helper over what its caller passes (a `modify(helper, filters)`), where the caller's argument is
 * seen not to be a literal; a function's own loop over its parameter stays unjudged.
 */
const KNEX_NARROWING = new Set([
  ...NARROWING, 'where', 'whereNot', 'whereIn', 'whereNotIn', 'whereNull', 'whereNotNull', 'whereLike', 'whereILike', 'whereBetween',
  'whereNotBetween', 'whereExists', 'whereNotExists', 'whereRaw', 'whereJsonPath', 'whereJsonSupersetOf', 'whereJsonSubsetOf', 'andWhereNot', 'andWhereBetween',
]);
const LOOPS = new Set(['for_in_statement', 'for_statement', 'while_statement', 'do_statement']);
const OBJECT_ITERATORS = new Set(['Object.entries', 'Object.keys', 'Object.values']);

/** Whether the value a loop iterates is not shown by the code (a parameter's property, request input). */
function unseen(v: N | undefined, args?: ReadonlyMap<string, N>, depth = 0): boolean {
  let u = unwrap(v);
  // `options.filter ?? {}` / `filter || {}`: the left operand decides.
  if (u?.type === 'binary_expression' && /^\s*(\?\?|\|\|)/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) u = unwrap(field(u, 'left'));
  if (!u) return false;
  // A followed helper's parameter is what its caller passes (a literal there is shown).
  const root = u.type === 'member_expression' ? unwrap(field(u, 'object')) : u;
  const arg = root?.type === 'identifier' && depth < 4 ? args?.get(text(root)) : undefined;
  if (arg && u === root) return unseen(arg, undefined, depth + 1);
  const given = arg ? unwrap(arg) : undefined;
  if (arg && given?.type !== 'object') return unseen(arg, undefined, depth + 1);
  if (given?.type === 'object') {
    // `options.filter` of the caller's `{ … }`: absent there, the loop runs zero times; written there, it decides.
    const v = literalValue(given, text(field(u, 'property') ?? u));
    return v === null || (v !== undefined && unseen(v, undefined, depth + 1));
  }
  if (u.type === 'identifier') return true;
  if (u.type !== 'member_expression') return false;
  const o = unwrap(field(u, 'object'));
  return !!o && o.type !== 'object' && (o.type === 'identifier' || o.type === 'member_expression' || o.type === 'this');
}

/** The methods that narrow a loop over `src`: knex's too when `src` is a followed helper's parameter its caller gives. */
function narrowingFor(src: N | undefined, args?: ReadonlyMap<string, N>): ReadonlySet<string> {
  let u = unwrap(src);
  if (u?.type === 'binary_expression') u = unwrap(field(u, 'left'));
  const root = u?.type === 'member_expression' ? unwrap(field(u, 'object')) : u;
  return root?.type === 'identifier' && (args?.has(text(root)) || followedParam(root)) ? KNEX_NARROWING : NARROWING;
}

/**
 * Whether `id` names a parameter (or a name destructured from one) of a helper being followed from a call
 * (`where(buildFindFilter(filter))` binding `({ $in, $search, ...rest })`): what its caller passes.
 */
function followedParam(id: N): boolean {
  const name = text(id);
  const re = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  return bindings.some((b) => {
    if (id.src !== b.fn.src || id.start < b.fn.start || id.end > b.fn.end) return false;
    const ps = field(b.fn, 'parameters') ?? field(b.fn, 'parameter');
    return !!ps && re.test(text(ps));
  });
}

/** Every mention of `name` in the body is a statement `name.<narrowing>(…)` with no other mention inside. */
function onlyNarrows(body: N, name: string, narrowing: ReadonlySet<string>): boolean {
  let ok = true;
  visit(body, (x) => {
    if (!ok) return false;
    if (x.type === 'return_statement' || x.type === 'yield_expression' || x.type === 'function_expression' || x.type === 'arrow_function') {
      if (x.type === 'return_statement' || new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(x))) ok = false;
      return false;
    }
    if (x.type !== 'identifier' || text(x) !== name) return undefined;
    let top: N = x;
    while (top.parent && ((top.parent.type === 'member_expression' && top.field === 'object') || (top.parent.type === 'call_expression' && top.field === 'function'))) top = top.parent;
    const links = flattenChain(top);
    // `void qb.where(…)` (a builder is a thenable; lint rules ask for `void`) is the statement all the same.
    const stmt = top.parent?.type === 'unary_expression' && /^void\b/.test(text(top.parent)) ? top.parent.parent : top.parent;
    const args = top.type === 'call_expression' ? field(top, 'arguments') : undefined;
    const inArgs = args ? new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(args)) : true;
    if (stmt?.type !== 'expression_statement' || links.length !== 3 || links[1]?.kind !== 'prop' || !narrowing.has(links[1].name) || inArgs) ok = false;
    return undefined;
  });
  return ok;
}

/**
 * `Object.entries(filter).forEach(([field, c]) => { … qb.andWhere(…) … })` as a statement (Twenty's GraphQL
 * query parser): the callback is the loop's body, run once per entry of input the code does not show.
 */
function optionalForEach(s: N, name: string, args?: ReadonlyMap<string, N>): boolean {
  const e = s.type === 'expression_statement' ? unwrap(kids(s)[0]) : undefined;
  const fn = e?.type === 'call_expression' ? field(e, 'function') : undefined;
  if (fn?.type !== 'member_expression' || text(field(fn, 'property') ?? fn) !== 'forEach') return false;
  const recv = unwrap(field(fn, 'object'));
  const callee = recv?.type === 'call_expression' ? text(field(recv, 'function') ?? recv) : '';
  const src = OBJECT_ITERATORS.has(callee) ? kids(field(recv!, 'arguments') ?? recv!)[0] : recv;
  const cb = unwrap(kids(field(e!, 'arguments') ?? e!)[0]);
  const body = cb?.type === 'arrow_function' || cb?.type === 'function_expression' ? field(cb, 'body') : undefined;
  if (body?.type !== 'statement_block' || !unseen(src, args) || text(src!).split(/[^\w$]+/).includes(name)) return false;
  return onlyNarrowsNested(body, name, narrowingFor(src, args));
}

/** `onlyNarrows`; a loop inside that changes the builder is judged the same way (it may run zero times too), so only `for … of`. */
function onlyNarrowsNested(body: N, name: string, narrowing: ReadonlySet<string>): boolean {
  let nested = true;
  visit(body, (x) => {
    if (x !== body && LOOPS.has(x.type) && x.type !== 'for_in_statement') nested = false;
    return undefined;
  });
  return nested && onlyNarrows(body, name, narrowing);
}

/** Whether loop statement `s` only narrows builder `name` over input the code does not show: skipping it is a path. */
export function optionalLoop(s: N, name: string, mutable: boolean, args?: ReadonlyMap<string, N>): boolean {
  if (mutable && optionalForEach(s, name, args)) return true;
  if (!mutable || s.type !== 'for_in_statement' || !/\bof\b/.test(text(s).slice(0, (field(s, 'right')?.start ?? s.start) - s.start))) return false;
  const right = unwrap(field(s, 'right'));
  const fn = right?.type === 'call_expression' ? text(field(right, 'function') ?? right) : '';
  const src = OBJECT_ITERATORS.has(fn) ? kids(field(right!, 'arguments') ?? right!)[0] : right;
  const body = field(s, 'body');
  if (!body || !unseen(src, args) || text(src!).split(/[^\w$]+/).includes(name)) return false;
  return onlyNarrowsNested(body, name, narrowingFor(src, args));
}
