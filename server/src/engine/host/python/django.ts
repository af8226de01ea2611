/**
 * Django querysets → the SQL Django sends to PostgreSQL (USE_TZ=True, UTC), for querysets that
 * are evaluated in the visible code (a terminal method, iteration, `list()`/`len()`, indexing).
 * Anything not completely visible (`**kwargs`, unknown manager or queryset methods, a queryset
 * passed in as a parameter) produces nothing.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, ScopeIndex, textOf, unparen, walk } from './ast';
import type { FieldDecl, ModelIndex, ResolvedModel } from './models';
import { columnRef, qi, type SynthQuery, tableRef, Unknown } from './synth';

interface DjQuery {
  readonly model: ResolvedModel;
  /** The model class name node (`Lead` in `Lead.objects`). */
  readonly modelNode: PyNode;
  readonly where: readonly string[];
  readonly annotations: ReadonlyMap<string, string>;
  /** First `filter(`/`get(` call of the chain in the checked file (for the quick fix). */
  readonly filterCall?: PyNode;
  /** End of `Lead.objects` (where `.filter(...)` can be appended). */
  readonly managerEnd: number;
  readonly none?: boolean;
}

const LAZY = new Set([
  'all', 'order_by', 'select_related', 'prefetch_related', 'only', 'defer', 'distinct', 'values', 'values_list',
  'reverse', 'using', 'select_for_update', 'dates', 'datetimes', 'extra_order_by', 'select_for_share',
]);
const TERMINAL = new Set([
  'get', 'count', 'exists', 'first', 'last', 'earliest', 'latest', 'update', 'delete', 'iterator', 'aggregate',
  'in_bulk', 'get_or_create', 'update_or_create', 'contains', 'explain', 'bulk_update',
]);
const EVALUATING_CALLS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'bool', 'sum', 'any', 'all', 'max', 'min', 'enumerate']);
const TRANSFORMS = new Set(['date', 'year', 'month', 'day', 'week_day', 'iso_week_day', 'week', 'quarter', 'hour', 'minute', 'second', 'iso_year', 'time']);
const LOOKUPS = new Set([
  'exact', 'iexact', 'gt', 'gte', 'lt', 'lte', 'in', 'range', 'isnull', 'contains', 'icontains', 'startswith', 'istartswith',
  'endswith', 'iendswith', 'regex', 'iregex',
]);
const EXPRESSIONS = new Set([
  'Subquery', 'OuterRef', 'Exists', 'Func', 'Cast', 'ExpressionWrapper', 'Coalesce', 'Case', 'When', 'RawSQL', 'Window',
  'Greatest', 'Least', 'Concat', 'Lower', 'Upper', 'Length', 'Extract', 'Trunc',
]);
const OPS: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** Finds every evaluated queryset in a file and translates it. */
export function djangoQueries(t: PyTree, index: ModelIndex, scopes: ScopeIndex, file: string | undefined): SynthQuery[] {
  const tr = new DjangoTranslator(t, index, scopes, file);
  const out: SynthQuery[] = [];
  walk(t.root, (n) => {
    let target: PyNode | undefined;
    let terminal: { name: string; call: PyNode } | undefined;
    if (n.type === 'call') {
      const fn = field(n, 'function');
      if (fn?.type === 'attribute') {
        const name = textOf(t, field(fn, 'attribute')!);
        if (TERMINAL.has(name)) {
          target = field(fn, 'object');
          terminal = { name, call: n };
        }
      } else if (fn?.type === 'identifier' && EVALUATING_CALLS.has(textOf(t, fn))) target = callArgs(t, n).positional[0];
    } else if (n.type === 'for_statement' || n.type === 'for_in_clause') target = field(n, 'right');
    else if (n.type === 'subscript') {
      const sub = field(n, 'subscript');
      if (sub && (sub.type === 'integer' || (sub.type === 'unary_operator' && /^-?\d+$/.test(textOf(t, sub))))) target = field(n, 'value');
    }
    if (!target) return;
    tr.reset();
    const q = tr.tryQuery(target);
    if (!q || q.none) return;
    try {
      out.push({ ...tr.synthesize(q, terminal), at: n.start });
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
    }
  });
  return out;
}

