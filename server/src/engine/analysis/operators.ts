/**
 * How the parser and the planner see a comparison before pruning looks at it: row comparisons
 * expanded into column comparisons, boolean constants, operator-class (type family) and
 * collation mismatches between the key and the compared value.
 */
import { displayIdent, type KeyPart } from '../catalog/model';
import type { AstNode } from '../sql/parse';
import { canonical, canonicalType, castTarget, nodeOf, opName, strings } from './expr';
import type { ValueClass } from './predicates';

export function aexpr(op: string, l: AstNode, r: AstNode): AstNode {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op } }], lexpr: l, rexpr: r, location: -1 } };
}

function rowArgs(n: AstNode): AstNode[] | undefined {
  return n?.RowExpr ? (n.RowExpr.args ?? []) : undefined;
}

/**
 * Row comparisons as PostgreSQL's parser rewrites them: `(a, b) = (c, d)` is `a = c AND b = d`,
 * `(a, b) <> (c, d)` is `a <> c OR b <> d`, `(a, b) IN ((1, 2), (3, 4))` is an OR of such ANDs.
 * Ordering comparisons (`<`, `<=`, …) stay a row comparison, which partition pruning ignores.
 */
export function expandRowComparison(b: AstNode): AstNode | undefined {
  const kind = String(b.kind);
  const op = opName(b);
  const l = rowArgs(b.lexpr);
  if (!l) return undefined;
  const pair = (r: AstNode[] | undefined, o: string): AstNode | undefined => {
    if (!r || r.length !== l.length || l.length === 0) return undefined;
    const args = l.map((x, i) => aexpr(o, x, r[i]));
    if (args.length === 1) return args[0];
    return { BoolExpr: { boolop: o === '=' ? 'AND_EXPR' : 'OR_EXPR', args, location: -1 } };
  };
  if (kind === 'AEXPR_OP' && (op === '=' || op === '<>' || op === '!=')) return pair(rowArgs(b.rexpr), op === '!=' ? '<>' : op);
  if (kind === 'AEXPR_IN') {
    const items: AstNode[] = b.rexpr?.List?.items ?? (Array.isArray(b.rexpr) ? b.rexpr : [b.rexpr]);
    const arms = items.map((it) => pair(rowArgs(it), '='));
    if (arms.some((a) => a === undefined)) return undefined;
    const notIn = op === '<>';
    const any = arms.length === 1 ? arms[0]! : { BoolExpr: { boolop: 'OR_EXPR', args: arms, location: -1 } };
    return notIn ? { BoolExpr: { boolop: 'NOT_EXPR', args: [any], location: -1 } } : any;
  }
  return undefined;
}

/** `true` / `false` for a boolean constant (`false`, `'f'::boolean`), else undefined. */
export function boolConst(n: AstNode): boolean | undefined {
  const c = n?.A_Const ?? (n?.TypeCast && ['bool', 'boolean'].includes(castTarget(n.TypeCast.typeName)) ? n.TypeCast.arg?.A_Const : undefined);
  if (!c) return undefined;
  if (c.boolval !== undefined) return c.boolval.boolval === true;
  if (n.TypeCast && c.sval) {
    const v = String(c.sval.sval ?? '').trim().toLowerCase();
    if (['t', 'true', 'yes', 'on', '1'].includes(v)) return true;
    if (['f', 'false', 'no', 'off', '0'].includes(v)) return false;
  }
  return undefined;
}

export const INTEGER_TYPES = new Set(['int2', 'int4', 'int8']);
const FLOAT_TYPES = new Set(['float4', 'float8']);

const INT8_MAX = 9223372036854775807n;

