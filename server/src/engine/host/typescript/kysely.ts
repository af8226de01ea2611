/**
 * Kysely query builders → the SQL they build: `selectFrom`/`updateTable`/`deleteFrom` chains,
 * `where` in every form (comparisons, expression-builder callbacks and helpers, `sql` templates),
 * `$if`/`$call` paths, joins, CTE bodies and subqueries (judged as statements of their own).
 */
import { field, kids, stringValue, text, unwrap, flattenChain, visit, type Link, type N } from './ast';
import { readsSqlMember, sqlTemplate } from './sql-tags';
import { objectProps, truthOf } from './values';
import { at, callVariants, joinClauses, renderConds, tableRef, withQueries, wrapRef, type Cond } from './builders';
import { kyselyName, kyselyRef, renamesCamelCase, withCasing } from './kysely-casing';
import { dynamicRef, sqlHelperTemplate } from './kysely-refs';
import { fragmentOf, methodTemplate } from './kysely-methods';
import { dateLiteral } from './date-literals';
import { NeedsIndex, arrayItems, bind, callValue, functionOf, inlineCall, paramNames, returnedExpr, scoped } from './inline';
import { Dynamic, Params, atUse, attempt, executedHere, isNullLiteral, moveQuery, ormQuery, type OrmQuery } from './sqlgen';

const KYSELY_TERMINAL = new Set(['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'stream', 'compile', 'explain', 'then']);
const KYSELY_OPS = /^(=|==|!=|<>|<|<=|>|>=|in|not in|is|is not|like|not like|ilike|not ilike|@>|<@|&&)$/;

export function kyselyQuery(top: N, links: readonly Link[], nested = false): OrmQuery | undefined {
  return scoped(() => withCasing(links[0], nested, () => kyselyChain(top, callVariants(links, false), nested)));
}

function kyselyChain(top: N, variants: Link[][], nested: boolean): OrmQuery | undefined {
  const qs = variants.map((v) => kyselyOne(top, v, nested));
  const first = qs[0];
  if (!first || qs.some((q) => !q)) return undefined;
  return qs.length === 1 ? first : { ...first, alternatives: qs.flatMap((q) => [q!.model, ...(q!.alternatives ?? [])]).slice(1) };
}

function kyselyOne(top: N, links: readonly Link[], nested: boolean): OrmQuery | undefined {
  // `$if(cond, (qb) => qb.where(…))`: with and without the callback's refinements, one path each.
  if (links.some((l) => l.kind === 'prop' && l.name === '$if')) {
    const qs = ifVariants(links).map((v) => kyselyOne(top, v, nested));
    const first = qs[0];
    if (!first || qs.some((q) => !q)) return undefined;
    return { ...first, alternatives: qs.slice(1).map((q) => q!.model) };
  }
  let start = -1;
  for (let i = 1; i + 1 < links.length; i++) {
    const l = links[i]!;
    if (l.kind === 'prop' && ['selectFrom', 'updateTable', 'deleteFrom'].includes(l.name) && links[i + 1]!.kind === 'call') {
      start = i;
      break;
    }
  }
  if (start < 0) return undefined;
  const call = links[start + 1] as Extract<Link, { kind: 'call' }>;
  const tnode = call.args[0];
  const ref0 = tnode ? tableRef(tnode) : undefined;
  if (!ref0) return undefined;
  const ref = { ...ref0, table: kyselyName(ref0.table), ...(ref0.alias ? { alias: kyselyName(ref0.alias) } : {}) };
  const names = links.filter((l): l is Extract<Link, { kind: 'prop' }> => l.kind === 'prop').map((l) => l.name);
  if (!nested && !executedHere(top, KYSELY_TERMINAL, names)) throw new Dynamic('builder escapes', 'escapes');
  const params = new Params();
  params.sub = (n) => {
    const c = attempt(() => callValue(n));
    return c && c.src === n.src ? atUse(attempt(() => kyselyQuery(c, flattenChain(c), true)), c, n) : undefined;
  };
  withQueries(links, params);
  const conds: Cond[] = [];
  for (let i = start + 2; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind !== 'prop' || c.kind !== 'call') continue;
    if (l.name === '$call') throw new Dynamic('refinement not followed');
    if (l.name === 'where' || l.name === 'orWhere') conds.push({ bool: l.name === 'orWhere' ? 'or' : 'and', sql: kyselyWhere(c.args, params) });
  }
  // Kysely wraps each where() in its own parentheses when combining them.
  const where = conds.length === 0 ? null : renderConds(conds.map((c) => ({ bool: c.bool, sql: c.sql === null ? null : `(${c.sql})` })));
  const joins = joinClauses(links, start + 2, params, true);
  // Joins name their tables and columns themselves: not renamed here, so not judged under the plugin.
  if (joins.length > 0 && /[A-Z]/.test(joins.map((j) => (j.k === 'table' ? j.table.name : '')).join('') + links.map((l) => (l.kind === 'call' ? l.args.map((a) => stringValue(a) ?? '').join(' ') : '')).join(' ')) && renamesCamelCase()) throw new Dynamic('join under CamelCasePlugin');
  for (let i = start + 2; i + 1 < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1]!;
    if (l.kind === 'prop' && l.name === 'select' && c.kind === 'call') for (const a of c.args) selectSubqueries(a, a, params, 0);
  }
  return ormQuery('kysely', at(ref), where, { framework: 'kysely', at: call.node.end, column: ref.alias ?? '' }, joins, params.subs);
}

