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
import type { CatalogView } from '../catalog/model';
import type { AstNode, ParsedStatement } from '../sql/parse';
import { conjuncts, nodeOf, opName, selectBody, strings, substitute, walkExpr } from './expr';
import { Judge } from './judge';
import type { Join, PushSpec } from './joins';
import { partitionedPartition, schemesOf } from './schemes';
import type { CteDef, CteEnv, Item, OtherItem, RefItem, Scope, SubItem } from './scope';
import { containsAggregate, containsVolatile, eqNode, colRef, hasSublink, isSimpleSubquery, outputNames, semiJoinConstant } from './shape';
import type { TableReferenceVerdict } from './verdict';

export function analyzeStatementAst(stmt: ParsedStatement, catalog: CatalogView): TableReferenceVerdict[] {
  return new StatementAnalyzer(stmt, catalog).run();
}
class StatementAnalyzer extends Judge {
  private cteRefCounts: Map<string, number> | undefined;

  constructor(stmt: ParsedStatement, catalog: CatalogView) {
    super(stmt, catalog);
  }

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
    // USING columns: an unqualified name is the merged column (the left input's for inner and
    // left joins, the right input's for right joins, COALESCE of both for full joins).
    const using: { col: string; type: Join['type']; li: Item; ri: Item }[] = [];
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
        if (b.usingClause?.length && l.length && r.length && !b.alias) {
          for (const c of strings(b.usingClause)) using.push({ col: c, type, li: l[l.length - 1]!, ri: r[0]! });
        }
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
    const fullMerged = new Map<Item, AstNode[]>();
    const mergedCol = (c: AstNode): AstNode[] => (using.length ? this.mergedColumns(c, using, fullMerged) : [c]);
    const where = [...conjuncts(o.where).flatMap(mergedCol), ...o.pushed];
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
      const extra = fullMerged.get(it);
      this.judge(it, extra ? [...list, ...extra] : list, scope, delayed);
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

  /**
   * A WHERE conjunct with unqualified USING columns in terms of the join inputs: the merged
   * column of an inner or left join is the left input's column, of a right join the right's. For
   * a full join, `col = constant` reaches both inputs (PostgreSQL's reconsider_full_join_clause);
   * those go to `fullMerged`, and the conjunct itself constrains neither side.
   */
  private mergedColumns(c: AstNode, using: readonly { col: string; type: Join['type']; li: Item; ri: Item }[], fullMerged: Map<Item, AstNode[]>): AstNode[] {
    const find = (name: string) => [...using].reverse().find((u) => u.col === name);
    const e = c.A_Expr;
    if (e && e.kind === 'AEXPR_OP' && opName(e) === '=') {
      for (const [col, val] of [
        [e.lexpr, e.rexpr],
        [e.rexpr, e.lexpr],
      ] as const) {
        const f = col?.ColumnRef ? strings(col.ColumnRef.fields) : [];
        const u = f.length === 1 ? find(f[0]!) : undefined;
        if (!u || u.type !== 'full' || hasColumn(val)) continue;
        for (const it of [u.li, u.ri]) fullMerged.set(it, [...(fullMerged.get(it) ?? []), eqNode(colRef(it.names[0], u.col), val)]);
        return [c];
      }
    }
    let changed = false;
    const out = substitute(c, (ref) => {
      const f = strings(ref.fields);
      const u = f.length === 1 ? find(f[0]!) : undefined;
      if (!u) return undefined;
      changed = true;
      // The merged column of a full join is COALESCE of both inputs': it constrains neither, also
      // when only one input has a key column of that name (a name no item has resolves to none).
      if (u.type === 'full') return colRef('\u0000full join', u.col);
      return colRef((u.type === 'right' ? u.ri : u.li).names[0], u.col);
    });
    return [changed ? out : c];
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

}

function hasColumn(n: AstNode): boolean {
  let hit = false;
  walkExpr(
    n,
    () => {
      hit = true;
    },
    () => {
      hit = true;
    },
  );
  return hit;
}
