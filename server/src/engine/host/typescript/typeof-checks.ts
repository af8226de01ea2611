/**
 * `typeof x === 'string'` decided from what a followed function is given: a base service's
 * `delete(criteria: string | FindOptionsWhere<T>)` branches on the kind of argument, and the caller
 * passes an object literal, a string literal or a parameter declared `id: string`. The kind is
 * read from a literal or from a parameter's declared primitive type; anything else stays unknown.
 */
import { field, FUNCTIONS, kids, text, type N } from './ast';

const LITERAL_KINDS: Readonly<Record<string, string>> = {
  object: 'object',
  array: 'object',
  null: 'object',
  string: 'string',
  template_string: 'string',
  number: 'number',
  true: 'boolean',
  false: 'boolean',
  arrow_function: 'function',
  function_expression: 'function',
  undefined: 'undefined',
};

/** The primitive a parameter is declared as (`id: string`, `@Param('id') id: string`), when it is exactly one. */
function declaredPrimitive(id: N): string | undefined {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (!FUNCTIONS.has(p.type) || p.type === 'program') continue;
    for (const q of kids(field(p, 'parameters') ?? p)) {
      const pat = field(q, 'pattern');
      if (pat?.type !== 'identifier' || text(pat) !== name) continue;
      const t = field(q, 'type');
      if (q.type !== 'required_parameter' || !t) return undefined;
      return /^\s*:?\s*(string|number|boolean|bigint)\s*$/.exec(text(t))?.[1];
    }
    return undefined;
  }
  return undefined;
}

const CONVERSIONS: Readonly<Record<string, string>> = { BigInt: 'bigint', Number: 'number', String: 'string', Boolean: 'boolean' };

/** What `typeof` gives for a value, when it can be known: a literal, a conversion (`BigInt(req.query.id)`), a parameter's declared primitive or a `const` holding one of those. */
function kindOf(v: N | undefined, init: (id: N) => N | undefined, depth = 0): string | undefined {
  if (!v || depth > 3) return undefined;
  if (v.type === 'identifier' && text(v) === 'undefined') return 'undefined';
  if (LITERAL_KINDS[v.type]) return LITERAL_KINDS[v.type];
  if (v.type === 'new_expression') return 'object';
  if (v.type === 'call_expression') return CONVERSIONS[text(field(v, 'function') ?? v)];
  if (v.type !== 'identifier') return undefined;
  const c = init(v);
  return c ? kindOf(c, init, depth + 1) : declaredPrimitive(v);
}

/** The truth of `typeof x === 'kind'` (or `!==`, either side), with `read` giving what `x` evaluates to; undefined when unknown or not such a test. */
export function typeofTruth(u: N, read: (x: N | undefined) => N | undefined, init: (id: N) => N | undefined): boolean | undefined {
  const l = field(u, 'left');
  const r = field(u, 'right');
  if (!l || !r) return undefined;
  const op = /^\s*(===|!==|==|!=)\s*$/.exec(u.src.slice(l.end, r.start))?.[1];
  if (!op) return undefined;
  const [t, s] = l.type === 'unary_expression' && /^typeof\b/.test(text(l)) ? [l, r] : r.type === 'unary_expression' && /^typeof\b/.test(text(r)) ? [r, l] : [undefined, undefined];
  const want = s?.type === 'string' ? text(s).slice(1, -1) : undefined;
  if (!t || want === undefined) return undefined;
  const operand = field(t, 'argument');
  const kind = kindOf(read(operand), init);
  if (kind === undefined) return undefined;
  return (kind === want) === op.startsWith('=');
}
