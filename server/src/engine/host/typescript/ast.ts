/**
 * A plain JavaScript copy of the named nodes of a tree-sitter tree, made in one cursor pass.
 * The ORM translators walk this copy freely (parents, fields, text) without crossing into
 * WebAssembly for every property access, and the tree-sitter tree can be deleted at once.
 * Offsets are UTF-16 code units (web-tree-sitter 0.27 reports them so for JavaScript strings).
 */
import type { Node, Tree } from 'web-tree-sitter';
import { ensureTreeSitterLoaded, fastWalk, languageFor, parserFor } from '../treesitter';

export interface N {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Field name in the parent (`function`, `arguments`, `object`, `property`, `key`, `value`, …). */
  readonly field: string | null;
  readonly children: N[];
  parent: N | null;
  /** Source text of the whole file (shared). */
  readonly src: string;
}

export function text(n: N): string {
  return n.src.slice(n.start, n.end);
}

export function field(n: N, name: string): N | undefined {
  for (const c of n.children) if (c.field === name) return c;
  return undefined;
}

/** Named children that are not comments. */
export function kids(n: N): N[] {
  return n.children.filter((c) => c.type !== 'comment');
}

/** Parses TS/TSX/JS source and returns its plain copy; the tree-sitter tree is always deleted. */
export function parseTs(src: string): N {
  const tree = parserFor('typescript').parse(src);
  if (!tree) return { type: 'program', start: 0, end: src.length, field: null, children: [], parent: null, src };
  try {
    return copySubtree(tree.rootNode, 0, src);
  } finally {
    tree.delete();
  }
}

export { ensureTreeSitterLoaded };

let typeNames: string[] | undefined;
let typeNamed: boolean[] | undefined;
let fieldNames: (string | null)[] | undefined;

/** Type and field names by id, read once from the grammar (cheaper than a string per node). */
function tables(): { types: string[]; named: boolean[]; fields: (string | null)[] } {
  if (!typeNames || !typeNamed || !fieldNames) {
    const lang = languageFor('typescript');
    typeNames = [];
    typeNamed = [];
    for (let i = 0; i < lang.nodeTypeCount; i++) {
      typeNames.push(lang.nodeTypeForId(i) ?? '');
      typeNamed.push(lang.nodeTypeIsNamed(i));
    }
    fieldNames = [null];
    for (let i = 1; i <= lang.fieldCount; i++) fieldNames.push(lang.fieldNameForId(i));
  }
  return { types: typeNames, named: typeNamed, fields: fieldNames };
}

/**
 * Copies the named nodes below `node` in one cursor pass. Offsets become relative to `base`
 * and `src` is the text they index (a unit's own text, or the whole file with base 0).
 */
