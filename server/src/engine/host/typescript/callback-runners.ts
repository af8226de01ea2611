/**
 * A builder returned from a callback that a visible wrapper runs: `retryRead(() => outputsFor(db,
 * ids))` with `async function retryRead(read) { … return await read(); … }`. Drizzle, knex and
 * Kysely builders are lazy thenables, so the query runs where the wrapper awaits what the callback
 * returns; the callback's return is then an execution of the builder. A wrapper we cannot see, or
 * one that only stores or passes the callback on, leaves the builder unrun (nothing is reported).
 */
import { field, FUNCTION_NODES, kids, text, visit, type N } from './ast';
import { resolvers } from './resolver-stack';

const TRANSPARENT = new Set(['parenthesized_expression', 'as_expression', 'non_null_expression']);

/** Whether `p` (a `return` or an arrow's expression body) returns from a callback that the called wrapper awaits. */
export function returnedToRunner(p: N): boolean {
  let fn: N | null = p;
  while (fn && !FUNCTION_NODES.has(fn.type)) fn = fn.parent;
  if (!fn || (fn.type !== 'arrow_function' && fn.type !== 'function_expression' && fn.type !== 'function')) return false;
  let arg: N = fn;
  while (arg.parent && TRANSPARENT.has(arg.parent.type)) arg = arg.parent;
  const list = arg.parent;
  const call = list?.type === 'arguments' ? list.parent : undefined;
  if (call?.type !== 'call_expression' || !list) return false;
  const at = kids(list).indexOf(arg);
  const callee = field(call, 'function');
  const r = resolvers[resolvers.length - 1];
  if (at < 0 || callee?.type !== 'identifier' || !r) return false;
  const l = r.lookup(text(callee), callee);
  if (l?.kind !== 'function') return false;
  return runsParameter(l.node, at);
}

/** Whether the wrapper calls its parameter `at` and awaits the result (or returns it from an async function). */
function runsParameter(wrapper: N, at: number): boolean {
  const body = field(wrapper, 'body');
  const head = wrapper.src.slice(wrapper.start, body ? body.start : wrapper.end);
  const param = kids(field(wrapper, 'parameters') ?? wrapper)[at];
  const pat = param ? (field(param, 'pattern') ?? param) : undefined;
  if (!body || pat?.type !== 'identifier') return false;
  const name = text(pat);
  const isAsync = /\basync\b/.test(head);
  let runs = false;
  let other = false;
  visit(body, (n) => {
    if (runs && other) return false;
    if (n !== body && FUNCTION_NODES.has(n.type)) return false;
    if (n.type !== 'identifier' || text(n) !== name) return undefined;
    const call = n.parent;
    if (call?.type !== 'call_expression' || n.field !== 'function') {
      // The callback handed on or stored: what happens to it is not visible.
      other = true;
      return undefined;
    }
    let up = call.parent;
    while (up && TRANSPARENT.has(up.type)) up = up.parent;
    if (up?.type === 'await_expression' || (isAsync && (up?.type === 'return_statement' || (up === body && wrapper.type === 'arrow_function')))) runs = true;
    return undefined;
  });
  return runs && !other;
}

/**
 * In the scan, which has no resolver: whether `top` is returned from a callback handed to a named
 * function (`trxWrapper((trx) => Lead.query(trx).patch(…))`), whose body only the index shows; the
 * follow pass judges such a query again, with the wrapper in view.
 */
export function returnedToUnseenWrapper(top: N): boolean {
  if (resolvers.length) return false;
  let p = top.parent;
  let child = top;
  while (p && TRANSPARENT.has(p.type)) {
    child = p;
    p = p.parent;
  }
  if (!p || !(p.type === 'return_statement' || (p.type === 'arrow_function' && child.field === 'body'))) return false;
  let fn: N | null = p;
  while (fn && !FUNCTION_NODES.has(fn.type)) fn = fn.parent;
  if (!fn || (fn.type !== 'arrow_function' && fn.type !== 'function_expression' && fn.type !== 'function')) return false;
  let arg: N = fn;
  while (arg.parent && TRANSPARENT.has(arg.parent.type)) arg = arg.parent;
  const call = arg.parent?.type === 'arguments' ? arg.parent.parent : undefined;
  return call?.type === 'call_expression' && field(call, 'function')?.type === 'identifier';
}
