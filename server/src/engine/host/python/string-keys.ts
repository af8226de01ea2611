/**
 * The text of a string computed from known parts, as applications write lookup names they build
 * (`{field: v}`, `{"{}__in".format(field): v}`, `{"%s__gte" % field: v}`, `{field + "__lt": v}`,
 * `{f"{field}__gte": v}`): literals, locals bound once to a known string, and parameters whose
 * caller passed a string (or whose default is one). Anything else is unknown (undefined).
 */
import { callArgs, field, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen } from './ast';
import type { Decide } from './branches';
import { paramString } from './decide';
import { decodeStringExpr, resolvedStringExpr } from './strings';

const MAX_DEPTH = 4;

/** The string `n` evaluates to, when every part of it is known. */
export function knownString(t: PyTree, scopes: ScopeIndex | undefined, n: PyNode | undefined, decide?: Decide, depth = 0): string | undefined {
  const u = unparen(n);
  if (!u || depth > MAX_DEPTH) return undefined;
  const sub = (x: PyNode | undefined): string | undefined => knownString(t, scopes, x, decide, depth + 1);
  if (u.type === 'string' || u.type === 'concatenated_string') {
    const d = decodeStringExpr(t, u);
    if (d && !d.interpolated) return d.text;
    return resolvedStringExpr(t, u, sub);
  }
  if (u.type === 'identifier') {
    // A local bound to a string, else a parameter as the inlined call passed it.
    const v = scopes ? resolveVariable(t, u, scopes) : undefined;
    return v ? sub(v) : paramString(decide, u);
  }
  if (u.type === 'binary_operator') {
    const op = u.children.find((c) => c.field === 'operator');
    const l = field(u, 'left');
    const r = field(u, 'right');
    if (op && textOf(t, op) === '+') {
      const a = sub(l);
      const b = a === undefined ? undefined : sub(r);
      return b === undefined ? undefined : a! + b;
    }
    if (op && textOf(t, op) === '%') return percentFormat(sub(l), r, sub);
    return undefined;
  }
  if (u.type === 'call') return formatCall(t, u, sub);
  return undefined;
}

/** `"%s__gte" % field` / `"%s__%s" % (a, b)`: only `%s` placeholders, each given a known string. */
function percentFormat(template: string | undefined, arg: PyNode | undefined, sub: (x: PyNode | undefined) => string | undefined): string | undefined {
  if (template === undefined || !arg) return undefined;
  const a = unparen(arg);
  const values = a?.type === 'tuple' ? named(a).map(sub) : [sub(a)];
  if (values.some((v) => v === undefined)) return undefined;
  let i = 0;
  let bad = false;
  const out = template.replace(/%(.)/g, (m: string, c: string) => {
    if (c === '%') return '%';
    if (c !== 's' || i >= values.length) bad = true;
    return values[i++] ?? m;
  });
  return bad || i !== values.length ? undefined : out;
}

/** `"{}__in".format(field)` / `"{name}__gte".format(name=field)`: empty, numbered or named fields given known strings. */
function formatCall(t: PyTree, call: PyNode, sub: (x: PyNode | undefined) => string | undefined): string | undefined {
  const fn = unparen(field(call, 'function'));
  if (fn?.type !== 'attribute' || textOf(t, field(fn, 'attribute')!) !== 'format') return undefined;
  const template = sub(field(fn, 'object'));
  if (template === undefined) return undefined;
  const args = callArgs(t, call);
  if (args.splat) return undefined;
  let auto = 0;
  let bad = false;
  const out = template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m: string, name: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    // A conversion or format spec (`{!r}`, `{:>4}`) changes the text: unknown.
    if (name === undefined || /[!:.[]/.test(name)) {
      bad = true;
      return m;
    }
    const node = name === '' ? args.positional[auto++] : /^\d+$/.test(name) ? args.positional[Number(name)] : args.keywords.get(name);
    const v = node ? sub(node) : undefined;
    if (v === undefined) bad = true;
    return v ?? m;
  });
  return bad ? undefined : out;
}
