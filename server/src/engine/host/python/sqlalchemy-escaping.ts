/**
 * A public function returning a statement that no visible code calls (a library's or an API's
 * query builder): judged where it is built, since whoever runs it is out of sight.
 */
import { field, lastName, named, type PyNode, textOf, unparen } from './ast';
import type { SaQuery, SaTranslator } from './sqlalchemy';
import { EXECUTE } from './sqlalchemy-sites';

export function escapingStatement(tr: SaTranslator, fnNode: PyNode): SaQuery | undefined {
  if (!tr.file || tr.t !== tr.ctx.checked || !tr.ctx.py.complete) return undefined;
  const nameNode = field(fnNode, 'name');
  const name = nameNode ? textOf(tr.t, nameNode) : '';
  if (!name || name.startsWith('_') || /^(test|setUp|tearDown)/.test(name) || tr.ctx.py.hasCaller(name)) return undefined;
  const body = field(fnNode, 'body');
  const stmts = body ? named(body) : [];
  const last = stmts[stmts.length - 1];
  const ret = last?.type === 'return_statement' ? named(last)[0] : undefined;
  if (!ret) return undefined;
  const u = unparen(ret);
  // Only a statement being built (not one already executed, which is reported where it runs).
  if (u?.type === 'call' && EXECUTE.has(lastName(tr.t, field(u, 'function')) ?? '')) return undefined;
  const q = tr.tryStatement(ret);
  if (!q || q.kind === 'query') return undefined;
  return q.tree === tr.t ? q : { ...q, anchor: { tree: tr.t, node: nameNode! } };
}
