/**
 * A plain JavaScript copy of the named nodes of a tree-sitter tree, made in one cursor pass.
 * The ORM translators walk this copy freely (parents, fields, text) without crossing into
 * WebAssembly for every property access, and the tree-sitter tree can be deleted at once.
 * Offsets are UTF-16 code units (web-tree-sitter 0.27 reports them so for JavaScript strings).
 */
import type { Node, Tree } from 'web-tree-sitter';
import { ensureTreeSitterLoaded, languageFor, parserFor } from '../treesitter';

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
  const cursor = node.walk();
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

function bound(n: N): N | undefined {
  for (const b of bindings) {
    if (n.src !== b.fn.src || n.start < b.fn.start || n.end > b.fn.end) continue;
    const a = b.args.get(n.src.slice(n.start, n.end));
    if (a) {
      b.used++;
      return a;
    }
  }
  return undefined;
}

const SCOPES = new Set(['statement_block', 'program']);
const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'program']);

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
    } else if (u.type === 'member_expression') {
      const obj = field(u, 'object');
      const prop = field(u, 'property');
      if (obj) rec(obj);
      if (prop) out.push({ kind: 'prop', name: text(prop), node: prop, owner: u });
    } else if (u.type === 'identifier' || u.type === 'this' || u.type === 'super') {
      out.push({ kind: 'root', name: text(u), node: u });
    } else {
      out.push({ kind: 'root', name: '', node: u });
    }
  };
  rec(n);
  return out;
}

/**
 * The template of a `sql` tagged template: `` sql`…` `` and `` sql<T>`…` `` (which the grammar
 * reads as the comparisons `sql < T > `…``, so that shape is accepted too).
 */
