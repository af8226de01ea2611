/**
 * Following calls: call chains (`Model.where(…).each`), record writes (ar-writes.ts), and methods
 * of plain classes (services, query objects, concerns, lib/) whose bodies are evaluated with
 * bound arguments (see ar.ts for the evaluator).
 */
import { child, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import { currentAttribute, guessRecord, recordCall } from './assoc';
import { methodStamp, type MethodDecl } from './file-entry';
import { applyMethod } from './ar-query';
import { blockBindings, viewAssigned, viewLoaded, visit } from './ar-visit';
import { handedOver } from './ar-action-ivars';
import { RECORD_WRITES, TOUCHING_WRITES, newRecordSave, recordWrite, symbolWrite, touchOwners } from './ar-writes';
import { argsOf, evalValue, flatten, literalValue, methodName } from './ar';
import { loadedCollection } from './record-hashes';
import { FALSE, NIL, OTHER, TRUTHY, UNKNOWN, loadedRows, type Env, type EvalContext, type QuerySite, type Rel, type Val } from './ar-values';
import { markUnseenRows, UNSEEN_ROW } from './unseen-rows';
import { declParam, isParamValue, paramRecord, selfWrite } from './record-writes';
import { hashCall } from './hash-rebuild';
import { conventionCall } from './ar-conventions';
import { pairHeredocs } from './embedded';
import { silentFoundOrBuiltWrite } from './found-or-built';
import { aliasedMethod, controllerSelfCall, followedFrom, knownString, stringCall } from './ar-controller-name';
import { VIEW_BOUND } from './plain-object-ivars';
import { evaluateBody } from './ar-method-body';

export function evalChain(ctx: EvalContext, n: RNode, env: Env): Val {
  const { root, calls } = flatten(n);
  let state: Val;
  let rest = calls;
  if (!root) {
    // Implicit receiver: inside a scope body it is the relation; in a plain class a method of
    // the same class; elsewhere a plain method call.
    const first = calls[0]!;
    if (ctx.implicit) {
      state = applyMethod(ctx, { k: 'rel', cands: [ctx.implicit] }, first, methodName(ctx, first) ?? '', argsOf(first), env);
      visitBlocks(ctx, first, env);
    } else if (selfWrite(ctx, first, methodName(ctx, first) ?? '', env)) {
      // `update_column(…)` in a model's (or an included concern's) instance method: a write of `self`.
      state = OTHER;
    } else if (ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls') && methodName(ctx, first) === 'super') {
      state = callSuper(ctx, ctx.self, first, env);
    } else if (ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls')) {
      state = callOn(ctx, ctx.self, first, methodName(ctx, first) ?? '', argsOf(first), env);
    } else if (ctx.self?.k === 'rec') {
      state = recordCall(ctx, ctx.self.model, first, methodName(ctx, first) ?? '', argsOf(first), env);
    } else {
      visitCallParts(ctx, first, env, argsRole(ctx, calls[1], first));
      state = OTHER;
    }
    rest = calls.slice(1);
  } else {
    state = evalValue(ctx, root, env, 'consumed');
    const next = rest[0] ? methodName(ctx, rest[0]) : undefined;
    if (root.type === 'instance_variable' && state.k === 'rel' && next !== undefined && LOADS.test(next)) viewLoaded(ctx, textOf(ctx.src, root));
    // `campaign.leads`, `@campaign.leads`, `current_user.leads`: a record named after its model,
    // also when its helper's value is partly unseen (`current_role.resource` on one path).
    // A parameter holding a record: the model its callers pass, or the model it is named after.
    const typed = paramRecord(ctx, state, next);
    if (typed) state = typed;
    else if ((state.k === 'other' || state.k === 'unknown') && next !== undefined && state !== UNSEEN_ROW) {
      const guessed = guessRecord(ctx, root);
      if (guessed?.association(next)) state = { k: 'rec', model: guessed };
    }
  }
  for (const [i, call] of rest.entries()) {
    const name = methodName(ctx, call);
    let read: Val | undefined;
    // `Current.user.leads`: an attribute named after a model whose association is read next.
    const next = rest[i + 1] ? methodName(ctx, rest[i + 1]!) : undefined;
    const attribute = state.k === 'cls' ? !lookupMethod(ctx, state.cls, name ?? '', true) : state.k === 'other' && i === 0 && !!root;
    const guessed = attribute && next !== undefined && !child(call, 'arguments') ? guessRecord(ctx, call) : undefined;
    if (guessed?.association(next!)) {
      state = { k: 'rec', model: guessed };
      continue;
    }
    // `Current.account` handed on as a value (`Finder.new(Current.account)`): the record assigned to it.
    // So is `Current.user.accessible_cards`, an instance method of that record's model.
    const held = attribute && state.k === 'cls' && name !== undefined && !child(call, 'arguments') && !child(call, 'block') ? currentAttribute(ctx, state.cls, name) : undefined;
    if (held && (next === undefined || lookupMethod(ctx, held.name, next, false)?.visibility === 'public')) {
      state = { k: 'rec', model: held };
      continue;
    }
    if (i === 0 && root?.type === 'self' && name !== undefined && selfWrite(ctx, call, name, env)) {
      state = OTHER;
    } else if (state.k === 'rel' && name !== undefined) {
      const rows = blockRows(state, call, name);
      const one = state.cands.length === 1 && !state.cands[0]!.none ? state.cands[0]!.model : undefined;
      const written = one ? symbolWrite(ctx, call, name) : undefined;
      const bang = IN_PLACE.exec(name);
      state = applyMethod(ctx, state, call, bang ? bang[1]! : name, argsOf(call), env);
      // `scope.merge!(other)` / `scope.where!(…)` refine the relation held in the variable in place (nothing is sent).
      if (bang && i === 0 && root?.type === 'identifier') {
        env.set(textOf(ctx.src, root), state);
        // Its result is the variable's relation, judged where the variable runs.
        if (rest.length === 1) state = OTHER;
      }
      if (rows) blockBindings.set(rows.block, rows.values);
      if (written) {
        recordWrite(ctx, one!, written.node, written.name, []);
        if (TOUCHING_WRITES.has(written.name)) touchOwners(ctx, one!, written.node, written.name);
      }
      visitBlocks(ctx, call, env);
      // `relation.to_a`: an Array of the loaded (persisted) records; `index_by(&:id)`: a Hash of them.
      if (one && state.k === 'other') state = loadedCollection(name, call, one) ?? state;
    } else if (name !== undefined && (read = hashCall(ctx, state, i === 0 ? root : undefined, call, name, env))) {
      // `params.dig(:filter, :since)`, `defaults.merge(params)`, `KEYS.each_with_object({}) { … }` of hashes we can see.
      state = read;
    } else if (name !== undefined && knownString(state) !== undefined && (read = stringCall(ctx, knownString(state)!, call, name))) {
      // `controller_name.classify.constantize`
      state = read;
    } else if ((state.k === 'obj' || state.k === 'cls') && name !== undefined) {
      state = callOn(ctx, state, call, name, argsOf(call), env);
    } else if (state.k === 'rec' && state.persisted === false && name !== undefined && newRecordSave(ctx, state.model, call, name)) {
      state = OTHER;
    } else if (state.k === 'rec' && name !== undefined && state.persisted && RECORD_WRITES.has(name) && !state.model.association(name) && !silentFoundOrBuiltWrite(ctx, state, call, name)) {
      visitCallParts(ctx, call, env);
      recordWrite(ctx, state.model, call, name, argsOf(call));
      if (TOUCHING_WRITES.has(name)) touchOwners(ctx, state.model, call, name, argsOf(call));
      state = OTHER;
    } else if (state.k === 'rec' && name !== undefined) {
      state = recordCall(ctx, state.model, call, name, argsOf(call), env);
    } else if (name !== undefined && loadedRows.has(state) && symbolWrite(ctx, call, name) && argsOf(call).length === 1) {
      const written = symbolWrite(ctx, call, name)!;
      recordWrite(ctx, loadedRows.get(state)!, written.node, written.name, []);
      if (TOUCHING_WRITES.has(written.name)) touchOwners(ctx, loadedRows.get(state)!, written.node, written.name);
      state = OTHER;
    } else if (name !== undefined && loadedRows.has(state) && YIELDS_RECORDS.test(name) && name !== 'find' && child(call, 'block') && !argsOf(call).length) {
      blockBindings.set(child(call, 'block')!, [{ k: 'rec', model: loadedRows.get(state)!, persisted: true }]);
      visitCallParts(ctx, call, env);
      state = OTHER;
    } else {
      markUnseenRows(ctx, state, root, call, name);
      visitCallParts(ctx, call, env, argsRole(ctx, rest[i + 1], call));
      state = state.k === 'unknown' ? UNKNOWN : OTHER;
    }
  }
  return state;
}

/** ActiveRecord's in-place query methods (`merge!`, `where!`, `order!`…): they refine the receiver and return it. */
const IN_PLACE = /^(where|rewhere|merge|or|and|order|reorder|joins|left_joins|left_outer_joins|includes|preload|eager_load|references|limit|offset|group|having|distinct|unscope)!$/;

/** Relation methods whose arguments are conditions or relations merged into the receiver (also ActiveRecord's in-place `!` forms). */
const COMBINING = /^(and|or|merge|where|rewhere|not|and!|or!|merge!|where!|rewhere!)$/;

/** Methods only a relation has: a call whose result receives one returned a relation, not rows. */
const RELATION_ONLY = /^(where|rewhere|order|reorder|joins|left_joins|left_outer_joins|includes|eager_load|preload|references|limit|offset|page|having|unscope)$/;

/**
 * How the arguments of a call we cannot see are treated: run by it, unless its result is refined
 * as a relation (`@filter.models(policy_scope(Lead)).where(…)`), which means it handed back a
 * relation built on them, judged where that one runs.
 */
function argsRole(ctx: EvalContext, next: RNode | undefined, call?: RNode): 'value' | 'consumed' {
  // A relation given to a query method of a relation we cannot see (`query.and!(Story.where(…))`,
  // `scope.or(…)`, `where(story: Story.search(…))`) becomes part of that query: not run by itself.
  if (call && COMBINING.test(methodName(ctx, call) ?? '')) return 'consumed';
  const name = next ? methodName(ctx, next) : undefined;
  return name !== undefined && RELATION_ONLY.test(name) ? 'consumed' : 'value';
}

/** Methods that load a relation's rows into the relation object (a later load reads them from there). */
const LOADS = /^(each|each_with_index|map|collect|to_a|to_ary|load|records|group_by|index_by|each_with_object)$/;

/** Methods that load the relation's rows and yield each record to their block. */
export const YIELDS_RECORDS = /^(each|find_each|map|collect|flat_map|filter_map|each_with_index|each_with_object|select|reject|sum|group_by|index_by|sort_by|detect|find)$/;

/** What the block of a loading method is given: each loaded record (`find_each { |lead| lead.update!(…) }` writes a persisted row). */
function blockRows(state: Val & { k: 'rel' }, call: RNode, name: string): { block: RNode; values: Val[] } | undefined {
  const block = child(call, 'block');
  if (!block || state.cands.length !== 1) return undefined;
  const r = state.cands[0]!;
  if (r.none || (name === 'find' && argsOf(call).length)) return undefined;
  // (`in_batches`/`each_batch` batches are the same conditions plus primary keys: judged once, at the call.)
  return YIELDS_RECORDS.test(name) ? { block, values: [{ k: 'rec', model: r.model, persisted: true }] } : undefined;
}

export function visitCallParts(ctx: EvalContext, call: RNode, env: Env, role: 'value' | 'consumed' = 'value'): void {
  for (const a of argsOf(call)) visit(ctx, a, env, role, false);
  visitBlocks(ctx, call, env);
}

function visitBlocks(ctx: EvalContext, call: RNode, env: Env): void {
  const b = child(call, 'block');
  if (!b) return;
  // A loop over a collection that may be empty (request params) may not run at all: a relation
  // it refines in ways we cannot see (`rel = rel.send("by_#{k}", v)`) is, on that path, the one
  // it had before the loop.
  const recv = child(call, 'receiver');
  const loop = /^(each|each_pair|each_with_index|each_key)$/.test(methodName(ctx, call) ?? '') && !!recv && !/^(array|hash|range|string)$/.test(recv.type) && !holdsKnownHash(ctx, recv, env);
  const before = loop ? [...env].filter(([, v]) => v.k === 'rel') : [];
  visit(ctx, b, env, 'return', true);
  for (const [k, v] of before) if (env.get(k)?.k === 'unknown') env.set(k, v);
}

/** Whether an expression reads a variable holding a hash written out with keys (a loop over it runs). */
function holdsKnownHash(ctx: EvalContext, n: RNode, env: Env): boolean {
  if (n.type === 'identifier') {
    const v = env.get(textOf(ctx.src, n));
    return v?.k === 'hash' && v.entries.size > 0;
  }
  return namedChildren(n).some((c) => holdsKnownHash(ctx, c, env));
}

export function mapCands(v: Val & { k: 'rel' }, f: (r: Rel) => Rel | undefined): Val {
  const out: Rel[] = [];
  for (const r of v.cands) {
    const x = f(r);
    if (!x) return UNKNOWN;
    out.push(x);
  }
  return { k: 'rel', cands: out };
}

export function touched(ctx: EvalContext, r: Rel, call: RNode): Rel {
  return { ...r, bare: false, fixAt: ctx.foreign ? r.fixAt : call.end - blockLength(call) };
}

export function blockLength(call: RNode): number {
  const b = child(call, 'block');
  return b ? call.end - b.start : 0;
}

// ---------------------------------------------------------------------------------------------
// Following methods of plain classes (services, query objects, concerns, lib/)

export function depend(ctx: EvalContext, key: string, value: string): void {
  ctx.deps?.set(key, value);
}

/** A constant naming a plain class or module of the workspace (not a model), resolved. */
export function plainClass(ctx: EvalContext, name: string): string | undefined {
  if (!ctx.code) return undefined;
  const r = ctx.code.plainClass(name, ctx.nesting);
  depend(ctx, `p:${name}|${ctx.nesting.join(',')}`, r ?? '');
  return r;
}

/**
 * Identity of a method lookup's result, for the dependency check of cached results: what its
 * evaluation reads (text, owner, visibility) and where related locations point (line and
 * character, not the offset, so that typing elsewhere in its file keeps results valid).
 */
export { methodStamp };

export function lookupMethod(ctx: EvalContext, cls: string, name: string, singleton: boolean): MethodDecl | undefined {
  if (!ctx.code) return undefined;
  const m = ctx.code.method(cls, name, singleton);
  depend(ctx, `m:${cls}|${name}|${singleton}`, methodStamp(m));
  return m;
}

/** A call on a plain class or instance: `Klass.new`, `Klass.meth`, `obj.meth`, `meth` in the class. */
export function callOn(ctx: EvalContext, recv: Val & { k: 'obj' | 'cls' }, call: RNode, name: string, args: RNode[], env: Env): Val {
  if (recv.k === 'cls' && name === 'new') {
    const init = lookupMethod(ctx, recv.cls, 'initialize', false);
    // Whatever is passed to a constructor may be kept and run later: it counts as executed,
    // unless the constructor is one we can see.
    if (init) {
      // What `initialize` assigns to instance variables is what the object's methods read.
      const sink = new Map<string, Val>();
      callMethod(ctx, init, { k: 'obj', cls: recv.cls }, call, args, env, { sink });
      return { k: 'obj', cls: recv.cls, ivars: sink };
    }
    visitCallParts(ctx, call, env);
    return { k: 'obj', cls: recv.cls };
  }
  const m = lookupMethod(ctx, recv.cls, name, recv.k === 'cls') ?? (recv === ctx.self ? aliasedMethod(ctx, recv.cls, name) : undefined);
  const own = !m && recv === ctx.self && recv.k === 'obj' ? controllerSelfCall(ctx, recv.cls, call, name, args, env) : undefined;
  if (own) return own;
  const conv = m ? undefined : conventionCall(ctx, recv, call, name, args, env);
  if (conv) return conv;
  if (!m && recv === ctx.self && recv.k === 'obj') ctx.hooks?.add(name);
  if (!m || (m.visibility !== 'public' && recv !== ctx.self)) {
    visitCallParts(ctx, call, env);
    return OTHER;
  }
  // A private method the action calls to render what it assigned runs it (judged there), not the view.
  if (recv === ctx.self && !ctx.level && !ctx.foreign && !ctx.ivarSink && VIEW_BOUND.test(recv.cls)) for (const ivar of handedOver(m, viewAssigned(ctx))) viewLoaded(ctx, ivar);
  // A method `initialize` calls on self (`prepare(params)`) fills the same instance variables.
  return callMethod(ctx, m, recv, call, args, env, recv === ctx.self && ctx.ivarSink ? { sink: ctx.ivarSink } : {});
}

/**
 * `super(…)` with arguments: the superclass's method of the same name, with the same self (and,
 * in `initialize`, the same instance variables: `super(Lead.where(…))` hands the base class its relation).
 */
function callSuper(ctx: EvalContext, self: Val & { k: 'obj' | 'cls' }, call: RNode, env: Env): Val {
  const owner = ctx.method?.owner ?? self.cls;
  const name = ctx.method?.name ?? ctx.defName;
  const sup = ctx.code && self.k === 'obj' ? ctx.code.superclassOf(owner) : undefined;
  depend(ctx, `u:${owner}`, sup ?? '');
  const target = sup && name ? lookupMethod(ctx, sup, name, false) : undefined;
  if (!target || !child(call, 'arguments')) {
    // A base class we cannot see keeps what it is given (`super(Lead.where(…))` in `initialize`): not run here.
    for (const a of argsOf(call)) evalValue(ctx, a, env, 'consumed');
    return UNKNOWN;
  }
  return callMethod(ctx, target, self, call, argsOf(call), env, ctx.ivarSink ? { sink: ctx.ivarSink } : {});
}

/**
 * Follows a method: binds the arguments to its parameters, evaluates its body with the call
 * site as the place everything maps to, and returns what it returns. Relations the caller
 * passed in and the method runs are reported (at the caller's relation); the method's own
 * queries are judged in its own file.
 */
export function callMethod(
  ctx: EvalContext,
  m: MethodDecl,
  self: Val,
  call: RNode,
  args: RNode[],
  env: Env,
  opts: { readonly sink?: Map<string, Val>; readonly unknownArgs?: boolean; readonly implicit?: Rel; readonly values?: readonly Val[] } = {},
): Val {
  const key = `${m.file}#${m.owner}#${m.name}#${m.singleton}`;
  const def = ctx.code?.methodNode(m);
  // `*args`, `**opts` and `...` are bound when they pass on what the caller gathered.
  const gathered = (a: RNode): Val | undefined => {
    const inner = a.type === 'forward_argument' ? undefined : namedChildren(a)[0];
    const v = a.type === 'forward_argument' ? env.get('...') : inner?.type === 'identifier' ? env.get(textOf(ctx.src, inner)) : undefined;
    return v?.k === 'args' ? v : undefined;
  };
  // `delta(*time_params)` of an Array we cannot see, as the last positional argument: the
  // parameters from there on are unknown values (the method is still followed).
  const spread = (a: RNode): boolean => a.type === 'splat_argument' && !gathered(a) && a === args.filter((x) => x.type !== 'pair' && x.type !== 'block_argument').at(-1);
  const bindable = args.every((a) => a.type === 'block_argument' || (a.type !== 'splat_argument' && a.type !== 'hash_splat_argument' && a.type !== 'forward_argument') || gathered(a) || spread(a));
  if (!def || ctx.depth > 8 || ctx.following?.has(key) || !bindable) {
    visitCallParts(ctx, call, env);
    return UNKNOWN;
  }
  // Arguments are evaluated in the caller (a relation passed in is not executed by passing it).
  const positional: Val[] = [];
  const keywords = new Map<string, Val>();
  const argValue = (a: RNode, keyed = false): Val => {
    const v = literalValue(ctx, a, env, keyed);
    ctx.consumed.add(a);
    return v;
  };
  // Arguments a convention supplies already evaluated (Pundit's `Scope.new(user, scope)`).
  positional.push(...(opts.values ?? []));
  let spreadAt: number | undefined;
  for (const a of args) {
    if (a.type === 'block_argument') continue;
    if (spread(a)) {
      evalValue(ctx, a, env, 'consumed');
      spreadAt = positional.length;
      continue;
    }
    const g = a.type === 'splat_argument' || a.type === 'hash_splat_argument' || a.type === 'forward_argument' ? gathered(a) : undefined;
    if (g?.k === 'args') {
      if (a.type !== 'hash_splat_argument') positional.push(...g.positional);
      if (a.type !== 'splat_argument') for (const [k, v] of g.keywords) keywords.set(k, v);
      continue;
    }
    if (a.type === 'pair') {
      const k = symbolOrStringValue(ctx.src, child(a, 'key'));
      const vn = child(a, 'value');
      if (k !== undefined && vn) keywords.set(k, argValue(vn, true));
    } else positional.push(argValue(a));
  }
  // Keywords given to a method without keyword parameters arrive as a trailing positional hash.
  if (keywords.size && !m.params.some((p) => p.kind === 'key' || p.kind === 'keyrest' || p.kind === 'forward')) {
    const complete = args.every((a) => a.type !== 'hash_splat_argument');
    positional.push(complete ? { k: 'hash', entries: new Map(keywords) } : UNKNOWN);
    keywords.clear();
  }
  if (!opts.unknownArgs) visitBlocks(ctx, call, env);
  const level = (ctx.level ?? 0) + 1;
  const bound = new Map<string, Val>();
  /** Parameters left out by the caller take their default, evaluated in the method (`relation = Lead.all`). */
  const defaults: [string, RNode][] = [];
  const paramNodes = child(def, 'parameters');
  const defaultOf = (name: string): RNode | undefined => {
    for (const p of paramNodes ? namedChildren(paramNodes) : []) {
      if ((p.type === 'optional_parameter' || p.type === 'keyword_parameter') && textOf(m.text, child(p, 'name') ?? p) === name) return child(p, 'value');
    }
    return undefined;
  };
  let i = 0;
  const named = new Set(m.params.filter((p) => p.kind === 'key').map((p) => p.name));
  for (const p of m.params) {
    let v: Val | undefined = UNKNOWN;
    // Where the method is evaluated for itself (no caller), parameters are plain unknown values.
    if (opts.unknownArgs) v = p.kind === 'rest' || p.kind === 'keyrest' || p.kind === 'forward' ? UNKNOWN : declParam(ctx, m, self, p);
    else if ((p.kind === 'rest' || p.kind === 'forward') && spreadAt !== undefined) v = UNKNOWN;
    else if (p.kind === 'rest') v = { k: 'args', positional: positional.slice(i), keywords: new Map() };
    else if (p.kind === 'keyrest') v = { k: 'args', positional: [], keywords: new Map([...keywords].filter(([k]) => !named.has(k))) };
    else if (p.kind === 'forward') v = { k: 'args', positional: positional.slice(i), keywords };
    else if ((p.kind === 'req' || p.kind === 'opt') && spreadAt !== undefined && i >= spreadAt) v = UNKNOWN;
    else if (p.kind === 'req' || p.kind === 'opt') v = positional[i++] ?? (p.kind === 'opt' ? undefined : UNKNOWN);
    else if (p.kind === 'key') v = keywords.get(p.name) ?? undefined;
    if (v === undefined) {
      const d = defaultOf(p.name);
      if (d) defaults.push([p.name, d]);
      v = UNKNOWN;
    }
    // Plain values stay plain; relations keep their level (they came from the caller).
    bound.set(p.name, v.k === 'other' && v !== NIL && v !== TRUTHY && v !== FALSE && !isParamValue(v) ? OTHER : v);
  }
  const nameNode = child(call, 'method') ?? call;
  const at = ctx.foreign ?? { start: nameNode.start, end: nameNode.end };
  const sites: QuerySite[] = [];
  const sub: EvalContext = {
    ...ctx,
    src: m.text,
    nesting: [...m.nesting, m.owner],
    // The method's own heredocs (`subquery = <<~SQL … SQL`), read where its conditions use them.
    heredocs: pairHeredocs(def),
    foreign: at,
    foreignCall: ctx.foreignCall ?? (ctx.foreign ? at : { start: call.start, end: call.end }),
    implicit: opts.implicit,
    self,
    consumed: new Set(),
    loaded: new Set(),
    sites,
    depth: ctx.depth + 1,
    level,
    method: m,
    returns: [],
    following: new Set([...(ctx.following ?? []), key]),
    defName: m.name,
    // The caller's block, for `yield` (`&blk` passed on, or evaluated for itself: unknown).
    block: opts.unknownArgs || args.some((a) => a.type === 'block_argument') ? undefined : child(call, 'block') ? { node: child(call, 'block')!, ctx, env } : null,
    ...(opts.sink ? { ivarSink: opts.sink } : { ivarSink: undefined }),
  };
  followedFrom(ctx.sites, sites);
  for (const [name, d] of defaults) {
    bound.set(name, literalValue(sub, d, new Map(bound)));
  }
  const result = evaluateBody(sub, def, bound);
  ctx.sites.push(...sites);
  if (result.k !== 'rel') return result;
  // A quick fix appends `.where(…)` after the whole call (`svc.leads_for(c).where(…)`).
  const fixAt = ctx.foreign ? ctx.foreign.end : call.end - blockLength(call);
  // Relations the method created now belong to the caller's level; every returned relation is
  // refined after the call (a helper may have dropped a condition added inside its argument).
  return { k: 'rel', cands: result.cands.map((r) => ({ ...r, fixAt, ...((r.level ?? 0) >= level ? { level: ctx.level ?? 0 } : {}) })) };
}
