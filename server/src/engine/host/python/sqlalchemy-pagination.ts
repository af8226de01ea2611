/**
 * Pagination libraries that run the statement they are given: fastapi-pagination's
 * `paginate(query, params)` (a legacy `Query`) and `paginate(session, select(…), params)` (a
 * `Select`), imported from one of its SQLAlchemy extensions. Each sends a `count(*)` of the
 * statement and the page (LIMIT/OFFSET), so the statement's WHERE decides the pruning of both.
 */
import { callArgs, field, type PyNode, type PyTree, textOf } from './ast';
import { importsOf } from './models';

const EXTENSIONS = /^fastapi_pagination\/ext\/(?:sqlalchemy|sqlalchemy_future|async_sqlalchemy|sqlmodel)$/;

const importsByTree = new WeakMap<PyTree, Map<string, string>>();

function importedFrom(t: PyTree, name: string): string | undefined {
  let m = importsByTree.get(t);
  if (!m) importsByTree.set(t, (m = importsOf(t)));
  return m.get(name);
}

/** The statement a pagination call runs and whether it is a legacy `Query`, or undefined. */
export function paginatedStatement(t: PyTree, call: PyNode): { target: PyNode; legacy: boolean } | undefined {
  const fn = field(call, 'function');
  if (fn?.type !== 'identifier' || !EXTENSIONS.test(importedFrom(t, textOf(t, fn)) ?? '')) return undefined;
  const { positional, keywords } = callArgs(t, call);
  const query = keywords.get('query');
  if (query) return { target: query, legacy: false };
  // `paginate(session, stmt, params)`: the connection first; `paginate(query, params)`: the query alone.
  const second = positional[1];
  if (second && !/params$/i.test(textOf(t, second))) return { target: second, legacy: false };
  return positional[0] ? { target: positional[0], legacy: true } : undefined;
}
