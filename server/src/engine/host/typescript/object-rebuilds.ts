/**
 * Two more ways a function fills a local object before a query reads it (objects.ts `localObject`):
 * - rebuilt with its own properties spread first, `where = { ...where, status }` (a `let` refined
 *   under `if`s, as routers and services write filters): each later property is set there;
 * - an element pushed onto an array the literal holds, `where[Op.and].push({ createdAt: … })`
 *   (Sequelize's `Op.and`/`Op.or` lists, Prisma's `AND: []`): the element joins that array.
 * As with property sets, only what every path does counts: a rebuild or push under an `if` is
 * left out, because the path without it is a path the query runs.
 */
import { field, kids, text, type N } from './ast';

const TRANSPARENT = new Set(['parenthesized_expression', 'as_expression', 'non_null_expression', 'satisfies_expression']);

/** The expression inside parentheses and casts (not `unwrap`, which resolves names through this module's caller). */
function bare(n: N | undefined): N | undefined {
  let u = n;
  while (u && TRANSPARENT.has(u.type)) u = kids(u)[0];
  return u;
}

/** A property set on the object: its key node, the value, and the statement that sets it. */
export interface ObjectSet {
  readonly key: N;
  readonly value: N;
  readonly stmt: N;
}

/** An element pushed onto the array held under `inner` (its key's text) by statement `stmt`. */
export interface ArrayPush {
  readonly inner: string;
  readonly value: N;
  readonly stmt: N;
}

/**
 * The properties `name = { ...name, a, b: v }` sets, given the identifier `n` on its left;
 * undefined when `n` is not such a statement's left side (null when it is, but not readable).
 */
export function selfSpreadSets(n: N, name: string): ObjectSet[] | null | undefined {
  const asg = n.parent;
  if (asg?.type !== 'assignment_expression' || n.field !== 'left' || asg.parent?.type !== 'expression_statement') return undefined;
  const obj = bare(field(asg, 'right'));
  const items = obj?.type === 'object' ? kids(obj) : [];
  const first = items[0];
  const spread = first?.type === 'spread_element' ? bare(kids(first)[0]) : undefined;
  if (spread?.type !== 'identifier' || text(spread) !== name) return null;
  const out: ObjectSet[] = [];
  for (const c of items.slice(1)) {
    if (c.type === 'shorthand_property_identifier') out.push({ key: { ...c, type: 'property_identifier' }, value: c, stmt: asg.parent });
    else if (c.type === 'pair' && field(c, 'key') && field(c, 'value')) out.push({ key: field(c, 'key')!, value: field(c, 'value')!, stmt: asg.parent });
    else return null;
  }
  return out;
}

/** Whether `m` (the object of a spread) is the self-spread of a rebuild `name = { ...name, … }`. */
export function isSelfSpread(m: N | null, name: string): boolean {
  const obj = m?.type === 'spread_element' ? m.parent : undefined;
  const asg = obj?.parent;
  const left = asg?.type === 'assignment_expression' ? field(asg, 'left') : undefined;
  return !!m && obj?.children.find((c) => c.type !== 'comment') === m && left?.type === 'identifier' && text(left) === name;
}

/** `name[K].push(x);` or `name.K.push(x);` as a statement, given the identifier `n`; undefined for any other use. */
export function arrayPush(n: N): ArrayPush | undefined {
  const m = n.parent;
  if (n.field !== 'object' || (m?.type !== 'member_expression' && m?.type !== 'subscript_expression')) return undefined;
  const key = m.type === 'member_expression' ? field(m, 'property') : field(m, 'index');
  // `(where.AND as Prisma.LeadWhereInput[]).push(…)`: the cast is the same array.
  let held: N = m;
  while (held.parent && TRANSPARENT.has(held.parent.type)) held = held.parent;
  const member = held.parent;
  const call = member?.parent;
  if (!key || member?.type !== 'member_expression' || held.field !== 'object' || text(field(member, 'property') ?? member) !== 'push') return undefined;
  if (call?.type !== 'call_expression' || member.field !== 'function' || call.parent?.type !== 'expression_statement') return undefined;
  const args = kids(field(call, 'arguments') ?? call);
  if (args.length !== 1 || args[0]!.type === 'spread_element') return undefined;
  return { inner: m.type === 'member_expression' ? text(key) : `[${text(key)}]`, value: args[0]!, stmt: call.parent };
}

/** The key text of a pair as an `arrayPush` names it (`status`, `[Op.and]`). */
function pairKey(pair: N): string {
  const k = field(pair, 'key');
  if (!k) return '';
  return k.type === 'computed_property_name' ? `[${text(kids(k)[0] ?? k)}]` : text(k).replace(/^['"]|['"]$/g, '');
}

/**
 * The literal with the elements pushed on every path added to their arrays (`everyPath` says
 * whether a statement among those before the read always runs a given push); undefined when a
 * push targets something other than an array literal of the base.
 */
export function withPushes(base: N, pushes: readonly ArrayPush[], everyPath: (p: ArrayPush) => boolean): N | undefined {
  const children = [...base.children];
  for (const inner of new Set(pushes.map((p) => p.inner))) {
    const i = children.findIndex((c) => c.type === 'pair' && pairKey(c) === inner);
    const pair = children[i];
    const arr = pair ? bare(field(pair, 'value')) : undefined;
    if (!pair || arr?.type !== 'array') return undefined;
    const added = pushes.filter((p) => p.inner === inner && everyPath(p)).map((p) => p.value);
    if (added.length === 0) continue;
    const value: N = { ...arr, field: 'value', children: [...arr.children, ...added] };
    children[i] = { ...pair, children: pair.children.map((c) => (c.field === 'value' ? value : c)) };
  }
  return { ...base, children };
}
