/**
 * Object values built away from the query that uses them: `findMany({ where: leadWhere(f) })`,
 * `findAll(ownedBy(userId))`, `Lead.companyWhere(name)`, `new WonLeadsQuery().toFindOptions()`,
 * `{ ...tenant(userId), status }`, and a local `const where = {}` filled by `where.x = …`
 * statements. While a query is translated with the workspace in view (`withValues`), `unwrap`
 * asks this resolver for the object literal such a value evaluates to: the function (same file or
 * imported) is found through the folder index, its parameters read as the caller's arguments,
 * and its single returned expression is followed. Anything else (several returns, other uses of
 * the local, an unknown callee) resolves to nothing, and the translator reports nothing.
 */
import { bindings, declaratorOf, field, FUNCTION_NODES, kids, paramType, text, unwrap, visit, type N } from './ast';
import { destructured, destructuredFromCall, objectProps, truthOf } from './values';
import { argBindings, resolvers, type Resolver } from './inline';
import type { ClassInfo } from './modinfo';
import { harmlessPropertyRead } from './object-reads';
import { commonReturnObject } from './returns-common';
import { matchObject } from './ts-pattern-values';
import { arrayPush, selfSpreadSets, withPushes, type ArrayPush } from './object-rebuilds';
import { namespaceFunction } from './ts-namespaces';

const MAX_DEPTH = 6;

/** What a resolver session met: functions it followed (for related locations) and whether it left the current file. */
export interface ValueTrace {
  readonly returns: { readonly file: string; readonly node: N }[];
  crossed: boolean;
}

/**
 * A resolver for `withValues`. Names are looked up through the resolver the cross-function pass
 * installs (inline.ts `resolvers`: the folder index, one design for every translator); without
 * one nothing resolves.
 */
