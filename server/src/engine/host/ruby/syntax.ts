/**
 * A light, plain-JavaScript copy of (part of) a tree-sitter-ruby tree. Every property access
 * on a web-tree-sitter node crosses into WebAssembly, so the engine copies the subtrees it
 * analyses once with a single cursor pass and then works on plain objects.
 *
 * Offsets: web-tree-sitter 0.27 reports `startIndex`/`endIndex` in UTF-16 code units when
 * the input is a JavaScript string (verified by a test with non-ASCII text), so they are
 * document offsets as they are.
 */
import type { Node as TsNode, Tree } from 'web-tree-sitter';
import { type CursorLike, ensureTreeSitterLoaded, fastWalk, parserFor } from '../treesitter';

export interface RNode {
  readonly type: string;
  readonly named: boolean;
  /** Field name in the parent (`receiver`, `method`, `arguments`, …), if any. */
  readonly field: string | null;
  readonly start: number;
  readonly end: number;
  readonly children: RNode[];
  parent: RNode | null;
  readonly hasError: boolean;
}

/**
 * Copies the subtree under the cursor's current node; an outline leaves out method bodies
 * (classes, modules, method heads and class-level calls are what the workspace index reads).
 */
function copyAt(cursor: CursorLike, parent: RNode | null, outline: boolean, shallow?: (start: number, end: number) => boolean): RNode {
  const node: RNode = {
    type: cursor.nodeType,
    named: cursor.nodeIsNamed,
    field: cursor.currentFieldName,
    start: cursor.startIndex,
    end: cursor.endIndex,
    children: [],
    parent,
    hasError: cursor.nodeType === 'ERROR' || cursor.nodeIsMissing,
  };
  const isMethod = node.type === 'method' || node.type === 'singleton_method';
  const skipBody = outline && isMethod;
  // A method the caller already knows (unchanged since its last outline) is copied without children.
  if (skipBody && shallow?.(node.start, node.end)) return node;
  if (cursor.gotoFirstChild()) {
    do {
      if (skipBody && cursor.currentFieldName === 'body') continue;
      node.children.push(copyAt(cursor, node, outline, shallow));
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return node;
}

function copyTree(n: TsNode, outline: boolean, shallow?: (start: number, end: number) => boolean): RNode {
  const c = fastWalk(n);
  try {
    return copyAt(c, null, outline, shallow);
  } finally {
    c.delete();
  }
}

/**
 * The outline of a tree (what the workspace index reads): everything but method bodies.
 * Methods for which `shallow(start, end)` holds are copied as bare nodes without children.
 */
export function copyOutline(n: TsNode, shallow?: (start: number, end: number) => boolean): RNode {
  return copyTree(n, true, shallow);
}

/** A light copy of a tree-sitter node and everything below it. */
export function copyNode(n: TsNode): RNode {
  return copyTree(n, false);
}

let loaded = false;

export async function ensureRubyLoaded(): Promise<void> {
  await ensureTreeSitterLoaded();
  loaded = true;
}

export function rubyReady(): boolean {
  return loaded;
}

/** Parses Ruby source into a light tree (the tree-sitter tree is deleted before returning). */
export function parseRuby(text: string): RNode {
  const tree = parserFor('ruby').parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return copyNode(tree.rootNode);
  } finally {
    tree.delete();
  }
}

export function withTree<T>(text: string, fn: (t: Tree) => T): T {
  const tree = parserFor('ruby').parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return fn(tree);
  } finally {
    tree.delete();
  }
}

export function child(n: RNode, field: string): RNode | undefined {
  return n.children.find((c) => c.field === field);
}

export function namedChildren(n: RNode): RNode[] {
  return n.children.filter((c) => c.named && c.type !== 'comment');
}

export function textOf(src: string, n: RNode): string {
  return src.slice(n.start, n.end);
}

/** Every descendant (pre-order) for which `pred` holds; does not descend into matches when `stop` says so. */
export function descendants(n: RNode, pred: (x: RNode) => boolean, out: RNode[] = []): RNode[] {
  for (const c of n.children) {
    if (pred(c)) out.push(c);
    descendants(c, pred, out);
  }
  return out;
}

/** The name of a `constant` or `scope_resolution` node (`Admin::Lead`, `::Lead` → `Lead`), else undefined. */
export function constantName(src: string, n: RNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'constant') return textOf(src, n);
  if (n.type === 'scope_resolution') {
    const scope = child(n, 'scope');
    const name = child(n, 'name');
    if (!name || name.type !== 'constant') return undefined;
    if (!scope) return textOf(src, name);
    const s = constantName(src, scope);
    return s === undefined ? undefined : `${s}::${textOf(src, name)}`;
  }
  return undefined;
}

/** Name of a symbol or string literal without interpolation (`:leads`, `"leads"`, `leads:` key). */
export function symbolOrStringValue(src: string, n: RNode | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'simple_symbol') return textOf(src, n).slice(1);
  if (n.type === 'hash_key_symbol' || n.type === 'identifier' || n.type === 'constant') return textOf(src, n);
  if (n.type === 'string' || n.type === 'delimited_symbol') {
    const parts = n.children.filter((c) => c.named);
    if (parts.length === 0) return '';
    if (parts.length === 1 && parts[0]!.type === 'string_content') return textOf(src, parts[0]!);
  }
  return undefined;
}
