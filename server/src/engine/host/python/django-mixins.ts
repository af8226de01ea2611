/**
 * A mixin (or base) method reading `self.queryset` / `self.model` that only the concrete views
 * set (`class LeadViewSet(DeleteRelationMixin, ModelViewSet): queryset = Lead.objects`): the
 * method runs with each visible subclass that sets it and does not override the method, one
 * path per subclass (a path without the key is reported).
 */
import { type PyNode, scopeOf, textOf } from './ast';
import { choice } from './branches';
import type { ClassInfo, FnInfo } from './summaries';
import type { PythonIndex } from './workspace';

/** Whether a class attribute is written as `None` (set by the subclasses). */
function isNone(cls: ClassInfo, v: PyNode): boolean {
  return textOf(cls.unit.tree, v) === 'None';
}

/** Visible subclasses (up to three levels down) that set `attr`. */
function setters(py: PythonIndex, cls: ClassInfo, attr: string): ClassInfo[] {
  const out: ClassInfo[] = [];
  const visit = (c: ClassInfo, depth: number): void => {
    for (const s of py.subclassesOf(c)) {
      const own = s.attrs.get(attr);
      if (own && !isNone(s, own)) out.push(s);
      else if (depth < 2) visit(s, depth + 1);
    }
  };
  visit(cls, 0);
  return out;
}

/**
 * The class a mixin method runs with on the path being translated, for a read of `self.<attr>` at
 * `use` in a method of `cls` that neither `cls` nor its visible bases set (or set to `None`).
 */
export function subclassOnPath(py: PythonIndex, cls: ClassInfo, attr: string, use: PyNode): ClassInfo | undefined {
  const held = py.classAttr(cls, attr);
  if (held && !isNone(held.cls, held.value)) return undefined;
  const fn = scopeOf(use);
  if (fn.type !== 'function_definition') return undefined;
  const name = textOf(cls.unit.tree, fn.children.find((c) => c.field === 'name')!);
  // (The index holds its own copy of each class: the method is known by its file, class and name.)
  const same = (m: FnInfo | undefined): boolean => m?.unit.file === cls.unit.file && m.owner?.name === cls.name;
  if (!same(cls.methods.get(name))) return undefined;
  // A subclass overriding the method never runs this one.
  // Only views: the framework runs their methods; another class's method is judged at its visible callers.
  const subs = setters(py, cls, attr).filter((s) => same(py.method(s, name)) && [...py.ancestry(s)].some((b) => /(?:View|ViewSet)$/.test(b))).slice(0, 8);
  if (subs.length <= 1) return subs[0];
  const k = choice(cls.node, subs.length);
  return k === undefined ? undefined : subs[k];
}
