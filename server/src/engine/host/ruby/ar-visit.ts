/**
 * Statement walking: visits a unit's statements in source order for query sites, and assigns
 * relation variables (conditional assignments keep alternatives) (see ar.ts for the evaluator).
 */
import { child, namedChildren, textOf, type RNode } from './syntax';
import { lookupMethod } from './ar-calls';
import { ivarValue, VIEW_BOUND } from './plain-object-ivars';
import { includingControllers, refines } from './ar-action-ivars';
import { readerValue } from './hash-reads';
import { knownKey } from './ar-controller-name';
import { isParamValue } from './record-writes';
import { exclusiveBranches } from './ar-branches';
import { visitIfElse } from './ar-if-else';
import { isBranchingTail } from './ar-tail';
import { localName, pagyTargets } from './ar-pagy';
import { evalValue, literalValue } from './ar';
import { emitRelationSite } from './ar-emit';
import { fewest } from './ar-model';
import { isRecordHash } from './record-hashes';
import { FALSE, NIL, OTHER, TRUTHY, UNKNOWN, loadedRows, type Env, type EvalContext, type QuerySite, type Role, type Val } from './ar-values';

// ---------------------------------------------------------------------------------------------
// Statement walking

/**
 * Visits a node for query sites. `cond` is true inside branches and blocks: a relation
 * variable assigned there keeps its previous candidates as alternatives.
 */
export function visit(ctx: EvalContext, n: RNode, env: Env, role: Role, cond: boolean): void {
  // Code nested deeper than real code is (1,000 nested `if`s) is not read: no finding there, and no stack overflow.
  if (visitDepth >= MAX_VISIT_DEPTH) return;
  visitDepth++;
  try {
    visitNode(ctx, n, env, role, cond);
  } finally {
    visitDepth--;
  }
}

const MAX_VISIT_DEPTH = 250;
const DEFINITIONS = /^(scope|default_scope|has_many|has_one|belongs_to|has_and_belongs_to_many)$/;
let visitDepth = 0;

