/**
 * A plain-object copy of the tree-sitter Python tree. Walking tree-sitter nodes from JavaScript
 * allocates a wrapper per access and `.parent` is slow, so the module copies the tree once with a
 * cursor (the tree is deleted right after) and works on these objects, which also survive for
 * models indexed from other files.
 */
import type { Tree } from 'web-tree-sitter';
import { type CursorLike, ensureTreeSitterLoaded, fastWalk, languageFor, parserFor, resetParser } from '../treesitter';

export interface PyNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Field name in the parent (`function`, `arguments`, `left`, ...). */
  readonly field: string | null;
  readonly named: boolean;
  readonly children: PyNode[];
  parent: PyNode | null;
}

export interface PyTree {
  readonly src: string;
  readonly root: PyNode;
  /** The parser had to recover from a syntax error somewhere. */
  readonly hasError?: boolean;
}

let ready = false;

/** Loads tree-sitter once; `parsePython` needs it. */
export async function ensurePythonLoaded(): Promise<void> {
  await ensureTreeSitterLoaded();
  ready = true;
}

/** True once the Python grammar is loaded (by this module or by whoever loaded tree-sitter). */
export function pythonReady(): boolean {
  if (ready) return true;
  try {
    languageFor('python');
    ready = true;
  } catch {
    // Not loaded yet.
  }
  return ready;
}

/** Parses Python source into a plain tree. Half-typed code gives ERROR nodes, never an exception. */
export function parsePython(src: string): PyTree {
  const parser = parserFor('python');
  let tree: Tree | null;
  try {
    tree = parser.parse(src);
  } catch (e) {
    // The error reaches the caller (the file is reported as not analysed); the next file gets a fresh parser.
    resetParser('python');
    throw e;
  }
  if (!tree) return { src, root: { type: 'module', start: 0, end: src.length, field: null, named: true, children: [], parent: null } };
  const cursor = fastWalk(tree.rootNode);
  try {
    return { src, root: copy(cursor), hasError: tree.rootNode.hasError };
  } catch (e) {
    resetParser('python');
    throw e;
  } finally {
    cursor.delete();
    tree.delete();
  }
}

let grammar: { types: (string | undefined)[]; named: boolean[]; fields: (string | null)[] } | undefined;

/** Type and field names by id, read once from the grammar (one number per node crosses into WebAssembly, not a string). */
function grammarTables(): NonNullable<typeof grammar> {
  if (!grammar) {
    const lang = languageFor('python');
    const types: (string | undefined)[] = [];
    const namedIds: boolean[] = [];
    for (let i = 0; i < lang.nodeTypeCount; i++) {
      types.push(lang.nodeTypeForId(i) ?? undefined);
      namedIds.push(lang.nodeTypeIsNamed(i));
    }
    const fields: (string | null)[] = [null];
    for (let i = 1; i <= lang.fieldCount; i++) fields.push(lang.fieldNameForId(i));
    grammar = { types, named: namedIds, fields };
  }
  return grammar;
}

function copy(cursor: CursorLike): PyNode {
  const { types, named: namedIds, fields } = grammarTables();
  const root: PyNode = { type: cursor.nodeType, start: cursor.startIndex, end: cursor.endIndex, field: null, named: cursor.nodeIsNamed, children: [], parent: null };
  const stack: PyNode[] = [root];
  if (!cursor.gotoFirstChild()) return root;
  for (;;) {
    const parent = stack[stack.length - 1]!;
    const tid = cursor.nodeTypeId;
    // Ids outside the grammar's table (ERROR) are asked by name.
    const known = types[tid];
    const n: PyNode = {
      type: known ?? cursor.nodeType,
      start: cursor.startIndex,
      end: cursor.endIndex,
      field: fields[cursor.currentFieldId] ?? null,
      named: known !== undefined ? namedIds[tid]! : cursor.nodeIsNamed,
      children: [],
      parent,
    };
    parent.children.push(n);
    // String contents need no copy below `string_content` (its escape children are re-read from text).
    if (n.type !== 'string_content' && n.type !== 'comment' && cursor.gotoFirstChild()) {
      stack.push(n);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent() || stack.length <= 1) return root;
      stack.pop();
    }
  }
}

