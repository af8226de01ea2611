/**
 * Loads web-tree-sitter and the Ruby, TSX and Python grammars from `.wasm` files that the
 * build copies next to the bundle (or from node_modules when running from source).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Edit, Language, Parser, type Node, type Point, type TreeCursor } from 'web-tree-sitter';

export type HostLanguage = 'ruby' | 'typescript' | 'python';

const GRAMMAR_FILES: Record<HostLanguage, { pkg: string; file: string }> = {
  ruby: { pkg: 'tree-sitter-ruby', file: 'tree-sitter-ruby.wasm' },
  typescript: { pkg: 'tree-sitter-typescript', file: 'tree-sitter-tsx.wasm' },
  python: { pkg: 'tree-sitter-python', file: 'tree-sitter-python.wasm' },
};

/** Finds a wasm file: next to the running bundle first, then in node_modules. */
export function locateWasm(file: string, pkg: string): string {
  const candidates = [path.join(__dirname, file), path.join(process.cwd(), 'node_modules', pkg, file)];
  try {
    candidates.push(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
  } catch {
    // Not resolvable from here (bundled); the other candidates remain.
  }
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`Partition Lens: cannot find ${file} (looked in ${candidates.join(', ')})`);
}

let init: Promise<void> | undefined;
const languages = new Map<HostLanguage, Language>();
const parsers = new Map<HostLanguage, Parser>();

/** Initialises tree-sitter and loads all grammars once. */
export function ensureTreeSitterLoaded(): Promise<void> {
  init ??= (async () => {
    // Emscripten makes the options object the module itself: its exports are kept for `fastWalk`.
    const options = { locateFile: (f: string) => locateWasm(f, 'web-tree-sitter') };
    await Parser.init(options);
    bindCursorExports(options);
    for (const [lang, g] of Object.entries(GRAMMAR_FILES) as [HostLanguage, { pkg: string; file: string }][]) {
      languages.set(lang, await Language.load(locateWasm(g.file, g.pkg)));
    }
  })();
  return init;
}

/**
 * A parser for a language; `ensureTreeSitterLoaded()` must have resolved. Its `parse` goes
 * through `withParser`, so a WebAssembly fault on one document never poisons the next one.
 */
export function parserFor(lang: HostLanguage): Parser {
  let p = parsers.get(lang);
  if (!p) {
    const l = languages.get(lang);
    if (!l) throw new Error('tree-sitter not loaded: await ensureTreeSitterLoaded() first');
    const created = new Parser();
    created.setLanguage(l);
    const parse = created.parse.bind(created);
    created.parse = (...args: Parameters<Parser['parse']>) => withParser(lang, () => parse(...args), created);
    parsers.set(lang, created);
    p = created;
  }
  return p;
}

/** How many parser instances were discarded after a fault (for tests and logs). */
export let parserResets = 0;

/**
 * Runs `fn` with the language's parser. A fault inside the WebAssembly parser (very deep nesting
 * overflows its own stack: "memory access out of bounds") can leave that parser instance corrupt
 * for every later document, so the instance is discarded and the next call gets a fresh one;
 * the error is rethrown in words and the caller reports this one document as not analysed.
 */
export function withParser<T>(lang: HostLanguage, fn: (p: Parser) => T, parser: Parser = parserFor(lang)): T {
  try {
    return fn(parser);
  } catch (e) {
    if (!isWasmFault(e)) throw e;
    resetParser(lang, parser);
    throw new Error(`the ${lang} parser failed on this document (${e.message}; too deeply nested?); it was restarted for other documents`, { cause: e });
  }
}

/**
 * Whether an error is a bug of the analysis (a name or a property read on nothing), not a document
 * the parser cannot read: such an error must reach the caller, which reports the file as not
 * analysed, instead of being taken for an unreadable file and hidden as missing findings.
 */
export function isAnalysisBug(e: unknown): boolean {
  return e instanceof ReferenceError || e instanceof TypeError;
}

// The tsconfig has no DOM/WebAssembly typings: reach the constructor through globalThis.
const WasmRuntimeError = (globalThis as unknown as { WebAssembly?: { RuntimeError?: new () => Error } }).WebAssembly?.RuntimeError;
function isWasmFault(e: unknown): e is Error {
  return WasmRuntimeError !== undefined && e instanceof WasmRuntimeError;
}

/** Drops the language's parser instance (after a fault); the next `parserFor` creates a new one. */
export function resetParser(lang: HostLanguage, parser?: Parser): void {
  const current = parsers.get(lang);
  if (parser && current !== parser) return;
  parsers.delete(lang);
  parserResets++;
  try {
    current?.delete();
  } catch {
    // Freeing a corrupt instance can fault again; it is unreachable now either way.
  }
}

export function languageFor(lang: HostLanguage): Language {
  const l = languages.get(lang);
  if (!l) throw new Error('tree-sitter not loaded: await ensureTreeSitterLoaded() first');
  return l;
}

