/**
 * An `if … else … end` statement whose test we cannot decide: each arm is visited on its own copy
 * of the local variables, then the copies are joined. A variable both arms assign holds one value
 * per arm (`enumerator = Lead.all` in one, something we cannot see in the other): the relation of
 * the visible arm runs where the variable is used, as every visible path is judged.
 */
import { child, type RNode } from './syntax';
import { fewest } from './ar-model';
import { assign } from './ar-visit';
import { UNKNOWN, type Env, type Val } from './ar-values';

/** The value after the `if`/`else` of a variable both arms assigned. */
function joinArms(a: Val, b: Val): Val {
  if (a.k === 'rel' && b.k === 'rel') {
    const cands = fewest([...a.cands, ...b.cands]);
    return cands ? { k: 'rel', cands } : UNKNOWN;
  }
  // The other arm leaves something that is not a relation we can see: the visible one stays.
  if (a.k === 'rel' && (b.k === 'unknown' || b.k === 'other')) return a;
  if (b.k === 'rel' && (a.k === 'unknown' || a.k === 'other')) return b;
  const tmp: Env = new Map([['x', a]]);
  assign(tmp, 'x', b, true);
  return tmp.get('x') ?? UNKNOWN;
}

/**
 * Visits the arms of an `if`/`unless` with an `else` (no `elsif`) on copies of `env` and joins
 * them into `env`; false (nothing visited) for any other form.
 */
export function visitIfElse(n: RNode, env: Env, visitPart: (part: RNode, env: Env) => void): boolean {
  const yes = child(n, 'consequence');
  const no = child(n, 'alternative');
  const test = child(n, 'condition');
  if (!no || no.type !== 'else' || !test) return false;
  visitPart(test, env);
  const before = new Map(env);
  const arms: Env[] = [new Map(env), new Map(env)];
  if (yes) visitPart(yes, arms[0]!);
  visitPart(no, arms[1]!);
  for (const k of new Set([...arms[0]!.keys(), ...arms[1]!.keys()])) {
    const [a, b] = arms.map((e) => e.get(k));
    const p = before.get(k);
    const ca = a !== p;
    const cb = b !== p;
    if (!ca && !cb) continue;
    if (ca && cb) env.set(k, a && b ? joinArms(a, b) : UNKNOWN);
    else {
      const v = ca ? a : b;
      if (v) assign(env, k, v, true);
      else env.set(k, UNKNOWN);
    }
  }
  return true;
}
