/**
 * Django lookups passed as a dict (`filter(**filters)`) or as a `Q` returned by a helper: the
 * dict literal a function builds (`filters = {"user_id": u}`, then `filters["k"] = v`, also
 * under an `if`: one alternative per path), in the evaluating function or in a visible helper
 * that returns it. Any other use of the dict (passed elsewhere, `update()`, a loop) is unknown.
 */
import { callArgs, field, lastName, type PyNode, type PyTree, unparen } from './ast';
import { dictEntries } from './builders';
import { chosenReturn, ternaryArm } from './branches';
import type { DjQuery } from './django-lookups';
import type { DjangoTranslator } from './django';
import type { Pred } from '../../query/model';
import { Unknown } from './synth';
import { parameterDictLookups } from './django-param-dicts';

/** `filter(**d)`: the lookups of the dict `d` stands for (a local dict, or one a visible helper returns). */
export function splatLookups(tr: DjangoTranslator, q: DjQuery, d: PyNode, negate: boolean): Pred[] {
  const u = unparen(d);
  const kw = u ? tr.kwargsOf(u) : undefined;
  if (kw) {
    // The function's own `**kwargs`: what its caller passes.
    kw.tr.pendingJoins = tr.pendingJoins;
    const preds = kw.entries.map((e) => kw.tr.lookup(q, e.key, e.value, negate));
    tr.pendingJoins = kw.tr.pendingJoins;
    if (kw.site) tr.kwargsSites.push(kw.site);
    return preds;
  }
  const fromParameter = parameterDictLookups(tr, q, d, negate);
  if (fromParameter) return fromParameter;
  let at: DjangoTranslator = tr;
  let node: PyNode | undefined = u;
  // `**({"created_at__gt": since} if since else {})`: each arm is a path, unless the caller's arguments decide it.
  if (u?.type === 'conditional_expression') {
    const arm = ternaryArm(u, tr.decider);
    if (!arm) throw new Unknown('**(a if c else b)');
    return splatLookups(tr, q, arm, negate);
  }
  if (u?.type === 'call' && !(field(u, 'function')?.type === 'identifier' && lastName(tr.t, field(u, 'function')) === 'dict')) {
    const c = tr.callee(u);
    // A helper with several returns: each is a path (`chosenReturn`).
    const r = c ? chosenReturn(c.fn) : undefined;
    if (!c || !r) throw new Unknown('**helper()');
    at = c.tr;
    node = r;
  }
  const file = at.file;
  const constant = (name: string): { tree: PyTree; node: PyNode } | undefined => {
    const c = file ? at.py.constant(file, name) : undefined;
    return c ? { tree: c.unit.tree, node: c.value } : undefined;
  };
  const entries = node ? dictEntries(at.t, at.scopes, node, at.decider, constant) : undefined;
  if (!entries) throw new Unknown('filter(**dict) not visible');
  at.pendingJoins = tr.pendingJoins;
  const out = entries.map((e) => at.lookup(q, e.key, e.value, negate));
  tr.pendingJoins = at.pendingJoins;
  return out;
}

/** `filter(company_q(name))`: the `Q` expression a visible helper returns (one per path when it has several returns). */
export function qOfCall(tr: DjangoTranslator, q: DjQuery, call: PyNode, negate: boolean): Pred | undefined {
  const c = tr.callee(call);
  const ret = c ? chosenReturn(c.fn) : undefined;
  if (!c || !ret) return undefined;
  c.tr.pendingJoins = tr.pendingJoins;
  const r = c.tr.qExpr(q, ret, negate);
  tr.pendingJoins = c.tr.pendingJoins;
  return r;
}

/** `extra()` given only `select`/`select_params`/`order_by` (no `where`, `tables`, `params`): computed columns, same rows. */
export function extraOnlySelects(t: PyTree, call: PyNode): boolean {
  const a = callArgs(t, call);
  return !a.splat && a.positional.length === 0 && a.keywords.size > 0 && [...a.keywords.keys()].every((k) => k === 'select' || k === 'select_params' || k === 'order_by');
}
