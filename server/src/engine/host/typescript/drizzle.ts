/**
 * Drizzle queries → the SQL drizzle-orm builds: `db.select().from(t).where(cond)`,
 * `db.update(t).set(…).where(cond)`, `db.delete(t).where(cond)` and the relational
 * `db.query.t.findMany({ where })`. Conditions are the operator functions (`eq`, `gte`,
 * `between`, `inArray`, `and`, `or`, `not`, …) and `sql` templates; columns are `"table"."column"`.
 */
import { functionValueRoot } from './drizzle-value-roots';
import { dateLiteral } from './date-literals';
import { field, flattenChain, kids, stringValue, text, unwrap, dottedName, modelNameOf, type Link, type N } from './ast';
import { sqlTemplate } from './sql-tags';
import { objectProps, truthOf } from './values';
import { SqlText } from '../../query/sqltext';
import { columnOf, type ModelInfo, type ModelRegistry } from './models';
import type { Join } from '../../query/model';
import { Dynamic, Params, atUse, attempt, executedHere, returnedUnrun, isUndefined, ormQuery, qi, qualified, tableJoin, type OrmQuery, type TableAt } from './sqlgen';
import { loadedLocal } from './checked-records';
import { arrayItems, callValue, constValue, inlineCall, returnedExpr, scoped } from './inline';

// `prepare()` runs nothing: the prepared statement runs where `.execute()` is called on it.
const TERMINAL = new Set(['execute', 'then', 'all', 'get', 'run', 'values', 'toSQL', 'catch']);
const CMP: Record<string, string> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'LIKE', ilike: 'ILIKE', notLike: 'NOT LIKE', notIlike: 'NOT ILIKE', arrayContains: '@>', arrayContained: '<@', arrayOverlaps: '&&' };

interface Scope {
  readonly registry: ModelRegistry;
  readonly local: readonly ModelInfo[];
  /** Callback parameter names bound to a table (relational queries: `(t, { eq }) => …`). */
  readonly aliases: Map<string, ModelInfo>;
  /** Operator names bound by destructuring (`{ eq: equals }`) → operator. */
  readonly ops: Map<string, string>;
  readonly params: Params;
}

function tableOf(n: N | undefined, s: Pick<Scope, 'registry' | 'local' | 'aliases'>): { model: ModelInfo; node: N } | undefined {
  const u = unwrap(n);
  if (!u) return undefined;
  if (u.type === 'identifier' && s.aliases.has(text(u))) return { model: s.aliases.get(text(u))!, node: u };
  // `lead.createdAt` where `const lead = await getLead(…)`: a row's value, not the `lead` table's column.
  if (u.type === 'identifier' && loadedLocal(u)) return undefined;
  const d = dottedName(u);
  if (!d) return undefined;
  // `session.user` of a parameter `session`: a value's field, though a table is named `user`.
  if (functionValueRoot(u)) return undefined;
  // A table imported under another name (`import { leads as leadsTable }`) is that table.
  const model = s.registry.find('drizzle', d.length === 1 ? modelNameOf(u, d[0]!) : d[d.length - 1]!, s.local);
  if (!model) return undefined;
  const node = u.type === 'member_expression' ? (field(u, 'property') ?? u) : u;
  return { model, node };
}

/**
 * Drizzle tables and columns interpolated into a `sql` template (`FROM ${leads}`,
 * `${leads.createdAt}`) → the names Drizzle writes there: `"leads"`, `"leads"."created_at"`.
 */
export function drizzleSqlNames(registry: ModelRegistry, local: readonly ModelInfo[]): (n: N | undefined) => string | undefined {
  return (n) => {
    const d = dottedName(n);
    if (!d || d.length > 3) return undefined;
    const t = registry.find('drizzle', d[d.length - 1]!, local);
    if (t) return qualified(t.schema, t.table);
    const c = d.length >= 2 ? registry.find('drizzle', d[d.length - 2]!, local) : undefined;
    return c?.columns.has(d[d.length - 1]!) ? `${qualified(c.schema, c.table)}.${qi(columnOf(c, d[d.length - 1]!))}` : undefined;
  };
}

