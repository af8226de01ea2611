/**
 * Clients taken out of a context object whose type is written inline: tRPC/Hono/GraphQL helpers
 * declare `ctx: { db: Database; session: Session | null }` and read `const { db } = ctx`, or
 * destructure in the signature (`({ db, input }: { db: Database; input: X })`). The member's
 * declared type names the client, as a typed parameter's does.
 */
import { field, kids, text, type N } from './ast';

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function']);

/** The type text an inline object type gives member `name` (`{ db: Database; … }`), or undefined. */
function memberType(typeText: string, name: string): string | undefined {
  const t = typeText.replace(/^\s*:\s*/, '').trim();
  if (!t.startsWith('{')) return undefined;
  const m = new RegExp(`(?:^\\{|[;,\\n])\\s*(?:readonly\\s+)?${name.replace(/\$/g, '\\$')}\\s*:\\s*([^;,\\n}]+)`).exec(t);
  return m?.[1]?.trim();
}

/** The inline type of the parameter `name` of the function enclosing `at`. */
function inlineParamType(at: N, name: string): string | undefined {
  for (let p = at.parent; p; p = p.parent) {
    if (!FUNCTIONS.has(p.type)) continue;
    for (const q of kids(field(p, 'parameters') ?? p)) {
      const pat = field(q, 'pattern');
      const t = field(q, 'type');
      if (pat?.type === 'identifier' && text(pat) === name) return t ? text(t) : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The names a declarator or parameter binds by destructuring, each with the type its source's inline
 * object type declares for it: `const { db } = ctx` (ctx typed inline) or `({ db }: { db: Database })`.
 */
export function destructuredTypes(n: N): { name: string; type: string }[] {
  const pat = field(n, 'pattern') ?? field(n, 'name');
  if (pat?.type !== 'object_pattern') return [];
  let typeText: string | undefined;
  if (n.type === 'variable_declarator') {
    const v = field(n, 'value');
    if (v?.type === 'identifier') typeText = inlineParamType(n, text(v));
  } else {
    const t = field(n, 'type');
    typeText = t ? text(t) : undefined;
  }
  if (!typeText) return [];
  const out: { name: string; type: string }[] = [];
  for (const k of kids(pat)) {
    // `{ db }` binds `db`; `{ db: database }` binds `database` with the type of `db`.
    const key = k.type === 'shorthand_property_identifier_pattern' ? k : k.type === 'pair_pattern' ? field(k, 'key') : undefined;
    const local = k.type === 'pair_pattern' ? field(k, 'value') : key;
    if (!key || local?.type !== 'identifier' && local?.type !== 'shorthand_property_identifier_pattern') continue;
    const ty = memberType(typeText, text(key));
    if (ty) out.push({ name: text(local), type: ty });
  }
  return out;
}
