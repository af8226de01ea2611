/**
 * A model's scope or class method applied to a relation (`Lead.visible(user).search(params)`):
 * scopes and class methods of the model win over ActiveRecord's own names. A class method is
 * followed like a method (every statement, its parameters bound, the relation as the receiver of
 * `where`); a scope body (or a concern's `included do def self.x`) is applied to each candidate.
 * What they run on the caller's relation is placed by relation-class-methods.ts.
 */
import { applyBody, literalTruth, rangeOf } from './ar';
import { callMethod, lookupMethod, mapCands, touched } from './ar-calls';
import { visit } from './ar-visit';
import { inertOwn, ownRuns } from './class-method-runs';
import { methodBody, placeAtCall } from './relation-class-methods';
import { child, type RNode } from './syntax';
import { NIL, OTHER, UNKNOWN, type Env, type EvalContext, type Rel, type Val } from './ar-values';

/** The value of `name` applied to a relation when it is a scope or class method of its model; undefined otherwise. */
export function modelMethod(ctx: EvalContext, state: Val & { k: 'rel' }, call: RNode, name: string, args: RNode[], env: Env): Val | undefined {
  const t = (r: Rel): Rel => touched(ctx, r, call);
  const model = state.cands[0]!.model;
  const scope = model.scope(name);
  if (scope === undefined) return undefined;
  const classMethod = state.cands.length === 1 ? lookupMethod(ctx, model.name, name, true) : undefined;
  if (classMethod) {
    // Called on the model itself, its runs are its own (judged inside it, `class-method-runs.ts`).
    const own = state.cands[0]!.bare && classMethod.owner === model.name && inertOwn(ctx, classMethod) && ownRuns(ctx, model, name);
    const implicit = t(state.cands[0]!);
    const before = ctx.sites.length;
    const v = callMethod(ctx, classMethod, UNKNOWN, call, args, env, { implicit: own ? { ...implicit, level: (ctx.level ?? 0) + 1 } : implicit });
    // On a relation, where its runs are reported is decided by all its callers.
    // Only for a method of the model or of a concern it includes: those units are the ones evaluated for themselves (index.ts).
    if (!own && (classMethod.owner === model.name || !ctx.index.declared(classMethod.owner))) placeAtCall(ctx, name, call, before, { src: classMethod.text, start: 0, end: classMethod.text.length });
    // A finder class method (`def find_param(p) = find_by!(handle => p)`) returns the record it loaded.
    return v.k === 'rel' ? mapCands(v, (r) => t(r)) : v.k === 'other' ? OTHER : v.k === 'rec' && v.model === model ? v : UNKNOWN;
  }
  args.forEach((a) => visit(ctx, a, env, 'value', false));
  if (scope === null) return UNKNOWN;
  // A lambda of several statements gets its parameters: nil/present where the call says so.
  let bound: Map<string, Val> | undefined;
  if (scope.params) {
    if (args.some((a) => a.type !== 'pair' && /splat|block_argument|forward/.test(a.type)) || args.length > scope.params.length) return UNKNOWN;
    bound = new Map(scope.params.map((p, i) => [p.name, args[i] ? literalTruth(ctx, args[i]!) : p.nilDefault ? NIL : UNKNOWN]));
  }
  const before = ctx.sites.length;
  const v = applyBody(ctx, state.cands.map(t), scope, ctx.foreign ?? rangeOf(ctx, child(call, 'method') ?? call), bound, { start: call.start, end: call.end });
  const def = methodBody(scope.src, scope.node);
  if (def) placeAtCall(ctx, name, call, before, def);
  return v.k === 'rel' ? mapCands(v, (r) => t(r)) : v;
}
