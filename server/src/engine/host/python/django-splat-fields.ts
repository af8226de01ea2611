/**
 * Field names spread into `values(*cols)` / `values_list(*cols)` from a list the code shows: a
 * local, a module-level constant (`PythonIndex.constant`) or a class attribute read through
 * `self` (`default_columns = ["id", "created_at"]` on a view). The names only pick the columns
 * (and the joins a `__` path makes); the rows and their WHERE stay the queryset's.
 */
import { field, named, type PyNode, type PyTree, resolveVariable, textOf, unparen } from './ast';
import { decodeStringExpr } from './strings';
import type { CallSite } from './calls';

/** The strings of a list or tuple display, or undefined when an item is anything else. */
function listStrings(t: PyTree, n: PyNode | undefined): string[] | undefined {
  const u = unparen(n);
  if (u?.type !== 'list' && u?.type !== 'tuple') return undefined;
  const out: string[] = [];
  for (const i of named(u)) {
    if (i.type === 'comment') continue;
    const d = decodeStringExpr(t, i);
    if (!d || d.interpolated) return undefined;
    out.push(d.text);
  }
  return out;
}

/** The field names `*x` (a `list_splat` argument) spreads, or undefined when the list is not visible. */
export function splatFieldNames(s: CallSite, splat: PyNode): string[] | undefined {
  const x = unparen(named(splat)[0]);
  if (!x) return undefined;
  if (x.type === 'list' || x.type === 'tuple') return listStrings(s.t, x);
  if (x.type === 'identifier') {
    // A local (or module-level) display, else a constant of this module or one it imports from.
    const v = listStrings(s.t, resolveVariable(s.t, x, s.scopes));
    if (v) return v;
    const c = s.file ? s.py.constant(s.file, textOf(s.t, x)) : undefined;
    return c ? listStrings(c.unit.tree, c.value) : undefined;
  }
  const o = x.type === 'attribute' ? unparen(field(x, 'object')) : undefined;
  const cls = o?.type === 'identifier' ? s.selfClass(o) : undefined;
  const held = cls ? s.py.classAttr(cls, textOf(s.t, field(x, 'attribute')!)) : undefined;
  if (!held) return undefined;
  // `default_columns = COLUMNS`: a constant of the class's module.
  const t = held.cls.unit.tree;
  const v = unparen(held.value);
  const c = v?.type === 'identifier' ? s.py.constant(held.cls.unit.file, textOf(t, v)) : undefined;
  return c ? listStrings(c.unit.tree, c.value) : listStrings(t, v);
}