export function drizzleQuery(top: N, links: readonly Link[], registry: ModelRegistry, local: readonly ModelInfo[], nested = false): OrmQuery | undefined {
  return scoped(() => drizzleChain(top, links, registry, local, nested));
}

function drizzleChain(top: N, links: readonly Link[], registry: ModelRegistry, local: readonly ModelInfo[], nested: boolean): OrmQuery | undefined {
  const scope: Scope = { registry, local, aliases: new Map(), ops: new Map(), params: new Params() };
  // A builder used as a value (`inArray(col, ids)`, `ids` a `const` builder here) is a statement of its own.
  scope.params.sub = (n) => {
    const c = attempt(() => callValue(n));
    return c && c.src === n.src ? atUse(attempt(() => drizzleQuery(c, flattenChain(c), registry, local, true)), c, n) : undefined;
  };
  // `db.$count(leads, cond)`: SELECT count(*) FROM leads WHERE cond.
  const [c0, c1, c2] = links;
  if (c0?.kind === 'root' && c1?.kind === 'prop' && c1.name === '$count' && c2?.kind === 'call' && links.length === 3) {
    const t = tableOf(c2.args[0], scope);
    if (!t) return undefined;
    if (!nested && !executedHere(top, TERMINAL, [])) throw new Dynamic('builder escapes', 'escapes');
    return result(t.model, t.node, c2.args[1] ? cond(c2.args[1], scope) : null, { framework: 'drizzle', table: t.model.modelName, mode: 'count' });
  }
  // Relational API: <db>.query.<table>.findMany / findFirst ({ where }).
  for (let i = 1; i + 3 < links.length; i++) {
    const q = links[i]!;
    const t = links[i + 1]!;
    const m = links[i + 2]!;
    const c = links[i + 3]!;
    if (q.kind === 'prop' && q.name === 'query' && t.kind === 'prop' && m.kind === 'prop' && (m.name === 'findMany' || m.name === 'findFirst') && c.kind === 'call') {
      const model = registry.find('drizzle', t.name, local);
      if (!model) return undefined;
      // A relational query is lazy too: returned unawaited, it runs (and is judged) where a caller awaits it.
      if (!nested && returnedUnrun(top) && !executedHere(top, TERMINAL, [])) throw new Dynamic('builder escapes', 'escapes');
      let where: string | null = null;
      const fix: Record<string, string | number> = { framework: 'drizzle', table: model.modelName, mode: 'rqb' };
      const a = unwrap(c.args[0]);
      if (a) {
        if (a.type !== 'object') throw new Dynamic('findMany argument not visible', 'unseen');
        const { props, dynamic } = objectProps(a);
        const w = props.find((p) => p.key === 'where');
        if (!w && dynamic) throw new Dynamic('spread', 'unseen');
        if (w) where = relationalWhere(w.value, model, scope);
        const wi = props.find((p) => p.key === 'with');
        if (wi) {
          const also: OrmQuery[] = [];
          relationalWith(wi.value, model, scope, also);
          return { ...result(model, t.node, where, fix), ...(also.length ? { also } : {}) };
        }
      }
      return result(model, t.node, where, fix);
    }
  }
  // SQL-like API.
  let model: ModelInfo | undefined;
  let node: N | undefined;
  let kind: 'select' | 'update' | 'delete' | undefined;
  let fromEnd = 0;
  let whereLink: Extract<Link, { kind: 'call' }> | undefined;
  let whereCount = 0;
  const joinLinks: { type: string; model?: ModelInfo; derived?: string; node: N; on: N | undefined }[] = [];
  const ctes = new Map<string, OrmQuery>();
  let fromCte: OrmQuery | undefined;
  for (let i = 1; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    if (!kind && l.name === 'with' && i === 1) {
      for (const a of c.args) ctes.set(text(a), cteQuery(a, registry, local));
      continue;
    }
    if (!kind && (l.name === 'from' || l.name === 'update' || l.name === 'delete')) {
      const prev = links[i - 1];
      if (l.name === 'from' && !(prev && prev.kind === 'call' && links.slice(0, i).some((x) => x.kind === 'prop' && /^select/.test(x.name)))) continue;
      const cte = l.name === 'from' ? ctes.get(text(c.args[0] ?? c.node)) : undefined;
      if (cte) {
        // `db.with(cte).select().from(cte)`: the CTE (inlined by the planner) is the statement.
        fromCte = cte;
        kind = 'select';
        continue;
      }
      const t = tableOf(c.args[0], scope);
      if (!t) return undefined;
      model = t.model;
      node = t.node;
      kind = l.name === 'from' ? 'select' : (l.name as 'update' | 'delete');
      fromEnd = c.node.end;
    } else if (kind && l.name === 'where') {
      whereLink = c;
      whereCount++;
    } else if (kind === 'select' && DRIZZLE_JOINS[l.name]) {
      const t = tableOf(c.args[0], scope);
      // `leftJoin(perLead, …)` with `perLead = db.select(…).from(outputs)….as('per_lead')`: the subquery is a statement of its own.
      const derived = t ? undefined : aliasedSubquery(c.args[0], scope, registry, local);
      if (!t && !derived) throw new Dynamic('joined table not visible', 'unseen');
      if (t) joinLinks.push({ type: DRIZZLE_JOINS[l.name]!, model: t.model, node: t.node, on: c.args[1] });
      else joinLinks.push({ type: DRIZZLE_JOINS[l.name]!, derived, node: c.args[0]!, on: c.args[1] });
    }
    // `$dynamic()` only changes the builder's type: helpers that refine it are followed (follow.ts).
  }
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  if (fromCte) {
    // Conditions on the CTE's rows may be pushed into it by the planner: not judged.
    if (whereLink || joinLinks.length || ctes.size > 1) throw new Dynamic('query on a CTE');
    if (!nested && !executedHere(top, TERMINAL, names)) throw new Dynamic('builder escapes', 'escapes');
    return fromCte;
  }
  if (!model || !node || !kind) return undefined;
  if (!nested && !executedHere(top, TERMINAL, names)) throw new Dynamic('builder escapes', 'escapes');
  // Drizzle keeps only the last where() call; joins render before it, as Drizzle orders them.
  const joins = joinLinks.map((j): Join => {
    const on = j.on ? cond(j.on, scope) : null;
    if (j.model) return tableJoin(j.type, tableAt(j.model, j.node), on);
    // A derived table stands in for the subquery: its columns in ON are values here.
    return { k: 'raw', sql: new SqlText({ start: j.node.start, end: j.node.end }).synth(`${j.type} (SELECT 1) AS ${qi(j.derived!)} ON ${on ?? 'TRUE'}`) };
  });
  const where = whereLink ? cond(whereLink.args[0], scope) : null;
  void whereCount;
  const fix: Record<string, string | number> = { framework: 'drizzle', table: model.modelName, ref: text(unwrap(node.parent?.type === 'member_expression' ? node.parent : node) ?? node) };
  if (whereLink) {
    const w = unwrap(whereLink.args[0]);
    const isAnd = w?.type === 'call_expression' && /(^|\.)and$/.test(text(field(w, 'function') ?? w));
    fix.mode = isAnd ? 'and' : 'wrap';
    fix.at = isAnd ? (field(w!, 'arguments')?.end ?? w!.end) - 1 : (w?.start ?? 0);
    fix.end = w?.end ?? 0;
  } else {
    fix.mode = 'none';
    fix.at = fromEnd;
  }
  return result(model, node, where, fix, joins, [...ctes.values(), ...scope.params.subs]);
}

