/**
 * Django relations and instance writes, the part of `DjangoTranslator` (`django.ts`) that follows
 * foreign keys: related managers (`job.job_events`), `select_related` and `values()` across
 * relations (JOINs), `prefetch_related`/`Prefetch` (a second statement), `Subquery`/`Exists`
 * annotations, and `save()`/`delete()` of a fetched instance (written by primary key).
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, scopeOf, textOf, tupleItem, unpacked, unparen } from './ast';
import type { ModelIndex, ResolvedModel } from './models';
import { DjangoLookups, type DjQuery, innerJoin, sameJoin } from './django-lookups';
import type { Shape } from '../../query/model';
import { NOWHERE, placed, type PyRun, tableOf, Unknown } from './synth';
import { bindArguments, enclosingClass, resolveCallee, stillParameter } from './calls';
import { callsOfFunction } from './function-callers';
import { overrideReplaces, selfInstanceModel } from './django-record-writes';
import { requestAttrModel } from './django-request-attrs';
import { namedModel } from './django-get-model';
import { assignedValues, savedBySerializer, selfAttrAssigned, serializerWrite } from './django-held-records';
import { alternativesOf } from './branches';
import { type ClassInfo, everyReturn, scopesOf } from './summaries';
import type { PythonIndex } from './workspace';
import type { DjCtx } from './django';
import { forwardTarget } from './django-fk-reads';
import { splatFieldNames } from './django-splat-fields';

/**
 * The model class a parameter holds: its annotation (`obj: Lead`), or the `Meta.model` of the
 * serializer whose `get_<field>(self, obj)` method it belongs to (Meta inherited included).
 */
