/**
 * The value of an `if`/`unless`/`case` that ends a method: what its last statement returns on
 * each branch (Pundit's `resolve` is `if user.admin? then scope.all else scope.where(…) end`). A
 * branch left out returns nil, so the method's value is then unknown.
 */
import { child, namedChildren, type RNode } from './syntax';
import { evalValue } from './ar';
import { fewest } from './ar-model';
import { knownTruth, visit } from './ar-visit';
import { NIL, TRUTHY, UNKNOWN, type Env, type EvalContext, type Rel, type Val } from './ar-values';

const EXPRESSIONS = /^(call|identifier|instance_variable|constant|scope_resolution|parenthesized_statements|conditional|self|if|unless|case)$/;

/** Whether `tailValue` reads this statement (a branching statement ending a method). */
export function isBranchingTail(n: RNode): boolean {
  return n.type === 'if' || n.type === 'unless' || n.type === 'case';
}

export function tailValue(ctx: EvalContext, n: RNode, env: Env, nilAs?: Val): Val {
  const arms: (RNode | undefined)[] = [];
  if (n.type === 'if' || n.type === 'unless' || n.type === 'elsif') {
    const cond = child(n, 'condition');
    const known = knownTruth(ctx, cond, env);
    const cons = child(n, 'consequence');
    const alt = child(n, 'alternative');
    if (known === TRUTHY || known === NIL) arms.push((known === TRUTHY) === (n.type !== 'unless') ? cons : alt);
    else {
      if (cond) visit(ctx, cond, env, 'value', false);
      arms.push(cons, alt);
    }
  } else if (n.type === 'case') {
    const value = child(n, 'value');
    if (value) visit(ctx, value, env, 'value', false);
    const whens = namedChildren(n).filter((c) => c.type === 'when');
    for (const w of whens) arms.push(namedChildren(w).find((c) => c.type === 'then'));
    arms.push(namedChildren(n).find((c) => c.type === 'else'));
  } else return UNKNOWN;
  const vals = arms.map((a) => armValue(ctx, a, new Map(env), nilAs)).map((v) => (v === NIL && nilAs ? nilAs : v));
  if (vals.length && vals.every((v) => v.k === 'rel')) {
    const few = fewest(vals.flatMap((v) => (v.k === 'rel' ? v.cands : [])));
    return few ? { k: 'rel', cands: few } : UNKNOWN;
  }
  // A record of one model on every branch that gives one (`@user = if bot? then User.new(…) else
  // User.find_by(…) end`; nil elsewhere): that record, persisted when some branch loaded it.
  const recs = vals.filter((v): v is Val & { k: 'rec' } => v.k === 'rec');
  if (recs.length && recs.every((r) => r.model === recs[0]!.model) && vals.every((v) => v.k === 'rec' || v === NIL)) {
    return { k: 'rec', model: recs[0]!.model, persisted: recs.some((r) => r.persisted) };
  }
  return vals.every((v) => v.k === 'other') ? vals[0]! : UNKNOWN;
}

function armValue(ctx: EvalContext, arm: RNode | undefined, env: Env, nilAs?: Val): Val {
  if (!arm) return NIL;
  if (arm.type === 'elsif') return tailValue(ctx, arm, env, nilAs);
  const stmts = namedChildren(arm).filter((s) => s.type !== 'comment' && s.type !== 'heredoc_body');
  const last = stmts.at(-1);
  if (!last) return NIL;
  stmts.slice(0, -1).forEach((s) => visit(ctx, s, env, 'statement', false));
  if (isBranchingTail(last)) return tailValue(ctx, last, env, nilAs);
  if (EXPRESSIONS.test(last.type)) return evalValue(ctx, last, env, 'return');
  visit(ctx, last, env, 'return', false);
  return UNKNOWN;
}

/**
 * The value of a scope lambda's last statement, run on `rel`. ActiveRecord runs the lambda with
 * `instance_exec(...) || relation`, so a branch that gives nil (`if user … end` without `else`)
 * is the relation itself; each branch on the lambda's parameters is an alternative.
 */
export function scopeTailValue(ctx: EvalContext, last: RNode, env: Env, rel: Rel): Val {
  if (!isBranchingTail(last)) return evalValue(ctx, last, env, 'return');
  return tailValue(ctx, last, env, { k: 'rel', cands: [rel] });
}
