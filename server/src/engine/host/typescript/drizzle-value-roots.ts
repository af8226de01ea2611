/**
 * A dotted name whose last part happens to name a Drizzle table but whose root is a value of the
 * function (`eq(connection.userId, session.user.id)` with `session` a parameter or local, Zero's
 * auth and tRPC routes, where `user` is also a table): a row's field, not the table's column.
 * Tables are reached through module names (`leads`, `schema.leads` of `import * as schema`).
 */
import { field, FUNCTION_NODES, kids, text, type N } from './ast';

/** The leftmost identifier of a member chain (`session` of `session.user.id`). */
function rootOf(n: N): N | undefined {
  let u: N | undefined = n;
  while (u?.type === 'member_expression') u = field(u, 'object') ?? undefined;
  return u?.type === 'identifier' ? u : undefined;
}

const DECLARES = (name: string): RegExp => new RegExp(`^(?:const|let|var)\\s+(?:${name}\\b|[{[][^=]*(?<![\\w$.])${name}(?![\\w$]))`);

/** Whether a function's parameter patterns (not their types) bind the name `mention` matches. */
function bindsParam(fn: N, mention: RegExp): boolean {
  const ps = field(fn, 'parameters') ?? field(fn, 'parameter');
  if (!ps) return false;
  if (ps.type === 'identifier') return mention.test(text(ps));
  return kids(ps).some((k) => {
    const pat = field(k, 'pattern') ?? (k.type === 'identifier' ? k : undefined);
    return !!pat && mention.test(text(pat));
  });
}

/** Keys whose function values Drizzle calls with the table's columns (`where: (lead, { eq }) => eq(lead.userId, id)`). */
const TABLE_CALLBACKS = /^(?:where|orderBy|extras|columns|with|set|on)$/;

/** Whether a function is a callback Drizzle hands the table to (the value of a relational query option). */
function tableCallback(fn: N): boolean {
  const pair = fn.parent;
  const key = pair?.type === 'pair' ? field(pair, 'key') : undefined;
  return !!key && TABLE_CALLBACKS.test(text(key));
}

/**
 * Whether `n` starts at a parameter or a local of an enclosing function: a member chain of two names
 * or more, or a name alone (`user.id` with `user` a callback's parameter), except the parameters of
 * the callbacks Drizzle hands the table to.
 */
export function functionValueRoot(n: N): boolean {
  const alone = n.type === 'identifier';
  if (n.type !== 'member_expression' && !alone) return false;
  const root = alone ? n : rootOf(n);
  if (!root) return false;
  const name = text(root).replace(/\$/g, '\\$');
  const mention = new RegExp(`(?<![\\w$.])${name}(?![\\w$])`);
  const declares = DECLARES(name);
  for (let p = n.parent; p; p = p.parent) {
    if (FUNCTION_NODES.has(p.type)) {
      if (bindsParam(p, mention)) return !(alone && tableCallback(p));
    }
    if (p.type !== 'statement_block') continue;
    for (const st of kids(p)) {
      if (st.start >= n.start) break;
      if ((st.type === 'lexical_declaration' || st.type === 'variable_declaration') && declares.test(text(st))) return true;
    }
  }
  return false;
}
