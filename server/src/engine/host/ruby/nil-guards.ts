/**
 * A value method guarded by a bare `return` (`return unless @params[:from].present? && …` before
 * `from..to`): nil on the calls where the guard is taken, its tail where the guard is decided not
 * taken. A bare `return` adds no value to the method's returns, so without this both paths would
 * read as a plain value and `scope.where(created_at: range) if range` would stay undecided.
 */
import { child, namedChildren, type RNode } from './syntax';
import { knownTruth } from './ar-visit';
import { NIL, TRUTHY, type Env, type EvalContext } from './ar-values';

/** How a statement `return if …`/`return nil unless …` goes on this call; undefined when it is not one. */
export function nilGuard(ctx: EvalContext, s: RNode, env: Env): 'taken' | 'skipped' | 'unknown' | undefined {
  if (s.type !== 'if_modifier' && s.type !== 'unless_modifier') return undefined;
  const cond = child(s, 'condition');
  const body = namedChildren(s).find((c) => c !== cond);
  if (body?.type !== 'return') return undefined;
  const vals = namedChildren(body).flatMap((c) => (c.type === 'argument_list' ? namedChildren(c) : [c]));
  if (vals.length > 1 || (vals.length === 1 && vals[0]!.type !== 'nil')) return undefined;
  const known = knownTruth(ctx, cond, env);
  if (known !== TRUTHY && known !== NIL) return 'unknown';
  return (known === TRUTHY) === (s.type === 'if_modifier') ? 'taken' : 'skipped';
}

/** Whether a statement holds a `return` anywhere (one whose value the method's returns may miss). */
export function holdsReturn(s: RNode): boolean {
  if (s.type === 'return') return true;
  // Blocks and lambdas return from themselves (`next`-like for lambdas) or are not followed here.
  if (s.type === 'lambda' || s.type === 'method' || s.type === 'singleton_method') return false;
  return namedChildren(s).some(holdsReturn);
}
