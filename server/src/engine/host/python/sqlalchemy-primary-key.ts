/**
 * `session.get(Lead, pk)` / `Query.get(pk)`: the statement SQLAlchemy sends for a primary-key
 * lookup, one condition per column of the key (a composite key given as a tuple or a dict).
 */
import { field, named, type PyNode, textOf, unparen } from './ast';
import type { SaQuery, SaTranslator } from './sqlalchemy';
import { decodeStringExpr } from './strings';
import { tableOf } from './synth';

/** `session.get(Lead, pk)` → the query by primary key, when the first argument is a mapped class. */
export function primaryKeyQuery(tr: SaTranslator, arg: PyNode | undefined, ident: PyNode | undefined): SaQuery | undefined {
  const u = unparen(arg);
  if (u?.type !== 'identifier') return undefined;
  const m = tr.index.model(textOf(tr.t, u), tr.file);
  if (!m || m.framework !== 'sqlalchemy') return undefined;
  // A composite primary key is given as a tuple (in column order) or a dict: each part is a condition.
  const pks = [...m.fields.values()].filter((f) => f.primaryKey).map((f) => f.column);
  const id = unparen(ident);
  let columns: string[];
  if (pks.length <= 1) {
    if (id && (id.type === 'tuple' || id.type === 'list' || id.type === 'dictionary')) return undefined;
    columns = [m.pk];
  } else if (id?.type === 'tuple' || id?.type === 'list') {
    if (named(id).length !== pks.length) return undefined;
    columns = pks;
  } else if (id?.type === 'dictionary') {
    columns = named(id).map((p) => (p.type === 'pair' ? decodeStringExpr(tr.t, field(p, 'key'))?.text : undefined)).map((k) => m.fields.get(k ?? '')?.column ?? '');
    if (columns.some((c) => !pks.includes(c))) return undefined;
  } else return undefined;
  tr.count.n = 0;
  return { ...tr.start('select', m, u, u.end), where: columns.map((column) => ({ k: 'cmp', table: tableOf(m), column, op: '=', n: 1 })) };
}
