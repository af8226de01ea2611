/**
 * Instance variables read by followed code: what a controller's callbacks or actions assigned,
 * or what a plain object's `initialize` assigned when nothing else assigns it. Anything else
 * is left unknown, since another method may have replaced the value.
 */
import type { RNode } from './syntax';
import { actionIvar, concernIvar } from './ar-action-ivars';
import { callbackRecord, controllerConcern } from './controller-callbacks';
import { lifecycleIvar } from './ivar-lifecycle';
import { callMethod, depend, lookupMethod } from './ar-calls';
import type { EvalContext, Val } from './ar-values';

/** Classes whose instance variables go to a view (assigning a relation there runs it). */
export const VIEW_BOUND = /(Controller|Mailer)$/;

/** Whether `initialize` is the only method of the class that assigns the instance variable. */
function initializeOwns(ctx: EvalContext, cls: string, name: string, writers = false): boolean {
  if (!ctx.code) return false;
  // `writers`: the object was built where we can see it, so an `attr_accessor`'s writer nobody called there is left aside.
  const owner = (list: string): boolean => list.split(',').every((x) => x === 'initialize' || (writers && x.endsWith('=')));
  // The class and its superclasses (a base query object's `initialize` reached through `super`).
  let owns = false;
  let cur: string | undefined = cls;
  for (let i = 0; cur && i < 4; i++) {
    const assigners = ctx.code.ivarAssigners(cur, name);
    depend(ctx, `a:${cur}|${name}`, assigners);
    if (assigners && !owner(assigners)) return false;
    if (assigners.split(',').includes('initialize')) owns = true;
    // Modules the class includes (`Statisticable#initialize` setting `@resource`).
    for (const mod of ctx.code.includedModules(cur)) {
      const a = ctx.code.ivarAssigners(mod, name);
      depend(ctx, `a:${mod}|${name}`, a);
      if (a && !owner(a)) return false;
      if (a.split(',').includes('initialize')) owns = true;
    }
    const next = ctx.code.superclassOf(cur);
    depend(ctx, `u:${cur}`, next ?? '');
    cur = next;
  }
  return owns;
}

/**
 * The value of an instance variable of a plain object: what `initialize` assigned, when nothing
 * else assigns it — from the object as it was built (`LeadQuery.new(…)` where we can see it), or,
 * in the class's own methods, from `initialize` evaluated with unknown arguments.
 */
export function ivarValue(ctx: EvalContext, name: string, at: RNode): Val | undefined {
  const self = ctx.self;
  if (self?.k === 'obj' && ctx.code && /Controller$/.test(self.cls) && !ctx.ivarSink) return callbackRecord(ctx, self.cls, name, at) ?? actionIvar(ctx, self.cls, name, at);
  // A controller concern's action (`EntryableResource#destroy`) reads the record its own callback loads.
  if (self?.k === 'obj' && ctx.code && !ctx.ivarSink && controllerConcern(ctx, self.cls)) {
    const r = callbackRecord(ctx, self.cls, name, at);
    if (r?.k === 'rec') return r;
  }
  // An action followed for what it leaves in a variable: a method it calls reads what it assigned so far.
  if (self?.k === 'obj' && VIEW_BOUND.test(self.cls) && ctx.ivarSink?.has(name)) return ctx.ivarSink.get(name);
  // A private method of a controller concern: what the including controllers' actions assigned.
  if (self?.k === 'obj' && ctx.code && !ctx.ivarSink && !ctx.level && !ctx.foreign && !VIEW_BOUND.test(self.cls)) {
    const v = concernIvar(ctx, self.cls, name, at);
    if (v) return v;
  }
  // Inside a callback being evaluated: a variable it has not assigned is what other callbacks load
  // (`@campaign = current_organization.campaigns.find_by(…)` after `authenticate`), when that is a record.
  if (self?.k === 'obj' && ctx.code && /Controller$/.test(self.cls) && ctx.ivarSink && !ctx.ivarSink.has(name)) {
    const r = callbackRecord(ctx, self.cls, name, at);
    return r?.k === 'rec' || r?.k === 'obj' ? r : undefined;
  }
  if (!self || self.k !== 'obj' || !ctx.code || VIEW_BOUND.test(self.cls)) return undefined;
  if (ctx.ivarSink) return ctx.ivarSink.get(name);
  // Other methods assign it too (`with_context` sets `@query`, `query` refines it): see ivar-lifecycle.ts.
  if (!initializeOwns(ctx, self.cls, name, !!self.ivars)) return self.ivars ? undefined : lifecycleIvar(ctx, self.cls, name, at);
  if (self.ivars) return self.ivars.get(name);
  const init = lookupMethod(ctx, self.cls, 'initialize', false);
  if (!init || ctx.following?.has(`${init.file}#${init.owner}#${init.name}#${init.singleton}`)) return undefined;
  const sink = new Map<string, Val>();
  callMethod(ctx, init, { k: 'obj', cls: self.cls }, at, [], new Map(), { sink, unknownArgs: true });
  const v = sink.get(name);
  // Built by `initialize` on behalf of this method: it belongs to this method's level.
  if (v?.k !== 'rel') return v;
  const level = ctx.level ?? 0;
  return { k: 'rel', cands: v.cands.map((r) => ((r.level ?? 0) > level ? { ...r, level } : r)) };
}
