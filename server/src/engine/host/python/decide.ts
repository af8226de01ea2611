/**
 * Conditions a helper tests on its parameters, decided by what the caller passes: `if since:` /
 * `if since is not None:` with `None` passed (or the `None` default), a literal, `timezone.now()`,
 * or a visible function that never returns `None` (`_parse_since(data)`). Anything else stays
 * undecided (both paths count).
 */
import { field, named, parameterDefault, type PyNode, type PyTree, resolveVariable, scopeOf, textOf, tupleItem, unpacked, unparen, walk } from './ast';
import { bindArguments, type Callee, type CallSite, resolveCallee, stillParameter } from './calls';
import type { Decide } from './branches';
import { type ClassInfo, type FnInfo, scopesOf } from './summaries';
import { decodeStringExpr } from './strings';
import { getattrOnModel } from './model-getattr';
import { givenParameter } from './given-params';

type Known = { readonly none: boolean; readonly truthy: boolean | undefined } | undefined;

/** Calls that return a value that is never `None` and always true (dates, times, `datetime(…)` itself). */
const NOW = /(?:^|\.)(?:now|utcnow|today|localdate|localtime|fromisoformat|fromtimestamp|datetime|date|datetime\.combine)$/;

/** Builtin conversions: they return a value of their type or raise, never `None` (whether it is true depends on the value). */
const CONVERSIONS = /^(?:int|float|str|bool|(?:decimal\.)?Decimal|(?:uuid\.)?UUID)$/;

/** Methods of a date or datetime that return another date (never `None`): `today.replace(day=1)`. */
const DATE_METHODS = /^(?:replace|date|astimezone|isoformat|strftime)$/;

/** What an inlined function's arguments tell about its parameters (`Decide.param`), by the `Decide` built for it. */
const paramsOf = new WeakMap<Decide, (id: PyNode) => Known>();

/** How an inlined function's conditions (any expression, not only a whole `if`) are decided, by the `Decide` built for it. */
const condsOf = new WeakMap<Decide, (cond: PyNode) => boolean | undefined>();

/** The string an inlined function's parameter holds (`Decide.param`), by the `Decide` built for it. */
const stringsOf = new WeakMap<Decide, (id: PyNode) => string | undefined>();

/** A parameter of the function `s` translates, as its own (inlined) call passed it: `find(id, skip=True)` → `_query(skip)`. */
function outerParam(s: CallSite, id: PyNode): Known {
  const d = (s as { readonly decider?: Decide }).decider;
  return d ? paramsOf.get(d)?.(id) : undefined;
}

/**
 * The text of a string written at `n` in `s`'s tree: a literal, a local bound to one, or a
 * parameter of an inlined function whose caller passed one (`filter_range(qs, "created_at", v)`).
 */
function stringIn(s: CallSite, n: PyNode | undefined, depth = 0): string | undefined {
  const u = unparen(n);
  if (!u || depth > 4) return undefined;
  if (u.type === 'string' || u.type === 'concatenated_string') {
    const d = decodeStringExpr(s.t, u);
    return d && !d.interpolated ? d.text : undefined;
  }
  if (u.type !== 'identifier') return undefined;
  const v = resolveVariable(s.t, u, s.scopes);
  if (v) return stringIn(s, v, depth + 1);
  const d = (s as { readonly decider?: Decide }).decider;
  return d ? stringsOf.get(d)?.(u) : undefined;
}

/** The string the parameter `id` stands for where `decide` (an inlined function's) was built, if its caller passed one. */
export function paramString(decide: Decide | undefined, id: PyNode): string | undefined {
  return decide ? stringsOf.get(decide)?.(id) : undefined;
}

/** What an inlined function's dict parameter holds at a key, by the `Decide` built for it. */
const entriesOf = new WeakMap<Decide, (id: PyNode, key: string) => Known>();

/**
 * What `d.get(key)` gives for a dict written at `n` in `s`'s tree (a literal, a local bound to
 * one, or a parameter its caller passed one for): the entry's value, never `None` unless written
 * so (a caller that writes the key means it to be used); undefined when unknown or absent.
 */
