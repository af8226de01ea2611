/**
 * SQLAlchemy lazy loads: reading a relationship attribute of an instance loaded in view
 * (`lead = session.get(Lead, key)`, `for lead in session.scalars(select(Lead)…)`) sends
 * `SELECT … FROM agent_outputs WHERE agent_outputs.lead_id = %(param)s` — judged where the
 * attribute is read. Only the default `lazy="select"` loading of a relationship whose join
 * columns we can see, on an instance whose statement has no loader option for it.
 */
import { callArgs, field, lastName, parameterDefault, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, tupleItem, unpacked, unparen, walk } from './ast';
import { alternativesOf } from './branches';
import { stillParameter } from './calls';
import { everyReturn, scopesOf } from './summaries';
import type { ModelIndex, ResolvedModel } from './models';
import { relationColumns } from './sqlalchemy-expressions';
import { type SaCtx, SaTranslator } from './sqlalchemy';
import { NOWHERE, placed, type PyRun, type Site, tableOf } from './synth';

export interface Loaded {
  readonly model: ResolvedModel;
  readonly loads?: ReadonlyMap<string, { readonly how: string }>;
  readonly optioned?: boolean;
  /** Where the instance was loaded. */
  readonly node: PyNode;
}

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension']);
const NOT_INSTANCE = new Set(['none', 'list', 'list_comprehension', 'tuple', 'dictionary', 'set', 'string', 'integer']);
const ONE = new Set(['first', 'one', 'one_or_none', 'scalar_one', 'scalar_one_or_none', 'scalar']);

const relationNames = new WeakMap<ModelIndex, { version: number; names: Set<string> }>();

/** Names of SQLAlchemy `relationship()` attributes of every indexed model (cached per index version). */
function relationshipNames(models: ModelIndex): Set<string> {
  const hit = relationNames.get(models);
  if (hit?.version === models.version) return hit.names;
  const names = new Set<string>();
  for (const [, decls] of models.classNames()) for (const d of decls) for (const k of d.relationDecls?.keys() ?? []) names.add(k);
  relationNames.set(models, { version: models.version, names });
  return names;
}

/**
 * What a name holds at a use in tree `t`: an instance loaded in view (a loop variable over loaded
 * rows, a variable bound to one loaded instance, a FastAPI dependency's result), with where it
 * was bound; undefined when not known.
 */
