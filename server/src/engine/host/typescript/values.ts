/**
 * What values written in the code evaluate to, where that can be known: the pairs of an object
 * literal (spreads included, `...(c && { … })` by the truth of `c`), and a condition's truth
 * (`if (since)`, `opts.filter?.from && …`) from the caller's arguments, literals, `const`
 * initialisers and parameter types whose values are never falsy. Used to read where/options
 * objects and to decide a helper's branches; undefined when unknown.
 */
import { constPatternBefore, declaratorOf, dottedName, field, FUNCTIONS, kids, SCOPES, stringValue, text, unwrap, withBindings, type N } from './ast';
import { resolvers } from './resolver-stack';
import { isTimestampMs } from './timestamps';
import { makesDate } from './date-values';
import { returnedTruth } from './returned-truth';
import { typeofTruth } from './typeof-checks';
import { checkedRecordProperty } from './checked-records';
import { returnedFieldTruth } from './returned-fields';
import { shortCircuited } from './optional-chains';
import { enumComparison } from './enum-comparisons';

/** Pairs of an object literal; `undefined` when it has a spread or a computed key we cannot read. */
export interface Prop {
  readonly key: string;
  /** For `[Op.gte]`-style computed keys: the dotted name inside the brackets. */
  readonly computed?: readonly string[];
  readonly keyNode: N;
  readonly value: N;
  readonly pair: N;
}

/** How deep spreads are being read (a helper spreading its own result would never end). */
let spreadDepth = 0;

export function objectProps(obj: N): { props: Prop[]; dynamic: boolean } {
  const props: Prop[] = [];
  let dynamic = false;
  for (const c of kids(obj)) {
    if (c.type === 'pair') {
      const k = field(c, 'key');
      const v = field(c, 'value');
      if (!k || !v) {
        dynamic = true;
        continue;
      }
      if (k.type === 'property_identifier' || k.type === 'number') props.push({ key: text(k), keyNode: k, value: v, pair: c });
      else if (k.type === 'string') props.push({ key: stringValue(k) ?? '', keyNode: k, value: v, pair: c });
      else if (k.type === 'computed_property_name') {
        const inner = k.children[0];
        const d = dottedName(inner);
        const s = stringValue(inner);
        if (d) props.push({ key: d.join('.'), computed: d, keyNode: k, value: v, pair: c });
        else if (s !== undefined) props.push({ key: s, keyNode: k, value: v, pair: c });
        else dynamic = true;
      } else dynamic = true;
    } else if (c.type === 'shorthand_property_identifier') {
      props.push({ key: text(c), keyNode: c, value: c, pair: c });
    } else if (c.type === 'spread_element') {
      let inner: Prop[] | undefined;
      if (spreadDepth < 16) {
        spreadDepth++;
        try {
          inner = spreadProps(c.children.find((x) => x.type !== 'comment'));
        } finally {
          spreadDepth--;
        }
      }
      if (inner) props.push(...inner);
      else dynamic = true;
    } else if (c.type === 'method_definition') dynamic = true;
  }
  // A key written twice (`{ ...options, where: { … } }`): the last one counts, as in JavaScript.
  const last = new Map(props.map((p, i) => [p.key, i]));
  if (last.size < props.length) return { props: props.filter((p, i) => last.get(p.key) === i), dynamic };
  return { props, dynamic };
}

/**
 * The properties a spread adds when they can be read: an object literal (or a value resolved to
 * one), and `...(c ? { a } : {})` / `...(c && { a })`, whose properties are present on one path
 * only — the path without them is a path the query can run, so they are left out.
 */
