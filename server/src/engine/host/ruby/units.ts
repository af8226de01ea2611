/**
 * Splits a Ruby file into evaluation units (a method, or a statement of a class/module body or
 * of the top level, together with the heredoc bodies that follow it) with a cursor walk that
 * only descends into containers, so that units can be cached by their text and only the units
 * an edit touched are copied and analysed again.
 *
 * Trees of recently checked files are kept (not deleted) so that the next check of the same
 * file re-parses incrementally (about a millisecond after a one-line edit instead of tens of
 * milliseconds for a 5,000-line file). At most `MAX_TREES` trees are kept; evicted trees are
 * deleted, which is the only place a kept tree's memory is released.
 */
import type { Node as TsNode, Tree } from 'web-tree-sitter';
import { parserFor, textChange, treeEdit, type TextChange } from '../treesitter';
import { copyNode, type RNode } from './syntax';
import { blankedMethodsAgree, methodRanges, type BlankedMethod } from './blank';

export interface Unit {
  readonly start: number;
  readonly end: number;
  /** Nesting of classes/modules around the unit (`['Admin', 'Admin::Reports']`). */
  readonly nesting: readonly string[];
  /** `return` for method bodies (their last value is returned), `statement` otherwise. */
  readonly role: 'statement' | 'return';
  /** Inside a class that inherits ActiveRecord::Migration/Schema. */
  readonly migration: boolean;
  /** Inside `def down` (DDL there undoes the migration and must not be learned). */
  readonly down: boolean;
  /** A method of `class << self` or `def self.x` (a class method). */
  readonly singleton?: boolean;
  /**
   * An instance method defined in a concern's `included do … end` block (it runs on the including models' records), or
   * with `singleton` a method of its `class_methods do … end` block (a class method of each including model).
   */
  readonly included?: boolean;
  /** The tree-sitter nodes of the unit (valid only while the tree lives). */
  readonly nodes: readonly TsNode[];
  /** How many nodes (a statement plus the heredoc bodies after it has more than one). */
  readonly nodeCount: number;
}

const MAX_TREES = 4;
/** `blanked`: parsed without some method bodies (`blank.ts`); never the base of a later parse. */
const trees = new Map<string, { text: string; tree: Tree; blanked: boolean }>();

/**
 * Parses `text`, reusing the previous tree of `key` for an incremental parse. The returned
 * `release` must be called when the caller is done with the tree (it deletes uncached trees).
 */