export function instanceResolver(t: PyTree, ctx: SaCtx, tr: SaTranslator, scopes: ScopeIndex): (id: PyNode) => { loaded: Loaded; binding: PyNode } | undefined {
  const { rows, one } = loaders(t, ctx, tr, scopes);
  /** The instance a name holds at a use: a loop variable over loaded rows, or a variable bound to one loaded instance. */
  const instance = (id: PyNode): { loaded: Loaded; binding: PyNode } | undefined => {
    const name = textOf(t, id);
    for (let p: PyNode | null = id.parent; p; p = p.parent) {
      if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') break;
      const clauses = p.type === 'for_statement' ? [p] : COMPREHENSIONS.has(p.type) ? p.children.filter((c) => c.type === 'for_in_clause') : [];
      for (const c of clauses) {
        const left = unparen(field(c, 'left'));
        if (left?.type !== 'identifier' || textOf(t, left) !== name) continue;
        if (c.type === 'for_statement' && !(id.start >= (field(c, 'body')?.start ?? Infinity))) continue;
        const right = field(c, 'right');
        const loaded = rows(right) ?? collection(right);
        return loaded ? { loaded, binding: c } : undefined;
      }
    }
    const v = resolveVariable(t, id, scopes);
    const loaded = v ? (one(v) ?? returnedItem(v)) : undefined;
    if (loaded && v) return { loaded, binding: v };
    const dep = v ? undefined : dependency(id);
    return dep ? { loaded: dep, binding: id } : undefined;
  };
  /** `for ticket in tracker.tickets`: iterating a relationship of a loaded instance yields rows of its target. */
  const collection = (n: PyNode | undefined): Loaded | undefined => {
    const u = unparen(n);
    const obj = u?.type === 'attribute' ? unparen(field(u, 'object')) : undefined;
    if (obj?.type !== 'identifier') return undefined;
    const rel = instance(obj)?.loaded.model.relationDecls?.get(textOf(t, field(u!, 'attribute')!));
    const target = rel && !rel.complex ? ctx.models.model(rel.target, rel.file) : undefined;
    return target?.framework === 'sqlalchemy' ? { model: target, node: u! } : undefined;
  };
  /**
   * `tracker, access = get_tracker(owner, name)`: the element a visible helper returns at that
   * place, when every return that can hold an instance there gives one instance of the same model.
   */
  const returnedItem = (v: PyNode): Loaded | undefined => {
    const u = unpacked(v);
    const callee = u?.from.type === 'call' ? unparen(field(u.from, 'function')) : undefined;
    const c = callee?.type === 'identifier' && tr.file ? ctx.py.resolve(tr.file, textOf(t, callee)) : undefined;
    const rets = c?.kind === 'function' ? everyReturn(c.fn.node) : undefined;
    if (!u || c?.kind !== 'function' || !rets) return undefined;
    const ft = c.fn.unit.tree;
    const fs = scopesOf(ft);
    const l = loaders(ft, ctx, new SaTranslator(ctx, ft, fs, c.fn.unit.file), fs);
    let found: Loaded | undefined;
    for (const r of rets) {
      const item = unparen(tupleItem(r, u.index));
      // `None` or a list (`return [t for t in all if …], None`) has no relationship: reading one means another return gave the instance.
      if (item && NOT_INSTANCE.has(item.type)) continue;
      const one = item?.type === 'identifier' ? l.one(resolveVariable(ft, item, fs)) : l.one(item);
      if (!one || (found && found.model.table !== one.model.table)) return undefined;
      found ??= one;
    }
    return found ? { ...found, node: v } : undefined;
  };
  /** `lead: Lead = Depends(get_lead)` (FastAPI): the instance the visible dependency returns. */
  const dependency = (id: PyNode): Loaded | undefined => {
    const fn = scopeOf(id);
    const name = textOf(t, id);
    if (fn.type !== 'function_definition' || !stillParameter(scopes, fn, name, id)) return undefined;
    const d = unparen(parameterDefault(t, fn, name));
    if (d?.type !== 'call' || lastName(t, field(d, 'function')) !== 'Depends') return undefined;
    const target = unparen(callArgs(t, d).positional[0]);
    const c = target?.type === 'identifier' && tr.file ? ctx.py.resolve(tr.file, textOf(t, target)) : undefined;
    if (c?.kind !== 'function' || !c.fn.returns) return undefined;
    const ft = c.fn.unit.tree;
    const fs = scopesOf(ft);
    const l = loaders(ft, ctx, new SaTranslator(ctx, ft, fs, c.fn.unit.file), fs);
    const r = unparen(c.fn.returns);
    return l.one(r?.type === 'identifier' ? resolveVariable(ft, r, fs) : r);
  };
  return instance;
}

export function lazyLoads(t: PyTree, ctx: SaCtx, tr: SaTranslator, scopes: ScopeIndex): PyRun[] {
  const out: PyRun[] = [];
  const names = relationshipNames(ctx.models);
  if (names.size === 0) return out;
  const seen = new Set<string>();
  const instance = instanceResolver(t, ctx, tr, scopes);
  walk(t.root, (n) => {
    if (n.type !== 'attribute') return;
    const obj = unparen(field(n, 'object'));
    const p = n.parent;
    if (obj?.type !== 'identifier' || ((p?.type === 'assignment' || p?.type === 'augmented_assignment') && field(p, 'left') === n)) return;
    const attr = textOf(t, field(n, 'attribute')!);
    if (!names.has(attr)) return;
    const inst = instance(obj);
    const rel = inst?.loaded.model.relationDecls?.get(attr);
    if (!inst || !rel || rel.complex) return;
    const opt = inst.loaded.loads?.get(attr) ?? inst.loaded.loads?.get('*');
    if (opt || (inst.loaded.optioned && !opt) || (rel.lazy !== undefined && rel.lazy !== 'select')) return;
    const key = `${inst.binding.start}:${attr}`;
    if (seen.has(key)) return;
    seen.add(key);
    const target = ctx.models.model(rel.target, rel.file);
    if (target?.framework !== 'sqlalchemy') return;
    const cols = relationColumns(ctx.models, inst.loaded.model, target, rel);
    if (!cols) return;
    const at = field(n, 'attribute')!;
    const query = placed({ framework: 'sqlalchemy', from: { table: tableOf(target), at: NOWHERE }, joins: [], where: [{ k: 'cmp', table: tableOf(target), column: cols.remote, op: '=', n: 1 }], primaryKey: target.pk }, at);
    const sites: Site[] = [
      { tree: t, node: inst.loaded.node, message: `${inst.loaded.model.className} loaded here; reading .${attr} loads ${target.className} by ${cols.remote}` },
      { tree: rel.tree, node: rel.node, message: `relationship() loads lazily (lazy="select")` },
    ];
    out.push({ run: { alternatives: [query], shape: { k: 'select' }, state: 'executed', fix: { host: { framework: 'sqlalchemy', model: target.className } } }, model: target, sites, at: n.start });
  });
  return out;
}