function spreadProps(e: N | undefined): Prop[] | undefined {
  const u = unwrap(e);
  if (!u) return undefined;
  const read = (x: N | undefined): Prop[] | undefined => {
    const v = unwrap(x);
    if (v?.type === 'null' || v?.type === 'undefined' || (v?.type === 'identifier' && text(v) === 'undefined')) return [];
    if (v?.type !== 'object') return undefined;
    const r = objectProps(v);
    return r.dynamic ? undefined : r.props;
  };
  if (u.type === 'object') return read(u);
  if (u.type === 'member_expression' || u.type === 'subscript_expression') {
    const table = tableEntry(u, read);
    if (table !== null) return table;
  }
  // `...options.where` of an object literal (a helper's parameter read as the caller's argument): that property, or nothing.
  if (u.type === 'member_expression') {
    const o = unwrap(field(u, 'object'));
    const key = text(field(u, 'property') ?? u);
    // `...opts?.where` of an omitted `opts`: nothing.
    if (nullish(o) && /\?\.\s*[\w$]+$/.test(text(u))) return [];
    if (o?.type !== 'object') return undefined;
    const { props, dynamic } = objectProps(o);
    const hit = props.filter((p) => p.key === key).pop();
    return hit ? read(hit.value) : dynamic ? undefined : [];
  }
  // `...(since ? { … } : {})` / `...(since && { … })` whose condition the caller's values decide.
  const known = u.type === 'ternary_expression' || u.type === 'binary_expression' ? truthOf(field(u, u.type === 'ternary_expression' ? 'condition' : 'left')) : undefined;
  if (u.type === 'ternary_expression' && known !== undefined) return read(field(u, known ? 'consequence' : 'alternative'));
  if (u.type === 'binary_expression' && known !== undefined && /^\s*&&/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) {
    return known ? read(field(u, 'right')) : [];
  }
  if (u.type === 'ternary_expression') {
    const a = read(field(u, 'consequence'));
    const b = read(field(u, 'alternative'));
    // One arm adds nothing: that path runs without what the other adds, whatever it is.
    if (a?.length === 0 || b?.length === 0) return [];
    if (!a || !b) return undefined;
    const keys = (ps: Prop[]): string => ps.map((p) => p.key).sort().join('\0');
    return keys(a) === keys(b) ? a : undefined;
  }
  if (u.type === 'binary_expression' && /^\s*&&/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) {
    return read(field(u, 'right')) ? [] : undefined;
  }
  return undefined;
}

/**
 * `...listing.open` / `...listing[status]` of a constant table of object literals (a module `const`,
 * Cal.com's `bookingListingByStatus`): the entry a literal key names; for a key not known here, the
 * properties every entry has (an entry without one is a path the query can run), read from the
 * first. Null when the object is not such a table (the caller reads it otherwise).
 */
function tableEntry(u: N, read: (x: N | undefined) => Prop[] | undefined): Prop[] | undefined | null {
  let o = unwrap(field(u, 'object'));
  // `unwrap` leaves a chain's object alone; here it is a value the workspace may resolve.
  if (o?.type === 'identifier') o = unwrap({ ...o, field: null });
  if (o?.type !== 'object' || kids(o).some((c) => c.type === 'spread_element')) return null;
  const { props, dynamic } = objectProps(o);
  const idx = u.type === 'subscript_expression' ? field(u, 'index') : undefined;
  const key = u.type === 'member_expression' ? text(field(u, 'property') ?? u) : stringValue(unwrap(idx));
  if (key !== undefined) {
    const hit = props.filter((p) => p.key === key).pop();
    return hit ? read(hit.value) : dynamic ? undefined : [];
  }
  if (dynamic) return undefined;
  const entries = props.map((p) => read(p.value));
  if (!entries.length || entries.some((e) => e === undefined)) return undefined;
  const every = (k: string): boolean => entries.every((e) => e!.some((p) => p.key === k));
  return entries[0]!.filter((p) => every(p.key));
}

// Types whose values are never falsy: objects, arrays, tuples, well-known classes.
const OBJECT_TYPE = /^(?:Date|RegExp|Map<.*>|Set<.*>|Array<.*>|ReadonlyArray<.*>|Record<.*>|Buffer|Uint8Array|readonly .*\[\]|[\w$.<>, ]+\[\]|\[.*\]|\{[\s\S]*\})$/;

