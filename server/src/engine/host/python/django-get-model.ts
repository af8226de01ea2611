/**
 * Models reached through Django's app registry rather than an import: `Lead =
 * apps.get_model("crm", "Lead")` (in model methods that would import in a cycle, and in data
 * migrations, whose `apps` argument is the historical registry), `apps.get_model("crm.Lead")`,
 * `django.apps.apps.get_model(…)`. The name a local (or module-level) variable is bound to by such
 * a call stands for the registered model; a name or label that is not a literal stays unknown.
 */
import { callArgs, field, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import { type CallSite, moduleClass } from './calls';
import { decodeStringExpr } from './strings';
import { scopesOf } from './summaries';
import type { PythonIndex } from './workspace';

/** `models.Lead` (`from crm import models`, `from . import models`): a Django model reached through its module. */
export function moduleModel(s: CallSite, index: ModelIndex, n: PyNode): ResolvedModel | undefined {
  const cls = n.type === 'attribute' ? moduleClass(s, n) : undefined;
  const m = cls ? index.model(cls.name, cls.unit.file) : undefined;
  return m?.framework === 'django' ? m : undefined;
}

/**
 * The Django model a class expression written in `file` names: the class (or an import alias of
 * it), or `models.Lead` through its module (a class attribute `model = models.Lead`, a shortcut's
 * first argument). Undefined for anything else.
 */
export function modelExpr(py: PythonIndex, index: ModelIndex, t: PyTree, file: string | undefined, n: PyNode | undefined): ResolvedModel | undefined {
  const u = unparen(n);
  const m = u?.type === 'identifier' ? index.model(textOf(t, u), file) : u?.type === 'attribute' ? moduleModel({ py, t, file, scopes: scopesOf(t), selfClass: () => undefined }, index, u) : undefined;
  return m?.framework === 'django' ? m : undefined;
}

/** The model an identifier names: a model class, or a variable holding `apps.get_model(…)`. */
export function namedModel(index: ModelIndex, t: PyTree, scopes: ScopeIndex, file: string | undefined, id: PyNode): ResolvedModel | undefined {
  const direct = index.model(textOf(t, id), file);
  if (direct) return direct;
  const v = unparen(resolveVariable(t, id, scopes));
  return v ? registryModel(index, t, v) : undefined;
}

/** `apps.get_model("app", "Model")` / `apps.get_model("app.Model")` (any receiver ending in `apps`): the registered Django model. */
export function registryModel(index: ModelIndex, t: PyTree, call: PyNode): ResolvedModel | undefined {
  if (call.type !== 'call') return undefined;
  const fn = field(call, 'function');
  if (fn?.type !== 'attribute' || textOf(t, field(fn, 'attribute')!) !== 'get_model') return undefined;
  const recv = textOf(t, field(fn, 'object')!);
  if (!/(?:^|\.)apps$/.test(recv)) return undefined;
  const args = callArgs(t, call);
  if (args.splat) return undefined;
  const first = decodeStringExpr(t, args.positional[0] ?? args.keywords.get('app_label'))?.text;
  const second = args.positional[1] ?? args.keywords.get('model_name');
  if (first === undefined) return undefined;
  let app: string | undefined;
  let name: string | undefined;
  if (second) {
    app = first;
    name = decodeStringExpr(t, second)?.text;
  } else {
    const dot = first.indexOf('.');
    if (dot > 0) [app, name] = [first.slice(0, dot), first.slice(dot + 1)];
  }
  if (!app || !name || !/^\w+$/.test(name)) return undefined;
  return index.modelByLabel(app, name);
}
