/**
 * `filter_by(**{match_key: match_value})`: SQLAlchemy turns each key of the mapping into
 * `<entity>.<key> == value`. The keys are read when they are string literals, or parameters of
 * the inlined function the call passes a string literal for (`count_all(match_key="status", …)`).
 */
import { callArgs, field, named, type PyNode, resolveVariable, scopeOf, textOf, unparen, walk } from './ast';
import { resolveCallee, stillParameter } from './calls';
import { decodeStringExpr } from './strings';
import type { KwEntry, Kwargs } from './kwargs';
import type { SaTranslator } from './sqlalchemy';

/** The entries of a dict literal spread into `filter_by(**…)`, undefined when a key is not known. */
export function literalKwargs(tr: SaTranslator, n: PyNode | undefined): Kwargs<SaTranslator> | undefined {
  const d = unparen(n);
  if (d?.type !== 'dictionary') return undefined;
  const entries: KwEntry[] = [];
  for (const p of named(d)) {
    const k = p.type === 'pair' ? unparen(field(p, 'key')) : undefined;
    const value = p.type === 'pair' ? field(p, 'value') : undefined;
    const key = k ? keyText(tr, k) : undefined;
    if (key === undefined || !value) return undefined;
    entries.push({ key, value });
  }
  return { tr, entries };
}

function keyText(tr: SaTranslator, k: PyNode): string | undefined {
  if (k.type !== 'identifier') {
    const s = decodeStringExpr(tr.t, k);
    return s && !s.interpolated ? s.text : undefined;
  }
  // A parameter of the inlined function: the string the call passes for it.
  const env = tr.env;
  const name = textOf(tr.t, k);
  if (!env?.argNodes || scopeOf(k) !== env.fn) return undefined;
  if (!stillParameter(tr.scopes, env.fn, name, k)) {
    // `key = key or self.primary_key`: the caller's non-empty string, when it passes one.
    const v = unparen(resolveVariable(tr.t, k, tr.scopes));
    const left = v?.type === 'boolean_operator' && textOf(tr.t, v.children.find((c) => !c.named) ?? v) === 'or' ? unparen(field(v, 'left')) : undefined;
    if (left?.type !== 'identifier' || textOf(tr.t, left) !== name || !stillParameter(tr.scopes, env.fn, name, left)) return undefined;
    const a = env.argNodes.get(name);
    const s = a ? decodeStringExpr(a.tree, a.node) : undefined;
    return s && !s.interpolated && s.text ? s.text : undefined;
  }
  const a = env.argNodes.get(name);
  const s = a ? decodeStringExpr(a.tree, a.node) : undefined;
  return s && !s.interpolated ? s.text : undefined;
}

/** An entry of a dict built by the code (`dct["user_id"] = …` under an `if` is `cond`). */
interface BuiltEntry extends KwEntry {
  readonly tr: SaTranslator;
  readonly cond: boolean;
}

/**
 * The keys of a dict built by visible code and spread into `filter_by(**…)`: a dict literal (its
 * `**` parts included), the helper's own `**kwargs` (what the call passes), a parameter (what the
 * caller passes), a local filled by `d["key"] = v`, or the one dict a visible helper returns
 * (`filter_by(**self._filter_builder(**{key: value}))` with `return {**dct, **kwargs}`). A key set
 * only under an `if` is kept: each key adds an equality, so the statement with every key prunes
 * at least as much as any path through the `if`s, and one that still scans every partition does
 * so on every path. Undefined when some key or part is not known.
 */
export function builtKwargs(tr: SaTranslator, n: PyNode | undefined): Kwargs<SaTranslator>[] | undefined {
  const entries = built(tr, n, 0, undefined);
  if (!entries) return undefined;
  const last = new Map<string, BuiltEntry>();
  for (const e of entries) {
    const prev = last.get(e.key);
    // A key set on some paths over another value: which one the statement gets is not known.
    if (prev && (prev.cond || e.cond)) return undefined;
    last.set(e.key, e);
  }
  return [...last.values()].map((e) => ({ tr: e.tr, entries: [{ key: e.key, value: e.value }], ...(e.cond ? { optional: true } : {}) }));
}

/** What a helper's `**kwargs` holds when its returned dict is read for a call (`kw.fn` is the helper). */
interface Passed {
  readonly fn: PyNode;
  readonly entries: readonly BuiltEntry[];
}