/**
 * A CTE handed to `db.with(…)`: `db.$with('name').as(<builder>)`, held in a `const` or returned by
 * a helper (`recentLeads(since)`). Its body is judged as a statement; a body read in another file
 * is reported at the CTE's name here.
 */
function cteQuery(arg: N, registry: ModelRegistry, local: readonly ModelInfo[]): OrmQuery {
  let v = unwrap(arg);
  if (v?.type === 'identifier') v = unwrap(constValue(v));
  if (v?.type === 'call_expression' && !/\.as$/.test(text(field(v, 'function') ?? v))) v = unwrap(inlineCall(v));
  const links = v?.type === 'call_expression' ? flattenChain(v) : [];
  const asAt = links.findIndex((l) => l.kind === 'prop' && l.name === 'as');
  const asCall = links[asAt + 1];
  if (asAt < 0 || asCall?.kind !== 'call' || !links.some((l) => l.kind === 'prop' && l.name === '$with')) throw new Dynamic('CTE not visible', 'unseen');
  let body = unwrap(asCall.args[0]);
  if (body && (body.type === 'arrow_function' || body.type === 'function_expression')) body = unwrap(field(body, 'body'));
  if (body?.type !== 'call_expression') throw new Dynamic('CTE body not visible', 'unseen');
  const q = drizzleQuery(body, flattenChain(body), registry, local, true);
  if (!q) throw new Dynamic('CTE body not visible', 'unseen');
  // A body built away from the query (a `const`, a helper) is reported where the query uses it.
  return atUse(q, body, arg)!;
}