function parameterModel(py: PythonIndex, t: PyTree, file: string | undefined, id: PyNode): string | undefined {
  const fn = scopeOf(id);
  const name = textOf(t, id);
  const params = field(fn, 'parameters');
  if (fn.type !== 'function_definition' || !params || !file || !stillParameter(scopesOf(t), fn, name, id)) return undefined;
  const list = named(params);
  const p = list.find((x) => (x.type === 'identifier' ? textOf(t, x) : x.type === 'typed_parameter' ? textOf(t, named(x)[0]!) : '') === name);
  if (!p) return undefined;
  if (p.type === 'typed_parameter') {
    const ty = field(p, 'type');
    const written = ty ? /^["']?(?:[\w.]*\.)?(\w+)["']?$/.exec(textOf(t, ty))?.[1] : undefined;
    return written && py.models.className(written, file);
  }
  const fname = textOf(t, field(fn, 'name')!);
  const cls = enclosingClass(t, file, id);
  if (!cls || !fname.startsWith('get_') || list.indexOf(p) !== 1) return undefined;
  // The serializer and its visible bases: the first inner `class Meta` naming a model.
  const todo: ClassInfo[] = [cls];
  for (let i = 0; i < todo.length && i < 8; i++) {
    const c = todo[i]!;
    const m = /\bclass\s+Meta\b[^:]*:[\s\S]*?\bmodel\s*=\s*(?:[\w.]*\.)?(\w+)/.exec(textOf(c.unit.tree, c.node));
    if (m && !/\bclass\s+Meta\b[^:]*:[\s\S]*?\bclass\s/.test(m[0])) return py.models.className(m[1]!, c.unit.file);
    if (!c.bases.some((b) => /Serializer$/.test(b))) return undefined;
    for (const b of c.bases) {
      const base = py.classNamed(c.unit.file, b);
      if (base) todo.push(base);
    }
  }
  return undefined;
}

/** Methods that return one model instance. */
export const FETCH_ONE = new Set(['get', 'first', 'last', 'earliest', 'latest']);

export abstract class DjangoRelations extends DjangoLookups {
  protected abstract readonly ctx: DjCtx;
  protected abstract get index(): ModelIndex;
  protected abstract start(model: ResolvedModel, modelNode: PyNode, tree: PyTree, managerEnd: number): DjQuery;
  abstract reset(): void;
  abstract tryQuery(n: PyNode | undefined): DjQuery | undefined;
  protected abstract translatorFor(tree: PyTree, file: string): DjangoRelations;
  abstract managerOf(model: ResolvedModel, obj: PyNode, tree: PyTree, attr: string, end: number): DjQuery | undefined;
  abstract get py(): PythonIndex;
  abstract selfClass(obj: PyNode): ClassInfo | undefined;

  /**
   * `job.job_events` / `lead.agentoutput_set`: the reverse side of exactly one ForeignKey in the
   * index; Django filters the related model by that key column.
   */
  protected relatedManager(n: PyNode, obj: PyNode | undefined, attr: string): DjQuery | undefined {
    if (!obj || obj.type === 'call' || !/^[a-z_][a-z0-9_]*$/.test(attr)) return undefined;
    if (obj.type === 'identifier' && this.file && this.ctx.py.resolve(this.file, textOf(this.t, obj))) return undefined;
    const rels = this.index.reverseRelations(attr, 'accessor');
    if (rels.length === 0) return undefined;
    // Only a receiver that visibly is an instance of the relation's target: named after it
    // (`account`, `current_account`), `self` in that model, or a variable read from its manager
    // (`get_object_or_404(User, …)`). Several relations share the accessor: the receiver picks one.
    const u = unparen(obj);
    if (!u) return undefined;
    const recv = u.type === 'identifier' ? textOf(this.t, u) : u.type === 'attribute' ? textOf(this.t, field(u, 'attribute')!) : '';
    const flat = recv.toLowerCase().replace(/_/g, '');
    const selfModel = recv === 'self' && this.file ? enclosingClass(this.t, this.file, u)?.name.toLowerCase() : undefined;
    const v = u.type === 'identifier' ? resolveVariable(this.t, u, this.scopes) : undefined;
    const typed = u.type === 'identifier' ? (v ? this.fetchedModel(v) : parameterModel(this.ctx.py, this.t, this.file, u)?.toLowerCase()) : requestAttrModel(this.ctx.py, this.index, this.t, u)?.toLowerCase();
    // A row whose model shows in how it was loaded: a loop over a queryset (`for queue in queues:
    // queue.leads…`), `get_object_or_404`, a helper returning one, or a parameter whose callers
    // pass rows of one model (`def report(project): project.leads…`).
    const passed = () => (u.type === 'identifier' && !typed ? this.instanceModel(u, 0)?.className.toLowerCase() : undefined);
    const byName = (extra: string | undefined) => rels.filter((r) => {
      const target = r.field.target?.toLowerCase() ?? '';
      if (!target) return false;
      if (flat === target || flat.endsWith(target) || selfModel === target || typed === target || extra === target) return true;
      return !!v && new RegExp(`\\b${r.field.target}\\b`).test(textOf(this.t, v));
    });
    let matches = byName(undefined);
    if (matches.length === 0) matches = byName(passed());
    if (matches.length !== 1) return undefined;
    const r = matches[0]!;
    const model = this.index.model(r.model, r.file);
    if (!model || model.framework !== 'django') return undefined;
    const nameNode = field(n, 'attribute')!;
    const q = this.start(model, nameNode, this.t, n.end);
    return { ...q, methodClasses: this.defaultManagerMethods(model, nameNode, n.end) ?? q.methodClasses, where: [{ k: 'cmp', table: tableOf(model), column: r.field.column, op: '=', n: 1 }] };
  }

  /**
   * The custom manager/QuerySet classes of the model's default manager (the first one it declares):
   * Django builds a related manager from that manager's class, so `lead.outputs.content()` has its methods.
   */
  private defaultManagerMethods(model: ResolvedModel, at: PyNode, end: number): DjQuery['methodClasses'] | undefined {
    const first = [...model.managers.keys()][0];
    if (first === undefined) return undefined;
    try {
      return this.managerOf(model, at, this.t, first, end)?.methodClasses;
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
  }

  /** `qs.first()` / `qs.get(…)` (a row of a visible queryset): the lower-case name of its model. */
  private fetchedModel(v: PyNode): string | undefined {
    const u = unparen(v);
    const f = u?.type === 'call' ? field(u, 'function') : undefined;
    if (f?.type !== 'attribute' || !FETCH_ONE.has(textOf(this.t, field(f, 'attribute')!))) return undefined;
    const saved = this.pendingJoins;
    try {
      return this.tryQuery(field(f, 'object'))?.model.className.toLowerCase();
    } finally {
      this.pendingJoins = saved;
    }
  }

  /** `Subquery(qs)` / `Exists(qs)` as an annotation: the queryset it runs, when visible. */
  protected subqueryOf(v: PyNode): DjQuery | undefined {
    const u = unparen(v);
    const name = u?.type === 'call' ? lastName(this.t, field(u, 'function')) : undefined;
    if (!u || (name !== 'Subquery' && name !== 'Exists')) return undefined;
    const saved = this.pendingJoins;
    try {
      const inner = this.query(callArgs(this.t, u).positional[0]);
      return inner && !inner.none && inner.prefetch.length === 0 ? inner : undefined;
    } catch (e) {
      // A subquery we cannot see leaves its table unjudged; the outer query still is.
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    } finally {
      this.pendingJoins = saved;
    }
  }

  /**
   * `a.union(b, c)` / `intersection` / `difference`: one statement of several SELECTs, each planned
   * (and pruned) on its own; the other operands are judged like subqueries. An empty operand
   * (`.none()`) changes what Django sends: not modelled.
   */
  protected combined(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    if (args.splat || q.none || q.prefetch.length > 0) throw new Unknown('combined querysets');
    const parts: DjQuery[] = [];
    for (const a of args.positional) {
      const o = this.query(a);
      if (!o || o.none || o.prefetch.length > 0) throw new Unknown('combined queryset not visible');
      parts.push({ ...o, subqueries: undefined }, ...(o.subqueries ?? []));
    }
    return { ...q, subqueries: [...(q.subqueries ?? []), ...parts] };
  }

  /**
   * `select_related("lead")`, `select_related("deal__account")`: a JOIN of each foreign key's
   * table along the path (LEFT OUTER from the first nullable key on, as Django does).
   */
  protected selectRelated(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    if (args.splat) throw new Unknown('select_related(*names)');
    const joins = [...q.joins];
    const joined = new Set(q.joined);
    const selectOnly = new Set(q.selectOnly);
    for (const a of args.positional) {
      const name = this.fieldArg(a);
      if (name === undefined) throw new Unknown('select_related path');
      let model = q.model;
      let outer = false;
      const hops = name.split('__');
      if (hops.length > 4) throw new Unknown('select_related path');
      for (const hop of hops) {
        const f = model.fields.get(hop);
        const target = f?.isForeignKey && f.target ? this.index.model(f.target, this.file) : undefined;
        if (!f || !target || target.framework !== 'django') throw new Unknown(`select_related(${name})`);
        outer ||= f.nullable;
        const clause = innerJoin(model, f.column, target, target.pk, outer ? 'LEFT OUTER' : 'INNER');
        if (!joins.some((j) => sameJoin(j, clause))) {
          if (joined.has(target.table) || target.table === q.model.table) throw new Unknown('the same table joined twice');
          joined.add(target.table);
          joins.push(clause);
          selectOnly.add(clause);
        }
        model = target;
      }
    }
    return { ...q, joins, joined, selectOnly, ...(args.positional.length === 0 ? { relatedAll: true } : {}) };
  }

  /**
   * `values_list("campaign__name")`: the fields named across foreign keys join their tables
   * (LEFT OUTER from the first nullable key on, as Django does).
   */
  protected valuesJoins(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    const names: (string | undefined)[] = args.positional.map((a) => this.fieldArg(a));
    for (const c of args.splat && args.node ? named(args.node) : []) {
      if (c.type !== 'list_splat' && c.type !== 'dictionary_splat') continue;
      const spread = c.type === 'list_splat' ? splatFieldNames(this, c) : undefined;
      if (!spread) throw new Unknown('values(*fields)');
      names.push(...spread);
    }
    let joins = [...q.joins];
    const joined = new Set(q.joined);
    for (const name of names) {
      if (name === undefined) throw new Unknown('values() expression');
      const hops = name.split('__');
      if (hops.length === 1) continue;
      let model = q.model;
      let outer = false;
      for (const hop of hops.slice(0, -1)) {
        const f = model.fields.get(hop);
        const target = f?.isForeignKey && f.target ? this.index.model(f.target, this.file) : undefined;
        if (!f || !target || target.framework !== 'django') throw new Unknown(`values(${name})`);
        outer ||= f.nullable;
        const clause = innerJoin(model, f.column, target, target.pk, outer ? 'LEFT OUTER' : 'INNER');
        // A join a filter already made is reused (Django promotes or keeps it; the table is judged once).
        if (!joins.some((j) => j.k === 'table' && j.table.name === target.table)) {
          if (target.table === q.model.table) throw new Unknown('the same table joined twice');
          joined.add(target.table);
          joins = [...joins, clause];
        }
        model = target;
      }
      if (!this.fieldOf(model, hops[hops.length - 1]!)) throw new Unknown(`values(${name})`);
    }
    return { ...q, joins, joined };
  }

  /**
   * `prefetch_related("outputs")` / `Prefetch("outputs", queryset=...)`: one more query on the
   * related model, by the foreign key (with the `Prefetch` queryset's own conditions).
   */
  protected prefetchRelated(q: DjQuery, call: PyNode): DjQuery {
    const args = callArgs(this.t, call);
    if (args.splat) throw new Unknown('prefetch_related(*names)');
    const prefetch = [...q.prefetch];
    for (const a of args.positional) {
      const obj = this.prefetchObject(a);
      const name = obj ? obj.lookup : this.fieldArg(a);
      if (name === undefined || name.includes('__')) throw new Unknown('prefetch_related path');
      let model: ResolvedModel | undefined;
      let column: string;
      const f = q.model.fields.get(name);
      if (f?.isForeignKey && f.target) {
        model = this.index.model(f.target, this.file);
        column = model?.pk ?? '';
      } else {
        const rels = this.index.reverseRelations(name, 'accessor', q.model.className);
        const r = rels.length === 1 ? rels[0]! : undefined;
        model = r ? this.index.model(r.model, r.file) : undefined;
        column = r?.field.column ?? '';
      }
      if (!model || model.framework !== 'django') throw new Unknown(`prefetch_related(${name})`);
      const inner = obj?.queryset;
      if (inner && (inner.model.table !== model.table || inner.prefetch.length > 0 || inner.none)) throw new Unknown('Prefetch queryset');
      prefetch.push({ model, column, node: a, tree: this.t, ...(inner ? { query: inner } : {}) });
    }
    return { ...q, prefetch };
  }

  /**
   * `annotate(n=Count("outputs"))`: an aggregate over a relation LEFT OUTER JOINs the related table
   * (grouped by the model), so that table is judged too.
   */
  protected aggregateJoin(q: DjQuery, v: PyNode): DjQuery {
    const n = unparen(v);
    if (n?.type !== 'call' || !AGGREGATES.has(lastName(this.t, field(n, 'function')) ?? '')) return q;
    const path = this.fieldArg(callArgs(this.t, n).positional[0]);
    const rel = path?.split('__')[0];
    if (!rel || rel === 'pk' || rel === 'id' || q.model.fields.has(rel) && !q.model.fields.get(rel)!.isForeignKey) return q;
    const f = q.model.fields.get(rel);
    let target: ResolvedModel | undefined;
    let clause;
    if (f?.isForeignKey) {
      target = f.target ? this.index.model(f.target, this.file) : undefined;
      if (target?.framework === 'django') clause = innerJoin(q.model, f.column, target, target.pk, 'LEFT OUTER');
    } else {
      const rels = this.index.reverseRelations(rel, 'query', q.model.className);
      const r = rels.length === 1 ? rels[0]! : undefined;
      target = r ? this.index.model(r.model, r.file) : undefined;
      if (r && target?.framework === 'django') clause = innerJoin(q.model, q.model.pk, target, r.field.column, 'LEFT OUTER');
    }
    if (!target || !clause) {
      if (q.model.complete || q.model.nonColumns.has(rel)) throw new Unknown(`aggregate over ${rel}`);
      return q;
    }
    // Across a relation already joined (a filter on it), Django reuses that join: not modelled.
    if (q.joined.has(target.table) || target.table === q.model.table) throw new Unknown('aggregate over a joined relation');
    return { ...q, joins: [...q.joins, clause], joined: new Set([...q.joined, target.table]) };
  }

  /** `Prefetch("deals", queryset=Deal.objects.filter(...))` → its lookup and translated queryset. */
  private prefetchObject(a: PyNode): { lookup: string | undefined; queryset?: DjQuery } | undefined {
    const u = unparen(a);
    if (u?.type !== 'call' || lastName(this.t, field(u, 'function')) !== 'Prefetch') return undefined;
    const args = callArgs(this.t, u);
    if (args.splat) throw new Unknown('Prefetch(**kwargs)');
    const lookup = this.fieldArg(args.positional[0] ?? args.keywords.get('lookup'));
    const qsNode = args.keywords.get('queryset') ?? args.positional[1];
    if (!qsNode || unparen(qsNode)?.type === 'none') return { lookup };
    const queryset = this.query(qsNode);
    if (!queryset) throw new Unknown('Prefetch queryset not visible');
    return { lookup, queryset };
  }

  /**
   * `lead.save(update_fields=[…])` / `lead.delete()` on an instance fetched in view
   * (`Lead.objects.get(…)`, `.first()`, `get_object_or_404(Lead, …)`): Django writes it by primary
   * key (`UPDATE … WHERE id = %s`, `DELETE … WHERE id IN (%s)`), which no partition key prunes.
   */
  /** Whether a call constructs a visible `ModelForm` subclass. */
  private modelForm(call: PyNode): boolean {
    const f = field(call, 'function');
    const cls = f && this.file ? this.ctx.py.classNamed(this.file, textOf(this.t, f)) : undefined;
    return !!cls && [...this.ctx.py.ancestry(cls)].some((b) => b === 'ModelForm' || b.endsWith('.ModelForm'));
  }

  /** `viewObject` gives the model of an instance a view's own `get_object()` returns (`django-views.ts`). */
  instanceWrite(call: PyNode, viewObject?: (v: PyNode) => ResolvedModel | undefined): PyRun | undefined {
    const t = this.t;
    const fn = field(call, 'function');
    const method = fn?.type === 'attribute' ? textOf(t, field(fn, 'attribute')!) : '';
    const obj = fn?.type === 'attribute' ? unparen(field(fn, 'object')) : undefined;
    if (method !== 'save' && method !== 'delete' && method !== 'refresh_from_db') return undefined;
    // `self.object = self.get_object(); self.object.delete()`: the row the method stored on the view.
    const held = obj?.type === 'attribute' ? selfAttrAssigned(t, obj) : undefined;
    if (obj?.type !== 'identifier' && !held) return undefined;
    // `self.save(update_fields=[…])` in a method of the model itself.
    const own = obj?.type === 'identifier' ? selfInstanceModel(this.index, t, this.file, obj) : undefined;
    if (own) return this.recordWrite(call, own, method, obj!);
    let v = held ?? (unparen(resolveVariable(t, obj!, this.scopes)) ?? loopIterable(t, obj!));
    // `def _set_status(order, status): order.save(…)`: the rows its visible callers pass.
    // `row = None`, then `row = Lead.objects.filter(…).first()` or `row = Lead.objects.create(…)` on different paths: one model's row on each.
    const rows = !v && obj?.type === 'identifier' ? this.rowsOnEveryPath(obj) : undefined;
    if (rows) return this.recordWrite(call, rows.model, method, rows.at);
    if (!v) {
      // `instance` in a DRF view's `perform_destroy`: the row the view's `get_object()` loaded.
      const hooked = obj?.type === 'identifier' ? viewObject?.(obj) : undefined;
      if (hooked) return this.recordWrite(call, hooked, method, obj!);
      const passed = this.parameterInstance(obj!, 0);
      return passed ? this.recordWrite(call, passed, method, obj!) : undefined;
    }
    // `LeadSerializer(lead, data=…).save()`: the instance's `save()` (a serializer without one inserts).
    const ser = method === 'save' && v.type === 'call' ? serializerWrite(this.ctx.py, this.index, t, this.file, v) : undefined;
    if (ser) return ser.model && ser.instance ? this.recordWrite(call, ser.model, method, v, ser.instance) : undefined;
    // `UpdateLeadForm(data, instance=lead).save()`: a ModelForm saves the instance it was given (`commit=False` writes nothing).
    const inst = method === 'save' && v?.type === 'call' && this.modelForm(v) ? unparen(callArgs(t, v).keywords.get('instance')) : undefined;
    if (inst) v = inst.type === 'identifier' ? unparen(resolveVariable(t, inst, this.scopes)) : inst;
    else if (method === 'save' && v?.type === 'call' && this.modelForm(v)) return undefined;
    if (v?.type !== 'call' && v?.type !== 'identifier') return undefined;
    const vf = v.type === 'call' ? field(v, 'function') : undefined;
    let model: ResolvedModel | undefined;
    this.reset();
    // The model of a queryset built on several paths (`if …: qs = qs.filter(…)`): the same on each.
    const modelOf = (x: PyNode | undefined): ResolvedModel | undefined => {
      const ms = alternativesOf(() => this.tryQuery(x)?.model);
      return ms.length > 0 && ms.every((m) => m.table === ms[0]!.table) ? ms[0] : undefined;
    };
    // `for lead in Lead.objects.filter(…): lead.save()`: every row of an evaluated queryset.
    if (v.parent?.type === 'for_statement' && field(v.parent, 'right') === v) model = modelOf(streamed(t, v));
    else if (vf?.type === 'attribute' && FETCH_ONE.has(textOf(t, field(vf, 'attribute')!))) model = modelOf(field(vf, 'object'));
    else if (vf?.type === 'attribute' && textOf(t, field(vf, 'attribute')!) === 'get_object' && viewObject) model = viewObject(v);
    else if (vf?.type === 'identifier' && textOf(t, vf) === 'get_object_or_404') {
      const a0 = unparen(callArgs(t, v).positional[0]);
      model = a0?.type === 'identifier' ? namedModel(this.index, t, this.scopes, this.file, a0) : this.tryQuery(a0)?.model;
    }
    // A row a serializer saved, or one a visible method of this object returns (`self.get_object(pk)`).
    if (!model && vf?.type === 'attribute') model = this.heldRow(v, 0);
    // `ticket = load_ticket(request, pk)` (or `Tickets.load(…)`, `helpers.load_ticket(…)`): the rows a visible helper returns.
    if (!model && vf) model = this.rowModel(v, 0);
    if (!model || model.framework !== 'django') return undefined;
    if (inst) return this.recordWrite(call, model, method, v, inst);
    return this.recordWrite(call, model, method, v);
  }

  /**
   * The model of the rows a function's or method's parameter receives: every visible caller that
   * passes a row we can place (a finder's result, a loop over a queryset, `get_object_or_404`, or a
   * parameter of its own resolved the same way) passes one of the same model, and at least one does.
   */
  parameterInstance(id: PyNode, depth: number): ResolvedModel | undefined {
    const t = this.t;
    const fnNode = scopeOf(id);
    const name = textOf(t, id);
    if (depth > 2 || !this.file || fnNode.type !== 'function_definition' || !stillParameter(this.scopes, fnNode, name, id)) return undefined;
    const calls = callsOfFunction(this.ctx.py, t, this.file, fnNode, 16)?.calls ?? [];
    const found = new Set<ResolvedModel>();
    for (const c of calls) {
      const arg = unparen(bindArguments(c.tree, c.callee.fn, c.call, c.callee.self)?.args.get(name));
      if (arg?.type !== 'identifier' && arg?.type !== 'attribute') continue;
      const inner = this.translatorFor(c.tree, c.file);
      const m = arg.type === 'identifier' ? inner.instanceModel(arg, depth + 1) : inner.rowModel(arg, depth + 1);
      if (m) found.add(m);
    }
    const ms = [...found];
    return ms.length > 0 && ms.every((m) => m.table === ms[0]!.table && m.className === ms[0]!.className) ? ms[0] : undefined;
  }

  /** `request.event` / `self.request.event`: the row a middleware stores there, when every visible assignment fetches one model. */
  private requestRow(v: PyNode): ResolvedModel | undefined {
    const name = requestAttrModel(this.ctx.py, this.index, this.t, v);
    const model = name ? this.index.model(name, this.file) : undefined;
    return model?.framework === 'django' ? model : undefined;
  }

  /** The model of the row a variable holds (a finder's result, a loop over a queryset, a parameter's callers). */
  instanceModel(id: PyNode, depth: number): ResolvedModel | undefined {
    const t = this.t;
    const v = unparen(resolveVariable(t, id, this.scopes)) ?? loopIterable(t, id);
    if (!v) return this.parameterInstance(id, depth);
    return this.rowModel(v, depth);
  }

  /** The model of the row an expression gives: a finder, a loop's row, or a visible helper returning one. */
  rowModel(v: PyNode, depth: number): ResolvedModel | undefined {
    const t = this.t;
    const loop = v.parent?.type === 'for_statement' && field(v.parent, 'right') === v;
    // `check, rw = get_check_for_user(request, code)`: that element of every tuple the visible helper returns.
    const up = unpacked(v);
    if (up) return depth > 2 ? undefined : this.helperRow(up.from, up.index, depth);
    // `event = self.request.event` (a middleware's fetched row), `thread = email.lead` (the row a foreign key of a placed row points at).
    if (v.type === 'attribute') return this.requestRow(v) ?? (depth > 2 ? undefined : forwardTarget(this, this.index, v, depth + 1));
    if (v.type === 'identifier' && !loop) return depth > 2 ? undefined : this.instanceModel(v, depth + 1);
    if (v.type !== 'call' && !loop) return undefined;
    this.reset();
    const vf = field(v, 'function');
    const model = (x: PyNode | undefined): ResolvedModel | undefined => {
      const ms = alternativesOf(() => this.tryQuery(x)?.model);
      return ms.length > 0 && ms.every((m) => m.table === ms[0]!.table) ? ms[0] : undefined;
    };
    // `for queue in queues:` (a local holding a queryset, or a call): a row of that queryset.
    if (loop) return model(streamed(t, v));
    if (vf?.type === 'attribute' && FETCH_ONE.has(textOf(t, field(vf, 'attribute')!))) return model(field(vf, 'object'));
    if (vf?.type === 'identifier' && textOf(t, vf) === 'get_object_or_404') {
      // `get_object_or_404(Lead, …)`, or a queryset (`q = Check.objects.select_related(…)`) the row comes from.
      const a0 = unparen(callArgs(t, v).positional[0]);
      return a0?.type === 'identifier' ? (namedModel(this.index, t, this.scopes, this.file, a0) ?? model(a0)) : a0 ? model(a0) : undefined;
    }
    const held = vf?.type === 'attribute' ? this.heldRow(v, depth) : undefined;
    if (held) return held;
    // `project = get_project(request, pk)`: a visible helper whose returns (one, or one per path) are such rows of one model.
    return depth < 3 ? this.helperRow(v, undefined, depth) : undefined;
  }

  /**
   * What a visible function or method called by `call` returns (element `index` of its tuple, when
   * given), when on every path (each `return`) it is a row of one model: `get_project(…)`,
   * `helpers.get_project(…)`, `Utils.get_project(…)`, `Utils().get_project(…)`.
   */
  private helperRow(call: PyNode, index: number | undefined, depth: number): ResolvedModel | undefined {
    const fn = resolveCallee(this, call)?.fn;
    if (!fn) return undefined;
    const rets = fn.returns ? [fn.returns] : (everyReturn(fn.node) ?? []);
    const inner = this.translatorFor(fn.unit.tree, fn.unit.file);
    const ms = rets.map((r) => unparen(index === undefined ? r : tupleItem(r, index))).map((x) => (x ? inner.rowModel(x, depth + 1) : undefined));
    const m = ms[0];
    return m && ms.every((x) => x && x.table === m.table && x.className === m.className) ? m : undefined;
  }

  /** The model every value assigned to `id` before it is used is a row of (`None` aside), and the first such assignment. */
  private rowsOnEveryPath(id: PyNode): { model: ResolvedModel; at: PyNode } | undefined {
    const values = assignedValues(this.t, id)?.filter((x) => x.type !== 'none');
    if (!values?.length) return undefined;
    const models = values.map((x) => {
      const f = x.type === 'call' ? field(x, 'function') : undefined;
      // `Lead.objects.create(…)` returns the row it inserted; its next `save()` updates it by primary key.
      if (f?.type === 'attribute' && textOf(this.t, field(f, 'attribute')!) === 'create') return this.tryQuery(field(f, 'object'))?.model;
      return this.rowModel(x, 1);
    });
    const m = models[0];
    return m && m.framework === 'django' && models.every((x) => x && x.table === m.table && x.className === m.className) ? { model: m, at: values[0]! } : undefined;
  }

  /** `serializer.save()` of a `ModelSerializer` (its model's row), or `self.m(…)` whose one return is a row. */
  private heldRow(v: PyNode, depth: number): ResolvedModel | undefined {
    const t = this.t;
    const vf = field(v, 'function')!;
    const recv = unparen(field(vf, 'object'));
    const ctor = recv?.type === 'identifier' ? unparen(resolveVariable(t, recv, this.scopes)) : recv;
    const saved = savedBySerializer(this.ctx.py, this.index, t, this.file, v, ctor);
    if (saved) return saved;
    if (recv?.type !== 'identifier' || textOf(t, recv) !== 'self' || depth > 2) return undefined;
    const c = resolveCallee(this, v);
    const ret = c ? unparen(c.fn.returns) : undefined;
    return ret && c ? this.translatorFor(c.fn.unit.tree, c.fn.unit.file).rowModel(ret, depth + 1) : undefined;
  }

  /** The statement `method` of one `model` instance sends (by primary key); `fetched` is where the row came from. */
  private recordWrite(call: PyNode, model: ResolvedModel, method: string, fetched: PyNode, inst?: PyNode): PyRun | undefined {
    const t = this.t;
    const fn = field(call, 'function');
    // A model that replaces the method (a soft `delete()` saving a flag): what the override sends is judged inside it.
    if (method !== 'refresh_from_db' && overrideReplaces(this.ctx.py, this.index, model, method, this.file)) return undefined;
    // A composite primary key (Django 5.2) that holds the partition key is written by all its columns.
    const decl = this.index.classDecl(model.className, this.file);
    if (!decl || /CompositePrimaryKey/.test(textOf(decl.tree, decl.node))) return undefined;
    const args = callArgs(t, call);
    if (args.splat || (inst && args.keywords.has('commit'))) return undefined;
    let shape: Shape;
    if (method === 'delete') shape = { k: 'delete' };
    else if (method === 'refresh_from_db') shape = { k: 'select' };
    else if (inst) shape = { k: 'update', set: undefined };
    else {
      const uf = unparen(args.keywords.get('update_fields'));
      const names = uf && (uf.type === 'list' || uf.type === 'tuple') ? named(uf).map((x) => this.fieldArg(x)) : undefined;
      if (uf && (!names || names.some((x) => x === undefined))) return undefined;
      shape = { k: 'update', set: names ? names.map((x) => this.fieldOf(model, x!)?.column ?? x!) : undefined };
    }
    const at = field(fn!, 'attribute')!;
    const query = placed({ framework: 'django', from: { table: tableOf(model), at: NOWHERE }, joins: [], where: [{ k: 'cmp', table: tableOf(model), column: model.pk, op: method === 'delete' ? 'IN' : '=', n: 1 }], primaryKey: model.pk }, at);
    return {
      run: { alternatives: [query], shape, state: 'executed', fix: { host: { framework: 'django', model: model.className } } },
      model,
      at: call.start,
      sites: [{ tree: t, node: fetched, message: `${model.className} instance ${fetched.type === 'identifier' && textOf(t, fetched) === 'self' ? 'of this method' : 'fetched here'}; ${method}() ${method === 'refresh_from_db' ? 'reads' : 'writes'} it by primary key` }],
    };
  }
}

const AGGREGATES = new Set(['Count', 'Sum', 'Avg', 'Max', 'Min', 'ArrayAgg', 'StringAgg', 'StdDev', 'Variance', 'BoolOr', 'BoolAnd', 'JSONBAgg']);

/** `qs.iterator()` / `qs.iterator(chunk_size=…)` streams the rows of `qs`: the queryset itself. */
export function streamed(t: PyTree, v: PyNode): PyNode {
  const f = v.type === 'call' ? field(v, 'function') : undefined;
  return f?.type === 'attribute' && textOf(t, field(f, 'attribute')!) === 'iterator' ? (field(f, 'object') ?? v) : v;
}

/** The iterable of the `for` loop whose target is `id` and whose body holds it (`for lead in qs:`). */
export function loopIterable(t: PyTree, id: PyNode): PyNode | undefined {
  const name = textOf(t, id);
  for (let p: PyNode | null = id.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return undefined;
    const left = p.type === 'for_statement' ? unparen(field(p, 'left')) : undefined;
    if (left?.type === 'identifier' && textOf(t, left) === name && id.start >= (field(p, 'body')?.start ?? Infinity)) return field(p, 'right');
  }
  return undefined;
}
