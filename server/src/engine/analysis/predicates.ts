/**
 * Predicates and keys: what one conjunct says about one level of a table's partition key
 * (equality, IN, range, <>, IS [NOT] NULL, or why it cannot be used), the value classes of the
 * other side of a comparison, and whether the constraints of an AND-group let that level prune.
 */
import { displayIdent } from '../catalog/model';
import type { AstNode } from '../sql/parse';
import { canonical, canonicalType, castTarget, funcName, isVolatileFunction, nodeOf, opName, parseKeyExpression, strings, walkExpr } from './expr';
import { keyPartName, namesAny, schemeColumns, type Scheme } from './schemes';
import { Scopes, wholeRowName, type RefItem, type Scope } from './scope';
import { aexpr, boolConst, collationMismatch, constantRange, expandRowComparison, explicitCollation, INTEGER_TYPES, opclassMismatch, tautology, varcharArrayReason } from './operators';
import { isScalarSubLink, readsOuterName } from './subqueries';
import { describeOp, valueReason } from './reasons';
import { unwrapCast } from './shape';

/** A constraint one predicate puts on key column `idx` of a scheme. */
export interface Con {
  readonly idx: number;
  /** `in`: equality with one of several values (an IN list or `= ANY(ARRAY[…])`), which PostgreSQL treats as an OR. */
  readonly kind: 'eq' | 'in' | 'range' | 'ne' | 'isnull' | 'notnull';
  /**
   * The value is another relation's column, an outer query's column or a subquery's result:
   * unknown when planning, a parameter at execution (parameterized nested loop, correlated
   * SubPlan, InitPlan), so it can only drive run-time pruning.
   */
  readonly runtime?: string;
  /** The run-time value is an uncorrelated scalar subquery: an InitPlan, evaluated before the scan. */
  readonly initplan?: boolean;
  /** The operator and the value nodes, to compare constants with partition bounds. */
  readonly op?: string;
  readonly nodes?: readonly AstNode[];
}

export interface Eval {
  cons: Con[];
  /** Some OR conjunct prunes on its own. */
  orOk: boolean;
  /** The constraints of each branch of every OR that prunes, to compare with partition bounds. */
  orArms?: Con[][][];
  mentions: boolean;
  reasons: string[];
}

