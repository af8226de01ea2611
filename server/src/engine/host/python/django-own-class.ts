/**
 * `self.__class__.objects` / `type(self).objects` in a model method (an abstract base's
 * `def update(self, **kw): self.__class__.objects.filter(pk=self.pk).update(**kw)`): the manager
 * of the class the instance is. Inlined for a receiver, that receiver's class; in the method
 * itself, the enclosing model when it is concrete, else each visible concrete subclass that does
 * not override the method (one path per subclass, so a subclass without the key is reported).
 */
import { callArgs, field, type PyNode, scopeOf, textOf, unparen } from './ast';
import { choice } from './branches';
import type { DjangoTranslator } from './django';
import type { ResolvedModel } from './models';
import type { ClassInfo, FnInfo } from './summaries';

/** The `self` of `self.__class__` / `type(self)`; undefined for anything else. */
function ownClassOf(tr: DjangoTranslator, obj: PyNode): PyNode | undefined {
  const u = unparen(obj);
  if (u?.type === 'attribute' && textOf(tr.t, field(u, 'attribute')!) === '__class__') return unparen(field(u, 'object'));
  if (u?.type !== 'call' || textOf(tr.t, field(u, 'function')!) !== 'type') return undefined;
  const a = callArgs(tr.t, u);
  return a.positional.length === 1 && !a.splat && a.keywords.size === 0 ? unparen(a.positional[0]) : undefined;
}

function djangoModel(tr: DjangoTranslator, cls: ClassInfo): ResolvedModel | undefined {
  const m = tr.ctx.models.model(cls.name, cls.unit.file);
  return m?.framework === 'django' ? m : undefined;
}

/** Visible concrete model subclasses (up to three levels down) running the method `name` of `cls`. */
function concreteSubclasses(tr: DjangoTranslator, cls: ClassInfo, name: string): ResolvedModel[] {
  const py = tr.ctx.py;
  // (The index holds its own copy of each class: the method is known by its file, class and name.)
  const same = (m: FnInfo | undefined): boolean => m?.unit.file === cls.unit.file && m.owner?.name === cls.name;
  const out: ResolvedModel[] = [];
  const visit = (c: ClassInfo, depth: number): void => {
    for (const s of py.subclassesOf(c)) {
      if (!same(py.method(s, name))) continue;
      const m = djangoModel(tr, s);
      if (m) out.push(m);
      if (depth < 2) visit(s, depth + 1);
    }
  };
  visit(cls, 0);
  return out.slice(0, 8);
}

/** The model whose manager `obj.<manager>` reads on the path being translated, when `obj` is the instance's own class. */
export function ownClassModel(tr: DjangoTranslator, obj: PyNode): ResolvedModel | undefined {
  const self = ownClassOf(tr, obj);
  if (self?.type !== 'identifier' || textOf(tr.t, self) === 'cls') return undefined;
  const cls = tr.selfClass(self);
  if (!cls) return undefined;
  const own = djangoModel(tr, cls);
  const fn = scopeOf(self);
  // A concrete model (the receiver's class when inlined for `lead.update(…)`): that class.
  if (own || fn.type !== 'function_definition') return own;
  const subs = concreteSubclasses(tr, cls, textOf(tr.t, field(fn, 'name')!));
  if (subs.length <= 1) return subs[0];
  const k = choice(obj, subs.length);
  return k === undefined ? undefined : subs[k];
}
