/**
 * Small helpers over libpg-query expression nodes: names, operators, type names, a canonical
 * text form (to match expression partition keys) and volatility of function calls.
 */
import { parseSync } from 'libpg-query';
import type { AstNode } from '../sql/parse';

/** The node type and body of a wrapped node (`{ A_Expr: {...} }` → `['A_Expr', {...}]`). */
export function nodeOf(n: AstNode): [string, AstNode] {
  if (!n || typeof n !== 'object') return ['', undefined];
  const k = Object.keys(n)[0];
  return k === undefined ? ['', undefined] : [k, n[k]];
}

/** `[{String:{sval:'a'}}, …]` → `['a', …]`; `A_Star` becomes `*`. */
export function strings(list: AstNode[] | undefined): string[] {
  return (list ?? []).map((x: AstNode) => (x?.String ? String(x.String.sval ?? '') : x?.A_Star ? '*' : ''));
}

export function opName(aexpr: AstNode): string {
  const names = strings(aexpr.name);
  return names[names.length - 1] ?? '';
}

const TYPE_ALIASES: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  int4: 'int4',
  bigint: 'int8',
  int8: 'int8',
  smallint: 'int2',
  int2: 'int2',
  'timestamp with time zone': 'timestamptz',
  timestamptz: 'timestamptz',
  'timestamp without time zone': 'timestamp',
  timestamp: 'timestamp',
  'character varying': 'text',
  varchar: 'text',
  text: 'text',
  bpchar: 'bpchar',
  character: 'bpchar',
  char: 'bpchar',
  'double precision': 'float8',
  float8: 'float8',
  real: 'float4',
  float4: 'float4',
  numeric: 'numeric',
  decimal: 'numeric',
  boolean: 'bool',
  bool: 'bool',
  date: 'date',
  uuid: 'uuid',
  name: 'text',
};

/**
 * A canonical type name, folding aliases and binary-compatible types into one name
 * (`varchar` and `text` are binary compatible, so casting between them keeps pruning).
 */
export function canonicalType(t: string): string {
  const s = t.toLowerCase().replace(/^pg_catalog\./, '').replace(/\(.*\)$/, '').replace(/\s+/g, ' ').trim();
  return TYPE_ALIASES[s] ?? s;
}

/** The type a TypeCast node casts to, canonical. */
export function castTarget(typeName: AstNode): string {
  const names = strings(typeName?.names).filter((n) => n !== 'pg_catalog');
  const base = names.join('.');
  const isArray = Array.isArray(typeName?.arrayBounds) && typeName.arrayBounds.length > 0;
  return canonicalType(base) + (isArray ? '[]' : '');
}

/** Functions whose result changes within one statement: PostgreSQL never prunes with them. */
const VOLATILE = new Set([
  'random',
  'random_normal',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'setval',
  'currval',
  'lastval',
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'txid_current',
  'pg_sleep',
  'setseed',
  'dblink',
]);

export function isVolatileFunction(name: string): boolean {
  return VOLATILE.has(name.toLowerCase());
}

const AGGREGATES = new Set(['count', 'sum', 'min', 'max', 'avg', 'array_agg', 'string_agg', 'bool_and', 'bool_or', 'every', 'json_agg', 'jsonb_agg']);

export function isAggregateFunction(name: string): boolean {
  return AGGREGATES.has(name.toLowerCase());
}

/** The last part of a function's (possibly qualified) name, lower case. */
export function funcName(fc: AstNode): string {
  const n = strings(fc?.funcname);
  return (n[n.length - 1] ?? '').toLowerCase();
}

/**
 * A canonical text of an expression, used to match a query expression against an
 * expression partition key. `column` names a column reference (or returns undefined when
 * it does not belong to the table, which makes the expression unmatchable).
 */
