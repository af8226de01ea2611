/**
 * `FILTERS.get(show, Lead.objects.all)()` / `VIEWS[kind]()`: a dictionary of bound manager
 * methods written out (`{"done": Lead.objects.done, …}`), one picked by a request parameter and
 * called. Each value (and the `get` default) is one path: that method called without arguments.
 * A `get` without a default may return `None`, which cannot be called: no path.
 */
import { callArgs, field, named, type PyNode, resolveVariable, textOf, unparen } from './ast';
import { choice } from './branches';
import type { DjangoTranslator } from './django';

const calls = new WeakMap<PyNode, PyNode>();

/** `value()` as a node of the same tree (cached, so each path reads the same node). */
function calledWithoutArguments(v: PyNode): PyNode {
  let c = calls.get(v);
  if (!c) {
    const call: PyNode = { type: 'call', start: v.start, end: v.end, field: null, named: true, children: [], parent: v.parent };
    call.children.push({ ...v, field: 'function', parent: call }, { type: 'argument_list', start: v.end, end: v.end, field: 'arguments', named: true, children: [], parent: call });
    calls.set(v, (c = call));
  }
  return c;
}

/** The method call `call` makes on the path being translated; undefined when it is not such a pick. */
export function pickedMethodCall(tr: DjangoTranslator, call: PyNode): PyNode | undefined {
  const own = callArgs(tr.t, call);
  if (own.positional.length || own.keywords.size || own.splat) return undefined;
  const f = unparen(field(call, 'function'));
  let table: PyNode | undefined;
  let fallback: PyNode | undefined;
  if (f?.type === 'subscript') table = unparen(field(f, 'value'));
  else if (f?.type === 'call') {
    const g = unparen(field(f, 'function'));
    const a = callArgs(tr.t, f);
    if (g?.type !== 'attribute' || textOf(tr.t, field(g, 'attribute')!) !== 'get' || a.positional.length !== 2 || a.keywords.size || a.splat) return undefined;
    table = unparen(field(g, 'object'));
    fallback = unparen(a.positional[1]);
  }
  const dict = table?.type === 'identifier' ? unparen(resolveVariable(tr.t, table, tr.scopes)) : undefined;
  if (dict?.type !== 'dictionary') return undefined;
  const values = named(dict).map((p) => (p.type === 'pair' ? unparen(field(p, 'value')) : undefined));
  const options = fallback ? [...values, fallback] : values;
  // Only method references (`Lead.objects.done`): anything else is not a pick of a manager method.
  if (!options.length || options.length > 8 || !options.every((o) => o?.type === 'attribute')) return undefined;
  const k = choice(call, options.length);
  return k === undefined ? undefined : calledWithoutArguments(options[k]!);
}