/** What loads instances in one tree: rows of an executed statement, or one instance. */
function loaders(t: PyTree, ctx: SaCtx, tr: SaTranslator, scopes: ScopeIndex): { rows: (n: PyNode | undefined) => Loaded | undefined; one: (v: PyNode | undefined) => Loaded | undefined } {
  const method = (n: PyNode | undefined): string | undefined => {
    const f = n?.type === 'call' ? field(n, 'function') : undefined;
    return f?.type === 'attribute' ? textOf(t, field(f, 'attribute')!) : undefined;
  };
  const receiver = (n: PyNode): PyNode | undefined => unparen(field(field(n, 'function'), 'object'));
  const awaited = (n: PyNode | undefined): PyNode | undefined => {
    const u = unparen(n);
    return u?.type === 'await' ? unparen(u.children.find((c) => c.named)) : u;
  };
  /** A statement that selects whole instances of one mapped class. */
  const entities = (stmt: PyNode | undefined, at: PyNode, legacy: boolean): Loaded | undefined => {
    // A statement built in `if`/`else` arms (`query_se = …` in each) loads instances when every path selects the same class.
    const qs = stmt ? alternativesOf(() => tr.tryStatement(stmt)) : [];
    const q = qs[0];
    if (!q || qs.some((x) => !x.entitySelect || x.model.table !== q.model.table || (legacy ? x.kind !== 'query' : x.kind !== 'select'))) return undefined;
    // A path with a loader option for the attribute may not load it lazily: the options of every path count.
    const loads = new Map(qs.flatMap((x) => [...(x.loads ?? new Map<string, { how: string }>())]));
    return { model: q.model, ...(loads.size ? { loads } : {}), ...(qs.some((x) => x.optioned) ? { optioned: true } : {}), node: at };
  };
  /** Rows of an executed statement: `session.scalars(stmt).all()`, `session.execute(stmt).scalars()`, `query.all()`. */
  const rows = (n: PyNode | undefined, depth = 0): Loaded | undefined => {
    let u = awaited(n);
    if (!u || depth > 6) return undefined;
    if (u.type === 'identifier') return rows(resolveVariable(t, u, scopes), depth + 1);
    if (u.type !== 'call') return undefined;
    const m = method(u);
    const obj = receiver(u);
    if ((m === 'all' || m === 'unique' || m === 'fetchall') && obj && callArgs(t, u).positional.length === 0) {
      const inner = awaited(obj);
      if (inner?.type === 'call' && method(inner) === 'scalars' && callArgs(t, inner).positional.length === 0) u = inner;
      else if (inner?.type === 'call' && (method(inner) === 'scalars' || method(inner) === 'unique' || method(inner) === 'exec')) return rows(inner, depth + 1);
      else return entities(obj, u, true);
    }
    // SQLModel's `session.exec(select(Lead))` yields instances like `scalars`.
    if (method(u) === 'scalars' || (method(u) === 'exec' && callArgs(t, u).positional[0])) {
      const a = callArgs(t, u).positional;
      if (a[0]) return entities(a[0], u, false);
      const ex = awaited(receiver(u));
      return ex?.type === 'call' && method(ex) === 'execute' ? entities(callArgs(t, ex).positional[0], u, false) : undefined;
    }
    return undefined;
  };
  /** One instance: `session.get(Model, key)`, `session.scalar(stmt)`, `….first()` / `.scalar_one()`. */
  const one = (v: PyNode | undefined): Loaded | undefined => {
    const u = awaited(v);
    if (u?.type !== 'call') return undefined;
    const m = method(u);
    const a = callArgs(t, u);
    if (m === 'get' && a.positional.length === 2 && !a.keywords.size) {
      const cls = unparen(a.positional[0]);
      const model = cls?.type === 'identifier' ? ctx.models.model(textOf(t, cls), tr.file) : undefined;
      return model?.framework === 'sqlalchemy' ? { model, node: u } : undefined;
    }
    if (m === 'scalar' && a.positional[0]) return entities(a.positional[0], u, false);
    if (!m || !ONE.has(m) || a.positional.length) return undefined;
    const obj = awaited(receiver(u));
    if (obj?.type === 'call' && (method(obj) === 'scalars' || method(obj) === 'exec')) return rows(obj);
    if (obj?.type === 'call' && method(obj) === 'execute' && (m === 'scalar_one' || m === 'scalar_one_or_none' || m === 'scalar')) return entities(callArgs(t, obj).positional[0], u, false);
    return obj ? entities(obj, u, true) : undefined;
  };
  return { rows, one };
}
