/**
 * What a helper with several `return`s of object literals gives for sure: the properties every
 * return has (`if (!term) return {}; … return { [Op.or]: conditions }` gives none). A property
 * only some returns carry is left out, as for `...(c ? { a } : {})`: the path without it is a
 * path the query can run. A property every return carries as objects (`where` of a tenant-aware
 * base service's `{ ...filter, where: { ...filter.where, userId } }` and of `filter` returned
 * unchanged) keeps what those objects have in common; one carried with other different values is
 * not guessed: the helper is then not read at all. Returns under an `if` the caller's values
 * decide against do not run (`if (!filter) return …` when the caller passes a filter). Any return
 * that is not a visible literal, or a parameter holding one, leaves the helper unread too.
 */
import { field, FUNCTION_NODES, kids, text, unwrap, visit, type N } from './ast';
import { objectProps, truthOf } from './values';

const MAX_RETURNS = 8;

/** The object every return of `fn` has in common, as a synthetic literal; undefined when not visible. */
export function commonReturnObject(fn: N, awaited: boolean): N | undefined {
  const body = field(fn, 'body');
  if (body?.type !== 'statement_block' || (!awaited && /\basync\b/.test(fn.src.slice(fn.start, body.start)))) return undefined;
  // The last statement returns: no path falls off the end with `undefined`.
  const stmts = kids(body);
  if (stmts[stmts.length - 1]?.type !== 'return_statement') return undefined;
  const rets: N[] = [];
  if (walk(stmts, rets) === undefined) return undefined;
  if (rets.length < 2 || rets.length > MAX_RETURNS) return undefined;
  const objects: N[] = [];
  for (const r of rets) {
    // `return filter` of a parameter read as the caller's object literal.
    const o = unwrap(kids(r)[0]);
    if (o?.type !== 'object') return undefined;
    objects.push(o);
  }
  return commonObject(objects);
}

/** What object literals have in common, as a synthetic literal; undefined when a key they all have differs otherwise. */
export function commonObject(objects: readonly N[]): N | undefined {
  const pairs = commonPairs(objects, 0);
  if (!pairs) return undefined;
  const last = objects[objects.length - 1]!;
  return { ...last, children: pairs, parent: null };
}

/** The pairs every object has with the same value (objects in common recursively); undefined when a key every object has differs otherwise. */
function commonPairs(objects: readonly N[], depth: number): N[] | undefined {
  const lists = objects.map((o) => objectProps(o));
  if (lists.some((l) => l.dynamic)) return undefined;
  const first = lists[0]!.props;
  const pairs: N[] = [];
  for (const p of first) {
    const same = lists.map((l) => l.props.find((q) => q.key === p.key));
    if (same.some((q) => !q)) continue;
    if (same.every((q) => text(q!.value) === text(p.value))) {
      pairs.push(p.pair);
      continue;
    }
    // Present everywhere as objects: what they all have. With other different values, which one runs is not visible.
    const values = same.map((q) => unwrap(q!.value));
    if (depth >= 3 || values.some((v) => v?.type !== 'object') || p.pair.type !== 'pair') return undefined;
    const inner = commonPairs(values as N[], depth + 1);
    if (!inner) return undefined;
    const v = values[values.length - 1]!;
    const value: N = { ...v, field: 'value', children: inner, parent: null };
    pairs.push({ ...p.pair, children: p.pair.children.map((c) => (c.field === 'value' ? value : c)), parent: null });
  }
  return pairs;
}

/**
 * Collects, statement by statement, the returns that may run: an `if` the caller's values decide
 * runs its taken branch only (and ends the walk when that branch always returns). 'done' when a
 * return always runs, undefined when an exit is not enumerated (a return in a loop, `try`, `switch`).
 */
function walk(stmts: readonly N[], rets: N[]): 'done' | 'open' | undefined {
  for (const st of stmts) {
    if (st.type === 'return_statement') {
      rets.push(st);
      return 'done';
    }
    if (!hasOwnReturn(st)) continue;
    if (st.type === 'statement_block') {
      const r = walk(kids(st), rets);
      if (r !== 'open') return r;
      continue;
    }
    if (st.type !== 'if_statement') return undefined;
    const alt = field(st, 'alternative');
    const branches = (x: N | null | undefined): readonly N[] => (!x ? [] : x.type === 'statement_block' ? kids(x) : x.type === 'else_clause' ? branches(kids(x)[0]) : [x]);
    const known = truthOf(field(st, 'condition'));
    if (known !== undefined) {
      const r = walk(branches(known ? field(st, 'consequence') : alt), rets);
      if (r !== 'open') return r;
      continue;
    }
    const a = walk(branches(field(st, 'consequence')), rets);
    const b = walk(branches(alt), rets);
    if (a === undefined || b === undefined) return undefined;
    if (a === 'done' && b === 'done') return 'done';
  }
  return 'open';
}

/** Whether a statement holds a `return` of the enclosing function (not of a nested one). */
function hasOwnReturn(st: N): boolean {
  let has = false;
  visit(st, (m) => {
    if (has || (m !== st && FUNCTION_NODES.has(m.type))) return false;
    if (m.type === 'return_statement') has = true;
    return undefined;
  });
  return has;
}
