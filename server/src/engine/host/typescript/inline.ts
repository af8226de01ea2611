/**
 * Helpers a query calls, read where they are defined: condition helpers (`ofCompany(c)` returning
 * `eq(leads.company, c)`), refinement callbacks (Kysely `$call(fn)`, knex/Objection
 * `modify(fn, …args)`), builders, conditions and arrays held in `const`s, and CTE builders. A
 * helper's parameters read as the caller's arguments (ast.ts `bindings`). Functions of other files
 * (and top-level ones, which the scan sees one statement at a time) are found through the folder
 * index, which only the cross-function pass has: follow.ts installs a resolver; without one such a
 * helper makes the query `NeedsIndex`, and that pass judges it again.
 */
import { objectPatternBindings } from './parameter-patterns';
import { importsAt } from './package-names';
import { bindings, dottedName, field, flattenChain, FUNCTION_NODES, kids, stringValue, text, unwrap, visit, type Link, type N } from './ast';
import { literalValue, truthOf } from './values';
import { requireOf, type ClassInfo } from './modinfo';
import { Dynamic } from './sqlgen';
import { thisFieldString } from './this-fields';
import { resolvers } from './resolver-stack';

export { resolvers, type Resolver } from './resolver-stack';

/** A query whose helper only the folder index can show (judged again by the cross-function pass). */
export class NeedsIndex extends Dynamic {
  /** The ORM the follow pass judges the query with, when the translator that needed the index knows it. */
  constructor(
    why: string,
    readonly orm?: string,
  ) {
    super(`needs index: ${why}`);
  }
}


/**
 * The class a name stands for where it is used, and its base classes (`class Lead extends BaseModel`), nearest first.
 * With `model`, `name` is a model's name, looked up in the file declaring it when the code names it otherwise.
 */
export function classChain(name: string, at: N, model?: 'objection'): ClassInfo[] {
  const r = resolvers[resolvers.length - 1];
  if (!r) throw new NeedsIndex(`class ${name}`);
  const out: ClassInfo[] = [];
  // A model the file names otherwise (`import { Lead as MyLead }`, a registry path) is found in its own file.
  let c = r.cls(name, at) ?? (model ? r.modelClass?.(model, name) : undefined);
  while (c && out.length < 8 && !out.includes(c)) {
    out.push(c);
    // `extends BaseModel`, or `extends models.BaseModel` through a namespace import.
    const base = c.extends ? /^[\w$]+(?:\s*\.\s*[\w$]+)?$/.exec(c.extends.trim())?.[0].replace(/\s+/g, '') : undefined;
    c = base ? r.cls(base, c.node) : undefined;
  }
  return out;
}


const MAX_BINDINGS = 64;

export function isFunction(n: N | undefined): boolean {
  return !!n && FUNCTION_NODES.has(n.type);
}

/** Runs a translation; bindings pushed while it runs (helpers' parameters) are dropped afterwards. */
export function scoped<T>(f: () => T): T {
  const n = bindings.length;
  try {
    return f();
  } finally {
    bindings.length = n;
  }
}

function isThisParam(p: N): boolean {
  const pat = field(p, 'pattern');
  return pat?.type === 'this';
}

export function paramNames(fn: N): string[] {
  const single = field(fn, 'parameter');
  if (single) return [text(single)];
  const ps = field(fn, 'parameters');
  // A `this: M` parameter is a type annotation only: no argument is passed for it.
  return (ps ? kids(ps).filter((p) => !isThisParam(p)) : []).map((p) => {
    const pat = field(p, 'pattern') ?? p;
    return pat.type === 'identifier' ? text(pat) : '';
  });
}

/** The local names a function's object-pattern parameters destructure (`{ userId, since: from }: Opts` → userId, from). */
export function destructuredParams(fn: N): string[] {
  const out: string[] = [];
  for (const p of kids(field(fn, 'parameters') ?? fn)) {
    const pat = field(p, 'pattern') ?? p;
    if (pat.type !== 'object_pattern') continue;
    for (const k of kids(pat)) {
      const local = k.type === 'shorthand_property_identifier_pattern' ? k : k.type === 'pair_pattern' ? field(k, 'value') : k.type === 'object_assignment_pattern' ? field(k, 'left') : undefined;
      if (local && /^[\w$]+$/.test(text(local))) out.push(text(local));
    }
  }
  return out;
}