class DjangoTranslator {
  private depth = 0;

  constructor(
    private readonly t: PyTree,
    private readonly index: ModelIndex,
    private readonly scopes: ScopeIndex,
    private readonly file: string | undefined,
    /** Inside a manager's `get_queryset`: the base queryset `super().get_queryset()` stands for. */
    private readonly base?: DjQuery,
    private readonly counter = { n: 0 },
  ) {}

  /** Parameters are numbered per query. */
  reset(): void {
    this.counter.n = 0;
  }

  tryQuery(n: PyNode): DjQuery | undefined {
    try {
      return this.query(n);
    } catch (e) {
      if (e instanceof Unknown) return undefined;
      throw e;
    }
  }

  /** A queryset expression → its query, undefined when the node is not a queryset we can see. */
  query(node: PyNode | undefined): DjQuery | undefined {
    const n = unparen(node);
    if (!n || this.depth > 50) return undefined;
    const t = this.t;
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes);
      if (!v) return undefined;
      this.depth++;
      try {
        return this.query(v);
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'subscript') {
      const sub = field(n, 'subscript');
      return sub?.type === 'slice' ? this.query(field(n, 'value')) : undefined;
    }
    if (n.type === 'attribute') return this.manager(n);
    if (n.type !== 'call') return undefined;
    const fn = field(n, 'function');
    if (fn?.type !== 'attribute') return undefined;
    const method = textOf(t, field(fn, 'attribute')!);
    const obj = field(fn, 'object');
    if (this.base && (method === 'get_queryset' || method === 'all') && obj && /^super\(/.test(textOf(t, obj))) return this.base;
    const q = this.query(obj);
    if (!q) return undefined;
    return this.apply(q, method, n);
  }

  /** `Lead.objects` (or a custom manager attribute). */
  private manager(n: PyNode): DjQuery | undefined {
    const t = this.t;
    const obj = field(n, 'object');
    if (obj?.type !== 'identifier') return undefined;
    const model = this.index.model(textOf(t, obj), this.file);
    if (!model || model.framework !== 'django') return undefined;
    const attr = textOf(t, field(n, 'attribute')!);
    const start: DjQuery = { model, modelNode: obj, where: [], annotations: new Map(), managerEnd: n.end };
    const decl = model.managers.get(attr);
    if (!decl) {
      if (attr === 'objects' || attr === '_default_manager' || attr === '_base_manager') return start;
      return undefined;
    }
    if (decl.fromQuerySet) return start;
    if (!decl.className) return start;
    const cls = this.index.managerClass(decl.className, this.file);
    if (!cls) throw new Unknown(`manager ${decl.className} not visible`);
    if (cls.getQueryset === undefined) return start;
    if (cls.getQueryset === null) throw new Unknown('get_queryset not understood');
    const sub = new DjangoTranslator(cls.tree, this.index, cls.tree === this.t ? this.scopes : new ScopeIndex(cls.tree), cls.file, start, this.counter);
    const q = sub.query(cls.getQueryset);
    if (!q) throw new Unknown('get_queryset not understood');
    // Fix offsets belong to the manager's file: keep only this file's.
    return { ...q, modelNode: obj, managerEnd: n.end, filterCall: undefined };
  }

  private apply(q: DjQuery, method: string, call: PyNode): DjQuery | undefined {
    const t = this.t;
    if (LAZY.has(method)) return q;
    if (method === 'none') return { ...q, none: true };
    if (method === 'filter' || method === 'exclude') {
      const cond = this.conditions(q, call, method === 'exclude');
      return {
        ...q,
        where: cond ? [...q.where, cond] : q.where,
        filterCall: q.filterCall ?? (method === 'filter' && !this.base ? call : undefined),
      };
    }
    if (method === 'annotate' || method === 'alias') {
      const args = callArgs(t, call);
      if (args.splat) throw new Unknown('annotate(**kwargs)');
      const annotations = new Map(q.annotations);
      for (const [k, v] of args.keywords) annotations.set(k, this.annotation(q, v) ?? '\u0000');
      return { ...q, annotations };
    }
    // Custom QuerySet or manager methods are not visible.
    throw new Unknown(`method ${method}`);
  }

