/**
 * Refinements in a `for` loop (`for word in words: q = q.filter(…)`) are followed as zero or one
 * iteration, except over a local list written out with items (`conditions = [Lead.created_at >=
 * since]`, then `for c in conditions: q = q.filter(c)`): that loop always runs, so its skipped
 * path does not exist and the refinement stays unknown.
 */
import { field, named, type PyNode, type PyTree, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';

const ITEMS = new Set(['list', 'tuple', 'set']);

const byScope = new WeakMap<PyNode, Map<string, boolean>>();

/** A local whose every assignment is a non-empty list, tuple or set written out. */
function filledLocal(t: PyTree, scopes: ScopeIndex, id: PyNode): boolean {
  const assigns = scopes.assignments(scopeOf(id)).get(textOf(t, id));
  return !!assigns?.length && assigns.every((a) => {
    const v = unparen(a.value ?? undefined);
    return !!v && ITEMS.has(v.type) && named(v).some((c) => c.type !== 'comment');
  });
}

/** Whether loops refining `use`'s variable in its function may be followed as possibly skipped. */
export function loopsFollowed(t: PyTree, scopes: ScopeIndex, use: PyNode): boolean {
  const fn = scopeOf(use);
  const name = textOf(t, use);
  let m = byScope.get(fn);
  if (!m) byScope.set(fn, (m = new Map()));
  const hit = m.get(name);
  if (hit !== undefined) return hit;
  let ok = true;
  walk(fn, (n) => {
    if (!ok || n.type !== 'for_statement' || scopeOf(n) !== fn) return;
    const right = unparen(field(n, 'right'));
    if (right?.type !== 'identifier' || !filledLocal(t, scopes, right)) return;
    // The loop assigns the variable: its skipped path is not a real one.
    const body = field(n, 'body');
    if (body && new RegExp(`\\b${name}\\s*=[^=]`).test(textOf(t, body))) ok = false;
  });
  m.set(name, ok);
  return ok;
}
