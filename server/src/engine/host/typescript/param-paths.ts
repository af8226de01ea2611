/**
 * A query its own file judges path by path because a condition of the function it runs in reads the
 * function's parameters (Kysely `$if(!!range.from, (qb) => qb.where('createdAt', '>=', range.from!))`
 * in `getStats(userId, range)`). Alone, the file cannot tell which arm runs, so it reports what any
 * arm lacks; the callers' values decide it (a controller always passing `{ from, to }`). Such a
 * query is also judged at each visible caller (callee.ts) and placed by query/placement.ts: inside
 * with the callers' common verdict, or at the scanning callers; with no caller to judge it keeps
 * what its file says alone. This module finds those functions and carries the decision between the
 * follow pass and the file's own judgement (index.ts).
 */
import type { QueryRun, Span } from '../../query/model';
import { CALLABLE_NODES, field, flattenChain, mentionsName, text, visit, type Link, type N } from './ast';
import { spreadsParamConditions, SPREAD_HELPER } from './drizzle-spread-paths';
import { destructuredParams, paramNames } from './inline';
import { isChainTop } from './queries';
import { handsParamsToHelper } from './client-param-paths';

/** Runs judged at a call whose statement the callee's file also judges alone (placed only when callers differ). */
export const judgedAloneToo = new WeakSet<QueryRun>();

/** Per checked document (its follow context): the statements whose placement its callers decided. */
export const decidedSites = new WeakMap<object, Span[]>();

/**
 * Whether a chain's paths read one of `params` (the function's parameters, or what a call binds to them):
 * `$if` conditions on them, or a Drizzle `where` spreading the conditions a helper builds from them.
 */
export function pathsReadParams(links: readonly Link[], params: ReadonlySet<string>): boolean {
  if (spreadsParamConditions(links, params)) return true;
  return links.some((l, i) => {
    const c = links[i + 1];
    const cond = c?.kind === 'call' ? c.args[0] : undefined;
    return l.kind === 'prop' && l.name === '$if' && !!cond && mentionsName(cond, params);
  });
}

/** The innermost function around a node. */
function enclosingFunction(n: N): N | undefined {
  for (let p = n.parent; p; p = p.parent) if (CALLABLE_NODES.has(p.type)) return p;
  return undefined;
}

/** A chain run on what an own method returns for arguments (`this.toQueryBuilder(query).getCount()`): a text test. */
const OWN_HELPER_CHAIN = /\bthis\.[\w$]+\([^()]*\)\s*\.\s*[\w$]+\(/;

/** A Prisma/Sequelize call whose options come from a helper (`where: getLeadsWhere(query)`): a text test (client-param-paths.ts). */
const CLIENT_HELPER_ARG = /\.(?:findMany|findFirst|findUnique|count|groupBy|aggregate|updateMany|deleteMany|findAll|findOne|findAndCountAll)\s*\([^;]*?\b[a-z][\w$]*\(\s*[\w${]/;

/** Whether `this.m(…)` (links 0–2) calls a method of the enclosing class with an `if` (which may read what it is given). */
function ownHelperWithIfs(links: readonly Link[], params: ReadonlySet<string>): boolean {
  const r0 = links[0];
  const m = links[1];
  const c = links[2];
  if (r0?.kind !== 'root' || r0.name !== 'this' || m?.kind !== 'prop' || c?.kind !== 'call' || !c.args.some((a) => mentionsName(a, params))) return false;
  let cls: N | null = r0.node.parent;
  while (cls && cls.type !== 'class_body') cls = cls.parent;
  const def = cls?.children.find((d) => d.type === 'method_definition' && text(field(d, 'name') ?? d) === m.name);
  const body = def ? field(def, 'body') : undefined;
  let ifs = false;
  if (body)
    visit(body, (x) => {
      if (ifs) return false;
      if (x.type === 'if_statement') ifs = true;
      return undefined;
    });
  return ifs;
}

/**
 * Functions of a document running a chain whose paths read their parameters (a text test first): `$if`
 * conditions on them, or an own helper with `if`s handed them.
 */
export function paramPathFunctions(root: N): N[] {
  const kysely = root.src.includes('$if');
  const helpers = OWN_HELPER_CHAIN.test(root.src);
  const clients = CLIENT_HELPER_ARG.test(root.src);
  const spreads = SPREAD_HELPER.test(root.src);
  if (!kysely && !helpers && !clients && !spreads) return [];
  const out = new Set<N>();
  visit(root, (x) => {
    if (x.type !== 'call_expression' || !isChainTop(x)) return undefined;
    const fn = enclosingFunction(x);
    const params = fn ? new Set([...paramNames(fn), ...destructuredParams(fn)].filter((p) => p)) : undefined;
    if (!fn || !params?.size || !field(fn, 'body')) return undefined;
    const links = flattenChain(x);
    if (((kysely || spreads) && pathsReadParams(links, params)) || (helpers && ownHelperWithIfs(links, params)) || (clients && handsParamsToHelper(x, params))) out.add(fn);
    return undefined;
  });
  return [...out];
}

/** Whether a span lies inside one the callers decided. */
export function decidedBy(sites: readonly Span[], at: Span): boolean {
  return sites.some((s) => at.start >= s.start && at.end <= s.end);
}