  /** The SQL of an annotation we understand (Trunc*, Extract*), else undefined. */
  private annotation(q: DjQuery, v: PyNode): string | undefined {
    const n = unparen(v);
    if (n?.type !== 'call') return undefined;
    const name = lastName(this.t, field(n, 'function')) ?? '';
    const args = callArgs(this.t, n);
    const fieldName = this.fieldArg(args.positional[0]);
    if (fieldName === undefined) return undefined;
    const f = this.fieldOf(q.model, fieldName);
    const col = f ? columnRef(q.model, f.column) : undefined;
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

  private fieldArg(n: PyNode | undefined): string | undefined {
    const u = unparen(n);
    if (!u) return undefined;
    if (u.type === 'string') return textOf(this.t, u).replace(/^[rbuRBU]*['"]+|['"]+$/g, '');
    if (u.type === 'call' && lastName(this.t, field(u, 'function')) === 'F') return this.fieldArg(callArgs(this.t, u).positional[0]);
    return undefined;
  }

  private fieldOf(m: ResolvedModel, name: string): FieldDecl | undefined {
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
  private conditions(q: DjQuery, call: PyNode, negate: boolean): string | undefined {
    const args = callArgs(this.t, call);
    if (args.splat) throw new Unknown('filter(**kwargs)');
    const parts: string[] = [];
    for (const p of args.positional) {
      const c = this.qExpr(q, p, negate);
      if (c !== undefined) parts.push(c);
    }
    for (const [k, v] of args.keywords) parts.push(this.lookup(q, k, v, negate));
    if (parts.length === 0) return undefined;
    const and = parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(' AND ');
    return negate ? `NOT (${and})` : and;
  }

  /** A `Q` expression; undefined for an empty `Q()`. */
  private qExpr(q: DjQuery, node: PyNode | undefined, negated: boolean): string | undefined {
    const n = unparen(node);
    if (!n) throw new Unknown('missing Q');
    const t = this.t;
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes);
      if (!v || this.depth > 50) throw new Unknown('Q variable');
      this.depth++;
      try {
        return this.qExpr(q, v, negated);
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'unary_operator' && textOf(t, field(n, 'operator')!) === '~') {
      const inner = this.qExpr(q, field(n, 'argument'), !negated);
      return inner === undefined ? undefined : `NOT (${inner})`;
    }
    if (n.type === 'binary_operator') {
      const op = textOf(t, field(n, 'operator')!);
      if (op !== '|' && op !== '&') throw new Unknown(`operator ${op}`);
      const l = this.qExpr(q, field(n, 'left'), negated);
      const r = this.qExpr(q, field(n, 'right'), negated);
      if (l === undefined) return r;
      if (r === undefined) return l;
      return `(${l}) ${op === '|' ? 'OR' : 'AND'} (${r})`;
    }
    if (n.type === 'call' && lastName(t, field(n, 'function')) === 'Q') {
      const args = callArgs(t, n);
      if (args.splat || [...args.keywords.keys()].some((k) => k.startsWith('_'))) throw new Unknown('Q(**kwargs)');
      const parts: string[] = [];
      for (const p of args.positional) {
        const c = this.qExpr(q, p, negated);
        if (c !== undefined) parts.push(c);
      }
      for (const [k, v] of args.keywords) parts.push(this.lookup(q, k, v, negated));
      if (parts.length === 0) return undefined;
      return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' AND ');
    }
    throw new Unknown('expression in filter()');
  }

  private param(q: { n: number }): string {
    return `$${++q.n}`;
  }

  /** A value: a parameter, a column (`F('x')`), or `CURRENT_TIMESTAMP` (`Now()`). */
  private value(q: DjQuery, node: PyNode): string {
    const n = unparen(node)!;
    if (n.type === 'call') {
      const name = lastName(this.t, field(n, 'function')) ?? '';
      if (name === 'F') {
        const fname = this.fieldArg(callArgs(this.t, n).positional[0]);
        const f = fname === undefined ? undefined : this.fieldOf(q.model, fname);
        if (!f) throw new Unknown('F() of an unknown field');
        return columnRef(q.model, f.column);
      }
      if (name === 'Now') return 'CURRENT_TIMESTAMP';
      if (name === 'Value') return this.param(this.counter);
      if (EXPRESSIONS.has(name) || /^(Trunc|Extract)/.test(name)) throw new Unknown(`expression ${name}`);
    }
    if (n.type === 'binary_operator' && /\bF\(/.test(textOf(this.t, n))) throw new Unknown('F() arithmetic');
    return this.param(this.counter);
  }

  /** One `field__transform__lookup=value` keyword. */
  private lookup(q: DjQuery, key: string, valueNode: PyNode, negated: boolean): string {
    const t = this.t;
    const parts = key.split('__');
    const name = parts.shift()!;
    let expr: string;
    let f: FieldDecl | undefined;
    const ann = q.annotations.get(name);
    if (ann !== undefined) {
      if (ann === '\u0000') throw new Unknown(`annotation ${name}`);
      expr = ann;
    } else {
      f = this.fieldOf(q.model, name);
      if (!f) throw new Unknown(`field ${name}`);
      if (f.isForeignKey && parts[0] && (parts[0] === 'id' || parts[0] === 'pk')) parts.shift();
      else if (f.isForeignKey && parts[0] && !LOOKUPS.has(parts[0]) && !TRANSFORMS.has(parts[0])) {
        // A lookup across the relation joins the other table; it never constrains this table's key.
        return `${columnRef(q.model, f.column)} IS NOT NULL`;
      }
      expr = columnRef(q.model, f.column);
    }
    const isDate = f?.kind === 'DateField';
    const local = (e: string): string => (isDate ? e : `${e} AT TIME ZONE 'UTC'`);
    let lookup = 'exact';
    let first = true;
    while (parts.length) {
      const p = parts.shift()!;
      if (TRANSFORMS.has(p)) {
        const next = parts[0] ?? 'exact';
        if (p === 'year' && first && ann === undefined && parts.length <= 1 && ['exact', 'gt', 'gte', 'lt', 'lte'].includes(next)) {
          // Django's YearLookup compares the column with the year's bounds: prunable.
          parts.shift();
          if (next === 'exact') return `${expr} BETWEEN ${this.param(this.counter)} AND ${this.param(this.counter)}`;
          return `${expr} ${OPS[next]} ${this.value(q, valueNode)}`;
        }
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
    let cond: string;
    switch (lookup) {
      case 'exact':
        cond = isNone ? `${expr} IS NULL` : `${expr} = ${this.value(q, v)}`;
        break;
      case 'iexact':
        cond = isNone ? `${expr} IS NULL` : `UPPER(${expr}::text) = UPPER(${this.value(q, v)})`;
        break;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        cond = `${expr} ${OPS[lookup]} ${this.value(q, v)}`;
        break;
      case 'in': {
        const items = v.type === 'list' || v.type === 'tuple' || v.type === 'set' ? named(v) : undefined;
        if (items && items.length === 0) throw new Unknown('empty IN (Django sends no query)');
        if (items && items.some((i) => i.type === 'list_splat')) throw new Unknown('IN with *splat');
        if (!items && this.query(v)) cond = `${expr} IN (SELECT ${this.param(this.counter)})`;
        else cond = `${expr} IN (${(items ?? [v]).map((i) => this.value(q, i)).join(', ')})`;
        break;
      }
      case 'range': {
        const items = v.type === 'list' || v.type === 'tuple' ? named(v) : undefined;
        if (items && items.length !== 2) throw new Unknown('range needs two values');
        cond = items ? `${expr} BETWEEN ${this.value(q, items[0]!)} AND ${this.value(q, items[1]!)}` : `${expr} BETWEEN ${this.param(this.counter)} AND ${this.param(this.counter)}`;
        break;
      }
      case 'isnull': {
        const s = textOf(t, v);
        if (s !== 'True' && s !== 'False') throw new Unknown('isnull with a variable');
        return `${expr} IS ${s === 'True' ? '' : 'NOT '}NULL`;
      }
      case 'regex':
      case 'iregex':
        cond = `${expr}::text ${lookup === 'regex' ? '~' : '~*'} ${this.value(q, v)}`;
        break;
      default:
        cond = `${lookup.startsWith('i') ? 'UPPER(' : ''}${expr}::text${lookup.startsWith('i') ? ')' : ''} LIKE ${this.value(q, v)}`;
    }
    // Django adds `IS NOT NULL` for nullable columns inside a negated condition.
    if (negated && f?.nullable && ann === undefined) cond = `${cond} AND ${columnRef(q.model, f.column)} IS NOT NULL`;
    return cond;
  }

  /** The SQL statement a terminal method (or iteration, when `terminal` is undefined) sends. */
  synthesize(q: DjQuery, terminal: { name: string; call: PyNode } | undefined): Omit<SynthQuery, 'at'> {
    let where = [...q.where];
    const from = tableRef(q.model);
    let sql: string;
    const name = terminal?.name;
    if (terminal && (name === 'get' || name === 'get_or_create' || name === 'update_or_create' || name === 'in_bulk')) {
      const args = callArgs(this.t, terminal.call);
      if (args.splat) throw new Unknown('get(**kwargs)');
      if (name === 'in_bulk') {
        const first = args.positional[0];
        if (first) where.push(`${columnRef(q.model, q.model.pk)} IN (${this.value(q, first)})`);
      } else {
        for (const p of args.positional) {
          const c = this.qExpr(q, p, false);
          if (c !== undefined) where.push(c);
        }
        for (const [k, v] of args.keywords) if (k !== 'defaults' && k !== 'create_defaults') where.push(this.lookup(q, k, v, false));
      }
    }
    where = where.map((w) => (where.length > 1 ? `(${w})` : w));
    const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    if (name === 'update') {
      const args = callArgs(this.t, terminal!.call);
      const sets: string[] = [];
      for (const [k, v] of args.keywords) {
        const f = this.fieldOf(q.model, k);
        sets.push(`${qi(f?.column ?? k)} = ${this.value(q, v)}`);
      }
      if (sets.length === 0) sets.push(`${qi(q.model.pk)} = ${qi(q.model.pk)}`);
      sql = `UPDATE ${from} SET ${sets.join(', ')}${w}`;
    } else if (name === 'bulk_update') {
      // Django updates the given objects by primary key: `WHERE pk IN (...)`.
      const pkIn = `${columnRef(q.model, q.model.pk)} IN (${this.param(this.counter)})`;
      sql = `UPDATE ${from} SET ${qi(q.model.pk)} = ${qi(q.model.pk)} WHERE ${[...where, pkIn].join(' AND ')}`;
    } else if (name === 'delete') sql = `DELETE FROM ${from}${w}`;
    else if (name === 'count') sql = `SELECT COUNT(*) AS "__count" FROM ${from}${w}`;
    else if (name === 'exists') sql = `SELECT 1 AS "a" FROM ${from}${w} LIMIT 1`;
    else if (name === 'first' || name === 'last' || name === 'earliest' || name === 'latest') sql = `SELECT * FROM ${from}${w} ORDER BY ${columnRef(q.model, q.model.pk)} LIMIT 1`;
    else if (name === 'get' || name === 'get_or_create' || name === 'update_or_create') sql = `SELECT * FROM ${from}${w} LIMIT 21`;
    else sql = `SELECT * FROM ${from}${w}`;
    const fix: Record<string, string | number> = { framework: 'django', model: q.model.className, appendAt: q.managerEnd };
    if (q.filterCall) {
      const list = field(q.filterCall, 'arguments');
      if (list) {
        fix.filterArgsEnd = list.end - 1;
        fix.filterHasArgs = named(list).length > 0 ? 1 : 0;
      }
    }
    return { framework: 'django', sql, range: { start: q.modelNode.start, end: q.modelNode.end }, model: q.model, fix };
  }
}
