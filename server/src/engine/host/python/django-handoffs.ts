/**
 * Querysets a Django or DRF class hands to the framework, which evaluates them later:
 * - a related field's `queryset=` (`PrimaryKeyRelatedField(queryset=Campaign.objects.all())`): DRF
 *   validates each submitted id with `queryset.get(pk=…)`; a form's `ModelChoiceField(queryset=…)`
 *   renders every choice; a django-filter `ModelChoiceFilter(queryset=…)` looks the request's value up by primary key;
 * - a syndication feed's `items()` (`Feed`, `ICalFeed`): the feed iterates what it returns.
 */
import { callArgs, field, lastName, type PyNode, type PyTree, textOf, unparen, walk } from './ast';
import type { DjQuery } from './django-lookups';
import { tableOf } from './synth';
import type { PythonIndex } from './workspace';
import { enclosingClass } from './calls';

/** DRF related fields that look a submitted value up by primary key in their `queryset`. */
// django-filter's model filters validate a request's value with `queryset.get(pk=…)` (ModelChoiceField) or
// `queryset.filter(pk__in=…)` (ModelMultipleChoiceField), only when the request sends their parameter.
const BY_PK = new Set(['PrimaryKeyRelatedField', 'HyperlinkedRelatedField', 'ModelChoiceFilter', 'ModelMultipleChoiceFilter']);
/** Django form fields that list every row of their `queryset` as choices. */
const ALL_ROWS = new Set(['ModelChoiceField', 'ModelMultipleChoiceField']);

/** The `queryset=` argument of a related/choice field and how it is read: by primary key or whole. */
export function fieldQueryset(t: PyTree, call: PyNode): { node: PyNode; byPk: boolean } | undefined {
  const name = lastName(t, field(call, 'function')) ?? '';
  if (!BY_PK.has(name) && !ALL_ROWS.has(name)) return undefined;
  const args = callArgs(t, call);
  const qs = args.keywords.get('queryset');
  // `read_only=True` fields never look anything up.
  if (!qs || unparen(qs)?.type === 'none' || textOf(t, args.keywords.get('read_only') ?? call).trim() === 'True') return undefined;
  // Looked up by another field than the primary key: not modelled.
  if (args.keywords.has('to_field_name')) return undefined;
  return { node: qs, byPk: BY_PK.has(name) };
}

/** `queryset.get(pk=…)`: the queryset with a condition on the primary key. */
export function byPrimaryKey(q: DjQuery): DjQuery {
  return { ...q, where: [...q.where, { k: 'cmp', table: tableOf(q.model), column: q.model.pk, op: '=', n: 1 }] };
}

/** The values `items()` of a syndication feed class returns (the feed iterates each), else []. */
export function feedItems(t: PyTree, py: PythonIndex, file: string | undefined, fn: PyNode): PyNode[] {
  const name = field(fn, 'name');
  if (!file || !name || textOf(t, name) !== 'items') return [];
  const cls = enclosingClass(t, file, field(fn, 'body') ?? fn);
  if (!cls || ![...py.ancestry(cls)].some((b) => /^(?:\w*Feed)$/.test(b))) return [];
  const out: PyNode[] = [];
  walk(fn, (n) => {
    if (n.type !== 'return_statement') return;
    // Only this function's own returns, not those of a nested function.
    for (let p: PyNode | null = n.parent; p && p !== fn; p = p.parent) if (p.type === 'function_definition' || p.type === 'lambda') return;
    const v = n.children.find((c) => c.type !== 'return' && c.type !== 'comment');
    if (v) out.push(v);
  });
  return out;
}
