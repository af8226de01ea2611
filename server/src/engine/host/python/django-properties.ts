/**
 * Querysets a class's `@property` / `@cached_property` returns, read as an attribute: `self.emails`
 * in a sibling method (`self.emails.filter(…).first()`), or `profile.emails` on an instance a
 * visible constructor made. Python runs the property's body on each read, so the read stands for
 * the returned queryset and the methods that evaluate it are where it runs. A property read by a
 * method of its own class does not leave the visible code, so it is not judged where it is built.
 */
import { field, type PyNode, type PyTree, textOf, unparen, walk } from './ast';
import { instanceOf } from './instances';
import type { FnInfo } from './summaries';
import type { DjQuery } from './django-lookups';
import type { DjangoTranslator } from './django';

const PROPERTY = /^\s*@(functools\.)?(property|cached_property)\b/m;

/** Whether a function definition is decorated as a property (`@property`, `@cached_property`). */
export function isPropertyDef(tree: PyTree, fnNode: PyNode): boolean {
  const deco = fnNode.parent?.type === 'decorated_definition' ? fnNode.parent : undefined;
  return !!deco && PROPERTY.test(tree.src.slice(deco.start, fnNode.start));
}

/** `obj.prop` read (not called) where `prop` is a visible property of `obj`'s class: the queryset it returns. */
export function propertyQuery(tr: DjangoTranslator, n: PyNode): DjQuery | undefined {
  const parent = n.parent;
  if (parent?.type === 'call' && field(parent, 'function') === n) return undefined;
  const owner = instanceOf(tr, unparen(field(n, 'object')));
  const fn: FnInfo | undefined = owner ? tr.py.method(owner.cls, textOf(tr.t, field(n, 'attribute')!)) : undefined;
  if (!owner || !fn || !isPropertyDef(fn.unit.tree, fn.node)) return undefined;
  return tr.inline(fn, n, { cls: owner.cls });
}

/** Whether a property is read as `self.<name>` (or `cls`) by a method of the class that declares it. */
export function readBySiblings(tree: PyTree, fnNode: PyNode, name: string): boolean {
  const deco = fnNode.parent?.type === 'decorated_definition' ? fnNode.parent : fnNode;
  const body = deco.parent?.type === 'block' && deco.parent.parent?.type === 'class_definition' ? deco.parent : undefined;
  if (!body) return false;
  let found = false;
  walk(body, (x) => {
    if (found || x.type !== 'attribute' || (x.start >= fnNode.start && x.end <= fnNode.end)) return;
    const o = unparen(field(x, 'object'));
    if (o?.type === 'identifier' && textOf(tree, o) === 'self' && textOf(tree, field(x, 'attribute')!) === name) found = true;
  });
  return found;
}