export function valueResolver(current: { readonly file: string }, trace: ValueTrace): (n: N) => N | undefined {
  const active = new Set<N>();
  const top = (): Resolver | undefined => resolvers[resolvers.length - 1];
  const fileOf = (n: N): string | undefined => top()?.file?.(n);

  /** A class method by name, inherited methods included. */
  const methodOf = (cls: ClassInfo, name: string, depth = 0): N | undefined => {
    const m = cls.methods.get(name);
    if (m) return m;
    const base = cls.extends ? /^[\w$]+/.exec(cls.extends)?.[0] : undefined;
    const b = base && depth < MAX_DEPTH ? top()?.cls(base, cls.node) : undefined;
    return b ? methodOf(b, name, depth + 1) : undefined;
  };

  const staticOf = (cls: ClassInfo, name: string): N | undefined => {
    let m = cls.statics.get(name)?.parent;
    while (m && m.type !== 'method_definition') m = m.parent;
    return m ?? undefined;
  };

  /** The function a call calls. */
  const callee = (call: N): N | undefined => {
    const r = top();
    const f = unwrap(field(call, 'function'));
    if (!f || !r) return undefined;
    if (f.type === 'identifier') {
      const l = r.lookup(text(f), f);
      return l?.kind === 'function' ? l.node : undefined;
    }
    if (f.type !== 'member_expression') return undefined;
    const obj = unwrap(field(f, 'object'));
    const name = text(field(f, 'property') ?? f);
    if (!obj) return undefined;
    if (obj.type === 'this') {
      const own = enclosingClassName(obj);
      const c = own ? r.cls(own, obj) : undefined;
      // In a static method `this` is the class: `this.buildWhere(…)` calls a static.
      return c ? (inStaticMethod(obj) ? staticOf(c, name) : methodOf(c, name)) : undefined;
    }
    if (obj.type === 'new_expression') {
      const ctor = field(obj, 'constructor');
      const c = ctor?.type === 'identifier' ? r.cls(text(ctor), ctor) : undefined;
      return c ? methodOf(c, name) : undefined;
    }
    // `entities.Lead.recentWhere(…)` of `import * as entities`: a static of the class the path names.
    if (obj.type === 'member_expression' && /^[\w$]+(?:\.[\w$]+)+$/.test(text(obj))) {
      const c = r.cls(text(obj), obj);
      return c ? staticOf(c, name) : undefined;
    }
    if (obj.type !== 'identifier') return undefined;
    // A parameter typed with a class (`filter: LeadFilterDto`): its method.
    const pt = paramType(obj, text(obj));
    if (pt) {
      const c = r.cls(pt, obj);
      return c ? methodOf(c, name) : undefined;
    }
    const c = r.cls(text(obj), obj);
    if (c) return staticOf(c, name);
    // `args.newLeadsPage(page)` of `import * as args from './args'`: the function that module exports.
    const fromModule = r.member?.(text(obj), name, obj);
    if (fromModule) return fromModule.node;
    const l = r.lookup(text(obj), obj);
    const v = l?.kind === 'value' ? unwrap(l.node) : undefined;
    if (!v) return undefined;
    if (v.type === 'object') return objectMethod(v, name);
    // `LeadOps.buildWhere(…)` of a TypeScript namespace: its exported function.
    if (v.type === 'internal_module') return namespaceFunction(v, name);
    const ctor = v.type === 'new_expression' ? field(v, 'constructor') : undefined;
    const vc = ctor?.type === 'identifier' ? r.cls(text(ctor), ctor) : undefined;
    return vc ? methodOf(vc, name) : undefined;
  };

  const resolveCall = (call: N): N | undefined => {
    const fn = callee(call);
    // A ts-pattern `match(…).with(…).exhaustive()`: what every handler returns (ts-pattern-values.ts).
    if (!fn) return field(call, 'function')?.type === 'member_expression' ? matchObject(call, (h) => singleReturn(h) ?? commonReturnObject(h, false)) : undefined;
    if (active.has(fn) || active.size > MAX_DEPTH) return undefined;
    // An async helper's object is what `await helper(…)` gives.
    let up = call.parent;
    while (up?.type === 'parenthesized_expression') up = up.parent;
    const awaited = up?.type === 'await_expression';
    const as = kids(field(call, 'arguments') ?? call);
    // Marked active while its arguments are read too: an argument may resolve through this same function.
    active.add(fn);
    const mark = bindings.length;
    let ret: N | undefined;
    let out: N | undefined;
    try {
      const args = destructuredArgs(fn, as);
      bindings.push({ fn, args, used: 0 });
      // With the arguments bound, conditions the caller's values decide pick the return that runs.
      ret = singleReturn(fn, awaited) ?? commonReturnObject(fn, awaited);
      out = ret ? unwrap(ret) : undefined;
    } finally {
      active.delete(fn);
    }
    if (!ret) {
      bindings.splice(mark);
      return undefined;
    }
    // `cond ? { userId } : {}`: a choice of objects, read path by path where it is used.
    if (out?.type !== 'object' && !(out?.type === 'ternary_expression' && objectChoice(out))) {
      bindings.splice(mark);
      return undefined;
    }
    const file = fileOf(fn);
    if (file !== current.file) trace.crossed = true;
    if (file !== undefined) trace.returns.push({ file, node: ret });
    return out;
  };

  /** A module-level `const` object of this file or an imported one (`export const withoutErrors: Prisma.LeadWhereInput = { … }`). */
  const moduleObject = (id: N): N | undefined => {
    if (id.type !== 'identifier' && id.type !== 'shorthand_property_identifier') return undefined;
    const l = top()?.lookup(text(id), id);
    const decl = l?.kind === 'value' ? l.node.parent : undefined;
    // Only a `const` (a `let` may be reassigned anywhere).
    if (!decl || decl.type !== 'variable_declarator' || !/^const\b/.test(decl.parent?.src.slice(decl.parent.start, decl.parent.start + 6) ?? '')) return undefined;
    const u = unwrap(l!.node);
    if (u?.type !== 'object') return undefined;
    const file = fileOf(u);
    if (file !== current.file) trace.crossed = true;
    return u;
  };

  return (n: N): N | undefined => {
    if (n.type === 'call_expression') return resolveCall(n);
    if (n.type === 'new_expression') return undefined;
    // `const { where, orderBy } = params` in a followed wrapper: the property of the caller's argument.
    return localObject(n, (x) => (x.type === 'call_expression' ? resolveCall(x) : undefined)) ?? moduleObject(n) ?? (bindings.length && (n.type === 'identifier' || n.type === 'shorthand_property_identifier') ? destructured(n) : undefined) ?? (n.type === 'identifier' || n.type === 'shorthand_property_identifier' ? destructuredFromCall(n) : undefined);
  };
}