function entryIn(s: CallSite, n: PyNode | undefined, key: string, depth = 0): Known {
  const u = unparen(n);
  if (!u || depth > 3) return undefined;
  if (u.type === 'identifier') {
    const v = resolveVariable(s.t, u, s.scopes);
    if (v) return entryIn(s, v, key, depth + 1);
    const d = (s as { readonly decider?: Decide }).decider;
    return d ? entriesOf.get(d)?.(u, key) : undefined;
  }
  if (u.type !== 'dictionary') return undefined;
  let found: PyNode | undefined;
  for (const p of named(u)) {
    if (p.type !== 'pair') return undefined;
    const k = decodeStringExpr(s.t, field(p, 'key'));
    if (!k || k.interpolated) return undefined;
    if (k.text === key) found = field(p, 'value');
  }
  if (!found) return undefined;
  return known(s, found) ?? (unparen(found)?.type === 'none' ? { none: true, truthy: false } : { none: false, truthy: undefined });
}

/** How deep `known` follows names, arms and calls (a returned local's arm's method call is five steps). */
const MAX_DEPTH = 6;

/** What is known of a value written at `n` (in `s`'s tree). */
function known(s: CallSite, n: PyNode | undefined, depth = 0): Known {
  const u = unparen(n);
  if (!u || depth > MAX_DEPTH) return undefined;
  const t = s.t;
  switch (u.type) {
    case 'none':
      return { none: true, truthy: false };
    case 'true':
      return { none: false, truthy: true };
    case 'false':
      return { none: false, truthy: false };
    case 'integer':
    case 'float':
      return { none: false, truthy: !/^[0._]+$/.test(textOf(t, u)) };
    case 'string':
      return { none: false, truthy: u.children.some((c) => c.type === 'string_content' || c.type === 'interpolation') };
    case 'tuple':
    case 'list':
    case 'set':
    case 'dictionary':
      // A display (`(start, end)`, `[a]`, `{}`) is never `None`; it is true when it holds an element.
      return { none: false, truthy: named(u).some((c) => c.type !== 'comment') };
    case 'boolean_operator': {
      // `x or default`: the default when x is falsy.
      const op = u.children.find((c) => c.field === 'operator');
      const r = known(s, field(u, 'right'), depth + 1);
      if (op && textOf(t, op) === 'or' && r && !r.none && r.truthy) return r;
      return undefined;
    }
    case 'binary_operator':
      // `now - timedelta(days=7)`: arithmetic on known dates.
      return known(s, field(u, 'left'), depth + 1)?.truthy && !known(s, field(u, 'left'), depth + 1)?.none ? { none: false, truthy: true } : undefined;
    case 'attribute': {
      // `lead.created_at`: a date field every model declaring that name keeps non-null (Django `DateTimeField`).
      const attr = textOf(t, field(u, 'attribute')!);
      let seen = false;
      for (const [, decls] of s.py.models.classNames()) {
        for (const d of decls) {
          for (const fd of d.fields) {
            if (fd.attr !== attr) continue;
            if (!/^Date(?:Time)?Field$/.test(fd.kind) || fd.nullable) return undefined;
            seen = true;
          }
        }
      }
      return seen ? { none: false, truthy: true } : undefined;
    }
    case 'identifier': {
      // `today = timezone.localdate()` assigned once before the call, in a block holding it.
      const v = resolveVariable(t, u, s.scopes);
      if (v) return known(s, v, depth + 1);
      // A parameter of the function being checked itself (not inlined), passed on as it is.
      const inlined = (s as { readonly decider?: Decide }).decider !== undefined;
      return outerParam(s, u) ?? dateParameter(s, u) ?? (!inlined && givenParameter(s.py, t, s.scopes, u) ? { none: false, truthy: true } : undefined);
    }
    case 'conditional_expression': {
      // `d if d.tzinfo else d.replace(tzinfo=utc)`: what both arms agree on.
      const [a, , b] = named(u);
      const l = known(s, a, depth + 1);
      const r = known(s, b, depth + 1);
      return l && r && l.none === r.none && l.truthy === r.truthy ? l : undefined;
    }
    case 'unpacked':
      // `start, end = window_for_days(days)`: the element every return of the helper gives.
      return unpackedKnown(s, u, depth);
    case 'call': {
      const f = field(u, 'function');
      if (f && NOW.test(textOf(t, f))) return { none: false, truthy: true };
      if (f?.type === 'attribute' && DATE_METHODS.test(textOf(t, field(f, 'attribute')!))) {
        const r = known(s, field(f, 'object'), depth + 1);
        if (r && !r.none && r.truthy) return r;
      }
      if (f && CONVERSIONS.test(textOf(t, f))) return { none: false, truthy: undefined };
      const c = resolveCallee(s, u);
      if (c && neverNone(c.fn)) return { none: false, truthy: true };
      if (c && returnsConversion(c.fn)) return { none: false, truthy: undefined };
      return c ? (returnedKnown(s, c, u, depth) ?? filledIn(s, c, u)) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A name bound by `a, b = helper(…)` of a visible function whose every path ends in a `return`
 * of a tuple display (`return end - timedelta(days=days), end`): what is known of that element
 * in each return, when all agree on a value that is never `None`; undefined otherwise.
 */
function unpackedKnown(s: CallSite, n: PyNode, depth: number): Known {
  const u = unpacked(n);
  const c = u ? resolveCallee(s, u.from) : undefined;
  if (!u || !c) return undefined;
  const body = field(c.fn.node, 'body');
  const stmts = body ? named(body).filter((x) => x.type !== 'comment') : [];
  if (stmts[stmts.length - 1]?.type !== 'return_statement') return undefined;
  const callee = calleeSite(s, c.fn);
  let out: Known;
  let ok = true;
  walk(c.fn.node, (r) => {
    if (!ok || r.type !== 'return_statement' || scopeOf(r) !== c.fn.node) return;
    const k = known(callee, tupleItem(named(r)[0], u.index), depth);
    if (!k || k.none || (out && out.truthy !== k.truthy)) ok = false;
    else out = k;
  });
  return ok ? out : undefined;
}

/** A parameter annotated `datetime` / `date` (not optional, no `None` default): never `None`, and a date is always true. */
function dateParameter(s: CallSite, id: PyNode): Known {
  const fn = scopeOf(id);
  const name = textOf(s.t, id);
  const ps = fn.type === 'function_definition' && stillParameter(s.scopes, fn, name, id) ? field(fn, 'parameters') : undefined;
  for (const p of ps ? named(ps) : []) {
    if (p.type !== 'typed_parameter' && p.type !== 'typed_default_parameter') continue;
    const n = field(p, 'name') ?? named(p).find((x) => x.type === 'identifier');
    if (!n || textOf(s.t, n) !== name) continue;
    if (unparen(field(p, 'value'))?.type === 'none') return undefined;
    const ty = field(p, 'type');
    return ty && /^(?:datetime\.)?(?:datetime|date)$/.test(textOf(s.t, ty).trim()) ? { none: false, truthy: true } : undefined;
  }
  return undefined;
}

/**
 * Terminals that raise instead of returning `None` when no row matches: SQLAlchemy's `one()`,
 * `scalar_one()`, `Session.get_one()`, Flask-SQLAlchemy's `…_or_404()`. The row they return is a
 * mapped object, which is true.
 */
const RAISES_WHEN_MISSING = /^(?:one|scalar_one|get_one|get_or_404|first_or_404|one_or_404)$/;

/** A function whose every path returns a date-like value built by a call or arithmetic, or a row a raising terminal fetched (never `None`). */
function neverNone(fn: FnInfo): boolean {
  const body = field(fn.node, 'body');
  const stmts = body ? named(body) : [];
  if (stmts[stmts.length - 1]?.type !== 'return_statement') return false;
  let ok = true;
  walk(fn.node, (n) => {
    if (!ok || n.type !== 'return_statement') return;
    const v = unparen(named(n)[0]);
    const base = v?.type === 'binary_operator' ? unparen(field(v, 'left')) : v;
    const f = base?.type === 'call' ? field(base, 'function') : undefined;
    const row = f?.type === 'attribute' && v === base && RAISES_WHEN_MISSING.test(textOf(fn.unit.tree, field(f, 'attribute')!));
    if (!base || base.type !== 'call' || (!row && !NOW.test(textOf(fn.unit.tree, f ?? base)))) ok = false;
  });
  return ok;
}

/** A function whose every path returns a builtin conversion (`return int(request.headers["X-User"])`): never `None`. */
function returnsConversion(fn: FnInfo): boolean {
  const body = field(fn.node, 'body');
  const stmts = body ? named(body).filter((x) => x.type !== 'comment') : [];
  if (stmts[stmts.length - 1]?.type !== 'return_statement') return false;
  let ok = true;
  walk(fn.node, (n) => {
    if (!ok || n.type !== 'return_statement' || scopeOf(n) !== fn.node) return;
    const v = unparen(named(n)[0]);
    const f = v?.type === 'call' ? field(v, 'function') : undefined;
    if (!f || !CONVERSIONS.test(textOf(fn.unit.tree, f))) ok = false;
  });
  return ok;
}

/**
 * What a visible function returns at this call, when every return agrees: each return's value read
 * in the function with its parameters bound to the call's arguments (`to_aware(since_date)`
 * returning `date if date.tzinfo else date.replace(…)` or `datetime.combine(date, …)` is a date).
 * The function must end in a `return` (no path falls off the end returning `None`).
 */
function returnedKnown(s: CallSite, c: Callee, call: PyNode, depth: number): Known {
  const body = field(c.fn.node, 'body');
  const stmts = body ? named(body).filter((x) => x.type !== 'comment') : [];
  if (stmts[stmts.length - 1]?.type !== 'return_statement' || depth > 2) return undefined;
  const b = bindArguments(s.t, c.fn, call, c.self);
  if (!b) return undefined;
  const callee: CallSite & { decider: Decide } = { ...calleeSite(s, c.fn), decider: decideByArguments(s, c.fn, b.args) };
  let out: Known;
  let ok = true;
  walk(c.fn.node, (r) => {
    if (!ok || r.type !== 'return_statement' || scopeOf(r) !== c.fn.node) return;
    const k = known(callee, named(r)[0], depth + 1);
    if (!k || k.none || (out && out.truthy !== k.truthy)) ok = false;
    else out = k;
  });
  return ok ? out : undefined;
}

/**
 * A function that fills its result in when it is missing, with the arguments of this call:
 * `value = request.args.get(name)`, `if value is None and default_days is not None: value = <date>`,
 * `return value` never returns `None` when the call passes `default_days=30` (`if not value` the
 * same, and then the value is also true). Only the fill-in `if` right before the `return` counts.
 */
function filledIn(s: CallSite, c: Callee, call: PyNode): Known {
  const t = c.fn.unit.tree;
  const body = field(c.fn.node, 'body');
  const stmts = body ? named(body).filter((x) => x.type !== 'comment') : [];
  const ret = stmts[stmts.length - 1];
  const ifNode = stmts[stmts.length - 2];
  const x = ret?.type === 'return_statement' ? unparen(named(ret)[0]) : undefined;
  if (x?.type !== 'identifier' || ifNode?.type !== 'if_statement' || ifNode.children.some((k) => k.type === 'elif_clause' || k.type === 'else_clause')) return undefined;
  const name = textOf(t, x);
  // The arm ends by assigning the name a value that is never `None`.
  const arm = named(ifNode.children.find((k) => k.field === 'consequence')!).filter((k) => k.type !== 'comment');
  const last = arm[arm.length - 1];
  const asg = last?.type === 'expression_statement' ? named(last)[0] : undefined;
  if (asg?.type !== 'assignment' || textOf(t, field(asg, 'left')!) !== name) return undefined;
  const callee = calleeSite(s, c.fn);
  const filled = known(callee, field(asg, 'right'));
  if (!filled || filled.none) return undefined;
  // The condition: the missing test on the name, and-ed with tests the call's arguments make true.
  const b = bindArguments(s.t, c.fn, call, c.self);
  if (!b) return undefined;
  const cond = condsOf.get(decideByArguments(s, c.fn, b.args));
  let missing: 'none' | 'falsy' | undefined;
  const parts = (n: PyNode | undefined): boolean => {
    const u = unparen(n);
    if (!u) return false;
    const op = u.type === 'boolean_operator' ? u.children.find((k) => k.field === 'operator') : undefined;
    if (op && textOf(t, op) === 'and') return parts(field(u, 'left')) && parts(field(u, 'right'));
    const txt = textOf(t, u).replace(/\s+/g, ' ');
    if (!missing && txt === `${name} is None`) return (missing = 'none') !== undefined;
    if (!missing && txt === `not ${name}`) return (missing = 'falsy') !== undefined;
    return cond?.(u) === true;
  };
  if (!parts(ifNode.children.find((k) => k.field === 'condition')) || !missing) return undefined;
  return { none: false, truthy: missing === 'falsy' ? true : filled.truthy };
}

/**
 * For `fn` inlined at a call: how its `if`s on parameters are decided by the arguments `args`
 * (parameter → argument node in `caller`'s tree).
 */
export function decideByArguments(caller: CallSite, fn: FnInfo, args: ReadonlyMap<string, PyNode>, selfCls?: ClassInfo): Decide {
  const t: PyTree = fn.unit.tree;
  const callee = calleeSite(caller, fn);
  const value = (id: PyNode): Known => {
    const name = textOf(t, id);
    if (!fn.params.includes(name) || !stillParameter(callee.scopes, fn.node, name, id)) return fromEntry(id) ?? getattrOnModel(caller, t, callee.scopes, id, argOf);
    const a = args.get(name);
    if (a) return known(caller, a);
    // Not passed (the call spreads nothing: it was bound): the default.
    const d = parameterDefault(fn.unit.tree, fn.node, name);
    return d ? known(callee, d) : undefined;
  };
  // The caller's argument for a parameter of `fn` (a mapped class passed to `model_query(context, Lead)`).
  const argOf = (p: PyNode): PyNode | undefined => {
    const name = textOf(t, p);
    return scopeOf(p) === fn.node && fn.params.includes(name) && stillParameter(callee.scopes, fn.node, name, p) ? args.get(name) : undefined;
  };
  // `gte = value.get("gte")` of a dict the caller writes with that key.
  const fromEntry = (id: PyNode): Known => {
    const v = unparen(resolveVariable(t, id, callee.scopes));
    const f = v?.type === 'call' ? field(v, 'function') : undefined;
    const o = f?.type === 'attribute' ? unparen(field(f, 'object')) : undefined;
    if (!v || o?.type !== 'identifier' || textOf(t, field(f!, 'attribute')!) !== 'get') return undefined;
    const k = named(field(v, 'arguments')!);
    const key = k.length === 1 ? decodeStringExpr(t, k[0]) : undefined;
    return key && !key.interpolated ? entry(o, key.text) : undefined;
  };
  const entry = (id: PyNode, key: string): Known => {
    const name = textOf(t, id);
    if (scopeOf(id) !== fn.node || !fn.params.includes(name) || !stillParameter(callee.scopes, fn.node, name, id)) return undefined;
    const a = args.get(name);
    return a ? entryIn(caller, a, key) : undefined;
  };
  const str = (id: PyNode): string | undefined => {
    const name = textOf(t, id);
    if (scopeOf(id) !== fn.node || !fn.params.includes(name) || !stillParameter(callee.scopes, fn.node, name, id)) return undefined;
    const a = args.get(name);
    if (a) return stringIn(caller, a);
    const d = parameterDefault(fn.unit.tree, fn.node, name);
    return d ? stringIn(callee, d) : undefined;
  };
  // `cls.base_filter` in a classmethod called on a visible class: its class attribute (or a base's).
  const classAttr = (a: PyNode): Known => {
    const o = unparen(field(a, 'object'));
    if (!selfCls || o?.type !== 'identifier' || textOf(t, o) !== fn.params[0] || !stillParameter(callee.scopes, fn.node, textOf(t, o), o)) return undefined;
    const held = caller.py.classAttr(selfCls, textOf(t, field(a, 'attribute')!));
    const v = unparen(held?.value);
    if (!held || !v) return undefined;
    if (v.type === 'none') return { none: true, truthy: false };
    // A visible class (`base_filter = RecentLeadsFilter`) is never `None`.
    return (v.type === 'identifier' || v.type === 'attribute') && caller.py.classNamed(held.cls.unit.file, textOf(held.cls.unit.tree, v)) ? { none: false, truthy: true } : undefined;
  };
  const decide = (cond: PyNode): boolean | undefined => {
    const c = unparen(cond);
    if (!c) return undefined;
    if (c.type === 'identifier') return value(c)?.truthy;
    if (c.type === 'not_operator') {
      const r = decide(field(c, 'argument')!);
      return r === undefined ? undefined : !r;
    }
    if (c.type === 'boolean_operator') {
      // `a and b` is false when either is, true when both are (`or` the other way round).
      const op = c.children.find((x) => x.field === 'operator');
      const l = decide(field(c, 'left')!);
      const r = decide(field(c, 'right')!);
      const and = op !== undefined && textOf(t, op) === 'and';
      if (and) return l === false || r === false ? false : l === true && r === true ? true : undefined;
      return l === true || r === true ? true : l === false && r === false ? false : undefined;
    }
    if (c.type === 'comparison_operator') {
      const [l, r] = named(c);
      const op = textOf(t, c).slice(l!.end - c.start, r!.start - c.start).trim().replace(/\s+/g, ' ');
      // `None not in [match_key, match_value]`: whether some listed value is `None`.
      if (l?.type === 'none' && (op === 'in' || op === 'not in') && (r?.type === 'list' || r?.type === 'tuple')) {
        const vs = named(r).map((x) => (x.type === 'identifier' ? value(x) : known(callee, x)));
        const some = vs.some((v) => v?.none === true) ? true : vs.every((v) => v !== undefined && !v.none) ? false : undefined;
        return some === undefined ? undefined : op === 'in' ? some : !some;
      }
      if (r?.type !== 'none' || (op !== 'is' && op !== 'is not')) return undefined;
      const v = l?.type === 'identifier' ? value(l) : l?.type === 'attribute' ? classAttr(l) : undefined;
      return v === undefined ? undefined : op === 'is' ? v.none : !v.none;
    }
    return undefined;
  };
  const out: Decide = (ifNode) => {
    const cond = ifNode.children.find((c) => c.field === 'condition');
    return cond && scopeOf(ifNode) === fn.node ? decide(cond) : undefined;
  };
  condsOf.set(out, decide);
  paramsOf.set(out, (id) => (scopeOf(id) === fn.node && id.type === 'identifier' ? value(id) : undefined));
  stringsOf.set(out, (id) => (id.type === 'identifier' ? str(id) : undefined));
  entriesOf.set(out, (id, key) => (id.type === 'identifier' ? entry(id, key) : undefined));
  return out;
}

/**
 * The site of `fn`'s own file, for reading its body. Fields are copied by name: a translator
 * passed as `s` keeps `py` in a getter, which an object spread would drop.
 */
function calleeSite(s: CallSite, fn: FnInfo): CallSite {
  const t = fn.unit.tree;
  return { py: s.py, t, scopes: scopesOf(t), file: fn.unit.file, selfClass: () => undefined };
}
