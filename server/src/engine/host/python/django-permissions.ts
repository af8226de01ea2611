/**
 * A DRF permission's `has_object_permission(self, request, view, obj)` reading a foreign key of
 * `obj` (`obj.lead.user_id`): DRF passes the object `get_object()` fetched from the view's
 * queryset, and Django loads the related row on first access with `get()` by its primary key
 * (`SELECT … WHERE leads.id = %s LIMIT 21`), unless the queryset `select_related` it. The model of
 * `obj` is known when every visible view listing the permission in `permission_classes` works on
 * the same model; otherwise (a default permission, views we cannot see) nothing is reported.
 */
import { field, lastName, named, type PyNode, scopeOf, textOf, unparen } from './ast';
import { enclosingClass, stillParameter } from './calls';
import type { DjangoTranslator } from './django';
import type { ResolvedModel } from './models';
import type { ClassInfo } from './summaries';
import { NOWHERE, placed, type PyRun, tableOf, Unknown } from './synth';

/** Views whose `get_object()` runs (DRF's detail mixins and views, or an explicit call). */
const DETAIL = /Retrieve|Update|Destroy|ModelViewSet$/;

/** `obj.<fk>` read in `has_object_permission` (its first read there): the lazy load of the related row. */
export function permissionObjectLoad(tr: DjangoTranslator, n: PyNode): PyRun | undefined {
  const t = tr.t;
  if (n.type !== 'attribute' || !tr.file || n.parent?.type !== 'attribute' || field(n.parent, 'object') !== n) return undefined;
  const obj = unparen(field(n, 'object'));
  if (obj?.type !== 'identifier') return undefined;
  const fn = scopeOf(n);
  if (fn.type !== 'function_definition' || textOf(t, field(fn, 'name')!) !== 'has_object_permission') return undefined;
  const params = named(field(fn, 'parameters')!).map((p) => textOf(t, p));
  const name = textOf(t, obj);
  if (params.length !== 4 || params[3] !== name || !stillParameter(tr.scopes, fn, name, obj)) return undefined;
  const perm = enclosingClass(t, tr.file, n);
  if (!perm || !perm.bases.some((b) => /Permission$/.test(b))) return undefined;
  const fk = textOf(t, field(n, 'attribute')!);
  // Django caches the related row on the instance: only the first read in the method loads it.
  if (firstRead(t, fn, name, fk) !== n) return undefined;
  const model = objectModel(tr, perm, fk);
  const f = model?.fields.get(fk);
  if (!model || !f?.isForeignKey || !f.target) return undefined;
  const decl = tr.ctx.models.classDecl(model.className, tr.file);
  if (!decl || new RegExp(`\\b${fk}\\s*=\\s*models\\.\\w+\\([^)]*\\bto_field\\b`).test(textOf(decl.tree, decl.node))) return undefined;
  const target = tr.ctx.models.model(f.target, decl.file);
  if (!target || target.framework !== 'django') return undefined;
  const query = placed({ framework: 'django', from: { table: tableOf(target), at: NOWHERE }, joins: [], where: [{ k: 'cmp', table: tableOf(target), column: target.pk, op: '=', n: 1 }], primaryKey: target.pk }, { start: n.start, end: n.end });
  return {
    run: { alternatives: [query], shape: { k: 'select', limit: true }, state: 'executed', fix: { host: { framework: 'django', model: target.className } } },
    model: target,
    at: n.start,
    sites: [],
  };
}

/** The first `obj.fk` read in the function (in source order). */
export function firstRead(t: DjangoTranslator['t'], fn: PyNode, obj: string, fk: string): PyNode | undefined {
  let first: PyNode | undefined;
  const visit = (x: PyNode): void => {
    for (const c of x.children) {
      if (first) return;
      if (c.type === 'attribute') {
        const o = field(c, 'object');
        if (o?.type === 'identifier' && textOf(t, o) === obj && textOf(t, field(c, 'attribute')!) === fk) {
          first = c;
          return;
        }
      }
      visit(c);
    }
  };
  visit(field(fn, 'body')!);
  return first;
}

/**
 * The model of the objects the visible views listing `perm` fetch with `get_object()`: one model
 * for all of them, none of whose querysets may load `fk` with the row (`select_related`).
 */
function objectModel(tr: DjangoTranslator, perm: ClassInfo, fk: string): ResolvedModel | undefined {
  const py = tr.ctx.py;
  if (!py.complete) return undefined;
  let model: ResolvedModel | undefined;
  for (const cls of py.classesMentioning(perm.name)) {
    const pc = cls.attrs.get('permission_classes');
    if (!pc) continue;
    const list = unparen(pc);
    if (list?.type !== 'list' && list?.type !== 'tuple') continue;
    if (!named(list).some((x) => lastName(cls.unit.tree, x) === perm.name)) continue;
    const text = textOf(cls.unit.tree, cls.node);
    if (![...py.ancestry(cls)].some((b) => DETAIL.test(b)) && !/\bget_object\(/.test(text)) continue;
    // A queryset that may join the relation, or an object fetched some other way: not followed.
    if (/select_related|prefetch_related/.test(text) || py.method(cls, 'get_object')) return undefined;
    let m: ResolvedModel | undefined;
    try {
      tr.reset();
      const q = tr.viewQueryset(cls, undefined);
      if (q && q.joins.length === 0) m = q.model;
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
    }
    if (!m || (model && model.className !== m.className) || !m.fields.get(fk)) return undefined;
    model = m;
  }
  return model;
}

