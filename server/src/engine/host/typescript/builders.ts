/**
 * Knex query builders → the SQL they build (and the pieces Kysely and Objection share: table
 * references, joins, `where` conditions). Both name tables and columns as written;
 * their `where` clauses become `"col" op $n`, joined with `and` / `or` in call order (Knex
 * writes them out without parentheses, so SQL precedence applies exactly as it does for Knex).
 */
import { field, kids, stringContentRange, stringValue, text, unwrap, flattenChain, type Link, type N } from './ast';
import { objectProps } from './values';
import type { Join } from '../../query/model';
import { callValue, constString, decideCondition, functionOf, inlineCall, paramNames, refinementCallback, returnedExpr, returnedRefinement, scoped } from './inline';
import { flowPaths, bodyStatements } from './locals';
import { localObjectLiteral } from './objects';
import { dateLiteral } from './date-literals';
import { knexAccessorCall, knexMemberPath } from './knex-client-accessors';
import { whereCallback } from './knex-filter-callbacks';
import { knexJoins, knexSql, knexTable } from './knex-naming';
import { Dynamic, Params, atUse, attempt, executedHere, returnedUnrun, isNullLiteral, isUndefined, ormQuery, qi, tableJoin, type OrmQuery, type TableAt } from './sqlgen';

/** `a.b` → `"a"."b"`; `*` stays. */
export function wrapRef(ref: string): string {
  return ref
    .trim()
    .split('.')
    .map((p) => (p === '*' ? p : qi(p.replace(/^"|"$/g, ''))))
    .join('.');
}

/**
 * A column reference as written: a literal, or a template whose interpolations are string
 * constants (`${LeadsTableName}.id`, `${TableName.Lead}.user_id`: Lightdash, Infisical).
 */
export function refString(n: N | undefined): string | undefined {
  const s = stringValue(n);
  if (s !== undefined || n?.type !== 'template_string') return s;
  let out = '';
  for (const c of n.children) {
    if (c.type === 'string_fragment') out += text(c);
    else if (c.type === 'template_substitution') {
      const v = stringValue(constString(kids(c)[0]));
      if (v === undefined) return undefined;
      out += v;
    } else if (c.type === 'escape_sequence') return undefined;
  }
  return out;
}