/**
 * Parameters → the caller's arguments, including names destructured from an object literal
 * argument (`findAll(table, { where, limit = 100 })` called with `{ where: { … } }`).
 */
export function argBindings(fn: N, args: readonly N[]): Map<string, N> {
  const m = new Map<string, N>();
  const single = field(fn, 'parameter');
  const ps = single ? [single] : kids(field(fn, 'parameters') ?? fn).filter((p) => p.type !== 'comment' && !isThisParam(p));
  if (!single && !field(fn, 'parameters')) return m;
  const spread = args.some((a) => a.type === 'spread_element');
  ps.forEach((p, i) => {
    // An omitted argument takes the parameter's default (`config = { take: 50 }`).
    // An omitted optional one without a default is `undefined` (`findQuery()` of `findQuery(options?)`).
    const a = args[i] ?? (spread ? undefined : field(p, 'value') ?? omittedOptional(p));
    if (!a || a.type === 'spread_element') return;
    const pat = field(p, 'pattern') ?? p;
    if (pat.type === 'identifier') m.set(text(pat), a);
    const obj = unwrap(a);
    if (pat.type !== 'object_pattern' || obj?.type !== 'object') return;
    // Named keys, absent ones (default or undefined) and the rest element (parameter-patterns.ts).
    for (const [k, v] of objectPatternBindings(pat, obj)) m.set(k, v);
  });
  return m;
}

/** The `undefined` an omitted optional parameter holds (a synthetic node at the parameter). */
function omittedOptional(p: N): N | undefined {
  if (p.type !== 'optional_parameter') return undefined;
  return { type: 'undefined', start: p.start, end: p.start, field: null, children: [], parent: null, src: p.src };
}

/** Binds `fn`'s parameters (from the `skip`-th on) to `args` until the enclosing `scoped` ends. */
export function bind(fn: N, args: readonly N[], skip = 0): void {
  if (bindings.length > MAX_BINDINGS) throw new Dynamic('helpers nest too deep');
  const m = new Map<string, N>();
  paramNames(fn).slice(skip).forEach((p, i) => {
    const a = args[i];
    if (p && a && a.type !== 'spread_element') m.set(p, a);
  });
  // Names destructured from an object literal argument (`outputsWhere({ leadId, since })` called with `{ since: lead.createdAt }`).
  if (skip === 0) for (const [k, v] of argBindings(fn, args)) if (!m.has(k)) m.set(k, v);
  bindings.push({ fn, args: m, used: 0 });
}

type Local = { kind: 'const'; value: N } | { kind: 'function'; node: N } | { kind: 'other' };

function declaredIn(stmts: readonly N[], name: string, before: number): Local | undefined {
  for (const st of stmts) {
    if (st.type === 'function_declaration' || st.type === 'generator_function_declaration') {
      const n = field(st, 'name');
      if (n && text(n) === name) return { kind: 'function', node: st };
    }
    if (st.type === 'export_statement') {
      const d = field(st, 'declaration');
      const r = d ? declaredIn([d], name, before) : undefined;
      if (r) return r;
    }
    if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
    for (const d of kids(st)) {
      const n = field(d, 'name');
      if (d.type !== 'variable_declarator' || !n) continue;
      if (n.type !== 'identifier') {
        // `const { helper } = require('./utils')` at the top of a module is an import: the resolver reads it.
        if (st.parent?.type === 'program' && requireOf(field(d, 'value'))) continue;
        if (new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(n))) return { kind: 'other' };
        continue;
      }
      if (text(n) !== name) continue;
      const v = field(d, 'value');
      const isConst = /^const\b/.test(text(st));
      if (!isConst || !v || st.start > before) return { kind: 'other' };
      const u = unwrap(v);
      return u && FUNCTION_NODES.has(u.type) ? { kind: 'function', node: u } : { kind: 'const', value: v };
    }
  }
  return undefined;
}

/**
 * What a name means where it is used: a `const` or function declared in an enclosing block, a
 * parameter or another binding (`other`), or, when nothing in the tree we hold declares it, what
 * the resolver finds at the top level of its file or through its imports (undefined: unknown).
 */