export function canonical(n: AstNode, column: (ref: AstNode) => string | undefined): string {
  const [t, b] = nodeOf(n);
  switch (t) {
    case 'ColumnRef': {
      const c = column(b);
      return c === undefined ? '\u0000' : `"${c}"`;
    }
    case 'A_Const':
      if (b.isnull) return 'null';
      if (b.ival) return String(b.ival.ival ?? 0);
      if (b.fval) return String(b.fval.fval);
      if (b.sval) return `'${String(b.sval.sval ?? '')}'`;
      if (b.boolval) return String(b.boolval.boolval ?? false);
      if (b.bsval) return `b'${String(b.bsval.bsval)}'`;
      return 'const';
    case 'TypeCast':
      // The catalog prints a key's string literal with its type (`ltrim(c, 'A'::text)`) where the
      // query leaves it untyped: both are the same constant once the planner folds them.
      if (b.arg?.A_Const?.sval) return canonical(b.arg, column);
      return `(${canonical(b.arg, column)})::${castTarget(b.typeName)}`;
    case 'FuncCall':
      return `${funcName(b)}(${(b.args ?? []).map((a: AstNode) => canonical(a, column)).join(',')})`;
    case 'A_Expr':
      return `(${b.lexpr ? canonical(b.lexpr, column) : ''} ${opName(b)} ${b.rexpr ? canonical(b.rexpr, column) : ''})`;
    case 'CoalesceExpr':
      return `coalesce(${(b.args ?? []).map((a: AstNode) => canonical(a, column)).join(',')})`;
    case 'SQLValueFunction':
      return String(b.op);
    case 'List':
      return `[${(b.items ?? []).map((a: AstNode) => canonical(a, column)).join(',')}]`;
    default:
      return `${t}?`;
  }
}

const keyExprCache = new Map<string, AstNode | null>();

/** The parsed expression of an expression partition key (null when it does not parse). */
export function parseKeyExpression(text: string): AstNode | null {
  let hit = keyExprCache.get(text);
  if (hit === undefined) {
    try {
      const r = parseSync(`SELECT ${text}`) as AstNode;
      hit = r.stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val ?? null;
    } catch {
      hit = null;
    }
    keyExprCache.set(text, hit);
  }
  return hit;
}

/** Deep-copies a node, replacing column references for which `replace` returns a node. */
export function substitute(n: AstNode, replace: (colRef: AstNode) => AstNode | undefined): AstNode {
  if (Array.isArray(n)) return n.map((x) => substitute(x, replace));
  if (!n || typeof n !== 'object') return n;
  if (n.ColumnRef) {
    const r = replace(n.ColumnRef);
    if (r) return r;
  }
  // Subqueries keep their own scope: copy them unchanged.
  if (n.SubLink || n.SelectStmt) return n;
  const out: Record<string, AstNode> = {};
  for (const [k, v] of Object.entries(n)) out[k] = substitute(v, replace);
  return out;
}

/** Calls `visit` for every column reference outside nested subqueries; `sublink` for each SubLink. */
export function walkExpr(n: AstNode, visit: (colRef: AstNode) => void, sublink?: (s: AstNode) => void): void {
  if (Array.isArray(n)) {
    for (const x of n) walkExpr(x, visit, sublink);
    return;
  }
  if (!n || typeof n !== 'object') return;
  if (n.ColumnRef) {
    visit(n.ColumnRef);
    return;
  }
  if (n.SubLink) {
    sublink?.(n.SubLink);
    // The test expression of `x IN (SELECT …)` belongs to the outer query.
    if (n.SubLink.testexpr) walkExpr(n.SubLink.testexpr, visit, sublink);
    return;
  }
  if (n.SelectStmt) return;
  // for…in avoids allocating a values array per node (this walk is hot).
  for (const k in n) {
    const v = n[k];
    if (v !== null && typeof v === 'object') walkExpr(v, visit, sublink);
  }
}

/**
 * Flattens nested ANDs into a list of conjuncts. A row equality `(a, b) = (c, d)` becomes
 * `a = c` and `b = d`, as PostgreSQL's parser makes it, so equivalence classes see each pair.
 */
export function conjuncts(n: AstNode | undefined, out: AstNode[] = []): AstNode[] {
  if (!n) return out;
  const e = n.A_Expr;
  const l = e?.lexpr?.RowExpr?.args as AstNode[] | undefined;
  const r = e?.rexpr?.RowExpr?.args as AstNode[] | undefined;
  if (n.BoolExpr?.boolop === 'AND_EXPR') {
    for (const a of n.BoolExpr.args ?? []) conjuncts(a, out);
  } else if (l && r && l.length === r.length && l.length > 0 && e.kind === 'AEXPR_OP' && opName(e) === '=') {
    for (const [i, x] of l.entries()) out.push({ A_Expr: { kind: 'AEXPR_OP', name: e.name, lexpr: x, rexpr: r[i], location: e.location } });
  } else out.push(n);
  return out;
}

/** The SELECT body of a `SelectStmt` node or a bare larg/rarg object. */
export function selectBody(n: AstNode): AstNode {
  return n?.SelectStmt ?? n;
}
