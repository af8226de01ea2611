/**
 * Closures: a nested function reads the variables of the function around it, and a callback
 * defined and run by its function (`def thd(conn): …` then `return self.db.pool.do(thd)`) runs
 * with that function's parameters, so its statements are judged with the callers of the function
 * that runs it. A nested function that leaves its function (returned, stored, yielded: a
 * decorator's wrapper, a handler registered for later) runs elsewhere and is not followed.
 */
import { closureUse, field, type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf, walk } from './ast';

/** The function whose variable `name` read at `use` is: its own scope, or the enclosing function a closure reads it from. */
export function bindingScope(index: ScopeIndex, use: PyNode, name: string): PyNode {
  let s = scopeOf(use);
  for (let k = 0; k < 4; k++) {
    const at = closureUse(index, s, name);
    if (!at) return s;
    s = scopeOf(at);
  }
  return s;
}

const runners = new WeakMap<PyNode, PyNode>();

/**
 * The function whose run runs `fn`: `fn` itself, or for a nested function its enclosing function
 * calls or hands to a call (and does not let escape), that function's runner.
 */
export function runningFunction(t: PyTree, fn: PyNode): PyNode {
  let r = runners.get(fn);
  if (!r) runners.set(fn, (r = runner(t, fn, 0)));
  return r;
}

function runner(t: PyTree, fn: PyNode, depth: number): PyNode {
  const nameNode = fn.type === 'function_definition' ? field(fn, 'name') : undefined;
  const def = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const outer = scopeOf(def);
  if (!nameNode || def !== fn || outer.type !== 'function_definition' || depth > 3) return fn;
  const name = textOf(t, nameNode);
  let called = false;
  let escapes = false;
  walk(outer, (n) => {
    if (escapes || n.type !== 'identifier' || n === nameNode || textOf(t, n) !== name || scopeOf(n) !== outer) return;
    const p = n.parent;
    // `thd(conn)`, `pool.do(thd)`, `loop.run_in_executor(None, thd)`: run while the function runs.
    if (p?.type === 'call' && field(p, 'function') === n) called = true;
    else if (p?.type === 'argument_list' && p.parent?.type === 'call') called = true;
    else escapes = true;
  });
  return called && !escapes ? runner(t, outer, depth + 1) : fn;
}
