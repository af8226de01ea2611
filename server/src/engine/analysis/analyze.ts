/**
 * Decides, for every reference to a partitioned table in one parsed statement, whether
 * PostgreSQL can prune its partitions. It follows the planner (`partprune.c` and friends):
 *
 * - A query level ("block") collects the conjuncts that filter each FROM item: WHERE, the ON
 *   clauses of inner joins, the ON clause of an outer join for its nullable side, and
 *   predicates pushed down from an outer query into a subquery or an inlined CTE.
 * - Equalities between columns form equivalence classes, so `a.k = b.k AND b.k = 'x'` gives
 *   `a.k = 'x'`; only equality to a constant travels, never a range.
 * - A table prunes when some level of its partitioning (the top key, or a sub-partition key)
 *   gets a usable predicate: the bare key (or the key expression) compared with a constant,
 *   a parameter or a stable expression, with an operator that strategy can use.
 */
import { displayIdent, displayName, type CatalogView, type KeyPart, type Partition, type PartitionedTable, type Strategy } from '../catalog/model';
import { byteToUtf16, type AstNode, type OffsetRange, type ParsedStatement } from '../sql/parse';
import {
  canonical,
  canonicalType,
  castTarget,
  conjuncts,
  funcName,
  isAggregateFunction,
  isVolatileFunction,
  nodeOf,
  opName,
  parseKeyExpression,
  selectBody,
  strings,
  substitute,
  walkExpr,
} from './expr';
import { insertionPoint } from './fix';
import type { PruneVerdict, TableReferenceVerdict } from './verdict';

interface Scheme {
  readonly strategy: Strategy;
  readonly key: readonly KeyPart[];
  /** Partitions at this level (to look at LIST bounds). */
  readonly partitions: readonly Partition[];
}

interface RefItem {
  readonly kind: 'ref';
  readonly id: number;
  readonly names: readonly string[];
  readonly rv: AstNode;
  readonly table: PartitionedTable;
  readonly keyCols: ReadonlySet<string>;
}
interface SubItem {
  readonly kind: 'sub';
  readonly id: number;
  readonly names: readonly string[];
  readonly sel: AstNode;
  readonly colAliases: readonly string[] | undefined;
  readonly outputs: readonly string[];
  readonly lateral: boolean;
}
interface OtherItem {
  readonly kind: 'other';
  readonly id: number;
  readonly names: readonly string[];
}
type Item = RefItem | SubItem | OtherItem;

interface Scope {
  readonly parent: Scope | undefined;
  readonly items: readonly Item[];
  /**
   * Constants known for this level's columns through its WHERE equivalence classes. Set only
   * for the scope seen by EXISTS / IN subqueries that PostgreSQL pulls up into semi-joins,
   * whose conditions then join the outer equivalence classes.
   */
  readonly consts?: ReadonlyMap<string, AstNode>;
}

interface Join {
  type: 'inner' | 'left' | 'right' | 'full';
  readonly left: readonly Item[];
  readonly right: readonly Item[];
  readonly quals: readonly AstNode[];
}

interface CteDef {
  readonly name: string;
  readonly body: AstNode;
  readonly inline: boolean;
  readonly colAliases: readonly string[] | undefined;
}
interface CteEnv {
  readonly parent: CteEnv | undefined;
  readonly map: Map<string, CteDef>;
}

/** What a column reference resolves to. */
type ColRes =
  | { kind: 'item'; item: Item; col: string; outer: boolean }
  | { kind: 'unknown'; key: string; outer: boolean };

/** A constraint one predicate puts on key column `idx` of a scheme. */
interface Con {
  readonly idx: number;
  /** `in`: equality with one of several values (an IN list or `= ANY(ARRAY[…])`), which PostgreSQL treats as an OR. */
  readonly kind: 'eq' | 'in' | 'range' | 'ne' | 'isnull' | 'notnull';
}

interface Eval {
  cons: Con[];
  /** Some OR conjunct prunes on its own. */
  orOk: boolean;
  mentions: boolean;
  reasons: string[];
}

/** Pushed-down predicates for a subquery, in terms of its output columns. */
interface PushSpec {
  readonly preds: readonly { readonly expr: AstNode; readonly colOf: (ref: AstNode) => string | undefined }[];
  /** Output position of a column name (from the column aliases or the leftmost arm). */
  readonly position: (col: string) => number;
}

type StatementKind = TableReferenceVerdict['statement'];

