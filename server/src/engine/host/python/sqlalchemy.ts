/**
 * SQLAlchemy statements → the SQL SQLAlchemy compiles for PostgreSQL. Reported when the
 * statement is executed in the visible code: `session.execute(stmt)` / `scalars` / `scalar`,
 * or a legacy `session.query(Model)…` / `Model.query…` ended by `all()`, `first()`, `count()`,
 * `update()`, `delete()`, iteration or `list()`.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen, walk } from './ast';
import type { ModelIndex, ResolvedModel, TableDecl } from './models';
import { decodeStringExpr } from './strings';
import { columnRef, qi, type SynthQuery, tableRef, Unknown } from './synth';

interface SaQuery {
  readonly kind: 'select' | 'update' | 'delete' | 'query';
  readonly model: ResolvedModel;
  readonly modelNode: PyNode;
  readonly where: readonly string[];
  /** Last `.where(`/`.filter(` call in the checked file (quick fix target). */
  readonly whereCall?: PyNode;
  /** End of the expression the `.where(...)` can be appended to. */
  readonly appendAt: number;
  readonly complete: boolean;
}

const EXECUTE = new Set(['execute', 'scalars', 'scalar', 'stream', 'stream_scalars', 'scalar_one', 'scalar_one_or_none']);
const QUERY_TERMINAL = new Set(['all', 'first', 'one', 'one_or_none', 'scalar', 'count', 'update', 'delete', 'exists', 'yield_per', 'get', 'partitions']);
const PASS = new Set([
  'order_by', 'limit', 'offset', 'options', 'join', 'outerjoin', 'join_from', 'group_by', 'having', 'distinct', 'with_for_update',
  'execution_options', 'returning', 'values', 'add_columns', 'with_only_columns', 'correlate', 'params', 'select_from', 'with_entities',
  'prefix_with', 'suffix_with', 'order_by', 'slice', 'enable_eagerloads', 'populate_existing', 'autoflush', 'execution_options',
  'ordered_values', 'unique', 'set_label_style', 'add_entity', 'from_statement',
]);
const EVALUATING_CALLS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'enumerate']);
const COMPARE: Record<string, string> = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

export function sqlalchemyQueries(t: PyTree, ctx: { readonly models: ModelIndex }, scopes: ScopeIndex, file: string | undefined): SynthQuery[] {
  const index = ctx.models;
  const tr = new SaTranslator(t, index, scopes, file);
  const out: SynthQuery[] = [];
  walk(t.root, (n) => {
    let target: PyNode | undefined;
    let terminal: string | undefined;
    let legacy = false;
    if (n.type === 'call') {
      const fn = field(n, 'function');
      if (fn?.type === 'attribute') {
        const name = textOf(t, field(fn, 'attribute')!);
        if (name === 'get') {
          // `session.get(Lead, pk)`: a primary-key lookup.
          const q = tr.byPrimaryKey(callArgs(t, n).positional[0]);
          if (q) {
            out.push({ ...tr.synthesize(q, 'first'), at: n.start });
            return;
          }
        }
        if (EXECUTE.has(name)) target = callArgs(t, n).positional[0];
        if (QUERY_TERMINAL.has(name) && !target) {
          target = field(fn, 'object');
          terminal = name;
          legacy = true;
        }
      } else if (fn?.type === 'identifier' && EVALUATING_CALLS.has(textOf(t, fn))) {
        target = callArgs(t, n).positional[0];
        legacy = true;
      }
    } else if (n.type === 'for_statement' || n.type === 'for_in_clause') {
      target = field(n, 'right');
      legacy = true;
    }
    if (!target) return;
    const q = tr.tryStatement(target);
    if (!q || (legacy && q.kind !== 'query') || (!legacy && q.kind === 'query')) return;
    out.push({ ...tr.synthesize(q, terminal), at: n.start });
  });
  return out;
}

class SaTranslator {
  private depth = 0;
  private counter = 0;

  constructor(
    private readonly t: PyTree,
    private readonly index: ModelIndex,
    private readonly scopes: ScopeIndex,
    private readonly file: string | undefined,
  ) {}

  tryStatement(n: PyNode): SaQuery | undefined {
    this.counter = 0;
    try {
      return this.statement(n);
    } catch (e) {
      if (e instanceof Unknown) return undefined;
      throw e;
    }
  }

  /** `session.get(Lead, pk)` → the query by primary key, when the first argument is a mapped class. */
  byPrimaryKey(arg: PyNode | undefined): SaQuery | undefined {
    const u = unparen(arg);
    if (u?.type !== 'identifier') return undefined;
    const m = this.index.model(textOf(this.t, u), this.file);
    if (!m || m.framework !== 'sqlalchemy') return undefined;
    this.counter = 0;
    return { kind: 'select', model: m, modelNode: u, where: [`${columnRef(m, m.pk)} = $1`], appendAt: u.end, complete: true };
  }

