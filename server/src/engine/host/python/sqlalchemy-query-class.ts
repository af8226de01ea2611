/**
 * Flask-SQLAlchemy's `query_class`: a model may give `Model.query` its own `Query` subclass,
 * whose methods can override the ORM's terminals (`def delete(self, project, id)` loads one row
 * and calls `session.delete`; `def get(self, project, id)` filters by both). A call of such a
 * method on a query of that model is not the ORM's bulk DELETE or primary-key lookup: its own
 * queries are judged inside the override.
 */
import { field, named, type PyNode, textOf, unparen } from './ast';
import { type CallSite, moduleClass } from './calls';
import type { ClassInfo } from './summaries';

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
