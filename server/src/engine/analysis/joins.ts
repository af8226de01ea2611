/**
 * Joins and equivalence classes: which conjuncts filter each FROM item (inner joins, outer
 * joins reduced by strict WHERE conditions, the nullable side of what remains), equalities that
 * carry constants from one column to another, and predicates pushed down into subqueries.
 */
import type { AstNode } from '../sql/parse';
import { opName, strings, substitute, walkExpr } from './expr';
import { Predicates, RANK, rankOf } from './predicates';
import type { Item, Scope, SubItem } from './scope';
import { colRef, containsAggregate, containsVolatile, eqNode, hasWindow, outputNames, windowPartitionColumns } from './shape';

export interface Join {
  type: 'inner' | 'left' | 'right' | 'full';
  readonly left: readonly Item[];
  readonly right: readonly Item[];
  readonly quals: readonly AstNode[];
}

/** Pushed-down predicates for a subquery, in terms of its output columns. */
export interface PushSpec {
  readonly preds: readonly { readonly expr: AstNode; readonly colOf: (ref: AstNode) => string | undefined }[];
  /** Output position of a column name (from the column aliases or the leftmost arm). */
  readonly position: (col: string) => number;
}

export interface Equivalences {
  readonly find: (k: string) => string;
  /** Column key (`#item.col` or an unknown table's `q.col`) → a constant it equals. */
  readonly constOf: Map<string, AstNode>;
  readonly members: Map<string, Set<string>>;
}

const NO_EQUIVALENCES: Equivalences = { find: (k) => k, constOf: new Map(), members: new Map() };

export class Joins extends Predicates {
  // ---- pushdown into subqueries -----------------------------------------------------------

  protected pushFor(item: SubItem, conj: AstNode[], scope: Scope): PushSpec {
    const preds: { expr: AstNode; colOf: (ref: AstNode) => string | undefined }[] = [];
    const colOf = (ref: AstNode): string | undefined => {
      const r = this.resolve(ref, scope);
      return r.kind === 'item' && r.item === item ? r.col : undefined;
    };
    for (const c of conj) {
      let only = true;
      let any = false;
      let sub = false;
      walkExpr(
        c,
        (ref) => {
          if (colOf(ref) === undefined) only = false;
          else any = true;
        },
        () => {
          sub = true;
        },
      );
      if (only && any && !sub && !containsVolatile(c)) preds.push({ expr: c, colOf });
    }
    // Constants that reach this subquery's columns through equivalence classes.
    const ec = this.equivalences(conj, scope);
    for (const [key, value] of ec.constOf) {
      const prefix = `#${item.id}.`;
      if (!key.startsWith(prefix)) continue;
      const col = key.slice(prefix.length);
      const lhs = colRef(item.names[0], col);
      preds.push({ expr: eqNode(lhs, value), colOf: (ref) => (ref === lhs.ColumnRef ? col : colOf(ref)) });
    }
    const names = item.colAliases ?? item.outputs;
    return { preds, position: (col) => names.indexOf(col) };
  }

  // ---- equivalence classes ----------------------------------------------------------------

  protected readonly ecCache = new WeakMap<AstNode[], Equivalences>();

  protected equivalences(conj: AstNode[], scope: Scope): Equivalences {
    let ec = this.ecCache.get(conj);
    if (!ec) {
      ec = this.computeEquivalences(conj, scope);
      this.ecCache.set(conj, ec);
    }
    return ec;
  }

