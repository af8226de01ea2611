/**
 * Rails conventions that name a class or a method after another, followed like the calls they
 * stand for:
 * - Pundit's `policy_scope(Lead)` (also `policy_scope(current_user.leads)`) is
 *   `LeadPolicy::Scope.new(user, scope).resolve`: the policy scope of the relation's model, by name;
 * - Pundit's `authorize(record)` returns the record;
 * - `delegate :campaign, to: :record` (ActiveSupport) makes `campaign` in the class `record.campaign`;
 * - CanCanCan's `can`/`cannot` keep a relation argument as the rule's scope (not run there).
 */
import { memoPerGeneration } from '../generation-memo';
import type { RubyIndex } from './workspace';
import { serializerObjectModel } from './serializer-object';
import { aliasTarget } from './ar-controller-name';
import { currentAttributeModel } from './current-attributes';
import { savesPersisted } from './self-save';
import { calledOnModelOnly } from './class-method-runs';
import { calledByShorthand } from './call-sugar';
import { blockCallbackBodies } from './controller-block-callbacks';
import { callMethod, callOn, lookupMethod, plainClass, visitCallParts } from './ar-calls';
import { evalValue } from './ar';
import { guessNamedRecord, recordCall } from './assoc';
import { applyMethod } from './ar-query';
import { OTHER, UNKNOWN, type Env, type EvalContext, type Val } from './ar-values';
import { placementStamp } from './relation-class-methods';
import { plainPlacementStamp } from './plain-object-callers';
import { helperPlacementStamp } from './helper-callers';
import { constantWords } from './hash-rebuild';
import type { RNode } from './syntax';

/**
 * A call on `self` (or a plain object) that the class does not define, when a convention says
 * what it is; undefined otherwise.
 */
export function conventionCall(ctx: EvalContext, recv: Val & { k: 'obj' | 'cls' }, call: RNode, name: string, args: RNode[], env: Env): Val | undefined {
  if (recv.k === 'obj' && (name === 'policy_scope' || name === 'policy_scope!') && args.length === 1 && call.type === 'call') return policyScope(ctx, call, args[0]!, env);
  // CanCanCan's `can :read, Order, Order.where(user:) do … end`: the relation is the rule's scope, merged by `accessible_by` later.
  if (recv.k === 'obj' && (name === 'can' || name === 'cannot') && call.type === 'call') return abilityRule(ctx, call, env);
  if (recv === ctx.self && recv.k === 'obj' && name === 'authorize' && args[0] && args[0].type !== 'pair') return authorized(ctx, args, env);
  if (recv.k !== 'obj' || !ctx.code) return undefined;
  const target = delegateTarget(ctx, recv.cls, name);
  if (!target) return undefined;
  // `campaign` → `record.campaign`: the target read on the same object, then the method on it.
  let to = callOn(ctx, recv, call, target, [], new Map(env));
  if (to.k === 'other') {
    const guessed = guessNamedRecord(ctx, target, true);
    if (guessed?.association(name) || (guessed && lookupMethod(ctx, guessed.name, name, false))) to = { k: 'rec', model: guessed };
  }
  if (to.k === 'rec') return recordCall(ctx, to.model, call, name, args, env);
  if (to.k === 'rel') return applyMethod(ctx, to, call, name, args, env);
  if (to.k === 'obj' || to.k === 'cls') return callOn(ctx, to, call, name, args, env);
  return undefined;
}

/**
 * `policy_scope(scope)`: the `resolve` of `<Model>Policy::Scope` built with the scope and the
 * controller's `pundit_user` (a record, never a relation: `where(user_id: user.id)` is a value).
 */
function policyScope(ctx: EvalContext, call: RNode, arg: RNode, env: Env): Val {
  const scope = evalValue(ctx, arg, env, 'consumed');
  const model = scope.k === 'rel' && scope.cands.every((r) => r.model === scope.cands[0]!.model) ? scope.cands[0]!.model : undefined;
  const cls = model ? plainClass(ctx, `::${model.name}Policy::Scope`) : undefined;
  const init = cls ? lookupMethod(ctx, cls, 'initialize', false) : undefined;
  const resolve = cls ? lookupMethod(ctx, cls, 'resolve', false) : undefined;
  if (!cls || !init || !resolve) {
    visitCallParts(ctx, call, env);
    return UNKNOWN;
  }
  const sink = new Map<string, Val>();
  callMethod(ctx, init, { k: 'obj', cls }, call, [], env, { sink, values: [OTHER, scope] });
  return callMethod(ctx, resolve, { k: 'obj', cls, ivars: sink }, call, [], env);
}

/** `can`/`cannot` of a CanCanCan ability: its arguments are kept (not run), its block is a test of one record. */
function abilityRule(ctx: EvalContext, call: RNode, env: Env): Val {
  visitCallParts(ctx, call, env, 'consumed');
  return OTHER;
}