export function lookupName(at: N): Local | undefined {
  const name = text(at);
  for (let p = at.parent; p; p = p.parent) {
    if (p.type === 'statement_block' || p.type === 'program') {
      const r = declaredIn(kids(p), name, at.start);
      if (r) return r;
    }
    if (FUNCTION_NODES.has(p.type) && paramNames(p).includes(name)) return { kind: 'other' };
    if (FUNCTION_NODES.has(p.type)) {
      const ps = field(p, 'parameters');
      if (ps && new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(ps))) return { kind: 'other' };
    }
    if ((p.type === 'for_in_statement' || p.type === 'catch_clause') && new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(text(field(p, 'left') ?? field(p, 'parameter') ?? p))) return { kind: 'other' };
    if (p.type === 'program') break;
  }
  const r = resolvers[resolvers.length - 1];
  if (!r) throw new NeedsIndex(`${name} is declared elsewhere`);
  const found = r.lookup(name, at);
  if (!found) return undefined;
  return found.kind === 'function' ? { kind: 'function', node: found.node } : { kind: 'const', value: found.node };
}

/** The function an expression names: an inline function, a local or top-level one, an imported one. */
export function functionOf(e: N | undefined): N | undefined {
  const u = unwrap(e);
  if (!u) return undefined;
  if (FUNCTION_NODES.has(u.type)) return u;
  if (u.type === 'member_expression') return namespaceFunction(u);
  if (u.type !== 'identifier') return undefined;
  const l = lookupName(u);
  return l?.kind === 'function' ? l.node : undefined;
}

/** `helpers.ofCompany` where `helpers` is no local but a namespace import: the function that module exports. */
function namespaceFunction(u: N): N | undefined {
  const obj = field(u, 'object');
  const prop = field(u, 'property');
  if (obj?.type !== 'identifier' || prop?.type !== 'property_identifier' || lookupName(obj) !== undefined) return undefined;
  const r = resolvers[resolvers.length - 1];
  if (!r) throw new NeedsIndex(`${text(obj)}.${text(prop)} is declared elsewhere`);
  const found = r.member?.(text(obj), text(prop), u);
  return found?.kind === 'function' ? found.node : undefined;
}

/** During a file's scan (no resolver yet): the value a `const` another module exports, through the index (scan.ts). */
let scanValue: ((name: string) => N | undefined) | undefined;

/** Runs `f` with imported constants resolved through `lookup`, so a table named by one needs no follow pass. */
export function withScanValues<T>(lookup: (name: string) => N | undefined, f: () => T): T {
  const prev = scanValue;
  scanValue = lookup;
  try {
    return f();
  } finally {
    scanValue = prev;
  }
}

/** lookupName(), or in a scan the exported `const` an identifier of the scanned file imports. */
function constLookup(u: N, depth: number): Local | undefined {
  try {
    return lookupName(u);
  } catch (e) {
    // Only names written in the scanned file itself (depth 0) are resolved relative to it.
    const v = e instanceof NeedsIndex && depth === 0 ? scanValue?.(text(u)) : undefined;
    // Only a string or an object literal is read here; anything else (an enum) is left to the follow pass.
    const w = unwrap(v);
    if (!v || !w || (stringValue(w) === undefined && w.type !== 'object')) throw e;
    return { kind: 'const', value: v };
  }
}

/**
 * The string literal a constant expression holds: a literal, a `const T = 'leads'`, a member of a
 * `const` object (`TN.Lead` of `{ Lead: 'leads' } as const`) or of an `enum` (`TableName.Lead`),
 * here or imported. Undefined for anything else.
 */
