/**
 * Records a controller's callbacks load (`before_action :set_lead` → `@lead = …find(…)`, also
 * memoised `@lead ||= find_lead`, in base controllers and included concerns), read by its actions
 * and by a controller concern's own actions.
 */
import type { ModelInfo } from './models';
import type { RNode } from './syntax';
import { fewest } from './ar-model';
import { callMethod, lookupMethod } from './ar-calls';
import { loadedRows, type EvalContext, type Rel, type Val } from './ar-values';
import type { MethodDecl } from './file-entry';
import { blockCallbackBodies, blockCallbackMethods } from './controller-block-callbacks';

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

/** Whether a file declares the method as a controller callback (`before_action :get_filters, only: …`). */
function declaredCallback(ctx: EvalContext, method: string): boolean {
  const re = new RegExp(`\\b(?:prepend_|append_)?before_action\\b[^\\n]*:${method}\\b`);
  return ctx.code!.textsMentioning(method).some(([, t]) => re.test(t));
}

/**
 * A controller's instance variable that only private methods assign (`before_action :set_lead`
 * → `@lead = current_user.leads.find(params[:id])`): the record they all load, when each loads a
 * persisted record of the same model (or the rows all load, `….to_a`). Anything else (a new record,
 * an unknown): undefined.
 */
export function callbackRecord(ctx: EvalContext, cls: string, name: string, at: RNode): Val | undefined {
  // The controller and its base controllers (`Api::BaseController#authenticate` setting `@current_organization`).
  const names = new Set<string>();
  const blocks: MethodDecl[] = [];
  let cur: string | undefined = cls;
  for (let i = 0; cur && i < 4; i++) {
    // Its concerns too (`Filterable#get_filters` run by `before_action :get_filters` in `included do`), two levels deep.
    const mods = ctx.code!.includedModules(cur);
    for (const mod of [...mods]) for (const inner of ctx.code!.includedModules(mod)) if (!mods.includes(inner)) mods.push(inner);
    for (const owner of [cur, ...mods]) {
      const a = ctx.code!.ivarAssigners(owner, name);
      depend(ctx, `a:${owner}|${name}`, a);
      if (a) for (const n of a.split(',')) names.add(n);
    }
    // Block callbacks (`before_action { @server = … }`, controller-block-callbacks.ts).
    const bodies = blockCallbackBodies(ctx.code!, cur, name);
    depend(ctx, `x:q|${cur}|${name}`, bodies);
    blocks.push(...blockCallbackMethods(bodies, cur));
    const next = ctx.code!.superclassOf(cur);
    depend(ctx, `u:${cur}`, next ?? '');
    cur = next;
  }
  // In a followed method (an `attr_reader` of the variable) only a record the callbacks load is known.
  const nested = (ctx.level ?? 0) > 0;
  if (!names.size && !blocks.length) return undefined;
  let model: ModelInfo | undefined;
  const rels: Rel[] = [];
  // A plain object the callbacks build (`@filter = Search::FilterService.new(params)`), when all build the same class.
  let built: (Val & { k: 'obj' }) | undefined;
  let rows: Val | undefined;
  for (const n of [...names, ...blocks]) {
    const m = typeof n === 'string' ? lookupMethod(ctx, cls, n, false) : n;
    // Other actions run in other requests, and this one reads the variable before assigning it:
    // what it reads is what the callbacks assigned.
    // A public method of a concern that some controller runs as a callback (`before_action :get_filters`) is not an action.
    if (typeof n === 'string' && m?.visibility === 'public' && (m.owner === cls || !declaredCallback(ctx, n))) continue;
    if (!m || m.params.length || ctx.following?.has(`${m.file}#${m.owner}#${m.name}#${m.singleton}`)) return undefined;
    const sink = new Map<string, Val>();
    callMethod(ctx, m, { k: 'obj', cls }, at, [], new Map(), { sink, unknownArgs: true });
    const v = sink.get(name);
    // A relation the callback prepares (`@leads = current_user.leads`) is refined and run by the action.
    if (v?.k === 'rel' && !model && !built && !rows) {
      rels.push(...v.cands);
      continue;
    }
    if (v?.k === 'obj' && v.ivars && !model && !rels.length && !rows && (!built || built.cls === v.cls)) {
      built = built ? { k: 'obj', cls: v.cls } : v;
      continue;
    }
    // Rows the callback loaded (`@issues = Lead.where(id: params[:ids]).to_a`): the action writes each one.
    const loaded = v ? loadedRows.get(v) : undefined;
    if (loaded && !model && !rels.length && !built && (!rows || loadedRows.get(rows) === loaded)) {
      rows = v;
      continue;
    }
    if (v?.k !== 'rec' || !v.persisted || (model && model !== v.model) || rels.length || built || rows) return undefined;
    model = v.model;
  }
  const few = rels.length && !nested ? fewest(rels) : undefined;
  return model ? { k: 'rec', model, persisted: true } : few ? { k: 'rel', cands: few } : (built ?? rows);
}
