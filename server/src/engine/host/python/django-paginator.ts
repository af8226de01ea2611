/**
 * Django's `Paginator(qs, n)` sends nothing when it is built: its `count` (a `SELECT COUNT(*)` of
 * the queryset) runs when the paginator is first asked for a page or a total — `get_page()`,
 * `page()`, `count`, `num_pages`, `page_range` — and the page's slice when the page is read.
 * A queryset handed to a paginator held in a variable is therefore reported where that variable
 * is first asked, in the same function; a chained `Paginator(qs, n).get_page(p)` is one place.
 */
import { callArgs, field, lastName, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';

/** Members of a `Paginator` that run its `count` query. */
const COUNTING = new Set(['get_page', 'page', 'count', 'num_pages', 'page_range']);

/** Where the query handed to `Paginator(…)` (the call `paginator`) first runs; the call itself when not visible. */
export function paginatorRunSite(t: PyTree, paginator: PyNode): PyNode {
  const assign = paginator.parent;
  if (assign?.type !== 'assignment' || field(assign, 'right') !== paginator) return paginator;
  const left = field(assign, 'left');
  if (left?.type !== 'identifier') return paginator;
  const name = textOf(t, left);
  const scope = scopeOf(paginator);
  let first: PyNode | undefined;
  walk(scope, (n) => {
    if (first || n.type !== 'attribute' || n.start < assign.end || scopeOf(n) !== scope) return;
    const obj = field(n, 'object');
    const attr = field(n, 'attribute');
    if (obj?.type !== 'identifier' || textOf(t, obj) !== name || !attr || !COUNTING.has(textOf(t, attr))) return;
    // A method (`get_page(p)`) runs at its call; a property (`count`) where it is read.
    first = n.parent?.type === 'call' && field(n.parent, 'function') === n ? n.parent : n;
  });
  return first ?? paginator;
}

/** Where a call handing a queryset over (`handedOver`) runs it: a paginator's first count, else the call. */
export function handOverSite(t: PyTree, call: PyNode): PyNode {
  return lastName(t, field(call, 'function')) === 'Paginator' ? paginatorRunSite(t, call) : call;
}

/**
 * `paginator.get_page(p)` / `paginator.page(p)` (or `Paginator(qs, n).get_page(p)`): a `Page`, whose
 * rows are a slice of the paginated queryset read when the page is iterated. The queryset's node.
 */
export function pagedQueryset(t: PyTree, scopes: ScopeIndex, call: PyNode): PyNode | undefined {
  const fn = field(call, 'function');
  const attr = fn?.type === 'attribute' ? field(fn, 'attribute') : undefined;
  if (!attr || !['get_page', 'page'].includes(textOf(t, attr))) return undefined;
  let obj = unparen(field(fn!, 'object'));
  if (obj?.type === 'identifier') obj = unparen(resolveVariable(t, obj, scopes));
  if (obj?.type !== 'call' || lastName(t, field(obj, 'function')) !== 'Paginator') return undefined;
  return callArgs(t, obj).positional[0];
}

/**
 * A `Page` handed to a template or serializer: its slice is read there, after the count its
 * `get_page()` ran; the handover is not one more place the queryset runs.
 */
export function isPage(t: PyTree, scopes: ScopeIndex, v: PyNode): boolean {
  let n = unparen(v);
  if (n?.type === 'identifier') n = unparen(resolveVariable(t, n, scopes));
  return n?.type === 'call' && pagedQueryset(t, scopes, n) !== undefined;
}
