/**
 * Instance variables of a plain object that methods other than `initialize` assign, read by yet
 * another method of the object: a job's `obtain_locked_requests` sets `@requests_to_process`
 * that `process_requests` iterates; a metric manager's `with_context(organization)` sets `@query`,
 * `query` refines it (`@query = @query.where(…)`), and `cumulative` counts it.
 *
 * Which of the object's methods ran before the read is the caller's business, so the value is
 * built for the most conditions it can hold: each assignment that starts a relation (a base) with
 * every refinement of the variable (`@x = @x.…`) applied. Refinements only add conditions, so a
 * finding on that value holds whatever subset of them ran. A parameter kept by the only method
 * assigning the variable (a service's `call(status)`) is that parameter. Anything else assigned to
 * the variable (nil, an unknown, an `attr_writer`, a conditional assignment) leaves it unknown.
 */
import { memoPerGeneration } from '../generation-memo';
import type { MethodDecl } from './file-entry';
import type { RNode } from './syntax';
import { callMethod, lookupMethod } from './ar-calls';
import { ivarValue } from './plain-object-ivars';
import type { EvalContext, Rel, Val } from './ar-values';
import type { RubyIndex } from './workspace';
import { esc } from './serial-memo';
import { isParamValue } from './record-writes';

/** Per checked unit (its top-level sites array): values already built for `class|@x`. */
const built = new WeakMap<object, Map<string, Val | undefined>>();

function depend(ctx: EvalContext, key: string, value: string): void {
  ctx.deps?.set(key, value);
}

/**
 * The value of `@x` read in a method of a plain class (evaluated for itself, level 0) when methods
 * besides `initialize` assign it; undefined when unknown.
 */
export function lifecycleIvar(ctx: EvalContext, cls: string, name: string, at: RNode): Val | undefined {
  // An assigner reading another variable sees what `initialize` left there only: following that
  // variable's own assigners in turn cascaded through every method of objects with many variables.
  if (outside > 0 || !ctx.code || (ctx.level ?? 0) > 0 || !ctx.defName || ctx.defName === 'initialize') return undefined;
  let memo = built.get(ctx.sites);
  if (!memo) built.set(ctx.sites, (memo = new Map()));
  const key = `${cls}|${name}|${ctx.defName}`;
  if (memo.has(key)) return memo.get(key);
  // Most such variables hold no relation (loggers, flags, ids): once found so, every unit skips them.
  // (What that finding depended on is still this unit's dependency.)
  const none = noRelations.answers(ctx.code, ctx.code.generation);
  const known = none.get(key);
  if (known) {
    for (const [k, d] of known) ctx.deps?.set(k, d);
    return undefined;
  }
  // Guard against a read inside an assigner being evaluated here (it sees its own sink instead).
  memo.set(key, undefined);
  const deps = new Map<string, string>();
  const v = lifecycleValue({ ...ctx, deps }, cls, name, at);
  for (const [k, d] of deps) ctx.deps?.set(k, d);
  memo.set(key, v);
  if (v === undefined) none.set(key, deps);
  return v;
}

/** Per index generation: `class|@x|method` whose value was found to be no relation, with what that depended on. */
const noRelations = memoPerGeneration<RubyIndex, string, Map<string, string>>();

function lifecycleValue(ctx: EvalContext, cls: string, name: string, at: RNode): Val | undefined {
  const methods = assigningMethods(ctx, cls, name);
  if (!methods) return undefined;
  // The reading method's own assignment comes after its read (a read after it flows in the method).
  const others = methods.filter((m) => m[m.length - 1]!.name !== ctx.defName);
  if (!others.length || !mayHoldRelation(others, name)) return undefined;
  const refining = new RegExp(`${esc(name)}\\s*=(?![=~>])[^\\n]*${esc(name)}(?![\\w?!])`);
  const bases: Val[] = [];
  const refiners: MethodDecl[][] = [];
  for (const chain of others) {
    const v = run(ctx, cls, name, chain, at, undefined);
    // One method keeps a parameter (`def call(status); @status = status`): the variable holds what
    // that method's callers pass, as the parameter does (typed by them in record-writes.ts).
    if (v && isParamValue(v) && others.length === 1 && methods.length === 1) return v;
    if (v?.k === 'rel') bases.push(v);
    else if (chain.every((m) => refining.test(m.text))) refiners.push(chain);
    else return undefined;
  }
  if (!bases.length) return undefined;
  const cands: Rel[] = [];
  for (const base of bases) {
    let cur: Val | undefined = base;
    for (const chain of refiners) {
      cur = run(ctx, cls, name, chain, at, cur);
      if (cur?.k !== 'rel') return undefined;
    }
    if (cur.k !== 'rel') return undefined;
    cands.push(...cur.cands);
  }
  // Built by other methods on behalf of this one: the relations belong to this method's level.
  const level = ctx.level ?? 0;
  return { k: 'rel', cands: cands.map((r) => ((r.level ?? 0) > level ? { ...r, level } : r)) };
}

