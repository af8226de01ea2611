/**
 * Django lookups and expressions → SQL: `filter()`/`exclude()` keywords (`field__transform__lookup`),
 * `Q` objects, `F()`/`Now()` values, annotations, JOINs for lookups across relations, and the
 * statement an evaluation sends. The base of `DjangoTranslator` (django.ts), which follows
 * querysets through code.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen } from './ast';
import { type Join, type Pred, type QueryModel, sameTable, type Shape, type Span } from '../../query/model';
import { SqlText } from '../../query/sqltext';
import { ormColumn, ormIdent } from '../../query/render';
import type { FieldDecl, ModelIndex, ResolvedModel } from './models';
import { accumulated, type Decide } from './branches';
import { andPred, NOWHERE, placed, rawPred, type Site, tableOf, Unknown } from './synth';

export interface DjQuery {
  readonly model: ResolvedModel;
  /** The model class name node (`Lead` in `Lead.objects`), in `tree`. */
  readonly modelNode: PyNode;
  readonly tree: PyTree;
  readonly where: readonly Pred[];
  readonly annotations: ReadonlyMap<string, string>;
  /** First `filter(`/`get(` call of the chain in the checked file (for the quick fix). */
  readonly filterCall?: PyNode;
  /** End of `Lead.objects` (where `.filter(...)` can be appended), in `tree`. */
  readonly managerEnd: number;
  readonly none?: boolean;
  /** Where the query entered the tree being translated (a call of a function that built it). */
  readonly anchor?: { readonly tree: PyTree; readonly node: PyNode };
  /** Places that refined it (filters) outside the checked file's tree. */
  readonly steps: readonly Site[];
  /** Classes whose methods the queryset offers (custom managers and QuerySets). */
  readonly methodClasses: readonly { readonly name: string; readonly file: string }[];
  /** Joins (lookups across relations, `select_related`) and the tables they join. */
  readonly joins: readonly Join[];
  readonly joined: ReadonlySet<string>;
  /** The joins only `select_related` added (Django drops them from `update()`/`delete()`). */
  readonly selectOnly?: ReadonlySet<Join>;
  /** `prefetch_related` lookups: each runs one more query on the related model. */
  readonly prefetch: readonly Prefetched[];
  /** `select_related()` without names: Django follows every non-null foreign key. */
  readonly relatedAll?: boolean;
  /** `annotate(x=Subquery(qs))`: querysets the statement runs as subqueries (judged too). */
  readonly subqueries?: readonly DjQuery[];
}


/** One `prefetch_related` lookup: the related model, the column it is fetched by, and its `Prefetch` queryset. */
export interface Prefetched {
  readonly model: ResolvedModel;
  readonly column: string;
  /** The lookup's node (a string or a `Prefetch(...)` call) and its tree. */
  readonly node: PyNode;
  readonly tree: PyTree;
  /** `Prefetch("deals", queryset=Deal.objects.filter(...))`: the queryset the lookup runs. */
  readonly query?: DjQuery;
}

export const TRANSFORMS = new Set(['date', 'year', 'month', 'day', 'week_day', 'iso_week_day', 'week', 'quarter', 'hour', 'minute', 'second', 'iso_year', 'time']);
export const LOOKUPS = new Set([
  'exact', 'iexact', 'gt', 'gte', 'lt', 'lte', 'in', 'range', 'isnull', 'contains', 'icontains', 'startswith', 'istartswith',
  'endswith', 'iendswith', 'regex', 'iregex',
]);
export const EXPRESSIONS = new Set([
  'Subquery', 'OuterRef', 'Exists', 'Func', 'Cast', 'ExpressionWrapper', 'Coalesce', 'Case', 'When', 'RawSQL', 'Window',
  'Greatest', 'Least', 'Concat', 'Lower', 'Upper', 'Length', 'Extract', 'Trunc',
]);
export const OPS: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** A lookup naming no field of a completely visible model: Django raises `FieldError` before sending anything. */
export class NoSuchField extends Unknown {}

