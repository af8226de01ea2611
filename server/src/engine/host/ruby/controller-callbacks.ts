/**
 * Records a controller's callbacks load (`before_action :set_lead` → `@lead = …find(…)`, also
 * memoised `@lead ||= find_lead`, in base controllers and included concerns), read by its actions
 * and by a controller concern's own actions.
 */
import type { ModelInfo } from './models';
import type { RNode } from './syntax';
import { fewest } from './ar';
import { callMethod, lookupMethod } from './ar-calls';
import type { EvalContext, Rel, Val } from './ar-values';

function depend(ctx: EvalContext, key: string, value: string): void {
  ctx.deps?.set(key, value);
}

/** A module defined under `app/controllers` (a controller concern): its methods run on a controller. */
export function controllerConcern(ctx: EvalContext, cls: string): boolean {
  if (/Controller$/.test(cls) || !ctx.defName) return false;
  const m = lookupMethod(ctx, cls, ctx.defName, false);
  if (!m || m.owner !== cls || !/(?:^|[\\/])app[\\/]controllers[\\/]/.test(m.file)) return false;
  const short = cls.split('::').pop()!;
  const included = new RegExp(`\\binclude\\s+(?:[\\w:]+,\\s*)*(?:::)?(?:\\w+::)*${short}\\b`);
  return ctx.code!.textsMentioning(short).some(([, t]) => included.test(t));
}

/**
 * A controller's instance variable that only private methods assign (`before_action :set_lead`
 * → `@lead = current_user.leads.find(params[:id])`): the record they all load, when each loads a
 * persisted record of the same model. Anything else (a new record, a relation, an unknown): undefined.
 */
export function callbackRecord(ctx: EvalContext, cls: string, name: string, at: RNode): Val | undefined {
  // The controller and its base controllers (`Api::BaseController#authenticate` setting `@current_organization`).
  const names = new Set<string>();
  let cur: string | undefined = cls;
  for (let i = 0; cur && i < 4; i++) {
    const a = ctx.code!.ivarAssigners(cur, name);
    depend(ctx, `a:${cur}|${name}`, a);
    if (a) for (const n of a.split(',')) names.add(n);
    // Concerns the controller includes (`EntryableResource`'s `before_action :set_entry`).
    for (const mod of ctx.code!.includedModules(cur)) {
      const b = ctx.code!.ivarAssigners(mod, name);
      depend(ctx, `a:${mod}|${name}`, b);
      if (b) for (const n of b.split(',')) names.add(n);
    }
    const next = ctx.code!.superclassOf(cur);
    depend(ctx, `u:${cur}`, next ?? '');
    cur = next;
  }
  // In a followed method (an `attr_reader` of the variable) only a record the callbacks load is known.
  const nested = (ctx.level ?? 0) > 0;
  if (!names.size) return undefined;
  let model: ModelInfo | undefined;
  const rels: Rel[] = [];
  for (const n of names) {
    const m = lookupMethod(ctx, cls, n, false);
    // Other actions run in other requests, and this one reads the variable before assigning it:
    // what it reads is what the callbacks assigned.
    if (m?.visibility === 'public') continue;
    if (!m || m.params.length || ctx.following?.has(`${m.file}#${m.owner}#${m.name}#${m.singleton}`)) return undefined;
    const sink = new Map<string, Val>();
    callMethod(ctx, m, { k: 'obj', cls }, at, [], new Map(), { sink, unknownArgs: true });
    const v = sink.get(name);
    // A relation the callback prepares (`@leads = current_user.leads`) is refined and run by the action.
    if (v?.k === 'rel' && !model) {
      rels.push(...v.cands);
      continue;
    }
    if (v?.k !== 'rec' || !v.persisted || (model && model !== v.model) || rels.length) return undefined;
    model = v.model;
  }
  const few = rels.length && !nested ? fewest(rels) : undefined;
  return model ? { k: 'rec', model, persisted: true } : few ? { k: 'rel', cands: few } : undefined;
}
