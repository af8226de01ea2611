/**
 * Whether two statements are on mutually exclusive paths: different branches of one `if`/`unless`
 * (`then` and `else`/`elsif`) or different `when`/`else` of one `case`. An instance variable a
 * controller assigns in both (`if params[:lead_id] … @outputs = a … else … @outputs = b`) keeps
 * one value per path: the second assignment does not replace the first.
 */
import type { RNode } from './syntax';

const FORKS = new Set(['if', 'unless', 'case', 'elsif']);
const ARMS = new Set(['then', 'else', 'elsif', 'when']);

export function exclusiveBranches(a: RNode, b: RNode): boolean {
  const up = new Map<RNode, RNode>();
  for (let n: RNode | null = a, prev: RNode | null = null; n; prev = n, n = n.parent) if (prev) up.set(n, prev);
  for (let n: RNode | null = b, prev: RNode | null = null; n; prev = n, n = n.parent) {
    const fromA = up.get(n);
    if (!fromA || !prev) continue;
    // The lowest common ancestor: exclusive when it forks and each statement is in its own arm.
    return fromA !== prev && FORKS.has(n.type) && ARMS.has(fromA.type) && ARMS.has(prev.type);
  }
  return false;
}
