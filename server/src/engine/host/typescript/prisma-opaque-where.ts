/**
 * A Prisma read whose `where` we cannot see still sends its nested reads: `include`/`select` of a
 * list relation and `_count` are statements of their own on the related table, keyed by the parent
 * rows' ids (`WHERE "symbolProfileId" IN ($1, …)`, or a count grouped over the whole table) plus
 * their own `where`. The parent's filter never reaches them, so they are judged alone when that
 * filter is built here, in a way no caller's values can show (`const where = {}; where.OR = …`).
 * A `where` that reads the function's parameters is left to the callers, as before.
 */
import { field, FUNCTION_NODES, visit, type N } from './ast';

const NAMES = new Set(['identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern']);

function namesIn(n: N | undefined, out = new Set<string>()): Set<string> {
  if (n) visit(n, (x) => void (NAMES.has(x.type) && out.add(x.src.slice(x.start, x.end))));
  return out;
}

function enclosingFunction(n: N): N | undefined {
  let p = n.parent ?? undefined;
  while (p && !FUNCTION_NODES.has(p.type)) p = p.parent ?? undefined;
  return p;
}

/** Whether a `where` value is a local or literal of its function that reads none of the function's parameters. */
export function whereBuiltHere(value: N): boolean {
  const type = value.type;
  if (!NAMES.has(type) && type !== 'object') return false;
  const fn = enclosingFunction(value);
  if (!fn) return true;
  const params = namesIn(field(fn, 'parameters') ?? field(fn, 'parameter'));
  const used = namesIn(value);
  if ([...used].some((n) => params.has(n))) return false;
  // A local it names, declared or assigned from the parameters (`const { where } = params`), is theirs.
  const body = field(fn, 'body');
  let fromParams = false;
  if (body) {
    visit(body, (x) => {
      if (fromParams) return false;
      const target = x.type === 'variable_declarator' ? field(x, 'name') : x.type === 'assignment_expression' ? field(x, 'left') : undefined;
      const from = x.type === 'variable_declarator' ? field(x, 'value') : field(x, 'right');
      if (target && [...namesIn(target)].some((n) => used.has(n)) && [...namesIn(from)].some((n) => params.has(n))) fromParams = true;
      return undefined;
    });
  }
  return !fromParams;
}