/** A subquery aliased for a join (`db.select(…)….as('per_lead')`, inline or in a `const`): judged as its own statement; its alias. */
function aliasedSubquery(arg: N | undefined, scope: Scope, registry: ModelRegistry, local: readonly ModelInfo[]): string | undefined {
  let v = unwrap(arg);
  if (v?.type === 'identifier') v = unwrap(constValue(v));
  const f = v?.type === 'call_expression' ? unwrap(field(v, 'function')) : undefined;
  const alias = v ? stringValue(kids(field(v, 'arguments') ?? v)[0]) : undefined;
  if (f?.type !== 'member_expression' || text(field(f, 'property') ?? f) !== 'as' || alias === undefined) return undefined;
  const inner = unwrap(field(f, 'object'));
  if (inner?.type !== 'call_expression' || /\$with\b/.test(text(inner))) return undefined;
  const q = drizzleQuery(inner, flattenChain(inner), registry, local, true);
  if (!q) return undefined;
  scope.params.subs.push(atUse(q, inner, arg!)!);
  return alias;
}

const DRIZZLE_JOINS: Record<string, string> = { innerJoin: 'INNER JOIN', leftJoin: 'LEFT JOIN', rightJoin: 'RIGHT JOIN', fullJoin: 'FULL JOIN' };

function tableAt(model: ModelInfo, node: N): TableAt {
  return { table: model.table, ...(model.schema !== undefined ? { schema: model.schema } : {}), at: { start: node.start, end: node.end } };
}

function result(model: ModelInfo, node: N, where: string | null, fix: Record<string, string | number>, joins: readonly Join[] = [], also?: readonly OrmQuery[]): OrmQuery {
  return ormQuery('drizzle', tableAt(model, node), where, fix, joins, also);
}

function relationalWhere(v: N, model: ModelInfo, scope: Scope): string | null {
  const u = unwrap(v);
  if (u && (u.type === 'arrow_function' || u.type === 'function_expression')) {
    const ps = field(u, 'parameters') ?? field(u, 'parameter');
    const list = ps ? (ps.type === 'identifier' ? [ps] : kids(ps)) : [];
    const p0 = list[0] ? (field(list[0], 'pattern') ?? list[0]) : undefined;
    if (p0?.type === 'identifier') scope.aliases.set(text(p0), model);
    const p1 = list[1] ? (field(list[1], 'pattern') ?? list[1]) : undefined;
    if (p1?.type === 'object_pattern') {
      for (const k of kids(p1)) {
        if (k.type === 'shorthand_property_identifier_pattern') scope.ops.set(text(k), text(k));
        else if (k.type === 'pair_pattern') {
          const key = field(k, 'key');
          const val = field(k, 'value');
          if (key && val) scope.ops.set(text(val), text(key));
        }
      }
    } else if (p1?.type === 'identifier') scope.ops.set(`${text(p1)}.`, '*');
    // A block body is read through its one final `return` (`return and(...conditions)`, the
    // array's conditional pushes standing for the paths without them); other statements set nothing.
    const body = unwrap(field(u, 'body'));
    const e = body?.type === 'statement_block' ? returnedExpr(u) : body;
    if (!e) throw new Dynamic('where callback with statements');
    return cond(e, scope);
  }
  return cond(v, scope);
}

