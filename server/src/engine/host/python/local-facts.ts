/**
 * `if` conditions a function's own code decides, whatever the request holds:
 * `from_date = request.query_params.get("from_date", timezone.now() - timedelta(days=90))` then
 * `if from_date is not None:` is always taken. A request's query string, form and headers
 * (`request.query_params`, `request.GET`/`POST`, Flask's `request.args`/`form`) hold strings,
 * never `None`, so `.get(key, default)` with a default that is not `None` never returns `None`.
 */
import { callArgs, field, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen } from './ast';
import type { Decide } from './branches';

const REQUEST_DICT = /(?:^|\.)(?:query_params|GET|POST|args|form|headers|cookies)$/;
const LITERALS = new Set(['string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'list', 'tuple', 'dictionary', 'set']);
/** Calls that return a value (dates, durations, conversions), never `None`. */
const VALUE_CALLS = /(?:^|\.)(?:now|utcnow|today|localdate|localtime|date|datetime|timedelta|str|int|float|list|dict|tuple|set|isoformat)$/;

/** An expression that is never `None`: a literal, a date computation, a conversion. */
function neverNone(t: PyTree, n: PyNode | undefined, depth = 0): boolean {
  const u = unparen(n);
  if (!u || depth > 4) return false;
  if (LITERALS.has(u.type)) return true;
  if (u.type === 'binary_operator') return neverNone(t, field(u, 'left'), depth + 1) && neverNone(t, field(u, 'right'), depth + 1);
  if (u.type === 'call') return VALUE_CALLS.test(textOf(t, field(u, 'function') ?? u));
  return false;
}

/** Whether a local holds `request.<dict>.get(key, default)` with a default that is never `None`. */
function requestValueWithDefault(t: PyTree, scopes: ScopeIndex, id: PyNode): boolean {
  const v = unparen(resolveVariable(t, id, scopes));
  const f = v?.type === 'call' ? field(v, 'function') : undefined;
  if (f?.type !== 'attribute' || textOf(t, field(f, 'attribute')!) !== 'get') return false;
  const o = field(f, 'object');
  if (!o || !REQUEST_DICT.test(textOf(t, o)) || !/\brequest\b/.test(textOf(t, o))) return false;
  const a = callArgs(t, v!);
  const d = a.positional[1] ?? a.keywords.get('default');
  return a.positional.length <= 2 && !a.splat && neverNone(t, d);
}

/** `x is None` / `x is not None` on such a local: decided; anything else undefined. */
export function localDecide(t: PyTree, scopes: ScopeIndex): Decide {
  return (ifNode) => {
    const c = unparen(ifNode.children.find((x) => x.field === 'condition'));
    if (c?.type !== 'comparison_operator') return undefined;
    const [l, r] = named(c);
    if (l?.type !== 'identifier' || r?.type !== 'none') return undefined;
    const op = textOf(t, c).slice(l.end - c.start, r.start - c.start).trim().replace(/\s+/g, ' ');
    if ((op !== 'is' && op !== 'is not') || !requestValueWithDefault(t, scopes, l)) return undefined;
    return op === 'is not';
  };
}
