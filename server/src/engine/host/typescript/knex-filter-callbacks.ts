/**
 * A `where` group built by a helper: `where(buildFindFilter(filter))` (Infisical's generic DAL),
 * `where(byFilters(q))`, where the helper returns the callback knex runs on the group's builder
 * (`(bd) => { bd.where(rest); if ($in) …; return bd; }`). The callback's statements are then read
 * path by path, exactly as a callback written in place (`where((qb) => { … })`).
 */
import { field, unwrap, type N } from './ast';
import { functionOf, returnedExpr } from './inline';

const CALLBACKS = new Set(['arrow_function', 'function_expression']);

/** The callback a `where` argument stands for: written in place, or returned by a visible helper's call. */
export function whereCallback(arg: N | undefined): N | undefined {
  const u = unwrap(arg);
  if (!u) return undefined;
  if (CALLBACKS.has(u.type)) return u;
  if (u.type !== 'call_expression') return undefined;
  const helper = functionOf(field(u, 'function'));
  const e = helper ? unwrap(returnedExpr(helper)) : undefined;
  return e && CALLBACKS.has(e.type) ? e : undefined;
}
