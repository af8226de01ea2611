/**
 * The elements of a collection a model's class method returns where we cannot see what it is
 * (`Thredded::PrivateTopic.unread(user).each do |topic|`): they are not typed by their name (a
 * `topic` there is no `Topic`), since the method's model says they are something else or nothing.
 */
import { blockBindings } from './ar-visit';
import { child, textOf, type RNode } from './syntax';
import type { EvalContext, Val } from './ar-values';

/** A block parameter bound to an element of such a collection: never guessed by its name. */
export const UNSEEN_ROW: Val = { k: 'other' };

const ITERATES = /^(each|find_each|map|collect|flat_map|filter_map|each_with_index|each_with_object|select|reject|sum|group_by|index_by|sort_by|detect|find)$/;

/** Binds the block of `Model.method(…).each { |x| … }` (a value we cannot see) to `UNSEEN_ROW`. */
export function markUnseenRows(ctx: EvalContext, state: Val, root: RNode | undefined, call: RNode, name: string | undefined): void {
  const block = child(call, 'block');
  if ((state.k !== 'unknown' && state.k !== 'other') || !block || !name || !ITERATES.test(name) || blockBindings.has(block)) return;
  if (!root || (root.type !== 'constant' && root.type !== 'scope_resolution') || !ctx.index.model(textOf(ctx.src, root), ctx.nesting)) return;
  blockBindings.set(block, [UNSEEN_ROW, UNSEEN_ROW]);
}