function visitNode(ctx: EvalContext, n: RNode, env: Env, role: Role, cond: boolean): void {
  if (ctx.consumed.has(n)) return;
  // `scope :x, -> { … }` and an association's scope lambda are definitions: their relations (a
  // subquery included) run as part of each caller's query, judged there.
  if (n.type === 'call' && !ctx.defName && !child(n, 'receiver') && DEFINITIONS.test(textOf(ctx.src, child(n, 'method') ?? n))) return;
  switch (n.type) {
    case 'comment':
    case 'string_content':
    case 'heredoc_content':
      return;
    case 'call':
    case 'identifier':
    case 'constant':
    case 'scope_resolution':
    case 'parenthesized_statements':
    case 'self':
      evalValue(ctx, n, env, role);
      return;
    case 'assignment': {
      const left = child(n, 'left');
      const right = child(n, 'right');
      if (!right) return;
      if (left?.type === 'identifier') {
        // `topics ||= default_results` with `topics` holding a relation (always truthy): the right side never runs.
        if (n.children.some((c) => !c.named && c.type === '||=') && env.get(textOf(ctx.src, left))?.k === 'rel') return;
        const v = evalValue(ctx, right, env, 'assign');
        assign(env, textOf(ctx.src, left), v, cond);
        forgetLoaded(ctx, textOf(ctx.src, left));
        return;
      }
      if (left?.type === 'instance_variable') forgetLoaded(ctx, textOf(ctx.src, left));
      // `self.collection = rel` (an accessor pair, however it stores the value): kept, read back
      // by `collection` later in the method; not run by the assignment.
      const attr = left?.type === 'call' && child(left, 'receiver')?.type === 'self' ? child(left, 'method') : undefined;
      if (attr && ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'rec')) {
        assign(env, `self.${textOf(ctx.src, attr)}`, evalValue(ctx, right, env, 'consumed'), cond);
        return;
      }
      if (left?.type === 'element_reference' && elementAssignment(ctx, left, right, env, cond)) return;
      // `@pagy, orders = pagy(orders, …)`: the page of the relation, loaded where it is used.
      const pair = left?.type === 'left_assignment_list' ? pagyTargets(ctx, left, right, env) : undefined;
      if (pair) {
        for (const [target, v] of pair) if (localName(ctx, target)) assign(env, localName(ctx, target)!, v, cond);
        return;
      }
      // `record.parent = x` calls the writer: only its receiver is evaluated (the association is not read).
      const setter = left?.type === 'call' && child(left, 'receiver') && !child(left, 'arguments') ? child(left, 'receiver') : undefined;
      if (setter) visit(ctx, setter, env, 'value', cond);
      else if (left) visit(ctx, left, env, 'value', cond);
      if (left?.type === 'instance_variable') {
        const name = textOf(ctx.src, left);
        // A relation a followed method keeps in an instance variable (outside a controller or
        // mailer, whose instance variables go to the view) is not run there; neither is one that
        // `initialize` keeps for the object's other methods (judged where they use it, when we
        // can see that; otherwise not at all).
        // A controller concern's method runs on the including controllers: their views get its variables.
        const concern = !ctx.level && !ctx.foreign && ctx.self?.k === 'obj' && !VIEW_BOUND.test(ctx.self.cls) && includingControllers(ctx, ctx.self.cls).length > 0;
        const plain = ctx.self && (ctx.self.k === 'obj' || ctx.self.k === 'cls') && !VIEW_BOUND.test(ctx.self.cls) && !concern;
        if (!plain && !ctx.level && !ctx.foreign && ctx.self?.k === 'obj' && (concern || VIEW_BOUND.test(ctx.self.cls))) {
          viewAssignment(ctx, name, right, env, cond);
          return;
        }
        const kept = plain && ((ctx.level ?? 0) > 0 || ctx.defName === 'initialize');
        // A callback followed for the variables it sets reads a branching value (`@user = if … end`) per branch.
        const v = evalValue(ctx, right, env, kept || plain || (ctx.ivarSink && isBranchingTail(right)) ? 'consumed' : 'value');
        // Kept by a plain object's method, it may run in another method: assumed to run here
        // unless this method runs it itself.
        if (plain && !kept && v.k === 'rel' && !readElsewhere(ctx, name)) {
          const before = ctx.sites.length;
          emitRelationSite(ctx, v.cands, right);
          for (const s of ctx.sites.slice(before)) ctx.assumed?.add(s);
          heldRuns(ctx).set(name, ctx.sites.slice(before));
        }
        if (ctx.ivarSink) ctx.ivarSink.set(name, cond ? UNKNOWN : v);
        // Read again later in the same method, it is the value just assigned (a parameter stays
        // one: `@status = status` in a service's `call` holds the record its callers pass).
        if (plain) assign(env, name, v.k === 'other' && !isParamValue(v) ? OTHER : v, cond);
        // A controller helper's object (`@search = Search.new(scope: …)`) goes to the view and is
        // read again by the helper itself (`@search.results`): later reads are that object.
        else if (v.k === 'obj' && (ctx.level ?? 0) > 0) assign(env, name, v, cond);
        return;
      }
      evalValue(ctx, right, env, 'value');
      return;
    }
    case 'operator_assignment': {
      const left = child(n, 'left');
      const right = child(n, 'right');
      if (!right) return;
      if (left?.type === 'identifier') {
        // `topics ||= default_results` with `topics` holding a relation (always truthy): the right side never runs.
        const orAssign = n.children.some((c) => !c.named && c.type === '||=');
        const held = env.get(textOf(ctx.src, left));
        if (orAssign && held?.k === 'rel') return;
        const v = evalValue(ctx, right, env, 'assign');
        // Still nil (`rows = nil` above): it now holds the right side.
        assign(env, textOf(ctx.src, left), v, !(orAssign && held === NIL));
        return;
      }
      // `@x ||= Lead.where(…)` in a plain class or a model's instance method memoizes a relation: it runs where it is used.
      const memo = left?.type === 'instance_variable' && !!ctx.self && (ctx.self.k === 'rec' || ((ctx.self.k === 'obj' || ctx.self.k === 'cls') && !VIEW_BOUND.test(ctx.self.cls)));
      const v = evalValue(ctx, right, env, memo ? 'consumed' : 'value');
      if (ctx.ivarSink && left?.type === 'instance_variable') {
        // `@lead ||= current_user.leads.find(…)` in a callback (or `initialize`) evaluated for what it
        // assigns: the variable was unset there, so it holds the right side; a second assignment is unknown.
        const name = textOf(ctx.src, left);
        const memoizes = n.children.some((c) => !c.named && c.type === '||=');
        ctx.ivarSink.set(name, memoizes && !ctx.ivarSink.has(name) && !cond ? v : UNKNOWN);
      }
      return;
    }
    case 'method':
    case 'singleton_method': {
      // A method defined inside a block (`included do … end`): its own scope of local variables.
      const body = child(n, 'body');
      if (body) visitBody(ctx, body.type === 'body_statement' ? namedChildren(body) : [body], new Map(), 'return', false);
      return;
    }
    case 'class':
    case 'module':
    case 'singleton_class': {
      const body = child(n, 'body');
      if (body) visitBody(ctx, namedChildren(body), new Map(), 'statement', false);
      return;
    }
    case 'return': {
      const vals = namedChildren(n);
      for (const c of vals) {
        // `return x` inside a followed method: one of the values the method returns.
        if (ctx.returns && vals.length === 1) {
          const inner = c.type === 'argument_list' ? namedChildren(c) : [c];
          if (inner.length === 1 && inner[0]!.type !== 'nil') ctx.returns.push(evalValue(ctx, inner[0]!, env, 'return'));
          else visit(ctx, c, env, 'return', cond);
        } else visit(ctx, c, env, 'return', cond);
      }
      return;
    }
    case 'if_modifier':
    case 'unless_modifier': {
      // `x = x.where(…) if since` with `since` left at nil, or given a literal/time: the branch is known.
      const c = child(n, 'condition');
      const known = knownTruth(ctx, c, env);
      if (known === NIL || known === TRUTHY) {
        // The body runs unconditionally when the test is known to pass, and not at all otherwise.
        const runs = (known === TRUTHY) === (n.type === 'if_modifier');
        if (runs) for (const b of n.children) if (b.named && b !== c) visit(ctx, b, env, role === 'return' || role === 'assign' || role === 'consumed' ? role : 'value', cond);
        return;
      }
      for (const b of n.children) visit(ctx, b, env, role === 'return' || role === 'assign' || role === 'consumed' ? role : 'value', true);
      return;
    }
    case 'if':
    case 'unless': {
      // A test we can decide (`if params[:since]` with the hash written out at the call): one branch runs.
      const known = knownTruth(ctx, child(n, 'condition'), env);
      if (known === NIL || known === TRUTHY) {
        const branch = (known === TRUTHY) === (n.type === 'if') ? child(n, 'consequence') : child(n, 'alternative');
        const r = role === 'return' || role === 'assign' || role === 'consumed' ? role : 'value';
        if (branch?.type === 'then' || branch?.type === 'else') visitBody(ctx, namedChildren(branch), env, r, cond);
        else if (branch) visit(ctx, branch, env, r, true);
        return;
      }
      const r = role === 'return' || role === 'assign' || role === 'consumed' ? role : 'value';
      if (visitIfElse(n, env, (part, e) => visit(ctx, part, e, r, true))) return;
      for (const c of n.children) visit(ctx, c, env, r, true);
      return;
    }
    case 'while':
    case 'until':
    case 'case':
    case 'case_match':
    case 'while_modifier':
    case 'until_modifier':
    case 'rescue_modifier':
    case 'conditional':
    case 'for':
    case 'rescue':
    case 'ensure':
    case 'else':
    case 'elsif':
    case 'when':
    case 'then':
    case 'begin':
      for (const c of n.children) visit(ctx, c, env, role === 'return' || role === 'assign' || role === 'consumed' ? role : 'value', true);
      return;
    case 'block':
    case 'do_block':
    case 'lambda': {
      const body = n.children.find((c) => c.type === 'block_body' || c.type === 'body_statement' || c.type === 'block' || c.type === 'do_block');
      // Its parameters are plain values inside (`->(lead) { lead.created_at }` is not the record's `lead` association).
      const saved = shadowParams(ctx, n, env);
      try {
        if (body && n.type === 'lambda') visit(ctx, body, env, 'return', true);
        else if (body) visitBody(ctx, namedChildren(body), env, 'return', true);
      } finally {
        for (const [k, v] of saved) {
          if (v) env.set(k, v);
          else env.delete(k);
        }
      }
      return;
    }
    case 'body_statement':
    case 'block_body':
      visitBody(ctx, namedChildren(n), env, role, cond);
      return;
    case 'program':
      visitBody(ctx, namedChildren(n), env, 'statement', cond);
      return;
    default:
      for (const c of n.children) if (c.named) visit(ctx, c, env, 'value', cond);
  }
}

