/**
 * Keywords passed on with a double splat (`find_by(**attr)` in `def lookup(**attr)`): the
 * caller's keyword names become conditions of the finder.
 */
import type { Pred } from '../../query/model';
import { namedChildren, textOf, type RNode } from './syntax';
import type { Env, EvalContext, Rel, Val } from './ar-values';

/**
 * `find_by(**attr)` in a method called `lookup(id: params[:id])`: the caller's keywords become
 * conditions on those columns (a `belongs_to` name compares its foreign key). Their values are
 * not known here, so each is an equality (nil or a range would bound the same column).
 */
export function splatPreds(ctx: EvalContext, rel: Rel, a: RNode, env: Env): Pred[] | undefined {
  const inner = namedChildren(a)[0];
  const v = inner?.type === 'identifier' ? env.get(textOf(ctx.src, inner)) : undefined;
  if (v?.k !== 'args' || v.positional.length || !v.keywords.size) return undefined;
  const out: Pred[] = [];
  for (const key of v.keywords.keys()) {
    const assoc = rel.model.association(key);
    if (assoc && assoc.kind !== 'belongs_to') return undefined;
    const cols = assoc ? (assoc.polymorphic ? undefined : (assoc.foreignKeys ?? [assoc.foreignKey ?? `${key}_id`])) : [rel.model.column(key)];
    if (!cols || key.includes('.')) return undefined;
    for (const column of cols) out.push({ k: 'cmp', table: rel.model.table, column, op: '=', n: 1 });
  }
  return out;
}

/**
 * `find_by(current_order_params)` where a method of the class (or a local) returns a hash
 * literal (`{ guest_token: …, store_id: … }`): its keys are the conditions. A hash whose keys
 * are not all known (`params.permit(…)`, a merge with unknown keys) stays unknown.
 */
export function hashValuePreds(ctx: EvalContext, rel: Rel, v: Val): Pred[] | undefined {
  if (v.k !== 'hash' || v.open || !v.entries.size) return undefined;
  const out: Pred[] = [];
  for (const [key, value] of v.entries) {
    if (value.k === 'hash' || key.includes('.')) return undefined;
    const assoc = rel.model.association(key);
    if (assoc && assoc.kind !== 'belongs_to') return undefined;
    const cols = assoc ? (assoc.polymorphic ? undefined : (assoc.foreignKeys ?? [assoc.foreignKey ?? `${key}_id`])) : [rel.model.column(key)];
    if (!cols) return undefined;
    for (const column of cols) out.push({ k: 'cmp', table: rel.model.table, column, op: '=', n: 1 });
  }
  return out;
}
