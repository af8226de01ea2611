/**
 * What a followed method returns: its statements run in order, and the value of the last one
 * joins every `return`. Relations on all paths become alternatives; anything else is unknown.
 */
import { child, namedChildren, textOf, type RNode } from './syntax';
import { visit } from './ar-visit';
import { evalValue } from './ar';
import { fewest } from './ar-model';
import { isRecordHash } from './record-hashes';
import { isParamValue } from './record-writes';
import { isBranchingTail, tailValue } from './ar-tail';
import { surelyReturns } from './ar-early-return';
import { isMemoGuard, ivarTailValue } from './ivar-memo';
import { knownString, orElse } from './ar-controller-name';
import { holdsReturn, nilGuard } from './nil-guards';
import { surelyTruthy } from './ar';
import { FALSE, NIL, OTHER, TRUTHY, UNKNOWN, type Env, type EvalContext, type Val } from './ar-values';

/**
 * Evaluates a method body with bound parameters; returns what the method returns (the last
 * statement and every `return`): a relation when every path returns one.
 */
export function evaluateBody(ctx: EvalContext, def: RNode, bound: ReadonlyMap<string, Val>): Val {
  const body = child(def, 'body');
  if (!body) return OTHER;
  const env: Env = new Map(bound);
  const stmts = (body.type === 'body_statement' ? namedChildren(body) : [body]).filter((s) => s.type !== 'heredoc_body');
  const value = statementsValue(ctx, stmts, env);
  return joinValues([...(value ? [value] : []), ...(ctx.returns ?? [])]);
}

/** The value of the last of a method's statements (undefined when an earlier one surely returns). */
function statementsValue(ctx: EvalContext, stmts: readonly RNode[], env: Env): Val | undefined {
  let last = stmts.at(-1);
  // A bare `return` (no value) earlier on a path we cannot decide: the method may return nil.
  let mayReturnNil = false;
  for (const [i, s] of stmts.slice(0, -1).entries()) {
    // `return @x if defined?(@x)` before `@x = …`: the value of an earlier call of the same method.
    if (isMemoGuard(ctx, s, stmts.slice(i + 1))) continue;
    const guard = nilGuard(ctx, s, env);
    const before = ctx.returns?.length ?? 0;
    visit(ctx, s, env, 'statement', false);
    // `return unless @params[:from].present?` taken on this call: the method returns nil.
    if (guard === 'taken') return NIL;
    if (guard === undefined ? holdsReturn(s) : guard === 'unknown') mayReturnNil = true;
    // `return leads unless search_params.present?` taken on this call: nothing after it runs.
    if ((ctx.returns?.length ?? 0) > before && surelyReturns(ctx, s, env)) {
      last = undefined;
      break;
    }
  }
  let value: Val | undefined = last ? OTHER : undefined;
  if (last) {
    if (last.type === 'call' || last.type === 'identifier' || last.type === 'instance_variable' || last.type === 'constant' || last.type === 'scope_resolution' || last.type === 'parenthesized_statements' || last.type === 'conditional' || last.type === 'self' || last.type === 'hash') {
      value = evalValue(ctx, last, env, 'return');
    } else if (isBranchingTail(last)) {
      value = tailValue(ctx, last, env);
    } else if (last.type === 'element_reference') {
      // `params[:q]` of a hash we can see is what it holds; anything else may be a relation.
      const v = evalValue(ctx, last, env, 'return');
      value = v.k === 'hash' || v === NIL || v === TRUTHY || v === FALSE ? v : UNKNOWN;
    } else if (last.type === 'return') {
      visit(ctx, last, env, 'return', false);
      value = ctx.returns?.pop() ?? OTHER;
    } else if ((value = ivarTailValue(ctx, last, env))) {
      // `@organization = Organization.friendly_find(…)` ending a followed helper: it returns what it assigns.
    } else if (last.type === 'assignment' && child(last, 'left')?.type === 'identifier') {
      visit(ctx, last, env, 'return', false);
      value = env.get(textOf(ctx.src, child(last, 'left')!)) ?? OTHER;
    } else if (last.type === 'operator_assignment' && child(last, 'left')?.type === 'instance_variable' && last.children.some((c) => !c.named && c.type === '||=')) {
      // `@leads ||= Lead.where(…)` as the last statement: the method returns the memoized relation.
      const right = child(last, 'right');
      // `@scope ||= begin … end`: the value of the block's last statement.
      const block = right?.type === 'begin' && namedChildren(right).every((c) => !/^(rescue|ensure|else)$/.test(c.type)) ? namedChildren(right) : undefined;
      value = block ? (statementsValue(ctx, block, env) ?? UNKNOWN) : right ? evalValue(ctx, right, env, 'return') : UNKNOWN;
      // A callback evaluated for what it assigns (`before_action :conversation`) keeps it, unless assigned before.
      const name = textOf(ctx.src, child(last, 'left')!);
      if (ctx.ivarSink) ctx.ivarSink.set(name, ctx.ivarSink.has(name) ? UNKNOWN : value);
    } else if (LITERAL_TAIL.test(last.type)) {
      // `from..to`, a string or a number as the last statement: the method returns no relation.
      visit(ctx, last, env, 'return', false);
      // Present (`from..to` after a guard decided not taken) when no bare `return` may have left before.
      value = !mayReturnNil && surelyTruthy(ctx, last) ? TRUTHY : OTHER;
    } else if (last.type === 'binary' && (value = orElse(ctx, last, env, 'return'))) {
      // `instance_variable_get("@#{controller_name}") || klass.my(current_user)`: the value picked.
    } else {
      visit(ctx, last, env, 'return', false);
      value = UNKNOWN;
    }
  }
  return value;
}

/** Statements whose value is never a relation (a range of times, a string, a number, a symbol). */
const LITERAL_TAIL = /^(range|string|integer|float|rational|simple_symbol|true)$/;

/** One value for several return paths: relations join as alternatives, anything else is unknown. */
function joinValues(vs: readonly Val[]): Val {
  // A reader returning a parameter's value (`attr_reader :resource`) keeps what it stands for.
  // So does one returning nil or a surely present value (`def since; @params[:filter]&.[](:since); end`).
  // So does one returning a string we know (`def resource_name; controller_name.singularize; end`).
  if (vs.length === 1 && (isParamValue(vs[0]!) || vs[0] === NIL || vs[0] === TRUTHY || vs[0] === FALSE || knownString(vs[0]!) !== undefined || isRecordHash(vs[0]!))) return vs[0]!;
  if (vs.every((v) => v.k === 'other')) return OTHER;
  if (vs.length === 1) return vs[0]!;
  if (!vs.every((v) => v.k === 'rel')) return UNKNOWN;
  const cands = vs.flatMap((v) => (v.k === 'rel' ? v.cands : []));
  const few = fewest(cands);
  return few ? { k: 'rel', cands: few } : UNKNOWN;
}
