/**
 * `joins(:comments)` where `has_many :comments, as: :commentable`: ActiveRecord joins the target
 * on its polymorphic pair (`INNER JOIN comments ON comments.commentable_id = posts.id AND
 * comments.commentable_type = 'Post'`). Without it every query that joins a polymorphic child
 * (comments, taggings, likes, attachments) was left unknown.
 */
import { sameTable, type Join, type Pred, type Span } from '../../query/model';
import { applyBody, newRelAt } from './ar';
import type { EvalContext, Rel } from './ar-values';
import type { AssocDecl, ModelInfo } from './models';

/**
 * The join of a plain `as:` association of the relation's model, and the model it reaches;
 * undefined when the association carries what the join would not model exactly (a scope lambda
 * that reads the owner or adds joins, composite keys) or its target is unknown.
 */
export function polymorphicOwnerJoin(ctx: EvalContext, owner: Rel, a: AssocDecl, at: Span, kind: 'INNER' | 'LEFT OUTER'): { join: Join; target: ModelInfo } | undefined {
  if (!a.as || a.through || a.polymorphic || a.kind === 'belongs_to' || a.kind === 'has_and_belongs_to_many') return undefined;
  // A scope lambda that reads the owner (`->(post) { … }`) is not a join condition we can write.
  if (a.scope === null || a.scopeParams?.length || a.foreignKeys || a.primaryKeys) return undefined;
  const target = ctx.index.associationModel(owner.model, a, ctx.nesting);
  if (!target || sameTable(target.table, owner.model.table)) return undefined;
  const on: Pred[] = [
    { k: 'eqcol', a: { table: target.table, column: a.foreignKey ?? `${a.as}_id` }, b: { table: owner.model.table, column: a.primaryKey ?? owner.model.primaryKey[0] ?? 'id' } },
    // The owner's class name, a constant the application does not choose per query.
    { k: 'cmp', table: target.table, column: target.column(`${a.as}_type`), op: '=', n: 1 },
  ];
  if (target.defaultScopes.length || a.scope) {
    // ActiveRecord puts the joined model's default scope, then the association's scope
    // (`-> { where(positive: true) }`), into the join condition: plain conditions only.
    const v = newRelAt(ctx, target, at, at.end);
    if (v.k !== 'rel' || v.cands.length !== 1) return undefined;
    const scoped = a.scope ? applyBody(ctx, [v.cands[0]!], a.scope, at, new Map()) : v;
    if (scoped.k !== 'rel' || scoped.cands.length !== 1 || scoped.cands[0]!.joins.length || scoped.cands[0]!.none) return undefined;
    on.push(...scoped.cands[0]!.preds);
  }
  return { join: { k: 'table', kind, table: target.table, at, on }, target };
}