/**
 * Parameters → the call's arguments (inline.ts `argBindings`), and a name destructured from an
 * object literal that lacks it (`({ leadId, campaignId })` given `{ leadId }`) → `undefined`, or
 * its default (`{ page = 1 }`): what the helper's conditions read.
 */
function destructuredArgs(fn: N, as: readonly N[]): Map<string, N> {
  const m = argBindings(fn, as);
  const ps = kids(field(fn, 'parameters') ?? fn).filter((p) => p.type !== 'comment');
  ps.forEach((p, i) => {
    const pat = field(p, 'pattern') ?? p;
    const obj = unwrap(as[i]);
    if (pat.type !== 'object_pattern' || obj?.type !== 'object' || kids(obj).some((k) => k.type === 'spread_element')) return;
    for (const k of kids(pat)) {
      const name = k.type === 'shorthand_property_identifier_pattern' ? k : k.type === 'object_assignment_pattern' ? field(k, 'left') : undefined;
      if (!name || name.type !== 'shorthand_property_identifier_pattern' || m.has(text(name))) continue;
      const dflt = k.type === 'object_assignment_pattern' ? field(k, 'right') : undefined;
      m.set(text(name), dflt ?? { type: 'undefined', start: name.start, end: name.end, field: null, children: [], parent: null, src: name.src });
    }
  });
  return m;
}

/** Whether `n` is in a static method (through arrow functions, which keep its `this`). */
function inStaticMethod(n: N): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'arrow_function') continue;
    if (!FUNCTION_NODES.has(p.type)) continue;
    const name = p.type === 'method_definition' ? field(p, 'name') : undefined;
    return !!name && /\bstatic\b/.test(p.src.slice(p.start, name.start).replace(/@[\w.]+(?:\([^)]*\))?/g, ''));
  }
  return false;
}

/** The name of the class a node is in. */
function enclosingClassName(n: N): string | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'class_declaration' || p.type === 'class' || p.type === 'abstract_class_declaration') {
      const name = field(p, 'name');
      return name ? text(name) : undefined;
    }
  }
  return undefined;
}

