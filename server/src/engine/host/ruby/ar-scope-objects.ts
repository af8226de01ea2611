/**
 * Scopes whose body is a query object rather than a lambda (`scope :overdue, State::OverdueQuery.new`
 * with `def initialize(relation = Lead)` and `def call; @relation.where(…); end`). ActiveRecord calls
 * the object's `call` inside `scoping { … }` of the relation the scope is applied to, so the model
 * named in there (`Lead`, `Lead.all`) is that relation, association conditions included.
 */
import { callMethod, lookupMethod } from './ar-calls';
import { evalValue } from './ar';
import type { Body } from './models';
import { UNKNOWN, type EvalContext, type Rel, type Val } from './ar-values';

/** `A::B::Lead` → the nesting constants are resolved in (`A`, `A::B`, `A::B::Lead`). */
function modelNesting(name: string): string[] {
  const parts = name.split('::');
  return parts.map((_, i) => parts.slice(0, i + 1).join('::'));
}

/** What the query object of a scope returns from `call`, applied to `rel`. */
export function callableScope(ctx: EvalContext, rel: Rel, body: Body): Val {
  const { implicit: _implicit, ...outer } = ctx;
  const sub: EvalContext = { ...outer, nesting: modelNesting(rel.model.name), scoping: rel };
  const target = evalValue(sub, body.node, new Map(), 'consumed');
  if (target.k !== 'obj' && target.k !== 'cls') return UNKNOWN;
  const m = lookupMethod(sub, target.cls, 'call', target.k === 'cls');
  if (!m || m.visibility !== 'public') return UNKNOWN;
  return callMethod(sub, m, target, body.node, [], new Map());
}