function built(tr: SaTranslator, node: PyNode | undefined, depth: number, kw: Passed | undefined): BuiltEntry[] | undefined {
  const n = unparen(node);
  if (!n || depth > 6) return undefined;
  if (n.type === 'dictionary') {
    const out: BuiltEntry[] = [];
    for (const p of named(n)) {
      if (p.type === 'dictionary_splat') {
        const inner = built(tr, named(p)[0], depth + 1, kw);
        if (!inner) return undefined;
        out.push(...inner);
        continue;
      }
      const k = p.type === 'pair' ? unparen(field(p, 'key')) : undefined;
      const value = p.type === 'pair' ? field(p, 'value') : undefined;
      const key = k ? keyText(tr, k) : undefined;
      if (key === undefined || !value) return undefined;
      out.push({ tr, key, value, cond: false });
    }
    return out;
  }
  if (n.type === 'call') return helperDict(tr, n, depth);
  if (n.type !== 'identifier') return undefined;
  const name = textOf(tr.t, n);
  const fn = scopeOf(n);
  const env = tr.env;
  if (fn.type === 'function_definition' && stillParameter(tr.scopes, fn, name, n) && parameterNames(tr, fn).includes(name)) {
    // The helper's own `**kwargs`: what the call being inlined passes into it.
    if (kwargsName(tr, fn) === name) {
      if (kw?.fn === fn) return [...kw.entries];
      return env?.fn === fn && env.kwargs ? env.kwargs.entries.map((e) => ({ tr: env.kwargs!.tr, key: e.key, value: e.value, cond: false })) : undefined;
    }
    // A parameter: the dict the caller passes.
    const a = env?.fn === fn ? env.argNodes?.get(name) : undefined;
    return a?.tr ? built(a.tr, a.node, depth + 1, undefined) : undefined;
  }
  return localDict(tr, n, fn, name, depth, kw);
}

/** The names of a function's parameters (`**kwargs` included). */
function parameterNames(tr: SaTranslator, fn: PyNode): string[] {
  const ps = field(fn, 'parameters');
  return ps ? named(ps).map((p) => textOf(tr.t, p.type === 'identifier' ? p : (field(p, 'name') ?? named(p).find((x) => x.type === 'identifier') ?? p))) : [];
}

function kwargsName(tr: SaTranslator, fn: PyNode): string | undefined {
  const ps = field(fn, 'parameters');
  const p = ps ? named(ps).find((x) => x.type === 'dictionary_splat_pattern') : undefined;
  const id = p ? named(p).find((x) => x.type === 'identifier') : undefined;
  return id ? textOf(tr.t, id) : undefined;
}

/**
 * `dct = {}` then `dct["user_id"] = …` (under `if`s or not): the keys, when the local is bound
 * once to a dict literal and otherwise only filled by literal keys and spread.
 */
function localDict(tr: SaTranslator, use: PyNode, fn: PyNode, name: string, depth: number, kw: Passed | undefined): BuiltEntry[] | undefined {
  // `d["k"] = v` is a binding without a value; every other use is checked below.
  const binds = (tr.scopes.assignments(fn).get(name) ?? []).filter((b) => b.value);
  const init = binds.length === 1 ? unparen(binds[0]!.value ?? undefined) : undefined;
  if (init?.type !== 'dictionary' || fn.type !== 'function_definition') return undefined;
  const out = built(tr, init, depth + 1, kw);
  const body = field(fn, 'body');
  if (!out || !body) return undefined;
  let other = false;
  walk(body, (x) => {
    if (other || x.type !== 'identifier' || textOf(tr.t, x) !== name || x === use || scopeOf(x) !== fn) return;
    const p = x.parent;
    if (p?.type === 'dictionary_splat') return;
    if (p?.type === 'assignment' && field(p, 'left') === x && unparen(field(p, 'right') ?? undefined) === init) return;
    // `dct["key"] = value`.
    const a = p?.type === 'subscript' && field(p, 'value') === x ? p.parent : undefined;
    const k = a?.type === 'assignment' && field(a, 'left') === p ? decodeStringExpr(tr.t, field(p!, 'subscript')) : undefined;
    const value = a ? field(a, 'right') : undefined;
    if (!k || k.interpolated || !value) {
      other = true;
      return;
    }
    // Under an `if` the caller decides (`if self.since:` with `since=None`), else on some paths only.
    const block = a!.parent?.parent;
    const ifNode = block?.parent?.type === 'if_statement' && field(block.parent, 'consequence') === block ? block.parent : undefined;
    const taken = ifNode ? tr.decider?.(ifNode) : undefined;
    if (taken === false) return;
    out.push({ tr, key: k.text, value, cond: block !== body && taken !== true });
  });
  return other ? undefined : out;
}

/** The one dict a visible helper returns, its `**kwargs` the call's keyword arguments and spreads. */
function helperDict(tr: SaTranslator, call: PyNode, depth: number): BuiltEntry[] | undefined {
  const c = resolveCallee(tr, call);
  const ret = c?.fn.returns;
  if (!c || !ret || tr.stack.has(c.fn.node)) return undefined;
  const passed: BuiltEntry[] = [];
  for (const a of named(field(call, 'arguments') ?? call)) {
    if (a.type === 'list_splat') return undefined;
    if (a.type !== 'dictionary_splat') continue;
    const inner = built(tr, named(a)[0], depth + 1, undefined);
    if (!inner) return undefined;
    passed.push(...inner);
  }
  // A spread key that a named parameter takes is not in `**kwargs`.
  if (passed.some((e) => c.fn.params.includes(e.key))) return undefined;
  const env = tr.bind(c.fn, call, c.self, { v: false }, true);
  if (!env) return undefined;
  const keywords = [...callArgs(tr.t, call).keywords].filter(([k]) => !c.fn.params.includes(k)).map(([key, value]) => ({ tr, key, value, cond: false }));
  return built(tr.sub(c.fn, env), ret, depth + 1, { fn: c.fn.node, entries: [...keywords, ...passed] });
}
