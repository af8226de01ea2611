/**
 * Instance variables a controller action assigns and then hands to a private method of the same
 * controller it calls (`@leads = Lead.recent; respond_with_leads` with `def respond_with_leads;
 * render json: @leads.to_a; end`). Rails runs both in one request on one object, so the private
 * method reads what the action assigned: evaluated for itself, it takes the value each calling
 * action leaves there (one alternative per action), and the action's view does not run it when
 * the private method renders the response itself.
 */
import { callMethod, lookupMethod } from './ar-calls';
import { fewest } from './ar-model';
import { child, textOf, type RNode } from './syntax';
import type { MethodDecl } from './file-entry';
import type { EvalContext, Rel, Val } from './ar-values';
import type { RubyIndex } from './workspace';

/** A call that renders the response: the action's template is not rendered afterwards. */
const RENDERS = /(?:^|[^\w.])(?:render|respond_with|send_data|send_file|redirect_to|head)\b/;

function mentionsRead(text: string, ivar: string): boolean {
  return new RegExp(`${ivar}(?![A-Za-z0-9_])(?!\\s*(?:\\|\\||&&)?=(?![=~>]))`).test(text);
}

/** Where a method's body calls `name` on self without arguments of its own receiver (`respond_with_leads`). */
function selfCalls(src: string, def: RNode, name: string): RNode[] {
  const out: RNode[] = [];
  const walk = (n: RNode): void => {
    for (const c of n.children) {
      if (c.type === 'identifier' && textOf(src, c) === name && !(n.type === 'call' && child(n, 'method') !== c)) out.push(c);
      else if (c.type === 'call' && textOf(src, child(c, 'method') ?? c) === name && (!child(c, 'receiver') || child(c, 'receiver')?.type === 'self')) out.push(c);
      if (c.children.length) walk(c);
    }
  };
  walk(def);
  return out;
}

/** Where a method's body assigns the instance variable. */
function assignments(src: string, def: RNode, ivar: string): RNode[] {
  const out: RNode[] = [];
  const walk = (n: RNode): void => {
    for (const c of n.children) {
      const left = child(c, 'left');
      if ((c.type === 'assignment' || c.type === 'operator_assignment') && left?.type === 'instance_variable' && textOf(src, left) === ivar) out.push(c);
      if (c.children.length) walk(c);
    }
  };
  walk(def);
  return out;
}

/**
 * The value of `ivar` read in a private method of a controller evaluated for itself: what the
 * public actions that assign it before calling this method leave there. Undefined unless at least
 * one such action gives a relation; actions that leave something else add no alternative.
 */
export function actionIvar(ctx: EvalContext, cls: string, ivar: string, at: RNode): Val | undefined {
  if (ctx.level || ctx.foreign || ctx.ivarSink || !ctx.code || !ctx.defName) return undefined;
  const self = lookupMethod(ctx, cls, ctx.defName, false);
  if (!self || self.visibility === 'public') return undefined;
  const assigners = ctx.code.ivarAssigners(cls, ivar);
  ctx.deps?.set(`a:${cls}|${ivar}`, assigners);
  const rels: Rel[] = [];
  for (const n of assigners ? assigners.split(',') : []) {
    const action = lookupMethod(ctx, cls, n, false);
    if (!action || action.visibility !== 'public' || action.params.length || !handsOver(ctx, action, self.name, ivar)) continue;
    const sink = new Map<string, Val>();
    callMethod(ctx, action, { k: 'obj', cls }, at, [], new Map(), { sink, unknownArgs: true });
    const v = sink.get(ivar);
    if (v?.k === 'rel') rels.push(...v.cands);
  }
  const few = rels.length ? fewest(rels) : undefined;
  return few ? { k: 'rel', cands: few } : undefined;
}

/**
 * The controllers that include a module (`include ModelListable`) and define methods: a concern's
 * private method runs on their instances, so its instance variables are theirs (and go to their views).
 */
export function controllerIncluders(idx: RubyIndex, mod: string): string[] {
  if (/Controller$/.test(mod)) return [];
  const word = mod.split('::').at(-1)!;
  const out = new Set<string>();
  for (const f of idx.filesMentioning(word)) {
    for (const m of idx.methodsOf(f)) if (/Controller$/.test(m.owner) && !out.has(m.owner) && idx.includedModules(m.owner).includes(mod)) out.add(m.owner);
  }
  return [...out].sort();
}

/** The controllers including the concern `self` is (recorded as a dependency of the result). */
export function includingControllers(ctx: EvalContext, mod: string): string[] {
  if (!ctx.code) return [];
  const out = controllerIncluders(ctx.code, mod);
  ctx.deps?.set(`i:${mod}`, out.join(','));
  return out;
}

/**
 * The value of `ivar` read in a private method of a controller concern evaluated for itself: what
 * the actions of each including controller leave there before calling it.
 */
export function concernIvar(ctx: EvalContext, mod: string, ivar: string, at: RNode): Val | undefined {
  const rels: Rel[] = [];
  for (const cls of includingControllers(ctx, mod)) {
    const v = actionIvar(ctx, cls, ivar, at);
    if (v?.k === 'rel') rels.push(...v.cands);
  }
  const few = rels.length ? fewest(rels) : undefined;
  return few ? { k: 'rel', cands: few } : undefined;
}

/** Whether the action assigns `ivar` only before it calls `callee` (never again afterwards). */
function handsOver(ctx: EvalContext, action: MethodDecl, callee: string, ivar: string): boolean {
  const def = ctx.code?.methodNode(action);
  if (!def) return false;
  const calls = selfCalls(action.text, def, callee);
  const sets = assignments(action.text, def, ivar);
  if (!calls.length || !sets.length) return false;
  const first = Math.min(...calls.map((c) => c.start));
  return sets.every((s) => s.end <= first);
}

/**
 * Instance variables an action hands to a private method it calls, which reads them and renders
 * the response: that method's own evaluation judges them, so the action's view run is dropped.
 */
export function handedOver(m: MethodDecl, assigned: Iterable<string>): string[] {
  if (m.visibility === 'public' || m.params.length) return [];
  // A method that renders, or refines the variable for the view (`@models = @models.page(…)`).
  return [...assigned].filter((ivar) => (RENDERS.test(m.text) && mentionsRead(m.text, ivar)) || refines(m.text, ivar));
}

/** Whether a method assigns the instance variable from its own value (`@models = apply_sort(@models)`). */
export function refines(text: string, ivar: string): boolean {
  const v = ivar.replace(/[^\w@]/g, '');
  return new RegExp(`^\\s*${v}\\s*=(?![=~>])[^\\n]*${v}(?![A-Za-z0-9_])`, 'm').test(text);
}
