/**
 * `self` in a method of a custom manager class (`class LeadManager(models.Manager)`, a maintenance
 * method such as `def delete_stubs(self): for lead in self.filter(…): lead.delete()`): the manager
 * of the one model that declares it, as `Lead.objects` stands for, so the queries the method runs
 * on `self` are judged in the method. A QuerySet method's `self` may carry its caller's filters and
 * is left to the callers; so is a manager reached through a related accessor (`campaign.leads`
 * filters by the foreign key) at some visible call.
 */
import { field, type PyNode, scopeOf, textOf } from './ast';
import type { DjQuery } from './django-lookups';
import type { DjangoTranslator } from './django';
import { enclosingClass, stillParameter } from './calls';
import type { ClassInfo, FnInfo } from './summaries';

/** Base names (as written) of a manager class: `models.Manager`, `BaseManager`, `Manager.from_queryset(QS)`. */
const MANAGER_BASE = /^(?:[\w.]*\.)?(?:Base)?Manager(?:\.from_queryset\([\w.]*\))?$/;

/** Whether a class is a manager: it or a visible base derives from Django's `Manager`. */
function isManager(tr: DjangoTranslator, cls: ClassInfo, depth = 0): boolean {
  for (const b of cls.bases) {
    if (MANAGER_BASE.test(b)) return true;
    const base = depth < 6 ? tr.py.classNamed(cls.unit.file, b) : undefined;
    if (base && base !== cls && isManager(tr, base, depth + 1)) return true;
  }
  return false;
}

/** The one concrete model declaring a manager of class `name`, with the attribute it is bound to. */
function declaringModel(tr: DjangoTranslator, name: string): { model: string; file: string; attr: string } | undefined {
  const found: { model: string; file: string; attr: string }[] = [];
  for (const [cls, decls] of tr.ctx.models.classNames()) {
    for (const d of decls) {
      for (const m of d.managers) if (m.className === name) found.push({ model: cls, file: d.file, attr: m.attr });
    }
  }
  if (found.length !== 1) return undefined;
  const model = tr.ctx.models.model(found[0]!.model, found[0]!.file);
  return model?.framework === 'django' && !model.className.startsWith('Abstract') ? found[0] : undefined;
}

/** Whether some visible call of the method goes through a related accessor of the model (`campaign.leads.m()`). */
function calledThroughRelation(tr: DjangoTranslator, method: string, model: string): boolean {
  for (const c of tr.py.callsOf(method, 16)) {
    const f = field(c.call, 'function');
    const recv = f?.type === 'attribute' ? field(f, 'object') : undefined;
    const accessor = recv?.type === 'attribute' ? textOf(c.tree, field(recv, 'attribute')!) : undefined;
    if (accessor && tr.ctx.models.reverseRelations(accessor, 'accessor').some((r) => r.model === model)) return true;
  }
  return false;
}

/**
 * Whether a method takes nothing but `self` and defaulted parameters: its queries do not depend on
 * what a caller passes, so they are judged where they are written (a method with other parameters
 * is judged at each call, with that call's arguments).
 */
function selfContained(params: PyNode): boolean {
  const list = params.children.filter((c) => c.type !== '(' && c.type !== ')' && c.type !== ',');
  return list.length > 0 && list[0]!.type === 'identifier' && list.slice(1).every((p) => p.type === 'default_parameter' || p.type === 'typed_default_parameter');
}

/** The manager queryset `self` stands for at `id` in a custom manager's method, when that is known. */
export function managerSelf(tr: DjangoTranslator, id: PyNode): DjQuery | undefined {
  const fn = scopeOf(id);
  if (id.type !== 'identifier' || fn.type !== 'function_definition' || !tr.file) return undefined;
  const params = field(fn, 'parameters');
  const first = params?.children.find((c) => c.type === 'identifier');
  const name = textOf(tr.t, id);
  if (!params || !first || textOf(tr.t, first) !== name || fn.parent?.parent?.type !== 'class_definition' || !selfContained(params)) return undefined;
  if (!stillParameter(tr.scopes, fn, name, id)) return undefined;
  const cls = enclosingClass(tr.t, tr.file, id);
  if (!cls || !isManager(tr, cls)) return undefined;
  const decl = declaringModel(tr, cls.name);
  const method = textOf(tr.t, field(fn, 'name')!);
  if (!decl || calledThroughRelation(tr, method, decl.model)) return undefined;
  const model = tr.ctx.models.model(decl.model, decl.file);
  return model ? tr.managerOf(model, id, tr.t, decl.attr, id.end) : undefined;
}

/** Whether a manager method's queries on `self` are judged in the method itself (see `managerSelf`), not at its calls. */
export function judgedInMethod(tr: DjangoTranslator, m: FnInfo): boolean {
  const cls = m.owner;
  const params = field(m.node, 'parameters');
  if (!cls || !params || !selfContained(params) || !isManager(tr, cls)) return false;
  const decl = declaringModel(tr, cls.name);
  return !!decl && !calledThroughRelation(tr, m.name, decl.model);
}
