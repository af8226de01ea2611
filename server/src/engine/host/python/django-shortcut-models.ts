/**
 * The model a shortcut (`get_object_or_404(Lead, pk=pk)`, `get_list_or_404(…)`) is given as its
 * first argument: a model class named directly, or a class attribute of the view naming one
 * (`get_object_or_404(self.parent_model, pk=…)` in a generic base view whose subclasses set
 * `parent_model = Lead`). Django's shortcut then queries that model's default manager.
 */
import { field, type PyNode, textOf, unparen } from './ast';
import type { DjangoTranslator } from './django';
import type { DjQuery } from './django-lookups';
import { subclassOnPath } from './django-mixins';
import { modelExpr } from './django-get-model';
import { shortcutArg } from './django-sites';

/** The default-manager query of the model a shortcut's first argument names, else undefined. */
export function shortcutModelQuery(tr: DjangoTranslator, n: PyNode): DjQuery | undefined {
  if (!shortcutArg(tr.t, n)) return undefined;
  // A model named directly, by an alias or through its module (no place to append a filter to: the manager is not written).
  const named = modelExpr(tr.py, tr.ctx.models, tr.t, tr.file, n);
  if (named || n.type === 'identifier') return named ? tr.start(named, n, tr.t, -1) : undefined;
  const obj = n.type === 'attribute' ? unparen(field(n, 'object')) : undefined;
  const cls = obj?.type === 'identifier' ? tr.selfClass(obj) : undefined;
  if (!cls) return undefined;
  const attr = textOf(tr.t, field(n, 'attribute')!);
  // A base view leaving the attribute `None`: the method runs with each view subclass setting it.
  const sub = subclassOnPath(tr.py, cls, attr, n);
  const held = tr.py.classAttr(sub ?? cls, attr);
  const model = held ? modelExpr(tr.py, tr.ctx.models, held.cls.unit.tree, held.cls.unit.file, held.value) : undefined;
  return model ? tr.start(model, n, tr.t, -1) : undefined;
}