/** The chains a Kysely chain with `$if` calls may be, without and with each callback's links. */
function ifVariants(links: readonly Link[]): Link[][] {
  let out: Link[][] = [[]];
  // More optional filters than paths we enumerate: a filter that only adds AND conditions is
  // judged without it (the path that skips it keeps at least the leaves of the path that runs it).
  const unknown = links.filter((l, i) => l.kind === 'prop' && l.name === '$if' && links[i + 1]?.kind === 'call' && truthOf((links[i + 1] as Extract<Link, { kind: 'call' }>).args[0]) === undefined).length;
  const collapse = unknown > 4;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1];
    if (l.kind !== 'prop' || l.name !== '$if' || c?.kind !== 'call') {
      out = out.map((v) => [...v, l]);
      continue;
    }
    const cb = unwrap(c.args[1]);
    const ps = cb && (cb.type === 'arrow_function' || cb.type === 'function_expression') ? (field(cb, 'parameters') ?? field(cb, 'parameter')) : undefined;
    const p = ps ? (ps.type === 'identifier' ? ps : kids(ps)[0]) : undefined;
    const pname = p ? text(field(p, 'pattern') ?? p) : undefined;
    const body = cb ? unwrap(field(cb, 'body')) : undefined;
    const inner = body && body.type !== 'statement_block' ? flattenChain(body) : [];
    if (!pname || inner[0]?.kind !== 'root' || inner[0].name !== pname) throw new Dynamic('$if callback not visible', 'unseen');
    // A condition the caller's values decide (`$if(opts.since !== undefined, …)` given `{ since }`): that path only.
    const known = truthOf(c.args[0]);
    const onlyAnd = inner.slice(1).every((x, k, xs) => x.kind === 'call' || (x.kind === 'prop' && ANDS.has(x.name) && xs[k + 1]?.kind === 'call' && !subqueryArg(xs[k + 1]!)));
    if (known === true) out = out.map((v) => [...v, ...inner.slice(1)]);
    else if (known === undefined && !(collapse && onlyAnd)) out = [...out, ...out.map((v) => [...v, ...inner.slice(1)])];
    if (out.length > 16) throw new Dynamic('too many $if paths');
    i++;
  }
  return out;
}

/** Kysely methods that only AND a condition to the statement. */
const ANDS: ReadonlySet<string> = new Set(['where', 'whereRef']);

/** Whether a call's arguments hold a builder or a callback (a subquery judged on its own, an expression builder). */
function subqueryArg(c: Link): boolean {
  return c.kind === 'call' && c.args.some((a) => {
    const u = unwrap(a);
    return !!u && (u.type === 'arrow_function' || u.type === 'function_expression' || (u.type === 'call_expression' && /selectFrom/.test(text(u))));
  });
}

/**
 * A comparison operator: a string, or `direction === 'asc' ? '>' : '<'` (keyset pagination) whose
 * arms are both range comparisons or the same operator; either arm then prunes the same way.
 */