/** `'public.leads as l'` → schema, table, alias and the range of the table name inside the string node. */
export function tableRef(node: N): { schema?: string; table: string; alias?: string; start: number; end: number } | undefined {
  const s = stringValue(node);
  if (s === undefined) return undefined;
  const m = /^\s*((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)(?:\s+as\s+([\w$]+))?\s*$/i.exec(s);
  if (!m) return undefined;
  const parts = m[1]!.split('.').map((p) => p.replace(/^"|"$/g, ''));
  const content = stringContentRange(node);
  const lead = s.length - s.trimStart().length;
  const start = content.start + lead;
  const r = { table: parts[parts.length - 1]!, start, end: start + m[1]!.length };
  return {
    ...r,
    ...(parts.length === 2 ? { schema: parts[0]! } : {}),
    ...(m[2] ? { alias: m[2] } : {}),
  };
}

/** Turns `?` bindings (and `??` identifiers) of a Knex raw string into PostgreSQL syntax. */
function knexRawSql(n: N, params: Params): string {
  const u = unwrap(n);
  if (!u) throw new Dynamic('missing raw SQL');
  let s: string | undefined = stringValue(u);
  if (s === undefined && u.type === 'template_string') {
    s = '';
    for (const c of u.children) s += c.type === 'template_substitution' ? params.next() : text(c);
  }
  if (s === undefined) throw new Dynamic('raw SQL is not a literal');
  return s.replace(/\?\?|\?/g, (m) => (m === '??' ? '"_"' : params.next()));
}

const KNEX_ROOTS = /^(knex|db|trx|tx|k|pg|database|conn|connection|qb|builder|query)$/i;
const KNEX_TERMINAL = new Set(['then', 'first', 'update', 'del', 'delete', 'count', 'pluck', 'toSQL', 'toString', 'toQuery', 'stream', 'catch', 'asCallback', 'increment', 'decrement', 'countDistinct', 'min', 'max', 'sum', 'avg']);

/** Methods that run a lazy builder (the rest of KNEX_TERMINAL only shape the statement). */
export const THEN: ReadonlySet<string> = new Set(['then', 'catch', 'asCallback', 'stream', 'finally']);

export type Cond = { readonly bool: 'and' | 'or'; readonly sql: string | null };

/** Recognises a Knex builder chain; undefined when it is not one. */
export const KNEX_TERMINAL_METHODS: ReadonlySet<string> = KNEX_TERMINAL;

export function knexQuery(top: N, links: readonly Link[], knownRoot = false, nested = false): OrmQuery | undefined {
  const group = (i: number): boolean => {
    const c = links[i + 1];
    return c?.kind === 'call' && andGroup('where', c.args);
  };
  if (!links.some((l, i) => l.kind === 'prop' && (l.name === 'modify' || (l.name === 'where' && group(i))))) {
    return scoped(() => knexOne(top, links, knownRoot, nested));
  }
  return scoped(() => {
    // `modify(fn, …args)`: one chain per path through `fn`; a chain that is not knex's stays undefined.
    const qs = callVariants(links, true).map((v) => knexOne(top, v, knownRoot, nested));
    const first = qs[0];
    if (!first || qs.some((q) => !q)) return undefined;
    return qs.length === 1 ? first : { ...first, alternatives: qs.slice(1).map((q) => q!.model) };
  });
}

function knexOne(top: N, links: readonly Link[], knownRoot: boolean, nested: boolean): OrmQuery | undefined {
  let tableAt = -1;
  let tableNode: N | undefined;
  let constArg: N | undefined;
  const r0 = links[0];
  for (let i = 0; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (c.kind !== 'call' || c.args.length < 1) continue;
    const isRootCall =
      (l.kind === 'root' && (KNEX_ROOTS.test(l.name) || (knownRoot && l.name !== 'this'))) || (l.kind === 'prop' && i === 1 && (l.name === 'knex' || (knownRoot && links[0]?.kind === 'root' && links[0].name === 'this'))) ||
      knexAccessorCall(links, i, knownRoot) ||
      knexMemberPath(links, i);
    const isFrom = l.kind === 'prop' && ['from', 'table', 'into'].includes(l.name) && i > 0;
    if ((isRootCall && c.args.length === 1) || isFrom) {
      // The table may be a followed function's parameter (`db(table)`, bound to the caller's literal).
      const tn = stringValue(c.args[0]) !== undefined ? c.args[0] : unwrap(c.args[0]);
      if (stringValue(tn) !== undefined) {
        tableAt = i + 1;
        tableNode = tn;
        break;
      }
      // A table name held in a constant (`db(TABLE)`, `db(TableName.Lead)`): its value, reported at the argument.
      const named = c.args[0] && (isRootCall || isFrom) ? constString(c.args[0]) : undefined;
      if (named) {
        tableAt = i + 1;
        tableNode = named;
        constArg = c.args[0];
        break;
      }
    }
  }
  // `select('*').from(function () { this.from('leads')….as('q1') })`: the derived table's own statement is judged.
  if (tableAt < 0 && !nested) return fromSubquery(top, links);
  if (tableAt < 0 || !tableNode || !r0) return undefined;
  // `knex.schema.table('leads', t => …)` / `schema.createTable(…)` are DDL, never queries.
  if (links.some((l) => l.kind === 'prop' && l.name === 'schema')) return undefined;
  // `knex('leads').columnInfo()` reads the catalog (information_schema), never the table's rows.
  if (links.some((l) => l.kind === 'prop' && l.name === 'columnInfo')) return undefined;
  if (links.some((l) => l.kind === 'prop' && ['selectFrom', 'updateTable', 'deleteFrom', 'createQueryBuilder', 'getRepository'].includes(l.name))) return undefined;
  // An INSERT reads no partition (its row goes to one): not a query to judge.
  if (links.some((l) => l.kind === 'prop' && (l.name === 'insert' || l.name === 'upsert'))) return undefined;
  const ref0 = tableRef(tableNode);
  if (!ref0) return undefined;
  const ref = constArg ? { ...ref0, start: constArg.start, end: constArg.end } : ref0;
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  if (!nested && !executedHere(top, returnedUnrun(top) ? THEN : KNEX_TERMINAL, names)) throw new Dynamic('builder escapes (may be refined elsewhere)', 'escapes');
  const params = knexParams();
  withQueries(links, params);
  const joins = joinClauses(links, tableAt + 1, params);
  const where = renderConds(knexChainConds(links, params, 'clearWhere'));
  // A client with identifier mappers (`knexSnakeCaseMappers()`) sends `createdAt` as `created_at`.
  const sent = { ...ref, table: knexTable(ref.table), ...(ref.alias !== undefined ? { alias: knexTable(ref.alias) } : {}) };
  return ormQuery('knex', at(sent), knexSql(where), { framework: 'knex', at: links[tableAt]!.node.end, column: ref.alias ?? '' }, knexJoins(joins), params.subs);
}

const WITH = new Set(['with', 'withMaterialized', 'withNotMaterialized', 'withRecursive']);

/** CTE bodies (`.with('acme', db('leads')…)`, `.with('acme', (qb) => qb.selectFrom('leads')…)`): judged as statements of their own. */
export function withQueries(links: readonly Link[], params: Params): void {
  for (let i = 0; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call' || !WITH.has(l.name)) continue;
    let body = unwrap(c.args[c.args.length - 1]);
    if (body && (body.type === 'arrow_function' || body.type === 'function_expression')) body = unwrap(field(body, 'body'));
    const q = body?.type === 'call_expression' ? params.sub?.(body) : undefined;
    if (q) params.subs.push(q);
  }
}

/** Parameters of a knex statement whose `whereIn(col, builder)` subqueries are judged too. */
export function knexParams(): Params {
  const params = new Params();
  params.sub = (n) => {
    const c = attempt(() => callValue(n));
    return c && c.src === n.src ? atUse(attempt(() => knexQuery(c, flattenChain(c), true, true)), c, n) : undefined;
  };
  return params;
}

export function at(ref: { schema?: string; table: string; alias?: string; start: number; end: number }): TableAt {
  return { table: ref.table, ...(ref.schema ? { schema: ref.schema } : {}), ...(ref.alias ? { alias: ref.alias } : {}), at: { start: ref.start, end: ref.end } };
}

const JOINS: Record<string, string> = {
  join: 'INNER JOIN',
  innerJoin: 'INNER JOIN',
  leftJoin: 'LEFT JOIN',
  leftOuterJoin: 'LEFT JOIN',
  rightJoin: 'RIGHT JOIN',
  rightOuterJoin: 'RIGHT JOIN',
  fullOuterJoin: 'FULL JOIN',
  fullJoin: 'FULL JOIN',
  crossJoin: 'CROSS JOIN',
};

/**
 * Knex / Kysely joins written with columns: `.join('agent_outputs as o', 'o.lead_id', 'l.id')`,
 * `.leftJoin(t, a, '=', b)`. A join whose ON is a callback may filter the joined table's key:
 * the query is then not judged (precision first).
 */
export function joinClauses(links: readonly Link[], from: number, params: Params = new Params(), kysely = false): Join[] {
  const joins: Join[] = [];
  for (let i = from; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call' || !JOINS[l.name]) continue;
    // A table named by a constant (`leftJoin(CampaignsTableName, …)`): its value, reported at the argument.
    const named = c.args[0] && stringValue(c.args[0]) === undefined ? constString(c.args[0]) : undefined;
    const t0 = named ? tableRef(named) : c.args[0] ? tableRef(c.args[0]) : undefined;
    const t = t0 && named ? { ...t0, start: c.args[0]!.start, end: c.args[0]!.end } : t0;
    if (!t) throw new Dynamic('joined table not visible', 'unseen');
    if (l.name === 'crossJoin') {
      joins.push(tableJoin('CROSS JOIN', at(t), null));
      continue;
    }
    // `.innerJoin('agent_outputs', (join) => join.onRef('a', '=', 'b').on('c', '>=', v))` (Kysely),
    // `.join('agent_outputs', function () { this.on('a', '=', 'b').andOnVal('c', '>=', v) })` (knex).
    const cb = unwrap(c.args[1]);
    if (c.args.length === 2 && cb && (cb.type === 'arrow_function' || cb.type === 'function_expression')) {
      joins.push(tableJoin(JOINS[l.name]!, at(t), joinCallback(cb, params, kysely)));
      continue;
    }
    const a = refString(c.args[1]);
    const op = c.args.length >= 4 ? stringValue(c.args[2]) : '=';
    const b = refString(c.args[c.args.length >= 4 ? 3 : 2]);
    if (a === undefined || b === undefined || op === undefined || !/^(=|<>|!=|<|<=|>|>=)$/.test(op)) throw new Dynamic('join condition not visible', 'unseen');
    joins.push(tableJoin(JOINS[l.name]!, at(t), `${wrapRef(a)} ${op} ${wrapRef(b)}`));
  }
  return joins;
}

const JOIN_OPS = /^(=|<>|!=|<|<=|>|>=)$/;

/** The ON condition a join callback builds: column comparisons (`on`/`onRef`) and value comparisons (`onVal`, Kysely `on`). */
function joinCallback(fn: N, params: Params, kysely: boolean): string {
  const ps = field(fn, 'parameters') ?? field(fn, 'parameter');
  const first = ps ? (ps.type === 'identifier' ? ps : kids(ps)[0]) : undefined;
  const pname = first ? text(field(first, 'pattern') ?? first) : 'this';
  const body = unwrap(returnedExpr(fn)) ?? (() => {
    // knex: `function () { this.on(…).andOn(…); }` — one expression statement.
    const b = field(fn, 'body');
    const st = b?.type === 'statement_block' && kids(b).length === 1 ? kids(b)[0] : undefined;
    return st?.type === 'expression_statement' ? unwrap(kids(st)[0]) : undefined;
  })();
  if (!body) throw new Dynamic('join callback not visible', 'unseen');
  const links = flattenChain(body);
  const r = links[0];
  if (r?.kind !== 'root' || (r.name !== pname && r.name !== 'this')) throw new Dynamic('join callback not visible', 'unseen');
  let out = '';
  for (let i = 1; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    const m = /^(on|andOn|orOn)(Ref|Val|In|Null|NotNull)?$/.exec(l.name);
    if (!m) throw new Dynamic(`join callback ${l.name}`);
    const bool = m[1] === 'orOn' ? 'or' : 'and';
    const col = refString(c.args[0]);
    if (col === undefined) throw new Dynamic('join column not visible', 'unseen');
    let sql: string;
    const op = c.args.length >= 3 ? stringValue(c.args[1]) : '=';
    const rhs = c.args[c.args.length >= 3 ? 2 : 1];
    // Kysely `on(ref, op, value)` compares with a value; knex `on(a, op, b)` with a column.
    const valueSide = m[2] === 'Val' || (m[2] === undefined && kysely);
    if (m[2] === 'In') sql = `${wrapRef(col)} in ${params.list(c.args[1])}`;
    else if (m[2] === 'Null' || m[2] === 'NotNull') sql = `${wrapRef(col)} ${m[2] === 'Null' ? 'is null' : 'is not null'}`;
    else {
      if (op === undefined || !JOIN_OPS.test(op)) throw new Dynamic('join operator');
      const ref = valueSide ? undefined : refString(rhs);
      if (!valueSide && ref === undefined) throw new Dynamic('join column not visible', 'unseen');
      sql = `${wrapRef(col)} ${op} ${valueSide ? params.next() : wrapRef(ref!)}`;
    }
    out += out ? ` ${bool} ${sql}` : sql;
  }
  if (!out) throw new Dynamic('empty join callback');
  return out;
}

export function renderConds(conds: Cond[]): string | null {
  let out = '';
  for (const c of conds) {
    if (c.sql === null) {
      // An unconstrained OR branch (e.g. `orWhereExists`) removes every constraint before it.
      if (c.bool === 'or') return 'TRUE';
      continue;
    }
    out += out ? ` ${c.bool} ${c.sql}` : c.sql;
  }
  return out || null;
}

const WHERE_RE = /^(or|and)?(where|Where)(Not)?(In|Null|NotNull|Between|NotBetween|Raw|Like|ILike|Exists|NotIn|NotExists)?$/;

/**
 * The conditions of a chain's `.method(args)` calls, in order. A call that clears the
 * conditions makes the query unknowable here: `resetWhy` says which construct did it.
 */
export function knexChainConds(links: readonly Link[], params: Params, resetWhy: string): Cond[] {
  const conds: Cond[] = [];
  for (let i = 0; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    const cond = knexWhere(l.name, c.args, params);
    if (cond === 'ignore') continue;
    if (cond === 'reset') throw new Dynamic(resetWhy);
    conds.push(cond);
  }
  // The planner folds `false or x` to `x`; a constant next to an OR is not rendered that way here.
  if (conds.some((c) => c.sql === 'true' || c.sql === 'false') && conds.some((c) => c.bool === 'or')) throw new Dynamic('constant condition joined by or');
  return conds;
}

function knexWhere(method: string, args: readonly N[], params: Params): Cond | 'ignore' | 'reset' {
  if (method === 'clearWhere' || method === 'modify') return 'reset';
  const m = WHERE_RE.exec(method);
  if (!m || (m[1] && !m[2]) || (!m[1] && m[2] !== 'where')) return 'ignore';
  const bool = m[1] === 'or' ? 'or' : 'and';
  const not = !!m[3];
  const kind = m[4] ?? '';
  const col = (): string => {
    // A helper's parameter (`whereIn(column, ids)`) reads as the caller's argument, as in `where(column, v)`.
    const s = refString(args[0]) ?? refString(unwrap(args[0]));
    if (s === undefined) throw new Dynamic('column is not a literal');
    return wrapRef(s);
  };
  let sql: string | null;
  switch (kind) {
    case 'In':
    case 'NotIn':
      sql = `${col()} ${kind === 'NotIn' || not ? 'not in' : 'in'} ${params.list(args[1])}`;
      break;
    case 'Null':
    case 'NotNull':
      sql = `${col()} ${kind === 'NotNull' || not ? 'is not null' : 'is null'}`;
      break;
    case 'Between':
    case 'NotBetween': {
      const arr = unwrap(args[1]);
      if (arr?.type !== 'array' && arr !== undefined && arr.type !== 'identifier') throw new Dynamic('between bounds');
      sql = `${col()} ${kind === 'NotBetween' || not ? 'not between' : 'between'} ${params.next()} and ${params.next()}`;
      break;
    }
    case 'Raw':
      sql = knexRawSql(args[0]!, params);
      if (not) sql = `not ${sql}`;
      break;
    case 'Like':
    case 'ILike':
      sql = `${col()} ${kind === 'ILike' ? 'ilike' : 'like'} ${params.next()}`;
      break;
    case 'Exists':
    case 'NotExists': {
      // `whereExists(Lead.relatedQuery('outputs').where(…))`: the subquery is judged as a statement of its own.
      const a0 = unwrap(args[0]);
      const sub = a0?.type === 'call_expression' ? params.sub?.(a0) : a0 ? existsCallback(a0) : undefined;
      if (sub) params.subs.push(sub);
      sql = null;
      break;
    }
    default:
      sql = plainWhere(args, params);
      if (not && sql !== null) sql = `not ${sql}`;
  }
  return { bool, sql };
}

/**
 * `whereNotExists(function () { this.select(1).from('agent_outputs').whereRaw(…) })` (or
 * `(qb) => qb.…`): the one chain the callback builds on its builder, as a statement of its own.
 */
function existsCallback(fn: N): OrmQuery | undefined {
  if (fn.type !== 'arrow_function' && fn.type !== 'function_expression') return undefined;
  const ps = paramNames(fn);
  const self = fn.type === 'function_expression' && ps.length === 0 ? 'this' : ps[0];
  let body = unwrap(field(fn, 'body'));
  if (body?.type === 'statement_block') {
    const stmts = kids(body).filter((k) => k.type !== 'comment' && k.type !== '{' && k.type !== '}');
    body = stmts.length === 1 && stmts[0]!.type === 'expression_statement' ? unwrap(kids(stmts[0]!)[0]) : undefined;
  }
  if (!self || body?.type !== 'call_expression') return undefined;
  const links = flattenChain(body);
  if (links[0]?.kind !== 'root' || links[0].name !== self) return undefined;
  return attempt(() => knexQuery(body, links, true, true));
}

/** The query a `from(callback)` derived table runs, when the outer chain runs here (Botpress's latest-message-per-session reads). */
function fromSubquery(top: N, links: readonly Link[]): OrmQuery | undefined {
  const i = links.findIndex((l, k) => l.kind === 'prop' && l.name === 'from' && k > 0);
  const c = links[i + 1];
  const fn = c?.kind === 'call' && c.args.length === 1 ? unwrap(c.args[0]) : undefined;
  if (!fn || (fn.type !== 'arrow_function' && fn.type !== 'function_expression')) return undefined;
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  if (!executedHere(top, returnedUnrun(top) ? THEN : KNEX_TERMINAL, names)) throw new Dynamic('builder escapes (may be refined elsewhere)', 'escapes');
  return existsCallback(fn);
}

export function plainWhere(args: readonly N[], params: Params): string | null {
  const a0 = unwrap(args[0]);
  if (!a0) throw new Dynamic('where()');
  if (args.length === 1) {
    if (a0.type === 'object') {
      const { props, dynamic } = objectProps(a0);
      if (dynamic) throw new Dynamic('where object spread', 'unseen');
      const parts = props.filter((p) => !isUndefined(p.value)).map((p) => {
        const v = unwrap(p.value);
        if (isNullLiteral(v)) return `${wrapRef(p.key)} is null`;
        if (v?.type === 'array') return `${wrapRef(p.key)} in ${params.list(v)}`;
        return `${wrapRef(p.key)} = ${params.next()}`;
      });
      return parts.length ? parts.join(' and ') : null;
    }
    if (a0.type === 'arrow_function' || a0.type === 'function_expression' || a0.type === 'function') return groupCallback(a0, params);
    // `where(true)` / `where(false)` (a scope letting every row or none through): knex sends `1 = 1` / `1 = 0`, which the planner folds to the constant.
    if (a0.type === 'true' || a0.type === 'false') return a0.type;
    if (a0.type === 'call_expression' && /\.raw$/.test(text(field(a0, 'function') ?? a0))) {
      const raw = kids(field(a0, 'arguments') ?? a0)[0];
      if (!raw) throw new Dynamic('raw()');
      return knexRawSql(raw, params);
    }
    // A helper that returns the condition (`where(activeOf(c))`), or a named group callback (`where(inWindow)`).
    if (a0.type === 'call_expression') return plainWhere([inlineCall(a0)], params);
    const fn = a0.type === 'identifier' || a0.type === 'member_expression' ? functionOf(a0) : undefined;
    if (fn) return groupCallback(fn, params);
    // A local condition object filled over several statements (properties set on some paths only are left out).
    const obj = a0.type === 'identifier' ? localObjectLiteral(a0) : undefined;
    if (obj) return plainWhere([obj], params);
    throw new Dynamic('where argument not visible', 'unseen');
  }
  const c = refString(a0);
  if (c === undefined) throw new Dynamic('column is not a literal');
  if (args.length === 2) {
    if (isNullLiteral(args[1])) return `${wrapRef(c)} is null`;
    return `${wrapRef(c)} = ${params.next()}`;
  }
  const op = stringValue(args[1])?.toLowerCase().trim();
  if (op === undefined) throw new Dynamic('operator is not a literal');
  if (op === 'in' || op === 'not in') return `${wrapRef(c)} ${op} ${params.list(args[2])}`;
  if (op === 'between' || op === 'not between') return `${wrapRef(c)} ${op} ${params.next()} and ${params.next()}`;
  if ((op === 'is' || op === 'is not') && isNullLiteral(args[2])) return `${wrapRef(c)} ${op} null`;
  if (!/^(=|<>|!=|<|<=|>|>=|like|ilike|not like|not ilike|@>|<@|&&|~|~\*)$/.test(op)) throw new Dynamic(`operator ${op}`);
  return `${wrapRef(c)} ${op} ${dateLiteral(args[2]) ?? params.next()}`;
}

/** `where(qb => qb.where(…).orWhere(…))` / `where(function () { this.where(…) })` → a parenthesised group. */
function groupCallback(fn: N, params: Params): string | null {
  const ps = field(fn, 'parameters') ?? field(fn, 'parameter');
  const first = ps ? (ps.type === 'identifier' ? ps : kids(ps)[0]) : undefined;
  const pname = first ? text(field(first, 'pattern') ?? first) : 'this';
  const body = unwrap(field(fn, 'body'));
  if (!body) throw new Dynamic('callback body');
  const exprs: N[] = [];
  if (body.type === 'statement_block') {
    for (const st of kids(body)) {
      if (st.type !== 'expression_statement') throw new Dynamic('callback has statements we cannot follow');
      const e = kids(st)[0];
      if (e) exprs.push(e);
    }
  } else exprs.push(body);
  const conds: Cond[] = [];
  for (const e of exprs) {
    const links = flattenChain(e);
    const r = links[0];
    if (!r || r.kind !== 'root' || (r.name !== pname && r.name !== 'this')) throw new Dynamic('callback does not refine its builder');
    conds.push(...knexChainConds(links, params, 'modify'));
  }
  const s = renderConds(conds);
  return s === null ? null : `(${s})`;
}

/**
 * `where((qb) => { qb.where(…); if (c) qb.where(…); })`: a group whose statements branch. Its
 * conditions are ANDed with the rest, so when it never ORs, each path of its statements is the same
 * as those conditions written in the chain (and an empty group adds nothing, as knex does).
 */
function andGroup(method: string, args: readonly N[]): boolean {
  const fn = method === 'where' && args.length === 1 ? whereCallback(args[0]) : undefined;
  if (!fn) return false;
  const body = field(fn, 'body');
  if (body?.type !== 'statement_block' || kids(body).every((st) => st.type === 'expression_statement')) return false;
  return !/\.or(?:[A-Z]\w*)?\s*\(/.test(text(body));
}

/**
 * The chains a chain stands for once refinement callbacks are applied: Kysely `$call(fn)` (an
 * immutable builder: the links `fn` returns), knex/Objection `modify(fn, …args)` (a mutable one:
 * what `fn`'s statements do to its parameter, path by path). Named modifiers (`modify('recent')`)
 * are Objection's and stay.
 */
export function callVariants(links: readonly Link[], mutable: boolean): Link[][] {
  let out: Link[][] = [[]];
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1];
    const named = l.kind === 'prop' && l.name === 'modify' && c?.kind === 'call' && (stringValue(unwrap(c.args[0])) !== undefined || unwrap(c.args[0])?.type === 'array');
    if (l.kind !== 'prop' || c?.kind !== 'call' || !(mutable ? l.name === 'modify' || andGroup(l.name, c.args) : l.name === '$call') || named) {
      out = out.map((v) => [...v, l]);
      continue;
    }
    const { fn, param } = refinementCallback(c.args[0], mutable ? c.args.slice(1) : []);
    let adds: Link[][];
    if (!mutable) adds = [returnedRefinement(fn, param)];
    else {
      const body = field(fn, 'body');
      const args = new Map<string, N>();
      paramNames(fn).slice(1).forEach((p, k) => c.args[k + 1] && p && args.set(p, c.args[k + 1]!));
      const env = { name: param, mutable: true, helper: () => undefined, decide: (cond: N) => decideCondition(cond, args), args };
      const paths = body ? flowPaths(bodyStatements(body), [{ links: [], steps: [] }], env) : undefined;
      if (!paths?.length || paths.some((p) => p.base)) throw new Dynamic('modify callback not followed');
      adds = paths.map((p) => [...p.links]);
    }
    // Joins a helper adds are named in its own file: not placed here.
    if (adds.some((a) => a.some((x) => x.kind === 'prop' && /join/i.test(x.name) && x.node.src !== l.node.src))) throw new Dynamic('join added by a helper');
    out = out.flatMap((v) => adds.map((a) => [...v, ...a]));
    if (out.length > 16) throw new Dynamic('too many paths');
    i++;
  }
  return out;
}