export abstract class DjangoLookups {
  protected depth = 0;

  constructor(
    protected readonly models: ModelIndex,
    readonly t: PyTree,
    readonly scopes: ScopeIndex,
    readonly file: string | undefined,
    protected readonly counter: { n: number },
  ) {}

  /** A queryset expression → its query (the subclass follows code). */
  abstract query(node: PyNode | undefined): DjQuery | undefined;

  /** JOINs added by the lookups of the filter being translated (applied by `apply`). */
  pendingJoins: { joins: Join[]; joined: Set<string> } | undefined;

  /** `filter(**filters)`: the lookups of a dict we can see (the subclass follows code), else Unknown. */
  protected abstract splatLookups(q: DjQuery, dict: PyNode, negate: boolean): Pred[];

  /** `filter(helper(...))`: the `Q` a visible function returns, else Unknown. */
  protected abstract qOfCall(q: DjQuery, call: PyNode, negate: boolean): Pred | undefined;

  /** What the caller's arguments decide about the translated function's `if`s (an inlined helper's). */
  abstract get decider(): Decide | undefined;

  /** The SQL of an annotation we understand (Trunc*, Extract*), else undefined. */
  protected annotation(q: DjQuery, v: PyNode): string | undefined {
    const n = unparen(v);
    if (n?.type !== 'call') return undefined;
    const name = lastName(this.t, field(n, 'function')) ?? '';
    // Filtering on it sends `EXISTS(<subquery>)`: the subquery (judged on its own) never bounds the outer key.
    if (name === 'Exists') return 'EXISTS (SELECT 1)';
    const args = callArgs(this.t, n);
    const fieldName = this.fieldArg(args.positional[0]);
    if (fieldName === undefined) return undefined;
    const f = this.fieldOf(q.model, fieldName);
    const col = f ? columnSql(q.model, f.column) : undefined;
    if (!col || !f) return undefined;
    const local = f.kind === 'DateField' ? col : `${col} AT TIME ZONE 'UTC'`;
    let m = /^Trunc(Year|Quarter|Month|Week|Day|Hour|Minute|Second)$/.exec(name);
    if (m) return `DATE_TRUNC('${m[1]!.toLowerCase()}', ${local})`;
    if (name === 'Trunc') {
      const kind = args.positional[1] ? textOf(this.t, args.positional[1]).replace(/['"]/g, '') : undefined;
      return kind ? `DATE_TRUNC('${kind}', ${local})` : undefined;
    }
    if (name === 'TruncDate') return `(${local})::date`;
    if (name === 'TruncTime') return `(${local})::time`;
    m = /^Extract(Year|Quarter|Month|Week|Day|Hour|Minute|Second|IsoYear|WeekDay|IsoWeekDay)$/.exec(name);
    if (m) return `EXTRACT(${m[1]!.toUpperCase()} FROM ${local})`;
    return undefined;
  }

  protected fieldArg(n: PyNode | undefined): string | undefined {
    const u = unparen(n);
    if (!u) return undefined;
    if (u.type === 'string') return textOf(this.t, u).replace(/^[rbuRBU]*['"]+|['"]+$/g, '');
    if (u.type === 'call' && lastName(this.t, field(u, 'function')) === 'F') return this.fieldArg(callArgs(this.t, u).positional[0]);
    return undefined;
  }

  protected fieldOf(m: ResolvedModel, name: string): FieldDecl | undefined {
    if (name === 'pk') return [...m.fields.values()].find((f) => f.primaryKey) ?? { attr: 'pk', column: m.pk, isForeignKey: false, nullable: false, primaryKey: true, kind: 'AutoField' };
    const f = m.fields.get(name);
    if (f) return f;
    if (name === 'id') return { attr: 'id', column: 'id', isForeignKey: false, nullable: false, primaryKey: true, kind: 'AutoField' };
    for (const x of m.fields.values()) if (x.isForeignKey && x.column === name) return { ...x, attr: name, isForeignKey: false };
    if (m.nonColumns.has(name) || m.complete) return undefined;
    // A field from a base class we did not see: Django's default column is the field name.
    return { attr: name, column: name, isForeignKey: false, nullable: false, primaryKey: false, kind: 'unknown' };
  }

  /** The WHERE condition of one filter/exclude/get call (AND of its arguments), or undefined for none. */
  protected conditions(q: DjQuery, call: PyNode, negate: boolean): Pred | undefined {
    const args = callArgs(this.t, call);
    const parts: Pred[] = [];
    if (args.splat) parts.push(...this.splatted(q, args.node, negate));
    for (const p of args.positional) {
      const c = this.qExpr(q, p, negate);
      if (c !== undefined) parts.push(c);
    }
    for (const [k, v] of args.keywords) parts.push(this.lookup(q, k, v, negate));
    const and = andPred(parts);
    return and && negate ? { k: 'not', part: and } : and;
  }

  /** The lookups of `**dict` arguments (a `*list` is not followed). */
  private splatted(q: DjQuery, list: PyNode | undefined, negate: boolean): Pred[] {
    const out: Pred[] = [];
    for (const c of list ? named(list) : []) {
      if (c.type === 'list_splat') throw new Unknown('filter(*args)');
      const d = c.type === 'dictionary_splat' ? named(c)[0] : undefined;
      if (c.type === 'dictionary_splat' && !d) throw new Unknown('**');
      if (d) out.push(...this.splatLookups(q, d, negate));
    }
    return out;
  }

  /** A `Q` expression; undefined for an empty `Q()`. */
  qExpr(q: DjQuery, node: PyNode | undefined, negated: boolean): Pred | undefined {
    const n = unparen(node);
    if (!n) throw new Unknown('missing Q');
    const t = this.t;
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes);
      // `filters = Q()`, then `filters &= Q(…)` under `if`s: the parts that run on this path.
      const acc = v ? undefined : accumulated(t, n, this.scopes, this.decider);
      if ((!v && !acc) || this.depth > 50) throw new Unknown('Q variable');
      this.depth++;
      try {
        if (v) return this.qExpr(q, v, negated);
        let out = this.qExpr(q, acc!.base, negated);
        for (const s of acc!.steps) {
          if (s.op !== '&' && s.op !== '|') throw new Unknown(`operator ${s.op}=`);
          const r = this.qExpr(q, s.value, negated);
          out = out === undefined ? r : r === undefined ? out : { k: s.op === '|' ? 'or' : 'and', parts: [out, r] };
        }
        return out;
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'unary_operator' && textOf(t, field(n, 'operator')!) === '~') {
      const inner = this.qExpr(q, field(n, 'argument'), !negated);
      return inner === undefined ? undefined : { k: 'not', part: inner };
    }
    if (n.type === 'binary_operator') {
      const op = textOf(t, field(n, 'operator')!);
      if (op !== '|' && op !== '&') throw new Unknown(`operator ${op}`);
      const l = this.qExpr(q, field(n, 'left'), negated);
      const r = this.qExpr(q, field(n, 'right'), negated);
      if (l === undefined) return r;
      if (r === undefined) return l;
      return { k: op === '|' ? 'or' : 'and', parts: [l, r] };
    }
    if (n.type === 'call' && lastName(t, field(n, 'function')) === 'Q') {
      const args = callArgs(t, n);
      if ([...args.keywords.keys()].some((k) => k.startsWith('_'))) throw new Unknown('Q(_connector=…)');
      const parts: Pred[] = args.splat ? this.splatted(q, args.node, negated) : [];
      for (const p of args.positional) {
        const c = this.qExpr(q, p, negated);
        if (c !== undefined) parts.push(c);
      }
      for (const [k, v] of args.keywords) parts.push(this.lookup(q, k, v, negated));
      return andPred(parts);
    }
    if (n.type === 'call' && lastName(t, field(n, 'function')) === 'reduce') {
      // `reduce(operator.or_, (Q(…) for t in terms))`: one element prunes like their OR (or AND).
      const a = callArgs(t, n).positional;
      const gen = unparen(a[1]);
      if (a.length === 2 && /^(operator\.)?(or_|and_)$/.test(textOf(t, a[0]!)) && (gen?.type === 'generator_expression' || gen?.type === 'list_comprehension')) return this.qExpr(q, field(gen, 'body'), negated);
    }
    if (n.type === 'call') {
      const c = this.qOfCall(q, n, negated);
      if (c) return c;
    }
    throw new Unknown('expression in filter()');
  }

  protected param(q: { n: number }): string {
    return `$${++q.n}`;
  }

  /** A value: a parameter, a column (`F('x')`), or `CURRENT_TIMESTAMP` (`Now()`). */
  protected value(q: DjQuery, node: PyNode): string {
    return this.valueSql(q, node) ?? this.param(this.counter);
  }

  /** The SQL of a value that is not a bound parameter (`F('x')`, `Now()`), else undefined. */
  protected valueSql(q: DjQuery, node: PyNode): string | undefined {
    const n = unparen(node)!;
    if (n.type === 'call') {
      const name = lastName(this.t, field(n, 'function')) ?? '';
      if (name === 'F') {
        const fname = this.fieldArg(callArgs(this.t, n).positional[0]);
        const f = fname === undefined ? undefined : this.fieldOf(q.model, fname);
        if (!f) throw new Unknown('F() of an unknown field');
        return columnSql(q.model, f.column);
      }
      if (name === 'Now') return 'CURRENT_TIMESTAMP';
      // A subquery's reference to the outer row: a column, never a constant.
      if (name === 'OuterRef') {
        const outer = this.fieldArg(callArgs(this.t, n).positional[0]);
        if (outer === undefined) throw new Unknown('OuterRef expression');
        return `${ormIdent('outer')}.${ormIdent(outer)}`;
      }
      if (name === 'Value') return undefined;
      if (EXPRESSIONS.has(name) || /^(Trunc|Extract)/.test(name)) throw new Unknown(`expression ${name}`);
    }
    if (n.type === 'binary_operator' && /\bF\(/.test(textOf(this.t, n))) throw new Unknown('F() arithmetic');
    return undefined;
  }

  /** Records a JOIN needed by the lookup being translated. */
  protected join(q: DjQuery, clause: Join, target: ResolvedModel): void {
    if (target.table === q.model.table) throw new Unknown('self join (aliases)');
    const pj = (this.pendingJoins ??= { joins: [...q.joins], joined: new Set(q.joined) });
    if (pj.joins.some((j) => sameJoin(j, clause))) return;
    if (pj.joined.has(target.table)) throw new Unknown('the same table joined twice');
    pj.joined.add(target.table);
    pj.joins.push(clause);
  }

  /** One `field__transform__lookup=value` keyword. */
  lookup(q: DjQuery, key: string, valueNode: PyNode, negated: boolean): Pred {
    const t = this.t;
    const parts = key.split('__');
    // Django resolves the shortest prefix naming an annotation first (`product__member=True`).
    let at = 1;
    while (at < parts.length && !q.annotations.has(parts.slice(0, at).join('__'))) at++;
    const name = parts.splice(0, q.annotations.has(parts.slice(0, at).join('__')) ? at : 1).join('__');
    let expr: string;
    let f: FieldDecl | undefined;
    let model = q.model;
    const ann = q.annotations.get(name);
    if (ann !== undefined) {
      if (ann === '\u0000') throw new Unknown(`annotation ${name}`);
      expr = ann;
    } else {
      // Lookups across relations (`lead__company`, `outputs__status`) join the related tables.
      let cur = name;
      for (let hops = 0; ; hops++) {
        if (hops > 4) throw new Unknown('long relation path');
        const next = parts[0];
        const isRel = next !== undefined && !LOOKUPS.has(next) && !TRANSFORMS.has(next);
        const real = model.fields.get(cur);
        if (!real && cur !== 'pk' && cur !== 'id' && !model.nonColumns.has(cur) && this.models.reverseRelations(cur, 'query', model.className).length > 0) {
          const rels = this.models.reverseRelations(cur, 'query', model.className);
          const r = rels.length === 1 ? rels[0]! : undefined;
          const rm = r ? this.models.model(r.model, r.file) : undefined;
          if (!r || !rm || rm.framework !== 'django') throw new Unknown(`relation ${cur}`);
          // Excluded across a multi-valued relation: Django tests the related rows in a subquery.
          if (negated) return this.excludedRelated(q, model, rm, r.field.column, hops === 0 ? parts : undefined, valueNode);
          if (q.joined.has(rm.table)) throw new Unknown('a multi-valued relation filtered twice (a second join)');
          this.join(q, innerJoin(model, model.pk, rm, r.field.column), rm);
          model = rm;
          if (isRel) {
            cur = parts.shift()!;
            continue;
          }
          f = this.fieldOf(model, 'pk');
          break;
        }
        f = this.fieldOf(model, cur);
        // No such field on the queryset's own (completely visible) model: Django raises FieldError, the path sends nothing.
        if (!f) throw hops === 0 && model.complete && !model.nonColumns.has(cur) ? new NoSuchField(cur) : new Unknown(`field ${cur}`);
        if (f.isForeignKey && next && (next === 'id' || next === 'pk')) {
          parts.shift();
          break;
        }
        if (f.isForeignKey && isRel) {
          const target = f.target ? this.models.model(f.target, this.file) : undefined;
          if (!target || target.framework !== 'django') throw new Unknown(`relation ${cur}`);
          // Negated across a nullable foreign key Django adds conditions we do not model.
          if (negated && f.nullable) throw new Unknown('negated lookup across a nullable relation');
          this.join(q, innerJoin(model, f.column, target, target.pk), target);
          model = target;
          cur = parts.shift()!;
          continue;
        }
        break;
      }
      if (!f) throw new Unknown(`field ${cur}`);
      expr = columnSql(model, f.column);
    }
    // A plain column (no annotation, no transform) becomes a structured condition.
    let plain = ann === undefined && f !== undefined;
    const isDate = f?.kind === 'DateField';
    const local = (e: string): string => (isDate ? e : `${e} AT TIME ZONE 'UTC'`);
    let lookup = 'exact';
    let first = true;
    while (parts.length) {
      const p = parts.shift()!;
      if (TRANSFORMS.has(p)) {
        const next = parts[0] ?? 'exact';
        // `__iso_year` shares YearLookup: a BETWEEN on the column too (ISO bounds since Django 4.0).
        if ((p === 'year' || p === 'iso_year') && first && ann === undefined && parts.length <= 1 && ['exact', 'gt', 'gte', 'lt', 'lte'].includes(next)) {
          // Django's YearLookup compares the column with the year's bounds: prunable.
          parts.shift();
          const col = { k: 'cmp' as const, table: tableOf(model), column: f!.column };
          if (next === 'exact') return { ...col, op: 'BETWEEN', n: 2 };
          const vs = this.valueSql(q, valueNode);
          return vs === undefined ? { ...col, op: OPS[next] as '>' | '>=' | '<' | '<=', n: 1 } : rawPred(`${expr} ${OPS[next]} ${vs}`);
        }
        plain = false;
        if (p === 'date') expr = `(${local(expr)})::date`;
        else if (p === 'time') expr = `(${local(expr)})::time`;
        else expr = `EXTRACT(${p.toUpperCase().replace('WEEK_DAY', 'DOW').replace('ISO_DOW', 'ISODOW')} FROM ${local(expr)})`;
        first = false;
        continue;
      }
      if (LOOKUPS.has(p) && parts.length === 0) {
        lookup = p;
        break;
      }
      throw new Unknown(`lookup ${p}`);
    }
    const v = unparen(valueNode)!;
    const isNone = v.type === 'none';
    const target = { table: tableOf(model), column: f?.column ?? '' };
    const nullIs = (not: boolean): Pred => (plain ? { k: 'null', ...target, not } : rawPred(`${expr} IS ${not ? 'NOT ' : ''}NULL`));
    /** `expr op value`: structured when the column is plain and the value a bound parameter. */
    const compare = (op: '=' | '>' | '>=' | '<' | '<='): Pred => {
      const vs = this.valueSql(q, v);
      return plain && vs === undefined ? { k: 'cmp', ...target, op, n: 1 } : rawPred(`${expr} ${op} ${vs ?? this.param(this.counter)}`);
    };
    let cond: Pred;
    switch (lookup) {
      case 'exact':
        cond = isNone ? nullIs(false) : compare('=');
        break;
      case 'iexact':
        cond = isNone ? nullIs(false) : rawPred(`UPPER(${expr}::text) = UPPER(${this.value(q, v)})`);
        break;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        cond = compare(OPS[lookup] as '>' | '>=' | '<' | '<=');
        break;
      case 'in': {
        const items = v.type === 'list' || v.type === 'tuple' || v.type === 'set' ? named(v) : undefined;
        if (items && items.length === 0) throw new Unknown('empty IN (Django sends no query)');
        if (items && items.some((i) => i.type === 'list_splat')) throw new Unknown('IN with *splat');
        const sub = items ? undefined : unparen(v.type === 'call' && lastName(t, field(v, 'function')) === 'Subquery' ? callArgs(t, v).positional[0] : v);
        const inner = sub ? this.query(sub) : undefined;
        // `lead_id__in=Lead.objects.filter(…).values("id")`: the subquery's table is judged too.
        if (inner && plain && !inner.none && !inner.prefetch.length) cond = { k: 'sub', ...target, not: false, query: { framework: 'django', from: { table: tableOf(inner.model), at: NOWHERE }, joins: inner.joins, where: inner.where }, select: inner.model.pk };
        else if (inner) cond = rawPred(`${expr} IN (SELECT ${this.param(this.counter)})`);
        else {
          const values = (items ?? [v]).map((i) => this.valueSql(q, i));
          cond = plain && values.every((x) => x === undefined) ? { k: 'cmp', ...target, op: 'IN', n: values.length } : rawPred(`${expr} IN (${values.map((x) => x ?? this.param(this.counter)).join(', ')})`);
        }
        break;
      }
      case 'range': {
        const items = v.type === 'list' || v.type === 'tuple' ? named(v) : undefined;
        if (items && items.length !== 2) throw new Unknown('range needs two values');
        const bounds = items ? items.map((i) => this.valueSql(q, i)) : [undefined, undefined];
        cond = plain && bounds.every((x) => x === undefined) ? { k: 'cmp', ...target, op: 'BETWEEN', n: 2 } : rawPred(`${expr} BETWEEN ${bounds[0] ?? this.param(this.counter)} AND ${bounds[1] ?? this.param(this.counter)}`);
        break;
      }
      case 'isnull': {
        const s = textOf(t, v);
        if (s !== 'True' && s !== 'False') throw new Unknown('isnull with a variable');
        return nullIs(s !== 'True');
      }
      case 'regex':
      case 'iregex':
        cond = rawPred(`${expr}::text ${lookup === 'regex' ? '~' : '~*'} ${this.value(q, v)}`);
        break;
      default:
        cond = rawPred(`${lookup.startsWith('i') ? 'UPPER(' : ''}${expr}::text${lookup.startsWith('i') ? ')' : ''} LIKE ${this.value(q, v)}`);
    }
    // Django adds `IS NOT NULL` for nullable columns inside a negated condition.
    if (negated && f?.nullable && ann === undefined) cond = { k: 'and', parts: [cond, { k: 'null', table: tableOf(model), column: f.column, not: true }] };
    return cond;
  }

  /**
   * `exclude(deals__status="lost")` on the model `deals` point to: Django's `split_exclude`
   * tests the related rows in a correlated subquery, `NOT (EXISTS(SELECT 1 FROM deals WHERE
   * status = %s AND account_id = accounts.id))` (the caller adds the NOT). Only a plain field of
   * the related model after the first hop is modelled.
   */
  private excludedRelated(q: DjQuery, owner: ResolvedModel, rm: ResolvedModel, fkColumn: string, rest: string[] | undefined, valueNode: PyNode): Pred {
    if (!rest || rm.table === owner.table) throw new Unknown('excluded relation path');
    const key = rest.length === 0 ? 'pk' : rest.join('__');
    const field0 = rest[0];
    if (field0 !== undefined && !LOOKUPS.has(field0) && !TRANSFORMS.has(field0)) {
      const f = this.fieldOf(rm, field0);
      if (!f || (f.isForeignKey && rest.length > 1 && rest[1] !== 'id' && rest[1] !== 'pk' && !LOOKUPS.has(rest[1]!))) throw new Unknown('excluded relation path');
    }
    const inner: DjQuery = { ...q, model: rm, annotations: new Map(), joins: [], joined: new Set() };
    const before = this.pendingJoins;
    this.pendingJoins = undefined;
    const cond = this.lookup(inner, LOOKUPS.has(field0 ?? '') || TRANSFORMS.has(field0 ?? '') ? `pk__${key}` : key, valueNode, false);
    if (this.pendingJoins) throw new Unknown('excluded relation path');
    this.pendingJoins = before;
    const related: QueryModel = {
      framework: 'django',
      from: { table: tableOf(rm), at: NOWHERE },
      joins: [],
      where: [cond, { k: 'eqcol', a: { table: tableOf(rm), column: fkColumn }, b: { table: tableOf(owner), column: owner.pk } }],
    };
    return { k: 'exists', not: false, query: related };
  }


  /**
   * The statement a terminal method (or iteration, when `terminal` is undefined) sends, as a
   * query model placed at `at`, with its shape and quick-fix data.
   */
  synthesize(q: DjQuery, terminal: { name: string; call: PyNode } | undefined, at: Span): { query: QueryModel; shape: Shape; fix: Record<string, string | number> } {
    const where = [...q.where];
    let joins = q.joins;
    const name = terminal?.name;
    const shortcut = name === 'get_object_or_404' || name === 'get_list_or_404';
    if (terminal && (name === 'get' || name === 'get_or_create' || name === 'update_or_create' || name === 'in_bulk' || shortcut)) {
      const full = callArgs(this.t, terminal.call);
      // `get_object_or_404(Lead, pk=pk)`: the first argument is the model, manager or queryset.
      const args = shortcut ? { ...full, positional: full.positional.slice(1) } : full;
      this.pendingJoins = undefined;
      // `get(**kwargs)`: the lookups of a dict we can see, or of the `**kwargs` the caller passes.
      if (args.splat) where.push(...this.splatted(q, args.node, false));
      if (name === 'in_bulk') {
        const first = args.positional[0];
        if (first) where.push({ k: 'cmp', table: tableOf(q.model), column: q.model.pk, op: 'IN', n: 1 });
      } else {
        for (const p of args.positional) {
          const c = this.qExpr(q, p, false);
          if (c !== undefined) where.push(c);
        }
        for (const [k, v] of args.keywords) if (k !== 'defaults' && k !== 'create_defaults') where.push(this.lookup(q, k, v, false));
      }
      if (this.pendingJoins) joins = (this.pendingJoins as { joins: Join[] }).joins;
      this.pendingJoins = undefined;
    }
    if (joins.length && name === 'bulk_update') throw new Unknown('bulk_update across a relation (a subquery)');
    // `update()`/`delete()` across a relation: Django's compilers send `WHERE pk IN (SELECT pk … JOIN …)`,
    // what the query model's `joinedWrites` default renders from the joins and `primaryKey`. They
    // drop `select_related` first: its joins go, unless a condition reads their table.
    if ((name === 'update' || name === 'delete') && q.selectOnly?.size) {
      const dropped = joins.filter((j) => q.selectOnly!.has(j));
      const conds = JSON.stringify(where);
      if (dropped.some((j) => j.k !== 'table' || conds.includes(JSON.stringify(j.table)))) throw new Unknown('select_related join read by a condition');
      joins = joins.filter((j) => !q.selectOnly!.has(j));
    }
    let shape: Shape;
    if (name === 'update') {
      const args = callArgs(this.t, terminal!.call);
      const sets: string[] = [];
      let plainSets = true;
      for (const [k, v] of args.keywords) {
        const f = this.fieldOf(q.model, k);
        const vs = this.valueSql(q, v);
        if (vs !== undefined) plainSets = false;
        sets.push(`${ormIdent(f?.column ?? k)} = ${vs ?? this.param(this.counter)}`);
      }
      const columns = [...args.keywords.keys()].map((k) => this.fieldOf(q.model, k)?.column ?? k);
      shape = { k: 'update', set: sets.length === 0 ? undefined : plainSets ? columns : new SqlText(at).synth(sets.join(', '), at) };
    } else if (name === 'bulk_update') {
      // Django updates the given objects by primary key: `WHERE pk IN (...)`.
      where.push({ k: 'cmp', table: tableOf(q.model), column: q.model.pk, op: 'IN', n: 1 });
      shape = { k: 'update', set: undefined };
    } else if (name === 'delete') shape = { k: 'delete' };
    else if (name === 'count') shape = { k: 'count' };
    else if (name === 'exists') shape = { k: 'exists' };
    else if (name === 'first' || name === 'last' || name === 'earliest' || name === 'latest' || name === 'get' || name === 'get_or_create' || name === 'update_or_create' || name === 'get_object_or_404') shape = { k: 'select', limit: true };
    else shape = { k: 'select' };
    const fix: Record<string, string | number> = { framework: 'django', model: q.model.className, ...(q.managerEnd >= 0 ? { appendAt: q.managerEnd } : {}) };
    if (q.filterCall) {
      const list = field(q.filterCall, 'arguments');
      if (list) {
        fix.filterArgsEnd = list.end - 1;
        fix.filterHasArgs = named(list).length > 0 ? 1 : 0;
      }
    }
    const query: QueryModel = { framework: 'django', from: { table: tableOf(q.model), at: NOWHERE }, joins, where, primaryKey: q.model.pk };
    return { query: placed(query, at), shape, fix };
  }
}

/** A column as Django qualifies it, for conditions written as SQL text. */
export function columnSql(m: ResolvedModel, column: string): string {
  return ormColumn(tableOf(m), column);
}

/** `INNER JOIN b ON (a.x = b.y)`. */
export function innerJoin(a: ResolvedModel, aColumn: string, b: ResolvedModel, bColumn: string, kind: 'INNER' | 'LEFT OUTER' = 'INNER'): Join {
  return { k: 'table', kind, table: tableOf(b), at: NOWHERE, on: [{ k: 'eqcol', a: { table: tableOf(a), column: aColumn }, b: { table: tableOf(b), column: bColumn } }] };
}

/** Two joins of the same table by the same condition (Django reuses such a join). */
export function sameJoin(a: Join, b: Join): boolean {
  if (a.k !== 'table' || b.k !== 'table') return false;
  return a.kind === b.kind && sameTable(a.table, b.table) && JSON.stringify(a.on) === JSON.stringify(b.on);
}