/**
 * Per evaluation (keyed by its site list): the runs assumed where a plain object's method keeps a
 * relation in an instance variable. Read again in the same method, the relation flows on (run
 * there, or returned to the caller) and the assumption is dropped.
 */
const held = new WeakMap<QuerySite[], Map<string, QuerySite[]>>();

function heldRuns(ctx: EvalContext): Map<string, QuerySite[]> {
  let m = held.get(ctx.sites);
  if (!m) held.set(ctx.sites, (m = new Map()));
  return m;
}

/** A variable assigned again holds another record: its associations are not loaded yet. */
function forgetLoaded(ctx: EvalContext, name: string): void {
  for (const k of ctx.loaded ?? []) if (k.startsWith(`${name}.`)) ctx.loaded!.delete(k);
}

/**
 * A controller's relation that the action loads itself (`@leads.each { … }` after `@leads =
 * @leads.where(…)`): the relation keeps the loaded rows, so the view sends nothing more; the run
 * is where it is loaded, not also where it was assigned for the view.
 */
export function viewLoaded(ctx: EvalContext, name: string): void {
  const runs = viewRuns.get(ctx.sites)?.get(name);
  if (!runs?.length) return;
  viewRuns.get(ctx.sites)!.delete(name);
  const keep = ctx.sites.filter((s) => !runs.includes(s));
  ctx.sites.splice(0, ctx.sites.length, ...keep);
}

