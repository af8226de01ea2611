/**
 * The Python index of one workspace folder: models (`ModelIndex`), modules with their imports,
 * top-level functions and classes (methods, class attributes), and per-function summaries
 * (parameters, the one expression a function returns, where it evaluates a parameter). The
 * translators inline a visible function's returned expression at the call site with its
 * parameters bound to the arguments, so a queryset built in `services.py` and evaluated in
 * `views.py` is judged where it runs. Nothing here is shared between folders.
 */
import { LineIndex, type RelatedLocation } from '../../finding';
import type { Site } from './synth';
import type { HostIndex } from '../types';
import { callArgs, field, named, parsePython, type PyNode, type PyTree, ScopeIndex, textOf, unparen, walk } from './ast';
import { collectDeclarations, ModelIndex } from './models';

/** A piece of a file that was parsed on its own: a whole file, or one top-level statement. */
export interface Unit {
  readonly file: string;
  readonly tree: PyTree;
  /** Offset of `tree.src` in the file. */
  readonly base: number;
}

export interface FnInfo {
  readonly unit: Unit;
  readonly node: PyNode;
  readonly name: string;
  /** Parameter names in order (`self`/`cls` included). */
  readonly params: readonly string[];
  /** The one expression returned on every path, or undefined (several returns, none, a branch). */
  readonly returns: PyNode | undefined;
  /** The class the function is a method of. */
  readonly owner?: ClassInfo;
}

export interface ClassInfo {
  readonly unit: Unit;
  readonly node: PyNode;
  readonly name: string;
  /** Dotted base class names as written. */
  readonly bases: readonly string[];
  readonly methods: ReadonlyMap<string, FnInfo>;
  /** Class-level assignments (`model = Lead`, `queryset = ...`). */
  readonly attrs: ReadonlyMap<string, PyNode>;
}

/** `from a.b import c as d` → d: {module: 'a.b', name: 'c', level: 0}; `import a.b as m` → m: {module: 'a.b'}. */
export interface ImportRef {
  readonly module: string;
  readonly name?: string;
  /** Leading dots of a relative import. */
  readonly level: number;
}

export interface ModuleInfo {
  readonly file: string;
  readonly functions: ReadonlyMap<string, FnInfo>;
  readonly classes: ReadonlyMap<string, ClassInfo>;
  readonly imports: ReadonlyMap<string, ImportRef>;
  /** Names called somewhere in the module (`name(`), for "has a caller in the workspace". */
  readonly called: ReadonlySet<string>;
  /** What other modules see (changes → dependents are re-checked). */
  readonly signature: string;
}

export type PySymbol =
  | { readonly kind: 'function'; readonly fn: FnInfo }
  | { readonly kind: 'class'; readonly cls: ClassInfo }
  | { readonly kind: 'module'; readonly mod: ModuleInfo };