/**
 * Pundit's `authorize(record, query = nil, policy_class: nil)` returns the record it was given
 * (`@post = authorize Post.find(id)`): the record, still loaded by its finder; anything else is unknown.
 */
function authorized(ctx: EvalContext, args: RNode[], env: Env): Val {
  const v = evalValue(ctx, args[0]!, env, 'consumed');
  for (const a of args.slice(1)) evalValue(ctx, a, env, 'consumed');
  return v.k === 'rec' ? v : UNKNOWN;
}

function depend(ctx: EvalContext, key: string, value: string): void {
  ctx.deps?.set(key, value);
}

/** The method a class delegates `name` to (`delegate :name, to: :target`), its own or a superclass's. */
export function delegateTarget(ctx: EvalContext, cls: string, name: string): string | undefined {
  const code = ctx.code!;
  const t = conventionDependency(code, `d|${cls}|${name}`);
  depend(ctx, `x:d|${cls}|${name}`, t);
  return t || undefined;
}

/** Recomputes a convention lookup for the dependency check of cached results (`x:` keys). */
export function conventionDependency(idx: RubyIndex, key: string): string {
  const [kind, cls, name] = key.split('|');
  if (kind === 'o' && cls) return serializerObjectModel(idx, cls);
  if (kind === 'a' && cls && name) return aliasTarget(idx, cls, name);
  if (kind === 'c' && cls && name) return currentAttributeModel(idx, cls, name);
  if (kind === 'v' && cls && name) return savesPersisted(idx, cls, name);
  if (kind === 'b' && cls && name) return calledOnModelOnly(idx, cls, name);
  if (kind === 'p' && cls) return placementStamp(idx, cls);
  if (kind === 'l' && cls && name) return plainPlacementStamp(idx, cls, name);
  if (kind === 'h' && cls && name) return helperPlacementStamp(idx, cls, name);
  if (kind === 's' && cls) return calledByShorthand(idx, cls);
  if (kind === 'q' && cls && name) return blockCallbackBodies(idx, cls, name);
  if (kind === 'w' && cls !== undefined && name !== undefined) return constantWords(idx, `${cls}|${name}`);
  if (kind !== 'd' || !cls || !name) return '';
  let cur: string | undefined = cls;
  for (let i = 0; cur && i < 5; i++) {
    const hit = delegatesOf(idx).get(cur)?.get(name);
    if (hit) return hit;
    cur = idx.superclassOf(cur);
  }
  return '';
}

const tables = memoPerGeneration<RubyIndex, 'delegates', Map<string, Map<string, string>>>();

/** Every `delegate :a, :b, to: :c` of the workspace, by class (read from the text by indentation, once per index generation). */
function delegatesOf(idx: RubyIndex): Map<string, Map<string, string>> {
  return tables.get(idx, idx.generation, 'delegates', () => {
    const map = new Map<string, Map<string, string>>();
    for (const [, text] of idx.textsMentioning('delegate')) readDelegates(text, map);
    return map;
  });
}

function readDelegates(text: string, out: Map<string, Map<string, string>>): void {
  const stack: { indent: number; name: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const indent = /^\s*/.exec(line)![0].length;
    const open = /^\s*(?:class|module)\s+((?:::)?[A-Z][\w:]*)/.exec(line);
    if (open && !/^\s*class\s*<</.test(line)) {
      const own = open[1]!.replace(/^::/, '');
      stack.push({ indent, name: open[1]!.startsWith('::') ? own : [...stack.map((s) => s.name), own].join('::') });
      if (/\bend\s*$/.test(line)) stack.pop();
      continue;
    }
    if (/^\s*end\b/.test(line) && stack.at(-1)?.indent === indent) {
      stack.pop();
      continue;
    }
    if (!/^\s*delegate\s/.test(line) || !stack.length) continue;
    // Options may follow on continuation lines (`delegate :a, :b,\n  to: :record`).
    while (/,\s*$/.test(line) && i + 1 < lines.length) line += ` ${lines[++i]!.trim()}`;
    const to = /\bto:\s*:(\w+)/.exec(line) ?? /:to\s*=>\s*:(\w+)/.exec(line);
    // A `prefix:` renames the methods (`campaign_name`): left out.
    if (!to || /\bprefix:|:prefix\s*=>/.test(line)) continue;
    const names = line.slice(0, to.index).match(/(?<![\w:]):(\w+[?!]?)/g) ?? [];
    const cls = stack.at(-1)!.name;
    let m = out.get(cls);
    if (!m) out.set(cls, (m = new Map()));
    for (const n of names) if (n.slice(1) !== 'to') m.set(n.slice(1), to[1]!);
  }
}