function kyselyOperator(n: N | undefined): string | undefined {
  const s = stringValue(n);
  const u = s === undefined ? unwrap(n) : undefined;
  if (u?.type !== 'ternary_expression') return s?.toLowerCase();
  const a = stringValue(field(u, 'consequence'))?.toLowerCase();
  const b = stringValue(field(u, 'alternative'))?.toLowerCase();
  const known = truthOf(field(u, 'condition'));
  if (known !== undefined) return known ? a : b;
  const range = /^(<|<=|>|>=)$/;
  return a !== undefined && b !== undefined && (a === b || (range.test(a) && range.test(b))) ? a : undefined;
}

function kyselyCmp(args: readonly N[], params: Params): string {
  const ref = stringValue(args[0]) ?? dynamicRef(args[0]) ?? builderRef(args[0]);
  const op = kyselyOperator(args[1]);
  // `where(sql\`date_trunc('month', created_at)\`, '=', sql\`${m}::timestamptz\`)`: SQL the user wrote on either side.
  const lhs = ref === undefined ? sqlTemplate(unwrap(args[0])) : undefined;
  if (lhs && op !== undefined && /^(=|<>|!=|<|<=|>|>=)$/.test(op)) {
    const left = templateSql(lhs, params);
    const rt = sqlTemplate(unwrap(args[2]));
    return `${left} ${op} ${rt ? templateSql(rt, params) : params.next()}`;
  }
  if (ref === undefined || op === undefined || !KYSELY_OPS.test(op)) throw new Dynamic('comparison not visible', 'unseen');
  if (op === 'in' || op === 'not in') return `${wrapRef(kyselyRef(ref))} ${op} ${params.list(args[2])}`;
  if ((op === 'is' || op === 'is not') && isNullLiteral(args[2])) return `${wrapRef(kyselyRef(ref))} ${op} null`;
  return `${wrapRef(kyselyRef(ref))} ${op === '==' ? '=' : op} ${dateLiteral(args[2]) ?? params.next()}`;
}

function kyselyWhere(args: readonly N[], params: Params): string | null {
  if (args.length >= 3) return kyselyCmp(args, params);
  let a0 = unwrap(args[0]);
  const helperTpl = a0?.type === 'call_expression' && !sqlTemplate(a0) ? (sqlHelperTemplate(a0) ?? methodTemplate(a0)) : undefined;
  if (helperTpl) return templateSql(helperTpl, params);
  // An expression helper: `where(ofCompany(c))` returning `(eb) => eb(…)`, or `where(isRecent)`.
  if (a0?.type === 'call_expression' && !sqlTemplate(a0)) a0 = unwrap(inlineCall(a0));
  else if (a0?.type === 'identifier' || a0?.type === 'member_expression') a0 = functionOf(a0) ?? a0;
  if (a0 && (a0.type === 'arrow_function' || a0.type === 'function_expression')) {
    const ps = field(a0, 'parameters') ?? field(a0, 'parameter');
    const first = ps ? (ps.type === 'identifier' ? ps : kids(ps)[0]) : undefined;
    const pat = first ? (field(first, 'pattern') ?? first) : undefined;
    const names = new Map<string, string>();
    let eb = '';
    if (pat?.type === 'identifier') eb = text(pat);
    else if (pat?.type === 'object_pattern') {
      for (const k of kids(pat)) {
        if (k.type === 'shorthand_property_identifier_pattern') names.set(text(k), text(k));
        else if (k.type === 'pair_pattern') {
          const key = field(k, 'key');
          const val = field(k, 'value');
          if (key && val) names.set(text(val), text(key));
        }
      }
      eb = [...names.entries()].find(([, v]) => v === 'eb')?.[0] ?? '';
    }
    // A block body counts by the one expression it returns (`const f = []; …; return eb.and(f)`).
    const body = unwrap(returnedExpr(a0));
    if (!body) throw new Dynamic('callback with statements');
    return kyselyExpr(body, eb, names, params);
  }
  const tpl = sqlTemplate(a0);
  if (tpl) return templateSql(tpl, params);
  throw new Dynamic('where argument not visible', 'unseen');
}