/** Instance variables whose latest assignment in this evaluation the view runs. */
export function viewAssigned(ctx: EvalContext): string[] {
  return [...(viewRuns.get(ctx.sites)?.entries() ?? [])].filter(([, runs]) => runs.length).map(([name]) => name);
}

/** An instance variable read: a run assumed at its assignment in this method is dropped. */
export function ivarRead(ctx: EvalContext, name: string): void {
  const runs = held.get(ctx.sites)?.get(name);
  if (!runs?.length) return;
  held.get(ctx.sites)!.delete(name);
  const keep = ctx.sites.filter((s) => !runs.includes(s));
  ctx.sites.splice(0, ctx.sites.length, ...keep);
}

/**
 * `h[:k] = v` on a hash written out where we can see it (a local, or an instance variable
 * `initialize` is building, also from a method it calls): the hash now holds that key. Returns
 * false when the assignment is not one of those.
 */
function elementAssignment(ctx: EvalContext, left: RNode, right: RNode, env: Env, cond: boolean): boolean {
  const obj = child(left, 'object');
  if (!obj || (obj.type !== 'identifier' && obj.type !== 'instance_variable')) return false;
  const name = textOf(ctx.src, obj);
  const inSink = obj.type === 'instance_variable' && ctx.ivarSink?.get(name)?.k === 'hash';
  const h = inSink ? ctx.ivarSink!.get(name) : env.get(name);
  if (h?.k !== 'hash') return false;
  const keys = namedChildren(left).filter((c) => c !== obj);
  const key = keys.length === 1 ? knownKey(ctx, keys[0]!, env) : undefined;
  const v = literalValue(ctx, right, env, true);
  const next: Val = key === undefined ? UNKNOWN : { k: 'hash', entries: new Map([...h.entries, [key, cond ? UNKNOWN : v]]), ...(h.open ? { open: true } : {}) };
  if (inSink) ctx.ivarSink!.set(name, next);
  else env.set(name, next);
  return true;
}

