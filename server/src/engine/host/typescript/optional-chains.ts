/**
 * Optional chaining on a missing value: `options?.include?.includes('outputs')` with `options`
 * undefined (a caller omitting the optional argument) evaluates to `undefined` as a whole, so the
 * branch it guards does not run. Only a chain whose first access after its root is `?.` is known:
 * `options.include?.x` on an undefined `options` throws instead.
 */
import { field, type N } from './ast';

/** The root of a member/call chain and whether the access right after it is optional. */
function rootAccess(u: N): { root: N; optional: boolean } | undefined {
  let cur = u;
  let optional = false;
  for (let i = 0; i < 16; i++) {
    const inner = cur.type === 'member_expression' ? field(cur, 'object') : cur.type === 'call_expression' ? field(cur, 'function') : undefined;
    if (!inner) return cur === u ? undefined : { root: cur, optional };
    if (cur.type === 'member_expression') optional = cur.src.slice(inner.end, field(cur, 'property')?.start ?? cur.end).includes('?.');
    else optional = cur.src.slice(inner.end, field(cur, 'arguments')?.start ?? cur.end).includes('?.');
    cur = inner;
  }
  return undefined;
}

/** Whether chain `u` short-circuits to undefined: its root is nullish (`isNullish`) and read with `?.`. */
export function shortCircuited(u: N, isNullish: (root: N) => boolean): boolean {
  if (u.type !== 'member_expression' && u.type !== 'call_expression') return false;
  const r = rootAccess(u);
  return !!r && r.optional && r.root.type === 'identifier' && isNullish(r.root);
}