export const COMPARISON = new Set(['=', '<', '<=', '>', '>=', '<>', '!=']);
export const FLIP: Record<string, string> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=', '<>': '<>', '!=': '!=' };
export const NEGATE: Record<string, string> = { '=': '<>', '<>': '=', '!=': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** Value classes, worst last; everything below `volatile` can drive pruning. */
export const RANK = { const: 0, param: 1, stable: 1, volatile: 2, collate: 2, other: 3, outer: 4, sublink: 5, self: 6, subplan: 6 } as const;
export type ValueClass = keyof typeof RANK;

export const NO_MATCH: { idx: number; wrapped?: string } = { idx: -1 };

export interface Ctx {
  readonly ref: RefItem;
  readonly scheme: Scheme;
  readonly scope: Scope;
  /**
   * The top-level scheme, when `scheme` is a sub-level with a default partition: PostgreSQL then
   * adds the sub-partition's own constraint, and an OR branch on the top key that contradicts
   * it is ignored at this level.
   */
  readonly top?: Scheme;
}

/** Whether the constraints collected for one AND-group let PostgreSQL prune at this level. */
export function decide(ev: Eval, s: Scheme, runtime = false): { ok: boolean; reason?: string } {
  if (ev.orOk) return { ok: true };
  const cons = runtime || !ev.cons.some((c) => c.runtime !== undefined) ? ev.cons : ev.cons.filter((c) => c.runtime === undefined);
  const on = (i: number, kinds: Con['kind'][]): boolean => cons.some((c) => c.idx === i && kinds.includes(c.kind));
  const first = s.key[0] ? keyPartName(s.key[0]) : '';
  switch (s.strategy) {
    case 'range':
      if (on(0, ['eq', 'in', 'range', 'isnull'])) return { ok: true };
      // A NULL in any key column sends the row to the default partition (or nowhere).
      if (cons.some((c) => c.kind === 'isnull')) return { ok: true };
      if (cons.some((c) => c.idx > 0))
        return { ok: false, reason: `only a later key column is constrained, but a multi-column RANGE key prunes on a leading run of key columns starting with ${first}` };
      if (on(0, ['ne'])) return { ok: false, reason: `<> / NOT IN on ${first} cannot prune RANGE partitions` };
      if (on(0, ['notnull'])) return { ok: false, reason: `${first} IS NOT NULL does not exclude any RANGE partition` };
      return { ok: false };
    case 'list':
      if (on(0, ['eq', 'in', 'range', 'isnull', 'ne'])) return { ok: true };
      if (on(0, ['notnull'])) {
        const nullOnly = s.partitions.some((p) => p.bound.kind === 'list' && p.bound.values.length > 0 && p.bound.values.every((v) => v === null));
        return nullOnly ? { ok: true } : { ok: false, reason: `${first} IS NOT NULL does not exclude any LIST partition` };
      }
      return { ok: false };
    case 'hash': {
      // With several key columns an IN list is an OR whose branches lack the other columns.
      const usable: Con['kind'][] = s.key.length === 1 ? ['eq', 'in', 'isnull'] : ['eq', 'isnull'];
      const missing = s.key.map((k, i) => (on(i, usable) ? undefined : keyPartName(k))).filter((x) => x !== undefined);
      if (missing.length === 0) return { ok: true };
      if (s.key.length > 1 && s.key.every((_, i) => on(i, ['eq', 'in', 'isnull'])))
        return {
          ok: false,
          reason: `an IN list on one column of a multi-column HASH key is an OR whose branches lack the other key columns, so PostgreSQL cannot prune with it`,
        };
      if (cons.length > 0)
        return { ok: false, reason: `HASH partitioning prunes only with equality (or IS NULL) on every key column, and ${missing.join(', ')} has none` };
      return { ok: false };
    }
  }
}

/** Value classes that are parameters at execution: they can drive run-time pruning only. */
export function isRuntimeClass(c: ValueClass): boolean {
  return c === 'other' || c === 'outer' || c === 'sublink';
}

export function rankOf(c: ValueClass): number {
  return RANK[c];
}

export function worse(a: ValueClass, b: ValueClass): ValueClass {
  return RANK[b] > RANK[a] ? b : a;
}

/** Evaluates conjuncts against one level of a reference's partition key. */
export class Predicates extends Scopes {
  // ---- predicates -------------------------------------------------------------------------

  protected evalNode(n: AstNode, neg: boolean, ev: Eval, ctx: Ctx): void {
    const [t, b] = nodeOf(n);
    if (t === 'BoolExpr') {
      const op = b.boolop as string;
      if (op === 'NOT_EXPR') {
        for (const a of b.args ?? []) this.evalNode(a, !neg, ev, ctx);
        return;
      }
      const isAnd = (op === 'AND_EXPR') !== neg;
      if (isAnd) {
        for (const a of b.args ?? []) this.evalNode(a, neg, ev, ctx);
        return;
      }
      const taut = tautology(b.args ?? []);
      if (taut !== undefined) {
        // `a IS TRUE OR a IS NOT TRUE` holds for every row: the OR keeps every partition.
        if (namesAny(n, schemeColumns(ctx.scheme))) {
          ev.mentions = true;
          ev.reasons.push(`an OR of complementary tests on ${taut} is always true, so it excludes no partition`);
        }
        return;
      }
      let all = true;
      let badArm: string | undefined;
      const arms: Con[][] = [];
      let armsKnown = true;
      for (const a of b.args ?? []) {
        const sub: Eval = { cons: [], orOk: false, mentions: false, reasons: [] };
        this.evalNode(a, neg, sub, ctx);
        if (sub.mentions) ev.mentions = true;
        const d = decide(sub, ctx.scheme);
        if (sub.orOk) armsKnown = false;
        arms.push(sub.cons);
        if (!d.ok && ctx.top && this.armPrunesTop(a, neg, ctx)) {
          armsKnown = false;
          continue;
        }
        if (!d.ok) {
          all = false;
          badArm ??= sub.mentions ? (d.reason ?? sub.reasons[0]) : undefined;
        }
      }
      if (all) {
        ev.orOk = true;
        if (armsKnown) (ev.orArms ??= []).push(arms);
      }
      else if (ev.mentions) {
        const k = ctx.scheme.key.map(keyPartName).join(', ');
        ev.reasons.push(badArm ? `a branch of an OR cannot be pruned (${badArm})` : `not every branch of an OR constrains ${k}`);
      }
      return;
    }
    this.leaf(n, neg, ev, ctx);
  }

  protected leaf(n: AstNode, neg: boolean, ev: Eval, ctx: Ctx): void {
    const [t, b] = nodeOf(n);
    if (t === 'A_Expr') {
      const kind = String(b.kind);
      const op = opName(b);
      const rows = expandRowComparison(b);
      if (rows) {
        this.evalNode(rows, neg, ev, ctx);
        return;
      }
      if (kind === 'AEXPR_OP' && COMPARISON.has(op)) {
        const coll = explicitCollation(b.lexpr) ?? explicitCollation(b.rexpr);
        const l = this.keyMatch(b.lexpr, ctx, coll);
        const r = l.idx < 0 ? this.keyMatch(b.rexpr, ctx, coll) : { idx: -1 };
        let idx: number;
        let other: AstNode;
        let o = op;
        if (l.idx >= 0) {
          idx = l.idx;
          other = b.rexpr;
        } else if (r.idx >= 0) {
          idx = r.idx;
          other = b.lexpr;
          o = FLIP[op]!;
        } else {
          // `a = false` is `NOT a` to the planner, which matches a boolean key expression `(NOT a)`.
          const b2 = (op === '=' || op === '<>' || op === '!=') && (boolConst(b.rexpr) ?? boolConst(b.lexpr)) !== undefined;
          const side = boolConst(b.rexpr) !== undefined ? b.lexpr : b.rexpr;
          const bi = b2 ? this.negatedKeyIdx(side, ctx) : -1;
          if (bi >= 0) {
            ev.mentions = true;
            ev.cons.push({ idx: bi, kind: 'eq' });
            return;
          }
          const why = l.wrapped ?? r.wrapped;
          if (why) this.note(ev, why);
          return;
        }
        if (neg) o = NEGATE[o]!;
        if ((o === '=' || o === '<>' || o === '!=') && boolConst(other) !== undefined) {
          // The planner makes `key = true` `key` and `key <> true` `NOT key`: an equality either way.
          ev.mentions = true;
          ev.cons.push({ idx, kind: 'eq' });
          return;
        }
        const mismatch = opclassMismatch(ctx.scheme.key[idx]!, other) ?? collationMismatch(ctx.scheme.key[idx]!, b.lexpr, b.rexpr);
        if (mismatch) {
          this.note(ev, mismatch);
          ev.mentions = true;
          return;
        }
        this.constrain(ev, ctx, idx, o === '=' ? 'eq' : o === '<>' || o === '!=' ? 'ne' : 'range', this.classify(other, ctx.scope, ctx.ref), false, { op: o, nodes: [other] });
        ev.mentions = true;
        return;
      }
      if (kind === 'AEXPR_IN') {
        const idx = this.mentionedKeyPart(b.lexpr, ev, ctx);
        if (idx === undefined) return;
        const items: AstNode[] = b.rexpr?.List?.items ?? (Array.isArray(b.rexpr) ? b.rexpr : [b.rexpr]);
        const mismatch = items.map((x) => opclassMismatch(ctx.scheme.key[idx]!, x)).find((x) => x) ?? collationMismatch(ctx.scheme.key[idx]!, b.lexpr, items[0]);
        if (mismatch) {
          this.note(ev, mismatch);
          return;
        }
        const worst = this.worstOf(items, ctx);
        const why = varcharArrayReason(ctx.scheme.key[idx]!, items.length, worst);
        if (why) {
          this.note(ev, why);
          return;
        }
        const notIn = (op === '<>') !== neg;
        this.constrain(ev, ctx, idx, notIn ? 'ne' : items.length > 1 ? 'in' : 'eq', worst, false, { op: notIn ? '<>' : '=', nodes: items });
        return;
      }
      if (kind === 'AEXPR_OP_ANY' || kind === 'AEXPR_OP_ALL') {
        const idx = this.mentionedKeyPart(b.lexpr, ev, ctx);
        if (idx === undefined) return;
        const keyName = keyPartName(ctx.scheme.key[idx]!);
        const arr = unwrapCast(b.rexpr);
        let cls: ValueClass;
        let several = true;
        if (arr?.A_ArrayExpr) {
          several = (arr.A_ArrayExpr.elements ?? []).length > 1;
          cls = this.worstOf(arr.A_ArrayExpr.elements ?? [], ctx);
        } else if (arr?.A_Const) {
          if (arr.A_Const.isnull) {
            // A strict immutable operator over a NULL array is NULL: the planner folds it and
            // scans nothing. A cross-type stable one (timestamp key, timestamptz[]) is not folded,
            // and a NULL array constant cannot prune.
            const part = ctx.scheme.key[idx]!;
            const elem = b.rexpr?.TypeCast ? canonicalType(castTarget(b.rexpr.TypeCast.typeName).replace(/\[\]$/, '')) : undefined;
            const keyType = part.kind === 'column' && part.type ? canonicalType(part.type) : undefined;
            if (elem && keyType && elem !== keyType && !(INTEGER_TYPES.has(elem) && INTEGER_TYPES.has(keyType))) {
              this.note(ev, `${keyName} = ANY(NULL::${elem}[]) compares across types and cannot be used for pruning`);
              return;
            }
            ev.cons.push({ idx, kind: 'eq' });
            return;
          }
          cls = 'const';
          several = String(arr.A_Const.sval?.sval ?? '').includes(',');
        }
        else if (arr?.ParamRef) {
          this.note(ev, `${keyName} = ANY($${String(arr.ParamRef.number ?? '')}) takes one array parameter, which PostgreSQL cannot prune with under a generic plan`);
          return;
        } else cls = this.classify(b.rexpr, ctx.scope, ctx.ref);
        if (rankOf(cls) >= RANK.volatile) {
          this.note(ev, valueReason(cls, keyName));
          return;
        }
        let o = op;
        let any = kind === 'AEXPR_OP_ANY';
        if (neg) {
          o = NEGATE[o] ?? o;
          any = !any;
        }
        if (any && o === '=') ev.cons.push({ idx, kind: several ? 'in' : 'eq' });
        // `= ALL(…)` is an AND of equalities: one value, or a contradiction.
        else if (!any && o === '=') ev.cons.push({ idx, kind: 'eq' });
        else if (!any && (o === '<>' || o === '!=')) ev.cons.push({ idx, kind: 'ne' });
        else if (['<', '<=', '>', '>='].includes(o)) ev.cons.push({ idx, kind: 'range' });
        else this.note(ev, `${o} ${any ? 'ANY' : 'ALL'} on ${keyName} cannot be used for pruning`);
        return;
      }
      const notBetween = kind.startsWith('AEXPR_NOT_BETWEEN') !== neg && kind.includes('BETWEEN') && !kind.includes('SYM');
      if (notBetween && b.rexpr?.List?.items?.length === 2) {
        // `k NOT BETWEEN a AND b` is `k < a OR k > b`.
        const [lo, hi] = b.rexpr.List.items as AstNode[];
        const or = { BoolExpr: { boolop: 'OR_EXPR', args: [aexpr('<', b.lexpr, lo), aexpr('>', b.lexpr, hi)], location: -1 } };
        this.evalNode(or, false, ev, ctx);
        return;
      }
      if (kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN')) {
        const idx = this.mentionedKeyPart(b.lexpr, ev, ctx);
        if (idx === undefined) return;
        const items: AstNode[] = b.rexpr?.List?.items ?? [];
        const why = collationMismatch(ctx.scheme.key[idx]!, b.lexpr, items[0]);
        if (why) {
          this.note(ev, why);
          return;
        }
        // NOT BETWEEN is `key < a OR key > b`: both arms are ranges, which RANGE and LIST prune on.
        const between = kind === 'AEXPR_BETWEEN' && !neg && items.length === 2;
        this.constrain(ev, ctx, idx, 'range', this.worstOf(items, ctx), false, between ? { op: 'between', nodes: items } : {});
        return;
      }
      // `key <@ range` / `range @> key` with a constant range: PostgreSQL 18's support function
      // rewrites it into `key >= lower AND key < upper`; older servers cannot prune with it.
      if (kind === 'AEXPR_OP' && (op === '<@' || op === '@>') && (this.catalog.serverVersionNum ?? 180000) >= 180000) {
        const [keySide, rangeSide] = op === '<@' ? [b.lexpr, b.rexpr] : [b.rexpr, b.lexpr];
        const m = this.keyMatch(keySide, ctx);
        if (m.idx >= 0 && !neg && constantRange(rangeSide)) {
          ev.mentions = true;
          ev.cons.push({ idx: m.idx, kind: 'range' });
          return;
        }
      }
      // LIKE, IS DISTINCT FROM, other operators: mention the key but cannot prune.
      for (const side of [b.lexpr, b.rexpr]) {
        const m = this.keyMatch(side, ctx);
        if (m.idx >= 0) {
          this.note(ev, `the ${describeOp(kind, op)} on ${keyPartName(ctx.scheme.key[m.idx]!)} cannot be used for pruning`);
          return;
        }
        if (m.wrapped) {
          this.note(ev, m.wrapped);
          return;
        }
      }
      return;
    }
    if (t === 'NullTest') {
      const idx = this.mentionedKeyPart(b.arg, ev, ctx);
      if (idx === undefined) return;
      const isNull = (b.nulltesttype === 'IS_NULL') !== neg;
      ev.cons.push({ idx, kind: isNull ? 'isnull' : 'notnull' });
      return;
    }
    if (t === 'BooleanTest') {
      const idx = this.mentionedKeyPart(b.arg, ev, ctx);
      if (idx === undefined) return;
      const tt = String(b.booltesttype);
      // IS [NOT] TRUE / FALSE prune a boolean key. IS [NOT] UNKNOWN is IS [NOT] NULL to the
      // planner from PostgreSQL 17 on (assumed when the server's version is unknown) and cannot
      // prune before it.
      const positive = tt === 'IS_TRUE' || tt === 'IS_FALSE';
      if (positive || tt === 'IS_NOT_TRUE' || tt === 'IS_NOT_FALSE') {
        if (positive !== neg) ev.cons.push({ idx, kind: 'eq' });
        else {
          // PostgreSQL prunes with `key IS NOT TRUE` as `key = false OR key IS NULL` (also on a
          // RANGE or HASH key, where `<>` cannot prune).
          const other = { A_Const: { boolval: { boolval: tt === 'IS_FALSE' || tt === 'IS_NOT_FALSE' } } };
          const or = { BoolExpr: { boolop: 'OR_EXPR', args: [aexpr('=', b.arg, other), { NullTest: { arg: b.arg, nulltesttype: 'IS_NULL' } }], location: -1 } };
          this.evalNode(or, false, ev, ctx);
        }
      } else if (this.catalog.serverVersionNum === undefined || this.catalog.serverVersionNum >= 170000)
        ev.cons.push({ idx, kind: (tt === 'IS_UNKNOWN') !== neg ? 'isnull' : 'notnull' });
      else this.note(ev, `${keyPartName(ctx.scheme.key[idx]!)} IS [NOT] UNKNOWN cannot be used for pruning before PostgreSQL 17`);
      return;
    }
    {
      // A boolean key used as a condition: `WHERE flag` / `WHERE NOT flag`, or `WHERE a` for a key `(NOT a)`.
      const m = t === 'ColumnRef' ? this.keyMatch(n, ctx) : NO_MATCH;
      const idx = m.idx >= 0 ? m.idx : this.negatedKeyIdx(n, ctx);
      if (idx >= 0) {
        ev.mentions = true;
        ev.cons.push({ idx, kind: 'eq' });
        return;
      }
      if (t === 'ColumnRef') return;
    }
    if (t === 'SubLink') {
      if (!b.testexpr) return;
      // `(a, b) IN (SELECT x, y …)` compares each column: PostgreSQL makes it `a = x AND b = y`.
      const tests: AstNode[] = b.testexpr.RowExpr ? (b.testexpr.RowExpr.args ?? []) : [b.testexpr];
      const op = b.operName ? (strings(b.operName).at(-1) ?? '=') : '=';
      // Only a positive ANY (IN) sublink becomes a semi-join whose clauses a nested loop can pass down.
      const pulled = b.subLinkType === 'ANY_SUBLINK' && !neg && COMPARISON.has(op) && op !== '<>' && op !== '!=';
      for (const x of tests) {
        const m = this.keyMatch(x, ctx);
        if (m.idx >= 0) {
          ev.mentions = true;
          this.constrain(ev, ctx, m.idx, op === '=' ? 'eq' : 'range', pulled ? 'sublink' : 'other', !pulled);
        } else if (m.wrapped) this.note(ev, m.wrapped);
      }
      return;
    }
    // Anything else (CASE, function calls returning boolean, …) that reads the key hides it.
    const mention = this.mentionsKey(n, ctx);
    if (mention) this.note(ev, `${mention} is used inside an expression PostgreSQL cannot prune with`);
  }

  /**
   * Records that key part `idx` is compared (as `kind`) with a value of class `cls`: a usable
   * constraint, a run-time-only one, or the reason it cannot prune. `never` marks a value that
   * is a subquery's result PostgreSQL cannot turn into a parameter (NOT IN, ALL, …).
   */
  protected constrain(ev: Eval, ctx: Ctx, idx: number, kind: Con['kind'], cls: ValueClass, never = false, vals: { op?: string; nodes?: readonly AstNode[] } = {}): void {
    const key = keyPartName(ctx.scheme.key[idx]!);
    if (never) {
      this.note(ev, `${key} is compared with a subquery's result in a form PostgreSQL cannot prune with`);
      return;
    }
    if (rankOf(cls) < RANK.volatile) {
      ev.cons.push({ idx, kind, ...(vals.op && vals.nodes ? { op: vals.op, nodes: vals.nodes } : {}) });
      return;
    }
    const why = valueReason(cls, key);
    // A scalar subquery compared with the key (not a semi-join's) is an InitPlan.
    const initplan = cls === 'sublink' && (vals.nodes ?? []).length > 0 && (vals.nodes ?? []).every((n) => rankOf(this.classify(n, ctx.scope, ctx.ref)) < RANK.volatile || isScalarSubLink(n));
    if (isRuntimeClass(cls)) ev.cons.push({ idx, kind, runtime: why, ...(initplan ? { initplan } : {}) });
    this.note(ev, why);
  }

  protected note(ev: Eval, reason: string): void {
    ev.mentions = true;
    ev.reasons.push(reason);
  }

  /**
   * The key part `node` is, with the key marked as mentioned; when it is none, the reason a
   * wrapped key column cannot be pruned on (if it is one) is noted and the result is undefined.
   */
  protected mentionedKeyPart(node: AstNode, ev: Eval, ctx: Ctx): number | undefined {
    const m = this.keyMatch(node, ctx);
    if (m.idx < 0) {
      if (m.wrapped) this.note(ev, m.wrapped);
      return undefined;
    }
    ev.mentions = true;
    return m.idx;
  }

  /** Which key part a node is (bare key column, no-op cast of it, or the key expression), else why not. */
  protected keyMatch(node: AstNode, ctx: Ctx, coll?: string): { idx: number; wrapped?: string } {
    if (!node) return NO_MATCH;
    const key = ctx.scheme.key;
    // Two key elements may be the same expression under different collations: the comparison's
    // collation picks the element (the first match is kept for the mismatch message).
    let sameExpr: number | undefined;
    for (let i = 0; i < key.length; i++) {
      const part = key[i]!;
      if (part.kind === 'column') {
        if (node.ColumnRef && this.colOfRef(node.ColumnRef, ctx) === part.column) return { idx: i };
        // `key COLLATE "C"` is still the key; the collation is compared with the key's separately.
        if (node.CollateClause?.arg?.ColumnRef && this.colOfRef(node.CollateClause.arg.ColumnRef, ctx) === part.column) return { idx: i };
        let inner = node;
        let castOk = true;
        while (inner?.TypeCast) {
          const target = castTarget(inner.TypeCast.typeName);
          if (!part.type || canonicalType(part.type) !== target) castOk = false;
          inner = inner.TypeCast.arg;
        }
        if (node.TypeCast && castOk && inner?.ColumnRef && this.colOfRef(inner.ColumnRef, ctx) === part.column) return { idx: i };
      } else {
        const keyAst = parseKeyExpression(part.text);
        if (keyAst) {
          const want = canonical(keyAst, (c) => strings(c.fields).at(-1));
          const bare = node.CollateClause?.arg ?? node;
          if (canonical(bare, (c) => (wholeRowName(c, ctx.ref) && want.includes('"*"') ? '*' : this.colOfRef(c, ctx))) === want) {
            if (part.collation === undefined || part.collation === (coll ?? explicitCollation(node) ?? 'default')) return { idx: i };
            sameExpr ??= i;
          }
        }
      }
    }
    if (sameExpr !== undefined) return { idx: sameExpr };
    const m = this.mentionsKey(node, ctx);
    if (!m) return NO_MATCH;
    const [t, b] = nodeOf(node);
    if (t === 'FuncCall') return { idx: -1, wrapped: `${m} is wrapped in ${funcName(b)}(), which hides the partition key` };
    if (t === 'TypeCast') return { idx: -1, wrapped: `${m} is cast to ${castTarget(b.typeName)}, which hides the partition key` };
    if (t === 'RowExpr') return { idx: -1, wrapped: `${m} is compared as part of a row comparison other than = / <> / IN, which PostgreSQL does not use for pruning` };
    return { idx: -1, wrapped: `${m} is used inside an expression, which hides the partition key` };
  }

  /** Whether an OR branch prunes the top level on its own (so a sub-level can refute it). */
  protected armPrunesTop(arm: AstNode, neg: boolean, ctx: Ctx): boolean {
    const top = ctx.top!;
    const ev: Eval = { cons: [], orOk: false, mentions: false, reasons: [] };
    this.evalNode(arm, neg, ev, { ref: ctx.ref, scheme: top, scope: ctx.scope });
    return decide(ev, top).ok;
  }

  /** The key part that is `NOT node` (a boolean key expression such as `(NOT a)`), else -1. */
  protected negatedKeyIdx(node: AstNode, ctx: Ctx): number {
    if (!node) return -1;
    for (const [i, part] of ctx.scheme.key.entries()) {
      if (part.kind !== 'expression') continue;
      const k = parseKeyExpression(part.text);
      const inner = k?.BoolExpr?.boolop === 'NOT_EXPR' && k.BoolExpr.args?.length === 1 ? k.BoolExpr.args[0] : undefined;
      if (!inner) continue;
      if (canonical(node, (c) => this.colOfRef(c, ctx)) === canonical(inner, (c) => strings(c.fields).at(-1))) return i;
    }
    return -1;
  }

  /** The column name when a column reference belongs to the reference being judged. */
  protected colOfRef(cref: AstNode, ctx: Ctx): string | undefined {
    const r = this.resolve(cref, ctx.scope);
    return r.kind === 'item' && r.item === ctx.ref ? r.col : undefined;
  }

  /** The name of a key column of the scheme that `node` reads, if any. */
  protected mentionsKey(node: AstNode, ctx: Ctx): string | undefined {
    const cols = schemeColumns(ctx.scheme);
    if (!namesAny(node, cols)) return undefined;
    let hit: string | undefined;
    walkExpr(node, (cref) => {
      if (hit) return;
      const r = this.resolve(cref, ctx.scope);
      if (r.kind === 'item' && r.item === ctx.ref && cols.has(r.col)) hit = displayIdent(r.col);
    });
    return hit;
  }

  /** How usable a value is as the other side of a comparison with the key. */
  protected classify(n: AstNode, scope: Scope, self: RefItem | undefined): ValueClass {
    const [t, b] = nodeOf(n);
    switch (t) {
      case 'A_Const':
        return 'const';
      case 'ParamRef':
        return 'param';
      case 'SQLValueFunction':
        return 'stable';
      case 'SubLink':
        // A subquery that reads the judged table's own row is a SubPlan run per row.
        return self && readsOuterName(b.subselect, self.names) ? 'subplan' : 'sublink';
      case 'CollateClause':
        // Whether the collation matches the key's is checked where the comparison is judged.
        return this.classify(b.arg, scope, self);
      case 'ColumnRef': {
        const r = this.resolve(b, scope);
        if (r.kind === 'item' && r.item === self) return 'self';
        if (r.outer && r.kind === 'item') {
          const key = `#${r.item.id}.${r.col}`;
          for (let s: Scope | undefined = scope; s; s = s.parent) if (s.consts?.has(key)) return 'const';
        }
        return r.outer ? 'outer' : 'other';
      }
      case 'FuncCall': {
        if (isVolatileFunction(funcName(b))) return worse('volatile', this.classifyAll(b.args, scope, self));
        return worse('stable', this.classifyAll(b.args, scope, self));
      }
      case '':
        return 'const';
      default:
        return this.classifyAll(b, scope, self);
    }
  }

  /** The worst value class of the nodes inside a field object or list (typed nodes start with a capital). */
  protected classifyAll(x: AstNode, scope: Scope, self: RefItem | undefined): ValueClass {
    let w: ValueClass = 'const';
    if (Array.isArray(x)) {
      for (const y of x) w = worse(w, this.classifyAll(y, scope, self));
      return w;
    }
    if (!x || typeof x !== 'object') return w;
    for (const k in x) {
      const c = k.charCodeAt(0);
      if (c >= 65 && c <= 90 && k !== 'String') return this.classify(x, scope, self);
      break;
    }
    for (const k in x) {
      const v = x[k];
      if (v !== null && typeof v === 'object') w = worse(w, this.classifyAll(v, scope, self));
    }
    return w;
  }

  protected worstOf(items: readonly AstNode[], ctx: Ctx): ValueClass {
    let w: ValueClass = 'const';
    for (const x of items) w = worse(w, this.classify(x, ctx.scope, ctx.ref));
    return w;
  }
}

