/**
 * Flask-SQLAlchemy's `query_class`: a model may give `Model.query` its own `Query` subclass,
 * whose methods can override the ORM's terminals (`def delete(self, project, id)` loads one row
 * and calls `session.delete`; `def get(self, project, id)` filters by both). A call of such a
 * method on a query of that model is not the ORM's bulk DELETE or primary-key lookup: its own
 * queries are judged inside the override.
 */
import { field, named, type PyNode, type PyTree, textOf, unparen, walk } from './ast';
import { type CallSite, moduleClass } from './calls';
import type { ClassInfo } from './summaries';
import type { SaQuery, SaTranslator } from './sqlalchemy';

/** The mapped class under a chain of query methods (`Lead.query.filter(…)` → `Lead`), when visible. */
function queryModelClass(s: CallSite, target: PyNode): ClassInfo | undefined {
  let n = unparen(target);
  for (let i = 0; n && i < 20; i++) {
    if (n.type === 'call') n = unparen(field(n, 'function'));
    else if (n.type === 'attribute' && textOf(s.t, field(n, 'attribute')!) === 'query') {
      const o = unparen(field(n, 'object'));
      if (o?.type === 'identifier' && s.file) {
        const r = s.py.resolve(s.file, textOf(s.t, o));
        return r?.kind === 'class' ? r.cls : undefined;
      }
      return o?.type === 'attribute' ? moduleClass(s, o) : undefined;
    } else if (n.type === 'attribute') n = unparen(field(n, 'object'));
    else return undefined;
  }
  return undefined;
}

/** Whether a class body (a nested `Query` subclass) defines a method. */
function definesMethod(t: CallSite['t'], cls: PyNode, method: string): boolean {
  const body = field(cls, 'body');
  return (body ? named(body) : []).some((d) => {
    const f = d.type === 'decorated_definition' ? field(d, 'definition') : d;
    return f?.type === 'function_definition' && textOf(t, field(f, 'name')!) === method;
  });
}

/** Whether `method` called on the query `target` is the model's own `query_class` override. */
export function overriddenByQueryClass(s: CallSite, target: PyNode, method: string): boolean {
  const cls = queryModelClass(s, target);
  const held = cls ? s.py.classAttr(cls, 'query_class') : undefined;
  const v = unparen(held?.value);
  if (!held || v?.type !== 'identifier') return false;
  const name = textOf(held.cls.unit.tree, v);
  // A `Query` subclass nested in the model's body, else a visible class of its module.
  const body = field(held.cls.node, 'body');
  const nested = (body ? named(body) : []).find((d) => d.type === 'class_definition' && textOf(held.cls.unit.tree, field(d, 'name')!) === name);
  if (nested) return definesMethod(held.cls.unit.tree, nested, method);
  const qc = s.py.classNamed(held.cls.unit.file, name);
  return qc !== undefined && s.py.method(qc, method) !== undefined;
}

/**
 * The mapped class whose `query_class` is the class holding `self` (a method of the model's own
 * `Query` subclass, nested in the model's body or declared in its module): there `self` is
 * `Model.query`. Undefined when not exactly one model of the file names that class.
 */
export function queryClassModel(t: PyTree, self: PyNode): string | undefined {
  let fn: PyNode | null = self.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const params = fn ? field(fn, 'parameters') : undefined;
  const first = params ? named(params)[0] : undefined;
  if (!fn || first?.type !== 'identifier' || textOf(t, first) !== textOf(t, self)) return undefined;
  let cls: PyNode | null = fn.parent;
  while (cls && cls.type !== 'class_definition') cls = cls.parent;
  // The method must belong to the class directly (not a function nested in a method).
  if (!cls || cls.type !== 'class_definition' || fn.parent?.parent !== cls && fn.parent?.parent?.parent !== cls) return undefined;
  const name = textOf(t, field(cls, 'name')!);
  const owners: string[] = [];
  walk(t.root, (c) => {
    if (c.type !== 'class_definition' || c === cls) return;
    const body = field(c, 'body');
    for (const s of body ? named(body) : []) {
      const a = s.type === 'expression_statement' ? named(s)[0] : undefined;
      const l = a?.type === 'assignment' ? unparen(field(a, 'left')) : undefined;
      const r = a?.type === 'assignment' ? unparen(field(a, 'right')) : undefined;
      if (l?.type === 'identifier' && textOf(t, l) === 'query_class' && r?.type === 'identifier' && textOf(t, r) === name) owners.push(textOf(t, field(c, 'name')!));
    }
  });
  return owners.length === 1 ? owners[0] : undefined;
}

/** `self` in a method of a model's `query_class`: `Model.query` (a query of the whole entity). */
export function queryClassSelf(tr: SaTranslator, n: PyNode): SaQuery | undefined {
  const owner = textOf(tr.t, n) === 'self' ? queryClassModel(tr.t, n) : undefined;
  const m = owner ? tr.index.model(owner, tr.file) : undefined;
  return m?.framework === 'sqlalchemy' ? { ...tr.start('query', m, n, n.end), entitySelect: true } : undefined;
}
