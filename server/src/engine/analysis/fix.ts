/**
 * Where a quick fix can add a partition-key filter for a table reference: after the existing
 * WHERE condition of the query level that holds the reference (` AND …`), or after its FROM
 * clause (` WHERE …`). Found with the PostgreSQL scanner's tokens, because the parser gives
 * node start locations only.
 */
import { scanSync } from 'libpg-query';
import type { AstNode, ParsedStatement } from '../sql/parse';

interface Tok {
  start: number;
  end: number;
  text: string;
  tokenName?: string;
  keywordName?: string;
}

/** Clause keywords that end a WHERE clause (or a FROM clause) at the same nesting level. */
const ENDS = new Set(['GROUP', 'HAVING', 'WINDOW', 'ORDER', 'LIMIT', 'OFFSET', 'FETCH', 'FOR', 'UNION', 'INTERSECT', 'EXCEPT', 'RETURNING', 'WHEN']);

const cache = new WeakMap<ParsedStatement, Tok[]>();

function tokens(stmt: ParsedStatement): Tok[] {
  let t = cache.get(stmt);
  if (!t) {
    try {
      t = (scanSync(stmt.sql).tokens as Tok[]).filter((x) => x.tokenName !== 'SQL_COMMENT' && x.tokenName !== 'C_COMMENT');
    } catch {
      t = [];
    }
    cache.set(stmt, t);
  }
  return t;
}

/** The insertion point for the reference whose table name starts at `byteLocation`. */
export function insertionPoint(stmt: ParsedStatement, byteLocation: number): { offset: number; mode: 'and' | 'where' } | undefined {
  const toks = tokens(stmt);
  let i = toks.findIndex((t) => t.start === byteLocation);
  if (i < 0) return undefined;
  let depth = 0;
  let sawWhere = false;
  let lastEnd = toks[i]!.end;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      const up = t.text.toUpperCase();
      if (t.text === ';') break;
      if (up === 'WHERE' && t.keywordName === 'RESERVED_KEYWORD') sawWhere = true;
      else if (ENDS.has(up) && t.keywordName !== 'NO_KEYWORD') break;
    }
    lastEnd = t.end;
  }
  return { offset: stmt.offsetOf(lastEnd), mode: sawWhere ? 'and' : 'where' };
}

// ---------------------------------------------------------------------------------------------
// Equivalent rewrites of a wrapped key

/** A rewrite that returns exactly the rows of the original condition and prunes. */
export interface KeyRewrite {
  readonly kind: 'rewrite';
  /** Document range of the condition replaced, and its replacement. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /** The original condition as written, e.g. `date_trunc('month', created_at) = '2026-11-01'`. */
  readonly original: string;
  /** Why it is the same, e.g. `'2026-11-01' is a month start`. */
  readonly because: string;
}

/** A wrapped key that cannot be rewritten without changing the result: the sentence says why. */
export interface RewriteRefused {
  readonly kind: 'refused';
  readonly reason: string;
}

type KeyType = 'date' | 'timestamp' | 'timestamptz';

function keyTypeOf(type: string | undefined): KeyType | undefined {
  const t = (type ?? '').toLowerCase().replace(/\(\d+\)/, '').trim();
  if (t === 'date') return 'date';
  if (t === 'timestamp' || t === 'timestamp without time zone') return 'timestamp';
  if (t === 'timestamptz' || t === 'timestamp with time zone') return 'timestamptz';
  return undefined;
}

const UNITS = new Set(['day', 'month', 'quarter', 'year']);

/** `'2026-11-01'` (optionally with a zero time) as y, m, d; anything else (a time, an offset) is undefined. */
function plainDate(text: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return { y, m: mo, d };
}