export function sqlTemplate(n: N | undefined): N | undefined {
  const u = unwrap(n);
  if (u?.type === 'call_expression') {
    const fn = field(u, 'function');
    const args = field(u, 'arguments');
    return fn && text(fn) === 'sql' && args?.type === 'template_string' ? args : undefined;
  }
  if (u?.type === 'binary_expression') {
    const left = field(u, 'left');
    const right = field(u, 'right');
    const tag = left?.type === 'binary_expression' ? field(left, 'left') : undefined;
    if (right?.type === 'template_string' && tag && text(tag) === 'sql' && /^sql\s*<[^`]*>\s*$/.test(u.src.slice(u.start, right.start))) return right;
  }
  return undefined;
}

/** The type a parameter of an enclosing function is annotated with (`lead: Lead` → `Lead`). */
export function paramType(at: N, name: string): string | undefined {
  for (let p = at.parent; p; p = p.parent) {
    const ps = field(p, 'parameters');
    if (!ps || !['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function'].includes(p.type)) continue;
    for (const q of kids(ps)) {
      const pat = field(q, 'pattern');
      if (pat?.type !== 'identifier' || text(pat) !== name) continue;
      const t = field(q, 'type');
      return t ? /^\s*:?\s*([\w$]+)\s*$/.exec(text(t))?.[1] : undefined;
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

/** Pairs of an object literal; `undefined` when it has a spread or a computed key we cannot read. */
export interface Prop {
  readonly key: string;
  /** For `[Op.gte]`-style computed keys: the dotted name inside the brackets. */
  readonly computed?: readonly string[];
  readonly keyNode: N;
  readonly value: N;
  readonly pair: N;
}

export function objectProps(obj: N): { props: Prop[]; dynamic: boolean } {
  const props: Prop[] = [];
  let dynamic = false;
  for (const c of kids(obj)) {
    if (c.type === 'pair') {
      const k = field(c, 'key');
      const v = field(c, 'value');
      if (!k || !v) {
        dynamic = true;
        continue;
      }
      if (k.type === 'property_identifier' || k.type === 'number') props.push({ key: text(k), keyNode: k, value: v, pair: c });
      else if (k.type === 'string') props.push({ key: stringValue(k) ?? '', keyNode: k, value: v, pair: c });
      else if (k.type === 'computed_property_name') {
        const inner = k.children[0];
        const d = dottedName(inner);
        const s = stringValue(inner);
        if (d) props.push({ key: d.join('.'), computed: d, keyNode: k, value: v, pair: c });
        else if (s !== undefined) props.push({ key: s, keyNode: k, value: v, pair: c });
        else dynamic = true;
      } else dynamic = true;
    } else if (c.type === 'shorthand_property_identifier') {
      props.push({ key: text(c), keyNode: c, value: c, pair: c });
    } else if (c.type === 'spread_element') {
      const inner = spreadProps(c.children.find((x) => x.type !== 'comment'));
      if (inner) props.push(...inner);
      else dynamic = true;
    } else if (c.type === 'method_definition') dynamic = true;
  }
  // A key written twice (`{ ...options, where: { … } }`): the last one counts, as in JavaScript.
  const last = new Map(props.map((p, i) => [p.key, i]));
  if (last.size < props.length) return { props: props.filter((p, i) => last.get(p.key) === i), dynamic };
  return { props, dynamic };
}

/**
 * The properties a spread adds when they can be read: an object literal (or a value resolved to
 * one), and `...(c ? { a } : {})` / `...(c && { a })`, whose properties are present on one path
 * only — the path without them is a path the query can run, so they are left out.
 */
function spreadProps(e: N | undefined): Prop[] | undefined {
  const u = unwrap(e);
  if (!u) return undefined;
  const read = (x: N | undefined): Prop[] | undefined => {
    const v = unwrap(x);
    if (v?.type === 'null' || v?.type === 'undefined' || (v?.type === 'identifier' && text(v) === 'undefined')) return [];
    if (v?.type !== 'object') return undefined;
    const r = objectProps(v);
    return r.dynamic ? undefined : r.props;
  };
  if (u.type === 'object') return read(u);
  // `...options.where` of an object literal (a helper's parameter read as the caller's argument): that property, or nothing.
  if (u.type === 'member_expression') {
    const o = unwrap(field(u, 'object'));
    const key = text(field(u, 'property') ?? u);
    if (o?.type !== 'object') return undefined;
    const { props, dynamic } = objectProps(o);
    const hit = props.filter((p) => p.key === key).pop();
    return hit ? read(hit.value) : dynamic ? undefined : [];
  }
  // `...(since ? { … } : {})` / `...(since && { … })` whose condition the caller's values decide.
  const known = u.type === 'ternary_expression' || u.type === 'binary_expression' ? truthOf(field(u, u.type === 'ternary_expression' ? 'condition' : 'left')) : undefined;
  if (u.type === 'ternary_expression' && known !== undefined) return read(field(u, known ? 'consequence' : 'alternative'));
  if (u.type === 'binary_expression' && known !== undefined && /^\s*&&/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) {
    return known ? read(field(u, 'right')) : [];
  }
  if (u.type === 'ternary_expression') {
    const a = read(field(u, 'consequence'));
    const b = read(field(u, 'alternative'));
    if (!a || !b) return undefined;
    if (a.length === 0 || b.length === 0) return [];
    const keys = (ps: Prop[]): string => ps.map((p) => p.key).sort().join('\0');
    return keys(a) === keys(b) ? a : undefined;
  }
  if (u.type === 'binary_expression' && /^\s*&&/.test(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end))) {
    return read(field(u, 'right')) ? [] : undefined;
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

// Types whose values are never falsy: objects, arrays, tuples, well-known classes.
const OBJECT_TYPE = /^(?:Date|RegExp|Map<.*>|Set<.*>|Array<.*>|ReadonlyArray<.*>|Record<.*>|Buffer|Uint8Array|readonly .*\[\]|[\w$.<>, ]+\[\]|\[.*\]|\{[\s\S]*\})$/;

/**
 * Whether an identifier names a parameter of its function declared with a type whose values are
 * always truthy (`since: Date`, `ids: number[]`, `{ … }`), not optional, without a default or a
 * union. Never for number/string/boolean/any/unknown: their values can be falsy.
 */
export function truthyParam(id: N): boolean {
  const name = text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (!FUNCTIONS.has(p.type) || p.type === 'program') continue;
    const ps = field(p, 'parameters');
    for (const q of ps ? kids(ps) : []) {
      const pat = field(q, 'pattern');
      const t = field(q, 'type');
      // `({ userId, interval }: { userId: bigint; interval: Interval })`: the member's declared type.
      if (pat?.type === 'object_pattern' && t && kids(pat).some((k) => k.type === 'shorthand_property_identifier_pattern' && text(k) === name)) {
        const m = new RegExp(`(?:^|[{;,\\s])${name.replace(/\$/g, '\\$')}\\s*:\\s*([^;,}]+)`).exec(text(t));
        return !!m && truthyType(m[1]!);
      }
      if (pat?.type !== 'identifier' || text(pat) !== name) continue;
      if (q.type !== 'required_parameter' || field(q, 'value') || !t) return false;
      return truthyType(text(t).replace(/^\s*:\s*/, ''));
    }
    return false;
  }
  return false;
}

/** Type alias text by name where the code is checked (`type Interval = '24h' | '7d'`), set by the scan and the follow pass. */
let typeText: ((name: string) => string | undefined) | undefined;

/** Runs `f` with `lookup` giving type aliases' text. */
export function withTypeText<T>(lookup: (name: string) => string | undefined, f: () => T): T {
  const prev = typeText;
  typeText = lookup;
  try {
    return f();
  } finally {
    typeText = prev;
  }
}

/** Whether every value of a type is truthy: objects, arrays, well-known classes, unions of non-empty string literals (through aliases). */
function truthyType(t: string, depth = 0): boolean {
  const ty = t.trim();
  if (/\b(undefined|null|any|unknown)\b|\?/.test(ty)) return false;
  if (OBJECT_TYPE.test(ty) && !ty.includes('|')) return true;
  const parts = ty.split('|').map((x) => x.trim()).filter((x) => x !== '');
  if (parts.length > 0 && parts.every((x) => /^'[^']+'$|^"[^"]+"$/.test(x))) return true;
  const alias = /^[A-Za-z_$][\w$]*$/.test(ty) && depth < 3 ? typeText?.(ty) : undefined;
  return alias !== undefined && truthyType(alias, depth + 1);
}

function nullish(u: N | undefined): boolean {
  return !!u && (u.type === 'undefined' || u.type === 'null' || (u.type === 'identifier' && text(u) === 'undefined'));
}

/**
 * Whether a condition is certainly true or false with the values in view (helpers' parameters read
 * as the caller's arguments, or the explicit `args` for names of the condition itself): `opts.since`,
 * `!since`, `since !== undefined`, where the value is a literal, a property an object literal lacks
 * (undefined), or a parameter whose type is always truthy. Undefined when unknown.
 */
export function truthOf(cond: N | undefined, args?: ReadonlyMap<string, N>, depth = 0): boolean | undefined {
  const read = (x: N | undefined): N | undefined => {
    const v = unwrap(x);
    const a = args && v?.type === 'identifier' ? args.get(text(v)) : undefined;
    return a ? unwrap(a) : v;
  };
  let u = read(cond);
  if (!u || depth > 8) return undefined;
  let negate = false;
  while (u?.type === 'unary_expression' && /^!/.test(text(u))) {
    negate = !negate;
    u = read(kids(u)[0]);
  }
  if (!u) return undefined;
  const flip = (r: boolean | undefined): boolean | undefined => (r === undefined ? undefined : r !== negate);
  if (u.type === 'binary_expression') {
    const op = u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end).trim();
    if (op === '&&' || op === '||') {
      // `a && b` is true when both are, false when either is not (and the reverse for `||`).
      const l = truthOf(field(u, 'left'), args, depth + 1);
      const r = truthOf(field(u, 'right'), args, depth + 1);
      const and = op === '&&';
      if (l === and && r === and) return flip(and);
      if (l === !and || r === !and) return flip(!and);
      return undefined;
    }
    const m = /^\s*(!==|!=|===|==)\s*$/.exec(u.src.slice(field(u, 'left')?.end ?? u.start, field(u, 'right')?.start ?? u.end));
    const right = unwrap(field(u, 'right'));
    if (!m || !nullish(right)) return undefined;
    const eq = m[1] === '===' || m[1] === '==';
    const left = truthOf(field(u, 'left'), args, depth + 1);
    // A truthy value is neither null nor undefined; a missing one is undefined (`==`/`!=` also cover null).
    if (left === true) return flip(!eq);
    if (left === false && (m[1]!.length === 2 || right?.type !== 'null')) return flip(eq);
    return undefined;
  }
  if (u.type === 'member_expression') {
    let obj = read(field(u, 'object'));
    const prop = field(u, 'property');
    // `options.filter?.from`: the nested object literal the outer property holds (a missing one is undefined).
    if (obj?.type === 'member_expression') {
      const inner = literalProperty(obj, read);
      if (inner === null) return flip(false);
      obj = inner ? read(inner) : undefined;
    }
    if (obj?.type !== 'object' || !prop) return undefined;
    let value: boolean | undefined = false;
    for (const c of kids(obj)) {
      if (c.type === 'comment') continue;
      if (c.type === 'spread_element') return undefined;
      const key = c.type === 'pair' ? field(c, 'key') : c.type === 'shorthand_property_identifier' ? c : undefined;
      if (!key) return undefined;
      if (text(key).replace(/^['"]|['"]$/g, '') !== text(prop)) continue;
      value = truthOf(c.type === 'pair' ? field(c, 'value') : c, undefined, depth + 1);
    }
    return flip(value);
  }
  switch (u.type) {
    case 'object':
    case 'array':
    case 'new_expression':
    case 'true':
    case 'arrow_function':
    case 'function_expression':
      return flip(true);
    case 'false':
    case 'null':
    case 'undefined':
      return flip(false);
    case 'string':
    case 'template_string':
      return u.children.some((c) => c.type === 'template_substitution') ? undefined : flip(text(u).length > 2);
    case 'number':
      return flip(Number(text(u)) !== 0);
    case 'identifier':
    case 'shorthand_property_identifier': {
      if (text(u) === 'undefined') return flip(false);
      if (truthyParam(u)) return flip(true);
      // A `const` declared before (`const since = new Date(…)`, `const period = monthRange(month)`).
      const init = constInit(u);
      return init ? flip(truthOf(init, undefined, depth + 1)) : undefined;
    }
    default:
      return undefined;
  }
}

/** The value an object literal gives `m`'s property (`a.b` with `a` read as `{ b: … }`): null when it lacks it, undefined when unknown. */
function literalProperty(m: N, read: (x: N | undefined) => N | undefined, depth = 0): N | null | undefined {
  let obj = read(field(m, 'object'));
  const prop = field(m, 'property');
  if (obj?.type === 'member_expression' && depth < 4) {
    const inner = literalProperty(obj, read, depth + 1);
    if (inner === null) return null;
    obj = inner ? read(inner) : undefined;
  }
  if (obj?.type !== 'object' || !prop) return undefined;
  for (const c of kids(obj)) {
    if (c.type === 'comment') continue;
    if (c.type === 'spread_element') return undefined;
    const key = c.type === 'pair' ? field(c, 'key') : c.type === 'shorthand_property_identifier' ? c : undefined;
    if (!key) return undefined;
    if (text(key).replace(/^['"]|['"]$/g, '') === text(prop)) return c.type === 'pair' ? (field(c, 'value') ?? undefined) : c;
  }
  return null;
}

/** The initializer of the `const` an identifier names, declared before it in an enclosing block of the same function chain. */
function constInit(id: N): N | undefined {
  const name = text(id);
  const re = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  for (let p = id.parent; p; p = p.parent) {
    if (FUNCTIONS.has(p.type) && p.type !== 'program') {
      const ps = field(p, 'parameters') ?? field(p, 'parameter');
      if (ps && re.test(text(ps))) return undefined;
    }
    if (!SCOPES.has(p.type)) continue;
    for (const st0 of p.children) {
      if (st0.start >= id.start) break;
      const st = st0.type === 'export_statement' ? field(st0, 'declaration') : st0;
      if (st?.type !== 'lexical_declaration' || !/^const\b/.test(text(st))) continue;
      for (const d of st.children) {
        const n = field(d, 'name');
        if (d.type === 'variable_declarator' && n?.type === 'identifier' && text(n) === name) return field(d, 'value');
      }
    }
  }
  return undefined;
}
