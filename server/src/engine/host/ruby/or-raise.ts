/**
 * `find_by(id: id) || fail(NotFound)` / `find_by(slug: s) or raise ActiveRecord::RecordNotFound`:
 * the right side never returns, so the value is the left side's (a custom finder's record).
 */
import { evalValue } from './ar';
import { visit } from './ar-visit';
import { child, textOf, type RNode } from './syntax';
import type { Env, EvalContext, Role, Val } from './ar-values';

const RAISING = /^(raise|fail)$/;

/** Whether `n` is a call of `raise`/`fail` on self (with or without arguments). */
function raises(src: string, n: RNode): boolean {
  if (n.type === 'identifier') return RAISING.test(textOf(src, n));
  return n.type === 'call' && !child(n, 'receiver') && RAISING.test(textOf(src, child(n, 'method') ?? n));
}

export function orRaise(ctx: EvalContext, n: RNode, env: Env, role: Role): Val | undefined {
  const left = child(n, 'left');
  const right = child(n, 'right');
  if (!left || !right || !/^(\|\||or)$/.test(textOf(ctx.src, child(n, 'operator') ?? n)) || !raises(ctx.src, right)) return undefined;
  const v = evalValue(ctx, left, env, role);
  visit(ctx, right, env, 'value', false);
  return v;
}
