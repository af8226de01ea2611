/**
 * Condition hashes built in a local over several statements (`conditions = { user_id: id }`,
 * `conditions[:status] = s if s`, `conditions.merge!(created_at: range)`) and passed to
 * `where(conditions)`: read path by path from the method's statements before the call. A key
 * added only under an `if` leaves a path without it. Anything else touching the local: unreadable.
 */
import { child, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';

/** At most this many paths (2 per conditional key). */
const MAX_PATHS = 8;

type Pairs = readonly RNode[];

/** A `pair` node made of a key and a value taken from elsewhere (`h[:k] = v`). */
function pairOf(key: RNode, value: RNode): RNode {
  return { type: 'pair', named: true, field: null, start: key.start, end: value.end, children: [{ ...key, field: 'key' }, { ...value, field: 'value' }], parent: null, hasError: false };
}

function mentions(src: string, n: RNode, name: string): boolean {
  if (n.type === 'identifier' && textOf(src, n) === name) return true;
  return n.children.some((c) => mentions(src, c, name));
}

/** The literal-keyed pairs of a hash literal, or undefined. */
function literalPairs(src: string, n: RNode | undefined): RNode[] | undefined {
  if (n?.type !== 'hash') return undefined;
  const pairs = namedChildren(n);
  return pairs.every((p) => p.type === 'pair' && symbolOrStringValue(src, child(p, 'key')) !== undefined) ? pairs : undefined;
}

/** The pairs one statement adds to the local (`h[:k] = v`, `h.merge!(k: v)`, `h.update(…)`), or undefined. */
function additions(src: string, s: RNode, name: string): RNode[] | undefined {
  if (s.type === 'assignment') {
    const left = child(s, 'left');
    const right = child(s, 'right');
    const obj = left?.type === 'element_reference' ? child(left, 'object') : undefined;
    if (!left || !right || obj?.type !== 'identifier' || textOf(src, obj) !== name || mentions(src, right, name)) return undefined;
    const keys = namedChildren(left).filter((c) => c !== obj);
    if (keys.length !== 1 || symbolOrStringValue(src, keys[0]) === undefined) return undefined;
    return [pairOf(keys[0]!, right)];
  }
  if (s.type === 'call') {
    const recv = child(s, 'receiver');
    const m = child(s, 'method');
    if (recv?.type !== 'identifier' || textOf(src, recv) !== name || !m || !/^(merge!|update)$/.test(textOf(src, m)) || child(s, 'block')) return undefined;
    const args = child(s, 'arguments');
    const argv = args ? namedChildren(args) : [];
    const out: RNode[] = [];
    for (const a of argv) {
      const pairs = a.type === 'pair' ? (symbolOrStringValue(src, child(a, 'key')) !== undefined ? [a] : undefined) : literalPairs(src, a);
      if (!pairs || pairs.some((p) => mentions(src, p, name))) return undefined;
      out.push(...pairs);
    }
    return out.length ? out : undefined;
  }
  return undefined;
}

/** Statements of a branch that only add pairs, or undefined. */
function branchAdditions(src: string, b: RNode | undefined, name: string): RNode[] | undefined {
  if (!b) return [];
  const out: RNode[] = [];
  for (const s of namedChildren(b)) {
    const add = additions(src, s, name);
    if (!add) return undefined;
    out.push(...add);
  }
  return out;
}

function withPairs(src: string, base: Pairs, add: readonly RNode[]): Pairs {
  const out = [...base];
  for (const p of add) {
    const k = symbolOrStringValue(src, child(p, 'key'));
    const i = out.findIndex((q) => symbolOrStringValue(src, child(q, 'key')) === k);
    if (i >= 0) out[i] = p;
    else out.push(p);
  }
  return out;
}

/**
 * The paths of pairs a local hash holds where `call` (a statement of a method's body, or inside
 * one) passes it, or undefined when something we cannot read touches it.
 */
export function localHashPaths(src: string, call: RNode, name: string): Pairs[] | undefined {
  let stmt: RNode = call;
  while (stmt.parent && stmt.parent.type !== 'body_statement') stmt = stmt.parent;
  const body = stmt.parent;
  if (!body || (body.parent?.type !== 'method' && body.parent?.type !== 'singleton_method')) return undefined;
  let paths: Pairs[] | undefined;
  for (const s of namedChildren(body)) {
    if (s === stmt) break;
    if (!mentions(src, s, name)) continue;
    if (s.type === 'assignment' && child(s, 'left')?.type === 'identifier' && textOf(src, child(s, 'left')!) === name) {
      const pairs = literalPairs(src, child(s, 'right'));
      if (!pairs || pairs.some((p) => mentions(src, p, name))) return undefined;
      paths = [pairs];
      continue;
    }
    if (!paths) return undefined;
    if (s.type === 'if_modifier' || s.type === 'unless_modifier') {
      const cond = child(s, 'condition');
      const bodies = s.children.filter((c) => c.named && c !== cond);
      if (!cond || mentions(src, cond, name) || bodies.length !== 1) return undefined;
      const add = additions(src, bodies[0]!, name);
      if (!add) return undefined;
      paths = [...paths, ...paths.map((p) => withPairs(src, p, add))];
    } else if (s.type === 'if' || s.type === 'unless') {
      const cond = child(s, 'condition');
      const alt = child(s, 'alternative');
      if (!cond || mentions(src, cond, name) || (alt && alt.type !== 'else')) return undefined;
      const yes = branchAdditions(src, child(s, 'consequence'), name);
      const no = branchAdditions(src, alt, name);
      if (!yes || !no) return undefined;
      paths = [...paths.map((p) => withPairs(src, p, yes)), ...paths.map((p) => withPairs(src, p, no))];
    } else {
      const add = additions(src, s, name);
      if (!add) return undefined;
      paths = paths.map((p) => withPairs(src, p, add));
    }
    if (paths.length > MAX_PATHS) return undefined;
  }
  return paths;
}