/**
 * Whether an identifier names a parameter of its function declared with a type whose values are
 * always truthy (`since: Date`, `ids: number[]`, `{ … }`), not optional, without a default or a
 * union. Never for number/string/boolean/any/unknown: their values can be falsy.
 */
export function truthyParam(id: N): boolean {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (!FUNCTIONS.has(p.type) || p.type === 'program') continue;
    const ps = field(p, 'parameters');
    for (const q of ps ? kids(ps) : []) {
      const pat = field(q, 'pattern');
      const t = field(q, 'type');
      // `({ userId, interval }: { userId: bigint; interval: Interval })`: the member's declared type.
      if (pat?.type === 'object_pattern' && t && kids(pat).some((k) => k.type === 'shorthand_property_identifier_pattern' && text(k) === name)) {
        const m = new RegExp(`(?:^|[{;,\\s])${name.replace(/\$/g, '\\$')}\\s*:\\s*([^;,}]+)`).exec(text(t));
        return !!m && truthyType(m[1]!);
      }
      if (pat?.type !== 'identifier' || text(pat) !== name) continue;
      if (q.type !== 'required_parameter' || field(q, 'value') || !t) return false;
      return truthyType(text(t).replace(/^\s*:\s*/, ''));
    }
    return false;
  }
  return false;
}

/** Type alias text by name where the code is checked (`type Interval = '24h' | '7d'`), set by the scan and the follow pass. */
let typeText: ((name: string) => string | undefined) | undefined;

/** Runs `f` with `lookup` giving type aliases' text. */
export function withTypeText<T>(lookup: (name: string) => string | undefined, f: () => T): T {
  const prev = typeText;
  typeText = lookup;
  try {
    return f();
  } finally {
    typeText = prev;
  }
}

