/**
 * `Cert.endpoints.any(Endpoint.active == True)` / `Endpoint.certificate.has(owner=o)`: SQLAlchemy
 * renders `EXISTS (SELECT 1 FROM endpoints WHERE certificates.id = endpoints.certificate_id AND …)`,
 * correlated to the enclosing statement. The subquery is judged on its own; it bounds nothing of
 * the enclosing statement's key. A relationship whose join is not visible (`secondary`, an
 * expression `primaryjoin`) stays unknown.
 */
import { callArgs, field, type PyNode, textOf, unparen } from './ast';
import type { Pred } from '../../query/model';
import { relationColumns } from './sqlalchemy-expressions';
import type { SaQuery, SaTranslator } from './sqlalchemy';
import { NOWHERE, tableOf, Unknown } from './synth';

/** `Owner.rel.any(…)` / `.has(…)` as a condition of `q`; undefined when `n` is not such a call. */
export function relationExists(tr: SaTranslator, q: SaQuery, n: PyNode): Pred | undefined {
  const f = n.type === 'call' ? field(n, 'function') : undefined;
  const how = f?.type === 'attribute' ? textOf(tr.t, field(f, 'attribute')!) : '';
  const prop = how === 'any' || how === 'has' ? unparen(field(f!, 'object')) : undefined;
  const owner = prop?.type === 'attribute' ? unparen(field(prop, 'object')) : undefined;
  if (owner?.type !== 'identifier') return undefined;
  const ownerName = tr.index.declaredName(textOf(tr.t, owner), tr.file);
  const m = [q.model, ...q.entities].find((x) => x.className === ownerName);
  const rel = m?.relationDecls?.get(textOf(tr.t, field(prop!, 'attribute')!));
  if (!m || !rel) return undefined;
  const target = tr.index.model(rel.target, rel.file);
  const cols = target?.framework === 'sqlalchemy' && !rel.complex ? relationColumns(tr.index, m, target, rel) : undefined;
  if (!target || !cols) throw new Unknown(`${how}() of a relationship whose join is not visible`);
  const args = callArgs(tr.t, n);
  if (args.splat) throw new Unknown(`${how}(**…)`);
  const inner: SaQuery = { ...tr.start('select', target, prop!, n.end), entities: [q.model, ...q.entities] };
  const where: Pred[] = [{ k: 'eqcol', a: { table: tableOf(target), column: cols.remote }, b: { table: tableOf(m), column: cols.local } }];
  for (const c of args.positional) where.push(tr.condition(inner, c));
  for (const [attr] of args.keywords) {
    const column = target.fields.get(attr)?.column;
    if (column === undefined) throw new Unknown(`${how}(${attr}=…)`);
    where.push({ k: 'cmp', table: tableOf(target), column, op: '=', n: 1 });
  }
  return { k: 'exists', not: false, query: { framework: 'sqlalchemy', from: { table: tableOf(target), at: NOWHERE }, joins: [], where } };
}