export function copySubtree(node: Node, base: number, src: string): N {
  const { types, named, fields } = tables();
  const cursor = fastWalk(node);
  try {
    const root: N = { type: types[cursor.nodeTypeId] ?? cursor.nodeType, start: cursor.startIndex - base, end: cursor.endIndex - base, field: null, children: [], parent: null, src };
    const stack: N[] = [root];
    // Unnamed nodes are leaf tokens in tree-sitter grammars, so skipping them loses nothing.
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const parent = stack[stack.length - 1]!;
      const tid = cursor.nodeTypeId;
      if (named[tid]) {
        const n: N = { type: types[tid]!, start: cursor.startIndex - base, end: cursor.endIndex - base, field: fields[cursor.currentFieldId] ?? null, children: [], parent, src };
        parent.children.push(n);
        if (cursor.gotoFirstChild()) {
          stack.push(n);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (stack.length <= 1 || !cursor.gotoParent()) return root;
        stack.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The value of a string literal or a template without substitutions; undefined otherwise. */
export function stringValue(n: N | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'string') {
    let s = '';
    for (const c of n.children) {
      if (c.type === 'string_fragment') s += text(c);
      else if (c.type === 'escape_sequence') s += unescape(text(c));
    }
    return s;
  }
  if (n.type === 'template_string') {
    if (n.children.some((c) => c.type === 'template_substitution')) return undefined;
    let s = '';
    for (const c of n.children) {
      if (c.type === 'string_fragment') s += text(c);
      else if (c.type === 'escape_sequence') s += unescape(text(c));
    }
    return s;
  }
  if (n.type === 'parenthesized_expression' && n.children.length === 1) return stringValue(n.children[0]);
  return undefined;
}

function unescape(e: string): string {
  const m: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
  const c = e.slice(1);
  return m[c] ?? c;
}

/** Range of a string's contents (inside the quotes). */
export function stringContentRange(n: N): { start: number; end: number } {
  return n.end - n.start >= 2 ? { start: n.start + 1, end: n.end - 1 } : { start: n.start, end: n.end };
}

/**
 * Parameters of a followed function bound to the caller's arguments while a call site is judged
 * (follow.ts): inside `fn`, the parameter `where` reads as the object literal the caller passed.
 */
export interface Binding {
  readonly fn: N;
  readonly args: ReadonlyMap<string, N>;
  /** How often a parameter was read through the binding. */
  used: number;
}
export const bindings: Binding[] = [];

/** Runs `f` with `frames` pushed onto `bindings`; the stack is back to what it was afterwards, even when `f` throws. */
export function withBindings<T>(frames: readonly Binding[], f: () => T): T {
  const mark = bindings.length;
  bindings.push(...frames);
  try {
    return f();
  } finally {
    bindings.splice(mark);
  }
}

function bound(n: N): N | undefined {
  for (const b of bindings) {
    if (n.src !== b.fn.src || n.start < b.fn.start || n.end > b.fn.end) continue;
    const a = b.args.get(n.src.slice(n.start, n.end));
    // A name inside the argument itself (`this.named(type.ofType)` calling itself) is the caller's, not this call's parameter.
    if (a && !(a.src === n.src && n.start >= a.start && n.end <= a.end)) {
      b.used++;
      return a;
    }
  }
  return undefined;
}

export const SCOPES = new Set(['statement_block', 'program']);
export const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'program']);
/** The nodes that start a function (its own `return`s and parameters), the module not included. */
export const FUNCTION_NODES: ReadonlySet<string> = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function']);
/** The functions whose own code a caller's values flow into (no generators: they return iterators, not builders). */
export const CALLABLE_NODES: ReadonlySet<string> = new Set(['method_definition', 'function_declaration', 'function_expression', 'arrow_function']);

/**
 * The object literal a `const` in an enclosing block was declared with (`const where = { company };
 * Lead.findAll({ where })`), when the name is used nowhere else in its function: any other use
 * (a member assignment, a call it is passed to, a reassignment of a property) could change it.
 */
function constObject(id: N): N | undefined {
  const name = id.src.slice(id.start, id.end);
  for (let p = id.parent; p; p = p.parent) {
    if (!SCOPES.has(p.type)) continue;
    const d = constObjectsOf(p).get(name);
    if (d && d.start < id.start) {
      let fn: N = p;
      while (fn.parent && !FUNCTIONS.has(fn.type)) fn = fn.parent;
      const body = id.src.slice(fn.start, fn.end);
      const uses = body.match(new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
      return uses === 2 ? d.value : undefined;
    }
    if (FUNCTIONS.has(p.type)) return undefined;
  }
  return undefined;
}

// A block's `const name = { … }` declarations, collected once per block: `unwrap` asks for
// every identifier it meets, so a walk over the block's statements each time would be quadratic.
const constObjects = new WeakMap<N, Map<string, { start: number; value: N }>>();

function constObjectsOf(block: N): Map<string, { start: number; value: N }> {
  let m = constObjects.get(block);
  if (m) return m;
  m = new Map();
  for (const st of block.children) {
    if (st.type !== 'lexical_declaration' || !/^const\b/.test(st.src.slice(st.start, st.start + 6))) continue;
    for (const d of st.children) {
      if (d.type !== 'variable_declarator') continue;
      const n = field(d, 'name');
      const v = field(d, 'value');
      if (n?.type === 'identifier' && v?.type === 'object') m.set(st.src.slice(n.start, n.end), { start: st.start, value: v });
    }
  }
  constObjects.set(block, m);
  return m;
}

/**
 * While a translation runs with the workspace in view (objects.ts), the object literal a call or a
 * local variable evaluates to (`where: leadWhere(f)`, `const where = {}; if (…) where.x = …`).
 */
let valueResolver: ((n: N) => N | undefined) | undefined;

/** Runs `f` with `resolve` reading values; bindings it pushes are dropped afterwards. */
export function withValues<T>(resolve: (n: N) => N | undefined, f: () => T): T {
  const prev = valueResolver;
  const mark = bindings.length;
  valueResolver = resolve;
  try {
    return f();
  } finally {
    valueResolver = prev;
    bindings.splice(mark);
  }
}

/** The name a class reference is written as: `Lead`, or `models.Lead` (one property of a name); undefined otherwise. */
export function refText(n: N | undefined): string | undefined {
  if (n?.type === 'identifier') return text(n);
  const o = n?.type === 'member_expression' ? field(n, 'object') : undefined;
  const p = n?.type === 'member_expression' ? field(n, 'property') : undefined;
  return o?.type === 'identifier' && p?.type === 'property_identifier' ? `${text(o)}.${text(p)}` : undefined;
}

/** Strips `await`, parentheses, `x!`, `x as T`, `<T>x`, `x satisfies T` (and reads bound parameters and single-use const objects). */
export function unwrap(n: N | undefined): N | undefined {
  let cur = n;
  let hops = 0;
  while (cur) {
    // `this.table` of a followed instance (follow.ts binds it to what its constructor was given).
    if (hops < 8 && cur.type === 'member_expression' && bindings.length && /^this\.[\w$]+$/.test(cur.src.slice(cur.start, cur.end))) {
      const b = bound(cur);
      hops++;
      if (b) {
        cur = b;
        continue;
      }
      return cur;
    }
    if (hops < 8 && (cur.type === 'identifier' || cur.type === 'shorthand_property_identifier')) {
      const b = (bindings.length ? bound(cur) : undefined) ?? constObject(cur);
      hops++;
      if (b) {
        cur = b;
        continue;
      }
    }
    // A value position (not the callee or object of a chain) that the workspace can resolve.
    if (valueResolver && hops < 8 && cur.field !== 'function' && cur.field !== 'object' && ['call_expression', 'identifier', 'shorthand_property_identifier', 'new_expression'].includes(cur.type)) {
      const r = valueResolver(cur);
      hops++;
      if (r) {
        cur = r;
        continue;
      }
    }
    // `sql<T>` (an instantiation expression) names `sql`.
    if (['parenthesized_expression', 'non_null_expression', 'as_expression', 'satisfies_expression', 'type_assertion', 'await_expression', 'instantiation_expression'].includes(cur.type)) {
      const inner = cur.children.find((c) => !['type_annotation', 'type_identifier', 'generic_type', 'predefined_type', 'type_arguments', 'object_type', 'union_type'].includes(c.type) && c.type !== 'comment');
      if (!inner) return cur;
      cur = inner;
    } else return cur;
  }
  return cur;
}

/** One link of a call/member chain such as `db.select().from(leads).where(x)`. */
export type Link =
  | { readonly kind: 'root'; readonly name: string; readonly node: N }
  | { readonly kind: 'prop'; readonly name: string; readonly node: N; readonly owner: N }
  | { readonly kind: 'call'; readonly args: readonly N[]; readonly node: N; readonly argsNode: N }
  | { readonly kind: 'template'; readonly node: N; readonly template: N };

/** The right side of `tx || db` / `tx ?? this.db` / `tx || db.replicaNode()` (plain names, `this.x`, or an accessor called without arguments on one); undefined otherwise. */
export function defaultHandle(b: N): N | undefined {
  const l = field(b, 'left');
  const r = field(b, 'right');
  if (!l || !r || !/^\s*(\|\||\?\?)\s*$/.test(b.src.slice(l.end, r.start))) return undefined;
  const plain = (x: N): boolean => x.type === 'identifier' || (x.type === 'member_expression' && /^(this|[\w$]+)\.[\w$]+$/.test(text(x)));
  // `tx || db.replicaNode()`: the default may be a client's own accessor, called without arguments.
  const accessor = (x: N): boolean => {
    const f = field(x, 'function');
    const o = f?.type === 'member_expression' ? field(f, 'object') : undefined;
    return x.type === 'call_expression' && /^\(\s*\)$/.test(text(field(x, 'arguments') ?? x)) && o !== undefined && (plain(o) || o.type === 'this');
  };
  return plain(l) && (plain(r) || accessor(r)) ? r : undefined;
}

/**
 * Whether a member expression is a registry path to read as one root name (registry-paths.ts);
 * the innermost entry is in force (the follow pass and the scan each push one).
 */
export const pathRoots: ((member: N, path: string) => boolean)[] = [];

/**
 * Whether a member expression's text is a registry path of the innermost `pathRoots` entry: never `this.x`, a field,
 * but `this.db.lead` (a member of a field's object) may be one.
 */
function registryPath(u: N): string | undefined {
  const isPath = pathRoots[pathRoots.length - 1];
  if (!isPath) return undefined;
  const p = u.src.slice(u.start, u.end).replace(/[\s?]/g, '');
  return !/^this\.[\w$]+$/.test(p) && isPath(u, p) ? p : undefined;
}

/**
 * The model a root name stands for in the file of a node, when the file names it otherwise (an
 * import renamed: `import { Lead as LeadModel }`); the innermost entry is in force (the follow
 * pass and the scan each push one, as for `pathRoots`).
 */
export const rootAliases: ((n: N, name: string) => string | undefined)[] = [];

/** The model name a root identifier stands for: the renamed import's model, or the name itself. */
export function modelNameOf(n: N, name: string): string {
  return rootAliases[rootAliases.length - 1]?.(n, name) ?? name;
}

/** `dottedName` of a model reference, a plain identifier read as the model a renamed import stands for. */
export function modelPath(n: N | undefined): string[] | undefined {
  const d = dottedName(n);
  const u = unwrap(n);
  return d?.length === 1 && u ? [modelNameOf(u, d[0]!)] : d;
}

/** Runs `f` with `alias` naming the models of renamed roots. */
export function withRootAliases<T>(alias: (n: N, name: string) => string | undefined, f: () => T): T {
  rootAliases.push(alias);
  try {
    return f();
  } finally {
    rootAliases.pop();
  }
}

/** Runs `f` with `isPath` deciding which member expressions are registry paths. */
export function withPathRoots<T>(isPath: (member: N, path: string) => boolean, f: () => T): T {
  pathRoots.push(isPath);
  try {
    return f();
  } finally {
    pathRoots.pop();
  }
}

/** Methods and properties of the rows an awaited query gives (arrays), which no builder has. */
const ROW_MEMBERS = new Set(['map', 'filter', 'forEach', 'reduce', 'some', 'every', 'flatMap', 'length', 'includes', 'indexOf', 'at']);

/**
 * Whether a member expression reads the result of an awaited expression: `(await q).map`,
 * `(await q).length`, or a field read that ends the expression (`(await q)?.date ?? now`): a client
 * awaited from a factory is used by calling or reading on through it, never by one last field.
 */
export function awaitedResult(member: N): boolean {
  const prop = field(member, 'property');
  let obj = field(member, 'object');
  while (obj && (obj.type === 'parenthesized_expression' || obj.type === 'non_null_expression')) obj = obj.children.find((c) => c.type !== 'comment');
  return !!prop && obj?.type === 'await_expression' && (ROW_MEMBERS.has(text(prop)) || lastRead(member));
}

/** A member expression nothing calls or reads further (`x.date`, not `x.lead.findMany()` or `x.find(…)`). */
function lastRead(member: N): boolean {
  let child = member;
  let p = member.parent;
  while (p && (p.type === 'non_null_expression' || p.type === 'parenthesized_expression')) {
    child = p;
    p = p.parent;
  }
  if (!p) return true;
  if (p.type === 'member_expression' || p.type === 'subscript_expression') return child.field !== 'object';
  return !(p.type === 'call_expression' && child.field === 'function');
}

/** Flattens a chain, innermost first. Unknown roots become `{root, name: ''}`. */
export function flattenChain(n: N): Link[] {
  const out: Link[] = [];
  const rec = (x: N): void => {
    const u = unwrap(x) ?? x;
    if (u.type === 'call_expression') {
      const fn = field(u, 'function');
      const args = field(u, 'arguments');
      if (fn) rec(fn);
      else out.push({ kind: 'root', name: '', node: u });
      if (args?.type === 'template_string') out.push({ kind: 'template', node: u, template: args });
      else if (args) out.push({ kind: 'call', args: kids(args), node: u, argsNode: args });
    } else if (u.type === 'member_expression' && pathRoots.length && registryPath(u) !== undefined) {
      // A registry path (`WIKI.models.leads`) the file resolves as a whole: one root.
      out.push({ kind: 'root', name: registryPath(u)!, node: u });
    } else if (u.type === 'member_expression') {
      const obj = field(u, 'object');
      const prop = field(u, 'property');
      // `(await q).map(…)`: the await ran the query; what follows reads its rows.
      if (prop && awaitedResult(u)) out.push({ kind: 'root', name: '', node: obj ?? u });
      else if (obj) rec(obj);
      if (prop) out.push({ kind: 'prop', name: text(prop), node: prop, owner: u });
    } else if (u.type === 'identifier' || u.type === 'this' || u.type === 'super') {
      out.push({ kind: 'root', name: text(u), node: u });
    } else if (u.type === 'binary_expression' && defaultHandle(u)) {
      // `(tx || db)('leads')`, `(trx ?? this.db).selectFrom(…)`: a transaction or the default client,
      // the same ORM and the same statement either way; the default names it.
      rec(defaultHandle(u)!);
    } else {
      out.push({ kind: 'root', name: '', node: u });
    }
  };
  rec(n);
  return out;
}

/** The declarator of plain identifier `name` in a declaration statement (`const a = 1, lead = …`); the caller decides which statements count. */
export function declaratorOf(st: N, name: string): N | undefined {
  return kids(st).find((d) => {
    const n = field(d, 'name');
    return d.type === 'variable_declarator' && n?.type === 'identifier' && text(n) === name;
  });
}

/** The declarator of local `name` among a block's statements before `at` (`const lead = …` above a use). */
export function declaratorBefore(block: N, name: string, at: number): N | undefined {
  for (const st of kids(block)) {
    if (st.start >= at) break;
    if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
    const d = declaratorOf(st, name);
    if (d) return d;
  }
  return undefined;
}

/** The type a parameter of an enclosing function is annotated with (`lead: Lead` → `Lead`). */
export function paramType(at: N, name: string, dotted = false): string | undefined {
  for (let p = at.parent; p; p = p.parent) {
    const ps = field(p, 'parameters');
    if (!ps || !['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function'].includes(p.type)) continue;
    for (const q of kids(ps)) {
      const pat = field(q, 'pattern');
      if (pat?.type !== 'identifier' || text(pat) !== name) continue;
      const t = field(q, 'type');
      // `dotted` also accepts a type read through a namespace import (`lead: models.Lead`).
      return t ? (dotted ? /^\s*:?\s*([\w$]+(?:\.[\w$]+)?)\s*$/ : /^\s*:?\s*([\w$]+)\s*$/).exec(text(t))?.[1] : undefined;
    }
  }
  return undefined;
}

/** `a.b.c` → ['a','b','c'] for plain member chains of identifiers; undefined otherwise. */
export function dottedName(n: N | undefined): string[] | undefined {
  const u = unwrap(n);
  if (!u) return undefined;
  if (u.type === 'identifier' || u.type === 'this' || u.type === 'property_identifier' || u.type === 'type_identifier') return [text(u)];
  if (u.type === 'member_expression') {
    const o = dottedName(field(u, 'object'));
    const p = field(u, 'property');
    if (!o || !p) return undefined;
    return [...o, text(p)];
  }
  return undefined;
}

/** Visits every node depth-first (pre-order). */
export function visit(root: N, fn: (n: N) => boolean | void): void {
  const stack: N[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (fn(n) === false) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

export type { Tree };

/** Whether a node mentions one of `names` (a set, or a map's keys) as a plain identifier. */
export function mentionsName(x: N, names: { has(name: string): boolean }): boolean {
  let hit = false;
  visit(x, (n) => {
    if (hit) return false;
    if ((n.type === 'identifier' || n.type === 'shorthand_property_identifier') && names.has(text(n))) hit = true;
    return undefined;
  });
  return hit;
}

/**
 * The nearest `const { … } = value` before `id`, searched outwards through the enclosing blocks, whose
 * pattern `read` answers for (`null`: not this one, keep searching). Undefined when nothing answers or
 * a function on the way takes `id`'s name as a parameter, which shadows every outer declaration.
 */
export function constPatternBefore<T>(id: N, read: (pat: N, value: N | undefined) => T | undefined | null): T | undefined {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (FUNCTIONS.has(p.type) && p.type !== 'program') {
      const ps = field(p, 'parameters') ?? field(p, 'parameter');
      if (ps && new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(ps))) return undefined;
    }
    if (!SCOPES.has(p.type)) continue;
    for (const st of p.children) {
      if (st.start >= id.start) break;
      if (st.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      for (const d of st.children) {
        const pat = field(d, 'name');
        if (d.type !== 'variable_declarator' || pat?.type !== 'object_pattern') continue;
        const hit = read(pat, field(d, 'value'));
        if (hit !== null) return hit;
      }
    }
  }
  return undefined;
}