const STORE_HINT = /\.objects\b|\.filter\s*\(|\.exclude\s*\(|\bselect\s*\(|\.query\b|\bsession\b|get_queryset|queryset|_set\b|Manager\b|QuerySet\b|\bmodel\s*=|\.where\s*\(|\.execute\s*\(|\bimport\b[^\n]*\bmodels?\b/;
const MODEL_HINT = /\bclass\s+\w+\s*\(/;
const MODEL_BODY_HINT = /models\.|Model\b|__tablename__|Column\s*\(|mapped_column|Mapped\[|Manager|QuerySet|\bTable\s*\(|Field\s*\(/;

/** Summaries of the top-level statements of one unit. */
export function summarizeUnit(unit: Unit): { functions: FnInfo[]; classes: ClassInfo[]; imports: [string, ImportRef][] } {
  const t = unit.tree;
  const functions: FnInfo[] = [];
  const classes: ClassInfo[] = [];
  const imports: [string, ImportRef][] = [];
  const visit = (parent: PyNode): void => {
    for (const c of parent.children) {
      const d = c.type === 'decorated_definition' ? field(c, 'definition') : c;
      if (!d) continue;
      if (d.type === 'function_definition') functions.push(fnInfo(unit, d));
      else if (d.type === 'class_definition') classes.push(classInfoOf(unit, d));
      else if (d.type === 'import_statement' || d.type === 'import_from_statement') imports.push(...importRefs(t, d));
      else if (d.type === 'if_statement' || d.type === 'try_statement' || d.type === 'block' || d.type === 'else_clause' || d.type === 'except_clause') visit(d);
    }
  };
  visit(t.root);
  return { functions, classes, imports };
}

function importRefs(t: PyTree, d: PyNode): [string, ImportRef][] {
  const out: [string, ImportRef][] = [];
  if (d.type === 'import_statement') {
    for (const c of named(d)) {
      if (c.type === 'dotted_name') {
        // `import a.b` binds `a` (the package); attributes reach the submodule.
        const full = textOf(t, c);
        out.push([full.split('.')[0]!, { module: full.split('.')[0]!, level: 0 }]);
      } else if (c.type === 'aliased_import') {
        const n = field(c, 'name');
        const a = field(c, 'alias');
        if (n && a) out.push([textOf(t, a), { module: textOf(t, n), level: 0 }]);
      }
    }
    return out;
  }
  const modNode = field(d, 'module_name');
  if (!modNode) return out;
  const raw = textOf(t, modNode).replace(/\s+/g, '');
  const level = /^\.*/.exec(raw)![0].length;
  const module = raw.slice(level);
  for (const c of d.children) {
    if (c.field !== 'name') continue;
    if (c.type === 'dotted_name') out.push([textOf(t, c), { module, name: textOf(t, c), level }]);
    else if (c.type === 'aliased_import') {
      const n = field(c, 'name');
      const a = field(c, 'alias');
      if (n && a) out.push([textOf(t, a), { module, name: textOf(t, n), level }]);
    }
  }
  return out;
}

function paramNames(t: PyTree, fn: PyNode): string[] {
  const out: string[] = [];
  const ps = field(fn, 'parameters');
  for (const p of ps ? named(ps) : []) {
    if (p.type === 'identifier') out.push(textOf(t, p));
    else if (p.type === 'default_parameter' || p.type === 'typed_parameter' || p.type === 'typed_default_parameter') {
      const n = field(p, 'name') ?? named(p).find((x) => x.type === 'identifier');
      if (n?.type === 'identifier') out.push(textOf(t, n));
      else out.push('\u0000');
    } else out.push('\u0000');
  }
  return out;
}

/** The expression every path returns: the function's only `return`, its last statement. */
export function singleReturn(fn: PyNode): PyNode | undefined {
  const body = field(fn, 'body');
  if (!body) return undefined;
  const stmts = named(body);
  const last = stmts[stmts.length - 1];
  if (last?.type !== 'return_statement') return undefined;
  let returns = 0;
  let yields = false;
  const visit = (n: PyNode): void => {
    for (const c of n.children) {
      if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
      if (c.type === 'return_statement') returns++;
      if (c.type === 'yield') yields = true;
      visit(c);
    }
  };
  visit(body);
  if (returns !== 1 || yields) return undefined;
  return named(last)[0];
}

function fnInfo(unit: Unit, d: PyNode, owner?: ClassInfo): FnInfo {
  const t = unit.tree;
  return { unit, node: d, name: textOf(t, field(d, 'name')!), params: paramNames(t, d), returns: singleReturn(d), ...(owner ? { owner } : {}) };
}

const classCache = new WeakMap<PyNode, ClassInfo>();

/** The class description of a class node (cached per node). */
export function classInfoOf(unit: Unit, d: PyNode): ClassInfo {
  let c = classCache.get(d);
  if (!c) {
    c = classInfo(unit, d);
    classCache.set(d, c);
  }
  return c;
}

const scopeCache = new WeakMap<PyTree, ScopeIndex>();

/** One `ScopeIndex` per tree. */
export function scopesOf(t: PyTree): ScopeIndex {
  let s = scopeCache.get(t);
  if (!s) {
    s = new ScopeIndex(t);
    scopeCache.set(t, s);
  }
  return s;
}

function classInfo(unit: Unit, d: PyNode): ClassInfo {
  const t = unit.tree;
  const bases: string[] = [];
  const sup = field(d, 'superclasses');
  if (sup) for (const b of named(sup)) if (b.type !== 'keyword_argument') bases.push(textOf(t, b).replace(/\s+/g, ''));
  const methods = new Map<string, FnInfo>();
  const attrs = new Map<string, PyNode>();
  const info: ClassInfo = { unit, node: d, name: textOf(t, field(d, 'name')!), bases, methods, attrs };
  const body = field(d, 'body');
  for (const s of body ? named(body) : []) {
    const f = s.type === 'decorated_definition' ? field(s, 'definition') : s;
    if (f?.type === 'function_definition') methods.set(textOf(t, field(f, 'name')!), fnInfo(unit, f, info));
    else if (s.type === 'expression_statement') {
      const a = named(s)[0];
      const left = a?.type === 'assignment' ? field(a, 'left') : undefined;
      const right = a ? field(a, 'right') : undefined;
      if (left?.type === 'identifier' && right) attrs.set(textOf(t, left), right);
    }
  }
  return info;
}

/** A short text per unit that changes when what other code sees of it changes. */
export function unitSignature(unit: Unit, s: ReturnType<typeof summarizeUnit>): string {
  const t = unit.tree;
  // A loop's body is not part of what it evaluates: only its iterable is.
  const site = (n: PyNode): string => textOf(t, n.type === 'call' ? n : (field(n, 'right') ?? n));
  const fn = (f: FnInfo): string => `${f.name}(${f.params.join(',')})=${f.returns ? textOf(t, f.returns) : '?'};${paramEvaluations(f).map(site).join('|')}`;
  const parts: string[] = [];
  for (const f of s.functions) parts.push(`def ${fn(f)}`);
  for (const c of s.classes) {
    parts.push(`class ${c.name}(${c.bases.join(',')})`);
    for (const [k, v] of c.attrs) parts.push(` ${k}=${textOf(t, v)}`);
    for (const m of c.methods.values()) parts.push(` def ${fn(m)}`);
  }
  for (const [k, r] of s.imports) parts.push(`import ${k}=${'.'.repeat(r.level)}${r.module}:${r.name ?? ''}`);
  return parts.join('\n');
}

const EVAL_METHODS = new Set(['get', 'count', 'exists', 'first', 'last', 'earliest', 'latest', 'update', 'delete', 'iterator', 'aggregate', 'all', 'one', 'one_or_none', 'scalar', 'scalars', 'execute', 'scalar_one', 'scalar_one_or_none']);
const EVAL_FUNCS = new Set(['list', 'len', 'tuple', 'set', 'sorted', 'bool', 'sum', 'any', 'max', 'min', 'enumerate']);

const evalCache = new WeakMap<FnInfo, PyNode[]>();

/**
 * Evaluation sites in a function whose chain starts at one of its parameters (`for x in qs`,
 * `qs.count()`, `list(qs.filter(...))`, `session.execute(stmt)`): what "evaluates a parameter"
 * means in the summary. The nodes are the evaluating expressions (call, loop, subscript).
 */
export function paramEvaluations(f: FnInfo): PyNode[] {
  const hit = evalCache.get(f);
  if (hit) return hit;
  const t = f.unit.tree;
  const params = new Set(f.params.filter((p, i) => p !== '\u0000' && !(i === 0 && f.owner && (p === 'self' || p === 'cls'))));
  const out: PyNode[] = [];
  if (params.size > 0) {
    const body = field(f.node, 'body');
    const rootName = (n: PyNode | undefined): string | undefined => {
      let x = unparen(n);
      for (let k = 0; x && k < 64; k++) {
        if (x.type === 'identifier') return textOf(t, x);
        if (x.type === 'call') x = unparen(field(field(x, 'function'), 'object') ?? undefined);
        else if (x.type === 'attribute' || x.type === 'subscript') x = unparen(field(x, 'object') ?? field(x, 'value'));
        else return undefined;
      }
      return undefined;
    };
    const mentionsParam = (n: PyNode | undefined): boolean => {
      const r = rootName(n);
      return r !== undefined && params.has(r);
    };
    if (body) {
      walk(body, (n) => {
        if (n.type === 'call') {
          const fn = field(n, 'function');
          if (fn?.type === 'attribute') {
            const m = textOf(t, field(fn, 'attribute')!);
            if (EVAL_METHODS.has(m) && (mentionsParam(field(fn, 'object')) || ((m === 'execute' || m === 'scalars' || m === 'scalar') && mentionsParam(callArgs(t, n).positional[0])))) out.push(n);
          } else if (fn?.type === 'identifier' && EVAL_FUNCS.has(textOf(t, fn)) && mentionsParam(callArgs(t, n).positional[0])) out.push(n);
        } else if ((n.type === 'for_statement' || n.type === 'for_in_clause') && mentionsParam(field(n, 'right'))) out.push(n);
      });
    }
  }
  evalCache.set(f, out);
  return out;
}

function moduleInfo(file: string, units: readonly Unit[], called: ReadonlySet<string>, summaries?: readonly ReturnType<typeof summarizeUnit>[], signatures?: readonly string[]): ModuleInfo {
  const functions = new Map<string, FnInfo>();
  const classes = new Map<string, ClassInfo>();
  const imports = new Map<string, ImportRef>();
  const sigs: string[] = [];
  units.forEach((u, i) => {
    const s = summaries?.[i] ?? summarizeUnit(u);
    for (const f of s.functions) functions.set(f.name, f);
    for (const c of s.classes) classes.set(c.name, c);
    for (const [k, r] of s.imports) imports.set(k, r);
    sigs.push(signatures?.[i] ?? unitSignature(u, s));
  });
  return { file, functions, classes, imports, called, signature: sigs.join('\n') };
}

/**
 * Top-level and nested `def`/`class` blocks of a text by indentation (a cheap stand-in for a
 * parse, used only by the pre-filter): each block's name and its text.
 */
export function defBlocks(text: string): { name: string; body: string; isDef: boolean }[] {
  const lines = text.split('\n');
  const out: { name: string; body: string; isDef: boolean }[] = [];
  const open: { name: string; indent: number; from: number; isDef: boolean }[] = [];
  const close = (upto: number, indent: number): void => {
    while (open.length && open[open.length - 1]!.indent >= indent) {
      const b = open.pop()!;
      out.push({ name: b.name, body: lines.slice(b.from, upto).join('\n'), isDef: b.isDef });
    }
  };
  lines.forEach((l, k) => {
    const stripped = l.trimStart();
    if (!stripped || stripped.startsWith('#')) return;
    const indent = l.length - stripped.length;
    close(k, indent);
    const m = /^(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)/.exec(stripped);
    if (m) open.push({ name: m[2]!, indent, from: k, isDef: m[1] === 'def' });
  });
  close(lines.length, -1);
  return out;
}

const CALLED = /([A-Za-z_]\w*)\s*\(/g;
const DEF_NAME = /\b(?:def|class)\s+([A-Za-z_]\w*)\s*\(/g;

/** Names called in a text (definitions excluded). */
export function calledNames(text: string): Set<string> {
  const defs = new Map<string, number>();
  for (const m of text.matchAll(DEF_NAME)) defs.set(m[1]!, (defs.get(m[1]!) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CALLED)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const out = new Set<string>();
  for (const [k, n] of counts) if (n > (defs.get(k) ?? 0)) out.add(k);
  return out;
}

const treeHome = new WeakMap<PyTree, { file: string; base: number }>();

/** Records which file a tree belongs to and where its text starts there. */
export function placeTree(tree: PyTree, file: string, base: number): void {
  treeHome.set(tree, { file, base });
}

/**
 * Sites (nodes of any tree) → `Finding.related`: `here` offsets in the checked document (when the
 * tree still matches its text), `file` positions in other indexed files.
 */
export function relatedOf(sites: readonly Site[], fileName: string, text: string, py: PythonIndex): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const seen = new Set<string>();
  for (const s of sites) {
    const home = treeHome.get(s.tree);
    if (!home) continue;
    const start = home.base + s.node.start;
    const end = home.base + s.node.end;
    const k = `${home.file}:${start}:${end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (home.file === fileName) {
      if (text.slice(start, end) !== s.tree.src.slice(s.node.start, s.node.end)) continue;
      out.push({ kind: 'here', start, end, message: s.message });
    } else {
      const a = py.position(home.file, start);
      const b = py.position(home.file, end);
      if (a && b) out.push({ kind: 'file', fileName: home.file, start: a, end: b, message: s.message });
    }
    if (out.length >= 8) break;
  }
  return out;
}

/** Makes a module description for the file being checked from its per-statement units. */
export function overlayModule(file: string, units: readonly Unit[], called: string | ReadonlySet<string>, summaries?: readonly ReturnType<typeof summarizeUnit>[], signatures?: readonly string[]): ModuleInfo {
  return moduleInfo(file, units, typeof called === 'string' ? calledNames(called) : called, summaries, signatures);
}

function norm(file: string): string {
  return file.replace(/\\/g, '/');
}

/**
 * What changes in a module's text can change for other modules (definitions, returns, imports,
 * assignments): a text digest, so indexing needs no parse and a keystroke in a body elsewhere
 * keeps the generation.
 */
const DIGEST_LINE = /^[ \t]*(?:(?:async[ \t]+)?def\b|class\b|return\b|from\b|import\b|@|[A-Za-z_][\w.]*[ \t]*(?::[^=\n]*)?=[^=]).*$/gm;

function digest(text: string): string {
  return (text.match(DIGEST_LINE) ?? []).join('\n');
}

interface Entry {
  readonly text: string;
  readonly digest: string;
  readonly called: ReadonlySet<string>;
  /** Parsed on first use. */
  info?: ModuleInfo;
  tree?: PyTree;
}

export class PythonIndex implements HostIndex {
  readonly models = new ModelIndex();
  private readonly entries = new Map<string, Entry>();
  private readonly lines = new Map<string, LineIndex>();
  private gen = 0;
  /** Changes per file (a file's own changes do not invalidate its own cached results). */
  private readonly fileGen = new Map<string, number>();
  /** Set by the checker while a file is checked: its freshest module description. */
  private overlay: ModuleInfo | undefined;

  /** Whether the index has seen workspace modules (else "no caller" means nothing). */
  get complete(): boolean {
    return this.entries.size > 0;
  }

  get generation(): number {
    return this.gen + this.models.version;
  }

  /** The generation without `file`'s own module changes (model changes always count). */
  generationExcept(file: string): number {
    return this.gen - (this.fileGen.get(file) ?? 0) + this.models.version;
  }

  private bump(file: string): void {
    this.gen++;
    this.fileGen.set(file, (this.fileGen.get(file) ?? 0) + 1);
  }

  indexFile(fileName: string, text: string): void {
    try {
      this.learn(fileName, text);
    } catch {
      // A file we cannot read is skipped (the contract: indexing never throws).
      this.removeFile(fileName);
    }
  }

  private learn(fileName: string, text: string): void {
    const models = (MODEL_HINT.test(text) || /\bTable\s*\(/.test(text)) && MODEL_BODY_HINT.test(text);
    const isInit = /(^|[\\/])__init__\.py$/.test(fileName);
    const store = STORE_HINT.test(text) || (isInit && /\bimport\b/.test(text));
    this.lines.delete(fileName);
    let tree: PyTree | undefined;
    if (models) {
      tree = parsePython(text);
      placeTree(tree, fileName, 0);
      const d = collectDeclarations(tree, fileName);
      this.models.setFile(fileName, d.classes, d.tables);
    } else this.models.removeFile(fileName);
    if (!store) {
      if (this.deleteEntry(fileName)) this.bump(fileName);
      return;
    }
    const entry: Entry = { text, digest: digest(text), called: calledNames(text), ...(tree ? { tree } : {}) };
    const old = this.entries.get(fileName);
    this.setEntry(fileName, entry);
    if (!old || old.digest !== entry.digest || [...entry.called].sort().join() !== [...old.called].sort().join()) this.bump(fileName);
  }

  /** Name → the indexed modules that call it (`hasCaller` without a pass over every module). */
  private readonly callers = new Map<string, Set<string>>();

  private setEntry(fileName: string, entry: Entry): void {
    this.deleteEntry(fileName);
    this.entries.set(fileName, entry);
    for (const name of entry.called) {
      let files = this.callers.get(name);
      if (!files) this.callers.set(name, (files = new Set()));
      files.add(fileName);
    }
  }

  private deleteEntry(fileName: string): boolean {
    const old = this.entries.get(fileName);
    if (!old) return false;
    this.entries.delete(fileName);
    for (const name of old.called) {
      const files = this.callers.get(name);
      files?.delete(fileName);
      if (files?.size === 0) this.callers.delete(name);
    }
    return true;
  }

  private forgetModule(fileName: string): void {
    if (this.deleteEntry(fileName)) this.bump(fileName);
    this.lines.delete(fileName);
  }

  removeFile(fileName: string): void {
    this.models.removeFile(fileName);
    this.forgetModule(fileName);
    this.checker?.forget(fileName);
  }

  /** The keystroke-speed checker of this folder (its caches belong to this index). */
  checker: { forget(fileName: string): void; readonly cachedFiles: number } | undefined;

  /** An indexed module, parsed and summarised on first use. */
  private info(file: string): ModuleInfo | undefined {
    const e = this.entries.get(file);
    if (!e) return undefined;
    if (!e.info) {
      const t = e.tree ?? parsePython(e.text);
      placeTree(t, file, 0);
      e.info = moduleInfo(file, [{ file, tree: t, base: 0 }], e.called);
      e.tree = undefined;
    }
    return e.info;
  }

  /** Files that import `fileName`'s module (directly or through a package), or call what it defines. */
  dependentsOf(fileName: string): readonly string[] {
    const target = this.info(fileName);
    const defined = new Set<string>([...(target?.functions.keys() ?? []), ...(target?.classes.keys() ?? [])]);
    for (const [name, decls] of this.models.classNames()) if (decls.some((d) => d.file === fileName)) defined.add(name);
    const stem = norm(fileName).replace(/(\/__init__)?\.py$/, '').split('/').pop() ?? '';
    const out: string[] = [];
    for (const [f, e] of this.entries) {
      if (f === fileName) continue;
      // Only modules that mention the file's module name or one of its names can import it.
      if (!e.text.includes(stem) && ![...defined].some((d) => e.text.includes(d))) continue;
      const m = this.info(f);
      let dep = false;
      for (const r of m?.imports.values() ?? []) {
        if (this.resolveModule(f, r) === fileName || (r.name !== undefined && defined.has(r.name))) dep = true;
      }
      if (dep) out.push(f);
    }
    return out;
  }

  private reach: { gen: number; key: string; names: Set<string>; re: RegExp | undefined } | undefined;

  /**
   * Whether a file names something through which a query on a partitioned table built elsewhere
   * can reach it: a function or method whose body (transitively) builds one, a class holding one
   * (a view's `model`/`queryset`), or a reverse relation accessor of such a model. The cheap
   * pre-filter for files that name no partitioned table or model themselves. `relevant` tells
   * whether a text names a partitioned table or a model stored in one; `key` identifies it.
   */
  mayReachQueries(text: string, relevant: (body: string) => boolean, relevantModels: ReadonlySet<string>, key: string): boolean {
    if (!this.reach || this.reach.gen !== this.gen || this.reach.key !== key) {
      const names = new Set<string>();
      for (const [cls, decls] of this.models.classNames()) {
        for (const d of decls) {
          for (const f of d.fields) if (f.isForeignKey && f.target && relevantModels.has(cls)) names.add(f.relatedName ?? `${cls.toLowerCase()}_set`);
        }
      }
      const words = (body: string): boolean => {
        for (const w of body.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) if (names.has(w[0])) return true;
        return false;
      };
      const bodies: { name: string; body: string }[] = [];
      const seenFiles = new Set<string>();
      const collect = (f: string, text: string): void => {
        seenFiles.add(f);
        // Functions that return something and are called by name from elsewhere (not `_private`/dunder).
        for (const b of defBlocks(text)) if (!b.name.startsWith('_') && b.isDef && /\breturn\b/.test(b.body)) bodies.push(b);
      };
      // Only modules whose text names something relevant are split into definitions (by text, no parse).
      for (const [f, e] of this.entries) if (relevant(e.text)) collect(f, e.text);
      let todo = bodies.filter((b) => !names.has(b.name));
      for (let round = 0; round < 6; round++) {
        const before = names.size;
        for (const b of todo) if (relevant(b.body) || words(b.body)) names.add(b.name);
        todo = todo.filter((b) => !names.has(b.name));
        // Modules that call a newly reachable name may pass it on.
        const start = bodies.length;
        for (const [f, e] of this.entries) if (!seenFiles.has(f) && words(e.text)) collect(f, e.text);
        todo.push(...bodies.slice(start).filter((b) => !names.has(b.name)));
        if (names.size === before && bodies.length === start) break;
      }
      // One regular expression over the names: a file's text is tested in one pass.
      const idents = [...names].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
      const re = idents.length ? new RegExp(`(?<![A-Za-z0-9_])(?:${idents.join('|')})(?![A-Za-z0-9_])`) : undefined;
      this.reach = { gen: this.gen, key, names, re };
    }
    return this.reach.re?.test(text) === true;
  }

  /** Runs `fn` with `m` standing for its file (the open document's current text). */
  withOverlay<T>(m: ModuleInfo, fn: () => T): T {
    const old = this.overlay;
    this.overlay = m;
    try {
      return fn();
    } finally {
      this.overlay = old;
    }
  }

  module(file: string): ModuleInfo | undefined {
    if (this.overlay && this.overlay.file === file) return this.overlay;
    return this.info(file);
  }

  /** Whether some module (other than `except`'s definition) calls `name(`. */
  hasCaller(name: string): boolean {
    if (this.overlay?.called.has(name)) return true;
    for (const f of this.callers.get(name) ?? []) if (f !== this.overlay?.file) return true;
    return false;
  }

  /** 0-based positions of a node of an indexed (or checked) file. */
  position(file: string, offset: number): { line: number; character: number } | undefined {
    let li = this.lines.get(file);
    if (!li) {
      const text = this.entries.get(file)?.text ?? this.models.textOf(file);
      if (text === undefined) return undefined;
      li = new LineIndex(text);
      this.lines.set(file, li);
    }
    return li.position(offset);
  }

  /** The file of an import (absolute dotted, or relative to `from`), among indexed modules. */
  private moduleMemo: { gen: number; byKey: Map<string, string | undefined> } = { gen: -1, byKey: new Map() };

  resolveModule(from: string, ref: { module: string; level: number }): string | undefined {
    if (this.moduleMemo.gen !== this.gen) this.moduleMemo = { gen: this.gen, byKey: new Map() };
    // Absolute imports do not depend on the importing file.
    const key = ref.level > 0 ? `${from}\u0000${ref.level}\u0000${ref.module}` : `\u0000${ref.module}`;
    const memo = this.moduleMemo.byKey;
    if (memo.has(key)) return memo.get(key);
    const r = this.findModule(from, ref);
    memo.set(key, r);
    return r;
  }

  private findModule(from: string, ref: { module: string; level: number }): string | undefined {
    const parts = ref.module ? ref.module.split('.') : [];
    if (ref.level > 0) {
      const dir = norm(from).split('/').slice(0, -1);
      for (let k = 1; k < ref.level; k++) dir.pop();
      const base = [...dir, ...parts].join('/');
      for (const f of [`${base}.py`, `${base}/__init__.py`]) if (this.entries.has(f) || this.hasFileNormalized(f)) return this.normalizedName(f);
      return undefined;
    }
    if (parts.length === 0) return undefined;
    const suffix = parts.join('/');
    const hits: string[] = [];
    for (const f of this.entries.keys()) {
      const n = norm(f).replace(/\.py$/, '');
      if (n === suffix || n.endsWith(`/${suffix}`) || n === `${suffix}/__init__` || n.endsWith(`/${suffix}/__init__`)) hits.push(f);
    }
    return hits.length === 1 ? hits[0] : undefined;
  }

  private hasFileNormalized(f: string): boolean {
    for (const k of this.entries.keys()) if (norm(k) === f) return true;
    return false;
  }

  private normalizedName(f: string): string {
    for (const k of this.entries.keys()) if (norm(k) === f) return k;
    return f;
  }

  /** What a name means in a module: its own function or class, or what it imports (re-exports followed). */
  resolve(file: string, name: string, depth = 0): PySymbol | undefined {
    const m = this.module(file);
    if (!m || depth > 8) return undefined;
    const f = m.functions.get(name);
    if (f) return { kind: 'function', fn: f };
    const c = m.classes.get(name);
    if (c) return { kind: 'class', cls: c };
    const r = m.imports.get(name);
    if (!r) return undefined;
    if (r.name === undefined) {
      const target = this.resolveModule(file, r);
      const mod = target ? this.module(target) : undefined;
      return mod ? { kind: 'module', mod } : undefined;
    }
    const target = this.resolveModule(file, r);
    if (target) {
      const s = this.resolve(target, r.name, depth + 1);
      if (s) return s;
    }
    // `from app import services`: a submodule.
    const sub = this.resolveModule(file, { module: r.module ? `${r.module}.${r.name}` : r.name, level: r.level });
    const mod = sub ? this.module(sub) : undefined;
    return mod ? { kind: 'module', mod } : undefined;
  }

  /** An attribute of a module: a symbol it defines or imports, or a submodule. */
  member(mod: ModuleInfo, name: string): PySymbol | undefined {
    const s = this.resolve(mod.file, name);
    if (s) return s;
    const pkg = norm(mod.file).replace(/(\/__init__)?\.py$/, '');
    const sub = this.resolveModule(mod.file, { module: `${pkg.split('/').pop()}.${name}`, level: 0 });
    const m = sub && norm(sub).startsWith(pkg) ? this.module(sub) : undefined;
    return m ? { kind: 'module', mod: m } : undefined;
  }

  /** A class by a (dotted) base name as written in `file`. */
  classNamed(file: string, dotted: string): ClassInfo | undefined {
    const parts = dotted.split('.');
    let s = this.resolve(file, parts[0]!);
    for (const p of parts.slice(1)) s = s?.kind === 'module' ? this.member(s.mod, p) : undefined;
    return s?.kind === 'class' ? s.cls : undefined;
  }

  /** A method by name on a class or its visible bases (depth-first, as Python's MRO for simple trees). */
  method(cls: ClassInfo, name: string, depth = 0): FnInfo | undefined {
    const own = cls.methods.get(name);
    if (own || depth > 10) return own;
    for (const b of cls.bases) {
      const base = this.classNamed(cls.unit.file, b);
      const m = base && base !== cls ? this.method(base, name, depth + 1) : undefined;
      if (m) return m;
    }
    return undefined;
  }

  /** A class attribute (`model`, `queryset`) on a class or its visible bases, with the class holding it. */
  classAttr(cls: ClassInfo, name: string, depth = 0): { cls: ClassInfo; value: PyNode } | undefined {
    const own = cls.attrs.get(name);
    if (own) return { cls, value: own };
    if (depth > 10) return undefined;
    for (const b of cls.bases) {
      const base = this.classNamed(cls.unit.file, b);
      const m = base && base !== cls ? this.classAttr(base, name, depth + 1) : undefined;
      if (m) return m;
    }
    return undefined;
  }

  /** Every base name of a class and its visible ancestors (unresolved names included). */
  ancestry(cls: ClassInfo, depth = 0, out = new Set<string>()): Set<string> {
    for (const b of cls.bases) {
      out.add(b.slice(b.lastIndexOf('.') + 1));
      const base = depth < 10 ? this.classNamed(cls.unit.file, b) : undefined;
      if (base && base !== cls) this.ancestry(base, depth + 1, out);
    }
    return out;
  }
}