function dateText(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

function lastName(names: AstNode[] | undefined): string | undefined {
  const n = names?.[names.length - 1];
  return typeof n?.String?.sval === 'string' ? n.String.sval : undefined;
}

/** The key column referenced by `node` (a ColumnRef whose last field is `key`). */
function isKeyRef(node: AstNode, key: string): boolean {
  const fields = node?.ColumnRef?.fields as AstNode[] | undefined;
  return !!fields && lastName(fields) === key;
}

/** The wrapped key on one side of `=`: date_trunc('unit', k), k::date, CAST(k AS date), date(k). */
function wrapped(node: AstNode, key: string): { form: 'trunc'; unit: string; ref: AstNode } | { form: 'date'; ref: AstNode } | { form: 'other' } | undefined {
  if (node?.FuncCall) {
    const name = lastName(node.FuncCall.funcname)?.toLowerCase();
    const args = (node.FuncCall.args ?? []) as AstNode[];
    if (name === 'date_trunc' && args.length === 2 && isKeyRef(args[1], key)) {
      const unit = args[0]?.A_Const?.sval?.sval;
      return typeof unit === 'string' ? { form: 'trunc', unit: unit.toLowerCase(), ref: args[1] } : { form: 'other' };
    }
    if (name === 'date' && args.length === 1 && isKeyRef(args[0], key)) return { form: 'date', ref: args[0] };
    if (args.some((a) => isKeyRef(a, key))) return { form: 'other' };
    return undefined;
  }
  if (node?.TypeCast && isKeyRef(node.TypeCast.arg, key)) {
    return lastName(node.TypeCast.typeName?.names)?.toLowerCase() === 'date' ? { form: 'date', ref: node.TypeCast.arg } : { form: 'other' };
  }
  return undefined;
}

/** A string constant, possibly cast to date/timestamp/timestamptz: its text. */
function constantText(node: AstNode): string | undefined {
  if (typeof node?.A_Const?.sval?.sval === 'string') return node.A_Const.sval.sval;
  if (node?.TypeCast) {
    const t = lastName(node.TypeCast.typeName?.names)?.toLowerCase();
    if (t === 'date' || t === 'timestamp' || t === 'timestamptz') return constantText(node.TypeCast.arg);
  }
  return undefined;
}

function locations(node: AstNode, out: number[] = []): number[] {
  if (Array.isArray(node)) {
    for (const n of node) locations(n, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'location' && typeof v === 'number' && v >= 0) out.push(v);
      else locations(v, out);
    }
  }
  return out;
}

