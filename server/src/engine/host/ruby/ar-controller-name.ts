/**
 * Generic controllers whose model comes from the controller's name, as Rails resolves it at run
 * time (Fat Free CRM's `klass = controller_name.classify.constantize`, Snorlax's
 * `resource_name.camelize.constantize`, `instance_variable_get("@#{controller_name}")`):
 * - `controller_name` is the controller class's name without `Controller`, underscored
 *   (`Api::V1::LeadsController` → "leads"). In a base controller with subclasses it depends on the
 *   subclass: there it is a hook, and the unit is evaluated once per subclass (see `index.ts`);
 * - strings we know go through ActiveSupport's inflections (`singularize`, `pluralize`,
 *   `classify`, `camelize`, `underscore`, `demodulize`) and interpolation (`"@#{name}"`);
 * - `constantize` of a declared model's name is the model (a relation), of a plain class the class;
 * - `instance_variable_get("@leads")` reads `@leads`; `instance_variable_set("@leads", v)` assigns it.
 * A name that maps to no model (`"Entity".constantize` in a base controller) stays unknown.
 */
import { orRaise } from './or-raise';
import { memoPerGeneration } from '../generation-memo';
import { camelize, classify, demodulize, pluralize, singularize, underscore } from './inflect';
import { child, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { evalValue, newRel } from './ar';
import { fewest } from './ar-model';
import { lookupMethod, plainClass, visitCallParts } from './ar-calls';
import { assignedInEvaluation } from './ar-visit';
import { subclassesDefining } from './hierarchy';
import { recordHashElement } from './record-hashes';
import type { MethodDecl } from './file-entry';
import type { RubyIndex } from './workspace';
import { NIL, OTHER, UNKNOWN, type Env, type EvalContext, type QuerySite, type Role, type Val } from './ar-values';

/** Strings whose text we know, as plain values (a string is never a relation). */
const strings = new WeakMap<Val, string>();

export function knownString(v: Val): string | undefined {
  return strings.get(v);
}

export function stringValue(s: string): Val {
  const v: Val = { k: 'other' };
  strings.set(v, s);
  return v;
}

/** Rails' `controller_name` for a controller class (`Admin::LeadsController` → "leads"). */
function controllerNameOf(cls: string): string | undefined {
  const m = /(?:^|::)([A-Z]\w*)Controller$/.exec(cls);
  return m ? underscore(m[1]!) : undefined;
}

/**
 * A hash key we know: a literal (`:status`, `"status"`), or a local holding a string we know, also
 * converted (`params[key]`, `acc[key.to_sym]` in a loop over known keys). A local whose text we do
 * not know is no key (it is a variable, not the symbol of its name).
 */
export function knownKey(ctx: EvalContext, n: RNode, env: Env): string | undefined {
  const local = n.type === 'call' && !child(n, 'arguments') && !child(n, 'block') && /^(to_s|to_sym|to_str)$/.test(textOf(ctx.src, child(n, 'method') ?? n)) ? child(n, 'receiver') : n;
  if (local?.type === 'identifier') return knownString(env.get(textOf(ctx.src, local)) ?? OTHER);
  return n.type === 'call' ? undefined : symbolOrStringValue(ctx.src, n);
}

/**
 * `controller_name` on `self`: known for a controller without subclasses; undefined (a hook that
 * each subclass answers) for a base controller.
 */
export function controllerName(ctx: EvalContext, cls: string): Val | undefined {
  if (!ctx.code) return undefined;
  const subs = subclassesDefining(ctx.code, cls, [CONTROLLER_NAME]);
  ctx.deps?.set(`s:${cls}|${CONTROLLER_NAME}`, subs.join(','));
  if (subs.length) return undefined;
  const name = controllerNameOf(cls);
  return name === undefined ? undefined : stringValue(name);
}

export const CONTROLLER_NAME = 'controller_name';

const INFLECTIONS: Record<string, (s: string) => string> = {
  singularize,
  pluralize,
  classify,
  camelize: (s) => camelize(s),
  underscore,
  demodulize,
  to_s: (s) => s,
  to_str: (s) => s,
  to_sym: (s) => s,
};

/** A method called on a string we know: an inflection, or `constantize` (a model or a plain class). */
export function stringCall(ctx: EvalContext, s: string, call: RNode, name: string): Val | undefined {
  if (child(call, 'arguments') || child(call, 'block')) return undefined;
  const f = INFLECTIONS[name];
  if (f) return stringValue(f(s));
  if (name !== 'constantize' && name !== 'safe_constantize') return undefined;
  if (!/^(?:::)?[A-Z]\w*(?:::[A-Z]\w*)*$/.test(s)) return OTHER;
  const plain = plainClass(ctx, `::${s.replace(/^::/, '')}`);
  if (plain) return { k: 'cls', cls: plain };
  // `constantize` resolves from the top level, not from the caller's nesting.
  return ctx.index.declared(s, []) ? newRel(ctx, ctx.index.model(s, [])!, call) : OTHER;
}

/** `"@#{controller_name}"`, `:"@#{resource_name.pluralize}"`: known when every interpolated part is. */
export function interpolated(ctx: EvalContext, n: RNode, env: Env): Val | undefined {
  let out = '';
  for (const c of namedChildren(n)) {
    if (c.type === 'string_content') out += textOf(ctx.src, c);
    else if (c.type === 'interpolation') {
      const inner = namedChildren(c);
      if (inner.length !== 1) return undefined;
      const s = knownString(evalValue(ctx, inner[0]!, env, 'consumed'));
      if (s === undefined) return undefined;
      out += s;
    } else return undefined;
  }
  return stringValue(out);
}

/** The instance variable `instance_variable_get`/`_set` names, when its argument is a string or symbol we know. */
export function ivarNamed(ctx: EvalContext, arg: RNode | undefined, env: Env): string | undefined {
  if (!arg) return undefined;
  const s = arg.type === 'simple_symbol' ? textOf(ctx.src, arg).slice(1) : knownString(evalValue(ctx, arg, env, 'consumed'));
  return s !== undefined && /^@[a-z_]\w*$/.test(s) ? s : undefined;
}

/**
 * Site lists of evaluations inside a public controller action (a fresh instance per request), to
 * the action's own list: the action unit's, and those of the methods it follows.
 */
const actionUnits = new WeakMap<readonly QuerySite[], QuerySite[]>();

/** Marks the evaluation whose sites these are as a public action of a controller. */
export function markAction(sites: QuerySite[]): void {
  actionUnits.set(sites, sites);
}

/** A method followed from an action runs within it (`callMethod` makes a site list per call). */
export function followedFrom(parent: readonly QuerySite[], sites: readonly QuerySite[]): void {
  const root = actionUnits.get(parent);
  if (root) actionUnits.set(sites, root);
}

/**
 * `instance_variable_get("@leads")` on a controller: what the action assigned, or, inside a
 * public action that has not assigned it yet and with no callback assigning it, nil (each request
 * has a new controller). Undefined when unknown.
 */
export function ivarGet(ctx: EvalContext, name: string, env: Env, assignedHere: boolean): Val | undefined {
  const v = env.get(name);
  if (v) return v;
  const self = ctx.self;
  if (self?.k !== 'obj' || !ctx.code || !/Controller$/.test(self.cls) || !actionUnits.has(ctx.sites) || assignedHere) return undefined;
  // Every method assigning it must be a public action (not a `before_action` callback).
  for (let cur: string | undefined = self.cls, i = 0; cur && i < 6; cur = ctx.code.superclassOf(cur), i++) {
    const assigners = ctx.code.ivarAssigners(cur, name);
    ctx.deps?.set(`a:${cur}|${name}`, assigners);
    ctx.deps?.set(`u:${cur}`, ctx.code.superclassOf(cur) ?? '');
    for (const m of assigners ? assigners.split(',') : []) if (ctx.code.method(cur, m, false)?.visibility !== 'public') return undefined;
  }
  return NIL;
}

/**
 * A framework method called on a controller's `self` that the class does not define:
 * `controller_name`, `instance_variable_get(…)`. Undefined for anything else (and for a
 * `controller_name` that each subclass answers).
 */
export function controllerSelfCall(ctx: EvalContext, cls: string, call: RNode, name: string, args: RNode[], env: Env): Val | undefined {
  if (name === CONTROLLER_NAME && !args.length) return controllerName(ctx, cls);
  if (name !== 'instance_variable_get' || args.length !== 1) return undefined;
  const ivar = ivarNamed(ctx, args[0], env);
  const root = actionUnits.get(ctx.sites);
  const v = ivar ? ivarGet(ctx, ivar, env, !!root && assignedInEvaluation(root, ivar)) : undefined;
  if (!ivar) visitCallParts(ctx, call, env);
  return v ?? UNKNOWN;
}

/**
 * `instance_variable_get("@leads") || klass.my(current_user)`: the fallback when the variable is
 * known to be nil; otherwise either one, and neither runs here (`||` only picks a value). A right
 * side that raises (`find_by(id: id) || fail(NotFound)`) leaves the left side's value (or-raise.ts).
 */
export function orElse(ctx: EvalContext, n: RNode, env: Env, role: Role): Val | undefined {
  const raised = orRaise(ctx, n, env, role);
  if (raised) return raised;
  const left = child(n, 'left');
  const right = child(n, 'right');
  if (!left || !right || !/^(\|\||or)$/.test(textOf(ctx.src, child(n, 'operator') ?? n))) return undefined;
  // `existing[attrs[:id]] || user.leads.new(…)`: the loaded record when there is one (record-hashes.ts).
  const held = recordHashElement(ctx, left, env);
  if (held) {
    evalValue(ctx, right, env, 'consumed');
    return held;
  }
  if (left.type !== 'call' || child(left, 'receiver') || textOf(ctx.src, child(left, 'method') ?? left) !== 'instance_variable_get') return undefined;
  const l = evalValue(ctx, left, env, 'consumed');
  if (l === NIL) return evalValue(ctx, right, env, role);
  const r = evalValue(ctx, right, env, 'consumed');
  const few = l.k === 'rel' && r.k === 'rel' ? fewest([...l.cands, ...r.cands]) : undefined;
  return few ? { k: 'rel', cands: few } : UNKNOWN;
}

/** `alias get_leads get_list_of_records` (or `alias_method`) in the class or a superclass: the method it names. */
export function aliasedMethod(ctx: EvalContext, cls: string, name: string): MethodDecl | undefined {
  if (!ctx.code) return undefined;
  const target = aliasTarget(ctx.code, cls, name);
  ctx.deps?.set(`x:a|${cls}|${name}`, target);
  return target ? lookupMethod(ctx, cls, target, false) : undefined;
}

/** The method an alias of the class (or a superclass) names, `''` when none (the `x:a|` dependency value). */
export function aliasTarget(idx: RubyIndex, cls: string, name: string): string {
  const table = aliasesOf(idx);
  for (let cur: string | undefined = cls, i = 0; cur && i < 6; cur = idx.superclassOf(cur), i++) {
    const t = table.get(cur)?.get(name);
    if (t) return t;
  }
  return '';
}

const aliasTables = memoPerGeneration<RubyIndex, 'aliases', Map<string, Map<string, string>>>();

/** Every method alias of the workspace, by the classes its file declares (read once per index generation). */
function aliasesOf(idx: RubyIndex): Map<string, Map<string, string>> {
  return aliasTables.get(idx, idx.generation, 'aliases', () => readAliases(idx));
}

function readAliases(idx: RubyIndex): Map<string, Map<string, string>> {
  const map = new Map<string, Map<string, string>>();
  const re = /^[ \t]*(?:alias[ \t]+:?([a-z_]\w*[?!]?)[ \t]+:?([a-z_]\w*[?!]?)|alias_method[ \t(]+:([a-z_]\w*[?!]?),[ \t]*:([a-z_]\w*[?!]?))/gm;
  const files = new Map([...idx.textsMentioning('alias'), ...idx.textsMentioning('alias_method')]);
  for (const [f, text] of files) {
    for (const m of text.matchAll(re)) {
      for (const c of idx.outline(f).classes) {
        let own = map.get(c.name);
        if (!own) map.set(c.name, (own = new Map()));
        own.set(m[1] ?? m[3]!, m[2] ?? m[4]!);
      }
    }
  }
  return map;
}
