/**
 * `if offset: query = query.offset(offset)`: an `if` whose only effect is a refinement that
 * changes no condition (order, page window) leaves the partitions a statement reads as they are.
 * Its two paths are one for pruning, so it is not a choice: taking neither arm keeps the number
 * of paths of a search function with many optional filters within what is translated.
 */
import { field, named, type PyNode, type PyTree, textOf, unparen } from './ast';
import type { Decide } from './branches';

/** Refinements that change neither the FROM nor the WHERE of a statement. */
const NEUTRAL = new Set(['order_by', 'limit', 'offset', 'slice']);

const neutralIfs = new WeakMap<PyNode, boolean>();

/** `x = x.limit(n)` (or a chain of neutral refinements of `x`) assigned to `x`. */
function neutralAssignment(t: PyTree, st: PyNode): boolean {
  const a = st.type === 'expression_statement' ? named(st)[0] : undefined;
  const left = a?.type === 'assignment' ? unparen(field(a, 'left')) : undefined;
  if (left?.type !== 'identifier') return false;
  let v = unparen(field(a!, 'right') ?? undefined);
  let steps = 0;
  while (v?.type === 'call') {
    const f = field(v, 'function');
    if (f?.type !== 'attribute' || !NEUTRAL.has(textOf(t, field(f, 'attribute')!))) return false;
    v = unparen(field(f, 'object'));
    steps++;
  }
  return steps > 0 && v?.type === 'identifier' && textOf(t, v) === textOf(t, left);
}

function isNeutral(t: PyTree, ifNode: PyNode): boolean {
  let r = neutralIfs.get(ifNode);
  if (r === undefined) {
    const body = field(ifNode, 'consequence');
    const stmts = body ? named(body).filter((c) => c.type !== 'comment') : [];
    const plain = !ifNode.children.some((c) => c.type === 'elif_clause' || c.type === 'else_clause');
    neutralIfs.set(ifNode, (r = plain && stmts.length > 0 && stmts.every((s) => neutralAssignment(t, s))));
  }
  return r;
}

/** `decide`, with the `if`s that only order or window the statement not taken. */
export function skippingNeutral(t: PyTree, decide: Decide | undefined): Decide {
  return (ifNode) => decide?.(ifNode) ?? (ifNode.type === 'if_statement' && isNeutral(t, ifNode) ? false : undefined);
}
