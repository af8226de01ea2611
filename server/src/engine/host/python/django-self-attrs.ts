/**
 * A view method narrowing the view's own queryset attribute: `self.queryset =
 * self.queryset.filter(user=…)` (under `if`s or not), read later in the same method or by a base
 * method it then calls (`return super().get_queryset()` whose base starts from `self.queryset`).
 * Python looks the attribute up on the instance first, so the assignment the read sees on the path
 * being translated wins over the class attribute.
 */
import { field, type PyNode, resolveVariable, scopeOf, textOf, unparen } from './ast';
import { branchValue } from './branches';
import type { DjangoTranslator } from './django';

/** Stands for "no assignment of this function reaches the read" in `branchValue`. */
const UNSET: PyNode = { type: 'unset', start: 0, end: 0, field: null, named: false, children: [], parent: null };

/**
 * What `self.<attr>` (the attribute node `use`) holds on the path being translated: the
 * expression an assignment in this method (or, when none reaches it, in the caller that inlined
 * this method through `super()`/`self`, before the call) gave it, with the translator to read it
 * in; 'unset' when no visible method assigned it (the class attribute); 'unknown' when an
 * assignment may reach it along a path we do not follow.
 */
export function selfAttrValue(tr: DjangoTranslator, use: PyNode): { tr: DjangoTranslator; node: PyNode } | 'unset' | 'unknown' {
  const key = textOf(tr.t, use);
  const binds = tr.scopes.assignments(scopeOf(use)).get(key);
  if (binds?.some((b) => b.pos <= use.start)) {
    const v = resolveVariable(tr.t, use, tr.scopes) ?? branchValue(tr.t, use, tr.scopes, tr.decider, true, UNSET);
    if (!v) return 'unknown';
    if (v !== UNSET) return { tr, node: v };
  }
  // The method was inlined from another method of the same instance: that method's assignments before the call.
  const caller = tr.callerOfSelf;
  if (!caller) return 'unset';
  const attr = field(use, 'attribute');
  const f = field(caller.call, 'function');
  const recv = f?.type === 'attribute' ? unparen(field(f, 'object')) : undefined;
  if (!attr || !recv || !(/^super\(\s*\)$/.test(textOf(caller.tr.t, recv)) || (recv.type === 'identifier' && textOf(caller.tr.t, recv) === 'self'))) return 'unset';
  const at: PyNode = { type: 'attribute', start: caller.call.start, end: caller.call.start, field: null, named: true, children: [], parent: caller.call.parent };
  return selfAttrAt(caller.tr, `self.${textOf(tr.t, attr)}`, at);
}

/** `selfAttrValue` for a name at a position of another method (the call that inlined the reader). */
function selfAttrAt(tr: DjangoTranslator, key: string, at: PyNode): { tr: DjangoTranslator; node: PyNode } | 'unset' | 'unknown' {
  const binds = (tr.scopes.assignments(scopeOf(at)).get(key) ?? []).filter((b) => b.pos <= at.start);
  const last = binds[binds.length - 1];
  if (!last) return 'unset';
  // The last assignment in a block holding the call: always its value.
  for (let p: PyNode | null = at.parent; p; p = p.parent) if (p === last.stmt.parent) return last.value ? { tr, node: last.value } : 'unknown';
  const v = branchValue(tr.t, at, tr.scopes, tr.decider, true, UNSET, key);
  if (!v) return 'unknown';
  return v === UNSET ? 'unset' : { tr, node: v };
}