  protected computeEquivalences(conj: AstNode[], scope: Scope): Equivalences {
    if (!conj.some((c) => c.A_Expr?.kind === 'AEXPR_OP')) return NO_EQUIVALENCES;
    const parentOf = new Map<string, string>();
    const find = (k: string): string => {
      let r = k;
      while (parentOf.has(r) && parentOf.get(r) !== r) r = parentOf.get(r)!;
      return r;
    };
    const classConst = new Map<string, AstNode>();
    const eqs: [string, string][] = [];
    const consts: [string, AstNode][] = [];
    for (const c of conj) {
      const b = c.A_Expr;
      if (!b || b.kind !== 'AEXPR_OP' || opName(b) !== '=') continue;
      const l = b.lexpr?.ColumnRef;
      const r = b.rexpr?.ColumnRef;
      if (l && r) {
        eqs.push([this.colKey(l, scope), this.colKey(r, scope)]);
        // An outer column with a known constant (semi-join pull-up) acts as that constant.
        if (rankOf(this.classify(b.rexpr, scope, undefined)) < RANK.volatile) consts.push([this.colKey(l, scope), b.rexpr]);
        else if (rankOf(this.classify(b.lexpr, scope, undefined)) < RANK.volatile) consts.push([this.colKey(r, scope), b.lexpr]);
      } else if (l && rankOf(this.classify(b.rexpr, scope, undefined)) < RANK.volatile) consts.push([this.colKey(l, scope), b.rexpr]);
      else if (r && rankOf(this.classify(b.lexpr, scope, undefined)) < RANK.volatile) consts.push([this.colKey(r, scope), b.lexpr]);
    }
    if (eqs.length === 0) {
      // No column = column pairs: every class is a single column (the common case).
      if (consts.length === 0) return NO_EQUIVALENCES;
      const constOf = new Map<string, AstNode>();
      for (const [k, v] of consts) if (!constOf.has(k)) constOf.set(k, v);
      return { find: (k) => k, constOf, members: new Map() };
    }
    for (const [a, b] of eqs) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parentOf.set(ra, rb);
    }
    for (const [k, v] of consts) if (!classConst.has(find(k))) classConst.set(find(k), v);
    const members = new Map<string, Set<string>>();
    for (const k of new Set([...eqs.flat(), ...consts.map((c) => c[0])])) {
      const r = find(k);
      if (!members.has(r)) members.set(r, new Set());
      members.get(r)!.add(k);
    }
    const constOf = new Map<string, AstNode>();
    for (const [root, set] of members) {
      const v = classConst.get(root);
      if (v) for (const k of set) constOf.set(k, v);
    }
    return { find, constOf, members };
  }

  /** Rewrites pushed predicates in terms of this arm's target expressions (PostgreSQL's qual pushdown). */
  protected materializePush(body: AstNode, push: PushSpec): AstNode[] {
    const targets: AstNode[] = body.targetList ?? [];
    // With window functions only conditions on columns every window is partitioned by go down.
    const windowCols = targets.some((t: AstNode) => hasWindow(t)) ? windowPartitionColumns(body) : undefined;
    // DISTINCT ON (…) likewise lets only conditions on its own columns go down (plain DISTINCT is `[{}]`).
    const distinctOn: AstNode[] = (body.distinctClause ?? []).filter((x: AstNode) => x && Object.keys(x).length > 0);
    const distinctCols = distinctOn.length
      ? new Set(distinctOn.filter((x) => x.ColumnRef).map((x) => strings(x.ColumnRef.fields).at(-1) ?? ''))
      : undefined;
    const names = outputNames(body);
    const out: AstNode[] = [];
    for (const p of push.preds) {
      let ok = true;
      const expr = substitute(p.expr, (ref) => {
        const col = p.colOf(ref);
        if (col === undefined) return undefined;
        let pos = push.position(col);
        if (pos < 0) pos = names.indexOf(col);
        const tgt = pos >= 0 && pos < targets.length ? targets[pos]?.ResTarget : undefined;
        const val = tgt?.val;
        if (val && !(val.ColumnRef && strings(val.ColumnRef.fields).includes('*'))) {
          if (containsAggregate(val)) ok = false;
          return val;
        }
        const star = targets.find((t: AstNode) => t.ResTarget?.val?.ColumnRef && strings(t.ResTarget.val.ColumnRef.fields).includes('*'));
        if (star) {
          const f = strings(star.ResTarget.val.ColumnRef.fields);
          return { ColumnRef: { fields: [...f.slice(0, -1), col].map((s) => ({ String: { sval: s } })), location: -1 } };
        }
        ok = false;
        return undefined;
      });
      for (const allowed of [windowCols, distinctCols]) {
        if (!ok || !allowed) continue;
        walkExpr(expr, (ref) => {
          if (!allowed.has(strings(ref.fields).at(-1) ?? '')) ok = false;
        });
      }
      if (ok) out.push(expr);
    }
    return out;
  }
}