/**
 * Where a followed method records what it assigns. Other variables it reads, not assigned in it
 * yet, are what the object holds for them (`@current_account` from `initialize`), not unset.
 */
class ReadThroughSink extends Map<string, Val> {
  constructor(private readonly outside: (name: string) => Val | undefined) {
    super();
  }

  override get(name: string): Val | undefined {
    return super.has(name) ? super.get(name) : this.outside(name);
  }
}

/** Reads of other variables inside an assigner being evaluated (see `lifecycleIvar`). */
let outside = 0;

function initializeValue(ctx: EvalContext, name: string, at: RNode): Val | undefined {
  outside++;
  try {
    return ivarValue(ctx, name, at);
  } finally {
    outside--;
  }
}

/** What is taken for no relation when assigned: literals, the usual plain objects (counters, buffers, clocks, locks), a copy of another variable. */
const PLAIN = /^(?:@\w+$|-?\d|nil\b|true\b|false\b|:|"|'|\[|\{|%[wiWIq]|(?:::)?(?:Set|Hash|Array|String|Struct|Time|Date|DateTime|SecureRandom|Mutex|Monitor|Queue|Thread|Concurrent::\w+|Logger|StringIO|File|IO|URI|JSON)\b)/;

/**
 * A textual test before following any method: the variable is not changed in place (`+=`, `<<=`:
 * a number or a collection) and some assignment's right side may be a relation. Following the
 * assigners of a counter in a large parser took seconds for nothing.
 */
function mayHoldRelation(chains: readonly MethodDecl[][], name: string): boolean {
  const re = new RegExp(`${esc(name)}(?![\\w?!])[ \\t]*(\\|\\||&&|\\*\\*|<<|>>|[-+*/%|&^])?=(?![=~>])[ \\t]*([^\\n]*)`, 'g');
  let open = false;
  for (const chain of chains) {
    for (const m of chain) {
      for (const a of m.text.matchAll(re)) {
        if (a[1] && a[1] !== '||' && a[1] !== '&&') return false;
        if (!PLAIN.test(a[2]!.trim())) open = true;
      }
    }
  }
  return open;
}

/** Evaluates a method (its `super` chain first) with the variable seeded; what it leaves in the variable. */
function run(ctx: EvalContext, cls: string, name: string, chain: readonly MethodDecl[], at: RNode, seed: Val | undefined): Val | undefined {
  let cur = seed;
  for (const m of chain) {
    const sink = new ReadThroughSink((other) => (other === name ? undefined : initializeValue(ctx, other, at)));
    if (cur) sink.set(name, cur);
    callMethod(ctx, m, { k: 'obj', cls }, at, [], new Map(), { sink, unknownArgs: true });
    cur = sink.get(name);
  }
  return cur;
}

/**
 * The methods of the class (and its superclasses and included modules) that assign the variable,
 * each as the chain that runs: the method Ruby finds for the name, preceded by the superclass's
 * method of that name when it calls bare `super` and that one assigns it too. Undefined when a
 * writer method (`attr_writer`, `x=`) assigns it: its value then comes from outside the class.
 */
function assigningMethods(ctx: EvalContext, cls: string, name: string): MethodDecl[][] | undefined {
  const code = ctx.code!;
  const names = new Set<string>();
  let cur: string | undefined = cls;
  for (let i = 0; cur && i < 4; i++) {
    for (const owner of [cur, ...code.includedModules(cur)]) {
      const a = code.ivarAssigners(owner, name);
      depend(ctx, `a:${owner}|${name}`, a);
      for (const n of a ? a.split(',') : []) names.add(n);
    }
    const next = code.superclassOf(cur);
    depend(ctx, `u:${cur}`, next ?? '');
    cur = next;
  }
  if (!names.size || [...names].some((n) => n.endsWith('='))) return undefined;
  const assigns = new RegExp(`${esc(name)}(?![\\w?!])\\s*(?:\\|\\||&&)?=(?![=~>])`);
  const out: MethodDecl[][] = [];
  for (const n of names) {
    const m = lookupMethod(ctx, cls, n, false);
    if (!m) return undefined;
    // A method some subclass overrides is looked up from `cls`, so `m` is the one that runs.
    if (!assigns.test(m.text)) continue;
    const chain = [m];
    for (let s = m, i = 0; /\bsuper\b(?![ \t]*\()/.test(s.text) && i < 3; i++) {
      const up = code.superclassOf(s.owner);
      depend(ctx, `u:${s.owner}`, up ?? '');
      const sm = up ? lookupMethod(ctx, up, n, false) : undefined;
      if (!sm || !assigns.test(sm.text)) break;
      chain.unshift(sm);
      s = sm;
    }
    out.push(chain);
  }
  return out;
}
