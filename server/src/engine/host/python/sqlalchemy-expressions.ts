/**
 * SQLAlchemy expressions and joins, the part of `SaTranslator` (`sqlalchemy.ts`) that turns
 * `where()`/`filter()` arguments into conditions: columns (`Lead.created`, `leads.c.created`),
 * comparisons, `between`/`in_`/`and_`/`or_`, SQL functions and casts, and `.join()` targets with
 * the columns a relationship joins by.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen, walk } from './ast';
import type { ModelIndex, RelationDecl, ResolvedModel } from './models';
import { decodeStringExpr } from './strings';
import { listItems } from './builders';
import { branchValue, type Decide, ternaryArm } from './branches';
import { emptyValue, NoRun } from './sqlalchemy-no-run';
import { loopsFollowed } from './sqlalchemy-loops';
import { isSqlalchemyNamespace } from './imported-names';
import { heldTable, moduleTable } from './sqlalchemy-held-tables';
import { booleanConstant, caseCondition } from './sqlalchemy-case';
import type { CmpOp, Join, Pred, QueryModel } from '../../query/model';
import { ormColumn } from '../../query/render';
import { NOWHERE, rawPred, type Site, tableOf, Unknown } from './synth';
import type { SaCtx, SaQuery } from './sqlalchemy';

const COMPARE: Record<string, string> = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

export abstract class SaExpressions {
  protected depth = 0;
  protected abstract readonly ctx: SaCtx;
  abstract readonly t: PyTree;
  abstract readonly scopes: ScopeIndex;
  abstract readonly file: string | undefined;
  protected abstract get index(): ModelIndex;
  abstract get decider(): Decide | undefined;
  protected abstract get counter(): number;
  protected abstract set counter(v: number);
  protected abstract entity(n: PyNode | undefined): { model: ResolvedModel; node: PyNode } | undefined;
  protected abstract clsModel(u: PyNode): ResolvedModel | undefined;
  protected abstract aliasedModel(u: PyNode): { model: ResolvedModel; name?: string } | undefined;
  protected abstract heldModel(u: PyNode): { model: ResolvedModel; node: PyNode } | undefined;
  protected abstract moduleModel(u: PyNode): { model: ResolvedModel; node: PyNode } | undefined;
  protected abstract subquery(n: PyNode | undefined): { query: QueryModel; column: string } | undefined;

  protected abstract statement(node: PyNode | undefined): SaQuery | undefined;
  protected abstract start(kind: SaQuery['kind'], model: ResolvedModel, node: PyNode, appendAt: number): SaQuery;
  protected abstract resolved(n: PyNode | undefined): PyNode | undefined;

  /** A function's returned clause list spread into a call (`filter(*self._owner_clauses(uid))`), as conditions; undefined when not visible. */
  protected abstract returnedClauses(q: SaQuery, n: PyNode): Pred[] | undefined;

  /** The inlined function's `*args` spread into a call (`filter(*criterions)`), as conditions; undefined when `n` is not it. */
  protected abstract varargConds(q: SaQuery, n: PyNode): Pred[] | undefined;

  /** A hybrid attribute of a model in the statement (`Lead.is_deleted`, `Lead.created_after(dt)`), or a relationship's `any()` / `has()`, as a condition; undefined when `n` is not one. */
  protected abstract hybrid(q: SaQuery, n: PyNode): Pred | undefined;

  /** A condition a visible helper returns (`filter(self.common_filters())`) or the caller passed; undefined when not visible. */
  protected abstract outsideCondition(q: SaQuery, n: PyNode): Pred | undefined;

  /** `with_parent(campaign, Campaign.leads)`: the statement's rows related to that instance. */
  protected abstract withParent(q: SaQuery, args: readonly PyNode[]): Pred;

  /** A call's positional arguments as conditions, `*items` spread from a list we can see; undefined when one is not visible or `**` is used. */
  protected spreadConds(q: SaQuery, call: PyNode): Pred[] | undefined {
    const list = field(call, 'arguments');
    const out: Pred[] = [];
    for (const c of list?.type === 'argument_list' ? named(list) : []) {
      if (c.type === 'keyword_argument' || c.type === 'dictionary_splat') return undefined;
      if (c.type !== 'list_splat') {
        out.push(this.expr(q, c));
        continue;
      }
      const items = listItems(this.t, this.scopes, named(c)[0]!, this.decider);
      const conds = items ? items.map((a) => this.expr(q, a)) : (this.varargConds(q, named(c)[0]!) ?? this.returnedClauses(q, named(c)[0]!));
      if (!conds) return undefined;
      out.push(...conds);
    }
    return out;
  }

  protected column(m: ResolvedModel, attr: string): string {
    const f = m.fields.get(attr);
    if (f) return f.column;
    if (m.nonColumns.has(attr)) throw new Unknown(`${attr} is not a column`);
    if (m.complete && m.fields.size > 0) throw new Unknown(`unknown attribute ${attr}`);
    return attr;
  }

  /** `sa.func.count`, `db.and_`: a name reached through SQLAlchemy's namespace or Flask-SQLAlchemy's `db`, under any import name. */
  protected saNamespaced(fn: PyNode | undefined): boolean {
    let ns = fn?.type === 'attribute' ? fn : undefined;
    while (ns?.type === 'attribute') ns = unparen(field(ns, 'object'));
    return ns?.type === 'identifier' && isSqlalchemyNamespace(this.ctx.py, this.file, textOf(this.t, ns));
  }

  /** `Lead.created`, `self.model.created`, `leads.c.created`: a column of a table in the query. */
  protected columnOf(q: SaQuery, node: PyNode | undefined): { m: ResolvedModel; column: string; alias?: string } | undefined {
    const n = unparen(node);
    if (n?.type !== 'attribute') return undefined;
    const t = this.t;
    const obj = unparen(field(n, 'object'));
    const attr = textOf(t, field(n, 'attribute')!);
    const held = obj ? (this.heldModel(obj) ?? this.moduleModel(obj)) : undefined;
    if (held) {
      const m = [q.model, ...q.entities].find((x) => x.className === held.model.className);
      if (!m) throw new Unknown('another model');
      return { m, column: this.column(m, attr) };
    }
    if (obj?.type === 'identifier') {
      const name = textOf(t, obj);
      const a = q.aliases?.get(name);
      if (a) return { m: a.model, column: this.column(a.model, attr), alias: a.alias };
      const own = this.clsModel(obj);
      if (own) {
        const m = [q.model, ...q.entities].find((x) => x.className === own.className);
        if (!m) throw new Unknown('another model');
        return { m, column: this.column(m, attr) };
      }
      const declared = this.index.declaredName(name, this.file);
      for (const m of [q.model, ...q.entities]) if (declared === m.className) return { m, column: this.column(m, attr) };
      const other = this.index.model(name, this.file);
      if (other) throw new Unknown('another model');
    }
    if (obj?.type === 'attribute' && textOf(t, field(obj, 'attribute')!) === 'c') {
      const tv = unparen(field(obj, 'object'));
      // `leads.c.id`, or `self.db.model.leads.c.id` of a Table held by a holder class.
      const e = tv?.type === 'identifier' || heldTable({ t, index: this.index }, tv) || moduleTable({ t, index: this.index, file: this.file, ctx: this.ctx }, tv) ? this.entity(tv) : undefined;
      const m = e ? [q.model, ...q.entities].find((x) => x.table === e.model.table && x.schema === e.model.schema) : undefined;
      if (m) return { m, column: attr };
      if (e) throw new Unknown('another table');
    }
    return undefined;
  }

  /** A column expression of the query's model, else undefined. */
  protected columnExpr(q: SaQuery, node: PyNode | undefined): string | undefined {
    const n = unparen(node);
    if (!n) return undefined;
    const t = this.t;
    if (n.type === 'attribute') {
      const c = this.columnOf(q, n);
      return c ? columnSql(c.m, c.column, c.alias) : undefined;
    }
    if (n.type === 'call') {
      const fn = field(n, 'function');
      const dotted = fn ? textOf(t, fn) : '';
      const args = callArgs(t, n);
      const fm = /(?:^|\.)func\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(dotted);
      if (fm) {
        const inner = args.positional.map((a) => this.columnExpr(q, a) ?? this.value(a));
        if (!args.positional.some((a) => this.columnExpr(q, a) !== undefined)) return undefined;
        return `${fm[1]}(${inner.join(', ')})`;
      }
      const name = lastName(t, fn);
      if (name === 'cast' || name === 'type_coerce') {
        const inner = this.columnExpr(q, args.positional[0]);
        if (inner === undefined) return undefined;
        const ty = lastName(t, args.positional[1]) ?? '';
        if (name === 'type_coerce') return inner;
        return `CAST(${inner} AS ${saType(ty)})`;
      }
      if (name === 'extract') {
        const inner = this.columnExpr(q, args.positional[1]);
        const what = args.positional[0] ? decodeStringExpr(t, args.positional[0])?.text : undefined;
        return inner !== undefined && what ? `EXTRACT(${what} FROM ${inner})` : undefined;
      }
      // `Lead.created_at.cast(Date)`, `Lead.name.lower()`.
      if (fn?.type === 'attribute') {
        const m = textOf(t, field(fn, 'attribute')!);
        const inner = this.columnExpr(q, field(fn, 'object'));
        if (inner !== undefined && m === 'cast') return `CAST(${inner} AS ${saType(lastName(t, args.positional[0]) ?? '')})`;
      }
    }
    return undefined;
  }

  protected value(n: PyNode | undefined): string {
    const u = unparen(n);
    if (u?.type === 'call') {
      const dotted = textOf(this.t, field(u, 'function')!);
      if (/(?:^|\.)func\.now$/.test(dotted)) return 'now()';
      if (/(?:^|\.)func\.current_timestamp$/.test(dotted)) return 'CURRENT_TIMESTAMP';
      if (/(?:^|\.)(select|text|literal_column|column)$/.test(dotted)) throw new Unknown('SQL expression value');
    }
    return `$${++this.counter}`;
  }

  /** `left op right`: structured when `left` is a plain column and `right` a bound value or a column. */
  protected compare(q: SaQuery, left: string, op: string, right: PyNode | undefined, col?: { m: ResolvedModel; column: string; alias?: string }): Pred {
    const r = unparen(right);
    const target = col ? { table: tableOf(col.m), column: col.column, ...(col.alias ? { alias: col.alias } : {}) } : undefined;
    if (r?.type === 'none' && (op === '==' || op === '!=')) return target ? { k: 'null', ...target, not: op === '!=' } : rawPred(`${left} IS ${op === '!=' ? 'NOT ' : ''}NULL`);
    const other = this.columnExpr(q, r);
    if (other !== undefined) {
      const oc = this.columnOf(q, r);
      return target && oc && op === '==' ? { k: 'eqcol', a: target, b: { table: tableOf(oc.m), column: oc.column, ...(oc.alias ? { alias: oc.alias } : {}) } } : rawPred(`${left} ${COMPARE[op]} ${other}`);
    }
    const v = this.value(r);
    return target && isParam(v) ? { k: 'cmp', ...target, op: COMPARE[op] === '<>' ? '!=' : (COMPARE[op] as CmpOp), n: 1 } : rawPred(`${left} ${COMPARE[op]} ${v}`);
  }

  /** `col BETWEEN a AND b`: structured for a plain column and two bound values. */
  protected between(col: string, plain: { m: ResolvedModel; column: string; alias?: string } | undefined, lo: PyNode | undefined, hi: PyNode | undefined): Pred {
    const a = this.value(lo);
    const b = this.value(hi);
    return plain && isParam(a) && isParam(b) ? { k: 'cmp', table: tableOf(plain.m), column: plain.column, ...(plain.alias ? { alias: plain.alias } : {}), op: 'BETWEEN', n: 2 } : rawPred(`${col} BETWEEN ${a} AND ${b}`);
  }

  /** A boolean SQL expression. */
  protected expr(q: SaQuery, node: PyNode | undefined): Pred {
    const n = unparen(node);
    if (!n) throw new Unknown('missing expression');
    const t = this.t;
    if (n.type === 'identifier') {
      // A condition set in `if` arms (`criterion = None`, `if ids: criterion = X.id.in_(ids)`): its value on the path.
      const v = resolveVariable(t, n, this.scopes) ?? branchValue(t, n, this.scopes, this.decider, loopsFollowed(t, this.scopes, n));
      if (emptyValue(v)) throw new NoRun();
      const passed = v ? undefined : this.outsideCondition(q, n);
      if (passed) return passed;
      if (!v || this.depth > 50) throw new Unknown('condition variable');
      this.depth++;
      try {
        return this.expr(q, v);
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'attribute' || n.type === 'call') {
      const h = this.hybrid(q, n);
      if (h) return h;
    }
    if (n.type === 'comparison_operator') {
      const ops = n.children.filter((c) => !c.named).map((c) => textOf(t, c));
      const operands = named(n);
      if (ops.length !== 1 || operands.length !== 2 || !(ops[0]! in COMPARE)) throw new Unknown('comparison');
      const op = ops[0]!;
      // `Cert.expired == False`: the hybrid's condition, negated for a false constant or `!=`.
      for (const [h, c] of [[operands[0], operands[1]], [operands[1], operands[0]]]) {
        const b = (op === '==' || op === '!=') && (h?.type === 'attribute' || h?.type === 'call') ? booleanConstant(t, c) : undefined;
        const p = b === undefined ? undefined : this.hybrid(q, h!);
        if (p) return b === (op === '==') ? p : { k: 'not', part: p };
      }
      const l = this.columnExpr(q, operands[0]);
      if (l !== undefined) return this.compare(q, l, op, operands[1], this.columnOf(q, operands[0]));
      const r = this.columnExpr(q, operands[1]);
      if (r !== undefined) {
        const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };
        return this.compare(q, r, flip[op]!, operands[0], this.columnOf(q, operands[1]));
      }
      throw new Unknown('comparison without a column');
    }
    if (n.type === 'binary_operator') {
      const op = textOf(t, field(n, 'operator')!);
      if (op !== '&' && op !== '|') throw new Unknown(op);
      return { k: op === '&' ? 'and' : 'or', parts: [this.expr(q, field(n, 'left')), this.expr(q, field(n, 'right'))] };
    }
    // `Lead.status == lang if lang != "all" else true()`: each arm is a path.
    if (n.type === 'conditional_expression') return this.expr(q, ternaryArm(n, this.decider));
    if (n.type === 'unary_operator' && textOf(t, field(n, 'operator')!) === '~') return { k: 'not', part: this.expr(q, field(n, 'argument')) };
    if (n.type === 'call') {
      const fn = field(n, 'function');
      const args = callArgs(t, n);
      const name = lastName(t, fn);
      const ex = this.existsPred(q, n);
      if (ex) return ex;
      if ((name === 'and_' || name === 'or_') && (fn?.type === 'identifier' || this.saNamespaced(fn))) {
        // `and_(*clauses)` with `clauses = [...]` then `clauses.append(...)` (under `if`s too).
        const parts = this.spreadConds(q, n);
        if (!parts?.length) throw new Unknown('empty and_/or_');
        return { k: name === 'and_' ? 'and' : 'or', parts };
      }
      if (args.splat) throw new Unknown('splat');
      if (fn?.type === 'identifier' || this.saNamespaced(fn)) {
        if (name === 'not_') return { k: 'not', part: this.expr(q, args.positional[0]) };
        // `true()` / `false()` (a hybrid's fallback when its argument is missing): constants.
        if ((name === 'true' || name === 'false') && !args.positional.length) return { k: 'const', value: name === 'true' };
        if (name === 'with_parent') return this.withParent(q, args.positional);
        if (name === 'case') {
          const counter = { n: this.counter };
          const p = caseCondition(t, n, (w) => this.expr(q, w), (v) => this.value(v), counter);
          this.counter = counter.n;
          if (p) return p;
        }
        if (name === 'between') {
          const c = this.columnExpr(q, args.positional[0]);
          if (c === undefined) throw new Unknown('between');
          return this.between(c, this.columnOf(q, args.positional[0]), args.positional[1], args.positional[2]);
        }
        if (name === 'text') {
          const d = decodeStringExpr(t, args.positional[0]);
          if (!d || d.interpolated) throw new Unknown('dynamic text()');
          return rawPred(d.text.replace(/:[A-Za-z_][A-Za-z0-9_]*/g, () => `$${++this.counter}`));
        }
      }
      if (fn?.type === 'attribute') {
        const method = textOf(t, field(fn, 'attribute')!);
        const col = this.columnExpr(q, field(fn, 'object'));
        if (col !== undefined) {
          const plain = this.columnOf(q, field(fn, 'object'));
          const target = plain ? { table: tableOf(plain.m), column: plain.column, ...(plain.alias ? { alias: plain.alias } : {}) } : undefined;
          const a0 = args.positional[0];
          switch (method) {
            case 'between':
              return this.between(col, plain, a0, args.positional[1]);
            case 'in_':
            case 'not_in':
            case 'notin_': {
              const u = unparen(a0);
              const items = u && (u.type === 'list' || u.type === 'tuple') ? named(u) : undefined;
              if (items && items.length === 0) throw new Unknown('empty IN');
              // `Lead.id.in_(select(Lead.id).where(…))`: a statement as the value is a subquery, judged too.
              const inner = items || !target ? undefined : this.subquery(a0);
              if (inner && target) return { k: 'sub', ...target, not: method !== 'in_', query: inner.query, select: inner.column };
              const values = (items ?? [a0]).map((i) => this.value(i));
              const op = method === 'in_' ? 'IN' : 'NOT IN';
              return target && values.every(isParam) ? { k: 'cmp', ...target, op, n: values.length } : rawPred(`${col} ${op} (${values.join(', ')})`);
            }
            case 'is_':
            case 'is_not':
            case 'isnot': {
              const not = method !== 'is_';
              const lit = unparen(a0)?.type;
              if (lit === 'none') return target ? { k: 'null', ...target, not } : rawPred(`${col} IS ${not ? 'NOT ' : ''}NULL`);
              // `IS` takes a literal, never a bound parameter: SQLAlchemy renders `IS false`.
              if (lit === 'true' || lit === 'false') return rawPred(`${col} IS ${not ? 'NOT ' : ''}${lit}`);
              return rawPred(`${col} IS ${not ? 'NOT ' : ''}${this.value(a0)}`);
            }
            case 'like':
            case 'ilike':
            case 'startswith':
            case 'endswith':
            case 'contains':
              return rawPred(`${col} ${method === 'ilike' ? 'ILIKE' : 'LIKE'} ${this.value(a0)}`);
            case 'op':
              return rawPred(`${col} ${decodeStringExpr(t, a0)?.text ?? '='} ${this.value(unparen(n.parent ?? undefined))}`);
            default:
              throw new Unknown(`column method ${method}`);
          }
        }
      }
      const c = this.columnExpr(q, n);
      if (c !== undefined) return rawPred(c);
      const h = this.outsideCondition(q, n);
      if (h) return h;
      throw new Unknown('call in where()');
    }
    const c = this.columnExpr(q, n);
    if (c !== undefined) return rawPred(c);
    if (n.type === 'true') return { k: 'const', value: true };
    if (n.type === 'false') return { k: 'const', value: false };
    throw new Unknown(`expression ${n.type}`);
  }

  /** `.join(Target, onclause)` / `.join(Model.relationship)`: the joined table is judged too. */
  protected join(q: SaQuery, target: PyNode | undefined, on: PyNode | undefined, outer: boolean): SaQuery | undefined {
    const u = unparen(target);
    let model: ResolvedModel | undefined;
    const aliased = u?.type === 'identifier' ? this.aliasedModel(u) : undefined;
    if (aliased) {
      // `join(other, …)` with `other = aliased(Lead)`: the same table again under an alias.
      const name = textOf(this.t, u!);
      const taken = [...(q.aliases?.values() ?? [])].filter((a) => a.model.table === aliased.model.table).length;
      const alias = aliased.name ?? `${aliased.model.table}_${taken + 1}`;
      const aliases = new Map(q.aliases ?? []);
      aliases.set(name, { model: aliased.model, alias });
      const withAlias: SaQuery = { ...q, aliases };
      const onAlias = on ? [this.expr(withAlias, on)] : [];
      return { ...withAlias, joins: [...q.joins, { k: 'table', kind: outer ? 'LEFT OUTER' : 'INNER', table: tableOf(aliased.model), alias, at: NOWHERE, on: onAlias }] };
    }
    const viaModule = u?.type === 'attribute' ? this.moduleModel(u) : undefined;
    if (u?.type === 'identifier' || viaModule) model = viaModule?.model ?? this.entity(u)?.model;
    else if (u?.type === 'attribute') {
      // `Lead.outputs` (`models.Lead.outputs`): a relationship of a model in the query.
      const owner = unparen(field(u, 'object'));
      const ownerName = owner?.type === 'identifier' ? this.index.declaredName(textOf(this.t, owner), this.file) : owner ? this.moduleModel(owner)?.model.className : undefined;
      const m = ownerName ? [q.model, ...q.entities].find((x) => x.className === ownerName) : undefined;
      const rel = m?.relations?.get(textOf(this.t, field(u, 'attribute')!));
      model = rel ? this.index.model(rel, this.file) : undefined;
      if (model?.framework !== 'sqlalchemy') model = undefined;
    }
    // A join we cannot see adds a table we cannot judge; the main table is still judged.
    if (!model) return undefined;
    if ([q.model, ...q.entities].some((x) => x.table === model.table && x.schema === model.schema)) throw new Unknown('the same table joined twice (aliases)');
    const withIt: SaQuery = { ...q, entities: [...q.entities, model] };
    // A join by relationship or foreign key: the condition relates the two tables' ids, never a key constant.
    const on2 = on ? [this.expr(withIt, on)] : [];
    return { ...withIt, joins: [...q.joins, { k: 'table', kind: outer ? 'LEFT OUTER' : 'INNER', table: tableOf(model), at: NOWHERE, on: on2 }] };
  }

  /**
   * `.options(joinedload(Lead.outputs), selectinload("notes"), lazyload(...))`: how each named
   * relationship of the main entity loads. Options that add criteria to loads are not modelled.
   */
  protected loaderOptions(q: SaQuery, opts: readonly PyNode[]): SaQuery {
    const loads = new Map(q.loads ?? []);
    for (const o of opts) {
      // `joinedload(Lead.outputs).load_only(...)`: the first call names the relationship.
      let call = unparen(o);
      while (call?.type === 'call' && field(call, 'function')?.type === 'attribute' && unparen(field(field(call, 'function'), 'object'))?.type === 'call') call = unparen(field(field(call, 'function'), 'object'));
      if (call?.type !== 'call') throw new Unknown('loader option');
      const name = lastName(this.t, field(call, 'function')) ?? '';
      if (name === 'with_loader_criteria') throw new Unknown('with_loader_criteria');
      const how = /^(joined|selectin|subquery|lazy|no|raise|immediate)load$/.exec(name)?.[1];
      if (!how) continue;
      const a0 = unparen(callArgs(this.t, call).positional[0]);
      let attr: string | undefined;
      if (a0?.type === 'attribute') {
        const owner = unparen(field(a0, 'object'));
        const held = owner ? (this.heldModel(owner) ?? this.moduleModel(owner)) : undefined;
        const ownerName = held ? held.model.className : owner?.type === 'identifier' ? this.index.declaredName(textOf(this.t, owner), this.file) : undefined;
        if (ownerName === q.model.className) attr = textOf(this.t, field(a0, 'attribute')!);
      } else if (a0?.type === 'string') attr = decodeStringExpr(this.t, a0)?.text;
      // A relationship of another entity (a nested path): its extra statement is not modelled.
      if (attr) loads.set(attr, { how: how === 'lazy' || how === 'no' || how === 'raise' ? 'none' : how, node: call, tree: this.t });
    }
    return { ...q, loads };
  }

  /**
   * What eager loading adds to a statement that selects the main entity: a LEFT OUTER JOIN of
   * the related table under an alias for `joined` (filters of the statement never apply to
   * it), one more statement by the foreign key for `selectin`. A relationship whose join we
   * cannot see is left out (its table is not judged).
   */
  protected eagerLoads(q: SaQuery): { joins: Join[]; also: { model: ResolvedModel; column: string; site: Site }[]; sites: Site[] } {
    const out = { joins: [] as Join[], also: [] as { model: ResolvedModel; column: string; site: Site }[], sites: [] as Site[] };
    const decls = q.model.relationDecls;
    if (!q.entitySelect || !decls) return out;
    const used = new Map<string, number>();
    for (const [attr, rel] of decls) {
      const opt = q.loads?.get(attr);
      const how = opt?.how ?? rel.lazy;
      if (how !== 'joined' && how !== 'selectin') continue;
      const target = this.index.model(rel.target, rel.file);
      if (!target || target.framework !== 'sqlalchemy' || rel.complex) continue;
      const cols = relationColumns(this.index, q.model, target, rel);
      if (cols === undefined) continue;
      const site: Site = opt ? { tree: opt.tree, node: opt.node, message: `${how === 'joined' ? 'joinedload' : 'selectinload'}() loads ${target.className} too` } : { tree: rel.tree, node: rel.node, message: `relationship(lazy="${how}") loads ${target.className} with every ${q.model.className}` };
      if (how === 'joined') {
        const k = (used.get(target.table) ?? 0) + 1;
        used.set(target.table, k);
        const alias = `${target.table}_${k}`;
        out.joins.push({ k: 'table', kind: rel.innerjoin ? 'INNER' : 'LEFT OUTER', table: tableOf(target), alias, at: NOWHERE, on: [{ k: 'eqcol', a: { table: tableOf(target), alias, column: cols.remote }, b: { table: tableOf(q.model), column: cols.local } }] });
        out.sites.push(site);
      } else out.also.push({ model: target, column: cols.remote, site });
    }
    return out;
  }

  /** `exists()` with no argument (`sqlalchemy.exists().where(…)`). */
  protected bareExists(n: PyNode | undefined): boolean {
    const u = unparen(n);
    const f = u?.type === 'call' ? field(u, 'function') : undefined;
    return !!f && lastName(this.t, f) === 'exists' && (f.type === 'identifier' || /^(sa|sqlalchemy)\./.test(textOf(this.t, f))) && callArgs(this.t, u!).positional.length === 0;
  }

  /** `exists().where(Lead.status == "won")`: the one model the conditions name is the FROM. */
  protected existsFrom(conds: readonly PyNode[], end: number): SaQuery | undefined {
    const found = new Map<string, { model: ResolvedModel; node: PyNode }>();
    for (const c of conds) {
      walk(c, (x) => {
        if (x.type !== 'attribute' || unparen(field(x, 'object'))?.type !== 'identifier') return;
        const e = this.entity(field(x, 'object'));
        if (e && !found.has(e.model.className)) found.set(e.model.className, e);
      });
    }
    const e = found.size === 1 ? [...found.values()][0]! : undefined;
    return e ? { ...this.start('select', e.model, e.node, end), exists: true } : undefined;
  }

  /**
   * `exists().where(AgentOutput.lead_id == Lead.id, …)` as a condition: an EXISTS subquery on the
   * one model it names besides the enclosing statement's (SQLAlchemy correlates those).
   */
  protected existsPred(q: SaQuery, n: PyNode): Pred | undefined {
    const conds: PyNode[] = [];
    let cur: PyNode | undefined = n;
    while (cur?.type === 'call' && !this.bareExists(cur)) {
      const f = field(cur, 'function');
      const m = f?.type === 'attribute' ? textOf(this.t, field(f, 'attribute')!) : '';
      if (m !== 'where' && m !== 'filter') return undefined;
      conds.unshift(...callArgs(this.t, cur).positional);
      cur = unparen(field(f, 'object'));
    }
    if (!cur || !conds.length) return undefined;
    const outer = new Set([q.model.className, ...q.entities.map((e) => e.className)]);
    const found = new Map<string, { model: ResolvedModel; node: PyNode }>();
    for (const c of conds) {
      walk(c, (x) => {
        if (x.type !== 'attribute' || unparen(field(x, 'object'))?.type !== 'identifier') return;
        const e = this.entity(field(x, 'object'));
        if (e && !outer.has(e.model.className)) found.set(e.model.className, e);
      });
    }
    if (found.size !== 1) throw new Unknown('exists() correlation');
    const e = [...found.values()][0]!;
    const inner: SaQuery = { ...this.start('select', e.model, e.node, n.end), entities: [q.model, ...q.entities] };
    const where = conds.map((c) => this.expr(inner, c));
    return { k: 'exists', not: false, query: { framework: 'sqlalchemy', from: { table: tableOf(e.model), at: NOWHERE }, joins: [], where } };
  }

  /**
   * `every = select(Lead.id, Lead.status).subquery()`, then `select(every.c.status, …)`: a SELECT
   * from the subquery, judged as an inlined CTE (PostgreSQL plans both alike). Conditions on the
   * subquery's columns are not modelled (they may be pushed into it): such statements stay unknown.
   */
  protected fromSubquery(args: readonly PyNode[], end: number): SaQuery | undefined {
    let sub: PyNode | undefined;
    for (const a of args) {
      walk(a, (x) => {
        if (sub || x.type !== 'attribute' || textOf(this.t, field(x, 'attribute')!) !== 'c') return;
        const o = unparen(field(x, 'object'));
        if (o?.type === 'identifier') sub = o;
      });
    }
    return sub ? this.subqueryFrom(sub, end) : undefined;
  }

  /** `sub` where `sub = stmt.subquery()` (or `alias()` / `cte()`): a SELECT from it, the subquery as an inlined CTE. */
  protected subqueryFrom(sub: PyNode, end: number): SaQuery | undefined {
    const v = this.resolved(sub);
    const f = v?.type === 'call' ? field(v, 'function') : undefined;
    const how = f?.type === 'attribute' ? textOf(this.t, field(f, 'attribute')!) : '';
    if (!v || (how !== 'subquery' && how !== 'alias' && how !== 'cte')) return undefined;
    const a = callArgs(this.t, v);
    const given = a.positional[0] ?? a.keywords.get('name');
    const name = given ? decodeStringExpr(this.t, given)?.text : 'anon_1';
    const inner = this.statement(field(f!, 'object'));
    if (!name || !inner || (inner.kind !== 'select' && inner.kind !== 'query') || inner.exists) return undefined;
    const model: ResolvedModel = { framework: 'sqlalchemy', className: name, schema: undefined, table: name, fields: new Map(), nonColumns: new Set(), managers: new Map(), complete: false, pk: 'id' };
    const body: QueryModel = { framework: 'sqlalchemy', from: { table: tableOf(inner.model), at: NOWHERE }, joins: inner.joins, where: inner.where };
    return { ...this.start('select', model, sub, end), withs: [{ name, query: body }], steps: [...inner.steps, { tree: this.t, node: inner.modelNode, message: `subquery on ${inner.model.className} built here` }] };
  }

  /** `select(exists().where(…))` / `session.query(stmt.exists())`: the EXISTS statement. */
  protected existsStatement(args: readonly PyNode[], kind: 'select' | 'query', end: number): SaQuery | undefined {
    if (args.length !== 1) return undefined;
    const q = this.statement(args[0]);
    return q?.exists && q.kind !== 'update' && q.kind !== 'delete' ? { ...q, kind, appendAt: end } : undefined;
  }
}

