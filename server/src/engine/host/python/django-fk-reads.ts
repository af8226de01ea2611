/**
 * Forward foreign-key reads on a row: `email.lead` where `email` came from a visible finder, a
 * loop over a visible queryset or `get_object_or_404`. Django loads the related row on first
 * access with `get()` by its primary key (`SELECT … WHERE leads.id = %s LIMIT 21`), unless the
 * row's queryset `select_related` it; later reads use the cached row. The read is reported at its
 * first occurrence in the function; rows we cannot place (parameters, helpers' results) are left
 * alone. The row read this way has the target's model (`thread = email.lead; thread.outputs…`).
 */
import { callArgs, field, type PyNode, resolveVariable, scopeOf, textOf, unparen } from './ast';
import type { DjangoRelations } from './django-relations';
import { FETCH_ONE, loopIterable, streamed } from './django-relations';
import { firstRead } from './django-permissions';
import type { DjQuery } from './django-lookups';
import type { ModelIndex, ResolvedModel } from './models';
import { alternativesOf } from './branches';
import { NOWHERE, placed, type PyRun, tableOf } from './synth';

/** The model a foreign key `fk` of `model` points at (a plain key to the target's primary key). */
function targetOf(models: ModelIndex, file: string | undefined, model: ResolvedModel, fk: string): ResolvedModel | undefined {
  const f = model.fields.get(fk);
  if (!f?.isForeignKey || !f.target) return undefined;
  const decl = models.classDecl(model.className, file);
  if (!decl || new RegExp(`\\b${fk}\\s*=\\s*models\\.\\w+\\([^)]*\\bto_field\\b`).test(textOf(decl.tree, decl.node))) return undefined;
  const target = models.model(f.target, decl.file);
  return target?.framework === 'django' ? target : undefined;
}

/** `row.fk` (an attribute of a placed row): the model of the row it loads. */
export function forwardTarget(tr: DjangoRelations, models: ModelIndex, v: PyNode, depth: number): ResolvedModel | undefined {
  const obj = unparen(field(v, 'object'));
  if (obj?.type !== 'identifier') return undefined;
  const model = tr.instanceModel(obj, depth);
  return model ? targetOf(models, tr.file, model, textOf(tr.t, field(v, 'attribute')!)) : undefined;
}

/** The queryset a local row was read from: a loop's iterable, a finder's receiver, `get_object_or_404`'s first argument. */
function originOf(tr: DjangoRelations, obj: PyNode): PyNode | undefined {
  const t = tr.t;
  const v = unparen(resolveVariable(t, obj, tr.scopes)) ?? loopIterable(t, obj);
  if (!v) return undefined;
  if (v.parent?.type === 'for_statement' && field(v.parent, 'right') === v) return streamed(t, v);
  const f = v.type === 'call' ? field(v, 'function') : undefined;
  if (f?.type === 'attribute' && FETCH_ONE.has(textOf(t, field(f, 'attribute')!))) return field(f, 'object') ?? undefined;
  if (f?.type === 'identifier' && textOf(t, f) === 'get_object_or_404') return callArgs(t, v!).positional[0];
  return undefined;
}

/** Whether the rows of `q` come with the row `fk` points at (`select_related`, `prefetch_related`). */
function carries(q: DjQuery, target: ResolvedModel): boolean {
  if (q.relatedAll || q.prefetch.some((p) => p.model.table === target.table)) return true;
  return [...(q.selectOnly ?? [])].some((j) => j.k === 'table' && j.table.name === tableOf(target).name);
}

/** `row.fk` read for the first time in its function, on a row loaded from a visible queryset: the lazy load of the related row. */
export function forwardRelationLoad(tr: DjangoRelations, models: ModelIndex, n: PyNode): PyRun | undefined {
  const t = tr.t;
  const obj = unparen(field(n, 'object'));
  if (obj?.type !== 'identifier' || !tr.file || textOf(t, obj) === 'self') return undefined;
  const parent = n.parent;
  // A method call, or the key being set (`row.lead = other` caches the row given).
  if (parent?.type === 'call' && field(parent, 'function') === n) return undefined;
  if ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && field(parent, 'left') === n) return undefined;
  const fn = scopeOf(n);
  if (fn.type !== 'function_definition') return undefined;
  const fk = textOf(t, field(n, 'attribute')!);
  if (firstRead(t, fn, textOf(t, obj), fk) !== n) return undefined;
  const origin = originOf(tr, obj);
  if (!origin) return undefined;
  const qs = alternativesOf(() => {
    tr.reset();
    return tr.tryQuery(origin);
  });
  const model = qs[0]?.model;
  const target = model ? targetOf(models, tr.file, model, fk) : undefined;
  if (!model || !target || qs.some((q) => q.model.table !== model.table || carries(q, target))) return undefined;
  const query = placed({ framework: 'django', from: { table: tableOf(target), at: NOWHERE }, joins: [], where: [{ k: 'cmp', table: tableOf(target), column: target.pk, op: '=', n: 1 }], primaryKey: target.pk }, { start: n.start, end: n.end });
  return {
    run: { alternatives: [query], shape: { k: 'select', limit: true }, state: 'executed', fix: { host: { framework: 'django', model: target.className } } },
    model: target,
    at: n.start,
    sites: [{ tree: t, node: origin, message: `${model.className} rows read here without select_related("${fk}"); ${textOf(t, obj)}.${fk} loads the ${target.className} by primary key` }],
  };
}
