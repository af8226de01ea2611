/**
 * Django lookups passed as a dict (`filter(**filters)`) or as a `Q` returned by a helper: the
 * dict literal a function builds (`filters = {"user_id": u}`, then `filters["k"] = v`, also
 * under an `if`: one alternative per path), in the evaluating function or in a visible helper
 * that returns it. Any other use of the dict (passed elsewhere, `update()`, a loop) is unknown.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { ifTaken } from './branches';
import type { DjQuery } from './django-lookups';
import type { DjangoTranslator } from './django';
import type { Pred } from '../../query/model';
import { decodeStringExpr } from './strings';
import { Unknown } from './synth';

type Entry = { readonly key: string; readonly value: PyNode };

function contains(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

function stringKey(t: PyTree, n: PyNode | undefined): string | undefined {
  const d = decodeStringExpr(t, n);
  return d && !d.interpolated ? d.text : undefined;
}

/** A dict literal's entries (`{"k": v}`, `dict(k=v)`), undefined when a key is not a plain string. */
function literalEntries(t: PyTree, n: PyNode): Entry[] | undefined {
  if (n.type === 'dictionary') {
    const out: Entry[] = [];
    for (const p of named(n)) {
      if (p.type !== 'pair') return undefined;
      const key = stringKey(t, field(p, 'key'));
      const value = field(p, 'value');
      if (key === undefined || !value) return undefined;
      out.push({ key, value });
    }
    return out;
  }
  if (n.type === 'call' && lastName(t, field(n, 'function')) === 'dict' && field(n, 'function')?.type === 'identifier') {
    const a = callArgs(t, n);
    if (a.splat || a.positional.length) return undefined;
    return [...a.keywords].map(([key, value]) => ({ key, value }));
  }
  return undefined;
}

/**
 * The entries a dict has at `use`: a literal, or a local variable bound to one and then only
 * given string keys (`d["k"] = v`) in the same block or in the body of an `if` without `else`.
 */
export function dictEntries(t: PyTree, scopes: ScopeIndex, use: PyNode): Entry[] | undefined {
  const u = unparen(use);
  if (!u) return undefined;
  if (u.type !== 'identifier') return literalEntries(t, u);
  // The one plain assignment of the name before the use (`d["k"] = v` also counts as a binding for `ScopeIndex`).
  const name = textOf(t, u);
  const binds: PyNode[] = [];
  walk(scopeOf(u), (x) => {
    const l = x.type === 'assignment' ? field(x, 'left') : undefined;
    if (l?.type === 'identifier' && x.start < u.start && textOf(t, l) === name) binds.push(x);
  });
  const assign = binds.length === 1 ? binds[0]! : undefined;
  const value = assign ? unparen(field(assign, 'right')) : unparen(resolveVariable(t, u, scopes));
  if (!assign || !value || !assign.parent?.parent || !contains(assign.parent.parent, u)) return undefined;
  const out = literalEntries(t, value);
  if (!out) return undefined;
  let unknown = false;
  walk(scopeOf(u), (x) => {
    if (unknown || x.type !== 'identifier' || x === u || x.start < assign.end || x.start > u.start || textOf(t, x) !== name) return;
    if (x.parent?.type === 'attribute' && field(x.parent, 'attribute') === x) return;
    const sub = x.parent;
    const a = sub?.parent;
    const key = sub?.type === 'subscript' && field(sub, 'value') === x ? stringKey(t, field(sub, 'subscript')) : undefined;
    if (key === undefined || a?.type !== 'assignment' || field(a, 'left') !== sub || !field(a, 'right')) {
      unknown = true;
      return;
    }
    const block = a.parent?.parent;
    if (!block) return void (unknown = true);
    if (!contains(block, u)) {
      const ifNode = block.parent;
      if (ifNode?.type !== 'if_statement' || block.field !== 'consequence' || ifNode.children.some((c) => c.field === 'alternative') || !ifNode.parent || !contains(ifNode.parent, u)) return void (unknown = true);
      const taken = ifTaken(ifNode);
      if (taken === undefined) return void (unknown = true);
      if (!taken) return;
    }
    const i = out.findIndex((e) => e.key === key);
    if (i >= 0) out.splice(i, 1);
    out.push({ key, value: field(a, 'right')! });
  });
  return unknown ? undefined : out;
}

/** `filter(**d)`: the lookups of the dict `d` stands for (a local dict, or one a visible helper returns). */
export function splatLookups(tr: DjangoTranslator, q: DjQuery, d: PyNode, negate: boolean): Pred[] {
  const u = unparen(d);
  let at: DjangoTranslator = tr;
  let node: PyNode | undefined = u;
  if (u?.type === 'call' && !(field(u, 'function')?.type === 'identifier' && lastName(tr.t, field(u, 'function')) === 'dict')) {
    const c = tr.callee(u);
    if (!c?.fn.returns) throw new Unknown('**helper()');
    at = c.tr;
    node = c.fn.returns;
  }
  const entries = node ? dictEntries(at.t, at.scopes, node) : undefined;
  if (!entries) throw new Unknown('filter(**dict) not visible');
  at.pendingJoins = tr.pendingJoins;
  const out = entries.map((e) => at.lookup(q, e.key, e.value, negate));
  tr.pendingJoins = at.pendingJoins;
  return out;
}

/** `filter(company_q(name))`: the `Q` expression a visible helper returns. */
export function qOfCall(tr: DjangoTranslator, q: DjQuery, call: PyNode, negate: boolean): Pred | undefined {
  const c = tr.callee(call);
  if (!c?.fn.returns) return undefined;
  c.tr.pendingJoins = tr.pendingJoins;
  const r = c.tr.qExpr(q, c.fn.returns, negate);
  tr.pendingJoins = c.tr.pendingJoins;
  return r;
}