/** The span an edit replaced: `before[start, oldEnd)` became `after[start, newEnd)`. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The change between two texts: everything between their common prefix and common suffix. */
export function textChange(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** The row and UTF-16 column of an offset, as tree-sitter's edits expect. */
function point(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** The tree-sitter edit that turns the tree of `before` into one reusable for parsing `after`. */
export function treeEdit(before: string, after: string, change: TextChange = textChange(before, after)): Edit {
  return new Edit({
    startIndex: change.start,
    oldEndIndex: change.oldEnd,
    newEndIndex: change.newEnd,
    startPosition: point(before, change.start),
    oldEndPosition: point(before, change.oldEnd),
    newEndPosition: point(after, change.newEnd),
  });
}

/** The cursor functions of web-tree-sitter's WebAssembly module that `fastWalk` calls directly. */
interface CursorExports {
  readonly HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
}

let cursorExports: CursorExports | undefined;
/** Where web-tree-sitter passes a cursor's four words to WebAssembly (in 32-bit words). */
let transferWord = 0;

function bindCursorExports(m: object): void {
  const x = m as Partial<CursorExports>;
  const needed: (keyof CursorExports)[] = [
    '_ts_init',
    '_ts_tree_cursor_goto_first_child_wasm',
    '_ts_tree_cursor_goto_next_sibling_wasm',
    '_ts_tree_cursor_goto_parent_wasm',
    '_ts_tree_cursor_current_node_type_id_wasm',
    '_ts_tree_cursor_current_node_is_named_wasm',
    '_ts_tree_cursor_current_node_is_missing_wasm',
    '_ts_tree_cursor_current_field_id_wasm',
    '_ts_tree_cursor_start_index_wasm',
    '_ts_tree_cursor_end_index_wasm',
  ];
  // Another web-tree-sitter build: `fastWalk` falls back to the public cursor.
  if (!(x.HEAP32 instanceof Int32Array) || needed.some((k) => typeof x[k] !== 'function')) return;
  // `ts_init` only writes the two ABI version numbers into the transfer buffer and returns its address.
  transferWord = x._ts_init!() >> 2;
  cursorExports = x as CursorExports;
}

/** What tree copies read from a cursor (a `TreeCursor` has all of it). */
export interface CursorLike {
  readonly nodeTypeId: number;
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly currentFieldId: number;
  readonly currentFieldName: string | null;
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

/**
 * A cursor over the subtree of `node` for copying trees. web-tree-sitter's cursor writes its
 * four words into WebAssembly memory and reads them back through a generic accessor on every
 * call, which was about half of copying a tree (December 2026 profiles); this one calls the same
 * WebAssembly functions with the words written by a typed array, and keeps the public cursor's
 * words up to date, so `delete()` frees what the walk allocated. Each call writes the words
 * again, so other tree-sitter calls in between do no harm.
 */
export function fastWalk(node: Node): CursorLike {
  const cursor = node.walk();
  const m = cursorExports;
  if (!m) return cursor;
  return new FastCursor(cursor, m);
}

class FastCursor implements CursorLike {
  private readonly tree: number;
  private readonly handles: number[];
  private readonly types: readonly string[];
  private readonly fields: readonly (string | null)[];

  constructor(
    private readonly cursor: TreeCursor,
    private readonly m: CursorExports,
  ) {
    const internal = cursor as unknown as { tree: { [0]: number; language: { types: string[]; fields: (string | null)[] } }; handles: number[] };
    this.tree = internal.tree[0];
    this.handles = internal.handles;
    this.types = internal.tree.language.types;
    this.fields = internal.tree.language.fields;
  }

  /** Writes the cursor's words where the WebAssembly functions read them (the memory may have grown: HEAP32 is read each time). */
  private put(): Int32Array {
    const heap = this.m.HEAP32;
    const h = this.handles;
    heap[transferWord] = h[0]!;
    heap[transferWord + 1] = h[1]!;
    heap[transferWord + 2] = h[2]!;
    heap[transferWord + 3] = h[3]!;
    return heap;
  }

  /** Reads back the words a move wrote. */
  private take(): void {
    const heap = this.m.HEAP32;
    const h = this.handles;
    h[0] = heap[transferWord]!;
    h[1] = heap[transferWord + 1]!;
    h[2] = heap[transferWord + 2]!;
    h[3] = heap[transferWord + 3]!;
  }

  get nodeTypeId(): number {
    this.put();
    return this.m._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }

  get nodeType(): string {
    return this.types[this.nodeTypeId] || 'ERROR';
  }

  get nodeIsNamed(): boolean {
    this.put();
    return this.m._ts_tree_cursor_current_node_is_named_wasm(this.tree) === 1;
  }

  get nodeIsMissing(): boolean {
    this.put();
    return this.m._ts_tree_cursor_current_node_is_missing_wasm(this.tree) === 1;
  }

  get currentFieldId(): number {
    this.put();
    return this.m._ts_tree_cursor_current_field_id_wasm(this.tree);
  }

  get currentFieldName(): string | null {
    // As the public cursor answers (its field table has null at 0).
    return this.fields[this.currentFieldId] as string | null;
  }

  get startIndex(): number {
    this.put();
    return this.m._ts_tree_cursor_start_index_wasm(this.tree);
  }

  get endIndex(): number {
    this.put();
    return this.m._ts_tree_cursor_end_index_wasm(this.tree);
  }

  gotoFirstChild(): boolean {
    this.put();
    const moved = this.m._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
    this.take();
    return moved;
  }

  gotoNextSibling(): boolean {
    this.put();
    const moved = this.m._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
    this.take();
    return moved;
  }

  gotoParent(): boolean {
    this.put();
    const moved = this.m._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
    this.take();
    return moved;
  }

  delete(): void {
    this.cursor.delete();
  }
}
