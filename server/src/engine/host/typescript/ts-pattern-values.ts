/**
 * The value of a ts-pattern match (`match(options).with({ type: 'envelopeId' }, (v) => ({ id: v.id }))
 * .with(…).exhaustive()`), as Documenso and cal.com build `where` objects by the kind of id given:
 * one handler runs, which one the caller's value picks at run time. What every handler's returned
 * object has in common is what the query gets for sure (returns-common.ts); a key only some handlers
 * give is left out, as for a helper's several returns. A handler that only throws returns nothing.
 */
import { field, FUNCTION_NODES, kids, unwrap, visit, type N } from './ast';
import { commonObject } from './returns-common';

const IMPORT = /import\s*\{[^}]*\bmatch\b[^}]*\}\s*from\s*['"]ts-pattern['"]/;
const HANDLED = new Set(['with', 'when', 'otherwise']);
const MAX_HANDLERS = 12;

/** Whether a function's body only throws (no return of its own). */
function onlyThrows(fn: N): boolean {
  const body = field(fn, 'body');
  if (body?.type !== 'statement_block') return false;
  let returns = false;
  visit(body, (x) => {
    if (returns || (x !== body && FUNCTION_NODES.has(x.type))) return false;
    if (x.type === 'return_statement') returns = true;
    return undefined;
  });
  const stmts = kids(body).filter((k) => k.type !== 'comment');
  return !returns && stmts[stmts.length - 1]?.type === 'throw_statement';
}

/** The object a handler returns for sure (`returned`: what a function's returns give); null when it only throws; undefined when not visible. */
function handlerObject(h: N | undefined, returned: (fn: N) => N | undefined): N | null | undefined {
  if (!h || !FUNCTION_NODES.has(h.type)) return undefined;
  if (onlyThrows(h)) return null;
  const o = unwrap(returned(h));
  return o?.type === 'object' ? o : undefined;
}

/** The `.name(args)` steps of a chain on `match(x)`, first to last, read without resolving values; undefined for another chain. */
function matchSteps(call: N): { name: string; args: N[] }[] | undefined {
  const steps: { name: string; args: N[] }[] = [];
  let cur: N | undefined = call;
  for (let i = 0; cur?.type === 'call_expression' && i < 2 * MAX_HANDLERS; i++) {
    const f = field(cur, 'function');
    const args = kids(field(cur, 'arguments') ?? cur).filter((k) => k.type !== 'comment');
    if (f?.type === 'identifier') return f.src.slice(f.start, f.end) === 'match' && args.length === 1 ? steps.reverse() : undefined;
    const prop = f?.type === 'member_expression' ? field(f, 'property') : undefined;
    if (!prop) return undefined;
    steps.push({ name: prop.src.slice(prop.start, prop.end), args });
    cur = field(f!, 'object') ?? undefined;
  }
  return undefined;
}

/** The object every handler of an exhaustive (or `otherwise`-closed) ts-pattern match gives; undefined otherwise. */
export function matchObject(call: N, returned: (fn: N) => N | undefined): N | undefined {
  const steps = matchSteps(call);
  if (!steps?.length || !IMPORT.test(call.src)) return undefined;
  const last = steps[steps.length - 1]!.name;
  if (last !== 'exhaustive' && last !== 'run' && last !== 'otherwise') return undefined;
  const objects: N[] = [];
  for (const s of steps.slice(0, last === 'otherwise' ? undefined : -1)) {
    if (!HANDLED.has(s.name)) return undefined;
    const o = handlerObject(unwrap(s.args[s.args.length - 1]), returned);
    if (o === undefined) return undefined;
    if (o) objects.push(o);
  }
  return objects.length ? commonObject(objects) : undefined;
}
