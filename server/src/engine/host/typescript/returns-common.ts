/**
 * What a helper with several `return`s of object literals gives for sure: the properties every
 * return has (`if (!term) return {}; … return { [Op.or]: conditions }` gives none). A property
 * only some returns carry is left out, as for `...(c ? { a } : {})`: the path without it is a
 * path the query can run. A property every return carries with different values is not
 * guessed: the helper is then not read at all. Any return that is not a visible literal (or a
 * function that can end without `return`) leaves the helper unread too.
 */
import { field, kids, text, unwrap, visit, type N } from './ast';
import { objectProps } from './values';

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function']);
const MAX_RETURNS = 8;

/** The object every return of `fn` has in common, as a synthetic literal; undefined when not visible. */
export function commonReturnObject(fn: N, awaited: boolean): N | undefined {
  const body = field(fn, 'body');
  if (body?.type !== 'statement_block' || (!awaited && /\basync\b/.test(fn.src.slice(fn.start, body.start)))) return undefined;
  // The last statement returns: no path falls off the end with `undefined`.
  const stmts = kids(body);
  if (stmts[stmts.length - 1]?.type !== 'return_statement') return undefined;
  const rets: N[] = [];
  let nested = false;
  visit(body, (n) => {
    if (n !== body && (FUNCTIONS.has(n.type) || n.type === 'class_declaration' || n.type === 'class')) return false;
    // A return inside a loop or a `try` may be one of many exits we do not enumerate.
    if (n.type === 'for_statement' || n.type === 'for_in_statement' || n.type === 'while_statement' || n.type === 'do_statement' || n.type === 'try_statement' || n.type === 'switch_statement') {
      if (hasOwnReturn(n)) nested = true;
      return false;
    }
    if (n.type === 'return_statement') rets.push(n);
    return undefined;
  });
  if (nested || rets.length < 2 || rets.length > MAX_RETURNS) return undefined;
  const objects: N[] = [];
  for (const r of rets) {
    const o = unwrap(kids(r)[0]);
    if (o?.type !== 'object') return undefined;
    objects.push(o);
  }
  const lists = objects.map((o) => objectProps(o));
  if (lists.some((l) => l.dynamic)) return undefined;
  const first = lists[0]!.props;
  const pairs: N[] = [];
  for (const p of first) {
    const same = lists.map((l) => l.props.find((q) => q.key === p.key));
    if (same.some((q) => !q)) continue;
    // Present everywhere with different values: which one runs is not visible.
    if (same.some((q) => text(q!.value) !== text(p.value))) return undefined;
    pairs.push(p.pair);
  }
  const last = objects[objects.length - 1]!;
  return { ...last, children: pairs, parent: null };
}

/** Whether a statement holds a `return` of the enclosing function (not of a nested one). */
function hasOwnReturn(st: N): boolean {
  let has = false;
  visit(st, (m) => {
    if (has || (m !== st && FUNCTIONS.has(m.type))) return false;
    if (m.type === 'return_statement') has = true;
    return undefined;
  });
  return has;
}
