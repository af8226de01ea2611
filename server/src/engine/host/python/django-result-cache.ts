/**
 * A Django queryset caches its rows once fully fetched (`QuerySet._fetch_all` fills
 * `_result_cache`): iterating it, `len()`, `list()`, `bool()` or a truth test. Later iteration,
 * `len()`, `bool()`, an index (`__getitem__`), `count()` and `exists()` on the same object read
 * that cache and send nothing. This finds such a later evaluation of a local variable in
 * straight-line code, so that only the first evaluation is reported.
 */
import { field, named, type PyNode, type PyTree, scopeOf, statementOf, textOf, unparen, walk } from './ast';
import { truthTested } from './truth-tests';
// Each of these calls fetches every row of its first argument (`__iter__`, `__len__` or `__bool__`).
import { EVALUATING_CALLS as FETCHING_CALLS } from './django-sites';
/** Terminal methods that answer from a filled result cache (`count()` is its length, `exists()` its truth). */
const CACHE_READERS = new Set(['count', 'exists']);
/** Methods that empty the queryset's own result cache (`QuerySet.update`/`delete` set `_result_cache = None`). */
const CACHE_CLEARERS = new Set(['update', 'delete']);
/** Parents through which an evaluation always runs when its statement runs (Python evaluates left to right). */
const ALWAYS_RUN = new Set([
  'expression_statement', 'assignment', 'augmented_assignment', 'argument_list', 'call', 'parenthesized_expression',
  'not_operator', 'binary_operator', 'keyword_argument', 'tuple', 'list', 'dictionary', 'pair', 'subscript', 'attribute',
  'return_statement', 'for_statement', 'expression_list',
]);

/**
 * Whether evaluation `n` of `target` (with `terminal`, if a method) reads the result cache that an
 * earlier full fetch of the same local variable filled in the same function.
 */
export function servedFromCache(t: PyTree, n: PyNode, target: PyNode, terminal: { name: string } | undefined): boolean {
  const v = unparen(target);
  if (v?.type !== 'identifier') return false;
  if (terminal && !CACHE_READERS.has(terminal.name)) return false;
  const name = textOf(t, v);
  const fn = scopeOf(v);
  if (fn.type !== 'function_definition') return false;
  const mentions: PyNode[] = [];
  walk(fn, (x) => {
    if (x !== v && x.type === 'identifier' && textOf(t, x) === name && scopeOf(x) === fn) mentions.push(x);
  });
  const spoilers = mentions.filter((x) => rebinds(x) || clearsCache(t, x));
  return mentions.some((m) => m.end <= n.start && fills(t, m) && dominates(m, n) &&
    // Nothing rebinds the variable or empties its cache between the fill and `n`, nor later in a
    // loop around `n` that the fill is outside of (the next iteration would see the new value).
    !spoilers.some((r) => (r.start > m.start && r.start < n.start) || loopAround(r, n, m, fn)));
}

/** Whether the mention `x` of a variable fetches all of its rows. */
function fills(t: PyTree, x: PyNode): boolean {
  let e: PyNode = x;
  while (e.parent?.type === 'parenthesized_expression') e = e.parent;
  const p = e.parent;
  if (!p) return false;
  if ((p.type === 'for_statement' || p.type === 'for_in_clause') && field(p, 'right') === e) return true;
  if (truthTested(e)) return true;
  const call = p.type === 'argument_list' ? p.parent : undefined;
  const f = call?.type === 'call' ? field(call, 'function') : undefined;
  return f?.type === 'identifier' && FETCHING_CALLS.has(textOf(t, f)) && p.children.find((c) => c.named && c.type !== 'comment') === e;
}

/** Whether the mention `x` is bound anew (`x = …`, `for x in …`, `with … as x`, `del x`, `x := …`, `x += …`). */
function rebinds(x: PyNode): boolean {
  for (let c: PyNode = x, p = x.parent; p; c = p, p = p.parent) {
    switch (p.type) {
      case 'assignment':
      case 'augmented_assignment':
      case 'for_statement':
      case 'for_in_clause':
        return field(p, 'left') === c;
      case 'named_expression':
        return field(p, 'name') === c;
      case 'as_pattern_target':
      case 'delete_statement':
      case 'global_statement':
      case 'nonlocal_statement':
        return true;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'parenthesized_expression':
      case 'expression_list':
        continue;
      default:
        return false;
    }
  }
  return false;
}

/** `x.update(…)`, `x.delete()`, `x._result_cache = …`: the queryset's cache is emptied. */
function clearsCache(t: PyTree, x: PyNode): boolean {
  const p = x.parent;
  if (p?.type !== 'attribute' || field(p, 'object') !== x) return false;
  const a = textOf(t, field(p, 'attribute') ?? p);
  return CACHE_CLEARERS.has(a) || a === '_result_cache';
}

/** Whether the fill `x` runs whenever `n` runs, and before it: straight-line code, then nested blocks. */
function dominates(x: PyNode, n: PyNode): boolean {
  const stmt = statementOf(x);
  let e: PyNode = x;
  if (e.parent?.type === 'for_in_clause') {
    // Only a comprehension's first iterable is evaluated at once.
    const comp = e.parent.parent;
    if (!comp || comp.children.find((c) => c.type === 'for_in_clause') !== e.parent) return false;
    e = comp;
  }
  for (; e !== stmt; e = e.parent!) {
    const p = e.parent!;
    if (p.type === 'boolean_operator' && field(p, 'left') === e) continue;
    if (p.type === 'if_statement' || p.type === 'while_statement') {
      if (field(p, 'condition') !== e) return false;
      continue;
    }
    if (p.type === 'for_statement' && field(p, 'right') !== e) return false;
    // A chained comparison (`a < b < len(qs)`) stops at the first false one.
    if (p.type === 'comparison_operator' && named(p).indexOf(e) < 2) continue;
    if (!ALWAYS_RUN.has(p.type)) return false;
  }
  // `n` lies in the block that holds the fill's statement (after it, or inside its body).
  const block = stmt.parent;
  for (let p: PyNode | null = n.parent; p; p = p.parent) if (p === block) return stmt.end <= n.start || (stmt !== statementOf(n) && x.end <= n.start);
  return false;
}

/** Whether a loop of `fn` around `n`, but not around the fill `m`, holds the mention `x`. */
function loopAround(x: PyNode, n: PyNode, m: PyNode, fn: PyNode): boolean {
  const inside = (a: PyNode, p: PyNode): boolean => a.start >= p.start && a.end <= p.end;
  for (let p = n.parent; p && p !== fn; p = p.parent) {
    if ((p.type === 'for_statement' || p.type === 'while_statement') && inside(x, p) && !inside(m, p)) return true;
  }
  return false;
}