/** Whether every value of a type is truthy: objects, arrays, well-known classes, unions of non-empty string literals (through aliases). */
export function truthyType(t: string, depth = 0): boolean {
  const ty = t.trim();
  if (/\b(undefined|null|any|unknown)\b|\?/.test(ty)) return false;
  if (OBJECT_TYPE.test(ty) && !ty.includes('|')) return true;
  const parts = ty.split('|').map((x) => x.trim()).filter((x) => x !== '');
  if (parts.length > 0 && parts.every((x) => /^'[^']+'$|^"[^"]+"$/.test(x))) return true;
  const alias = /^[A-Za-z_$][\w$]*$/.test(ty) && depth < 3 ? typeText?.(ty) : undefined;
  return alias !== undefined && truthyType(alias, depth + 1);
}

function nullish(u: N | undefined): boolean {
  return !!u && (u.type === 'undefined' || u.type === 'null' || (u.type === 'identifier' && text(u) === 'undefined'));
}

/**
 * Whether a condition is certainly true or false with the values in view (helpers' parameters read
 * as the caller's arguments, or the explicit `args` for names of the condition itself): `opts.since`,
 * `!since`, `since !== undefined`, where the value is a literal, a property an object literal lacks
 * (undefined), or a parameter whose type is always truthy. Undefined when unknown.
 */
export function truthOf(cond: N | undefined, args?: ReadonlyMap<string, N>, depth = 0): boolean | undefined {
  const read = (x: N | undefined): N | undefined => {
    const v = unwrap(x);
    const a = args && v?.type === 'identifier' ? args.get(text(v)) : undefined;
    return a ? unwrap(a) : v;
  };
  let raw = cond;
  let u = read(cond);
  if (!u || depth > 8) return undefined;
  let negate = false;
  while (u?.type === 'unary_expression' && /^!/.test(text(u))) {
    negate = !negate;
    raw = kids(u)[0];
    u = read(raw);
  }
  if (!u) return undefined;
  const flip = (r: boolean | undefined): boolean | undefined => (r === undefined ? undefined : r !== negate);
  if (u.type === 'binary_expression') {
    const op = u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end).trim();
    if (op === '&&' || op === '||') {
      // `a && b` is true when both are, false when either is not (and the reverse for `||`).
      const l = truthOf(field(u, 'left'), args, depth + 1);
      const r = truthOf(field(u, 'right'), args, depth + 1);
      const and = op === '&&';
      if (l === and && r === and) return flip(and);
      if (l === !and || r === !and) return flip(!and);
      return undefined;
    }
    if (isTimestampMs(u, constInit)) return flip(true);
    const tf = typeofTruth(u, read, constInit);
    if (tf !== undefined) return flip(tf);
    const ec = enumComparison(u, read);
    if (ec !== undefined) return flip(ec);
    const m = /^\s*(!==|!=|===|==)\s*$/.exec(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end));
    const right = unwrap(field(u, 'right'));
    if (!m || !nullish(right)) return undefined;
    const eq = m[1] === '===' || m[1] === '==';
    const left = truthOf(field(u, 'left'), args, depth + 1);
    // A truthy value is neither null nor undefined; a missing one is undefined (`==`/`!=` also cover null).
    if (left === true) return flip(!eq);
    if (left === false && (m[1]!.length === 2 || right?.type !== 'null')) return flip(eq);
    return undefined;
  }
  // `options?.include?.includes('outputs')` with `options` undefined: the whole chain is undefined.
  if (shortCircuited(u, (x) => nullish(read(x)))) return flip(false);
  if (u.type === 'member_expression') {
    let obj = read(field(u, 'object'));
    const prop = field(u, 'property');
    // `options.filter?.from`: the nested object literal the outer property holds (a missing one is undefined).
    if (obj?.type === 'member_expression') {
      const inner = literalProperty(obj, read);
      if (inner === null) return flip(false);
      obj = inner ? read(inner) : undefined;
    }
    // A name the caller gave a checked record's property (`since: lead.createdAt` after `if (!lead) return`).
    if (raw?.type === 'identifier' && checkedRecordProperty(u)) return flip(true);
    if (obj?.type !== 'object' || !prop) return undefined;
    const value = literalValue(obj, text(prop));
    if (value === undefined) return undefined;
    return flip(value === null ? false : truthOf(value, undefined, depth + 1));
  }
  // `Array.isArray(v)` of a value that is written as a literal.
  if (u.type === 'call_expression' && text(field(u, 'function') ?? u) === 'Array.isArray') {
    const a = kids(field(u, 'arguments') ?? u);
    const v = a.length === 1 ? read(a[0]) : undefined;
    if (v?.type === 'array') return flip(true);
    if (v && ['object', 'string', 'template_string', 'number', 'true', 'false', 'null', 'undefined', 'new_expression'].includes(v.type)) return flip(false);
    return undefined;
  }
  if (u.type === 'ternary_expression') {
    // `c ? a : b`: the arm the condition picks, or what both arms agree on.
    const c = truthOf(field(u, 'condition'), args, depth + 1);
    const a = c === false ? undefined : truthOf(field(u, 'consequence'), args, depth + 1);
    const b = c === true ? undefined : truthOf(field(u, 'alternative'), args, depth + 1);
    return flip(c === true ? a : c === false ? b : a === b ? a : undefined);
  }
  switch (u.type) {
    case 'object':
    case 'array':
    case 'new_expression':
    case 'true':
    case 'arrow_function':
    case 'function_expression':
      return flip(true);
    case 'false':
    case 'null':
    case 'undefined':
      return flip(false);
    case 'string':
    case 'template_string':
      return u.children.some((c) => c.type === 'template_substitution') ? undefined : flip(text(u).length > 2);
    case 'number':
      return flip(Number(text(u)) !== 0);
    case 'identifier':
    case 'shorthand_property_identifier': {
      if (text(u) === 'undefined') return flip(false);
      if (truthyParam(u)) return flip(true);
      // A `const` declared before (`const since = new Date(…)`, `const period = monthRange(month)`),
      // or destructured from an object literal (`const { created_at, ...rest } = selector`).
      const init = constInit(u) ?? destructured(u);
      if (init) return flip(truthOf(init, undefined, depth + 1));
      // Destructured from what a visible helper returns (`const { startDate } = getStartEndDates(…)`).
      return flip(returnedFieldTruth(u, (v) => truthOf(v, undefined, depth + 1)));
    }
    case 'call_expression': {
      if (isTimestampMs(u, constInit) || makesDate(u)) return flip(true);
      const r = declaredTruth(u, depth);
      return r === undefined ? undefined : flip(r);
    }
    default:
      return undefined;
  }
}

