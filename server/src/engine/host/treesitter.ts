/**
 * Loads web-tree-sitter and the Ruby, TSX and Python grammars from `.wasm` files that the
 * build copies next to the bundle (or from node_modules when running from source).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Edit, Language, Parser, type Point } from 'web-tree-sitter';

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
    await Parser.init({ locateFile: (f: string) => locateWasm(f, 'web-tree-sitter') });
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
