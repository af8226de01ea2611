/** Subqueries used as values: scalar subqueries (InitPlans) and outer references (SubPlans). */
import type { AstNode } from '../sql/parse';
import { walkAst } from '../sql/walk';
import { strings } from './expr';

/** A scalar subquery `(SELECT …)`, possibly cast. */
export function isScalarSubLink(n: AstNode): boolean {
  let x = n;
  while (x?.TypeCast) x = x.TypeCast.arg;
  return x?.SubLink?.subLinkType === 'EXPR_SUBLINK';
}

/**
 * Whether a subquery qualifies a column with one of `names` that no FROM item inside it defines
 * (an outer reference). Unqualified outer references are not seen: then it answers false.
 */
export function readsOuterName(sub: AstNode, names: readonly string[]): boolean {
  const inner = new Set<string>();
  walkAst(sub, (k, v) => {
    if (k === 'RangeVar' && v) inner.add(String(v.alias?.aliasname ?? v.relname));
    if ((k === 'RangeSubselect' || k === 'RangeFunction') && v?.alias?.aliasname) inner.add(String(v.alias.aliasname));
  });
  let hit = false;
  walkAst(sub, (k, v) => {
    if (hit || k !== 'ColumnRef' || !v) return;
    const f = strings(v.fields);
    if (f.length >= 2 && names.includes(f[f.length - 2]!) && !inner.has(f[f.length - 2]!)) hit = true;
  });
  return hit;
}
