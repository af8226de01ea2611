/**
 * Helpers that memoize what they compute in an instance variable by assigning it last:
 *
 *   def current_organization
 *     return @current_organization if defined?(@current_organization)
 *     @current_organization = Organization.friendly_find(params[:organization_id])
 *   end
 *
 * Ruby returns the value of the last statement, an assignment's being the value assigned. The early
 * return hands back what an earlier call assigned, which is the value the rest of the method
 * computes: it adds no value of its own. (`@x ||= …` is read the same way in `statementsValue`.)
 */
import { child, namedChildren, textOf, type RNode } from './syntax';
import { esc } from './serial-memo';
import { UNKNOWN, type Env, type EvalContext, type Val } from './ar-values';
import { VIEW_BOUND } from './plain-object-ivars';
import { evalValue } from './ar';
import { isBranchingTail } from './ar-tail';

/**
 * Whether a statement returns the instance variable a later statement of the method assigns, when
 * it is set: `return @x if defined?(@x)` (or `if @x`, `if @x.present?`, `unless @x.nil?`,
 * `if instance_variable_defined?(:@x)`).
 */
export function isMemoGuard(ctx: EvalContext, s: RNode, later: readonly RNode[]): boolean {
  if (s.type !== 'if_modifier' && s.type !== 'unless_modifier') return false;
  const cond = child(s, 'condition');
  const ret = namedChildren(s).find((c) => c !== cond);
  const returned = ret?.type === 'return' ? namedChildren(ret)[0] : undefined;
  const values = returned?.type === 'argument_list' ? namedChildren(returned) : returned ? [returned] : [];
  const value = values.length === 1 ? values[0] : undefined;
  if (!cond || value?.type !== 'instance_variable') return false;
  const name = textOf(ctx.src, value);
  const test = textOf(ctx.src, cond).replace(/\s+/g, '');
  const v = esc(name);
  const set = s.type === 'if_modifier' ? new RegExp(`^(?:defined\\?\\(${v}\\)|${v}|${v}\\.present\\?|!${v}\\.nil\\?|instance_variable_defined\\?\\(:${v}\\))$`) : new RegExp(`^${v}\\.nil\\?$`);
  if (!set.test(test)) return false;
  const assigns = new RegExp(`(?<![\\w@])${v}[ \\t]*(?:\\|\\|)?=(?![=~>])`);
  return later.some((l) => assigns.test(textOf(ctx.src, l)));
}

/**
 * The value of `@x = …` ending a followed method (no callback evaluated for what it assigns), when
 * it is no relation: the record or object it assigns, returned to the caller. A relation keeps its
 * reading as an assignment (run where a controller helper assigns it, kept by a plain object), as
 * the method's caller may drop the value. Undefined for any other statement.
 */
export function ivarTailValue(ctx: EvalContext, last: RNode, env: Env): Val | undefined {
  if (ctx.ivarSink || !ctx.level || last.type !== 'assignment' || child(last, 'left')?.type !== 'instance_variable') return undefined;
  const right = child(last, 'right');
  if (!right || isBranchingTail(right)) return undefined;
  // The role the assignment gives its right side in a followed method (`visit`'s assignment case).
  const plain = (ctx.self?.k === 'obj' || ctx.self?.k === 'cls') && !VIEW_BOUND.test(ctx.self.cls);
  const v = evalValue(ctx, right, env, plain ? 'consumed' : 'value');
  return v.k === 'rel' || v.k === 'unknown' ? UNKNOWN : v;
}
