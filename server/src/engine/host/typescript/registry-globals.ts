/**
 * Registries held by a global (`/* global WIKI *\/`, declared nowhere in the file that reads it):
 * the application fills one property at boot (`WIKI.models = require('./db').init()`) and every
 * module reads it (`WIKI.models.leads.query()`). The property is what the workspace's one
 * assignment to it says; a call there is what the called function returns (its one `return`),
 * and a name inside that function is its local declaration (`const models = require('../models')`).
 * Two different assignments, or none, leave the path unresolved (silent).
 */
import { declaratorOf, field, FUNCTION_NODES, kids, text, unwrap, type N } from './ast';
import type { TsIndex } from './workspace';

/** The names the environment defines; never an application registry. */
const BUILTIN = new Set(['module', 'exports', 'process', 'global', 'globalThis', 'window', 'document', 'console', 'this', 'require', 'Object', 'Reflect']);
const ASSIGN_RE = /(?<![\w$.])(?:(?:global|globalThis|window)\.)?([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\s*=(?![=>])/g;

export interface GlobalValue {
  readonly file: string;
  readonly node: N;
}

interface Cache {
  readonly gen: number;
  /** `name.prop` → its one value, or null when the workspace assigns it differently in two places. */
  readonly props: Map<string, GlobalValue | null>;
  readonly names: Set<string>;
  /** A read of any of `names` as an object (`WIKI.`), built once per generation for the pre-filter. */
  readonly reads: RegExp | undefined;
}
const caches = new WeakMap<TsIndex, Cache>();

/** Whether `name` is bound at `at`: a parameter or a declaration of an enclosing scope, or a module-level name. */
export function boundAt(index: TsIndex, file: string, at: N, name: string): boolean {
  const info = index.info(file);
  if (info && (info.imports.has(name) || info.locals.has(name) || info.classes.has(name))) return true;
  const word = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  for (let p: N | null = at.parent; p; p = p.parent) {
    if (FUNCTION_NODES.has(p.type)) {
      const params = field(p, 'parameters') ?? field(p, 'parameter');
      if (params && word.test(text(params))) return true;
    }
    if (p.type === 'statement_block' || p.type === 'program') {
      for (const st of kids(p)) {
        if ((st.type === 'lexical_declaration' || st.type === 'variable_declaration') && kids(st).some((d) => d.type === 'variable_declarator' && word.test(text(field(d, 'name') ?? d)))) return true;
        if ((st.type === 'function_declaration' || st.type === 'class_declaration') && text(field(st, 'name') ?? st) === name) return true;
      }
    }
  }
  return false;
}

/** Whether some identifier `name` of a file is bound where it is read (a parameter `(WIKI) => …`, a local). */
export function shadowedIn(index: TsIndex, file: string, root: N, name: string): boolean {
  const todo: N[] = [root];
  while (todo.length) {
    const n = todo.pop()!;
    if (n.type === 'identifier' && text(n) === name && n.field !== 'property' && boundAt(index, file, n, name)) return true;
    todo.push(...kids(n));
  }
  return false;
}

interface FileEntry {
  readonly text: string;
  readonly found: readonly { key: string; value: GlobalValue }[];
}
const perFile = new WeakMap<TsIndex, Map<string, FileEntry>>();

/** The global property assignments of one file, remembered while its text stays the same. */
function fileAssignments(index: TsIndex, file: string): FileEntry['found'] {
  const src = index.textOf(file) ?? '';
  let memo = perFile.get(index);
  if (!memo) perFile.set(index, (memo = new Map()));
  const hit = memo.get(file);
  if (hit?.text === src) return hit.found;
  const found: { key: string; value: GlobalValue }[] = [];
  const wanted = new Set<string>();
  for (const m of src.matchAll(ASSIGN_RE)) if (!BUILTIN.has(m[1]!)) wanted.add(`${m[1]}.${m[2]}`);
  const root = wanted.size ? index.info(file)?.root : undefined;
  const todo: N[] = root ? [root] : [];
  while (todo.length) {
    const n = todo.pop()!;
    todo.push(...kids(n));
    if (n.type !== 'assignment_expression') continue;
    const left = unwrap(field(n, 'left'));
    const right = field(n, 'right');
    if (!left || !right || left.type !== 'member_expression') continue;
    const key = text(left).replace(/\s+/g, '').replace(/^(?:global|globalThis|window)\./, '');
    if (wanted.has(key) && !boundAt(index, file, n, key.split('.')[0]!)) found.push({ key, value: { file, node: right } });
  }
  memo.set(file, { text: src, found });
  return found;
}

function cache(index: TsIndex): Cache {
  const hit = caches.get(index);
  if (hit?.gen === index.generation) return hit;
  const props = new Map<string, GlobalValue | null>();
  const names = new Set<string>();
  for (const file of index.fileNames()) {
    for (const { key, value } of fileAssignments(index, file)) {
      const prev = props.get(key);
      if (prev === undefined) props.set(key, value);
      else if (prev && !(prev.file === value.file && text(prev.node) === text(value.node))) props.set(key, null);
      names.add(key.split('.')[0]!);
    }
  }
  const alternatives = [...names].map((n) => n.replace(/\$/g, '\\$'));
  const reads = alternatives.length ? new RegExp(`(?<![\\w$.])(?:${alternatives.join('|')})\\s*\\.`) : undefined;
  const c = { gen: index.generation, props, names, reads };
  caches.set(index, c);
  return c;
}

/** Whether a text reads a global registry of the workspace (`WIKI.models…` where only `WIKI` names a model). */
export function readsGlobalRegistry(index: TsIndex, src: string): boolean {
  return cache(index).reads?.test(src) ?? false;
}

/** The global names some workspace file assigns a property of (`WIKI` of `WIKI.models = …`). */
export function globalRegistryNames(index: TsIndex): ReadonlySet<string> {
  return cache(index).names;
}

/** The one value the workspace assigns to `name.prop`, when `name` is a global of `file` there. */
export function globalProperty(index: TsIndex, file: string, name: string, prop: string): GlobalValue | undefined {
  const info = index.info(file);
  if (info && (info.imports.has(name) || info.locals.has(name) || info.classes.has(name))) return undefined;
  return cache(index).props.get(`${name}.${prop}`) ?? undefined;
}

/** The one expression a function returns (no nested functions' returns), if it has exactly one. */
export function soleReturn(fn: N): N | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  if (body.type !== 'statement_block') return body;
  const found: N[] = [];
  const todo = [...kids(body)];
  while (todo.length) {
    const n = todo.pop()!;
    if (FUNCTION_NODES.has(n.type) || n.type === 'class' || n.type === 'class_declaration') continue;
    if (n.type === 'return_statement') {
      const e = kids(n).find((c) => c.type !== 'return' && c.type !== ';');
      if (e) found.push(e);
    } else todo.push(...kids(n));
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The value a name has where `at` reads it: a `const`/`let` of an enclosing function body. */
export function localValue(at: N, name: string): N | undefined {
  for (let p: N | null = at.parent; p; p = p.parent) {
    if (FUNCTION_NODES.has(p.type)) {
      const params = field(p, 'parameters');
      if (params && new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(text(params))) return undefined;
    }
    if (p.type !== 'statement_block') continue;
    for (const st of kids(p)) {
      if (st.type !== 'lexical_declaration' && st.type !== 'variable_declaration') continue;
      const d = declaratorOf(st, name);
      if (d) return field(d, 'value');
    }
  }
  return undefined;
}

/** The object a CommonJS module assigns to `module.exports` (for its methods, which the export table leaves out). */
export function moduleExportsObject(index: TsIndex, file: string): N | undefined {
  const root = index.info(file)?.root;
  if (!root) return undefined;
  for (const st of kids(root)) {
    const e = st.type === 'expression_statement' ? kids(st)[0] : undefined;
    if (e?.type !== 'assignment_expression') continue;
    if (text(field(e, 'left') ?? e).replace(/\s+/g, '') !== 'module.exports') continue;
    const u = unwrap(field(e, 'right'));
    return u?.type === 'object' ? u : undefined;
  }
  return undefined;
}
