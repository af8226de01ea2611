/**
 * Named Objection modifiers that skip empty values (CHEFS' `filterUserId(query, value) { if (value)
 * query.where(…); }`, applied as `.modify('filterUserId', params.userId)`): each path the modifier
 * can take is an alternative of the query. A condition on a modifier's parameter is decided from
 * the argument: an omitted argument is absent, one with evidence of being undefined
 * (undefinedness.ts: `params = {}`, `a?.b`, an optional parameter) gives both paths, and any other
 * is taken as given (precision first: a value we cannot see keeps its condition). A condition of
 * another shape leaves the modifier to the one-path reading (objection.ts). A helper the modifier
 * hands its builder to (COMS' shared `filterOneOrMany(query, value, column)`) is read the same way,
 * its parameters taking the modifier's arguments and their presence.
 */
import { field, kids, stringValue, text, unwrap, type Link, type N } from './ast';
import { bind, functionOf, paramNames } from './inline';
import { bodyStatements, flowPaths, type Path } from './locals';
import { undefinedness } from './undefinedness';
import { truthOf } from './values';

type Presence = 'present' | 'absent' | 'maybe';

class Blind extends Error {}

/** A node without its parentheses (names stay names: `unwrap` would read a parameter as its argument). */
function bare(n: N | undefined): N | undefined {
  let u = n;
  while (u?.type === 'parenthesized_expression') u = kids(u).find((k) => k.type !== 'comment');
  return u;
}

/** The truth of a condition on the modifier's parameters, from how present their arguments are; undefined on both paths. */
function presenceTruth(cond: N | undefined, presence: ReadonlyMap<string, Presence>): boolean | undefined {
  const u = bare(cond);
  if (!u) throw new Blind();
  if (u.type === 'identifier' && presence.has(text(u))) {
    const p = presence.get(text(u));
    return p === 'maybe' ? undefined : p === 'present';
  }
  if (u.type === 'unary_expression' && /^!/.test(text(u))) {
    const r = presenceTruth(field(u, 'argument'), presence);
    return r === undefined ? undefined : !r;
  }
  // `Array.isArray(value)` on a given value of unknown type: both branches (COMS' `filterOneOrMany`).
  if (u.type === 'call_expression' && text(field(u, 'function') ?? u) === 'Array.isArray') {
    const a = kids(field(u, 'arguments') ?? u);
    const v = a.length === 1 ? bare(a[0]) : undefined;
    if (v?.type !== 'identifier' || !presence.has(text(v))) throw new Blind();
    return presence.get(text(v)) === 'absent' ? false : undefined;
  }
  if (u.type !== 'binary_expression') throw new Blind();
  const l = field(u, 'left');
  const r = field(u, 'right');
  const op = u.src.slice(l?.end ?? u.start, r?.start ?? u.end).trim();
  if (op === '&&' || op === '||') {
    const a = presenceTruth(l, presence);
    const b = presenceTruth(r, presence);
    const and = op === '&&';
    if (a === !and || b === !and) return !and;
    return a === and && b === and ? and : undefined;
  }
  if (!['===', '!==', '==', '!='].includes(op)) throw new Blind();
  const nullish = (x: N | undefined): string | undefined => {
    const v = bare(x);
    return v?.type === 'null' ? 'null' : v?.type === 'undefined' || (v?.type === 'identifier' && text(v) === 'undefined') ? 'undefined' : undefined;
  };
  const lu = bare(l);
  const kind = nullish(r);
  if (lu?.type !== 'identifier' || !presence.has(text(lu)) || !kind) throw new Blind();
  const p = presence.get(text(lu));
  if (p === 'maybe') return undefined;
  const eq = op.startsWith('=');
  // A present value is neither null nor undefined; an absent one is undefined, which `=== null` is not.
  const equal = p === 'absent' && !(kind === 'null' && op.length === 3);
  return eq ? equal : !equal;
}

/**
 * The paths `.modify(name, …args)` takes through a modifier function `fn` (its first parameter the
 * builder): one link list per path, or undefined when a condition is not read here.
 */
export function modifierPaths(fn: N, args: readonly N[]): Link[][] | undefined {
  const paths = pathsOn(fn, args, 1, 0, new Map(), 0);
  if (!paths?.length || paths.some((p) => p.base)) return undefined;
  return paths.map((p) => [...p.links]);
}

const MAX_HELPER_DEPTH = 3;

/**
 * The paths of `fn`'s statements on its parameter `at` (the builder) with `args` in place of the
 * parameters from `from` on. An argument naming a parameter of the enclosing modifier or helper
 * (`outer`) keeps its presence there; a helper the body hands the builder to (`filterOneOrMany(query,
 * value, 'leads.id')`, imported or local) is followed the same way.
 */
function pathsOn(fn: N, args: readonly N[], from: number, at: number, outer: ReadonlyMap<string, Presence>, depth: number): Path[] | undefined {
  const names = paramNames(fn);
  const param = names[at];
  const body = field(fn, 'body');
  if (!param || !body || kids(field(fn, 'parameters') ?? fn).some((p) => p.type === 'rest_pattern')) return undefined;
  const presence = new Map<string, Presence>();
  const given = new Map<string, N>();
  names.slice(from).forEach((n, i) => {
    if (!n || n === param) return;
    const a = args[i];
    const b = bare(a);
    const inherited = b?.type === 'identifier' ? outer.get(text(b)) : undefined;
    const u = a ? undefinedness(a) : 'always';
    presence.set(n, inherited ?? (u === 'always' ? 'absent' : u === 'maybe' ? 'maybe' : 'present'));
    if (a) given.set(n, a);
  });
  bind(fn, args, from);
  try {
    const decide = (cond: N): boolean | undefined => truthOf(cond, given) ?? presenceTruth(cond, presence);
    const helper = (call: N, i: number): Path[] | undefined => {
      const h = depth < MAX_HELPER_DEPTH ? functionOf(field(call, 'function')) : undefined;
      const list = kids(field(call, 'arguments') ?? call);
      return h ? pathsOn(h, list, 0, i, presence, depth + 1) : undefined;
    };
    const paths = flowPaths(bodyStatements(body), [{ links: [], steps: [] }], { name: param, mutable: true, helper, decide, args: given });
    // A helper called twice (two modifiers sharing `filterOneOrMany`) binds its parameters twice, and
    // the first binding would win: its calls take this call's arguments in place of its parameters.
    return from === 0 ? paths?.map((p) => ({ ...p, links: p.links.map((l) => (l.kind === 'call' ? { ...l, args: l.args.map((a) => (a.type === 'identifier' ? given.get(text(a)) : undefined) ?? a) } : l)) })) : paths;
  } catch (e) {
    if (e instanceof Blind) return undefined;
    throw e;
  }
}

/** `.modify('name', …)` of a modifier `find` gives, its paths spliced in place (the variants multiply); others left as they are. */
export function namedModifierVariants(links: readonly Link[], find: (name: string) => N | undefined): Link[][] {
  let out: Link[][] = [[]];
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const c = links[i + 1];
    const name = l.kind === 'prop' && l.name === 'modify' && c?.kind === 'call' ? stringValue(unwrap(c.args[0])) : undefined;
    const fn = name !== undefined ? find(name) : undefined;
    const paths = fn && c?.kind === 'call' ? modifierPaths(fn, c.args.slice(1)) : undefined;
    if (!paths || paths.length * out.length > 16) {
      out = out.map((v) => [...v, l]);
      continue;
    }
    out = out.flatMap((v) => paths.map((p) => [...v, ...p]));
    i++;
  }
  return out;
}