/** The operator a call names: `eq(…)`, `ops.eq(…)`, `{ eq: equals }` → `equals(…)`. */
function opName(fn: N | undefined, scope: Scope): string | undefined {
  const u = unwrap(fn);
  if (!u) return undefined;
  if (u.type === 'identifier') return scope.ops.get(text(u)) ?? text(u);
  const d = dottedName(u);
  if (d && d.length === 2) return d[1];
  return undefined;
}

function operand(n: N | undefined, scope: Scope): string {
  const u = unwrap(n);
  if (!u) throw new Dynamic('missing operand');
  if (u.type === 'member_expression') {
    const obj = field(u, 'object');
    const prop = field(u, 'property');
    const t = tableOf(obj, scope);
    if (t && prop) return `${qualified(t.model.schema, t.model.table)}.${qi(columnOf(t.model, text(prop)))}`;
  }
  const tpl = sqlTemplate(u);
  if (tpl) return template(tpl, scope);
  return dateLiteral(u) ?? scope.params.next();
}

function template(t: N, scope: Scope): string {
  let s = '';
  for (const c of t.children) {
    if (c.type === 'template_substitution') {
      const inner = kids(c)[0];
      const tb = tableOf(inner, scope);
      s += tb && unwrap(inner)?.type !== 'member_expression' ? qualified(tb.model.schema, tb.model.table) : operand(inner, scope);
    } else s += text(c);
  }
  return s;
}

const OPS = new Set([...Object.keys(CMP), 'and', 'or', 'not', 'between', 'notBetween', 'inArray', 'notInArray', 'isNull', 'isNotNull', 'exists', 'notExists']);

/**
 * A condition that is there on some paths only (`c ? eq(…) : undefined`): the path without it is
 * the one judged (fewer AND-ed conditions never prune more). Two conditions: not judged.
 */
function optionalCond(u: N): boolean {
  if (u.type !== 'ternary_expression') return false;
  const a = unwrap(field(u, 'consequence'));
  const b = unwrap(field(u, 'alternative'));
  if ((a && isUndefined(a)) || a?.type === 'null' || (b && isUndefined(b)) || b?.type === 'null') return true;
  throw new Dynamic('conditional condition');
}

/** The arguments of `and(…)`: a spread array (`and(...conditions)`) stands for the items it holds on every path. */
function andArgs(a: readonly N[], op: string): { args: N[]; optional: boolean } {
  const args: N[] = [];
  let optional = false;
  for (const x of a) {
    if (x.type !== 'spread_element') {
      args.push(x);
      continue;
    }
    let id = unwrap(kids(x)[0]);
    // `...conditions.filter(Boolean)` (LobeChat's `genWhere`): `and` drops undefined parts anyway.
    const f = id?.type === 'call_expression' ? field(id, 'function') : undefined;
    const fa = id?.type === 'call_expression' ? kids(field(id, 'arguments') ?? id) : [];
    if (f?.type === 'member_expression' && text(field(f, 'property') ?? f) === 'filter' && fa.length === 1 && text(fa[0]!) === 'Boolean') id = unwrap(field(f, 'object'));
    // A helper returning the conditions it builds (Dittofeed's `and(...leadConditions({ userId, since }))`): its
    // parameters read as the call's arguments, its returned array (a literal, or a local filled by pushes) spread.
    if (id?.type === 'call_expression' && id === unwrap(kids(x)[0])) {
      const ret = unwrap(inlineCall(id));
      if (ret?.type === 'identifier') {
        const r = arrayItems(ret, ret);
        args.push(...r.items);
        optional ||= r.optional;
        continue;
      }
      id = ret;
    }
    // An array literal the caller passed for a followed helper's parameter (`genWhere([eq(…), c ? … : undefined])`).
    if (id?.type === 'array') {
      args.push(...kids(id).filter((k) => k.type !== 'spread_element'));
      if (kids(id).some((k) => k.type === 'spread_element')) throw new Dynamic('spread conditions', 'unseen');
      continue;
    }
    if (id?.type !== 'identifier') throw new Dynamic('spread conditions', 'unseen');
    const r = arrayItems(id, x);
    args.push(...r.items);
    optional ||= r.optional;
  }
  if (optional && op !== 'and') throw new Dynamic('conditional conditions');
  return { args, optional };
}

