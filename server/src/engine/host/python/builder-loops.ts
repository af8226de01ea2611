/**
 * Dict entries a loop adds over a constant table of lookups (`for column, lookup in
 * COLUMN_FILTERS.items(): if params.get(column): filters[lookup] = params[column]`): the keys are
 * the strings the table holds. Lookups in `filter(**d)` are ANDed, so adding entries only narrows
 * the rows; the path adding none and the path adding every one bound what any mix of iterations
 * gives. The loop is one choice (none or all) unless it always adds them all (no `if` around the
 * assignment, a non-empty table).
 */
import { field, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen } from './ast';
import { choice } from './branches';
import { decodeStringExpr } from './strings';

function contains(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

/** The strings of a literal's items, or undefined when one is not a plain string. */
function strings(t: PyTree, items: PyNode[]): string[] | undefined {
  const out: string[] = [];
  for (const i of items) {
    const d = decodeStringExpr(t, i);
    if (!d || d.interpolated) return undefined;
    out.push(d.text);
  }
  return out;
}

/** A module-level constant a name stands for, in its own tree (`PythonIndex.constant`). */
export type ModuleConstant = (name: string) => { readonly tree: PyTree; readonly node: PyNode } | undefined;

type Part = 'keys' | 'values' | 'items';

/** The strings a loop variable takes over `iter` at position `index` of the loop's target (-1: the whole target). */
function tableStrings(t: PyTree, scopes: ScopeIndex, iter: PyNode, index: number, constant?: ModuleConstant): string[] | undefined {
  let n = unparen(iter);
  let part: Part = 'keys';
  if (n?.type === 'call') {
    const f = field(n, 'function');
    const m = f?.type === 'attribute' ? textOf(t, field(f, 'attribute')!) : undefined;
    if (!m || !['keys', 'values', 'items'].includes(m) || named(field(n, 'arguments')!).length) return undefined;
    part = m as Part;
    n = unparen(field(f!, 'object'));
  }
  const local = n?.type === 'identifier' ? unparen(resolveVariable(t, n, scopes)) : n;
  const display = local?.type === 'dictionary' || local?.type === 'list' || local?.type === 'tuple';
  const held = !display && n?.type === 'identifier' ? constant?.(textOf(t, n)) : undefined;
  const table = held ? unparen(held.node) : local;
  if (held) t = held.tree;
  if (table?.type === 'list' || table?.type === 'tuple') return part === 'keys' && index < 0 ? strings(t, named(table)) : undefined;
  if (table?.type !== 'dictionary') return undefined;
  const pairs = named(table).filter((p) => p.type !== 'comment');
  if (pairs.some((p) => p.type !== 'pair')) return undefined;
  const pick = part === 'items' ? (index === 0 ? 'key' : index === 1 ? 'value' : undefined) : index < 0 ? (part === 'values' ? 'value' : 'key') : undefined;
  return pick ? strings(t, pairs.map((p) => field(p, pick)!)) : undefined;
}

/**
 * `d[k] = v` (the assignment `a`, key node `key`) inside a `for` over a constant table whose
 * variable is `k`, the loop reaching `use` in its block: the keys it adds on the path being
 * translated ([] when the loop adds none there), or undefined when the shape is anything else.
 */
export function loopEntries(t: PyTree, scopes: ScopeIndex, a: PyNode, key: PyNode, use: PyNode, constant?: ModuleConstant): string[] | undefined {
  if (unparen(key)?.type !== 'identifier') return undefined;
  let guarded = false;
  let loop: PyNode | undefined;
  for (let n = a.parent?.parent; n; n = n.parent) {
    if (n.type === 'block') continue;
    if (n.type === 'if_statement' && !n.children.some((c) => c.type === 'elif_clause' || c.type === 'else_clause')) guarded = true;
    else if (n.type === 'for_statement') {
      loop = n;
      break;
    } else return undefined;
  }
  if (!loop?.parent || !contains(loop.parent, use) || contains(loop, use)) return undefined;
  const left = field(loop, 'left');
  const name = textOf(t, unparen(key)!);
  const vars = left?.type === 'identifier' ? [left] : left && (left.type === 'pattern_list' || left.type === 'tuple_pattern') ? named(left) : [];
  const at = vars.findIndex((v) => v.type === 'identifier' && textOf(t, v) === name);
  if (at < 0) return undefined;
  const keys = tableStrings(t, scopes, field(loop, 'right')!, left?.type === 'identifier' ? -1 : at, constant);
  if (!keys) return undefined;
  if (!guarded && keys.length > 0) return keys;
  const c = choice(loop, 2);
  return c === undefined ? undefined : c === 1 ? keys : [];
}
