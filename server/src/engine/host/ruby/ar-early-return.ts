/**
 * A statement before a method's last one that certainly returns: `return x`, or `return x unless
 * search_params.present?` with the test decided by what the caller passed. The statements after it
 * never run on that call, so their relations are not among the method's values.
 */
import { child, namedChildren, type RNode } from './syntax';
import { knownTruth } from './ar-visit';
import { NIL, TRUTHY, type Env, type EvalContext } from './ar-values';

export function surelyReturns(ctx: EvalContext, s: RNode, env: Env): boolean {
  if (s.type === 'return') return true;
  if (s.type !== 'if_modifier' && s.type !== 'unless_modifier') return false;
  const body = namedChildren(s).find((c) => c !== child(s, 'condition'));
  if (body?.type !== 'return') return false;
  const known = knownTruth(ctx, child(s, 'condition'), env);
  return (known === TRUTHY || known === NIL) && (known === TRUTHY) === (s.type === 'if_modifier');
}
