/**
 * A call spreading a dict its caller wrote as a literal (`kwargs = {"value": v, "session": s}`
 * then `search(**kwargs)`, or `search(**{"value": v})`): Python passes each entry as a keyword
 * argument, so the callee's parameters are bound as if they were written out. Read only when every
 * key is a string literal and nothing in the caller changes the dict (an item assignment, `del`,
 * a mutating method); anything else leaves the spread unknown.
 */
import { callArgs, field, named, type PyNode, type PyTree, resolveVariable, scopeOf, textOf, unparen, walk } from './ast';
import { decodeStringExpr } from './strings';
import { scopesOf } from './summaries';

const MUTATORS = new Set(['update', 'pop', 'popitem', 'setdefault', 'clear', '__setitem__', '__delitem__']);

/** The keyword arguments of `call`, its `**` spreads of literal dicts read out; undefined when a spread is not known. */
export function spreadKeywords(t: PyTree, call: PyNode): Map<string, PyNode> | undefined {
  const list = field(call, 'arguments');
  if (list?.type !== 'argument_list') return undefined;
  const out = new Map(callArgs(t, call).keywords);
  for (const c of named(list)) {
    if (c.type === 'list_splat') return undefined;
    if (c.type !== 'dictionary_splat') continue;
    const entries = literalEntries(t, named(c)[0]);
    if (!entries) return undefined;
    for (const [k, v] of entries) out.set(k, v);
  }
  return out;
}

/** The entries of a dict literal, written at `n` or held by a local bound to one that nothing changes. */
function literalEntries(t: PyTree, n: PyNode | undefined): Map<string, PyNode> | undefined {
  let d = unparen(n);
  if (d?.type === 'identifier') {
    if (mutated(t, d)) return undefined;
    d = unparen(resolveVariable(t, d, scopesOf(t)));
  }
  if (d?.type !== 'dictionary') return undefined;
  const out = new Map<string, PyNode>();
  for (const p of named(d)) {
    if (p.type === 'comment') continue;
    const key = p.type === 'pair' ? decodeStringExpr(t, field(p, 'key')) : undefined;
    const value = p.type === 'pair' ? field(p, 'value') : undefined;
    if (!key || key.interpolated || !value) return undefined;
    out.set(key.text, value);
  }
  return out;
}

/** Whether the function holding `id` changes the dict its name holds (`kwargs["x"] = …`, `del kwargs["x"]`, `kwargs.update(…)`). */
function mutated(t: PyTree, id: PyNode): boolean {
  const name = textOf(t, id);
  const scope = scopeOf(id);
  let found = false;
  walk(scope, (n) => {
    if (found || scopeOf(n) !== scope) return;
    if (n.type === 'subscript') {
      const v = unparen(field(n, 'value'));
      const p = n.parent;
      const written = (p?.type === 'assignment' || p?.type === 'augmented_assignment') && field(p, 'left') === n;
      if (v?.type === 'identifier' && textOf(t, v) === name && (written || p?.type === 'delete_statement' || p?.parent?.type === 'delete_statement')) found = true;
    } else if (n.type === 'call') {
      const f = field(n, 'function');
      const o = f?.type === 'attribute' ? unparen(field(f, 'object')) : undefined;
      if (o?.type === 'identifier' && textOf(t, o) === name && MUTATORS.has(textOf(t, field(f!, 'attribute')!))) found = true;
    }
  });
  return found;
}