/** Per evaluation (keyed by its site list): the runs each controller instance variable's latest assignment recorded. */
const viewRuns = new WeakMap<QuerySite[], Map<string, QuerySite[]>>();

/**
 * `@leads = …` in a controller action: the view runs what the action leaves in the variable.
 * Assigned again (`@leads = @leads.where(…) if x`, `@leads = @leads.page(…)`), the earlier value
 * only flows into the later one, so its run moves to the later assignment (with the earlier
 * value as an alternative when the new assignment is conditional).
 */
function viewAssignment(ctx: EvalContext, name: string, right: RNode, env: Env, cond: boolean): void {
  const v = evalValue(ctx, right, env, 'assign');
  let runs = viewRuns.get(ctx.sites);
  if (!runs) viewRuns.set(ctx.sites, (runs = new Map()));
  const earlier = runs.get(name);
  // Assigned on another path (the other branch of an `if`): that path's run stays, this one adds its own.
  const apart = !!earlier?.length && !!assignedAt.get(runs)?.get(name) && exclusiveBranches(assignedAt.get(runs)!.get(name)!, right);
  if (earlier?.length && !apart) {
    const keep = ctx.sites.filter((s) => !earlier.includes(s));
    ctx.sites.splice(0, ctx.sites.length, ...keep);
  }
  assign(env, name, v.k === 'other' ? OTHER : v, cond);
  const now = apart ? v : env.get(name);
  const before = ctx.sites.length;
  // A private callback without parameters (`before_action :load_leads`) prepares the relation
  // for the actions, which refine it and hand it to the view: it runs there, not here.
  if (now?.k === 'rel' && !preparedForActions(ctx, name)) emitRelationSite(ctx, now.cands, right);
  runs.set(name, [...(apart ? earlier : []), ...ctx.sites.slice(before)]);
  if (!assignedAt.has(runs)) assignedAt.set(runs, new Map());
  assignedAt.get(runs)!.set(name, right);
}

/**
 * Whether another method of the object's class reads the instance variable (a finder's
 * `@conversations = …` in `find_all_conversations`, counted in `set_count`): the relation runs
 * there, not where it is assigned, and is not assumed to run here.
 */
function readElsewhere(ctx: EvalContext, ivar: string): boolean {
  if (!ctx.code || !ctx.defName || (ctx.self?.k !== 'obj' && ctx.self?.k !== 'cls')) return false;
  const cls = ctx.self.cls;
  const own = lookupMethod(ctx, cls, ctx.defName, ctx.self.k === 'cls');
  if (!own) return false;
  const read = new RegExp(`${ivar}(?![A-Za-z0-9_])(?!\\s*(?:\\|\\||&&)?=(?![=~>]))`);
  return ctx.code.methodsOf(own.file).some((m) => m.owner === cls && m.name !== own.name && read.test(m.text) && !!lookupMethod(ctx, cls, m.name, m.singleton));
}

/** Whether a controller action assigned this instance variable earlier in the evaluation. */
export function assignedInEvaluation(sites: QuerySite[], name: string): boolean {
  return !!viewRuns.get(sites)?.has(name);
}

/** Per evaluation: where each controller instance variable was last assigned. */
const assignedAt = new WeakMap<Map<string, QuerySite[]>, Map<string, RNode>>();