const COMPARISON = new Set(['=', '<', '<=', '>', '>=', '<>', '!=']);
const FLIP: Record<string, string> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=', '<>': '<>', '!=': '!=' };
const NEGATE: Record<string, string> = { '=': '<>', '<>': '=', '!=': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** Value classes, worst last; everything below `volatile` can drive pruning. */
const RANK = { const: 0, param: 1, stable: 1, volatile: 2, collate: 2, other: 3, outer: 4, sublink: 5, self: 6 } as const;
type ValueClass = keyof typeof RANK;

export function analyzeStatementAst(stmt: ParsedStatement, catalog: CatalogView): TableReferenceVerdict[] {
  return new StatementAnalyzer(stmt, catalog).run();
}

class StatementAnalyzer {
  private nextId = 0;
  private readonly verdicts = new Map<number, TableReferenceVerdict>();
  private cteRefCounts: Map<string, number> | undefined;
  private kind: StatementKind = 'other';

  constructor(
    private readonly stmt: ParsedStatement,
    private readonly catalog: CatalogView,
  ) {}

  run(): TableReferenceVerdict[] {
    this.statement(this.stmt.ast, undefined, undefined);
    return [...this.verdicts.values()].sort((a, b) => a.range.start - b.range.start);
  }

  // ---- statements -------------------------------------------------------------------------

  private statement(node: AstNode, parent: Scope | undefined, ctes: CteEnv | undefined): void {
    const [t, b] = nodeOf(node);
    if (!b) return;
    switch (t) {
      case 'SelectStmt':
        if (this.kind === 'other') this.kind = 'select';
        this.select(b, parent, ctes, undefined);
        return;
      case 'InsertStmt': {
        if (this.kind === 'other') this.kind = 'insert';
        const env = this.withClause(b.withClause, parent, ctes);
        // Plain INSERT … VALUES reads no table; INSERT … SELECT is checked like a SELECT.
        if (b.selectStmt) this.select(selectBody(b.selectStmt), parent, env, undefined);
        return;
      }
      case 'UpdateStmt': {
        if (this.kind === 'other') this.kind = 'update';
        const env = this.withClause(b.withClause, parent, ctes);
        this.block({
          target: b.relation,
          from: b.fromClause ?? [],
          where: b.whereClause,
          extra: [b.targetList, b.returningList],
          parent,
          ctes: env,
          pushed: [],
        });
        return;
      }
      case 'DeleteStmt': {
        if (this.kind === 'other') this.kind = 'delete';
        const env = this.withClause(b.withClause, parent, ctes);
        this.block({ target: b.relation, from: b.usingClause ?? [], where: b.whereClause, extra: [b.returningList], parent, ctes: env, pushed: [] });
        return;
      }
      case 'MergeStmt': {
        if (this.kind === 'other') this.kind = 'merge';
        const env = this.withClause(b.withClause, parent, ctes);
        const kinds = (b.mergeWhenClauses ?? []).map((w: AstNode) => String(w.MergeWhenClause?.matchKind ?? ''));
        const byTarget = kinds.some((k: string) => k === 'MERGE_WHEN_NOT_MATCHED' || k === 'MERGE_WHEN_NOT_MATCHED_BY_TARGET');
        const bySource = kinds.some((k: string) => k === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE');
        this.block({
          target: b.relation,
          from: [b.sourceRelation],
          where: undefined,
          extra: [b.mergeWhenClauses],
          parent,
          ctes: env,
          pushed: [],
          merge: { cond: b.joinCondition, type: byTarget && bySource ? 'full' : byTarget ? 'right' : bySource ? 'left' : 'inner' },
        });
        return;
      }
      case 'ExplainStmt':
        this.statement(b.query, parent, ctes);
        return;
      case 'CreateTableAsStmt':
      case 'DeclareCursorStmt':
        this.statement(b.query, parent, ctes);
        return;
      case 'PrepareStmt':
        this.statement(b.query, parent, ctes);
        return;
      case 'CopyStmt':
        if (b.query) this.statement(b.query, parent, ctes);
        return;
      default:
        return;
    }
  }

  private withClause(w: AstNode, parent: Scope | undefined, ctes: CteEnv | undefined): CteEnv | undefined {
    if (!w?.ctes?.length) return ctes;
    const env: CteEnv = { parent: ctes, map: new Map() };
    const recursive = w.recursive === true;
    for (const c of w.ctes) {
      const cte = c.CommonTableExpr;
      if (!cte) continue;
      const name = String(cte.ctename);
      const body = cte.ctequery;
      const isSelect = !!body?.SelectStmt;
      const mat = String(cte.ctematerialized ?? 'CTEMaterializeDefault');
      const count = this.refCount(name);
      const inline =
        isSelect &&
        !recursive &&
        mat !== 'CTEMaterializeAlways' &&
        (count === 1 || mat === 'CTEMaterializeNever') &&
        !containsVolatile(body);
      const def: CteDef = { name, body, inline, colAliases: cte.aliascolnames ? strings(cte.aliascolnames) : undefined };
      env.map.set(name, def);
      if (inline) continue;
      // PostgreSQL drops an unreferenced SELECT CTE; data-modifying CTEs always run.
      if (isSelect && count === 0) continue;
      this.statement(body, parent, env);
    }
    return env;
  }

  private refCount(name: string): number {
    if (!this.cteRefCounts) {
      const counts = new Map<string, number>();
      const walk = (n: AstNode): void => {
        if (Array.isArray(n)) {
          for (const x of n) walk(x);
          return;
        }
        if (!n || typeof n !== 'object') return;
        // Count the RangeVar body only (it appears both wrapped and bare in the AST).
        const rv = typeof n.relname === 'string' && n.inh !== undefined ? n : undefined;
        if (rv && !rv.schemaname && typeof rv.relname === 'string') counts.set(rv.relname, (counts.get(rv.relname) ?? 0) + 1);
        for (const k in n) if (n[k] !== null && typeof n[k] === 'object') walk(n[k]);
      };
      walk(this.stmt.ast);
      this.cteRefCounts = counts;
    }
    return this.cteRefCounts.get(name) ?? 0;
  }

  private findCte(env: CteEnv | undefined, name: string): CteDef | undefined {
    for (let e = env; e; e = e.parent) {
      const d = e.map.get(name);
      if (d) return d;
    }
    return undefined;
  }

  private select(body: AstNode, parent: Scope | undefined, ctes: CteEnv | undefined, push: PushSpec | undefined): void {
    if (!body) return;
    const env = this.withClause(body.withClause, parent, ctes);
    const canPush = push && !body.limitCount && !body.limitOffset;
    if (body.op && body.op !== 'SETOP_NONE') {
      this.select(selectBody(body.larg), parent, env, canPush ? push : undefined);
      this.select(selectBody(body.rarg), parent, env, canPush ? push : undefined);
      return;
    }
    if (body.valuesLists) {
      this.sublinks(body.valuesLists, { parent, items: [] }, env);
      return;
    }
    const pushed = canPush ? this.materializePush(body, push) : [];
    // PostgreSQL moves HAVING conditions without aggregates into WHERE.
    if (body.havingClause && !body.groupingSets) {
      for (const c of conjuncts(body.havingClause)) if (!containsAggregate(c) && !containsVolatile(c) && !hasSublink(c)) pushed.push(c);
    }
    this.block({
      from: body.fromClause ?? [],
      where: body.whereClause,
      extra: [body.targetList, body.havingClause, body.sortClause],
      parent,
      ctes: env,
      pushed,
    });
  }

  /** Rewrites pushed predicates in terms of this arm's target expressions (PostgreSQL's qual pushdown). */
  private materializePush(body: AstNode, push: PushSpec): AstNode[] {
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

  // ---- one query level --------------------------------------------------------------------

  private block(o: {
    target?: AstNode;
    from: AstNode[];
    where: AstNode | undefined;
    extra: AstNode[];
    parent: Scope | undefined;
    ctes: CteEnv | undefined;
    pushed: AstNode[];
    merge?: { cond: AstNode; type: Join['type'] };
  }): void {
    const items: Item[] = [];
    const joins: Join[] = [];
    const subs: { item: SubItem; cte?: CteDef }[] = [];
    const visitFrom = (n: AstNode): Item[] => {
      const [t, b] = nodeOf(n);
      if (t === 'RangeVar') return [this.rangeVarItem(b, o.ctes, items, subs)];
      if (t === 'JoinExpr') {
        const l = visitFrom(b.larg);
        const r = visitFrom(b.rarg);
        const quals = conjuncts(b.quals);
        if (b.usingClause?.length && l.length && r.length) {
          // USING (a) equates the column of both sides; qualify with the nearest items.
          const li = l[l.length - 1]!;
          const ri = r[0]!;
          for (const c of strings(b.usingClause)) quals.push(eqNode(colRef(li.names[0], c), colRef(ri.names[0], c)));
        }
        const type = b.jointype === 'JOIN_LEFT' ? 'left' : b.jointype === 'JOIN_RIGHT' ? 'right' : b.jointype === 'JOIN_FULL' ? 'full' : 'inner';
        joins.push({ type, left: l, right: r, quals });
        return [...l, ...r];
      }
      if (t === 'RangeSubselect') {
        const alias = b.alias?.aliasname as string | undefined;
        const sel = selectBody(b.subquery);
        const item: SubItem = {
          kind: 'sub',
          id: this.nextId++,
          names: alias ? [alias] : [],
          sel,
          colAliases: b.alias?.colnames ? strings(b.alias.colnames) : undefined,
          outputs: outputNames(sel),
          lateral: b.lateral === true,
        };
        items.push(item);
        subs.push({ item });
        return [item];
      }
      if (t === 'RangeTableSample') return visitFrom(b.relation);
      const alias = b?.alias?.aliasname as string | undefined;
      const other: OtherItem = { kind: 'other', id: this.nextId++, names: alias ? [alias] : [] };
      items.push(other);
      // Function arguments may hold subqueries.
      if (t === 'RangeFunction') this.sublinks(b.functions, { parent: o.parent, items }, o.ctes);
      return [other];
    };

    let targetItems: Item[] = [];
    if (o.target) targetItems = [this.rangeVarItem(o.target, o.ctes, items, subs)];
    const fromItems: Item[] = [];
    for (const f of o.from) fromItems.push(...visitFrom(f));
    if (o.merge) joins.push({ type: o.merge.type, left: targetItems, right: fromItems, quals: conjuncts(o.merge.cond) });

    const scope: Scope = { parent: o.parent, items };
    const where = [...conjuncts(o.where), ...o.pushed];
    // `x IN (SELECT y … WHERE y = const)` becomes a semi-join whose equivalence class gives x = const.
    for (const c of conjuncts(o.where)) {
      const k = semiJoinConstant(c.SubLink);
      if (k) where.push(eqNode(c.SubLink.testexpr, k));
    }

    // Outer joins whose nullable side a strict WHERE condition filters become inner joins.
    for (const j of joins) {
      if (j.type === 'inner') continue;
      const strictL = where.some((c) => this.strictOn(c, j.left, scope));
      const strictR = where.some((c) => this.strictOn(c, j.right, scope));
      if (j.type === 'left' && strictR) j.type = 'inner';
      else if (j.type === 'right' && strictL) j.type = 'inner';
      else if (j.type === 'full') j.type = strictL && strictR ? 'inner' : strictL ? 'left' : strictR ? 'right' : 'full';
    }

    // Items on the nullable side of a remaining outer join: WHERE conditions that read them are
    // evaluated above the join (they cannot filter the scan); conditions on other items still can
    // feed equivalence classes through the join clause.
    const nullableFor = (it: Item): Set<Item> | undefined => {
      let out: Set<Item> | undefined;
      for (const j of joins) {
        const inL = j.left.includes(it);
        const inR = j.right.includes(it);
        const side = (j.type === 'left' || j.type === 'full') && inR ? j.right : (j.type === 'right' || j.type === 'full') && inL ? j.left : undefined;
        if (side) for (const x of side) (out ??= new Set()).add(x);
      }
      return out;
    };
    const readsAny = (c: AstNode, set: Set<Item>): boolean => {
      let hit = false;
      walkExpr(c, (ref) => {
        const r = this.resolve(ref, scope);
        if (r.kind === 'item' && set.has(r.item)) hit = true;
      });
      return hit;
    };
    // Items that receive the same clauses share one conjunct list (and its equivalence classes).
    const lists = new Map<string, { list: AstNode[]; delayed: AstNode[] }>();
    const conjOf = (it: Item): { list: AstNode[]; delayed: AstNode[] } => {
      let mask = '';
      for (const j of joins) {
        const inL = j.left.includes(it);
        const inR = j.right.includes(it);
        mask += (inL || inR) && (j.type === 'inner' || (j.type === 'left' && inR) || (j.type === 'right' && inL)) ? '1' : '0';
      }
      const nullable = nullableFor(it);
      if (nullable) mask += `|${it.id}`;
      let hit = lists.get(mask);
      if (!hit) {
        const list: AstNode[] = [];
        const delayed: AstNode[] = [];
        for (const c of where) (nullable && readsAny(c, nullable) ? delayed : list).push(c);
        for (const [i, j] of joins.entries()) if (mask[i] === '1') list.push(...j.quals);
        hit = { list, delayed };
        lists.set(mask, hit);
      }
      return hit;
    };
    const conjFor = (it: Item): AstNode[] => conjOf(it).list;

    for (const it of items) {
      if (it.kind !== 'ref') continue;
      const { list, delayed } = conjOf(it);
      this.judge(it, list, scope, delayed);
    }

    for (const { item, cte } of subs) {
      const conj = conjFor(item);
      const push = this.pushFor(item, conj, scope);
      // A simple LATERAL subquery is pulled up: its references to outer columns become join
      // clauses, so constants of the outer equivalence classes reach it.
      const subParent = item.lateral
        ? isSimpleSubquery(item.sel)
          ? { ...scope, consts: this.equivalences(conj, scope).constOf }
          : scope
        : o.parent;
      if (cte) this.select(selectBody(cte.body), subParent, o.ctes, push);
      else this.select(item.sel, subParent, o.ctes, push);
    }

    // EXISTS / IN (SELECT …) that are top-level WHERE conjuncts become semi-joins: their
    // correlated equalities see the constants of the outer query's equivalence classes.
    const pulled = new Set<AstNode>();
    for (const c of conjuncts(o.where)) {
      // NOT EXISTS is pulled up too (an anti-join).
      const notArg = c.BoolExpr?.boolop === 'NOT_EXPR' && c.BoolExpr.args?.length === 1 ? c.BoolExpr.args[0]?.SubLink : undefined;
      const sl = c.SubLink ?? notArg;
      if (sl && (sl.subLinkType === 'EXISTS_SUBLINK' || (sl.subLinkType === 'ANY_SUBLINK' && !notArg))) pulled.add(sl);
    }
    const pullScope: Scope = pulled.size ? { ...scope, consts: this.equivalences(where, scope).constOf } : scope;
    walkExpr(
      [o.where, ...joins.map((j) => j.quals), ...o.extra, o.merge?.cond],
      () => {},
      (sl) => this.statement(sl.subselect, pulled.has(sl) ? pullScope : scope, o.ctes),
    );
  }

  private rangeVarItem(rv: AstNode, ctes: CteEnv | undefined, items: Item[], subs: { item: SubItem; cte?: CteDef }[]): Item {
    const alias = rv.alias?.aliasname as string | undefined;
    const relname = String(rv.relname ?? '');
    const schema = rv.schemaname as string | undefined;
    if (!schema) {
      const cte = this.findCte(ctes, relname);
      if (cte) {
        const names = [alias ?? relname];
        if (cte.inline) {
          const sel = selectBody(cte.body);
          const item: SubItem = {
            kind: 'sub',
            id: this.nextId++,
            names,
            sel,
            colAliases: rv.alias?.colnames ? strings(rv.alias.colnames) : cte.colAliases,
            outputs: outputNames(sel),
            lateral: false,
          };
          items.push(item);
          subs.push({ item, cte });
          return item;
        }
        const other: OtherItem = { kind: 'other', id: this.nextId++, names };
        items.push(other);
        return other;
      }
    }
    const table = rv.inh !== true ? undefined : (this.catalog.lookup(schema, relname) ?? partitionedPartition(this.catalog, schema, relname));
    const names = alias ? [alias] : schema ? [relname, `${schema}.${relname}`] : [relname];
    if (!table) {
      const other: OtherItem = { kind: 'other', id: this.nextId++, names };
      items.push(other);
      return other;
    }
    const keyCols = new Set<string>();
    for (const s of schemesOf(table)) for (const k of s.key) for (const c of k.kind === 'column' ? [k.column] : k.columns) keyCols.add(c);
    const ref: RefItem = { kind: 'ref', id: this.nextId++, names, rv, table, keyCols };
    items.push(ref);
    return ref;
  }

  /** Analyzes the subqueries inside expressions (EXISTS, IN (SELECT …), scalar subqueries). */
  private sublinks(nodes: AstNode, scope: Scope, ctes: CteEnv | undefined): void {
    walkExpr(
      nodes,
      () => {},
      (s) => this.statement(s.subselect, scope, ctes),
    );
  }

  // ---- column resolution ------------------------------------------------------------------

  private resolve(ref: AstNode, scope: Scope): ColRes {
    const f = strings(ref.fields);
    const col = f[f.length - 1] ?? '';
    if (f.length >= 2) {
      const qual = f.length >= 3 ? `${f[f.length - 3]}.${f[f.length - 2]}` : f[f.length - 2]!;
      let outer = false;
      for (let s: Scope | undefined = scope; s; s = s.parent) {
        const it = s.items.find((i) => i.names.includes(qual));
        if (it) return { kind: 'item', item: it, col, outer };
        outer = true;
      }
      return { kind: 'unknown', key: `${qual}.${col}`, outer: false };
    }
    let outer = false;
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const refs = s.items.filter((i): i is RefItem => i.kind === 'ref' && i.keyCols.has(col));
      if (refs.length === 1) return { kind: 'item', item: refs[0]!, col, outer };
      if (refs.length > 1) return { kind: 'unknown', key: `?.${col}`, outer };
      const subs = s.items.filter((i): i is SubItem => i.kind === 'sub' && (i.colAliases ?? i.outputs).some((o) => o === col || o === '*'));
      if (subs.length === 1) return { kind: 'item', item: subs[0]!, col, outer };
      if (s.items.length === 1 && s.items[0]!.kind === 'ref') return { kind: 'item', item: s.items[0]!, col, outer };
      if (s.items.length > 0) return { kind: 'unknown', key: `?${s.items.map((i) => i.id).join(',')}.${col}`, outer };
      outer = true;
    }
    return { kind: 'unknown', key: `?.${col}`, outer: false };
  }

  private colKey(ref: AstNode, scope: Scope): string {
    const r = this.resolve(ref, scope);
    return r.kind === 'item' ? `#${r.item.id}.${r.col}` : r.key;
  }

  private strictOn(c: AstNode, items: readonly Item[], scope: Scope): boolean {
    const [t, b] = nodeOf(c);
    const strict =
      (t === 'A_Expr' && !['AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT'].includes(b.kind)) || (t === 'NullTest' && b.nulltesttype === 'IS_NOT_NULL');
    if (!strict) return false;
    let hit = false;
    walkExpr(c, (ref) => {
      const r = this.resolve(ref, scope);
      if (r.kind === 'item' && items.includes(r.item)) hit = true;
    });
    return hit;
  }

  // ---- pushdown into subqueries -----------------------------------------------------------

  private pushFor(item: SubItem, conj: AstNode[], scope: Scope): PushSpec {
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

  private readonly ecCache = new WeakMap<AstNode[], Equivalences>();

  private equivalences(conj: AstNode[], scope: Scope): Equivalences {
    let ec = this.ecCache.get(conj);
    if (!ec) {
      ec = this.computeEquivalences(conj, scope);
      this.ecCache.set(conj, ec);
    }
    return ec;
  }

  private computeEquivalences(conj: AstNode[], scope: Scope): Equivalences {
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

  // ---- the verdict for one reference ------------------------------------------------------

  private judge(ref: RefItem, conj: AstNode[], scope: Scope, delayed: readonly AstNode[] = []): void {
    const schemes = schemesOf(ref.table);
    const ec = this.equivalences(conj, scope);
    let mentioned = false;
    let firstReason: string | undefined;
    let prunable = false;
    for (const scheme of schemes) {
      const ev: Eval = { cons: [], orOk: false, mentions: false, reasons: [] };
      const ctx: Ctx = { ref, scheme, scope };
      const cols = schemeColumns(scheme);
      // A conjunct that names none of the key's columns can neither constrain nor mention it.
      for (const c of conj) if (namesAny(c, cols)) this.evalNode(c, false, ev, ctx);
      for (const [idx, part] of scheme.key.entries()) {
        if (part.kind !== 'column') continue;
        const k = `#${ref.id}.${part.column}`;
        if (ec.constOf.has(k)) {
          ev.cons.push({ idx, kind: 'eq' });
          ev.mentions = true;
        }
      }
      const d = decide(ev, scheme);
      if (d.ok) {
        prunable = true;
        break;
      }
      if (ev.mentions) {
        mentioned = true;
        // The first level that mentions its key explains the verdict (the top level when it does).
        firstReason ??= d.reason ?? ev.reasons[0];
      }
    }
    const top = schemes[0]!;
    const keyNames = top.key.map(keyPartName).join(', ');
    if (!prunable && !mentioned) {
      const cols = new Set(schemes.flatMap((sc) => [...schemeColumns(sc)]));
      const late = delayed.find((c) => namesAny(c, cols) && schemes.some((sc) => this.mentionsKey(c, { ref, scheme: sc, scope })));
      if (late) {
        mentioned = true;
        firstReason = `the condition on ${keyNames} is in WHERE but the table is on the nullable side of an outer join, so PostgreSQL applies it after the join instead of when scanning`;
      }
    }
    let verdict: PruneVerdict;
    let reason: string;
    if (prunable) {
      verdict = 'prunable';
      reason = 'a condition on the partition key lets PostgreSQL prune partitions';
    } else if (!mentioned) {
      verdict = 'missing';
      reason = `has no condition on ${keyNames}`;
      if (schemes.length > 1) {
        const sub = [...new Set(schemes.slice(1).flatMap((s) => s.key.map(keyPartName)))].join(', ');
        reason += ` (nor on the sub-partition key ${sub})`;
      }
    } else {
      verdict = 'not-prunable';
      reason = firstReason ?? `the condition on ${keyNames} cannot be used for pruning`;
    }
    const loc = Number(ref.rv.location ?? 0);
    const alias = ref.rv.alias?.aliasname as string | undefined;
    const qualifier = displayIdent(alias ?? String(ref.rv.relname));
    const existing = this.verdicts.get(loc);
    // An inlined CTE referenced several times yields several verdicts for one name: keep the worst.
    if (existing && existing.verdict !== 'prunable' && verdict === 'prunable') return;
    this.verdicts.set(loc, new Verdict(this.stmt, ref.table, loc, alias, qualifier, verdict, reason, this.kind));
  }

  // ---- predicates -------------------------------------------------------------------------

  private evalNode(n: AstNode, neg: boolean, ev: Eval, ctx: Ctx): void {
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
      let all = true;
      let badArm: string | undefined;
      for (const a of b.args ?? []) {
        const sub: Eval = { cons: [], orOk: false, mentions: false, reasons: [] };
        this.evalNode(a, neg, sub, ctx);
        if (sub.mentions) ev.mentions = true;
        const d = decide(sub, ctx.scheme);
        if (!d.ok) {
          all = false;
          badArm ??= sub.mentions ? (d.reason ?? sub.reasons[0]) : undefined;
        }
      }
      if (all) ev.orOk = true;
      else if (ev.mentions) {
        const k = ctx.scheme.key.map(keyPartName).join(', ');
        ev.reasons.push(badArm ? `a branch of an OR cannot be pruned (${badArm})` : `not every branch of an OR constrains ${k}`);
      }
      return;
    }
    this.leaf(n, neg, ev, ctx);
  }

  private leaf(n: AstNode, neg: boolean, ev: Eval, ctx: Ctx): void {
    const [t, b] = nodeOf(n);
    if (t === 'A_Expr') {
      const kind = String(b.kind);
      const op = opName(b);
      if (kind === 'AEXPR_OP' && COMPARISON.has(op)) {
        const l = this.keyMatch(b.lexpr, ctx);
        const r = l.idx < 0 ? this.keyMatch(b.rexpr, ctx) : { idx: -1 };
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
          const why = l.wrapped ?? r.wrapped;
          if (why) this.note(ev, why);
          return;
        }
        if (neg) o = NEGATE[o]!;
        const cls = this.classify(other, ctx.scope, ctx.ref);
        if (rankOf(cls) < RANK.volatile) ev.cons.push({ idx, kind: o === '=' ? 'eq' : o === '<>' || o === '!=' ? 'ne' : 'range' });
        else this.note(ev, valueReason(cls, keyPartName(ctx.scheme.key[idx]!)));
        ev.mentions = true;
        return;
      }
      if (kind === 'AEXPR_IN') {
        const idx = this.mentionedKeyPart(b.lexpr, ev, ctx);
        if (idx === undefined) return;
        const items: AstNode[] = b.rexpr?.List?.items ?? (Array.isArray(b.rexpr) ? b.rexpr : [b.rexpr]);
        const worst = this.worstOf(items, ctx);
        const notIn = (op === '<>') !== neg;
        if (rankOf(worst) < RANK.volatile) ev.cons.push({ idx, kind: notIn ? 'ne' : items.length > 1 ? 'in' : 'eq' });
        else this.note(ev, valueReason(worst, keyPartName(ctx.scheme.key[idx]!)));
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
        else if (!any && (o === '<>' || o === '!=')) ev.cons.push({ idx, kind: 'ne' });
        else if (['<', '<=', '>', '>='].includes(o)) ev.cons.push({ idx, kind: 'range' });
        else this.note(ev, `${o} ${any ? 'ANY' : 'ALL'} on ${keyName} cannot be used for pruning`);
        return;
      }
      if (kind.startsWith('AEXPR_BETWEEN') || kind.startsWith('AEXPR_NOT_BETWEEN')) {
        const idx = this.mentionedKeyPart(b.lexpr, ev, ctx);
        if (idx === undefined) return;
        const items: AstNode[] = b.rexpr?.List?.items ?? [];
        const worst = this.worstOf(items, ctx);
        if (rankOf(worst) < RANK.volatile) {
          // NOT BETWEEN is `key < a OR key > b`: both arms are ranges, which RANGE and LIST prune on.
          ev.cons.push({ idx, kind: 'range' });
        } else this.note(ev, valueReason(worst, keyPartName(ctx.scheme.key[idx]!)));
        return;
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
    if (t === 'ColumnRef') {
      // A boolean key used as a condition: `WHERE flag` / `WHERE NOT flag`.
      const m = this.keyMatch(n, ctx);
      if (m.idx >= 0) {
        ev.mentions = true;
        ev.cons.push({ idx: m.idx, kind: 'eq' });
      }
      return;
    }
    if (t === 'SubLink') {
      if (b.testexpr) {
        const m = this.keyMatch(b.testexpr, ctx);
        if (m.idx >= 0) {
          this.note(ev, `${keyPartName(ctx.scheme.key[m.idx]!)} is compared with a subquery's result, which is only known at run time`);
          return;
        }
        if (m.wrapped) this.note(ev, m.wrapped);
      }
      return;
    }
    // Anything else (CASE, function calls returning boolean, …) that reads the key hides it.
    const mention = this.mentionsKey(n, ctx);
    if (mention) this.note(ev, `${mention} is used inside an expression PostgreSQL cannot prune with`);
  }

  private note(ev: Eval, reason: string): void {
    ev.mentions = true;
    ev.reasons.push(reason);
  }

  /**
   * The key part `node` is, with the key marked as mentioned; when it is none, the reason a
   * wrapped key column cannot be pruned on (if it is one) is noted and the result is undefined.
   */
  private mentionedKeyPart(node: AstNode, ev: Eval, ctx: Ctx): number | undefined {
    const m = this.keyMatch(node, ctx);
    if (m.idx < 0) {
      if (m.wrapped) this.note(ev, m.wrapped);
      return undefined;
    }
    ev.mentions = true;
    return m.idx;
  }

  /** Which key part a node is (bare key column, no-op cast of it, or the key expression), else why not. */
  private keyMatch(node: AstNode, ctx: Ctx): { idx: number; wrapped?: string } {
    if (!node) return NO_MATCH;
    const key = ctx.scheme.key;
    for (let i = 0; i < key.length; i++) {
      const part = key[i]!;
      if (part.kind === 'column') {
        if (node.ColumnRef && this.colOfRef(node.ColumnRef, ctx) === part.column) return { idx: i };
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
          if (canonical(node, (c) => this.colOfRef(c, ctx)) === want) return { idx: i };
        }
      }
    }
    const m = this.mentionsKey(node, ctx);
    if (!m) return NO_MATCH;
    const [t, b] = nodeOf(node);
    if (t === 'FuncCall') return { idx: -1, wrapped: `${m} is wrapped in ${funcName(b)}(), which hides the partition key` };
    if (t === 'TypeCast') return { idx: -1, wrapped: `${m} is cast to ${castTarget(b.typeName)}, which hides the partition key` };
    return { idx: -1, wrapped: `${m} is used inside an expression, which hides the partition key` };
  }

  /** The column name when a column reference belongs to the reference being judged. */
  private colOfRef(cref: AstNode, ctx: Ctx): string | undefined {
    const r = this.resolve(cref, ctx.scope);
    return r.kind === 'item' && r.item === ctx.ref ? r.col : undefined;
  }

  /** The name of a key column of the scheme that `node` reads, if any. */
  private mentionsKey(node: AstNode, ctx: Ctx): string | undefined {
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
  private classify(n: AstNode, scope: Scope, self: RefItem | undefined): ValueClass {
    const [t, b] = nodeOf(n);
    switch (t) {
      case 'A_Const':
        return 'const';
      case 'ParamRef':
        return 'param';
      case 'SQLValueFunction':
        return 'stable';
      case 'SubLink':
        return 'sublink';
      case 'CollateClause':
        return worse('collate', this.classify(b.arg, scope, self));
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
  private classifyAll(x: AstNode, scope: Scope, self: RefItem | undefined): ValueClass {
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

  private worstOf(items: readonly AstNode[], ctx: Ctx): ValueClass {
    let w: ValueClass = 'const';
    for (const x of items) w = worse(w, this.classify(x, ctx.scope, ctx.ref));
    return w;
  }
}

const columnNamesCache = new WeakMap<object, Set<string>>();

/** Last-part names of every column reference in an expression (subquery test expressions included). */
function columnNames(n: AstNode): Set<string> {
  let set = columnNamesCache.get(n);
  if (!set) {
    const out = new Set<string>();
    walkExpr(n, (ref) => {
      const f = ref.fields as AstNode[] | undefined;
      const last = f?.[f.length - 1]?.String?.sval;
      if (typeof last === 'string') out.add(last);
    });
    set = out;
    columnNamesCache.set(n, set);
  }
  return set;
}

function namesAny(n: AstNode, cols: ReadonlySet<string>): boolean {
  if (!n || typeof n !== 'object') return false;
  for (const c of columnNames(n)) if (cols.has(c)) return true;
  return false;
}

const schemeColumnsCache = new WeakMap<Scheme, Set<string>>();

function schemeColumns(s: Scheme): Set<string> {
  let set = schemeColumnsCache.get(s);
  if (!set) {
    set = new Set<string>();
    for (const k of s.key) for (const c of k.kind === 'column' ? [k.column] : k.columns) set.add(c);
    schemeColumnsCache.set(s, set);
  }
  return set;
}

interface Equivalences {
  readonly find: (k: string) => string;
  /** Column key (`#item.col` or an unknown table's `q.col`) → a constant it equals. */
  readonly constOf: Map<string, AstNode>;
  readonly members: Map<string, Set<string>>;
}

const NO_EQUIVALENCES: Equivalences = { find: (k) => k, constOf: new Map(), members: new Map() };

/**
 * One verdict. A class with prototype getters, because the range and the insertion point cost
 * a scan of the statement and most verdicts (prunable ones) never need them.
 */
class Verdict implements TableReferenceVerdict {
  private rangeMemo: OffsetRange | undefined;
  private insertMemo: TableReferenceVerdict['insertAt'] | null | undefined;

  constructor(
    private readonly stmt: ParsedStatement,
    readonly table: PartitionedTable,
    readonly location: number,
    readonly alias: string | undefined,
    readonly qualifier: string,
    readonly verdict: PruneVerdict,
    readonly reason: string,
    readonly statement: StatementKind,
  ) {}

  get tableName(): string {
    return displayName(this.table.schema, this.table.name);
  }

  get range(): OffsetRange {
    return (this.rangeMemo ??= nameRange(this.stmt, this.location));
  }

  get insertAt(): TableReferenceVerdict['insertAt'] {
    if (this.insertMemo === undefined) {
      const usable = this.verdict !== 'prunable' && this.statement !== 'merge';
      this.insertMemo = (usable ? insertionPoint(this.stmt, this.location) : undefined) ?? null;
    }
    return this.insertMemo ?? undefined;
  }

  toJSON(): Record<string, unknown> {
    const { table, tableName, range, location, alias, qualifier, verdict, reason, insertAt, statement } = this;
    return { table, tableName, range, location, alias, qualifier, verdict, reason, insertAt, statement };
  }
}

const NO_MATCH: { idx: number; wrapped?: string } = { idx: -1 };

interface Ctx {
  readonly ref: RefItem;
  readonly scheme: Scheme;
  readonly scope: Scope;
}

/** Whether the constraints collected for one AND-group let PostgreSQL prune at this level. */
function decide(ev: Eval, s: Scheme): { ok: boolean; reason?: string } {
  if (ev.orOk) return { ok: true };
  const on = (i: number, kinds: Con['kind'][]): boolean => ev.cons.some((c) => c.idx === i && kinds.includes(c.kind));
  const first = s.key[0] ? keyPartName(s.key[0]) : '';
  switch (s.strategy) {
    case 'range':
      if (on(0, ['eq', 'in', 'range', 'isnull'])) return { ok: true };
      if (ev.cons.some((c) => c.idx > 0))
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
      if (ev.cons.length > 0)
        return { ok: false, reason: `HASH partitioning prunes only with equality (or IS NULL) on every key column, and ${missing.join(', ')} has none` };
      return { ok: false };
    }
  }
}

function valueReason(cls: ValueClass, key: string): string {
  switch (cls) {
    case 'volatile':
      return `${key} is compared with a volatile function, whose value PostgreSQL cannot use for pruning`;
    case 'collate':
      return `${key} is compared under an explicit COLLATE that differs from the partition key's collation`;
    case 'self':
      return `${key} is compared with another column of the same table`;
    case 'other':
      return `${key} is constrained only by another table's column; PostgreSQL does not prune on that when planning (at most at run time in a nested loop)`;
    case 'outer':
      return `${key} is compared with a column of the outer query, which is only known at run time`;
    case 'sublink':
      return `${key} is compared with a subquery's result, which is only known at run time`;
    default:
      return `${key} is compared in a way PostgreSQL cannot prune with`;
  }
}

function describeOp(kind: string, op: string): string {
  if (kind === 'AEXPR_LIKE') return 'LIKE';
  if (kind === 'AEXPR_ILIKE') return 'ILIKE';
  if (kind === 'AEXPR_SIMILAR') return 'SIMILAR TO';
  if (kind === 'AEXPR_DISTINCT') return 'IS DISTINCT FROM';
  if (kind === 'AEXPR_NOT_DISTINCT') return 'IS NOT DISTINCT FROM';
  return `operator ${op}`;
}

function rankOf(c: ValueClass): number {
  return RANK[c];
}

function worse(a: ValueClass, b: ValueClass): ValueClass {
  return RANK[b] > RANK[a] ? b : a;
}

function unwrapCast(n: AstNode): AstNode {
  let x = n;
  while (x?.TypeCast) x = x.TypeCast.arg;
  return x;
}

/** A key part as the messages show it: a column as PostgreSQL would print it (quoted when needed), or the expression. */
export function keyPartName(k: KeyPart): string {
  return k.kind === 'column' ? displayIdent(k.column) : k.text;
}

/** The top-level scheme and every distinct sub-partitioning scheme below it. */
const subTables = new WeakMap<readonly PartitionedTable[], Map<string, PartitionedTable[]>>();

/**
 * A partition that is itself partitioned, queried directly (`FROM orders_2024_03`), seen as a
 * partitioned table of its own. Unqualified names match when exactly one such partition has the name.
 */
function partitionedPartition(catalog: CatalogView, schema: string | undefined, name: string): PartitionedTable | undefined {
  const tables = catalog.tables();
  let byName = subTables.get(tables);
  if (!byName) {
    const m = new Map<string, PartitionedTable[]>();
    const walk = (parts: readonly Partition[]): void => {
      for (const p of parts) {
        if (!p.subPartitioning) continue;
        const t: PartitionedTable = { schema: p.schema, name: p.name, strategy: p.subPartitioning.strategy, key: p.subPartitioning.key, partitions: p.partitions };
        m.set(p.name, [...(m.get(p.name) ?? []), t]);
        walk(p.partitions);
      }
    };
    for (const t of tables) walk(t.partitions);
    byName = m;
    subTables.set(tables, m);
  }
  const hits = byName.get(name) ?? [];
  if (schema !== undefined) return hits.find((t) => t.schema === schema);
  return hits.length === 1 ? hits[0] : undefined;
}

const schemesCache = new WeakMap<PartitionedTable, Scheme[]>();

export function schemesOf(t: PartitionedTable): Scheme[] {
  let hit = schemesCache.get(t);
  if (!hit) {
    hit = computeSchemes(t);
    schemesCache.set(t, hit);
  }
  return hit;
}

function computeSchemes(t: PartitionedTable): Scheme[] {
  const out: Scheme[] = [{ strategy: t.strategy, key: t.key, partitions: t.partitions }];
  const seen = new Set<string>();
  const walk = (parts: readonly Partition[]): void => {
    for (const p of parts) {
      if (!p.subPartitioning) continue;
      const sig = JSON.stringify(p.subPartitioning);
      if (!seen.has(sig)) {
        seen.add(sig);
        out.push({ strategy: p.subPartitioning.strategy, key: p.subPartitioning.key, partitions: p.partitions });
      }
      walk(p.partitions);
    }
  };
  walk(t.partitions);
  return out;
}

/**
 * For `x IN (SELECT y FROM … WHERE y = const)`: the constant, when the subquery is a simple
 * SELECT of one column that its WHERE pins to a constant, parameter or stable expression.
 */
function semiJoinConstant(sl: AstNode): AstNode | undefined {
  if (!sl || sl.subLinkType !== 'ANY_SUBLINK' || !sl.testexpr?.ColumnRef) return undefined;
  if (sl.operName && strings(sl.operName).at(-1) !== '=') return undefined;
  const body = selectBody(sl.subselect);
  if (!body || (body.op && body.op !== 'SETOP_NONE') || body.groupClause || body.limitCount || body.limitOffset || body.distinctClause) return undefined;
  const target = body.targetList?.length === 1 ? body.targetList[0]?.ResTarget?.val?.ColumnRef : undefined;
  if (!target) return undefined;
  const want = strings(target.fields).join('.');
  for (const c of conjuncts(body.whereClause)) {
    const b = c.A_Expr;
    if (!b || b.kind !== 'AEXPR_OP' || opName(b) !== '=') continue;
    for (const [col, val] of [
      [b.lexpr, b.rexpr],
      [b.rexpr, b.lexpr],
    ] as const) {
      if (col?.ColumnRef && strings(col.ColumnRef.fields).join('.') === want && isConstantExpr(val)) return val;
    }
  }
  return undefined;
}

/** A value without column references, subqueries or volatile functions. */
function isConstantExpr(n: AstNode): boolean {
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

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Document range of the (possibly qualified, possibly quoted) name starting at a byte location,
 * scanned from the statement text; the same range `ParsedStatement.nameRange` gives, without
 * running the whole-statement scanner for every reference.
 */
function nameRange(stmt: ParsedStatement, byteLoc: number): OffsetRange {
  const sql = stmt.sql;
  const ascii = !/[^\u0000-\u007f]/.test(sql);
  const start = ascii ? byteLoc : byteToUtf16(sql)(byteLoc);
  let i = start;
  const ident = (): boolean => {
    if (sql[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = sql.indexOf('"', j);
        if (q < 0) return false;
        if (sql[q + 1] === '"') j = q + 2;
        else {
          i = q + 1;
          return true;
        }
      }
    }
    if (!IDENT_START.test(sql[i] ?? '')) return false;
    i++;
    while (i < sql.length && IDENT_PART.test(sql[i]!)) i++;
    return true;
  };
  if (!ident()) return stmt.nameRange(byteLoc);
  let end = i;
  while (sql[i] === '.') {
    i++;
    if (!ident()) break;
    end = i;
  }
  const toByte = (c: number): number => (ascii ? c : Buffer.byteLength(sql.slice(0, c)));
  return { start: stmt.offsetOf(toByte(start)), end: stmt.offsetOf(toByte(end)) };
}

function hasSublink(n: AstNode): boolean {
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
function isSimpleSubquery(sel: AstNode): boolean {
  if (!sel || (sel.op && sel.op !== 'SETOP_NONE')) return false;
  if (sel.groupClause || sel.havingClause || sel.limitCount || sel.limitOffset || sel.distinctClause || sel.withClause) return false;
  return !(sel.targetList ?? []).some((t: AstNode) => containsAggregate(t));
}

function colRef(qual: string | undefined, col: string): AstNode {
  const parts = qual ? [...qual.split('.'), col] : [col];
  return { ColumnRef: { fields: parts.map((s) => ({ String: { sval: s } })), location: -1 } };
}

function eqNode(l: AstNode, r: AstNode): AstNode {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: l, rexpr: r, location: -1 } };
}

/** Output column names of a SELECT (its leftmost arm for set operations); `*` for a star. */
function outputNames(body: AstNode): string[] {
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
function someNode(n: AstNode, test: (x: AstNode) => boolean, opts: { skipSublinks?: boolean } = {}): boolean {
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
function containsVolatile(n: AstNode): boolean {
  return someNode(n, (x) => !!(x.FuncCall && isVolatileFunction(funcName(x.FuncCall))));
}

/** Whether `n` itself (not a subquery in it) calls an aggregate or window function. */
function containsAggregate(n: AstNode): boolean {
  return someNode(n, (x) => !!(x.FuncCall && (isAggregateFunction(funcName(x.FuncCall)) || x.FuncCall.agg_star || x.FuncCall.over)), { skipSublinks: true });
}

/** Column names (last part) that appear in the PARTITION BY of every window of a SELECT. */
function windowPartitionColumns(body: AstNode): Set<string> {
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
function hasWindow(n: AstNode): boolean {
  return someNode(n, (x) => !!x.FuncCall?.over, { skipSublinks: true });
}