export function constString(n: N | undefined, depth = 0): N | undefined {
  const u = unwrap(n);
  if (!u || depth > 4) return undefined;
  if (stringValue(u) !== undefined) return u;
  if (u.type === 'identifier') {
    const l = constLookup(u, depth);
    return l?.kind === 'const' ? constString(l.value, depth + 1) : undefined;
  }
  if (u.type !== 'member_expression') return undefined;
  const obj = unwrap(field(u, 'object'));
  const prop = field(u, 'property');
  // `this.collection` fixed by the constructor chain (`super('leads', options)`, this-fields.ts).
  if (obj?.type === 'this' && prop) return constString(thisFieldString(u, text(prop)), depth + 1);
  // `models.TableName.Lead`: a member of an enum or constant object a namespace import holds.
  if (obj?.type === 'member_expression' && prop) return namespaceConstString(obj, (d) => (d?.type === 'enum_declaration' ? enumMember(d, text(prop)) : d?.type === 'object' ? (literalValue(d, text(prop)) ?? undefined) : undefined), depth);
  if (obj?.type !== 'identifier' || !prop) return undefined;
  const enumNode = enumDeclaration(obj);
  if (enumNode) {
    for (const m of kids(field(enumNode, 'body') ?? enumNode)) {
      if (m.type === 'enum_assignment' && text(field(m, 'name') ?? m) === text(prop)) return constString(field(m, 'value'), depth + 1);
    }
    return undefined;
  }
  const l = constLookup(obj, depth);
  const o = l?.kind === 'const' ? unwrap(l.value) : undefined;
  const v = o?.type === 'object' ? literalValue(o, text(prop)) : undefined;
  // `leads.LEADS_TABLE`: a constant a namespace import holds.
  return v ? constString(v, depth + 1) : l ? undefined : namespaceConstString(u, (d) => d, depth);
}

/** `ns.NAME` of a namespace import (`import * as models`): what `pick` takes from the value or enum the module exports as NAME. */
function namespaceConstString(ref: N, pick: (decl: N | undefined) => N | undefined, depth: number): N | undefined {
  const d = dottedName(ref);
  if (d?.length !== 2) return undefined;
  const r = resolvers[resolvers.length - 1];
  if (!r) {
    // In a file's scan: a namespace import's module is read by the cross-function pass.
    if (importsAt(ref).some((b) => b.local === d[0] && b.imported === '*')) throw new NeedsIndex(`${d.join('.')} is declared elsewhere`);
    return undefined;
  }
  const found = r.lookup(d.join('.'), ref);
  const v = found?.kind === 'value' ? unwrap(found.node) : found?.node.type === 'enum_declaration' ? found.node : undefined;
  const picked = pick(v);
  return picked ? constString(picked, depth + 1) : undefined;
}

function enumMember(enumNode: N, name: string): N | undefined {
  for (const m of kids(field(enumNode, 'body') ?? enumNode)) if (m.type === 'enum_assignment' && text(field(m, 'name') ?? m) === name) return field(m, 'value') ?? undefined;
  return undefined;
}

/** The `enum` a name declares in its file's top level, or imports. */
function enumDeclaration(id: N): N | undefined {
  let root: N = id;
  while (root.parent) root = root.parent;
  for (const st of kids(root)) {
    const d = st.type === 'export_statement' ? field(st, 'declaration') : st;
    if (d?.type === 'enum_declaration' && text(field(d, 'name') ?? d) === text(id)) return d;
  }
  const r = resolvers[resolvers.length - 1];
  const found = r?.lookup(text(id), id);
  return found?.node.type === 'enum_declaration' ? found.node : undefined;
}

/** The value of a `const` an identifier names (undefined for anything else). */
export function constValue(id: N): N | undefined {
  const l = lookupName(id);
  return l?.kind === 'const' ? l.value : undefined;
}

/** The one expression a function returns (its expression body or a block's single final `return`). */
export function returnedExpr(fn: N): N | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'statement_block') return body;
  const stmts = kids(body);
  const last = stmts[stmts.length - 1];
  if (last?.type !== 'return_statement') return undefined;
  let returns = 0;
  visit(body, (n) => {
    if (n !== body && FUNCTION_NODES.has(n.type)) return false;
    if (n.type === 'return_statement') returns++;
    return undefined;
  });
  return returns === 1 ? kids(last)[0] : undefined;
}

/** A call of a visible helper → the expression it returns, its parameters bound to the call's arguments. */
export function inlineCall(call: N): N {
  const fn = functionOf(field(call, 'function'));
  if (!fn) throw new Dynamic('helper not visible', 'unseen');
  const e = returnedExpr(fn);
  if (!e) throw new Dynamic('helper returns more than one expression');
  bind(fn, kids(field(call, 'arguments') ?? call));
  return e;
}