  /** A model class name or a `Table` variable → a model-like description. */
  private entity(n: PyNode | undefined): { model: ResolvedModel; node: PyNode } | undefined {
    const u = unparen(n);
    if (!u) return undefined;
    if (u.type === 'identifier') {
      const name = textOf(this.t, u);
      const m = this.index.model(name, this.file);
      if (m && m.framework === 'sqlalchemy') return { model: m, node: u };
      const td = this.index.tableDecl(name, this.file);
      if (td) return { model: tableModel(td), node: u };
      return undefined;
    }
    // `Lead.id` in `select(Lead.id)`, `leads.c.id` for a Table.
    if (u.type === 'attribute') {
      const obj = unparen(field(u, 'object'));
      if (obj?.type === 'attribute' && textOf(this.t, field(obj, 'attribute')!) === 'c') return this.entity(field(obj, 'object'));
      return this.entity(obj);
    }
    if (u.type === 'call') {
      const fname = lastName(this.t, field(u, 'function'));
      if (fname === 'aliased') return undefined;
      for (const a of callArgs(this.t, u).positional) {
        const e = this.entity(a);
        if (e) return e;
      }
    }
    return undefined;
  }

  private statement(node: PyNode | undefined): SaQuery | undefined {
    const n = unparen(node);
    if (!n || this.depth > 50) return undefined;
    const t = this.t;
    if (n.type === 'await') return this.statement(named(n)[0]);
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes);
      if (!v) return undefined;
      this.depth++;
      try {
        return this.statement(v);
      } finally {
        this.depth--;
      }
    }
    // Flask-SQLAlchemy `Lead.query`.
    if (n.type === 'attribute' && textOf(t, field(n, 'attribute')!) === 'query') {
      const e = this.entity(field(n, 'object'));
      if (!e || field(n, 'object')?.type !== 'identifier') return undefined;
      return { kind: 'query', model: e.model, modelNode: e.node, where: [], appendAt: n.end, complete: true };
    }
    if (n.type !== 'call') return undefined;
    const fn = field(n, 'function');
    const args = callArgs(t, n);
    if (fn?.type === 'identifier' || (fn?.type === 'attribute' && /^(sa|sqlalchemy|db)\./.test(textOf(t, fn)))) {
      const name = lastName(t, fn);
      if (name === 'select' || name === 'update' || name === 'delete') {
        let e: { model: ResolvedModel; node: PyNode } | undefined;
        for (const a of args.positional) if ((e = this.entity(a))) break;
        if (!e) return undefined;
        return { kind: name, model: e.model, modelNode: e.node, where: [], appendAt: n.end, complete: true };
      }
      return undefined;
    }
    if (fn?.type !== 'attribute') return undefined;
    const method = textOf(t, field(fn, 'attribute')!);
    const obj = field(fn, 'object');
    if (method === 'query') {
      // `session.query(Lead)`; the receiver is any session-like object.
      let e: { model: ResolvedModel; node: PyNode } | undefined;
      for (const a of args.positional) if ((e = this.entity(a))) break;
      if (!e) return undefined;
      return { kind: 'query', model: e.model, modelNode: e.node, where: [], appendAt: n.end, complete: true };
    }
    if ((method === 'select' || method === 'update' || method === 'delete') && obj?.type === 'identifier') {
      // `leads.select()` on a Table.
      const e = this.entity(obj);
      if (e && this.index.tableDecl(textOf(t, obj), this.file)) {
        const q: SaQuery = { kind: method, model: e.model, modelNode: e.node, where: [], appendAt: n.end, complete: true };
        const w = args.keywords.get('whereclause') ?? args.positional[0];
        return w && method === 'select' ? { ...q, where: [this.expr(q, w)] } : q;
      }
    }
    const q = this.statement(obj);
    if (!q) return undefined;
    if (method === 'where' || method === 'filter') {
      if (args.splat) throw new Unknown('where(*conditions)');
      const conds = args.positional.map((a) => this.expr(q, a));
      return { ...q, where: [...q.where, ...conds], whereCall: n };
    }
    if (method === 'filter_by') {
      if (args.splat) throw new Unknown('filter_by(**kwargs)');
      const conds: string[] = [];
      for (const [k, v] of args.keywords) conds.push(this.compare(q, columnRef(q.model, this.column(q.model, k)), '==', v));
      return { ...q, where: [...q.where, ...conds], whereCall: n };
    }
    if (PASS.has(method)) return { ...q, appendAt: n.end };
    throw new Unknown(`method ${method}`);
  }

  private column(m: ResolvedModel, attr: string): string {
    const f = m.fields.get(attr);
    if (f) return f.column;
    if (m.nonColumns.has(attr)) throw new Unknown(`${attr} is not a column`);
    if (m.complete && m.fields.size > 0) throw new Unknown(`unknown attribute ${attr}`);
    return attr;
  }

  /** A column expression of the query's model, else undefined. */
  private columnExpr(q: SaQuery, node: PyNode | undefined): string | undefined {
    const n = unparen(node);
    if (!n) return undefined;
    const t = this.t;
    if (n.type === 'attribute') {
      const obj = unparen(field(n, 'object'));
      const attr = textOf(t, field(n, 'attribute')!);
      if (obj?.type === 'identifier') {
        const name = textOf(t, obj);
        if (name === q.model.className) return columnRef(q.model, this.column(q.model, attr));
        const other = this.index.model(name, this.file);
        if (other) throw new Unknown('another model');
      }
      if (obj?.type === 'attribute' && textOf(t, field(obj, 'attribute')!) === 'c') {
        const tv = unparen(field(obj, 'object'));
        if (tv?.type === 'identifier' && this.entity(tv)?.model.table === q.model.table) return columnRef(q.model, attr);
        if (tv?.type === 'identifier' && this.entity(tv)) throw new Unknown('another table');
      }
      return undefined;
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

  private value(n: PyNode | undefined): string {
    const u = unparen(n);
    if (u?.type === 'call') {
      const dotted = textOf(this.t, field(u, 'function')!);
      if (/(?:^|\.)func\.now$/.test(dotted)) return 'now()';
      if (/(?:^|\.)func\.current_timestamp$/.test(dotted)) return 'CURRENT_TIMESTAMP';
      if (/(?:^|\.)(select|text|literal_column|column)$/.test(dotted)) throw new Unknown('SQL expression value');
    }
    return `$${++this.counter}`;
  }

  private compare(q: SaQuery, left: string, op: string, right: PyNode | undefined): string {
    const r = unparen(right);
    if (r?.type === 'none') {
      if (op === '==') return `${left} IS NULL`;
      if (op === '!=') return `${left} IS NOT NULL`;
    }
    const other = this.columnExpr(q, r);
    return `${left} ${COMPARE[op]} ${other ?? this.value(r)}`;
  }

  /** A boolean SQL expression. */
  private expr(q: SaQuery, node: PyNode | undefined): string {
    const n = unparen(node);
    if (!n) throw new Unknown('missing expression');
    const t = this.t;
    if (n.type === 'identifier') {
      const v = resolveVariable(t, n, this.scopes);
      if (!v || this.depth > 50) throw new Unknown('condition variable');
      this.depth++;
      try {
        return this.expr(q, v);
      } finally {
        this.depth--;
      }
    }
    if (n.type === 'comparison_operator') {
      const ops = n.children.filter((c) => !c.named).map((c) => textOf(t, c));
      const operands = named(n);
      if (ops.length !== 1 || operands.length !== 2 || !(ops[0]! in COMPARE)) throw new Unknown('comparison');
      const op = ops[0]!;
      const l = this.columnExpr(q, operands[0]);
      if (l !== undefined) return this.compare(q, l, op, operands[1]);
      const r = this.columnExpr(q, operands[1]);
      if (r !== undefined) {
        const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };
        return this.compare(q, r, flip[op]!, operands[0]);
      }
      throw new Unknown('comparison without a column');
    }
    if (n.type === 'binary_operator') {
      const op = textOf(t, field(n, 'operator')!);
      if (op !== '&' && op !== '|') throw new Unknown(op);
      return `(${this.expr(q, field(n, 'left'))}) ${op === '&' ? 'AND' : 'OR'} (${this.expr(q, field(n, 'right'))})`;
    }
    if (n.type === 'unary_operator' && textOf(t, field(n, 'operator')!) === '~') return `NOT (${this.expr(q, field(n, 'argument'))})`;
    if (n.type === 'call') {
      const fn = field(n, 'function');
      const args = callArgs(t, n);
      if (args.splat) throw new Unknown('splat');
      const name = lastName(t, fn);
      if (fn?.type === 'identifier' || (fn && /^(sa|sqlalchemy|db)\./.test(textOf(t, fn)))) {
        if (name === 'and_' || name === 'or_') {
          if (args.positional.length === 0) throw new Unknown('empty and_/or_');
          return args.positional.map((a) => `(${this.expr(q, a)})`).join(name === 'and_' ? ' AND ' : ' OR ');
        }
        if (name === 'not_') return `NOT (${this.expr(q, args.positional[0])})`;
        if (name === 'between') {
          const c = this.columnExpr(q, args.positional[0]);
          if (c === undefined) throw new Unknown('between');
          return `${c} BETWEEN ${this.value(args.positional[1])} AND ${this.value(args.positional[2])}`;
        }
        if (name === 'text') {
          const d = decodeStringExpr(t, args.positional[0]);
          if (!d || d.interpolated) throw new Unknown('dynamic text()');
          return d.text.replace(/:[A-Za-z_][A-Za-z0-9_]*/g, () => `$${++this.counter}`);
        }
      }
      if (fn?.type === 'attribute') {
        const method = textOf(t, field(fn, 'attribute')!);
        const col = this.columnExpr(q, field(fn, 'object'));
        if (col !== undefined) {
          const a0 = args.positional[0];
          switch (method) {
            case 'between':
              return `${col} BETWEEN ${this.value(a0)} AND ${this.value(args.positional[1])}`;
            case 'in_':
            case 'not_in':
            case 'notin_': {
              const u = unparen(a0);
              const items = u && (u.type === 'list' || u.type === 'tuple') ? named(u) : undefined;
              if (items && items.length === 0) throw new Unknown('empty IN');
              const list = (items ?? [a0]).map((i) => this.value(i)).join(', ');
              return `${col} ${method === 'in_' ? 'IN' : 'NOT IN'} (${list})`;
            }
            case 'is_':
              return unparen(a0)?.type === 'none' ? `${col} IS NULL` : `${col} IS ${this.value(a0)}`;
            case 'is_not':
            case 'isnot':
              return unparen(a0)?.type === 'none' ? `${col} IS NOT NULL` : `${col} IS NOT ${this.value(a0)}`;
            case 'like':
            case 'ilike':
            case 'startswith':
            case 'endswith':
            case 'contains':
              return `${col} ${method === 'ilike' ? 'ILIKE' : 'LIKE'} ${this.value(a0)}`;
            case 'op':
              return `${col} ${decodeStringExpr(t, a0)?.text ?? '='} ${this.value(unparen(n.parent ?? undefined))}`;
            default:
              throw new Unknown(`column method ${method}`);
          }
        }
      }
      const c = this.columnExpr(q, n);
      if (c !== undefined) return c;
      throw new Unknown('call in where()');
    }
    const c = this.columnExpr(q, n);
    if (c !== undefined) return c;
    if (n.type === 'true') return 'true';
    if (n.type === 'false') return 'false';
    throw new Unknown(`expression ${n.type}`);
  }

  synthesize(q: SaQuery, terminal: string | undefined): Omit<SynthQuery, 'at'> {
    const from = tableRef(q.model);
    const where = q.where.map((w) => (q.where.length > 1 ? `(${w})` : w));
    const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    let sql: string;
    if (q.kind === 'update' || terminal === 'update') sql = `UPDATE ${from} SET ${qi(q.model.pk)} = ${qi(q.model.pk)}${w}`;
    else if (q.kind === 'delete' || terminal === 'delete') sql = `DELETE FROM ${from}${w}`;
    else if (terminal === 'count') sql = `SELECT count(*) AS count_1 FROM ${from}${w}`;
    else if (terminal === 'first') sql = `SELECT * FROM ${from}${w} LIMIT 1`;
    else sql = `SELECT * FROM ${from}${w}`;
    const fix: Record<string, string | number> = {
      framework: 'sqlalchemy',
      model: q.model.className,
      appendAt: q.appendAt,
      appendMethod: q.kind === 'query' ? 'filter' : 'where',
    };
    if (q.whereCall && q.whereCall.start >= 0 && textOf(this.t, field(field(q.whereCall, 'function'), 'attribute')!) !== 'filter_by') {
      const list = field(q.whereCall, 'arguments');
      if (list) fix.whereArgsEnd = list.end - 1;
    }
    return { framework: 'sqlalchemy', sql, range: { start: q.modelNode.start, end: q.modelNode.end }, model: q.model, fix };
  }
}

function saType(name: string): string {
  const m: Record<string, string> = { Date: 'DATE', DateTime: 'TIMESTAMP WITHOUT TIME ZONE', String: 'VARCHAR', Text: 'TEXT', Integer: 'INTEGER', BigInteger: 'BIGINT', Time: 'TIME' };
  return m[name] ?? (name.toUpperCase() || 'TEXT');
}

function tableModel(td: TableDecl): ResolvedModel {
  const fields = new Map([...td.columns].map((c) => [c, { attr: c, column: c, isForeignKey: false, nullable: true, primaryKey: c === 'id', kind: 'Column' }] as const));
  return { framework: 'sqlalchemy', className: td.variable, schema: td.schema, table: td.table, fields, nonColumns: new Set(), managers: new Map(), complete: false, pk: 'id' };
}
