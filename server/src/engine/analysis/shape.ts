/**
 * Questions about the shape of a query's AST that the analysis asks in several places:
 * volatile calls, aggregates and windows, subqueries, output column names, and small node
 * builders for the clauses it synthesises (USING equalities, semi-join constants).
 */
import type { AstNode } from '../sql/parse';
import { conjuncts, funcName, isAggregateFunction, isVolatileFunction, nodeOf, opName, selectBody, strings, walkExpr } from './expr';

export function unwrapCast(n: AstNode): AstNode {
  let x = n;
  while (x?.TypeCast) x = x.TypeCast.arg;
  return x;
}

/**
 * For `x IN (SELECT y FROM … WHERE y = const)`: the constant, when the subquery is a simple
 * SELECT of one column that its WHERE pins to a constant, parameter or stable expression.
 */
export function semiJoinConstant(sl: AstNode): AstNode | undefined {
  if (!sl || sl.subLinkType !== 'ANY_SUBLINK' || !sl.testexpr?.ColumnRef) return undefined;
  if (sl.operName && strings(sl.operName).at(-1) !== '=') return undefined;
  const body = selectBody(sl.subselect);
  if (!body || (body.op && body.op !== 'SETOP_NONE') || body.groupClause || body.limitCount || body.limitOffset || body.distinctClause) return undefined;
  const target = body.targetList?.length === 1 ? body.targetList[0]?.ResTarget?.val?.ColumnRef : undefined;
  if (!target) return undefined;
  const want = strings(target.fields).join('.');
  for (const [col, val] of columnEqualities(conjuncts(body.whereClause))) {
    if (strings(col.ColumnRef.fields).join('.') === want && isConstantExpr(val)) return val;
  }
  return undefined;
}

/** The `column = value` sides of `=` conjuncts, both ways round (`a = 1` and `1 = a`). */
export function* columnEqualities(conj: Iterable<AstNode>): Generator<[AstNode, AstNode]> {
  for (const c of conj) {
    const b = c.A_Expr;
    if (!b || b.kind !== 'AEXPR_OP' || opName(b) !== '=') continue;
    if (b.lexpr?.ColumnRef) yield [b.lexpr, b.rexpr];
    if (b.rexpr?.ColumnRef) yield [b.rexpr, b.lexpr];
  }
}

/** A value without column references, subqueries or volatile functions. */
export function isConstantExpr(n: AstNode): boolean {
  let ok = true;
  walkExpr(
    n,
    () => {
      ok = false;
    },
    () => {
      ok = false;
    },
  );
  return ok && !containsVolatile(n);
}

export function hasSublink(n: AstNode): boolean {
  let hit = false;
  walkExpr(
    n,
    () => {},
    () => {
      hit = true;
    },
  );
  return hit;
}

/** A subquery PostgreSQL pulls up into its parent (no grouping, limits, set operations, DISTINCT). */
export function isSimpleSubquery(sel: AstNode): boolean {
  if (!sel || (sel.op && sel.op !== 'SETOP_NONE')) return false;
  if (sel.groupClause || sel.havingClause || sel.limitCount || sel.limitOffset || sel.distinctClause || sel.withClause) return false;
  return !(sel.targetList ?? []).some((t: AstNode) => containsAggregate(t));
}

export function colRef(qual: string | undefined, col: string): AstNode {
  const parts = qual ? [...qual.split('.'), col] : [col];
  return { ColumnRef: { fields: parts.map((s) => ({ String: { sval: s } })), location: -1 } };
}

export function eqNode(l: AstNode, r: AstNode): AstNode {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: l, rexpr: r, location: -1 } };
}

/** Output column names of a SELECT (its leftmost arm for set operations); `*` for a star. */
export function outputNames(body: AstNode): string[] {
  let b = body;
  while (b?.op && b.op !== 'SETOP_NONE') b = selectBody(b.larg);
  return (b?.targetList ?? []).map((t: AstNode) => {
    const rt = t.ResTarget;
    if (!rt) return '?column?';
    if (rt.name) return String(rt.name);
    const [k, v] = nodeOf(rt.val);
    if (k === 'ColumnRef') return strings(v.fields).at(-1) ?? '?column?';
    if (k === 'FuncCall') return funcName(v);
    if (k === 'TypeCast' && rt.val.TypeCast.arg?.ColumnRef) return strings(rt.val.TypeCast.arg.ColumnRef.fields).at(-1) ?? '?column?';
    return '?column?';
  });
}

/**
 * Whether some node of the tree `n` passes `test`; with `skipSublinks` the search does not
 * enter subqueries (their aggregates and windows belong to them, not to the outer query).
 */
export function someNode(n: AstNode, test: (x: AstNode) => boolean, opts: { skipSublinks?: boolean } = {}): boolean {
  let hit = false;
  const walk = (x: AstNode): void => {
    if (hit || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) walk(y);
      return;
    }
    if (test(x)) {
      hit = true;
      return;
    }
    if (opts.skipSublinks && x.SubLink) return;
    for (const k in x) walk(x[k]);
  };
  walk(n);
  return hit;
}

/** Whether a volatile function is called anywhere in `n`, subqueries included. */
export function containsVolatile(n: AstNode): boolean {
  return someNode(n, (x) => !!(x.FuncCall && isVolatileFunction(funcName(x.FuncCall))));
}

/** Whether `n` itself (not a subquery in it) calls an aggregate or window function. */
export function containsAggregate(n: AstNode): boolean {
  return someNode(n, (x) => !!(x.FuncCall && (isAggregateFunction(funcName(x.FuncCall)) || x.FuncCall.agg_star || x.FuncCall.over)), { skipSublinks: true });
}

/** Column names (last part) that appear in the PARTITION BY of every window of a SELECT. */
export function windowPartitionColumns(body: AstNode): Set<string> {
  const named = new Map<string, AstNode>();
  for (const w of body.windowClause ?? []) if (w.WindowDef?.name) named.set(String(w.WindowDef.name), w.WindowDef);
  let common: Set<string> | undefined;
  const visit = (x: AstNode): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x.SubLink) return;
    const over = x.FuncCall?.over;
    if (over) {
      const def = over.refname ? (named.get(String(over.refname)) ?? over) : over.name && !over.partitionClause ? (named.get(String(over.name)) ?? over) : over;
      const cols = new Set<string>();
      for (const p of def.partitionClause ?? []) if (p.ColumnRef) cols.add(strings(p.ColumnRef.fields).at(-1) ?? '');
      common = common ? new Set([...common].filter((c) => cols.has(c))) : cols;
    }
    for (const k in x) visit(x[k]);
  };
  visit(body.targetList);
  return common ?? new Set();
}

/** Whether `n` itself (not a subquery in it) calls a window function. */
export function hasWindow(n: AstNode): boolean {
  return someNode(n, (x) => !!x.FuncCall?.over, { skipSublinks: true });
}