/** A function held by an object literal under `name` (a method or a function-valued property). */
export function objectMethod(obj: N, name: string): N | undefined {
  for (const c of kids(obj)) {
    const key = field(c, c.type === 'pair' ? 'key' : 'name');
    if (!key || text(key).replace(/^['"]|['"]$/g, '') !== name) continue;
    if (c.type === 'method_definition') return c;
    const v = c.type === 'pair' ? unwrap(field(c, 'value')) : undefined;
    if (v && ['arrow_function', 'function_expression', 'function'].includes(v.type)) return v;
  }
  return undefined;
}

/** The function `this.name` calls in a method of an object literal (`this.table()` in `{ table: () => db('leads'), m() {…} }`). */
export function thisObjectMethod(at: N, name: string): N | undefined {
  let p = at.parent;
  while (p && p.type === 'arrow_function') p = p.parent;
  for (; p; p = p.parent) if (FUNCTION_NODES.has(p.type) && p.type !== 'arrow_function') break;
  const holder = p?.type === 'method_definition' ? p.parent : p?.type === 'function_expression' && p.parent?.type === 'pair' ? p.parent.parent : undefined;
  return holder?.type === 'object' ? objectMethod(holder, name) : undefined;
}

/** Every function an object literal holds (methods and function-valued properties), by name. */
export function objectMethods(obj: N): { name: string; node: N }[] {
  const out: { name: string; node: N }[] = [];
  for (const c of kids(obj)) {
    const key = field(c, c.type === 'pair' ? 'key' : 'name');
    const name = key ? text(key).replace(/^['"]|['"]$/g, '') : '';
    const fn = name ? objectMethod(obj, name) : undefined;
    if (fn && /^[\w$]+$/.test(name)) out.push({ name, node: fn });
  }
  return out;
}

/**
 * The one expression a function returns (an arrow's body, or its only `return`, or the return that
 * runs when `if` conditions before it are decided by the caller's values); undefined for async
 * functions unless the call is awaited.
 */
function singleReturn(fn: N, awaited = false): N | undefined {
  const body = field(fn, 'body');
  if (!body || (!awaited && /\basync\b/.test(fn.src.slice(fn.start, body.start)))) return undefined;
  if (body.type !== 'statement_block') return body;
  const rets: N[] = [];
  visit(body, (n) => {
    if (n !== body && (FUNCTION_NODES.has(n.type) || n.type === 'class_declaration' || n.type === 'class')) return false;
    if (n.type === 'return_statement') rets.push(n);
    return undefined;
  });
  if (rets.length === 1) return kids(rets[0]!)[0];
  const r = rets.length > 1 ? decidedReturn(kids(body)) : undefined;
  return r ? kids(r)[0] : undefined;
}

/** Whether a statement contains a `return` of its own function. */
function hasReturn(st: N): boolean {
  let found = false;
  visit(st, (n) => {
    if (found || (n !== st && (FUNCTION_NODES.has(n.type) || n.type === 'class_declaration' || n.type === 'class'))) return false;
    if (n.type === 'return_statement') found = true;
    return undefined;
  });
  return found;
}

/** The return statement that runs through `stmts` when every `if` holding a return is decided (ast.ts `truthOf`). */
function decidedReturn(stmts: readonly N[]): N | undefined {
  for (const st of stmts) {
    if (st.type === 'return_statement') return st;
    if (!hasReturn(st)) continue;
    if (st.type !== 'if_statement') return undefined;
    const known = truthOf(field(st, 'condition'));
    if (known === undefined) return undefined;
    const alt = field(st, 'alternative');
    const branch = known ? field(st, 'consequence') : alt ? kids(alt)[0] : undefined;
    if (!branch && !known) continue;
    if (!branch) return undefined;
    const inner = branch.type === 'statement_block' ? kids(branch) : [branch];
    const r = decidedReturn(inner);
    if (r) return r;
    // A taken branch holding a return that does not always run: not followed.
    if (inner.some(hasReturn)) return undefined;
  }
  return undefined;
}

/** The object literal a local variable holds where it is read (`const where = { … }; if (c) where.x = …`), without resolving calls. */
export function localObjectLiteral(id: N): N | undefined {
  return localObject(id, () => undefined);
}

/**
 * The object a local variable holds where it is read: `const x = <object or resolvable call>`,
 * then only `x.prop = value` / `x[k] = value` statements before the read. A property set on every
 * path (unconditionally, or in both branches of an `if`) is present; one set on some paths only
 * is left out (a path without it runs). Any other use of the variable: undefined.
 */
function localObject(id: N, call: (n: N) => N | undefined): N | undefined {
  const name = text(id);
  // The declaration: a `const`/`let` in an enclosing block of the same function, before the read.
  let decl: { stmt: N; value: N; block: N } | undefined;
  let crossed = false;
  for (let p = id.parent, child: N = id; p && !decl; child = p, p = p.parent) {
    if (FUNCTION_NODES.has(p.type)) {
      // A parameter of that name (plain or destructured) hides any outer declaration.
      const ps = field(p, 'parameters') ?? field(p, 'parameter');
      if (ps && new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(ps))) return undefined;
      crossed = true;
    }
    if (p.type !== 'statement_block' && p.type !== 'program') continue;
    const stmts = kids(p);
    for (let i = stmts.indexOf(child) - 1; i >= 0 && !decl; i--) {
      const st = stmts[i]!;
      if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
      const d = declaratorOf(st, name);
      const v = d ? field(d, 'value') : undefined;
      if (v) decl = { stmt: st, value: v, block: p };
    }
  }
  if (!decl) return undefined;
  let base = unwrap(decl.value);
  // `const where = !query ? undefined : { … }`: a choice of objects the translator reads path by path.
  const choice = base?.type === 'ternary_expression' && objectChoice(base) ? base : undefined;
  if (base && base.type !== 'object' && !choice) base = call(base);
  if (base?.type !== 'object' && !choice) return undefined;
  let fnNode: N = decl.block;
  while (fnNode.parent && !FUNCTION_NODES.has(fnNode.type)) fnNode = fnNode.parent;
  // Every other mention of the name in the function must be an assignment to one of its properties.
  const sets: { key: N; value: N; stmt: N }[] = [];
  const nested: NestedSet[] = [];
  const pushes: ArrayPush[] = [];
  let other = false;
  visit(fnNode, (n) => {
    if (other) return false;
    if ((n.type !== 'identifier' && n.type !== 'shorthand_property_identifier') || text(n) !== name) return undefined;
    if (n === id || (n.start === id.start && n.end === id.end) || (n.parent === decl!.stmt.children.find((d) => d === n.parent) && n.field === 'name')) return undefined;
    // `where = { ...where, status }` and `where[Op.and].push(…)` before the read (object-rebuilds.ts).
    const rebuilt = n.start < id.start ? selfSpreadSets(n, name) : undefined;
    if (rebuilt) {
      sets.push(...rebuilt);
      return undefined;
    }
    const pushed = n.start < id.start ? arrayPush(n) : undefined;
    if (pushed) {
      pushes.push(pushed);
      return undefined;
    }
    const m = n.parent;
    const asg = m?.parent;
    const st = asg?.parent;
    if (m && asg && st && (m.type === 'member_expression' || m.type === 'subscript_expression') && n.field === 'object' && asg.type === 'assignment_expression' && m.field === 'left' && st.type === 'expression_statement' && n.start < id.start) {
      const key = m.type === 'member_expression' ? field(m, 'property') : field(m, 'index');
      const value = field(asg, 'right');
      // `for (const [k, v] of Object.entries(src)) where[k] = v`: each property of `src`, when it is visible.
      const loop = key && value && m.type === 'subscript_expression' ? entriesLoop(st, key, value) : null;
      if (loop === undefined) {
        other = true;
        return false;
      }
      if (loop) {
        sets.push(...loop);
        return undefined;
      }
      if (key && value) {
        sets.push({ key: m.type === 'member_expression' ? key : { type: 'computed_property_name', start: key.start, end: key.end, field: 'key', children: [key], parent: null, src: key.src }, value, stmt: st });
        return undefined;
      }
    }
    // `Object.assign(where, { status })` as a statement: sets each property of the literal.
    const call = m?.parent;
    const add = call?.type === 'call_expression' && m?.type === 'arguments' && call.parent?.type === 'expression_statement' && text(field(call, 'function') ?? call) === 'Object.assign' ? kids(m) : [];
    const lit = add.length === 2 && add[0] === n && n.start < id.start ? unwrap(add[1]) : undefined;
    if (lit?.type === 'object' && call?.parent && kids(lit).every((c) => c.type === 'pair' || c.type === 'shorthand_property_identifier')) {
      for (const c of kids(lit)) {
        const key = c.type === 'pair' ? field(c, 'key') : c;
        const value = c.type === 'pair' ? field(c, 'value') : c;
        if (key && value) sets.push({ key: key.type === 'shorthand_property_identifier' ? { ...key, type: 'property_identifier' } : key, value, stmt: call.parent });
      }
      return undefined;
    }
    // `x.where.status = v` / `Object.assign(x.where, { … })`: a property of an object the literal nests.
    const inner = m?.type === 'member_expression' && n.field === 'object' && n.start < id.start ? nestedSets(m) : undefined;
    if (inner) {
      nested.push(...inner);
      return undefined;
    }
    if (harmlessPropertyRead(n)) return undefined;
    // Read as a property of an object literal (`findMany({ where })`, `{ where: where }`, `{ ...where }`): not changed there.
    if (n.start > decl!.stmt.end && (n.type === 'shorthand_property_identifier' || (m?.type === 'pair' && n.field === 'value') || m?.type === 'spread_element') && m?.parent?.type !== 'assignment_expression') return undefined;
    other = true;
    return false;
  });
  if (other) return undefined;
  if (choice) return sets.length === 0 && pushes.length === 0 ? choice : undefined;
  if (!base || (sets.length === 0 && nested.length === 0 && pushes.length === 0)) return base;
  // Properties set in an outer function's statements: their order relative to this read is not visible.
  if (crossed) return undefined;
  // Statements of the declaring block between the declaration and the read.
  const stmts = kids(decl.block);
  const from = stmts.indexOf(decl.stmt) + 1;
  const between = stmts.slice(from).filter((s) => s.start < id.start);
  if (nested.length) base = withNested(base, nested, between, sets);
  if (base && pushes.length) {
    const pushSets = pushes.map((p) => ({ key: p.value, stmt: p.stmt }));
    base = withPushes(base, pushes, (p) => between.some((b) => setOnEveryPath(b, text(p.value), pushSets)));
  }
  if (!base) return undefined;
  const pairs = pairsSetEverywhere(sets, between);
  return { ...base, children: [...base.children, ...pairs] };
}

/**
 * The properties `for (const [k, v] of Object.entries(src)) where[k] = <v>` sets (Medusa's
 * `buildQuery` copying a selector): null when `st` is not the whole body of such a loop, undefined
 * when `src` is not an object literal in view or the value is not `v` (or `v` wrapped, on a branch
 * the value's kind decides: `Array.isArray(v) ? In(v) : v`).
 */
function entriesLoop(st: N, key: N, value: N): { key: N; value: N; stmt: N }[] | null | undefined {
  let loop = st.parent;
  if (loop?.type === 'statement_block' && kids(loop).length === 1) loop = loop.parent;
  if (loop?.type !== 'for_in_statement') return null;
  const left = field(loop, 'left');
  const names = left?.type === 'array_pattern' ? kids(left).map(text) : [];
  const right = unwrap(field(loop, 'right'));
  if (names.length !== 2 || text(key) !== names[0] || right?.type !== 'call_expression' || text(field(right, 'function') ?? right) !== 'Object.entries' || !/\bof\b/.test(text(loop).slice(0, (field(loop, 'right')?.start ?? loop.start) - loop.start))) return undefined;
  const arg = kids(field(right, 'arguments') ?? right)[0];
  let src = unwrap(arg);
  if (src?.type === 'identifier') src = unwrap(destructured(src));
  if (src?.type !== 'object') return undefined;
  const { props, dynamic } = objectProps(src);
  if (dynamic) return undefined;
  const out: { key: N; value: N; stmt: N }[] = [];
  for (const p of props) {
    const v = loopValue(value, names[1]!, p.value);
    if (!v) return undefined;
    out.push({ key: p.keyNode.type === 'shorthand_property_identifier' ? { ...p.keyNode, type: 'property_identifier' } : p.keyNode, value: v, stmt: loop });
  }
  return out;
}

/** What `e` gives for one entry whose value is `v` (named `name` in the loop): `v` itself, `In(v)`, or undefined. */
function loopValue(e: N, name: string, v: N): N | undefined {
  const u = unwrap(e);
  if (u?.type === 'identifier' && text(u) === name) return v;
  const as = u?.type === 'call_expression' ? field(u, 'arguments') : undefined;
  const only = as ? kids(as) : [];
  // An operator applied to the value (`In(value)`): the same call, given the entry's value.
  if (u && as && only.length === 1 && unwrap(only[0])?.type === 'identifier' && text(unwrap(only[0])!) === name) {
    return { ...u, children: u.children.map((c) => (c === as ? { ...as, children: [v] } : c)) };
  }
  if (u?.type !== 'ternary_expression') return undefined;
  const known = truthOf(field(u, 'condition'), new Map([[name, v]]));
  const a = field(u, 'consequence');
  const b = field(u, 'alternative');
  if (known !== undefined) return loopValue((known ? a : b) ?? u, name, v);
  // Unknown kind of value: `v` as it is, or wrapped by an operator of one argument (`In(v)`), filters the same column.
  const plain = (x: N | undefined): boolean => unwrap(x)?.type === 'identifier' && text(unwrap(x)!) === name;
  const wrapped = (x: N | undefined): boolean => {
    const c = unwrap(x);
    const as = c?.type === 'call_expression' ? kids(field(c, 'arguments') ?? c) : [];
    return as.length === 1 && plain(as[0]);
  };
  return (plain(a) && wrapped(b)) || (plain(b) && wrapped(a)) ? v : undefined;
}

/** Whether a ternary chooses between object literals and nothing (`c ? { … } : undefined`), at any depth. */
export function objectChoice(t: N): boolean {
  return ['consequence', 'alternative'].every((f) => {
    const b = unwrap(field(t, f));
    return !!b && (b.type === 'object' || b.type === 'undefined' || b.type === 'null' || (b.type === 'identifier' && text(b) === 'undefined') || (b.type === 'ternary_expression' && objectChoice(b)));
  });
}

/** Synthetic `key: value` pairs for the properties `sets` give on every path through `between`, each key once. */
function pairsSetEverywhere(sets: readonly { key: N; value: N; stmt: N }[], between: readonly N[]): N[] {
  const pairs: N[] = [];
  const seen = new Set<string>();
  for (const s of sets) {
    const k = text(s.key);
    if (seen.has(k) || !between.some((b) => setOnEveryPath(b, k, sets))) continue;
    seen.add(k);
    pairs.push({ type: 'pair', start: s.key.start, end: s.value.end, field: null, children: [{ ...s.key, field: 'key' }, { ...s.value, field: 'value' }], parent: null, src: s.key.src });
  }
  return pairs;
}

/** Whether statement `st` sets property `key` on every path through it. */
function setOnEveryPath(st: N, key: string, sets: readonly { key: N; stmt: N }[]): boolean {
  if (st.type === 'expression_statement' || st.type === 'for_in_statement') return sets.some((s) => s.stmt === st && text(s.key) === key);
  if (st.type === 'statement_block') return kids(st).some((c) => setOnEveryPath(c, key, sets));
  if (st.type === 'if_statement') {
    const cons = field(st, 'consequence');
    const alt = field(st, 'alternative');
    const altStmt = alt ? kids(alt)[0] : undefined;
    // A condition the caller's values decide (`if (filters.from && filters.to)` given `{ from, to }` of type Date) takes one branch.
    const known = truthOf(field(st, 'condition'));
    if (known === true) return !!cons && setOnEveryPath(cons, key, sets);
    if (known === false) return !!altStmt && setOnEveryPath(altStmt, key, sets);
    return !!cons && !!altStmt && setOnEveryPath(cons, key, sets) && setOnEveryPath(altStmt, key, sets);
  }
  return false;
}

/** A property set on an object that a local's literal nests (`queryParams.where.created_at = …`). */
interface NestedSet {
  readonly inner: string;
  readonly key: N;
  readonly value: N;
  readonly stmt: N;
}

/** The nested sets `x.inner.key = v;` or `Object.assign(x.inner, { … });` make, given the member `x.inner`; undefined for any other use. */
function nestedSets(m: N): NestedSet[] | undefined {
  const prop = field(m, 'property');
  if (prop?.type !== 'property_identifier') return undefined;
  const inner = text(prop);
  const outer = m.parent;
  const asg = outer?.parent;
  if (outer?.type === 'member_expression' && m.field === 'object' && asg?.type === 'assignment_expression' && outer.field === 'left' && asg.parent?.type === 'expression_statement') {
    const key = field(outer, 'property');
    const value = field(asg, 'right');
    return key?.type === 'property_identifier' && value ? [{ inner, key, value, stmt: asg.parent }] : undefined;
  }
  // `Object.assign(query.where!, …)`: the non-null assertion is the same object.
  const target = outer?.type === 'non_null_expression' ? outer : m;
  const list = target.parent;
  const call = list?.parent;
  const args = list?.type === 'arguments' ? kids(list) : [];
  if (call?.type !== 'call_expression' || call.parent?.type !== 'expression_statement' || text(field(call, 'function') ?? call) !== 'Object.assign' || args.length !== 2 || args[0] !== target) return undefined;
  const lit = unwrap(args[1]);
  if (lit?.type !== 'object' || !kids(lit).every((c) => c.type === 'pair' || c.type === 'shorthand_property_identifier')) return undefined;
  const out: NestedSet[] = [];
  for (const c of kids(lit)) {
    const key = c.type === 'pair' ? field(c, 'key') : { ...c, type: 'property_identifier' };
    const value = c.type === 'pair' ? field(c, 'value') : c;
    if (key?.type !== 'property_identifier' || !value) return undefined;
    out.push({ inner, key, value, stmt: call.parent });
  }
  return out;
}

/**
 * The literal with the nested objects' properties set on every path added (one set on some paths
 * only is left out: that path runs); undefined when a nested object is not a literal of the base.
 */
function withNested(base: N, nested: readonly NestedSet[], between: readonly N[], sets: readonly { key: N; stmt: N }[]): N | undefined {
  const children = [...base.children];
  for (const inner of new Set(nested.map((x) => x.inner))) {
    if (sets.some((s) => text(s.key) === inner)) return undefined;
    const i = children.findIndex((c) => c.type === 'pair' && text(field(c, 'key') ?? c) === inner);
    const pair = children[i];
    const obj = pair ? unwrap(field(pair, 'value')) : undefined;
    if (!pair || obj?.type !== 'object') return undefined;
    const mine = nested.filter((x) => x.inner === inner);
    const added = pairsSetEverywhere(mine, between);
    const value: N = { ...obj, field: 'value', children: [...obj.children, ...added] };
    children[i] = { ...pair, children: pair.children.map((c) => (c.field === 'value' ? value : c)) };
  }
  return { ...base, children };
}
