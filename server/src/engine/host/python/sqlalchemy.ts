/**
 * SQLAlchemy statements → the SQL SQLAlchemy compiles for PostgreSQL. Reported when the
 * statement is executed in the visible code: `session.execute(stmt)` / `scalars` / `scalar`,
 * or a legacy `session.query(Model)…` / `Model.query…` ended by `all()`, `first()`, `count()`,
 * `update()`, `delete()`, iteration or `list()`. Statements built by visible functions (in this
 * file or another) are followed into the function that executes them; joined tables are judged
 * too. This file holds `SaTranslator`'s statement building, inlining and eager loading;
 * `sqlalchemy-sites.ts` finds the execution sites, `sqlalchemy-expressions.ts` the conditions and joins.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, tupleItem, unpacked, unparen } from './ast';
import { bindArguments, calleeName, type Ctor, enclosingClass, resolveCallee, stillParameter } from './calls';
import type { ModelIndex, ResolvedModel } from './models';
import { reportAt } from './django-sites';
import type { Pred, QueryModel, Shape } from '../../query/model';
import { branchValue, chosenReturn, type Decide, ternaryArm } from './branches';
import { bindingScope } from './closures';
import { decideByArguments } from './decide';
import { NOWHERE, placed, type PyRun, type Site, tableOf, Unknown } from './synth';
import { type ClassInfo, type FnInfo, everyReturn, paramEvaluations, scopesOf } from './summaries';
import type { PythonIndex } from './workspace';
import { columnSql, SaExpressions } from './sqlalchemy-expressions';
import { EXECUTE, QUERY_TERMINAL } from './sqlalchemy-sites';
import { callerKwargs, extraKeywords, type Kwargs, kwargsFunction } from './kwargs';
import { outsideCondition, returnedClauses } from './sqlalchemy-clauses';
import { builtKwargs, literalKwargs } from './sqlalchemy-kwdicts';
import { applyCriteria, grownStatement, lambdaBody } from './sqlalchemy-lambdas';
import { hybridCondition } from './sqlalchemy-hybrids';
import { relationExists } from './sqlalchemy-relation-exists';
import { relationshipQuery, withParentCondition } from './sqlalchemy-parent-queries';
import { queryClassSelf } from './sqlalchemy-query-class';
import { primaryKeyQuery } from './sqlalchemy-primary-key';
import { skippingNeutral } from './sqlalchemy-neutral';
import { varargsItems, varargsOf } from './sqlalchemy-varargs';
import { emptyValue, NoRun } from './sqlalchemy-no-run';
import { loopsFollowed } from './sqlalchemy-loops';
import { coreTableOf } from './sqlalchemy-held-tables';
import { aliasedModel, clsModel, entityOf, heldModel, moduleModel, wholeEntity } from './sqlalchemy-entities';

import type { Env, SaCtx, SaQuery } from './sqlalchemy-types';

export type { Env, SaCtx, SaQuery } from './sqlalchemy-types';

const PASS = new Set([
  'order_by', 'limit', 'offset', 'options', 'join', 'outerjoin', 'join_from', 'group_by', 'having', 'distinct', 'with_for_update',
  'execution_options', 'returning', 'values', 'add_columns', 'with_only_columns', 'correlate', 'params', 'select_from', 'with_entities',
  'prefix_with', 'suffix_with', 'order_by', 'slice', 'enable_eagerloads', 'populate_existing', 'autoflush', 'execution_options',
  'ordered_values', 'unique', 'set_label_style', 'add_entity', 'from_statement', 'yield_per',
]);

export class SaTranslator extends SaExpressions {
  /** The last `tryStatement` found no statement on the path (the variable holds `[]` or `None` there). */
  noRun = false;

  constructor(
    readonly ctx: SaCtx,
    readonly t: PyTree,
    readonly scopes: ScopeIndex,
    readonly file: string | undefined,
    readonly count = { n: 0 },
    readonly env?: Env,
    readonly stack: ReadonlySet<PyNode> = new Set(),
    /** Set when a statement used a model held by an inlined method's receiver (`self.model`). */
    readonly selfHeld: { v: boolean; ctor?: boolean } = { v: false },
  ) {
    super();
  }

  get index(): ModelIndex {
    return this.ctx.models;
  }

  get py(): PythonIndex {
    return this.ctx.py;
  }

  protected get counter(): number {
    return this.count.n;
  }

  protected set counter(v: number) {
    this.count.n = v;
  }

  /** What the caller's arguments decide about this function's `if`s (when inlined). */
  get decider(): Decide | undefined {
    return this.env?.decide;
  }

  tryStatement(n: PyNode): SaQuery | undefined {
    this.counter = 0;
    this.noRun = false;
    try {
      return this.statement(n);
    } catch (e) {
      this.noRun = e instanceof NoRun;
      if (e instanceof Unknown) return undefined;
      throw e;
    }
  }

  /** A statement started at `node` of this translator's tree. */
  start(kind: SaQuery['kind'], model: ResolvedModel, node: PyNode, appendAt: number): SaQuery {
    return { kind, model, modelNode: node, tree: this.t, steps: [], entities: [], joins: [], where: [], appendAt, complete: true };
  }

  /** The class `self` stands for: the receiver's class when inlined, else the enclosing class. */
  selfClass(obj: PyNode): ClassInfo | undefined {
    const name = textOf(this.t, obj);
    if (this.env && name === this.env.selfName && scopeOf(obj) === this.env.fn) return this.env.selfClass;
    if ((name !== 'self' && name !== 'cls') || !this.file) return undefined;
    return enclosingClass(this.t, this.file, obj);
  }

  private fromEnv(n: PyNode): SaQuery | undefined {
    const env = this.env;
    const name = textOf(this.t, n);
    if (!env || bindingScope(this.scopes, n, name) !== env.fn) return undefined;
    if (!stillParameter(this.scopes, env.fn, name, n)) return undefined;
    const q = env.args.get(name)?.();
    if (q) env.used.v = true;
    return q;
  }

  /** The function's parameters bound to the call's arguments; `spread`: `**` parts of the call are known to go to `**kwargs`. */
  bind(fn: FnInfo, call: PyNode, self: { cls: ClassInfo; unbound?: boolean; ctor?: Ctor } | undefined, used: { v: boolean }, spread = false): Env | undefined {
    const b = bindArguments(this.t, fn, call, self, spread);
    if (!b) return undefined;
    const args = new Map<string, () => SaQuery | undefined>();
    const argNodes = new Map<string, { tree: PyTree; node: PyNode; tr: SaTranslator }>();
    for (const [k, v] of b.args) {
      args.set(k, () => this.statement(v));
      argNodes.set(k, { tree: this.t, node: v, tr: this });
    }
    const entries = extraKeywords(this.t, fn, call);
    // The receiver's class is exact when the call names it (`LeadDAO.find(…)`), made it, or passes
    // on an exact one (`cls._query()` inside it); `cls` of the enclosing class may be a subclass.
    const exactSelf = self !== undefined && (self.unbound === true || self.ctor !== undefined || (this.env?.exactSelf === true && this.env.selfClass === self.cls));
    const decide = decideByArguments(this, fn, b.args, exactSelf ? self.cls : undefined);
    const va = varargsOf(this.t, fn, call, b.selfName !== undefined);
    return { fn: fn.node, args, argNodes, exactSelf, ...(va ? { varargs: { ...va, caller: this } } : {}), ...(b.selfName ? { selfName: b.selfName } : {}), ...(self?.cls ? { selfClass: self.cls } : {}), ...(self?.ctor ? { selfCtor: self.ctor } : this.env?.selfCtor && self?.cls === this.env.selfClass ? { selfCtor: this.env.selfCtor } : {}), used, decide, ...(entries ? { kwargs: { tr: this, entries } } : {}) };
  }

  sub(fn: FnInfo, env: Env): SaTranslator {
    const tree = fn.unit.tree;
    return new SaTranslator(this.ctx, tree, tree === this.t ? this.scopes : scopesOf(tree), fn.unit.file, this.count, env, new Set([...this.stack, fn.node]), this.selfHeld);
  }

  /** A visible function's returned statement, its parameters bound to the call's arguments. */
  private inline(call: PyNode, element?: number): SaQuery | undefined {
    const c = resolveCallee(this, call);
    if (!c || (!c.fn.returns && !everyReturn(c.fn.node)) || this.stack.has(c.fn.node) || this.stack.size > 8) return undefined;
    const env = this.bind(c.fn, call, c.self, { v: false });
    const ret = !env ? undefined : element === undefined ? chosenReturn(c.fn, env.decide) : tupleItem(chosenReturn(c.fn, env.decide), element);
    if (!env || !ret) return undefined;
    const q = this.sub(c.fn, env).statement(ret);
    // The outermost call wins: it is the one in the tree that executes the statement.
    return q ? { ...q, anchor: { tree: this.t, node: calleeName(call) ?? call } } : undefined;
  }

  /** Calls of a visible function that executes a statement passed to it. */
  evaluatedByCallee(call: PyNode): { tr: SaTranslator; q: SaQuery; terminal: string | undefined; site: Site }[] {
    const c = resolveCallee(this, call);
    if (!c) return [];
    const out: { tr: SaTranslator; q: SaQuery; terminal: string | undefined; site: Site }[] = [];
    for (const site of paramEvaluations(c.fn)) {
      if (site.type !== 'call') continue;
      const tt = c.fn.unit.tree;
      const f = field(site, 'function');
      const name = f?.type === 'attribute' ? textOf(tt, field(f, 'attribute')!) : '';
      // A legacy `Query` the caller passes, ended here (`query.one()`); `get` needs the key it is given.
      const legacy = !EXECUTE.has(name) && QUERY_TERMINAL.has(name) && name !== 'get' && name !== 'get_or_404';
      if (!EXECUTE.has(name) && !legacy) continue;
      const used = { v: false };
      const env = this.bind(c.fn, call, c.self, used);
      if (!env) return out;
      const sub = this.sub(c.fn, env);
      const q = sub.tryStatement(legacy ? field(f, 'object')! : callArgs(tt, site).positional[0]!);
      if (!q || (q.kind === 'query') !== legacy || !used.v) continue;
      // The argument's own place (its model, or the call that built it) is where it is reported.
      const anchored = q.tree === this.t || q.anchor?.tree === this.t ? q : { ...q, anchor: { tree: this.t, node: calleeName(call) ?? call } };
      out.push({ tr: sub, q: anchored, terminal: legacy ? name : undefined, site: { tree: tt, node: site, message: 'executed here' } });
    }
    return out;
  }

  /** A node with local variables followed to their value. */
  protected resolved(n: PyNode | undefined): PyNode | undefined {
    let u = unparen(n);
    for (let k = 0; u?.type === 'identifier' && k < 10; k++) u = unparen(resolveVariable(this.t, u, this.scopes));
    return u;
  }

  /** A select statement used as a value (`in_(stmt)`), as a query model and the column it selects. */
  protected subquery(n: PyNode | undefined): { query: QueryModel; column: string } | undefined {
    const r = this.resolved(n);
    if (r?.type !== 'call') return undefined;
    let q: SaQuery | undefined;
    try {
      q = this.statement(n);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      return undefined;
    }
    if (!q || q.kind !== 'select' || q.entitySelect) return undefined;
    const node = q.modelNode.parent?.type === 'attribute' ? q.modelNode.parent : undefined;
    const column = node ? this.columnOf(q, node)?.column : undefined;
    return { query: { framework: 'sqlalchemy', from: { table: tableOf(q.model), at: NOWHERE }, joins: q.joins, where: q.where }, column: column ?? q.model.pk };
  }

  /** `select(Lead)` / `query(Lead)` of one mapped class (not its columns, not a `Table`). */
  private wholeEntity(args: readonly PyNode[], e: { model: ResolvedModel; node: PyNode }): boolean {
    return wholeEntity(this, args, e);
  }


  /** `session.get(Lead, pk)` → the query by primary key, when the first argument is a mapped class. */
  byPrimaryKey(arg: PyNode | undefined, ident: PyNode | undefined): SaQuery | undefined {
    return primaryKeyQuery(this, arg, ident);
  }

  /** A model class name or a `Table` variable → a model-like description. */
  protected entity(n: PyNode | undefined): { model: ResolvedModel; node: PyNode } | undefined {
    return entityOf(this, n);
  }

  protected clsModel(u: PyNode): ResolvedModel | undefined {
    return clsModel(this, u);
  }

  protected aliasedModel(u: PyNode): { model: ResolvedModel; name?: string } | undefined {
    return aliasedModel(this, u);
  }

  protected moduleModel(u: PyNode): { model: ResolvedModel; node: PyNode } | undefined {
    return moduleModel(this, u);
  }

  protected heldModel(u: PyNode): { model: ResolvedModel; node: PyNode } | undefined {
    return heldModel(this, u);
  }


  statement(node: PyNode | undefined): SaQuery | undefined {
    const n = unparen(node);
    if (!n || this.depth > 50) return undefined;
    const t = this.t;
    if (n.type === 'await') return this.statement(named(n)[0]);
    // `q.options(…) if with_options else q`: one path per arm (the caller's arguments may decide it).
    if (n.type === 'conditional_expression') return this.statement(ternaryArm(n, this.decider));
    // `stmt, total = build(…)`: the element of the tuple the helper returns.
    if (n.type === 'unpacked') return this.inline(unpacked(n)!.from, unpacked(n)!.index);
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes) ?? branchValue(t, n, this.scopes, skippingNeutral(t, this.decider), loopsFollowed(t, this.scopes, n));
      if (!v) return this.fromEnv(n) ?? grownStatement(this, n) ?? queryClassSelf(this, n);
      if (emptyValue(v)) throw new NoRun();
      this.depth++;
      try {
        return this.statement(v);
      } finally {
        this.depth--;
      }
    }
    // Flask-SQLAlchemy `Lead.query`.
    if (n.type === 'attribute' && this.env?.selfState) {
      const o = unparen(field(n, 'object'));
      const held = o?.type === 'identifier' && textOf(t, o) === this.env.selfName && scopeOf(o) === this.env.fn ? this.env.selfState.get(textOf(t, field(n, 'attribute')!)) : undefined;
      if (held) return held();
    }
    if (n.type === 'attribute' && textOf(t, field(n, 'attribute')!) === 'query') {
      const e = this.entity(field(n, 'object'));
      if (!e || (field(n, 'object')?.type !== 'identifier' && !this.moduleModel(field(n, 'object')!))) return undefined;
      return { ...this.start('query', e.model, e.node, n.end), entitySelect: true };
    }
    // `user.leads` of a `lazy="dynamic"` relationship: a query of the related rows.
    // `query.statement`: the legacy Query's SELECT, as a `Select` (`db.paginate(q.statement)`).
    if (n.type === 'attribute' && textOf(t, field(n, 'attribute')!) === 'statement') {
      const q = this.statement(field(n, 'object'));
      return q?.kind === 'query' ? { ...q, kind: 'select' } : undefined;
    }
    if (n.type === 'attribute') return relationshipQuery(this, n, 'dynamic', n.end);
    if (n.type !== 'call') return undefined;
    const fn = field(n, 'function');
    const args = callArgs(t, n);
    if (fn && (fn.type === 'identifier' || this.saNamespaced(fn))) {
      const name = lastName(t, fn);
      if (name === 'select' || name === 'update' || name === 'delete') {
        let e: { model: ResolvedModel; node: PyNode } | undefined;
        for (const a of args.positional) if ((e = this.entity(a))) break;
        if (!e && name === 'select') return this.existsStatement(args.positional, 'select', n.end) ?? this.fromSubquery(args.positional, n.end);
        if (!e) return undefined;
        return { ...this.start(name, e.model, e.node, n.end), entitySelect: name === 'select' && this.wholeEntity(args.positional, e) };
      }
      // `lambda_stmt(lambda: select(…))` compiles to the SQL of the lambda's body.
      if (name === 'lambda_stmt') return this.statement(lambdaBody(args.positional[0]));
      if (fn.type === 'identifier') return this.inline(n);
    }
    // `db.query(Lead)` on a session named `db` falls through to the method forms.
    if (fn?.type !== 'attribute') return undefined;
    const method = textOf(t, field(fn, 'attribute')!);
    const obj = field(fn, 'object');
    if (method === 'query') {
      // `session.query(Lead)`; the receiver is any session-like object.
      let e: { model: ResolvedModel; node: PyNode } | undefined;
      for (const a of args.positional) if ((e = this.entity(a))) break;
      // `Model.query(db)`: a classmethod of the model's base returning a query (`db.query(cls)`).
      // `session.query(sq.c.status, func.count(sq.c.id))`: FROM a subquery.
      const sq = e ? undefined : this.fromSubquery(args.positional, n.end);
      if (sq) return { ...sq, kind: 'query' };
      if (!e) return this.existsStatement(args.positional, 'query', n.end) ?? this.inline(n);
      return { ...this.start('query', e.model, e.node, n.end), entitySelect: this.wholeEntity(args.positional, e) };
    }
    if ((method === 'select' || method === 'update' || method === 'delete') && obj) {
      // `leads.select()` on a Table (a module variable, a holder's attribute, a local bound to one).
      const e = this.entity(obj);
      if (e && coreTableOf(this, obj)) {
        const q: SaQuery = this.start(method, e.model, e.node, n.end);
        const w = args.keywords.get('whereclause') ?? args.positional[0];
        return w && method === 'select' ? { ...q, where: [this.expr(q, w)] } : q;
      }
    }
    if (method === 'select_from') {
      // `select(func.count()).select_from(Lead)`: the FROM comes from `select_from`.
      const o = this.resolved(obj);
      const f = o?.type === 'call' ? field(o, 'function') : undefined;
      const e = this.entity(args.positional[0]);
      // `session.query(func.count()).select_from(Lead)`: the legacy `Query` alike.
      const from = lastName(t, f) === 'query' && f?.type === 'attribute' ? 'query' : 'select';
      if (o && f && (lastName(t, f) === 'select' || from === 'query') && e && !callArgs(t, o).positional.some((a) => this.entity(a))) return this.start(from, e.model, e.node, n.end);
      // `select(Lead.id, …).select_from(sub).join(Lead, Lead.id == sub.c.id)`: FROM the subquery; the table comes in by the join.
      const sq = o && f && lastName(t, f) === 'select' && unparen(args.positional[0])?.type === 'identifier' ? this.subqueryFrom(unparen(args.positional[0])!, n.end) : undefined;
      if (sq) return sq;
    }
    // `user.leads.select()` of a `lazy="write_only"` relationship.
    const writeOnly = method === 'select' && !args.positional.length && obj ? relationshipQuery(this, unparen(obj)!, 'write_only', n.end) : undefined;
    if (writeOnly) return writeOnly;
    if (method === 'add_criteria') return applyCriteria(this, args.positional[0], () => this.statement(obj));
    const q = this.statement(obj) ?? ((method === 'where' || method === 'filter') && this.bareExists(obj) ? this.existsFrom(args.positional, n.end) : undefined);
    if (!q) return this.inline(n);
    const step = (): readonly Site[] => (this.t === this.ctx.checked ? q.steps : [...q.steps, { tree: this.t, node: field(fn, 'attribute')!, message: `refined here: ${method}()` }]);
    if (method === 'where' || method === 'filter') {
      const conds = args.splat ? this.spreadConds(q, n) : args.positional.map((a) => this.expr(q, a));
      if (!conds) throw new Unknown('where(*conditions)');
      return { ...q, where: [...q.where, ...conds], whereCall: n, steps: step() };
    }
    if (method === 'with_parent') return { ...q, where: [...q.where, this.withParent(q, args.positional)], steps: step() };
    if (method === 'filter_by') {
      const spread = args.splat ? this.kwargsOf(n) : [];
      if (!spread) throw new Unknown('filter_by(**kwargs)');
      const conds: Pred[] = [...args.keywords].map(([k, v]) => this.equals(q, k, v));
      // A key set only on some paths that names no attribute of the model: that path raises instead of querying.
      const raises = (s: Kwargs<SaTranslator>, key: string): boolean => s.optional === true && q.model.complete && q.model.fields.size > 0 && !q.model.fields.has(key) && !q.model.nonColumns.has(key);
      for (const s of spread) conds.push(...s.entries.filter((e) => !raises(s, e.key)).map((e) => s.tr.equals(q, e.key, e.value)));
      const from = spread.flatMap((s) => (s.site ? [s.site] : []));
      return { ...q, where: [...q.where, ...conds], whereCall: n, steps: [...step(), ...from] };
    }
    if (method === 'join' || method === 'outerjoin') {
      const j = this.join(q, args.positional[0], args.positional[1] ?? args.keywords.get('onclause'), method === 'outerjoin' || textOf(t, args.keywords.get('isouter') ?? n) === 'True');
      if (j) return { ...j, appendAt: n.end };
    }
    if (method === 'options') return { ...this.loaderOptions(q, args.positional), appendAt: n.end, optioned: true };
    // `stmt.exists()` / `query.exists()`: an EXISTS construct of the same FROM and WHERE.
    if (method === 'exists' && !args.positional.length) return { ...q, entitySelect: false, exists: true };
    if (PASS.has(method)) return { ...q, appendAt: n.end };
    throw new Unknown(`method ${method}`);
  }

  /** A boolean expression of the statement (read in this translator's tree). */
  condition(q: SaQuery, n: PyNode): Pred {
    return this.expr(q, n);
  }

  protected returnedClauses(q: SaQuery, n: PyNode): Pred[] | undefined {
    return returnedClauses(this, q, n);
  }

  protected outsideCondition(q: SaQuery, n: PyNode): Pred | undefined {
    return outsideCondition(this, q, n);
  }

  protected hybrid(q: SaQuery, n: PyNode): Pred | undefined {
    return hybridCondition(this, q, n) ?? relationExists(this, q, n);
  }

  protected varargConds(q: SaQuery, n: PyNode): Pred[] | undefined {
    const va = varargsItems(this, n);
    return va?.nodes.map((a) => va.tr.condition(q, a));
  }

  protected withParent(q: SaQuery, args: readonly PyNode[]): Pred {
    return withParentCondition(this, q, args);
  }

  /** `filter_by(key=value)`: the model's column equal to the value (read in this translator's tree). */
  private equals(q: SaQuery, key: string, value: PyNode): Pred {
    const column = this.column(q.model, key);
    return this.compare(q, columnSql(q.model, column), '==', value, { m: q.model, column });
  }

  /** The `**kwargs` spread into a call (`filter_by(**filters)`): what the callers pass, undefined when not visible. */
  private kwargsOf(call: PyNode): Kwargs<SaTranslator>[] | undefined {
    const out: Kwargs<SaTranslator>[] = [];
    for (const c of named(field(call, 'arguments') ?? call)) {
      if (c.type === 'list_splat') return undefined;
      if (c.type !== 'dictionary_splat') continue;
      const lit = literalKwargs(this, named(c)[0]);
      if (lit) {
        out.push(lit);
        continue;
      }
      const fnNode = named(c)[0] ? kwargsFunction(this.t, this.scopes, named(c)[0]!) : undefined;
      const made = fnNode ? undefined : builtKwargs(this, named(c)[0]);
      if (made) out.push(...made);
      if (made) continue;
      if (!fnNode) return undefined;
      const k = this.env?.fn === fnNode && this.env.kwargs ? this.env.kwargs : callerKwargs(this.ctx.py, this.t, this.file, fnNode, (f) => new SaTranslator(this.ctx, f.tree, scopesOf(f.tree), f.file, this.count));
      if (!k) return undefined;
      out.push(k);
    }
    return out;
  }

  /**
   * The statement as a query run, reported at the model in the checked tree, else where the
   * statement entered it (the call that returned it), else `fallback`.
   */
  synthesize(q: SaQuery, terminal: string | undefined, extra: readonly Site[], fallback: PyNode, evaluation: PyNode | undefined, at: number): PyRun {
    const checked = this.ctx.checked;
    if (q.joins.length && (q.kind === 'update' || q.kind === 'delete' || terminal === 'update' || terminal === 'delete')) throw new Unknown('update/delete with a join');
    let shape: Shape;
    if (q.kind === 'update' || terminal === 'update') shape = { k: 'update', set: undefined };
    else if (q.kind === 'delete' || terminal === 'delete') shape = { k: 'delete' };
    else if (terminal === 'count') shape = { k: 'count' };
    else if (terminal === 'first') shape = { k: 'select', limit: true };
    else shape = { k: 'select' };
    const here = q.tree === checked;
    const place = reportAt(q, checked, fallback, evaluation);
    const fix: Record<string, string | number> = { framework: 'sqlalchemy', model: q.model.className };
    if (here) {
      fix.appendAt = q.appendAt;
      fix.appendMethod = q.kind === 'query' ? 'filter' : 'where';
    }
    if (here && q.whereCall && q.whereCall.start >= 0 && this.t === checked && textOf(this.t, field(field(q.whereCall, 'function'), 'attribute')!) !== 'filter_by') {
      const list = field(q.whereCall, 'arguments');
      if (list) fix.whereArgsEnd = list.end - 1;
    }
    const sites: Site[] = [];
    if (!here || place !== q.modelNode) sites.push({ tree: q.tree, node: q.modelNode, message: `statement on ${q.model.className} built here` });
    sites.push(...q.steps, ...extra);
    // Eager loads of the selected entity (a count, an update or a delete loads nothing).
    const eager = shape.k === 'select' ? this.eagerLoads(q) : { joins: [], also: [], sites: [] };
    sites.push(...eager.sites);
    const query: QueryModel = { framework: 'sqlalchemy', from: { table: tableOf(q.model), at: NOWHERE }, joins: [...q.joins, ...eager.joins], where: q.where, primaryKey: q.model.pk, joinedWrites: 'from', ...(q.withs ? { with: q.withs } : {}) };
    const also: PyRun[] = eager.also.map((e) => ({
      run: {
        alternatives: [placed({ framework: 'sqlalchemy', from: { table: tableOf(e.model), at: NOWHERE }, joins: [], where: [{ k: 'cmp', table: tableOf(e.model), column: e.column, op: 'IN', n: 1 }], primaryKey: e.model.pk }, place)],
        shape: { k: 'select' },
        state: 'executed',
        fix: { host: { framework: 'sqlalchemy', model: e.model.className } },
      },
      model: e.model,
      sites: [...sites, e.site],
      at,
    }));
    return { run: { alternatives: [placed(query, place)], shape, state: evaluation ? 'executed' : 'escapes', fix: { host: fix } }, model: q.model, sites, at, ...(also.length ? { also } : {}) };
  }
}
