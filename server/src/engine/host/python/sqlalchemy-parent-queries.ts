/**
 * Queries SQLAlchemy builds from a parent instance and one of its relationships:
 * - `Lead.query.with_parent(campaign, Campaign.leads)` / `where(with_parent(campaign, Campaign.leads))`
 *   filters the related rows by the parent's key (`leads.campaign_id = %(param_1)s`);
 * - a `lazy="dynamic"` relationship (`user.leads.filter(…)`) is a `Query` of the target with the
 *   same condition, and a `lazy="write_only"` one gives it as `user.leads.select()`.
 * The parent instance's own key is a bound value; the relationship's join columns must be visible.
 */
import { field, type PyNode, textOf, unparen } from './ast';
import type { ResolvedModel } from './models';
import type { Pred } from '../../query/model';
import { relationColumns } from './sqlalchemy-expressions';
import type { SaQuery, SaTranslator } from './sqlalchemy';
import { tableOf, Unknown } from './synth';

/** `with_parent(instance, Parent.rel)` as a condition on the related model of `q`. */
export function withParentCondition(tr: SaTranslator, q: SaQuery, args: readonly PyNode[]): Pred {
  const prop = unparen(args[1]);
  const owner = prop?.type === 'attribute' ? unparen(field(prop, 'object')) : undefined;
  const m = owner?.type === 'identifier' ? tr.index.model(textOf(tr.t, owner), tr.file) : undefined;
  const rel = m?.framework === 'sqlalchemy' ? m.relationDecls?.get(textOf(tr.t, field(prop!, 'attribute')!)) : undefined;
  if (!m || !rel || rel.complex) throw new Unknown('with_parent of a relationship we cannot see');
  const target = [q.model, ...q.entities].find((x) => x.className === rel.target);
  const cols = target ? relationColumns(tr.index, m, target, rel) : undefined;
  if (!target || !cols) throw new Unknown('with_parent join columns');
  return { k: 'cmp', table: tableOf(target), column: cols.remote, op: '=', n: 1 };
}

/** `self.lead`, `g.campaign`, `current_user` → the last name, lower-cased without underscores. */
function holderName(tr: SaTranslator, obj: PyNode): string | undefined {
  const u = unparen(obj);
  const id = u?.type === 'attribute' ? field(u, 'attribute') : u?.type === 'identifier' ? u : undefined;
  return id ? textOf(tr.t, id) : undefined;
}

/**
 * The model declaring relationship `attr` loaded with `lazy` that `obj` holds an instance of:
 * the enclosing model class for `self`, the one whose name the variable ends with (`current_user`
 * → `User`), else the only model declaring it. Undefined when not one model.
 */
function parentModel(tr: SaTranslator, obj: PyNode, attr: string, lazy: string): { model: ResolvedModel; target: ResolvedModel } | undefined {
  const owners: ResolvedModel[] = [];
  for (const [name, decls] of tr.index.classNames()) {
    for (const d of decls) {
      if (d.relationDecls?.get(attr)?.lazy !== lazy) continue;
      const m = tr.index.model(name, d.file);
      if (m?.framework === 'sqlalchemy' && !owners.some((o) => o.className === m.className)) owners.push(m);
    }
  }
  if (!owners.length) return undefined;
  const u = unparen(obj);
  // `Campaign.leads` on the class itself is the relationship attribute, not a query.
  if (u?.type === 'identifier' && tr.index.model(textOf(tr.t, u), tr.file)) return undefined;
  const self = u?.type === 'identifier' ? tr.selfClass(u) : undefined;
  const name = u ? holderName(tr, u) : undefined;
  const flat = name?.toLowerCase().replace(/_/g, '');
  const byName = owners.filter((o) => {
    const c = o.className.toLowerCase();
    return self ? o.className === self.name : flat === c || (name !== undefined && name.toLowerCase().endsWith(`_${snake(o.className)}`));
  });
  const model = byName.length === 1 ? byName[0] : !self && owners.length === 1 ? owners[0] : undefined;
  const rel = model?.relationDecls?.get(attr);
  const target = rel && !rel.complex ? tr.index.model(rel.target, rel.file) : undefined;
  return model && target?.framework === 'sqlalchemy' ? { model, target } : undefined;
}

function snake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * `user.leads` with `leads = relationship(…, lazy="dynamic")` (`lazy="write_only"` through
 * `.select()`): the query of the related rows, by the parent's key.
 */
export function relationshipQuery(tr: SaTranslator, n: PyNode, lazy: 'dynamic' | 'write_only', end: number): SaQuery | undefined {
  if (n.type !== 'attribute') return undefined;
  const attrNode = field(n, 'attribute')!;
  const p = parentModel(tr, field(n, 'object')!, textOf(tr.t, attrNode), lazy);
  const rel = p?.model.relationDecls?.get(textOf(tr.t, attrNode));
  const cols = p && rel ? relationColumns(tr.index, p.model, p.target, rel) : undefined;
  if (!p || !cols) return undefined;
  const q = tr.start(lazy === 'dynamic' ? 'query' : 'select', p.target, attrNode, end);
  return { ...q, where: [{ k: 'cmp', table: tableOf(p.target), column: cols.remote, op: '=', n: 1 }], entitySelect: true };
}