/** `int8` for an integer literal within int8's range, else `numeric`. */
function integerLiteralType(text: string): string {
  const t = text.replace(/_/g, '');
  const m = /^(-?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/.exec(t);
  if (!m) return 'numeric';
  const digits = m[2]!;
  const v = /^0[xob]/i.test(digits) ? BigInt(digits.toLowerCase()) : BigInt(digits);
  return v <= INT8_MAX + (m[1] ? 1n : 0n) ? 'int8' : 'numeric';
}

/** The type of a value as the parser resolves it, when it is evident (a typed literal or a cast). */
function valueType(n: AstNode): string | undefined {
  // An integer literal too large for int4 is an int8 (the parser keeps it as a string), and one
  // too large for int8 a numeric; PostgreSQL 16+ also reads `1_000` and `0x10`.
  if (n?.A_Const?.fval) return integerLiteralType(String(n.A_Const.fval.fval ?? ''));
  if (n?.A_Const?.ival) return 'int4';
  if (n?.TypeCast) return canonicalType(castTarget(n.TypeCast.typeName));
  return undefined;
}

/**
 * Why comparing key part `k` with `value` cannot prune because of operator classes, if so: an
 * integer key compared with a numeric or float value (and a numeric key with a float) is cast
 * to the value's type, so the comparison is not in the key's operator family.
 */
export function opclassMismatch(k: KeyPart, value: AstNode): string | undefined {
  if (k.kind !== 'column' || !k.type) return undefined;
  const key = canonicalType(k.type);
  const v = valueType(value);
  if (!v) return undefined;
  const bad = (INTEGER_TYPES.has(key) && (v === 'numeric' || FLOAT_TYPES.has(v))) || (key === 'numeric' && FLOAT_TYPES.has(v));
  return bad ? `${displayIdent(k.column)} (${key}) is compared with a ${v} value, so PostgreSQL casts the key and cannot prune with its operator class` : undefined;
}

/** The collation an explicit COLLATE gives a node (looking through casts), if any. */
export function explicitCollation(n: AstNode): string | undefined {
  let x = n;
  while (x?.TypeCast) x = x.TypeCast.arg;
  const c = x?.CollateClause;
  if (!c) return undefined;
  return normalCollation(strings(c.collname).at(-1) ?? '');
}

function normalCollation(c: string): string {
  return c === '' || c === 'default' ? 'default' : c;
}

/**
 * Why a comparison cannot prune because of collations, if so: PostgreSQL prunes only when the
 * comparison's collation (an explicit COLLATE on either side, else the column's) is the key's.
 * Column-level collations are not tracked, so a key without its own COLLATE counts as `default`.
 */
export function collationMismatch(k: KeyPart, l: AstNode, r: AstNode | undefined): string | undefined {
  const keyName = k.kind === 'column' ? displayIdent(k.column) : `(${k.text})`;
  const keyColl = normalCollation(k.collation ?? 'default');
  const expr = explicitCollation(l) ?? (r ? explicitCollation(r) : undefined);
  const used = expr ?? 'default';
  if (used === keyColl) return undefined;
  // Without an explicit COLLATE and without a key collation there is nothing to compare.
  if (expr === undefined && k.collation === undefined) return undefined;
  // An expression key without its own COLLATE has its expression's collation, which is not tracked.
  if (k.kind === 'expression' && k.collation === undefined) return undefined;
  return expr !== undefined
    ? `${keyName} is compared under an explicit COLLATE "${expr}" that differs from the partition key's collation`
    : `${keyName} is compared under the column's collation, but the partition key uses COLLATE "${keyColl}"`;
}

const COMPLEMENT: Record<string, string> = {
  IS_TRUE: 'IS_NOT_TRUE',
  IS_NOT_TRUE: 'IS_TRUE',
  IS_FALSE: 'IS_NOT_FALSE',
  IS_NOT_FALSE: 'IS_FALSE',
  IS_UNKNOWN: 'IS_NOT_UNKNOWN',
  IS_NOT_UNKNOWN: 'IS_UNKNOWN',
  IS_NULL: 'IS_NOT_NULL',
  IS_NOT_NULL: 'IS_NULL',
};

/**
 * The expression an OR tests both ways (`x IS TRUE OR x IS NOT TRUE`, `x IS NULL OR x IS NOT
 * NULL`), which makes the OR true for every row (also under NOT, where both tests flip), or
 * undefined.
 */
export function tautology(args: readonly AstNode[]): string | undefined {
  const seen = new Set<string>();
  const column = (ref: AstNode): string => ((ref.fields ?? []) as AstNode[]).map((f) => (f.String?.sval as string | undefined) ?? '*').join('.');
  for (const a of args) {
    const [t, b] = nodeOf(a);
    const test = t === 'BooleanTest' ? String(b.booltesttype) : t === 'NullTest' ? String(b.nulltesttype) : undefined;
    if (test === undefined || !b.arg) continue;
    const expr = canonical(b.arg, column);
    if (seen.has(`${expr}\u0000${COMPLEMENT[test]}`)) return expr.replace(/"/g, '');
    seen.add(`${expr}\u0000${test}`);
  }
  return undefined;
}

/**
 * Why an IN list on a varchar key cannot prune, if so. The list's values take the key's type,
 * varchar, which has no `=` of its own: PostgreSQL compares as text and casts the whole array to
 * text[]. With constants the cast is folded away; with a stable element (`to_char(…)`,
 * `now()::text`) the cast array is neither a constant nor an array of elements, and pruning gives
 * up, also at run time. (`= ANY(ARRAY['ab', to_char(…)])` is a text[] already and prunes.)
 */
export function varcharArrayReason(part: KeyPart, items: number, worst: ValueClass): string | undefined {
  if (part.kind !== 'column' || !part.type || items < 2) return undefined;
  if (!/^(varchar|character varying)\b/i.test(part.type.replace(/^pg_catalog\./, ''))) return undefined;
  if (worst !== 'stable') return undefined;
  return `the IN list on the varchar key ${displayIdent(part.column)} has a value computed at run time, so PostgreSQL compares it as a text[] it cannot prune with`;
}

const RANGE_TYPES = new Set(['int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange']);

/**
 * A range the planner sees as a constant: a literal cast to a range type, or a range
 * constructor (`tstzrange('2025-01-01', '2025-02-01')`) whose arguments are literals.
 */
export function constantRange(n: AstNode): boolean {
  const lit = (x: AstNode): boolean => {
    let y = x;
    while (y?.TypeCast) y = y.TypeCast.arg;
    return y?.A_Const !== undefined && !y.A_Const.isnull;
  };
  if (n?.TypeCast) return RANGE_TYPES.has(castTarget(n.TypeCast.typeName)) && lit(n.TypeCast.arg);
  const f = n?.FuncCall;
  if (!f) return false;
  const name = strings(f.funcname).at(-1) ?? '';
  return RANGE_TYPES.has(name) && (f.args ?? []).length >= 2 && (f.args as AstNode[]).every(lit);
}
