/**
 * Querysets a class's `@property` / `@cached_property` returns, read as an attribute: `self.emails`
 * in a sibling method (`self.emails.filter(…).first()`), or `profile.emails` on an instance a
 * visible constructor made. Python runs the property's body on each read, so the read stands for
 * the returned queryset and the methods that evaluate it are where it runs. A property read by a
 * method of its own class does not leave the visible code, so it is not judged where it is built.
 */
import { field, type PyNode, type PyTree, resolveVariable, textOf, unparen, walk } from './ast';
import { loopIterable } from './django-relations';
import { instanceOf } from './instances';
import { type ClassInfo, classInfoOf, type FnInfo } from './summaries';
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
  const obj = unparen(field(n, 'object'));
  // An instance a visible constructor made, else a model row loaded where we can see (`check = get_object_or_404(Check, …)`).
  const owner = instanceOf(tr, obj)?.cls ?? rowClass(tr, obj);
  const fn: FnInfo | undefined = owner ? tr.py.method(owner, textOf(tr.t, field(n, 'attribute')!)) : undefined;
  if (!owner || !fn || !isPropertyDef(fn.unit.tree, fn.node)) return undefined;
  return tr.inline(fn, n, { cls: owner });
}

/** The class of the Django model whose row a local holds (a finder's result, a loop's row, a helper's returned row). */
function rowClass(tr: DjangoTranslator, obj: PyNode | undefined): ClassInfo | undefined {
  if (obj?.type !== 'identifier' || textOf(tr.t, obj) === 'self') return undefined;
  // Only a local bound here (parameters and module names are not followed: every attribute read asks).
  const v = unparen(resolveVariable(tr.t, obj, tr.scopes)) ?? loopIterable(tr.t, obj);
  const model = v ? tr.rowModel(v, 0) : undefined;
  const decl = model?.framework === 'django' ? tr.ctx.models.classDecl(model.className, tr.file) : undefined;
  return decl ? classInfoOf({ file: decl.file, tree: decl.tree, base: 0 }, decl.node) : undefined;
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