export interface ParseChange {
  /** The text before the edit. */
  readonly before: string;
  /** The edit against the previously parsed text of the same key. */
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** Where the syntax tree changed (tree-sitter's changed ranges, new offsets). */
  readonly changed: readonly { readonly start: number; readonly end: number }[];
}

/**
 * `blankable` gives the method bodies a first parse of `key` may leave out (`blank.ts`); a tree
 * parsed without them is parsed again in full next time, whatever the text.
 */
export function parseCached(text: string, key: string | undefined, blankable?: () => readonly BlankedMethod[]): { tree: Tree; release(): void; change?: ParseChange } {
  const parser = parserFor('ruby');
  if (key === undefined) {
    const tree = parser.parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return { tree, release: () => tree.delete() };
  }
  let prev = trees.get(key);
  let tree: Tree | null = null;
  let change: ParseChange | undefined;
  // A tree without some method bodies is never reused: what a unit reads may have changed since.
  if (prev?.blanked) {
    prev.tree.delete();
    trees.delete(key);
    prev = undefined;
  }
  if (prev && prev.text === text) tree = prev.tree;
  else {
    let edit: TextChange | undefined;
    if (prev) {
      edit = textChange(prev.text, text);
      prev.tree.edit(treeEdit(prev.text, text, edit));
    }
    let blanked = false;
    const bodies = prev ? [] : (blankable?.() ?? []);
    if (bodies.length) {
      tree = parser.parse(text, null, { includedRanges: methodRanges(text, bodies) });
      blanked = !!tree && blankedMethodsAgree(tree, bodies);
      if (!blanked) tree?.delete();
    }
    if (!blanked) tree = parser.parse(text, prev?.tree ?? null);
    if (prev && tree && edit) change = { ...edit, before: prev.text, changed: tree.getChangedRanges(prev.tree).map((r) => ({ start: r.startIndex, end: r.endIndex })) };
    if (prev) prev.tree.delete();
    trees.delete(key);
    if (!tree) throw new Error('tree-sitter returned no tree');
    trees.set(key, { text, tree, blanked });
    while (trees.size > MAX_TREES) {
      const [oldest, v] = trees.entries().next().value as [string, { text: string; tree: Tree }];
      trees.delete(oldest);
      v.tree.delete();
    }
  }
  // Most recently used last.
  const entry = trees.get(key)!;
  trees.delete(key);
  trees.set(key, entry);
  return { tree: entry.tree, release: () => undefined, ...(change ? { change } : {}) };
}

/**
 * The units after an edit that stayed inside one unit (a method body being typed in): the
 * previous list with that unit grown or shrunk and the later units shifted, without walking the
 * tree. Undefined when the edit or the tree change reaches outside one single-node unit, or the
 * unit's node is no longer where it should be; callers then collect the units again.
 */
export function reuseUnits(prev: readonly Unit[], change: ParseChange, tree: Tree, commentsOnly = false): Unit[] | undefined {
  const delta = change.newEnd - change.oldEnd;
  const i = prev.findIndex((u) => u.start < change.start && change.oldEnd < u.end);
  const u = prev[i];
  const root = tree.rootNode;
  if (!u) {
    // An edit of comments between units (`end # note`): every unit keeps its text and moves.
    if (!commentsOnly || prev.some((x) => x.start < change.oldEnd && change.start < x.end)) return undefined;
    const moved = (x: Unit): [number, number] => (x.end <= change.start ? [x.start, x.end] : [x.start + delta, x.end + delta]);
    if (change.changed.some((r) => prev.some((x) => moved(x)[0] < r.end && r.start < moved(x)[1]))) return undefined;
    return prev.map((x) => at(x, ...moved(x)));
  }
  if (u.nodeCount !== 1) return undefined;
  const end = u.end + delta;
  if (change.changed.some((r) => r.start <= u.start || r.end >= end)) return undefined;
  const node = tree.rootNode.namedDescendantForIndex(u.start, end);
  if (!node || node.startIndex !== u.start || node.endIndex !== end) return undefined;
  if (u.role === 'return' && node.type !== 'method' && node.type !== 'singleton_method') return undefined;
  function at(x: Unit, start: number, stop: number): Unit {
    let nodes: TsNode[] | undefined;
    // Copy the fields one by one: spreading `x` would read its `nodes`, which may belong to a
    // tree that no longer exists.
    return {
      nesting: x.nesting,
      role: x.role,
      migration: x.migration,
      down: x.down,
      ...(x.singleton ? { singleton: x.singleton } : {}),
      ...(x.included ? { included: x.included } : {}),
      nodeCount: x.nodeCount,
      start,
      end: stop,
      get nodes(): readonly TsNode[] {
        // Units are single nodes or a statement plus heredoc bodies; look each one up again.
        nodes ??= lookup(root, start, stop, x);
        return nodes;
      },
    };
  }
  return prev.map((x, j) => (j < i ? at(x, x.start, x.end) : j === i ? at(x, x.start, end) : at(x, x.start + delta, x.end + delta)));
}

function lookup(root: TsNode, start: number, end: number, u: Unit): TsNode[] {
  if (u.nodeCount === 1) {
    const n = root.namedDescendantForIndex(start, end);
    return n ? [n] : [];
  }
  // A statement followed by heredoc bodies: the statement ends before the first body.
  const out: TsNode[] = [];
  const first = root.namedDescendantForIndex(start, start + 1);
  let n: TsNode | null = first;
  while (n && n.parent && n.parent.startIndex === start && n.parent.type !== 'body_statement' && n.parent.type !== 'program') n = n.parent;
  for (let cur: TsNode | null = n; cur && cur.startIndex < end; cur = cur.nextSibling) out.push(cur);
  return out;
}

/** Whether a tree of this file is kept (it is being checked repeatedly: an open document). */
export function hasTree(key: string): boolean {
  return trees.has(key);
}

/** Length and FNV-1a hash of a text: enough to tell an unchanged file without keeping it. */
export function textStamp(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** Forgets the kept tree of a file (closed or deleted). */
export function forgetTree(key: string): void {
  const v = trees.get(key);
  if (v) {
    trees.delete(key);
    v.tree.delete();
  }
}

/**
 * Every unit of a file, in document order. Only containers are descended into, and each
 * container's children come from one `children` call (fewer crossings into WebAssembly than
 * moving a cursor sibling by sibling).
 */
/** Whether a module body says `extend ActiveSupport::Concern` among its own statements. */
function extendsConcern(text: string, body: TsNode): boolean {
  return body.children.some(
    (c) =>
      (c?.type === 'call' && /^extend\s+(::)?ActiveSupport::Concern$/.test(text.slice(c.startIndex, c.endIndex))) ||
      // The hook written by hand before ActiveSupport::Concern (`def self.included(model)`): its
      // module's instance methods run on the includer's records all the same.
      (c?.type === 'singleton_method' && /^def\s+self\.included\b/.test(text.slice(c.startIndex, c.endIndex))),
  );
}

export function collectUnits(text: string, tree: Tree, migrationFile: boolean): Unit[] {
  const out: Unit[] = [];
  const walk = (container: TsNode, nesting: readonly string[], migration: boolean, singleton = false, included = false, classMethods = false): void => {
    for (const c of container.children) {
      if (!c) continue;
      const type = c.type;
      switch (type) {
        case 'class':
        case 'module': {
          const name = c.childForFieldName('name');
          const t = name ? text.slice(name.startIndex, name.endIndex).replace(/\s+/g, '') : '';
          const own = /^(::)?[A-Z]\w*(::[A-Z]\w*)*$/.test(t) ? t.replace(/^::/, '') : undefined;
          const sup = type === 'class' ? c.childForFieldName('superclass') : null;
          const mig = migration || (!!sup && /ActiveRecord::(Migration|Schema)\b/.test(text.slice(sup.startIndex, sup.endIndex)));
          const body = c.childForFieldName('body');
          const parent = nesting[nesting.length - 1];
          const full = own ? (parent ? `${parent}::${own}` : own) : undefined;
          // A model concern's own `def`s (`extend ActiveSupport::Concern`, or a `def self.included` hook) run on the includer's records, like those of `included do … end`.
          if (body) walk(body, full ? [...nesting, full] : nesting, mig, false, type === 'module' && extendsConcern(text, body));
          break;
        }
        case 'singleton_class': {
          const body = c.childForFieldName('body');
          if (body) walk(body, nesting, migration, true);
          break;
        }
        case 'body_statement':
          walk(c, nesting, migration, singleton);
          break;
        case 'method':
        case 'singleton_method': {
          let down = false;
          // Only migrations care whether a method is `down`.
          if (migration) {
            const name = c.childForFieldName('name');
            down = !!name && text.slice(name.startIndex, name.endIndex) === 'down';
          }
          const cls = singleton || type === 'singleton_method';
          out.push({ start: c.startIndex, end: c.endIndex, nesting, role: 'return', migration, down, ...(cls ? { singleton: cls } : {}), ...((included && !cls) || classMethods ? { included: true } : {}), nodes: [c], nodeCount: 1 });
          break;
        }
        case 'call': {
          // A concern's `included do … end` runs as `class_eval` on the includer: its `def`s are methods like the module's own.
          const block = nesting.length && !c.childForFieldName('receiver') ? c.childForFieldName('block') : null;
          const method = c.childForFieldName('method');
          const name = block && method ? text.slice(method.startIndex, method.endIndex) : '';
          const body = name === 'included' ? includedBody(block!) : undefined;
          // Its `class_methods do … end` defines class methods of each including model: one unit per method.
          const classBody = name === 'class_methods' ? methodsBody(block!) : undefined;
          if (body) walk(body, nesting, migration, singleton, true);
          else if (classBody) walk(classBody, nesting, migration, true, false, true);
          else out.push({ start: c.startIndex, end: c.endIndex, nesting, role: 'statement', migration, down: false, nodes: [c], nodeCount: 1 });
          break;
        }
        case 'comment':
          break;
        case 'heredoc_body': {
          // A heredoc body belongs to the statement before it.
          const last = out[out.length - 1];
          if (last && last.end <= c.startIndex) out[out.length - 1] = { ...last, end: c.endIndex, nodes: [...last.nodes, c], nodeCount: last.nodeCount + 1 };
          break;
        }
        default:
          if (c.isNamed) out.push({ start: c.startIndex, end: c.endIndex, nesting, role: 'statement', migration, down: false, nodes: [c], nodeCount: 1 });
      }
    }
  };
  walk(tree.rootNode, [], migrationFile);
  return out;
}

/**
 * The body of an `included do … end` block that defines instance methods (then its statements are read one by one, as
 * a class body's); one defining `def self.x` stays one statement, read with the concern's declarations.
 */
function includedBody(block: TsNode): TsNode | undefined {
  for (const b of block.children) {
    if (b?.type !== 'body_statement' && b?.type !== 'block_body') continue;
    if (b.children.some((x) => x?.type === 'method') && !b.children.some((x) => x?.type === 'singleton_method')) return b;
  }
  return undefined;
}

/** The body of a `class_methods do … end` block when it holds only method definitions (and comments). */
function methodsBody(block: TsNode): TsNode | undefined {
  for (const b of block.children) {
    if (b?.type !== 'body_statement' && b?.type !== 'block_body') continue;
    if (b.namedChildren.length && b.namedChildren.every((x) => x?.type === 'method' || x?.type === 'comment')) return b;
  }
  return undefined;
}

/** A light copy of a unit under a synthetic root (what the evaluators walk). */
export function copyUnit(u: Unit): RNode {
  const children = u.nodes.map((n) => copyNode(n));
  const root: RNode = { type: 'unit', named: true, field: null, start: u.start, end: u.end, children, parent: null, hasError: false };
  for (const c of children) c.parent = root;
  return root;
}

/** The kept tree of `key` when it was parsed from exactly `text` (valid until the next parse). */
export function keptTree(key: string, text: string): Tree | undefined {
  const e = trees.get(key);
  return e && e.text === text ? e.tree : undefined;
}