/**
 * The truth of a helper's result from its declared return type: `periodToSince(period): Date`
 * gives a Date, never falsy, so `since ? gte(t.createdAt, since) : undefined` takes its first arm
 * when `since` is that call. Only plain (not async) functions whose annotation is a type every
 * value of which is truthy, or without one, whose returns are (returned-truth.ts).
 */
function declaredTruth(call: N, depth: number): boolean | undefined {
  const callee = field(call, 'function');
  const r = resolvers[resolvers.length - 1];
  if (callee?.type !== 'identifier' || !r) return undefined;
  const l = r.lookup(text(callee), callee);
  if (l?.kind !== 'function') return undefined;
  const fn = l.node;
  const body = field(fn, 'body');
  if (/\basync\b/.test(fn.src.slice(fn.start, body ? body.start : fn.end))) return undefined;
  const rt = field(fn, 'return_type');
  if (rt) return truthyType(text(rt).replace(/^\s*:\s*/, '')) ? true : undefined;
  // No annotation: what its returns give (`return date` of a `const date = new Date()`), its plain
  // parameters read as this call's arguments (`periodStart(period)` returning a date unless `period === E.AllTime`).
  const args = new Map<string, N>();
  const given = kids(field(call, 'arguments') ?? call);
  kids(field(fn, 'parameters') ?? fn).forEach((p, i) => {
    const pat = field(p, 'pattern') ?? p;
    const a = given[i];
    if (pat.type === 'identifier' && a && a.type !== 'spread_element' && !given.slice(0, i).some((g) => g.type === 'spread_element')) args.set(text(pat), a);
  });
  const single = field(fn, 'parameter');
  if (single?.type === 'identifier' && given[0] && given[0].type !== 'spread_element') args.set(text(single), given[0]);
  return withBindings([{ fn, args, used: 0 }], () => returnedTruth(fn, (v) => truthOf(v, undefined, depth + 1)));
}

/**
 * Whether a value is certainly `undefined`: the literal, or a property of an object literal that
 * lacks it (`config.relations` with `config` read as the caller's `{ take: 20 }`).
 */
export function absent(v: N | undefined): boolean {
  const u = unwrap(v);
  if (!u) return false;
  if (nullish(u) && u.type !== 'null') return true;
  return u.type === 'member_expression' && literalProperty(u, unwrap) === null;
}

/** The value an object literal gives `m`'s property (`a.b` with `a` read as `{ b: … }`): null when it lacks it, undefined when unknown. */
export function literalProperty(m: N, read: (x: N | undefined) => N | undefined, depth = 0): N | null | undefined {
  let obj = read(field(m, 'object'));
  const prop = field(m, 'property');
  if (obj?.type === 'member_expression' && depth < 4) {
    const inner = literalProperty(obj, read, depth + 1);
    if (inner === null) return null;
    obj = inner ? read(inner) : undefined;
  }
  if (obj?.type !== 'object' || !prop) return undefined;
  return literalValue(obj, text(prop));
}

/**
 * What an object literal gives property `name`, as JavaScript evaluates it: the value written
 * last; null when the literal has no such property; undefined when a spread or a member whose key
 * we cannot read (computed, method) may set it.
 */