/** A `sql` template's text, its values as parameters. */
function templateSql(tpl: N, params: Params): string {
  let s = '';
  for (const c of tpl.children) {
    if (c.type !== 'template_substitution') s += text(c);
    else if (templateRef(c) !== undefined) s += templateRef(c)!;
    // A nested `sql` fragment (`${op}` holding sql`<`) is spliced into the text, not sent as a value.
    else if (sqlTemplate(kids(c)[0])) s += templateSql(sqlTemplate(kids(c)[0])!, params);
    else if (fragmentOf(c)) s += templateSql(fragmentOf(c)!, params);
    // `${sql.ref(col)}` or `${col}.x` names a column: not a value we can stand in for.
    else if (/[.\w]$/.test(s) || /^[.\w]/.test(tpl.src.slice(c.end, c.end + 1)) || readsSqlMember(text(c).slice(2), c)) throw new Dynamic('identifier in a template');
    else s += params.next();
  }
  // The template string's backticks are not SQL.
  return s.replace(/^`|`$/g, '');
}

/** The expression builder of the callback being read (`eb`, and names destructured from it). */
let builderScope: { eb: string; names: ReadonlyMap<string, string> } | undefined;

/** `eb.ref('created_at')` (or `ref` destructured from the expression builder): the column. */
function builderRef(n: N | undefined): string | undefined {
  const u = unwrap(n);
  const fn = u?.type === 'call_expression' ? field(u, 'function') : undefined;
  const args = u ? kids(field(u, 'arguments') ?? u) : [];
  const col = args.length === 1 ? stringValue(unwrap(args[0])) : undefined;
  if (!fn || col === undefined || !builderScope) return undefined;
  const { eb, names } = builderScope;
  if (fn.type === 'member_expression') return eb && text(field(fn, 'object') ?? fn) === eb && text(field(fn, 'property') ?? fn) === 'ref' ? col : undefined;
  return fn.type === 'identifier' && names.get(text(fn)) === 'ref' ? col : undefined;
}

/** A substitution naming a column (`${ref('leads.created_at')}`, a parameter bound to one): the column. */
function templateRef(sub: N): string | undefined {
  const col = dynamicRef(kids(sub)[0]);
  return col === undefined ? undefined : wrapRef(kyselyRef(col));
}

function kyselyExpr(n: N, eb: string, names: Map<string, string>, params: Params): string | null {
  const u = unwrap(n);
  if (u?.type !== 'call_expression') throw new Dynamic('expression not visible', 'unseen');
  const fn = unwrap(field(u, 'function'));
  const args = kids(field(u, 'arguments') ?? u);
  let op: string | undefined;
  if (fn?.type === 'identifier') op = text(fn) === eb && eb ? 'eb' : names.get(text(fn));
  else if (fn?.type === 'member_expression') {
    const obj = field(fn, 'object');
    const prop = field(fn, 'property');
    if (obj && prop && text(obj) === eb && eb) op = text(prop);
  }
  switch (op) {
    case 'eb':
    case 'cmpr': {
      const saved = builderScope;
      builderScope = { eb, names };
      try {
        return kyselyCmp(args, params);
      } finally {
        builderScope = saved;
      }
    }
    case 'and':
    case 'or': {
      const a = unwrap(args[0]);
      let parts: (string | null)[];
      if (a?.type === 'array') {
        // `...(since ? [eb(…)] : [])`: a term on some paths only; for `and` the path without it is judged.
        const items = kids(a).filter((x) => {
          if (x.type !== 'spread_element') return true;
          const t = unwrap(kids(x)[0]);
          const empty = (b: N | undefined): boolean => unwrap(b)?.type === 'array' && kids(unwrap(b)!).length === 0;
          if (op === 'and' && t?.type === 'ternary_expression' && (empty(field(t, 'consequence')) || empty(field(t, 'alternative')))) return false;
          throw new Dynamic('spread terms', 'unseen');
        });
        parts = items.map((x) => kyselyExpr(x, eb, names, params));
      }
      else if (a?.type === 'identifier') {
        // `eb.and(filters)` with `filters` filled by `push`es: the items on every path.
        const r = arrayItems(a, a);
        if (r.optional && op === 'or') throw new Dynamic('conditional conditions');
        parts = r.items.map((x) => kyselyExpr(x, eb, names, params));
      }
      else if (a?.type === 'object') {
        const { props, dynamic } = objectProps(a);
        if (dynamic) throw new Dynamic('spread', 'unseen');
        parts = props.map((p) => (isNullLiteral(p.value) ? `${wrapRef(kyselyRef(p.key))} is null` : `${wrapRef(kyselyRef(p.key))} = ${params.next()}`));
      } else throw new Dynamic(`${op} argument`);
      if (parts.length === 0) return op === 'and' ? null : 'FALSE';
      if (op === 'or' && parts.some((p) => p === null)) return 'TRUE';
      const ps = parts.filter((p): p is string => p !== null);
      return ps.length === 0 ? null : ps.map((p) => `(${p})`).join(` ${op} `);
    }
    case 'not': {
      const inner = kyselyExpr(args[0]!, eb, names, params);
      return inner === null ? null : `not (${inner})`;
    }
    case 'between':
    case 'betweenSymmetric': {
      const ref = stringValue(args[0]);
      if (ref === undefined) throw new Dynamic('between ref');
      return `${wrapRef(kyselyRef(ref))} ${op === 'between' ? 'between' : 'between symmetric'} ${params.next()} and ${params.next()}`;
    }
    case 'exists':
    case 'notExists':
      // The subquery reads its table on its own (a correlation by `whereRef` is not a key condition): judged as a statement.
      existsSubquery(args[0], eb, names, params);
      return null;
    default: {
      // A project helper given the expression builder (`(eb) => inPeriod(eb, period)`): what it returns, with its `eb`.
      const at = eb ? args.findIndex((a) => unwrap(a)?.type === 'identifier' && text(unwrap(a)!) === eb) : -1;
      const h = op === undefined && (fn?.type === 'identifier' || fn?.type === 'member_expression') && at >= 0 ? functionOf(fn) : undefined;
      const e = h ? returnedExpr(h) : undefined;
      const hp = h ? paramNames(h)[at] : undefined;
      if (!h || !e || !hp) throw new Dynamic('expression not visible', 'unseen');
      bind(h, args);
      return kyselyExpr(e, hp, new Map(), params);
    }
  }
}