/**
 * The columns a relationship joins by: `target`'s and `own`'s, from a `primaryjoin="foreign(
 * AgentOutput.lead_id) == Lead.id"` string, else from the one `ForeignKey("leads.id")` column of
 * the target class (one-to-many) or of the own class (many-to-one). Undefined when not visible.
 */
export function relationColumns(index: ModelIndex, own: ResolvedModel, target: ResolvedModel, rel: RelationDecl): { remote: string; local: string } | undefined {
  const colOf = (m: ResolvedModel, attr: string): string | undefined => m.fields.get(attr)?.column ?? (m.complete ? undefined : attr);
  if (rel.primaryjoin !== undefined) {
    const m = /^\s*(?:foreign\(\s*)?(\w+)\.(\w+)\s*\)?\s*==\s*(?:foreign\(\s*)?(\w+)\.(\w+)\s*\)?\s*$/.exec(rel.primaryjoin);
    if (!m || m[1] === m[3]) return undefined;
    const sides = [
      [m[1]!, m[2]!],
      [m[3]!, m[4]!],
    ];
    const remote = sides.find(([c]) => c === target.className);
    const local = sides.find(([c]) => c === own.className);
    const r = remote ? colOf(target, remote[1]!) : undefined;
    const l = local ? colOf(own, local[1]!) : undefined;
    return r !== undefined && l !== undefined ? { remote: r, local: l } : undefined;
  }
  const fkTo = (holder: ResolvedModel, to: ResolvedModel): string | undefined => {
    const decl = index.classDecl(holder.className, rel.file);
    if (!decl) return undefined;
    const hits: string[] = [];
    for (const line of textOf(decl.tree, decl.node).split('\n')) {
      const m = /^\s*(\w+)\s*(?::[^=]*)?=\s*[\w.]*(?:Column|mapped_column)\(.*\bForeignKey\(\s*["']([\w.]+)["']/.exec(line);
      if (m && (m[2] === `${to.table}.${to.pk}` || m[2]!.endsWith(`.${to.table}.${to.pk}`))) hits.push(m[1]!);
      // `ForeignKey(User.id)`: the referenced class's key attribute.
      const byClass = m ? undefined : /^\s*(\w+)\s*(?::[^=]*)?=\s*[\w.]*(?:Column|mapped_column)\(.*\bForeignKey\(\s*(\w+)\.(\w+)\s*[,)]/.exec(line);
      if (byClass && byClass[2] === to.className && to.fields.get(byClass[3]!)?.column === to.pk) hits.push(byClass[1]!);
    }
    return hits.length === 1 ? colOf(holder, hits[0]!) : undefined;
  };
  const many = fkTo(target, own);
  const one = fkTo(own, target);
  if (many !== undefined && one === undefined) return { remote: many, local: own.pk };
  if (one !== undefined && many === undefined) return { remote: target.pk, local: one };
  return undefined;
}

function isParam(v: string): boolean {
  return /^\$\d+$/.test(v);
}

export function columnSql(m: ResolvedModel, column: string, alias?: string): string {
  return ormColumn(tableOf(m), column, alias);
}

function saType(name: string): string {
  const m: Record<string, string> = { Date: 'DATE', DateTime: 'TIMESTAMP WITHOUT TIME ZONE', String: 'VARCHAR', Text: 'TEXT', Integer: 'INTEGER', BigInteger: 'BIGINT', Time: 'TIME' };
  return m[name] ?? (name.toUpperCase() || 'TEXT');
}