export function field(n: PyNode | null | undefined, name: string): PyNode | undefined {
  if (!n) return undefined;
  for (const c of n.children) if (c.field === name) return c;
  return undefined;
}

export function named(n: PyNode): PyNode[] {
  return n.children.filter((c) => c.named && c.type !== 'comment');
}

export function textOf(t: PyTree, n: PyNode): string {
  return t.src.slice(n.start, n.end);
}

/** `a.b.c` for identifiers and attribute chains, else undefined. */
export function dottedName(t: PyTree, n: PyNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'identifier') return textOf(t, n);
  if (n.type === 'attribute') {
    const o = dottedName(t, field(n, 'object'));
    const a = field(n, 'attribute');
    return o !== undefined && a ? `${o}.${textOf(t, a)}` : undefined;
  }
  return undefined;
}

/** The last part of a dotted callee name (`models.CharField` → `CharField`). */
export function lastName(t: PyTree, n: PyNode | undefined): string | undefined {
  const d = dottedName(t, n);
  return d?.slice(d.lastIndexOf('.') + 1);
}

export interface CallArgs {
  readonly positional: PyNode[];
  readonly keywords: Map<string, PyNode>;
  /** Keyword argument nodes (name=value) in order, for fixes. */
  readonly keywordNodes: PyNode[];
  /** `*args` / `**kwargs` present: the call is built dynamically. */
  readonly splat: boolean;
  readonly node: PyNode | undefined;
}

export function callArgs(t: PyTree, call: PyNode): CallArgs {
  const list = field(call, 'arguments');
  const positional: PyNode[] = [];
  const keywords = new Map<string, PyNode>();
  const keywordNodes: PyNode[] = [];
  let splat = false;
  if (list && list.type === 'argument_list') {
    for (const c of named(list)) {
      if (c.type === 'keyword_argument') {
        const k = field(c, 'name');
        const v = field(c, 'value');
        if (k && v) keywords.set(textOf(t, k), v);
        keywordNodes.push(c);
      } else if (c.type === 'list_splat' || c.type === 'dictionary_splat') splat = true;
      else positional.push(c);
    }
  } else if (list) {
    // A generator expression as the only argument.
    positional.push(list);
  }
  return { positional, keywords, keywordNodes, splat, node: list };
}

/** The default value written for parameter `name` of a function definition (`since=None`, `lead: Lead = Depends(…)`). */
export function parameterDefault(t: PyTree, fn: PyNode, name: string): PyNode | undefined {
  const ps = field(fn, 'parameters');
  const p = ps ? named(ps).find((x) => (x.type === 'default_parameter' || x.type === 'typed_default_parameter') && textOf(t, field(x, 'name')!) === name) : undefined;
  return p ? field(p, 'value') : undefined;
}

/** Unwraps parentheses. */
export function unparen(n: PyNode | undefined): PyNode | undefined {
  while (n && n.type === 'parenthesized_expression') n = named(n)[0];
  return n;
}

/** Calls `fn` for every node in document order. */
export function walk(n: PyNode, fn: (n: PyNode) => void): void {
  const stack: PyNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    fn(x);
    for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]!);
  }
}

const SCOPES = new Set(['function_definition', 'class_definition', 'module', 'lambda']);

/** The function, class or module that owns a node's local variables. */
export function scopeOf(n: PyNode): PyNode {
  let p = n.parent;
  while (p && !SCOPES.has(p.type)) p = p.parent;
  return p ?? n;
}