/** `exists(selectFrom('agent_outputs')…)` with `selectFrom` from the expression builder (`eb.selectFrom` or destructured). */
function existsSubquery(arg: N | undefined, eb: string, names: Map<string, string>, params: Params): void {
  const u = unwrap(arg);
  if (u?.type !== 'call_expression') return;
  let links = flattenChain(u);
  const root = links[0];
  if (root?.kind === 'root' && names.get(root.name) === 'selectFrom') links = [{ kind: 'root', name: '', node: root.node }, { kind: 'prop', name: 'selectFrom', node: root.node, owner: root.node }, ...links.slice(1)];
  else if (!(root?.kind === 'root' && eb && root.name === eb)) return;
  const q = attempt(() => kyselyQuery(u, links, true));
  if (q) params.subs.push(q);
}

/**
 * Subqueries in a Kysely select list (`jsonArrayFrom(eb.selectFrom('agent_outputs')…)`, often in a
 * helper: `.select((eb) => withOutputs(eb))`) each read a partitioned table too: judged as
 * statements of their own (a correlation by `whereRef` is not a key condition). A helper's
 * subquery is reported at the select argument here.
 */
function selectSubqueries(n: N, at: N, params: Params, depth: number): void {
  let u = unwrap(n);
  if (u && (u.type === 'arrow_function' || u.type === 'function_expression')) u = unwrap(returnedExpr(u));
  if (!u || depth > 3) return;
  let found = false;
  visit(u, (x) => {
    if (x.type === 'arrow_function' || x.type === 'function_expression') return false;
    if (x.type !== 'call_expression' || !isTop(x)) return undefined;
    const links = flattenChain(x);
    if (!links.some((l) => l.kind === 'prop' && l.name === 'selectFrom')) return undefined;
    found = true;
    const q = kyselyQuery(x, links, true);
    if (q) params.subs.push(x.src === at.src ? q : moveQuery(q, () => ({ start: at.start, end: at.end })));
    return false;
  });
  if (found || u.type !== 'call_expression') return;
  // A helper that builds the select expression: read what it returns (the index may be needed).
  let e: N | undefined;
  try {
    e = inlineCall(u);
  } catch (err) {
    if (err instanceof NeedsIndex) throw err;
    if (!(err instanceof Dynamic)) throw err;
  }
  if (e) selectSubqueries(e, at, params, depth + 1);
}

function isTop(x: N): boolean {
  const p = x.parent;
  return !(p && p.type === 'member_expression' && x.field === 'object');
}
