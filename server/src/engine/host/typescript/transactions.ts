/**
 * Transactions hand their callback a client of the same kind: knex `db.transaction(async (trx) =>
 * …)`, Drizzle `db.transaction(async (tx) => …)`, Kysely `db.transaction().execute(async (trx) =>
 * …)`, and knex `const trx = await db.transaction()`. Their names are added to the file's clients,
 * so a helper called with `trx` (`outputsOf(trx, id)`) is followed as a builder of that client.
 */
import { field, flattenChain, kids, text, unwrap, visit, type N } from './ast';
import { rootClient } from './queries';

const KINDS = new Set(['knex', 'kysely', 'drizzle']);

function firstParam(fn: N | undefined): string | undefined {
  const u = unwrap(fn);
  if (!u || !['arrow_function', 'function_expression', 'function'].includes(u.type)) return undefined;
  const single = field(u, 'parameter');
  if (single) return text(single);
  const ps = field(u, 'parameters');
  const p = ps ? kids(ps)[0] : undefined;
  const pat = p ? (field(p, 'pattern') ?? p) : undefined;
  return pat?.type === 'identifier' ? text(pat) : undefined;
}

export function transactionClients<K extends string>(root: N, clients: Map<string, K>): void {
  visit(root, (n) => {
    if (n.type === 'variable_declarator') {
      // `const trx = await knex.transaction()`: a knex transaction is a client.
      const name = field(n, 'name');
      const v = field(n, 'value');
      const u = v?.type === 'await_expression' ? unwrap(v) : undefined;
      if (name?.type === 'identifier' && u?.type === 'call_expression' && !clients.has(text(name))) {
        const links = flattenChain(u);
        const kind = rootClient(links, clients);
        if (kind === 'knex' && links.length === 3 && links[1]?.kind === 'prop' && links[1].name === 'transaction') clients.set(text(name), kind as K);
      }
      return undefined;
    }
    if (n.type !== 'call_expression') return undefined;
    const links = flattenChain(n);
    const kind = rootClient(links, clients);
    if (!kind || !KINDS.has(kind)) return undefined;
    const names = links.filter((l) => l.kind === 'prop').map((l) => (l.kind === 'prop' ? l.name : ''));
    const last = links[links.length - 1];
    if (last?.kind !== 'call' || names[0] !== 'transaction') return undefined;
    // `db.transaction(cb)` or Kysely's `db.transaction().execute(cb)` (optionally with settings between).
    const ok = names.length === 1 || (kind === 'kysely' && names[names.length - 1] === 'execute');
    const p = ok ? firstParam(last.args[last.args.length - 1]) : undefined;
    if (p && !clients.has(p)) clients.set(p, kind as K);
    return undefined;
  });
}
