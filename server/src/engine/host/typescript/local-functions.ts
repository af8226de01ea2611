/**
 * A function declared inside the caller's own function (Vercel AI Chatbot's cursor pagination:
 * `const query = (whereCondition?: SQL) => db.select()….where(whereCondition ? and(…) : eq(…))`,
 * then `await query(gt(…))` / `await query()`): the index knows top-level names only, so a call of a
 * local `const f = () => …` or `function f() {}` in an enclosing block is resolved here, the
 * nearest declaration first (a parameter of the same name shadows it).
 */
import { field, FUNCTION_NODES, kids, text, unwrap, type N } from './ast';

/** The function a call's callee name `at` declares in an enclosing block before the call, if any. */
export function localFunction(at: N): N | undefined {
  const name = text(at);
  for (let p = at.parent; p && p.type !== 'program'; p = p.parent) {
    if (FUNCTION_NODES.has(p.type)) {
      const ps = field(p, 'parameters') ?? field(p, 'parameter');
      if (ps && new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(ps))) return undefined;
    }
    if (p.type !== 'statement_block') continue;
    for (const st of kids(p)) {
      if (st.start > at.start) break;
      if (st.type === 'function_declaration' && text(field(st, 'name') ?? st) === name) return st;
      if (st.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      for (const d of kids(st)) {
        const n = field(d, 'name');
        if (d.type !== 'variable_declarator' || n?.type !== 'identifier' || text(n) !== name) continue;
        const v = unwrap(field(d, 'value'));
        return v && (v.type === 'arrow_function' || v.type === 'function_expression') ? v : undefined;
      }
    }
  }
  return undefined;
}