/** A call, or an identifier naming a `const` that holds one: the call (builders used as values). */
export function callValue(n: N | undefined): N | undefined {
  const u = unwrap(n);
  if (u?.type === 'call_expression') return u;
  if (u?.type !== 'identifier') return undefined;
  const v = unwrap(constValue(u));
  return v?.type === 'call_expression' ? v : undefined;
}

function isPushOf(st: N, name: string): N[] | undefined {
  if (st.type !== 'expression_statement') return undefined;
  const e = unwrap(kids(st)[0]);
  if (e?.type !== 'call_expression') return undefined;
  const links = flattenChain(e);
  const [r, p, c] = links;
  if (links.length !== 3 || r?.kind !== 'root' || r.name !== name || p?.kind !== 'prop' || p.name !== 'push' || c?.kind !== 'call') return undefined;
  return c.args.some((a) => a.type === 'spread_element' || mentions(a, name)) ? undefined : [...c.args];
}

/** `if (query.status) filters.push(…)` whose condition the caller's values decide: the items pushed on that path. */
function decidedPush(st: N, name: string): N[] | undefined {
  if (st.type !== 'if_statement' || field(st, 'alternative')) return undefined;
  let body = field(st, 'consequence');
  if (body?.type === 'statement_block') {
    const ks = kids(body).filter((k) => k.type !== 'comment' && k.type !== '{' && k.type !== '}');
    body = ks.length === 1 ? ks[0] : undefined;
  }
  const pushed = body ? isPushOf(body, name) : undefined;
  const cond = field(st, 'condition');
  if (!pushed || !cond || mentions(cond, name)) return undefined;
  const known = truthOf(unwrap(cond));
  return known === undefined ? undefined : known ? pushed : [];
}

function mentions(n: N, name: string): boolean {
  let found = false;
  visit(n, (x) => {
    if (found) return false;
    if (x.type === 'identifier' && text(x) === name) found = true;
    return undefined;
  });
  return found;
}

/** Every mention of `name` in `s` is the statement of a `name.push(…)` inside `if` branches (a loop may always add one: unknown). */
function onlyPushes(s: N, name: string): boolean {
  let ok = true;
  visit(s, (x) => {
    if (!ok) return false;
    if (/^(for|for_in|while|do)_statement$/.test(x.type) && mentions(x, name)) ok = false;
    if (x.type === 'expression_statement' && isPushOf(x, name)) return false;
    if (FUNCTION_NODES.has(x.type) && mentions(x, name)) ok = false;
    if (x.type === 'identifier' && text(x) === name) ok = false;
    return undefined;
  });
  return ok;
}

/**
 * The items an array held in a `const` has on every path to `use`: its literal items and the
 * `push`es made unconditionally in the same block. Pushes under an `if`, in a loop or a callback
 * are left out (a path exists without them); any other use of the array makes it unknown.
 * `optional` tells whether some push was left out.
 */
export function arrayItems(id: N, use: N): { items: N[]; optional: boolean } {
  const name = text(id);
  let block: N | undefined;
  let decl: N | undefined;
  for (let p = id.parent; p && !block; p = p.parent) {
    if (p.type !== 'statement_block' && p.type !== 'program') continue;
    for (const st of kids(p)) {
      if ((st.type === 'lexical_declaration' && /^const\b/.test(text(st))) && st.start < use.start) {
        for (const d of kids(st)) if (d.type === 'variable_declarator' && text(field(d, 'name') ?? d) === name) decl = d;
      }
    }
    if (decl) block = p;
    if (FUNCTION_NODES.has(p.type)) break;
  }
  const init = decl ? unwrap(field(decl, 'value')) : undefined;
  if (!block || !decl || init?.type !== 'array') throw new Dynamic('array not visible', 'unseen');
  const items: N[] = kids(init).filter((k) => k.type !== 'spread_element');
  if (items.length !== kids(init).length) throw new Dynamic('array spread', 'unseen');
  let optional = false;
  for (const st of kids(block)) {
    if (st.start <= decl.start) continue;
    if (st.start <= use.start && use.end <= st.end) {
      // The statement that uses the array: no other mention may change it first.
      let others = 0;
      visit(st, (x) => {
        if (x.type === 'identifier' && text(x) === name && x !== id) others++;
      });
      if (others > 0) throw new Dynamic('array used twice');
      return { items, optional };
    }
    if (!mentions(st, name)) continue;
    const pushed = isPushOf(st, name) ?? decidedPush(st, name);
    if (pushed) items.push(...pushed);
    // A push under an `if` the caller's values make true runs on every path: not left out, though unread.
    else if (st.type === 'if_statement' && truthOf(unwrap(field(st, 'condition'))) === true) throw new Dynamic('array filled on a decided path');
    else if (onlyPushes(st, name) && st.type !== 'expression_statement') optional = true;
    else throw new Dynamic('array changed in a way we cannot follow');
  }
  throw new Dynamic('array use not found');
}