/** Assigned by a private callback and assigned again (refined) by some action: the actions run it. */
function preparedForActions(ctx: EvalContext, name: string): boolean {
  if (ctx.self?.k !== 'obj' || !/Controller$/.test(ctx.self.cls) || !ctx.defName || !ctx.code) return false;
  const cls = ctx.self.cls;
  const m = lookupMethod(ctx, cls, ctx.defName, false);
  // A method refining the variable from its own value (`@leads = @leads.page(…)`) is not preparing it.
  if (!m || m.visibility === 'public' || m.params.length || refines(m.text, name)) return false;
  // The callback may come from a concern whose own actions assign the variable too.
  const assigners = [...new Set([cls, m.owner])].flatMap((owner) => {
    const found = ctx.code!.ivarAssigners(owner, name);
    ctx.deps?.set(`a:${owner}|${name}`, found);
    return found ? found.split(',') : [];
  });
  return assigners.some((n) => lookupMethod(ctx, cls, n, false)?.visibility === 'public');
}

/**
 * What a condition is known to be: `NIL` (not taken by `if`), `TRUTHY`, or undefined. Knows
 * variables and instance variables holding nil/a literal, `h[:key]` of a hash written out where
 * we can see it, `.present?`/`.blank?`/`.nil?` of those, and `!`.
 */
export function knownTruth(ctx: EvalContext, c: RNode | undefined, env: Env): Val | undefined {
  if (!c) return undefined;
  const invert = (v: Val | undefined): Val | undefined => (v === NIL ? TRUTHY : v === TRUTHY ? NIL : undefined);
  // `false` fails a test like nil does (`if keep_replied`), but `false.nil?` is false. A hash with
  // keys passes it (and is `present?`).
  const falsy = (v: Val | undefined): Val | undefined => (v === FALSE ? NIL : v?.k === 'hash' && v.entries.size ? TRUTHY : v);
  switch (c.type) {
    case 'identifier':
      if (textOf(ctx.src, c) === 'block_given?' && !env.has('block_given?')) return blockGiven(ctx);
      // An `attr_reader` of the object followed reads its instance variable.
      return falsy(env.get(textOf(ctx.src, c)) ?? (env.has(textOf(ctx.src, c)) ? undefined : readerValue(ctx, c, textOf(ctx.src, c), env)));
    case 'instance_variable':
      return falsy(env.get(textOf(ctx.src, c)) ?? ivarValue(ctx, textOf(ctx.src, c), c));
    case 'false':
      return NIL;
    case 'element_reference': {
      const v = falsy(evalValue(ctx, c, env, 'consumed'));
      return v === NIL || v === TRUTHY ? v : undefined;
    }
    case 'parenthesized_statements': {
      const inner = namedChildren(c);
      return inner.length === 1 ? knownTruth(ctx, inner[0], env) : undefined;
    }
    case 'unary': {
      const op = c.children.find((x) => !x.named);
      const operand = namedChildren(c)[0];
      return op && /^(!|not)$/.test(textOf(ctx.src, op)) ? invert(knownTruth(ctx, operand, env)) : undefined;
    }
    case 'binary': {
      // `from && to`, `a || b` of values known above.
      const op = textOf(ctx.src, child(c, 'operator') ?? c);
      if (!/^(&&|and|\|\||or)$/.test(op)) return undefined;
      const a = knownTruth(ctx, child(c, 'left'), env);
      const b = knownTruth(ctx, child(c, 'right'), env);
      const all = op === '&&' || op === 'and';
      if (a === (all ? NIL : TRUTHY) || b === (all ? NIL : TRUTHY)) return all ? NIL : TRUTHY;
      return a === (all ? TRUTHY : NIL) && b === a ? a : undefined;
    }
    case 'call': {
      const m = child(c, 'method');
      const name = m ? textOf(ctx.src, m) : '';
      const recv = child(c, 'receiver');
      if (name === 'block_given?' && !recv && !child(c, 'arguments') && !child(c, 'block')) return blockGiven(ctx);
      if (child(c, 'arguments') || child(c, 'block') || !/^(present\?|blank\?|nil\?)$/.test(name)) return undefined;
      if (name === 'nil?' && recv && knownFalse(ctx, recv, env)) return NIL;
      const t = recv?.type === 'element_reference' || recv?.type === 'identifier' || recv?.type === 'instance_variable' ? knownTruth(ctx, recv, env) : undefined;
      return name === 'present?' ? t : invert(t);
    }
    default:
      return undefined;
  }
}

