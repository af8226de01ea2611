/**
 * What the names of a destructured parameter hold when the caller passes an object literal
 * (`({ $in, $search, ...filter }) => …` called with `{ user_id: userId }`): a named key the literal
 * writes holds its value; one it lacks holds the pattern's default or `undefined` (a literal has no
 * other keys); the rest element holds the literal without the named keys. A key the literal may get
 * from a conditional spread (`...(search ? { $search: … } : {})`, `...(c && { … })`) is not known
 * (left unbound), and the rest is known only when such spreads add named keys alone. Any other
 * spread makes every key unknown.
 */
import { field, kids, text, unwrap, type N } from './ast';

type Entry = { key: string; local: string; dflt?: N };

function synthetic(type: string, at: N, children: N[] = []): N {
  return { type, start: at.start, end: at.end, field: at.field, children, parent: at.parent, src: at.src };
}

function keyText(k: N): string {
  return text(k).replace(/^['"]|['"]$/g, '');
}

/** The keys an object literal's own plain properties write, and whether those are all its properties (no computed key, no method). */
function ownKeys(obj: N): { keys: Map<string, N>; complete: boolean } {
  const keys = new Map<string, N>();
  let complete = true;
  for (const c of kids(obj)) {
    if (c.type === 'comment' || c.type === 'spread_element' || c.type === '{' || c.type === '}' || c.type === ',') continue;
    if (c.type === 'shorthand_property_identifier') keys.set(text(c), c);
    else if (c.type === 'pair' && field(c, 'key')?.type !== 'computed_property_name') keys.set(keyText(field(c, 'key') ?? c), field(c, 'value') ?? c);
    else complete = false;
  }
  return { keys, complete };
}

/** The keys a spread `...(c ? { … } : {})` / `...(c && { … })` may add; undefined for any other spread. */
function conditionalKeys(spread: N): string[] | undefined {
  const u = unwrap(kids(spread)[0]);
  const sides: (N | undefined)[] = [];
  if (u?.type === 'ternary_expression') sides.push(field(u, 'consequence'), field(u, 'alternative'));
  else if (u?.type === 'binary_expression' && /^\s*&&/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) sides.push(field(u, 'right'));
  else return undefined;
  const keys: string[] = [];
  for (const s of sides) {
    const o = unwrap(s);
    if (o?.type !== 'object' || kids(o).some((c) => c.type === 'spread_element')) return undefined;
    const k = ownKeys(o);
    if (!k.complete) return undefined;
    keys.push(...k.keys.keys());
  }
  return keys;
}

/** Bindings of object pattern `pat` read from object literal `obj` (see the module comment). */
export function objectPatternBindings(pat: N, obj: N): Map<string, N> {
  const m = new Map<string, N>();
  const { keys: own, complete } = ownKeys(obj);
  const maybe = new Set<string>();
  for (const c of kids(obj)) {
    if (c.type !== 'spread_element') continue;
    const keys = conditionalKeys(c);
    if (!keys) return m;
    for (const k of keys) maybe.add(k);
  }
  const entries: Entry[] = [];
  let rest: string | undefined;
  for (const k of kids(pat)) {
    if (k.type === 'shorthand_property_identifier_pattern') entries.push({ key: text(k), local: text(k) });
    else if (k.type === 'pair_pattern') entries.push({ key: keyText(field(k, 'key') ?? k), local: text(field(k, 'value') ?? k) });
    else if (k.type === 'object_assignment_pattern') {
      const l = text(field(k, 'left') ?? k);
      const d = field(k, 'right');
      entries.push({ key: l, local: l, ...(d ? { dflt: d } : {}) });
    } else if (k.type === 'rest_pattern') {
      const id = kids(k).find((c) => c.type === 'identifier');
      rest = id ? text(id) : undefined;
    }
  }
  for (const e of entries) {
    if (!/^[\w$]+$/.test(e.local)) continue;
    const v = own.get(e.key);
    // A spread after the property may overwrite it: only a key no spread may add is known.
    if (maybe.has(e.key)) continue;
    if (v) m.set(e.local, v);
    else if (complete) m.set(e.local, e.dflt ?? synthetic('undefined', pat));
  }
  const named = new Set(entries.map((e) => e.key));
  if (rest && complete && [...maybe].every((k) => named.has(k))) {
    m.set(rest, synthetic('object', obj, obj.children.filter((c) => {
      if (c.type === 'spread_element') return false;
      const key = c.type === 'pair' ? field(c, 'key') : c.type === 'shorthand_property_identifier' ? c : undefined;
      return !key || !named.has(keyText(key));
    })));
  }
  return m;
}
