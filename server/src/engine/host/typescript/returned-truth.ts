/**
 * The truth of what a visible helper without a return type returns: Flowise's
 * `aMonthAgo = () => { const date = new Date(); date.setMonth(…); return date; }` always gives a
 * Date, so a caller's `utilGetAgentOutputs({ leadId, startDate: aMonthAgo() })` takes the helper's
 * `if (startDate) query.andWhere(…)` arm. Only plain (not async) functions whose every path ends
 * in a `return` of a value that is itself certainly truthy; anything else stays unknown.
 */
import { CALLABLE_NODES, field, kids, visit, type N } from './ast';

const MAX_RETURNS = 8;

/** True when every return of `fn` gives a value `truth` calls truthy; undefined otherwise. */
export function returnedTruth(fn: N, truth: (v: N) => boolean | undefined): true | undefined {
  const body = field(fn, 'body');
  if (!body || /\basync\b/.test(fn.src.slice(fn.start, body.start))) return undefined;
  // An expression body (`() => new Date()`) is the value returned.
  if (body.type !== 'statement_block') return truth(body) === true ? true : undefined;
  // The last statement returns or throws: no path falls off the end with `undefined`.
  const last = kids(body).filter((c) => c.type !== 'comment').pop();
  if (last?.type !== 'return_statement' && last?.type !== 'throw_statement') return undefined;
  const values: (N | undefined)[] = [];
  visit(body, (n) => {
    if (n !== body && CALLABLE_NODES.has(n.type)) return false;
    if (n.type !== 'return_statement') return true;
    values.push(kids(n).find((c) => c.type !== 'return' && c.type !== ';' && c.type !== 'comment'));
    return false;
  });
  if (values.length === 0 || values.length > MAX_RETURNS) return undefined;
  return values.every((v) => !!v && truth(v) === true) ? true : undefined;
}
