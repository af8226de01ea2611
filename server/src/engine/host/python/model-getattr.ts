/**
 * `deleted_column = getattr(model, "deleted", None)` in a helper that takes the mapped class
 * (`model_query(context, Lead)`): with the caller's class known, the attribute's presence decides
 * `if deleted_column is not None:`. A class whose declarations are all visible and that declares
 * no such name gives the default; a column gives a value that is never `None`. Anything else (a
 * base out of sight, a property or method of that name) stays undecided.
 */
import { callArgs, field, type PyNode, type PyTree, resolveVariable, textOf, unparen } from './ast';
import type { CallSite } from './calls';
import { decodeStringExpr } from './strings';

type Known = { readonly none: boolean; readonly truthy: boolean | undefined } | undefined;

/**
 * What `id` (a local of the inlined helper in tree `t`) holds when it was bound to
 * `getattr(<param>, "<name>", None)`; `argOf` gives the caller's argument for a parameter.
 */
export function getattrOnModel(caller: CallSite, t: PyTree, scopes: CallSite['scopes'], id: PyNode, argOf: (param: PyNode) => PyNode | undefined): Known {
  const v = unparen(resolveVariable(t, id, scopes));
  const f = v?.type === 'call' ? field(v, 'function') : undefined;
  if (!v || f?.type !== 'identifier' || textOf(t, f) !== 'getattr') return undefined;
  const args = callArgs(t, v);
  const [obj, key, dflt] = args.positional;
  if (!obj || !key || args.positional.length !== 3 || args.keywords.size > 0 || unparen(dflt)?.type !== 'none' || unparen(obj)?.type !== 'identifier') return undefined;
  const name = decodeStringExpr(t, key);
  if (!name || name.interpolated) return undefined;
  const a = unparen(argOf(unparen(obj)!));
  if (a?.type !== 'identifier' || !caller.file) return undefined;
  const cls = caller.py.classNamed(caller.file, textOf(caller.t, a));
  const model = cls ? caller.py.models.model(cls.name, cls.unit.file) : undefined;
  if (!model || model.framework !== 'sqlalchemy') return undefined;
  if (model.fields.has(name.text)) return { none: false, truthy: undefined };
  // The same test as a key naming no attribute (sqlalchemy.ts): every base seen, the name declared nowhere.
  if (model.complete && model.fields.size > 0 && !model.nonColumns.has(name.text) && !caller.py.classAttr(cls!, name.text)) return { none: true, truthy: false };
  return undefined;
}
