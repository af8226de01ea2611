/**
 * A DRF viewset's `get_queryset` as a list request runs it: DRF sets `self.detail = False` and
 * `self.action = "list"` before calling it, so `if self.detail:` / `if self.action == "retrieve":`
 * arms are not taken and a `return` inside them is not the list's queryset.
 */
import { field, type PyNode, type PyTree, textOf, unparen } from './ast';
import { choice, type Decide } from './branches';
import { everyReturn, type FnInfo } from './summaries';

/** What a list request decides about a condition on `self.detail` / `self.action`; undefined for anything else. */
function listCondition(t: PyTree, cond: PyNode | undefined): boolean | undefined {
  const c = unparen(cond);
  if (!c) return undefined;
  const text = textOf(t, c).replace(/\s+/g, ' ');
  const neg = /^not (.+)$/.exec(text);
  if (neg) {
    const inner = c.type === 'not_operator' ? listCondition(t, field(c, 'argument')) : undefined;
    return inner === undefined ? undefined : !inner;
  }
  if (text === 'self.detail') return false;
  const cmp = /^self\.action (==|!=) ["'](\w+)["']$/.exec(text);
  if (cmp) return (cmp[2] === 'list') === (cmp[1] === '==');
  const among = /^self\.action (not in|in) [[(]((?:\s*["']\w+["']\s*,?)+)[\])]$/.exec(text);
  if (among) return /["']list["']/.test(among[2]!) === (among[1] === 'in');
  return undefined;
}

/** `Decide` for a view method run by a list request. */
export function listDecide(fn: FnInfo): Decide {
  const t = fn.unit.tree;
  return (ifNode) => listCondition(t, field(ifNode, 'condition'));
}

/** Whether `n` sits in an `if` arm (up to `fn`) that the decision leaves untaken. */
function untaken(n: PyNode, fn: PyNode, decide: Decide): boolean {
  for (let p: PyNode | null = n; p && p !== fn; p = p.parent) {
    const owner = p.parent;
    if (p.type !== 'block' || !owner) continue;
    if (owner.type === 'if_statement' && p.field === 'consequence' && decide(owner) === false) return true;
    if (owner.type === 'else_clause' && owner.parent?.type === 'if_statement' && decide(owner.parent) === true) return true;
  }
  return false;
}

/** The expression `get_queryset` returns to a list request on the path being translated (each live `return` is a path). */
export function listReturn(fn: FnInfo): PyNode | undefined {
  if (fn.returns) return fn.returns;
  const decide = listDecide(fn);
  const live = (everyReturn(fn.node) ?? []).filter((r) => !untaken(r, fn.node, decide));
  if (live.length <= 1) return live[0];
  const k = choice(fn.node, live.length);
  return k === undefined ? undefined : live[k];
}
