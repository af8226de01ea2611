/**
 * TypeORM's `qb.alias` (the main alias a query builder was created with) read in a condition string
 * of that same builder: `q.andWhere(\`${q.alias}.id > :sinceId\`)` in Misskey's
 * `QueryService.makePaginationQuery(q, …)`, a helper that serves every entity's builder.
 */
import { field, kids, text, type N } from './ast';

/** Parentheses and type assertions removed, read as written (`unwrap` would follow bound parameters to the caller's arguments). */
function plain(n: N | undefined): N | undefined {
  let u = n;
  while (u && (u.type === 'parenthesized_expression' || u.type === 'as_expression' || u.type === 'non_null_expression' || u.type === 'satisfies_expression')) u = kids(u)[0];
  return u;
}

const WHERES = new Set(['where', 'andWhere', 'orWhere']);

/**
 * Whether `e` (a template substitution's expression) is `<b>.alias` and the template is the
 * condition of a `where`/`andWhere`/`orWhere` call on a chain rooted at the same name `<b>`; the
 * alias of another builder (a join's, a subquery's) is not the query's own.
 */
export function ownBuilderAlias(e: N | undefined, template: N): boolean {
  const u = plain(e);
  if (u?.type !== 'member_expression' || text(field(u, 'property') ?? u) !== 'alias') return false;
  const obj = plain(field(u, 'object'));
  if (obj?.type !== 'identifier') return false;
  const args = template.parent;
  const call = args?.type === 'arguments' ? args.parent : undefined;
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  if (callee?.type !== 'member_expression' || !WHERES.has(text(field(callee, 'property') ?? callee))) return false;
  return rootName(field(callee, 'object')) === text(obj);
}

/** The identifier a chain is written on (`q` of `q.where(…).andWhere`), read from the syntax (not through bindings). */
function rootName(n: N | undefined): string | undefined {
  let u = plain(n);
  for (let i = 0; u && i < 64; i++) {
    if (u.type === 'identifier') return text(u);
    if (u.type === 'call_expression') u = plain(field(u, 'function'));
    else if (u.type === 'member_expression') u = plain(field(u, 'object'));
    else return undefined;
  }
  return undefined;
}

/** Whether an identifier is only read for the builder's alias (`q` of `${q.alias}`), which changes nothing. */
export function aliasRead(id: N): boolean {
  const p = id.parent;
  if (p?.type !== 'member_expression' || field(p, 'object') !== id || text(field(p, 'property') ?? p) !== 'alias') return false;
  const pp = p.parent;
  return !(pp?.type === 'call_expression' && field(pp, 'function') === p) && !(pp?.type === 'assignment_expression' && field(pp, 'left') === p);
}