/**
 * The items of an array literal of conditions whose parts may be spread in (`AND: [{ userId },
 * ...statusCondition, ...(c ? [{ OR: … }] : [])]`): a spread local array stands for the items it
 * holds on every path (`arrayItems`), a spread `c ? [...] : []` for the branch the caller's values
 * decide, else for nothing (the path without it). `optional` tells whether some part was left out,
 * which only a conjunction may do.
 */
export function listItems(arr: N): { items: N[]; optional: boolean } {
  const items: N[] = [];
  let optional = false;
  const empty = (b: N | undefined): boolean => unwrap(b)?.type === 'array' && kids(unwrap(b)!).length === 0;
  for (const x of kids(arr)) {
    if (x.type !== 'spread_element') {
      items.push(x);
      continue;
    }
    const t = unwrap(kids(x)[0]);
    if (t?.type === 'identifier') {
      const r = arrayItems(t, x);
      items.push(...r.items);
      optional ||= r.optional;
    } else if (t?.type === 'ternary_expression' && (empty(field(t, 'consequence')) || empty(field(t, 'alternative')))) {
      const known = truthOf(unwrap(field(t, 'condition')));
      const branch = known === undefined ? undefined : unwrap(field(t, known ? 'consequence' : 'alternative'));
      if (known === undefined) optional = true;
      else if (branch?.type === 'array' && !kids(branch).some((k) => k.type === 'spread_element')) items.push(...kids(branch));
      else throw new Dynamic('spread conditions', 'unseen');
    } else throw new Dynamic('spread conditions', 'unseen');
  }
  return { items, optional };
}

/**
 * A refinement callback applied to a builder: `(qb) => qb.where(…)`, `function (qb) { qb.where(…) }`,
 * a named helper, or a call that returns such a callback (`$call(ofCompany(c))`). Returns the
 * callback with its first parameter's name and the extra arguments it gets.
 */
export function refinementCallback(arg: N | undefined, extra: readonly N[]): { fn: N; param: string } {
  let u = unwrap(arg);
  if (u?.type === 'call_expression') u = unwrap(inlineCall(u));
  const fn = u && FUNCTION_NODES.has(u.type) ? u : functionOf(u);
  if (!fn) throw new Dynamic('refinement not visible', 'unseen');
  const param = paramNames(fn)[0];
  if (!param) throw new Dynamic('refinement without a builder parameter');
  // The callback gets the builder first, then the extra arguments.
  const names = paramNames(fn);
  const m = new Map<string, N>();
  names.slice(1).forEach((p, i) => {
    const a = extra[i];
    if (p && a && a.type !== 'spread_element') m.set(p, a);
  });
  if (bindings.length > MAX_BINDINGS) throw new Dynamic('helpers nest too deep');
  bindings.push({ fn, args: m, used: 0 });
  return { fn, param };
}

/** The links of an immutable builder's refinement (`(qb) => qb.where(…)`): the returned chain after its parameter. */
export function returnedRefinement(fn: N, param: string): Link[] {
  const e = returnedExpr(fn);
  const links = e ? flattenChain(e) : [];
  if (links[0]?.kind !== 'root' || links[0].name !== param) throw new Dynamic('refinement does not return its builder');
  return links.slice(1);
}

/**
 * Decides an `if` condition of a helper from the arguments of one call: `opts.since`, `!since`,
 * `opts.since !== undefined` where `opts` is given an object literal (a property it lacks is
 * undefined) and a value is a literal or a parameter whose type is always truthy (ast.ts `truthOf`).
 * Undefined when unknown.
 */
export function decideCondition(cond: N, args: ReadonlyMap<string, N>): boolean | undefined {
  return truthOf(cond, args);
}