/** `block_given?` in a followed method: whether its caller gave a block (unknown where it is evaluated for itself). */
function blockGiven(ctx: EvalContext): Val | undefined {
  return ctx.block ? TRUTHY : ctx.block === null ? NIL : undefined;
}

function knownFalse(ctx: EvalContext, n: RNode, env: Env): boolean {
  const name = textOf(ctx.src, n);
  if (n.type === 'element_reference') return evalValue(ctx, n, env, 'consumed') === FALSE;
  if (n.type !== 'identifier' && n.type !== 'instance_variable') return false;
  return (env.get(name) ?? (n.type === 'instance_variable' ? ivarValue(ctx, name, n) : undefined)) === FALSE;
}

/** Values a loading method gives its block's parameters, in order (set by the call just before its block is visited). */
export const blockBindings = new WeakMap<RNode, readonly Val[]>();

/** Binds a block's or lambda's parameters (plain values unless the call gives them); returns what they shadowed. */
function shadowParams(ctx: EvalContext, n: RNode, env: Env): Map<string, Val | undefined> {
  const saved = new Map<string, Val | undefined>();
  const ps = child(n, 'parameters');
  const given = blockBindings.get(n);
  const params = ps ? namedChildren(ps) : [];
  params.forEach((p, i) => {
    const id = p.type === 'identifier' ? p : child(p, 'name');
    if (id?.type !== 'identifier') return;
    const name = textOf(ctx.src, id);
    if (!saved.has(name)) saved.set(name, env.get(name));
    env.set(name, (p.type === 'identifier' ? given?.[i] : undefined) ?? OTHER);
  });
  return saved;
}

/** Statements in order; the last one gets `lastRole` (a method's or block's value). */
export function visitBody(ctx: EvalContext, stmts: RNode[], env: Env, lastRole: Role, cond: boolean): void {
  const real = stmts.filter((s) => s.type !== 'comment' && s.type !== 'heredoc_body');
  stmts.forEach((s) => {
    if (s.type === 'comment' || s.type === 'heredoc_body') return;
    visit(ctx, s, env, s === real.at(-1) ? lastRole : 'statement', cond);
  });
}

export function assign(env: Env, name: string, v: Val, cond: boolean): void {
  const prev = env.get(name);
  if (!cond || !prev) {
    // `since = options[:since] || @options[:since]` known nil or present on the one path: kept for `if since`.
    // A parameter copied (`@status = status`) stays that parameter, typed by the method's callers.
    const known = !cond && (v === NIL || v === TRUTHY || v === FALSE || loadedRows.has(v) || isRecordHash(v) || isParamValue(v));
    // Kept even when plain: from here on the name is a local variable, not a method of self
    // (`events = sort(new_events)` then `events.size` is not the `events` association).
    env.set(name, v.k === 'other' && !known ? OTHER : v);
    return;
  }
  if (prev.k === 'unknown' || v.k === 'unknown') {
    env.set(name, UNKNOWN);
    return;
  }
  if (prev.k === 'rel' && v.k === 'rel') {
    const cands = fewest([...prev.cands, ...v.cands]);
    env.set(name, cands ? { k: 'rel', cands } : UNKNOWN);
    return;
  }
  // A record of one model found on one path and built on another (`x = find(id) if id; x ||= new`):
  // its writes go by the primary key on the path where it is persisted.
  if (prev.k === 'rec' && v.k === 'rec' && prev.model === v.model) {
    env.set(name, prev.persisted || v.persisted ? { ...prev, persisted: true } : prev.persisted === false && v.persisted === false ? prev : { k: 'rec', model: prev.model });
    return;
  }
  // A variable that is a relation on some paths and something else on others: unknown.
  if ((prev.k === 'obj' || prev.k === 'cls') && v.k === prev.k && v.cls === prev.cls) return;
  env.set(name, prev.k === 'other' && v.k === 'other' ? OTHER : UNKNOWN);
}
