/**
 * Which model a record-level write (`save()`/`delete()`/`refresh_from_db()`) acts on when the
 * receiver is the model's own instance, and whether the model replaces that method: `self.save()`
 * in a model method writes the row by primary key; `lead.delete()` on a model whose `delete()`
 * tombstones the row (`self.save(update_fields=[…])`, never the parent's `delete()`) sends what the
 * override sends, which is judged inside the override, not at the caller.
 */
import { type PyNode, type PyTree, textOf } from './ast';
import { enclosingClass } from './calls';
import type { ModelIndex, ResolvedModel } from './models';
import { classInfoOf } from './summaries';
import type { PythonIndex } from './workspace';

/** The Django model `self` is in a method of that model's own class (`def complete(self): self.save()`). */
export function selfInstanceModel(index: ModelIndex, t: PyTree, file: string | undefined, obj: PyNode): ResolvedModel | undefined {
  if (!file || obj.type !== 'identifier' || textOf(t, obj) !== 'self') return undefined;
  const cls = enclosingClass(t, file, obj);
  if (!cls) return undefined;
  // Only a method whose first parameter is `self` (not a classmethod/staticmethod).
  const fn = cls.methods.get(methodNameOf(t, obj) ?? '');
  if (!fn || fn.params[0] !== 'self' || (fn.node.parent?.type === 'decorated_definition' && /@(?:class|static)method\b/.test(textOf(t, fn.node.parent)))) return undefined;
  const model = index.model(cls.name, file);
  return model?.framework === 'django' ? model : undefined;
}

/** The name of the function definition holding `n`. */
function methodNameOf(t: PyTree, n: PyNode): string | undefined {
  for (let p: PyNode | null = n.parent; p; p = p.parent) {
    if (p.type === 'function_definition') {
      const name = p.children.find((c) => c.field === 'name');
      return name ? textOf(t, name) : undefined;
    }
  }
  return undefined;
}

/**
 * Whether `model` (or a visible base) overrides `method` without ever calling the parent's
 * (`super().delete()`, `models.Model.delete(self)`): the call then sends only what the override
 * does, and the statements inside the override are judged where they are written.
 */
export function overrideReplaces(py: PythonIndex, index: ModelIndex, model: ResolvedModel, method: string, file: string | undefined): boolean {
  const decl = index.classDecl(model.className, file);
  if (!decl) return false;
  const fn = py.method(classInfoOf({ file: decl.file, tree: decl.tree, base: 0 }, decl.node), method);
  if (!fn) return false;
  const body = textOf(fn.unit.tree, fn.node);
  const parentCall = new RegExp(`\\bsuper\\s*\\([^)]*\\)\\s*\\.\\s*${method}\\s*\\(|\\.\\s*${method}\\s*\\(\\s*self\\b`);
  return !parentCall.test(body);
}