function isAncestor(a: PyNode, n: PyNode): boolean {
  for (let p: PyNode | null = n; p; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * Resolves a local variable at a use site to the expression last assigned to it, when that is
 * certain: the last assignment before the use is in a block that also contains the use (not in
 * a branch or loop the use is outside of), and the name is not augmented or a parameter.
 * Returns undefined when the value is not visible (precision first).
 */
export function resolveVariable(t: PyTree, use: PyNode, index: ScopeIndex, name = textOf(t, use)): PyNode | undefined {
  const scope = scopeOf(use);
  const assigns = index.assignments(scope).get(name);
  if (!assigns) {
    // A closure's free variable: the enclosing function's, as it stands where the closure is defined.
    const at = closureUse(index, scope, name);
    if (at) return resolveVariable(t, at, index, name);
    // A module-level constant read inside a function: only when it is bound exactly once.
    let root = scope;
    while (root.parent) root = root.parent;
    if (root === scope) return undefined;
    const globals = index.assignments(root).get(name);
    return globals?.length === 1 && globals[0]!.value ? globals[0]!.value : undefined;
  }
  let last: Binding | undefined;
  for (const a of assigns) if (a.pos <= use.start) last = a;
  if (!last || !last.value) return undefined;
  const block = last.stmt.parent;
  if (block && !isAncestor(block, use)) return undefined;
  return last.value;
}

/**
 * Where a nested function (or lambda) reads a name it does not bind but its enclosing function
 * does (a closure): the nested definition. A callback defined and run by its function (`def
 * thd(conn): …` then `pool.do(thd)`, `lambda: qs.count()`) sees the value the name has there.
 */
export function closureUse(index: ScopeIndex, scope: PyNode, name: string): PyNode | undefined {
  if ((scope.type !== 'function_definition' && scope.type !== 'lambda') || index.assignments(scope).has(name)) return undefined;
  const def = scope.parent?.type === 'decorated_definition' ? scope.parent : scope;
  const outer = scopeOf(def);
  if (outer.type !== 'function_definition' && outer.type !== 'lambda') return undefined;
  return index.assignments(outer).has(name) ? def : closureUse(index, outer, name) && def;
}

interface Binding {
  /** Offset after which the binding is in effect. */
  readonly pos: number;
  readonly stmt: PyNode;
  readonly value: PyNode | null;
}

/** `a, b = x, y`: names on the left, as many plain values on the right (each name binds its own). */
function unpacksPairwise(left: PyNode, right: PyNode | null): boolean {
  if ((left.type !== 'pattern_list' && left.type !== 'tuple_pattern') || (right?.type !== 'expression_list' && right?.type !== 'tuple')) return false;
  const l = named(left);
  const r = named(right);
  return l.length === r.length && l.every((x) => x.type === 'identifier') && r.every((x) => x.type !== 'list_splat' && x.type !== 'parenthesized_list_splat');
}

/** `qs, order = helper(…)`: plain names on the left, one call on the right (each name binds an element of what it returns). */
function unpacksCall(left: PyNode, right: PyNode | null): boolean {
  return (left.type === 'pattern_list' || left.type === 'tuple_pattern') && right?.type === 'call' && named(left).every((x) => x.type === 'identifier');
}

const unpackedOf = new WeakMap<PyNode, { readonly from: PyNode; readonly index: number }>();

/** A node standing for element `index` of what `call` returns (`unpacked()` reads it back). */
function unpackedNode(call: PyNode, index: number): PyNode {
  const n: PyNode = { type: 'unpacked', start: call.start, end: call.end, field: null, named: true, children: [], parent: call.parent };
  unpackedOf.set(n, { from: call, index });
  return n;
}

/** For a name bound by `a, b = call(…)`: the call and which element of its result the name holds. */
export function unpacked(n: PyNode | undefined): { readonly from: PyNode; readonly index: number } | undefined {
  return n ? unpackedOf.get(n) : undefined;
}

/** Element `index` of a returned tuple (`return qs.order_by(o), o`), undefined for anything else. */
export function tupleItem(ret: PyNode | undefined, index: number): PyNode | undefined {
  const r = unparen(ret);
  return r?.type === 'expression_list' || r?.type === 'tuple' ? named(r)[index] : undefined;
}

/** Per-scope assignment lists, built once per tree. */
export class ScopeIndex {
  private readonly byScope = new Map<PyNode, Map<string, Binding[]>>();

  constructor(private readonly t: PyTree) {}

  assignments(scope: PyNode): Map<string, Binding[]> {
    let m = this.byScope.get(scope);
    if (m) return m;
    m = new Map();
    this.byScope.set(scope, m);
    const add = (name: string, stmt: PyNode, value: PyNode | null, pos = stmt.end): void => {
      let l = m!.get(name);
      if (!l) m!.set(name, (l = []));
      l.push({ pos, stmt, value });
    };
    if (scope.type === 'function_definition') {
      const params = field(scope, 'parameters');
      if (params) {
        walk(params, (p) => {
          if (p.type === 'identifier' && p.parent && p.parent.type !== 'attribute' && p.field !== 'type') add(textOf(this.t, p), params, null, 0);
        });
      }
    }
    const visit = (n: PyNode): void => {
      for (const c of n.children) {
        if (SCOPES.has(c.type) && c !== scope) {
          const nm = field(c, 'name');
          if (nm) add(textOf(this.t, nm), c, null);
          continue;
        }
        if (c.type === 'assignment') {
          const left = field(c, 'left');
          const right = field(c, 'right') ?? null;
          if (left?.type === 'identifier') add(textOf(this.t, left), c.parent ?? c, right);
          // `self.queryset = …`: bound under its dotted name (read back by `selfAttrValue`).
          else if (left?.type === 'attribute' && field(left, 'object')?.type === 'identifier') add(textOf(this.t, left), c.parent ?? c, right);
          else if (left && unpacksPairwise(left, right)) named(left).forEach((x, i) => add(textOf(this.t, x), c.parent ?? c, named(right!)[i]!));
          else if (left && unpacksCall(left, right)) named(left).forEach((x, i) => add(textOf(this.t, x), c.parent ?? c, unpackedNode(right!, i)));
          else if (left) walk(left, (x) => x.type === 'identifier' && x.parent?.type !== 'attribute' && add(textOf(this.t, x), c.parent ?? c, null));
        } else if (c.type === 'augmented_assignment') {
          const left = field(c, 'left');
          if (left?.type === 'identifier') add(textOf(this.t, left), c.parent ?? c, null);
        } else if (c.type === 'for_statement' || c.type === 'with_item' || c.type === 'for_in_clause' || c.type === 'named_expression') {
          const left = field(c, 'left') ?? field(c, 'alias') ?? field(c, 'name');
          if (left) walk(left, (x) => x.type === 'identifier' && add(textOf(this.t, x), c, null, left.end));
        } else if (c.type === 'as_pattern') {
          const alias = field(c, 'alias');
          if (alias) walk(alias, (x) => x.type === 'identifier' && add(textOf(this.t, x), c, null, alias.end));
        }
        visit(c);
      }
    };
    visit(scope);
    return m;
  }
}

/**
 * The nodes of a function (not of functions nested in it) for which `isSite` holds, when the
 * function reads `self` at all; remembered in `cache` per function node.
 */
export function selfSites(cache: WeakMap<PyNode, PyNode[]>, t: PyTree, fn: PyNode, isSite: (t: PyTree, n: PyNode) => unknown): PyNode[] {
  let sites = cache.get(fn);
  if (!sites) {
    const found: PyNode[] = [];
    if (/\b(?:self|cls)\./.test(textOf(t, fn))) {
      walk(fn, (n) => {
        if (scopeOf(n) === fn && isSite(t, n)) found.push(n);
      });
    }
    cache.set(fn, (sites = found));
  }
  return sites;
}

/** The statement of a block (or module) that holds a node. */
export function statementOf(n: PyNode): PyNode {
  let c = n;
  while (c.parent && c.parent.type !== 'block' && c.parent.type !== 'module') c = c.parent;
  return c;
}
