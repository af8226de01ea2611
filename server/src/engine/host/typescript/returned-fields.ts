/**
 * A name destructured from what a visible helper returns (Dub's
 * `const { startDate, endDate } = getStartEndDates({ interval, start, end })`, each return an object
 * literal whose `startDate` is a `new Date(…)`): its truth is what every return gives that property.
 * A helper that resolves optional inputs with defaults makes a value its callers always hold, so a
 * shared builder's `start && end` spread is known to apply.
 */
import { constPatternBefore, FUNCTION_NODES, field, kids, text, unwrap, visit, type N } from './ast';
import { resolvers } from './resolver-stack';

/** The key an object pattern reads into `name` (shorthand or `key: name`, no default); undefined when it does not. */
function keyFor(pat: N, name: string): string | undefined {
  for (const k of kids(pat)) {
    if (k.type === 'shorthand_property_identifier_pattern' && text(k) === name) return name;
    const v = k.type === 'pair_pattern' ? field(k, 'value') : undefined;
    if (v?.type === 'identifier' && text(v) === name) return text(field(k, 'key') ?? k).replace(/^['"]|['"]$/g, '');
  }
  return undefined;
}

/** The `const { … } = helper(…)` declaring `id` before it, in an enclosing scope: the call and the key read. */
function declaringCall(id: N): { call: N; key: string } | undefined {
  const name = text(id);
  return constPatternBefore(id, (pat, value) => {
    const key = keyFor(pat, name);
    const v = key ? unwrap(value) : undefined;
    return key && v?.type === 'call_expression' ? { call: v, key } : null;
  });
}

/** Every value a plain (not async) function returns, when each is written; undefined otherwise. */
function returnedValues(fn: N): N[] | undefined {
  const body = field(fn, 'body');
  if (!body || /\basync\b/.test(fn.src.slice(fn.start, body.start))) return undefined;
  if (body.type !== 'statement_block') return [body];
  const out: N[] = [];
  let bare = false;
  visit(body, (x) => {
    if (x !== body && FUNCTION_NODES.has(x.type)) return false;
    if (x.type !== 'return_statement') return undefined;
    const v = kids(x)[0];
    if (v) out.push(v);
    else bare = true;
    return false;
  });
  return bare || !out.length ? undefined : out;
}

/** The value an object literal writes for `key` (no spread, no computed key); undefined when not written. */
function written(obj: N, key: string): N | undefined {
  if (obj.type !== 'object' || kids(obj).some((c) => c.type === 'spread_element')) return undefined;
  for (const c of kids(obj)) {
    if (c.type === 'shorthand_property_identifier' && text(c) === key) return c;
    if (c.type === 'pair' && text(field(c, 'key') ?? c).replace(/^['"]|['"]$/g, '') === key) return field(c, 'value');
  }
  return undefined;
}

/**
 * The truth of `id` when it is destructured from a visible helper's call and every return of the
 * helper writes that property with the same truth (`truth` judges each value); undefined otherwise.
 */
export function returnedFieldTruth(id: N, truth: (v: N) => boolean | undefined): boolean | undefined {
  const d = declaringCall(id);
  const callee = d ? field(d.call, 'function') : undefined;
  const r = resolvers[resolvers.length - 1];
  const l = d && callee?.type === 'identifier' && r ? r.lookup(text(callee), callee) : undefined;
  const fn = l?.kind === 'function' ? l.node : undefined;
  const values = fn ? returnedValues(fn) : undefined;
  if (!d || !values) return undefined;
  let agreed: boolean | undefined;
  for (const v of values) {
    const o = unwrap(v);
    const w = o ? written(o, d.key) : undefined;
    const t = w ? truth(w) : undefined;
    if (t === undefined || (agreed !== undefined && t !== agreed)) return undefined;
    agreed = t;
  }
  return agreed;
}
