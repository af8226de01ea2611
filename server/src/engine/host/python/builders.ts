/**
 * Dicts and lists a function builds over several statements (`filters = {…}`, then
 * `filters["k"] = v`; `clauses = […]`, then `clauses.append(c)`), also under an `if` without
 * `else` (one alternative per path, `branches.ts`), and in a loop over a constant table of keys
 * (`builder-loops.ts`). Any other use of the name before the use
 * (passed elsewhere, `update()`, `extend()`, a loop) makes the value unknown.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, scopeOf, textOf, unparen, walk } from './ast';
import { type Decide, ifTaken } from './branches';
import { knownString } from './string-keys';
import { loopEntries, type ModuleConstant } from './builder-loops';

type Entry = { readonly key: string; readonly value: PyNode };

function contains(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * A key whose text is known: a literal, or one built from locals and parameters the caller passed
 * strings for (`{f"{field}__gte": v}`, `{field: v}`, `{"{}__in".format(field): v}`), `string-keys.ts`.
 */
function stringKey(t: PyTree, scopes: ScopeIndex, n: PyNode | undefined, decide?: Decide): string | undefined {
  return knownString(t, scopes, n, decide);
}

/** A dict literal's entries (`{"k": v}`, `dict(k=v)`), undefined when a key is not a plain string. */
function literalEntries(t: PyTree, scopes: ScopeIndex, n: PyNode, decide?: Decide): Entry[] | undefined {
  if (n.type === 'dictionary') {
    const out: Entry[] = [];
    for (const p of named(n)) {
      if (p.type !== 'pair') return undefined;
      const key = stringKey(t, scopes, field(p, 'key'), decide);
      const value = field(p, 'value');
      if (key === undefined || !value) return undefined;
      out.push({ key, value });
    }
    return out;
  }
  if (n.type === 'call' && lastName(t, field(n, 'function')) === 'dict' && field(n, 'function')?.type === 'identifier') {
    const a = callArgs(t, n);
    if (a.splat || a.positional.length) return undefined;
    return [...a.keywords].map(([key, value]) => ({ key, value }));
  }
  return undefined;
}

/**
 * The entries a dict has at `use`: a literal, or a local variable bound to one and then only
 * given string keys (`d["k"] = v`) in the same block or in the body of an `if` without `else`, or
 * keys from a constant table a loop walks (`constant` reads the module-level ones).
 */
export function dictEntries(t: PyTree, scopes: ScopeIndex, use: PyNode, decide?: Decide, constant?: ModuleConstant): Entry[] | undefined {
  const u = unparen(use);
  if (!u) return undefined;
  if (u.type !== 'identifier') return literalEntries(t, scopes, u, decide);
  // The one plain assignment of the name before the use (`d["k"] = v` also counts as a binding for `ScopeIndex`).
  const name = textOf(t, u);
  const assign = onlyAssignmentBefore(t, u, name);
  const value = assign ? unparen(field(assign, 'right')) : unparen(resolveVariable(t, u, scopes));
  if (!assign || !value || !assign.parent?.parent || !contains(assign.parent.parent, u)) return undefined;
  const out = literalEntries(t, scopes, value, decide);
  if (!out) return undefined;
  let unknown = false;
  walk(scopeOf(u), (x) => {
    if (unknown || x.type !== 'identifier' || x === u || x.start < assign.end || x.start > u.start || textOf(t, x) !== name) return;
    if (x.parent?.type === 'attribute' && field(x.parent, 'attribute') === x) return;
    const sub = x.parent;
    const a = sub?.parent;
    const key = sub?.type === 'subscript' && field(sub, 'value') === x ? stringKey(t, scopes, field(sub, 'subscript'), decide) : undefined;
    const looped = key === undefined && sub?.type === 'subscript' && field(sub, 'value') === x && a?.type === 'assignment' && field(a, 'left') === sub && field(a, 'right') ? loopEntries(t, scopes, a, field(sub, 'subscript')!, u, constant) : undefined;
    if (looped) {
      for (const k of looped) {
        const i = out.findIndex((e) => e.key === k);
        if (i >= 0) out.splice(i, 1);
        out.push({ key: k, value: field(a!, 'right')! });
      }
      return;
    }
    if (key === undefined || a?.type !== 'assignment' || field(a, 'left') !== sub || !field(a, 'right')) {
      unknown = true;
      return;
    }
    const runs = a.parent ? runsBefore(a.parent, u, decide) : undefined;
    if (runs === undefined) return void (unknown = true);
    if (!runs) return;
    const i = out.findIndex((e) => e.key === key);
    if (i >= 0) out.splice(i, 1);
    out.push({ key, value: field(a, 'right')! });
  });
  return unknown ? undefined : out;
}

/** The one plain assignment of `name` before `use` in its function, if there is exactly one. */
function onlyAssignmentBefore(t: PyTree, use: PyNode, name: string): PyNode | undefined {
  const binds: PyNode[] = [];
  walk(scopeOf(use), (x) => {
    const l = x.type === 'assignment' ? field(x, 'left') : undefined;
    if (l?.type === 'identifier' && x.start < use.start && textOf(t, l) === name) binds.push(x);
  });
  return binds.length === 1 ? binds[0]! : undefined;
}

/** Whether a statement `stmt` (in a block) runs on the path being translated before `use`: true, false, or undefined (unknown). */
function runsBefore(stmt: PyNode, use: PyNode, decide?: Decide): boolean | undefined {
  const block = stmt.parent;
  if (!block) return undefined;
  if (contains(block, use)) return true;
  const ifNode = block.parent;
  if (ifNode?.type !== 'if_statement' || block.field !== 'consequence' || ifNode.children.some((c) => c.field === 'alternative') || !ifNode.parent || !contains(ifNode.parent, use)) return undefined;
  return ifTaken(ifNode, decide);
}

/** The items a list has at `use`: a literal, or a local bound to one and then only given `append(x)` calls. */
export function listItems(t: PyTree, scopes: ScopeIndex, use: PyNode, decide?: Decide): PyNode[] | undefined {
  const u = unparen(use);
  if (!u) return undefined;
  if (u.type === 'list' || u.type === 'tuple') return named(u).some((x) => x.type === 'list_splat') ? undefined : named(u);
  if (u.type !== 'identifier') return undefined;
  const name = textOf(t, u);
  const assign = onlyAssignmentBefore(t, u, name);
  const value = assign ? unparen(field(assign, 'right')) : undefined;
  if (!assign || (value?.type !== 'list' && value?.type !== 'tuple') || !assign.parent?.parent || !contains(assign.parent.parent, u)) return undefined;
  const out = named(value);
  if (out.some((x) => x.type === 'list_splat')) return undefined;
  let unknown = false;
  walk(scopeOf(u), (x) => {
    if (unknown || x.type !== 'identifier' || x === u || x.start < assign.end || x.start > u.start || textOf(t, x) !== name) return;
    const attr = x.parent;
    const call = attr?.parent;
    const ok = attr?.type === 'attribute' && field(attr, 'object') === x && textOf(t, field(attr, 'attribute')!) === 'append' && call?.type === 'call' && call.parent?.type === 'expression_statement';
    const arg = ok ? callArgs(t, call!).positional : [];
    if (!ok || arg.length !== 1) return void (unknown = true);
    const runs = runsBefore(call!.parent!, u, decide);
    if (runs === undefined) return void (unknown = true);
    if (runs) out.push(arg[0]!);
  });
  return unknown ? undefined : out;
}