/** Byte range [start, end) of a node's text: its first token to its last, parentheses balanced. */
function byteRange(stmt: ParsedStatement, node: AstNode): { start: number; end: number } | undefined {
  const locs = locations(node);
  if (!locs.length) return undefined;
  const toks = stmt.tokens().filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT');
  const lo = Math.min(...locs);
  const hi = Math.max(...locs);
  const first = toks.findIndex((t) => t.start === lo);
  let last = toks.findIndex((t) => t.start === hi);
  if (first < 0 || last < 0) return undefined;
  let depth = 0;
  for (let i = first; i <= last; i++) depth += toks[i]!.text === '(' ? 1 : toks[i]!.text === ')' ? -1 : 0;
  while (depth > 0 && last + 1 < toks.length) {
    last++;
    depth += toks[last]!.text === '(' ? 1 : toks[last]!.text === ')' ? -1 : 0;
  }
  // A column reference's location is its first name: take `alias."Column"` whole.
  while (toks[last + 1]?.text === '.' && toks[last + 2] && /^[A-Za-z_"\u0080-\uffff*]/.test(toks[last + 2]!.text)) last += 2;
  return { start: toks[first]!.start, end: toks[last]!.end };
}

/**
 * The equivalent range for `date_trunc('unit', key) = X`, `key::date = X` (or `CAST(key AS date)`,
 * `date(key)`) in the statement at `offset`, when it provably returns the same rows: X a constant
 * date (no time of day, no offset; for date_trunc the start of a unit), the key a date, timestamp
 * or timestamptz column. Constants are read in the session's time zone exactly as the original
 * condition reads them, so timestamptz keys keep their meaning. Undefined when there is no such
 * condition; `refused` with the reason when there is one that cannot be rewritten exactly.
 */
export function wrappedKeyRewrite(stmts: readonly ParsedStatement[], offset: number, key: string, keySqlType: string | undefined): KeyRewrite | RewriteRefused | undefined {
  const stmt = stmts.find((s) => s.start <= offset && offset <= s.endOffset);
  if (!stmt) return undefined;
  let found: { expr: AstNode; side: AstNode; other: AstNode; parentIsAnd: boolean } | undefined;
  let otherForm = false;
  const visit = (node: AstNode, parentIsAnd: boolean): void => {
    if (found || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parentIsAnd);
      return;
    }
    const e = node.A_Expr;
    if (e && e.kind === 'AEXPR_OP' && lastName(e.name) === '=') {
      for (const [side, other] of [[e.lexpr, e.rexpr], [e.rexpr, e.lexpr]] as const) {
        const w = wrapped(side, key);
        if (w && w.form !== 'other') {
          found = { expr: node, side, other, parentIsAnd };
          return;
        }
        if (w) otherForm = true;
      }
    }
    // The and-ness passes through a node's type wrapper ({ BoolExpr: {…} }) to its arguments.
    const isBool = typeof node.boolop === 'string';
    for (const [k, v] of Object.entries(node)) {
      if (k === 'whereClause') visit(v, true);
      else if (isBool && k === 'args') visit(v, node.boolop === 'AND_EXPR');
      else visit(v, /^[A-Z]/.test(k) ? parentIsAnd : false);
    }
  };
  visit(stmt.ast, false);
  if (!found) return otherForm ? { kind: 'refused', reason: 'the key is wrapped in an expression that has no exact range form' } : undefined;
  const { expr, side, other, parentIsAnd } = found;
  const w = wrapped(side, key)!;
  if (w.form === 'other') return undefined;
  const type = keyTypeOf(keySqlType);
  if (!type) return { kind: 'refused', reason: `the type of ${key} is ${keySqlType ? `${keySqlType}, not a date or timestamp` : 'not known'}, so an equivalent range cannot be proven` };
  const x = constantText(other);
  if (x === undefined) return { kind: 'refused', reason: 'the value compared is not a constant date, so whether a range returns the same rows cannot be proven' };
  const dt = plainDate(x);
  if (!dt) return { kind: 'refused', reason: `'${x}' is not a plain date (it has a time of day or an offset), so a range would not return the same rows` };
  let lo: string;
  let hi: string | undefined;
  let because: string;
  if (w.form === 'trunc') {
    if (!UNITS.has(w.unit)) return { kind: 'refused', reason: `date_trunc('${w.unit}', …) is not rewritten (only day, month, quarter and year)` };
    const aligned = w.unit === 'day' || (dt.d === 1 && (w.unit === 'month' || (w.unit === 'quarter' && (dt.m - 1) % 3 === 0) || (w.unit === 'year' && dt.m === 1)));
    if (!aligned) return { kind: 'refused', reason: `'${x}' is not the start of a ${w.unit}: date_trunc('${w.unit}', ${key}) never equals it, so the query returns no rows and a range would return some` };
    lo = dateText(dt.y, dt.m, dt.d);
    hi = w.unit === 'day' ? dateText(dt.y, dt.m, dt.d + 1) : w.unit === 'month' ? dateText(dt.y, dt.m + 1, 1) : w.unit === 'quarter' ? dateText(dt.y, dt.m + 3, 1) : dateText(dt.y + 1, 1, 1);
    because = `'${lo}' is the start of a ${w.unit}`;
  } else {
    lo = dateText(dt.y, dt.m, dt.d);
    hi = type === 'date' ? undefined : dateText(dt.y, dt.m, dt.d + 1);
    because = type === 'date' ? `${key} is a date, so the cast changes nothing` : `the ${type} values whose date is ${lo} are exactly those from ${lo} to ${hi}`;
  }
  if (type === 'timestamptz') because += ' (both read in the session time zone, as the original is)';
  const refRange = byteRange(stmt, w.ref);
  const exprRange = byteRange(stmt, expr.A_Expr ? { l: expr.A_Expr.lexpr, r: expr.A_Expr.rexpr } : expr);
  if (!refRange || !exprRange) return undefined;
  const start = stmt.offsetOf(exprRange.start);
  const end = stmt.offsetOf(exprRange.end);
  const col = sliceBytes(stmt.sql, refRange.start, refRange.end);
  const cond = hi === undefined ? `${col} = '${lo}'` : `${col} >= '${lo}' AND ${col} < '${hi}'`;
  return {
    kind: 'rewrite',
    start,
    end,
    newText: hi === undefined || parentIsAnd ? cond : `(${cond})`,
    original: sliceBytes(stmt.sql, exprRange.start, exprRange.end),
    because,
  };
}

function sliceBytes(s: string, start: number, end: number): string {
  return Buffer.from(s, 'utf8').subarray(start, end).toString('utf8');
}