export function literalValue(obj: N, name: string): N | null | undefined {
  let value: N | null = null;
  for (const c of kids(obj)) {
    if (c.type === 'comment') continue;
    const key = c.type === 'pair' ? field(c, 'key') : c.type === 'shorthand_property_identifier' ? c : undefined;
    if (!key) return undefined;
    if (text(key).replace(/^['"]|['"]$/g, '') !== name) continue;
    const v = c.type === 'pair' ? field(c, 'value') : c;
    if (!v) return undefined;
    value = v;
  }
  return value;
}

/** The initializer of the `const` an identifier names, declared before it in an enclosing block of the same function chain. */
function constInit(id: N): N | undefined {
  const name = text(id);
  const re = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  for (let p = id.parent; p; p = p.parent) {
    if (FUNCTIONS.has(p.type) && p.type !== 'program') {
      const ps = field(p, 'parameters') ?? field(p, 'parameter');
      if (ps && re.test(text(ps))) return undefined;
    }
    if (!SCOPES.has(p.type)) continue;
    for (const st0 of p.children) {
      if (st0.start >= id.start) break;
      const st = st0.type === 'export_statement' ? field(st0, 'declaration') : st0;
      if (st?.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      const d = declaratorOf(st, name);
      if (d) return field(d, 'value');
    }
  }
  return undefined;
}

function synthetic(type: string, at: N, children: N[] = []): N {
  return { type, start: at.start, end: at.end, field: at.field, children, parent: at.parent, src: at.src };
}

/**
 * What a name destructured by a `const` from an object literal holds (`const { created_at, ...rest }
 * = selector` with `selector` read as the caller's `{ userId }`): the property's value, its default
 * or `undefined` when the literal lacks it, and for the rest element the literal without the named
 * keys. Undefined when the source is not such a literal (a spread or a computed key in it).
 */
export function destructured(id: N): N | undefined {
  const name = text(id);
  return constPatternBefore(id, (pat, value) => fromPattern(pat, name, value));
}

/**
 * What a name destructured by a `const` from a helper's result holds (`const { envelopeWhereInput } =
 * await getEnvelopeWhereInput({ … })`, the helper returning `{ envelopeWhereInput, team }`): the
 * property the returned object literal gives it, read in the helper with the call's arguments bound.
 */
export function destructuredFromCall(id: N): N | undefined {
  const name = text(id);
  return constPatternBefore(id, (pat, value) => {
    let v = value;
    while (v && (v.type === 'await_expression' || v.type === 'parenthesized_expression')) v = kids(v)[0];
    return v?.type === 'call_expression' ? fromPattern(pat, name, value) : null;
  });
}

/** `name` in an object pattern read from `source`: its value (undefined: not known); null when the pattern does not bind `name`. */
function fromPattern(pat: N, name: string, source: N | undefined): N | undefined | null {
  const named: string[] = [];
  let target: { key: string; dflt?: N } | 'rest' | undefined;
  for (const k of kids(pat)) {
    if (k.type === 'shorthand_property_identifier_pattern') {
      named.push(text(k));
      if (text(k) === name) target = { key: name };
    } else if (k.type === 'object_assignment_pattern') {
      const l = field(k, 'left');
      const key = l ? text(l) : '';
      named.push(key);
      const r = field(k, 'right');
      if (key === name) target = r ? { key, dflt: r } : { key };
    } else if (k.type === 'pair_pattern') {
      const key = text(field(k, 'key') ?? k).replace(/^['"]|['"]$/g, '');
      named.push(key);
      const v = field(k, 'value');
      if (v?.type === 'identifier' && text(v) === name) target = { key };
    } else if (k.type === 'rest_pattern') {
      if (kids(k).some((c) => c.type === 'identifier' && text(c) === name)) target = 'rest';
    }
  }
  if (!target) return null;
  const obj = unwrap(source);
  if (obj?.type !== 'object' || objectProps(obj).dynamic || kids(obj).some((c) => c.type === 'spread_element')) return undefined;
  if (target === 'rest') {
    return synthetic('object', obj, obj.children.filter((c) => {
      const key = c.type === 'pair' ? field(c, 'key') : c.type === 'shorthand_property_identifier' ? c : undefined;
      return !key || !named.includes(text(key).replace(/^['"]|['"]$/g, ''));
    }));
  }
  const v = literalValue(obj, target.key);
  if (v === undefined) return undefined;
  if (v === null) return target.dflt ?? synthetic('undefined', pat);
  return v;
}
