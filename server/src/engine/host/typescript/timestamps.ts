/**
 * Millisecond timestamps: `Date.now()`, `d.getTime()`, `+new Date()` and arithmetic on them
 * (`Date.now() - days * 86_400_000`, Misskey's `sinceDate`/`untilDate` for its pagination helper).
 * Such a number counts milliseconds since 1970, so it is truthy: a helper's
 * `if (sinceDate && untilDate)` takes its first branch when the caller passes them.
 */
import { field, kids, text, unwrap, type N } from './ast';

const MAX_DEPTH = 6;

function operator(u: N): string {
  return u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end).trim();
}

/** Whether an expression is a millisecond timestamp (see the module comment); `constInit` reads a `const`'s initializer. */
export function isTimestampMs(n: N | undefined, constInit: (id: N) => N | undefined, depth = 0): boolean {
  const u = unwrap(n);
  if (!u || depth > MAX_DEPTH) return false;
  if (u.type === 'identifier') {
    const init = constInit(u);
    return init ? isTimestampMs(init, constInit, depth + 1) : false;
  }
  if (u.type === 'call_expression') {
    const fn = field(u, 'function');
    if (fn && text(fn) === 'Date.now') return true;
    // `new Date(…).getTime()`, `since.getTime()` on a Date the code made.
    const prop = fn?.type === 'member_expression' ? text(field(fn, 'property') ?? fn) : '';
    return prop === 'getTime' && unwrap(field(fn!, 'object'))?.type === 'new_expression' && /^new\s+Date\b/.test(text(unwrap(field(fn!, 'object'))!));
  }
  if (u.type === 'unary_expression' && /^\+/.test(text(u))) {
    const a = unwrap(kids(u)[0]);
    return a?.type === 'new_expression' && /^new\s+Date\b/.test(text(a));
  }
  if (u.type === 'binary_expression') {
    // A timestamp moved by an offset (`until - days * DAY`, `now + ttl`) is still one.
    const op = operator(u);
    if (op === '-') return isTimestampMs(field(u, 'left'), constInit, depth + 1);
    if (op === '+') return isTimestampMs(field(u, 'left'), constInit, depth + 1) || isTimestampMs(field(u, 'right'), constInit, depth + 1);
  }
  return false;
}
