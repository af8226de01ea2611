/**
 * The truth of a helper's result from its declared return type: `periodToSince(period): Date`
 * gives a Date, never falsy, so `since ? gte(t.createdAt, since) : undefined` takes its first arm
 * when `since` is that call. Only plain (not async) functions whose annotation is a type every
 * value of which is truthy; anything else stays unknown.
 */
import { field, text, type N } from './ast';
import { resolvers } from './inline';
import { callTruths, truthyType } from './values';

function declaredTruth(call: N): boolean | undefined {
  const callee = field(call, 'function');
  const r = resolvers[resolvers.length - 1];
  if (callee?.type !== 'identifier' || !r) return undefined;
  const l = r.lookup(text(callee), callee);
  if (l?.kind !== 'function') return undefined;
  const fn = l.node;
  const body = field(fn, 'body');
  if (/\basync\b/.test(fn.src.slice(fn.start, body ? body.start : fn.end))) return undefined;
  const rt = field(fn, 'return_type');
  return rt && truthyType(text(rt).replace(/^\s*:\s*/, '')) ? true : undefined;
}

callTruths.push(declaredTruth);
