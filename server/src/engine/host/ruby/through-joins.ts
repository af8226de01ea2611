/**
 * `joins(:contact_types)` where `has_many :contact_types, through: :case_contact_contact_types`:
 * ActiveRecord joins every model on the way, each on the key of the hop that leads to it
 * (`INNER JOIN case_contact_contact_types ON ….case_contact_id = case_contacts.id INNER JOIN
 * contact_types ON contact_types.id = case_contact_contact_types.contact_type_id`). A plain
 * association is one such hop (`associationJoin`).
 */
import { sameTable, type Join, type Pred } from '../../query/model';
import { associationJoin, newRelAt } from './ar';
import { polymorphicOwnerJoin } from './polymorphic-joins';
import { throughHops } from './assoc';
import { defaultForeignKey, type ModelInfo } from './models';
import type { EvalContext, Rel } from './ar-values';
import type { Span } from '../../query/model';

/** The joins an association name adds to a relation, and the model it reaches (for nested joins). */
export function associationJoins(ctx: EvalContext, owner: Rel, name: string, at: Span, kind: 'INNER' | 'LEFT OUTER'): { joins: Join[]; target: ModelInfo | undefined } | undefined {
  const a = owner.model.association(name);
  const poly = a?.as ? polymorphicOwnerJoin(ctx, owner, a, at, kind) : undefined;
  if (poly) return { joins: [poly.join], target: poly.target };
  if (!a?.through) {
    const j = associationJoin(owner, name, at, kind, undefined);
    return j ? { joins: [j], target: a ? ctx.index.associationModel(owner.model, a, ctx.nesting) : undefined } : undefined;
  }
  const hops = throughHops(ctx, owner.model, a, 0);
  if (!hops || hops.length < 2) return undefined;
  const joins: Join[] = [];
  for (const { from, assoc, to } of hops) {
    // A hop's scope lambda and self-joins (which need aliases) are not modelled: the join is left unknown.
    if (assoc.scope !== undefined || sameTable(to.table, owner.model.table)) return undefined;
    const on: Pred[] = [
      assoc.kind === 'belongs_to'
        ? { k: 'eqcol', a: { table: to.table, column: assoc.primaryKey ?? to.primaryKey[0] ?? 'id' }, b: { table: from.table, column: assoc.foreignKey ?? `${assoc.name}_id` } }
        : { k: 'eqcol', a: { table: to.table, column: assoc.foreignKey ?? defaultForeignKey(from.name) }, b: { table: from.table, column: assoc.primaryKey ?? from.primaryKey[0] ?? 'id' } },
    ];
    if (to.defaultScopes.length) {
      // ActiveRecord puts each joined model's default scope into its join condition.
      const v = newRelAt(ctx, to, at, at.end);
      if (v.k !== 'rel' || v.cands.length !== 1 || v.cands[0]!.joins.length || v.cands[0]!.none) return undefined;
      on.push(...v.cands[0]!.preds);
    }
    joins.push({ k: 'table', kind, table: to.table, at, on });
  }
  return { joins, target: hops.at(-1)!.to };
}
