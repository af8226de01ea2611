/**
 * `for lead in Lead.objects.filter(…).prefetch_related("outputs"): … lead.outputs.all()`: Django
 * fills each row's `_prefetched_objects_cache` with one IN query for the whole loop, and the related
 * manager's `get_queryset()` then returns that cached queryset. Iterating `lead.outputs.all()`,
 * `len()`/`list()` of it, `count()` and `exists()` read the cache and send nothing. A refinement
 * (`lead.outputs.filter(…)`), a write (`.delete()`, `.update()`) or a `Prefetch(…, to_attr=…)`
 * (cached on another attribute) still queries.
 */
import { callArgs, field, lastName, type PyNode, type PyTree, textOf, unparen } from './ast';
import type { DjangoTranslator } from './django';
import type { Prefetched } from './django-lookups';

/** Terminal methods that a prefetched queryset answers from its cache. */
const CACHE_READERS = new Set(['count', 'exists']);

/** The relation a prefetch lookup caches on the related manager (`"outputs"`, `Prefetch("outputs")`), undefined with `to_attr`. */
function managerLookup(p: Prefetched): string | undefined {
  const t = p.tree;
  const n = unparen(p.node);
  if (n?.type === 'string') return stringValue(t, n);
  if (n?.type !== 'call' || lastName(t, field(n, 'function')) !== 'Prefetch') return undefined;
  const args = callArgs(t, n);
  if (args.splat || args.keywords.has('to_attr') || args.positional.length > 2) return undefined;
  const lookup = unparen(args.positional[0] ?? args.keywords.get('lookup'));
  return lookup?.type === 'string' ? stringValue(t, lookup) : undefined;
}

function stringValue(t: PyTree, s: PyNode): string | undefined {
  const m = /^[rbuRBU]*(['"])([\w]+)\1$/.exec(textOf(t, s));
  return m?.[2];
}

/** The loop whose target is `name` and that holds `n` (its body, or a comprehension's clauses). */
function bindingLoop(t: PyTree, n: PyNode, name: string): PyNode | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return undefined;
    if (p.type === 'for_statement') {
      const left = field(p, 'left');
      // Only inside the body: the iterable itself is evaluated before the target is bound.
      if (left?.type === 'identifier' && textOf(t, left) === name && n.start >= (field(p, 'body')?.start ?? p.end)) return p;
    }
  }
  return undefined;
}

/** Whether `target` (evaluated with `terminal`) reads a related manager that the loop's `prefetch_related` filled. */
export function servedByPrefetch(tr: DjangoTranslator, target: PyNode, terminal: { name: string } | undefined): boolean {
  if (terminal && !CACHE_READERS.has(terminal.name)) return false;
  let v = unparen(target);
  // `lead.outputs.all()`: the manager's queryset, unrefined.
  if (v?.type === 'call' && callArgs(tr.t, v).positional.length === 0 && callArgs(tr.t, v).keywords.size === 0) {
    const f = field(v, 'function');
    if (f?.type !== 'attribute' || textOf(tr.t, field(f, 'attribute')!) !== 'all') return false;
    v = unparen(field(f, 'object'));
  }
  if (v?.type !== 'attribute') return false;
  const row = unparen(field(v, 'object'));
  if (row?.type !== 'identifier') return false;
  const accessor = textOf(tr.t, field(v, 'attribute')!);
  const loop = bindingLoop(tr.t, target, textOf(tr.t, row));
  const iterable = loop ? field(loop, 'right') : undefined;
  if (!iterable || !assignedOnlyByLoop(tr.t, loop!, textOf(tr.t, row))) return false;
  tr.reset();
  const q = tr.tryQuery(iterable);
  return !!q && !q.none && q.prefetch.some((p) => managerLookup(p) === accessor);
}

/** Whether the loop body never rebinds the loop variable (which would then be another object). */
function assignedOnlyByLoop(t: PyTree, loop: PyNode, name: string): boolean {
  const body = field(loop, 'body');
  if (!body) return false;
  const text = t.src.slice(body.start, body.end);
  return !new RegExp(`(?:^|[^\\w.])${name}\\s*(?:=[^=]|:=)`).test(text);
}
