/**
 * `has_many :leads, dependent: :delete_all` (`:destroy`, `:nullify`, `:restrict_with_*`; `has_one`
 * and `belongs_to` with `:destroy`/`:delete`): destroying the owner record (`user.destroy`,
 * `destroy_all`'s per-record destroy, `Model.destroy(id)`) first acts on the associated rows, found
 * by the foreign key (the association's scope included), never by the target's partition key
 * unless the association carries it. What ActiveRecord sends (`handle_dependency`):
 * - has_many `:delete_all` → `DELETE FROM t WHERE t.fk = $1` (an ordered scope selects the rows
 *   in a subquery); `:nullify` → `UPDATE t SET fk = NULL WHERE t.fk = $1`;
 * - `:destroy` → `SELECT t.* WHERE t.fk = $1`, then each row destroyed by its primary key, with
 *   its own dependents in turn;
 * - `:restrict_with_exception`/`:restrict_with_error` → an existence test (has_one: a load);
 * - has_one/belongs_to → the row is loaded (`LIMIT 1`), then deleted/destroyed/nullified by its primary key.
 * `:destroy_async` enqueues a job (the queries run there) and through associations act on join
 * rows we do not model: both are left out.
 */
import type { Shape } from '../../query/model';
import type { AssocDecl, ModelInfo } from './models';
import { child, type RNode } from './syntax';
import { toModel } from './ar-model';
import { associationRel } from './assoc';
import type { EvalContext, Rel } from './ar-values';
import { recordWrite, subqueryWrite } from './ar-writes';

/** How deep `dependent: :destroy` is followed (user → campaigns → leads → outputs). */
const MAX_DEPTH = 3;

/**
 * The queries destroying a record of `model` sends for its `dependent:` associations, reported at
 * the destroying call. `seen` holds the models on the way (a cycle of dependents ends there).
 */
export function destroyDependents(ctx: EvalContext, model: ModelInfo, call: RNode, seen: readonly string[] = []): void {
  if ((ctx.level ?? 0) > 0 || ctx.foreign || seen.length >= MAX_DEPTH || seen.includes(model.name)) return;
  const m = child(call, 'method') ?? call;
  const at = { start: m.start, end: m.end };
  for (const a of model.dependents ?? []) {
    if (a.through || a.polymorphic || a.kind === 'has_and_belongs_to_many' || a.dependent === 'destroy_async') continue;
    const v = associationRel(ctx, model, a, at, call.end);
    if (v.k !== 'rel' || v.cands.length !== 1) continue;
    const rel = v.cands[0]!;
    const target = rel.model;
    const many = a.kind === 'has_many';
    switch (a.dependent) {
      case 'delete_all':
        if (many) push(ctx, model, a, subqueryWrite(rel), { k: 'delete' });
        break;
      case 'nullify':
        if (many) push(ctx, model, a, subqueryWrite(rel), { k: 'update', set: [a.foreignKey ?? fkOf(rel)] });
        else loadThen(ctx, model, a, rel, call, 'update_columns', seen);
        break;
      case 'restrict_with_exception':
      case 'restrict_with_error':
        push(ctx, model, a, rel, many ? { k: 'exists' } : { k: 'select', limit: true });
        break;
      case 'destroy':
        if (many) push(ctx, model, a, rel, { k: 'select' });
        else loadThen(ctx, model, a, rel, call, 'destroy', seen);
        if (many) recordWrite(ctx, target, call, 'destroy', [], [...seen, model.name]);
        break;
      case 'delete':
        if (!many) loadThen(ctx, model, a, rel, call, 'delete', seen);
        break;
      default:
        break;
    }
  }
}

/** A has_one/belongs_to dependent: the row is loaded once, then written by its primary key. */
function loadThen(ctx: EvalContext, owner: ModelInfo, a: AssocDecl, rel: Rel, call: RNode, write: string, seen: readonly string[]): void {
  push(ctx, owner, a, rel, { k: 'select', limit: true });
  recordWrite(ctx, rel.model, call, write, [], [...seen, owner.name]);
}

/** The foreign key column of a has_many's relation (its first equality on the target table). */
function fkOf(rel: Rel): string {
  const p = rel.preds.find((x) => x.k === 'cmp');
  return p && p.k === 'cmp' ? p.column : 'id';
}

function push(ctx: EvalContext, owner: ModelInfo, a: AssocDecl, rel: Rel, shape: Shape): void {
  // No insertAt: a `.where` at the destroying call cannot reach the association's query.
  ctx.sites.push({ alternatives: [toModel(rel)], shape, state: 'executed', fix: { host: { kind: 'dependent', model: owner.name, macro: a.kind, association: a.name, dependent: a.dependent ?? '' } } });
}
