/**
 * Drizzle's `pgTableCreator`, which create-t3-app and apps built on it (Zero, many SaaS starters) use
 * to prefix every table: `const createTable = pgTableCreator((name) => \`mail0_${name}\`)`, then
 * `export const note = createTable('note', { … })` declares the table `mail0_note`. The creator's
 * naming function is read when it is a template or a concatenation of its parameter with literals.
 */
import { field, kids, text, unwrap, type N } from './ast';

/** The table-name function a `pgTableCreator(fn)` call's argument spells; undefined when not readable. */
export function tableCreator(call: N): ((name: string) => string) | undefined {
  const fn = unwrap(kids(field(call, 'arguments') ?? call)[0]);
  if (fn?.type !== 'arrow_function' && fn?.type !== 'function_expression') return undefined;
  const ps = field(fn, 'parameters') ?? field(fn, 'parameter');
  const param = ps?.type === 'identifier' ? text(ps) : ps ? /^\(\s*([\w$]+)\s*(?::[^)]*)?\)$/.exec(text(ps))?.[1] : undefined;
  let body = unwrap(field(fn, 'body'));
  if (body?.type === 'statement_block') {
    const st = kids(body).filter((k) => k.type !== 'comment');
    body = st.length === 1 && st[0]!.type === 'return_statement' ? unwrap(kids(st[0]!)[0]) : undefined;
  }
  if (!param || !body) return undefined;
  const parts = pieces(body, param);
  return parts ? (name) => parts.map((p) => (p === null ? name : p)).join('') : undefined;
}

/** The literal pieces of a template or `+` concatenation, `null` standing for the parameter; undefined for anything else. */
function pieces(n: N, param: string): (string | null)[] | undefined {
  if (n.type === 'identifier') return text(n) === param ? [null] : undefined;
  if (n.type === 'string') return [text(n).slice(1, -1)];
  if (n.type === 'template_string') {
    const out: (string | null)[] = [];
    let at = n.start + 1;
    for (const c of n.children) {
      if (c.type !== 'template_substitution') continue;
      out.push(n.src.slice(at, c.start));
      const inner = unwrap(kids(c)[0]);
      if (inner?.type !== 'identifier' || text(inner) !== param) return undefined;
      out.push(null);
      at = c.end;
    }
    out.push(n.src.slice(at, n.end - 1));
    return out.some((p) => p !== null && /[`$\\]/.test(p)) ? undefined : out;
  }
  if (n.type === 'binary_expression' && /^\s*\+\s*$/.test(n.src.slice(field(n, 'left')?.end ?? n.start, field(n, 'right')?.start ?? n.end))) {
    const l = pieces(unwrap(field(n, 'left'))!, param);
    const r = pieces(unwrap(field(n, 'right'))!, param);
    return l && r ? [...l, ...r] : undefined;
  }
  return undefined;
}
