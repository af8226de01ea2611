/**
 * Pagy's backend helper: `@pagy, records = pagy(collection, limit: …)` returns the Pagy object and
 * the collection with `OFFSET`/`LIMIT` added (`pagy_countless`, `pagy_arel` the same). The page is
 * loaded where the records are used (a serializer, the view), so it is judged there, like
 * Kaminari's `page`/`per` (Pagy's own `COUNT` has the same conditions as that page).
 */
import { argsOf, evalValue, methodName } from './ar';
import { visit } from './ar-visit';
import { child, namedChildren, textOf, type RNode } from './syntax';
import { OTHER, type Env, type EvalContext, type Val } from './ar-values';

const PAGY = /^(pagy|pagy_countless|pagy_arel)$/;

/** The values a multiple assignment from `pagy(relation, …)` gives its targets, or undefined for other assignments. */
export function pagyTargets(ctx: EvalContext, left: RNode, right: RNode, env: Env): [RNode, Val][] | undefined {
  if (right.type !== 'call' || child(right, 'receiver') || !PAGY.test(methodName(ctx, right) ?? '')) return undefined;
  const targets = namedChildren(left);
  const [first, ...rest] = argsOf(right);
  if (targets.length !== 2 || targets[1]!.type !== 'identifier' || !first || first.type === 'pair') return undefined;
  const v = evalValue(ctx, first, env, 'consumed');
  if (v.k !== 'rel') {
    rest.forEach((a) => visit(ctx, a, env, 'value', false));
    return v.k === 'unknown' ? [[targets[1]!, v]] : undefined;
  }
  rest.forEach((a) => visit(ctx, a, env, 'value', false));
  const page: Val = { k: 'rel', cands: v.cands.map((r) => ({ ...r, bare: false })) };
  return [
    [targets[0]!, OTHER],
    [targets[1]!, page],
  ];
}

/** A target's name when it is a local variable (`records`). */
export function localName(ctx: EvalContext, n: RNode): string | undefined {
  return n.type === 'identifier' ? textOf(ctx.src, n) : undefined;
}