function cond(n: N | undefined, scope: Scope): string | null {
  const u = unwrap(n);
  if (!u || isUndefined(u)) return null;
  const tpl = sqlTemplate(u);
  if (tpl) return template(tpl, scope);
  // `c ? eq(…) : undefined` whose condition the caller's values decide: the branch that runs.
  if (u.type === 'ternary_expression') {
    const known = truthOf(field(u, 'condition'));
    if (known !== undefined) return cond(field(u, known ? 'consequence' : 'alternative'), scope);
  }
  if (optionalCond(u)) return null;
  // `const where = and(…)` here, or a condition held in a module constant.
  if (u.type === 'identifier') {
    const v = constValue(u);
    if (v) return cond(v, scope);
  }
  if (u.type !== 'call_expression') throw new Dynamic('condition not visible', 'unseen');
  const args = field(u, 'arguments');
  const fn = field(u, 'function');
  const op = opName(fn, scope);
  // A condition helper (`ofCompany(c)` returning `eq(leads.company, c)`): read what it returns.
  if (!op || !OPS.has(op)) return cond(inlineCall(u), scope);
  const a = args ? kids(args) : [];
  if (CMP[op]) return `${operand(a[0], scope)} ${CMP[op]} ${operand(a[1], scope)}`;
  switch (op) {
    case 'and':
    case 'or': {
      const { args: items } = andArgs(a, op);
      if (op === 'or' && items.some((x) => { const v = unwrap(x); return !!v && v.type === 'ternary_expression'; })) throw new Dynamic('conditional conditions');
      const parts = items.map((x) => cond(x, scope));
      const ps = parts.filter((p): p is string => p !== null);
      if (op === 'or' && parts.some((p) => p === null)) return 'TRUE';
      return ps.length === 0 ? null : `(${ps.join(op === 'and' ? ' and ' : ' or ')})`;
    }
    case 'not': {
      const inner = cond(a[0], scope);
      return inner === null ? null : `not ${inner}`;
    }
    case 'between':
    case 'notBetween':
      return `${operand(a[0], scope)} ${op === 'between' ? 'between' : 'not between'} ${operand(a[1], scope)} and ${operand(a[2], scope)}`;
    case 'inArray':
    case 'notInArray':
      return `${operand(a[0], scope)} ${op === 'inArray' ? 'in' : 'not in'} ${scope.params.list(a[1])}`;
    case 'isNull':
    case 'isNotNull':
      return `${operand(a[0], scope)} ${op === 'isNull' ? 'is null' : 'is not null'}`;
    case 'exists':
    case 'notExists':
      return null;
    default:
      throw new Dynamic(`unknown operator ${op}`);
  }
}

/**
 * `with: { outputs: true }` / `with: { outputs: { where } }`: Drizzle reads each relation in a
 * lateral subquery on its table, correlated by the relation's columns and filtered by its own
 * `where` only — so that table is judged on that `where`.
 */
function relationalWith(v: N, model: ModelInfo, scope: Scope, also: OrmQuery[]): void {
  const u = unwrap(v);
  if (u?.type !== 'object') throw new Dynamic('with not visible', 'unseen');
  const { props, dynamic } = objectProps(u);
  if (dynamic) throw new Dynamic('with spread', 'unseen');
  for (const p of props) {
    const name = model.relationTargets?.get(p.key);
    const target = name ? scope.registry.find('drizzle', name, scope.local) : undefined;
    if (!target) throw new Dynamic('relation not known');
    const x = unwrap(p.value);
    if (x?.type === 'false') continue;
    let where: string | null = null;
    if (x?.type === 'object') {
      const inner = objectProps(x);
      if (inner.dynamic) throw new Dynamic('with spread', 'unseen');
      const w = inner.props.find((q) => q.key === 'where');
      if (w) where = relationalWhere(w.value, target, { ...scope, aliases: new Map(), ops: new Map() });
      const nested = inner.props.find((q) => q.key === 'with');
      if (nested) relationalWith(nested.value, target, scope, also);
    } else if (x?.type !== 'true') throw new Dynamic('with not visible', 'unseen');
    const q = result(target, p.keyNode, where, { framework: 'drizzle', table: target.modelName, mode: 'rqb' });
    also.push(q);
  }
}
