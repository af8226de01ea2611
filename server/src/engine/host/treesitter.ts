/**
 * Loads web-tree-sitter and the Ruby, TSX and Python grammars from `.wasm` files that the
 * build copies next to the bundle (or from node_modules when running from source).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

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

/** A parser for a language; `ensureTreeSitterLoaded()` must have resolved. */
export function parserFor(lang: HostLanguage): Parser {
  let p = parsers.get(lang);
  if (!p) {
    const l = languages.get(lang);
    if (!l) throw new Error('tree-sitter not loaded: await ensureTreeSitterLoaded() first');
    p = new Parser();
    p.setLanguage(l);
    parsers.set(lang, p);
  }
  return p;
}

export function languageFor(lang: HostLanguage): Language {
  const l = languages.get(lang);
  if (!l) throw new Error('tree-sitter not loaded: await ensureTreeSitterLoaded() first');
  return l;
}
