/**
 * The Python index of one workspace folder: models (`ModelIndex`), modules with their imports,
 * top-level functions and classes (methods, class attributes), and per-function summaries
 * (parameters, the one expression a function returns, where it evaluates a parameter). The
 * translators inline a visible function's returned expression at the call site with its
 * parameters bound to the arguments, so a queryset built in `services.py` and evaluated in
 * `views.py` is judged where it runs. Nothing here is shared between folders. The summaries
 * themselves are built in `summaries.ts`.
 */
import { LineIndex, type RelatedLocation } from '../../finding';
import type { Site } from './synth';
import type { HostIndex } from '../types';
import { parsePython, type PyNode, type PyTree, walk } from './ast';
import { ModelIndex } from './models';
import { importedName } from './imported-names';
import { importRefsOfText, renamedImportsOfText } from './import-scan';
import { collectDeclarations } from './declarations';
import { calledNames } from './called-scan';
import { defBlocks } from './def-blocks';
import { type ClassInfo, type Constant, type FnInfo, type ImportRef, moduleInfo, type ModuleInfo, type PySymbol, summarizeUnit, type Unit } from './summaries';

/** Modules that import a query layer (selectors, services, repositories…) call its helpers: their calls are followed. */
const QUERY_LAYER_IMPORT = /^[ \t]*(?:from|import)\b[^\n]*\b(?:selectors?|services?|repositor(?:y|ies)|queries|crud|daos?|querysets?|managers)\b/m;
/** A module-level SQL string (`COUNT_SQL = SQL("SELECT …")`): other modules may execute it by name. */
const SQL_CONSTANT = /^[A-Za-z_]\w*[ \t]*=[ \t]*(?:[\w.]+\([ \t]*)?[rRbBuU]{0,2}(?:"{3}|'{3}|"|')\s*(?:SELECT|WITH|UPDATE|DELETE|INSERT)\b/im;
/** A module-level helper returning the current time (`def now_utc(): return datetime.now(timezone.utc)`): callers' `if since is None` tests are decided by it. */
const NOW_HELPER = /^(?:async[ \t]+)?def[ \t]+\w+\([^)]*\)[^:\n]*:[ \t]*\n(?:[ \t]+(?:#|"{3}|'{3})[^\n]*\n)*[ \t]+return[ \t]+[\w.]*\b(?:now|utcnow|today)\(/m;
/** A helper returning a date window (`return end - timedelta(days=days), end` after `end = datetime.now()`): callers' unpacked bounds are decided by it. */
function dateWindowHelper(text: string): boolean {
  return /\b(?:now|utcnow|today)\s*\(/.test(text) && /^[ \t]+return[ \t]+[^\n#]*,/m.test(text);
}
const STORE_HINT = /\.objects\b|\bQ\s*\(|\bfilters\b|\.filter\s*\(|\.exclude\s*\(|\bselect\s*\(|\.query\b|\bsession\b|\bSession\b|get_queryset|queryset|_set\b|Manager\b|QuerySet\b|\bmodel\s*=|\.where\s*\(|\.execute\s*\(|\.iterator\s*\(|\bget_(?:object|list)_or_404\s*\(|\.values_list\s*\(|\bimport\b[^\n]*\bmodels?\b|\bfrom\s+[\w.]*\bmodels\s+import\b|\brequest\.(?:args|form|values|GET|POST|query_params)\b/;
/**
 * A class running a query it holds (`self._query.count()`, `self.cursor.slice(…).all()`): a
 * pager or sequence over the statement its constructor is given names no model itself.
 */
const HELD_QUERY_HINT = /\bself\.\w+\.(?:count|all|first|one|one_or_none|scalar|scalars|execute|slice|limit|offset|paginate)\s*\(/;
const MODEL_HINT = /\bclass\s+\w+\s*\(/;
const MODEL_BODY_HINT = /models\.|Model\b|__tablename__|Column\s*\(|mapped_column|Mapped\[|Manager|QuerySet|\bTable\s*\(|Field\s*\(/;

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

/** The same class (its checked copy and its indexed copy are different trees). */
function sameClass(a: ClassInfo | undefined, b: ClassInfo): boolean {
  return !!a && a.name === b.name && norm(a.unit.file) === norm(b.unit.file);
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

/** The lines that define names, with their indentation (what `dependentsOf` depends on in the file itself). */
const DEFINES_LINE = /^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+\w+/gm;

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
  /** Imports read from the text on first use (`import-scan.ts`). */
  imports?: readonly ImportRef[];
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

  constructor() {
    this.models.importedName = (file, name) => importedName(this, file, name);
    // A model imported under another name is the model: every `model(name, file)` question resolves it.
    this.models.aliasOf = (file, name) => {
      const s = this.resolve(file, name);
      return s?.kind === 'class' ? { name: s.cls.name, file: s.cls.unit.file } : undefined;
    };
  }

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
    const store = models || STORE_HINT.test(text) || HELD_QUERY_HINT.test(text) || QUERY_LAYER_IMPORT.test(text) || SQL_CONSTANT.test(text) || NOW_HELPER.test(text) || dateWindowHelper(text) || (isInit && /\bimport\b/.test(text));
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

  /** Entry writes, in all and per file (any text change, even one the generation ignores). */
  private writes = 0;
  private readonly writesOf = new Map<string, number>();

  private setEntry(fileName: string, entry: Entry): void {
    this.deleteEntry(fileName);
    this.writes++;
    this.writesOf.set(fileName, (this.writesOf.get(fileName) ?? 0) + 1);
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
    this.writes++;
    this.writesOf.set(fileName, (this.writesOf.get(fileName) ?? 0) + 1);
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
    // A keystroke changes the edited file only: while no other file changed and its `def`/`class`
    // lines (names and nesting) are the same, so are its dependents — neither the file is parsed
    // again nor every file of the folder read.
    const others = this.writes - (this.writesOf.get(fileName) ?? 0);
    const e = this.entries.get(fileName);
    const memoKey = `${this.generationExcept(fileName)}\u0000${others}\u0000${e ? (e.text.match(DEFINES_LINE) ?? []).join('\n') : '\u0001'}`;
    const memo = this.dependentsMemo.get(fileName);
    if (memo?.key === memoKey) return memo.out;
    const target = this.info(fileName);
    const defined = new Set<string>([...(target?.functions.keys() ?? []), ...(target?.classes.keys() ?? [])]);
    for (const [name, decls] of this.models.classNames()) if (decls.some((d) => d.file === fileName)) defined.add(name);
    const stem = norm(fileName).replace(/(\/__init__)?\.py$/, '').split('/').pop() ?? '';
    const out = this.scanDependents(fileName, defined, stem);
    this.dependentsMemo.delete(fileName);
    this.dependentsMemo.set(fileName, { key: memoKey, out });
    if (this.dependentsMemo.size > 64) this.dependentsMemo.delete(this.dependentsMemo.keys().next().value as string);
    return out;
  }

  private readonly dependentsMemo = new Map<string, { key: string; out: readonly string[] }>();

  private scanDependents(fileName: string, defined: ReadonlySet<string>, stem: string): readonly string[] {
    const out: string[] = [];
    for (const [f, e] of this.entries) {
      if (f === fileName) continue;
      // Only modules that mention the file's module name or one of its names can import it.
      if (!e.text.includes(stem) && ![...defined].some((d) => e.text.includes(d))) continue;
      // Imports read from the text (a superset of the parsed ones): no module is parsed for this.
      e.imports ??= importRefsOfText(e.text);
      let dep = false;
      for (const r of e.imports) {
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
      const bodies: { name: string; body: string; isDef: boolean; aliases?: RegExp }[] = [];
      const seenFiles = new Set<string>();
      const collect = (f: string, text: string): void => {
        seenFiles.add(f);
        // A relevant model imported under another name (`import Lead as LeadModel`) is named by the alias in the bodies.
        const aliased = [...text.matchAll(/\b([A-Za-z_]\w*)[ \t]+as[ \t]+([A-Za-z_]\w*)/g)].filter((m) => relevantModels.has(m[1]!)).map((m) => m[2]!);
        const aliases = aliased.length > 0 ? new RegExp(`(?<![\\w.])(?:${aliased.join('|')})(?!\\w)`) : undefined;
        // Functions that return something and are called by name from elsewhere (not `_private`/dunder).
        // Classes too: a repository or view naming its model (`model = Lead`) runs inherited queries.
        for (const b of defBlocks(text)) if (!b.name.startsWith('_') && (b.isDef ? /\breturn\b/.test(b.body) : /^\s*class\s+\w+\s*\(/.test(b.body))) bodies.push(aliases ? { ...b, aliases } : b);
        // A module-level instance (`lead = CRUDLead(Lead)`) runs its class's queries for callers.
        for (const m of text.matchAll(/^([A-Za-z_]\w*)[ \t]*=[ \t]*[\w.]*?([A-Z]\w*)\(.*$/gm)) bodies.push({ name: m[1]!, body: m[0], isDef: true });
        // A SQL string constant (up to the next blank line): a module that executes it by name runs it.
        for (const m of text.matchAll(new RegExp(SQL_CONSTANT.source, 'gim'))) {
          const end = text.indexOf('\n\n', m.index);
          bodies.push({ name: /^\w+/.exec(m[0])![0], body: text.slice(m.index, end < 0 ? m.index + 4000 : Math.min(end, m.index + 4000)), isDef: true });
        }
      };
      // Only modules whose text names something relevant are split into definitions (by text, no parse).
      for (const [f, e] of this.entries) if (relevant(e.text)) collect(f, e.text);
      // A relevant name imported under another one (`Lead as LeadRow`) is relevant under that name too.
      const renamed = [...this.entries.values()].flatMap((e) => (/\sas\s/.test(e.text) ? renamedImportsOfText(e.text) : []));
      const addRenamed = (): void => renamed.forEach(([from, to]) => (relevantModels.has(from) || names.has(from)) && names.add(to));
      addRenamed();
      let todo = bodies.filter((b) => !names.has(b.name));
      for (let round = 0; round < 6; round++) {
        const before = names.size;
        for (const b of todo) {
          if (!relevant(b.body) && !words(b.body) && !b.aliases?.test(b.body)) continue;
          names.add(b.name);
          // A generic base a relevant class extends (`LeadDAO(BaseDAO)`) runs its queries for it.
          for (const base of b.isDef ? [] : (/^\s*class\s+\w+\s*\(([^)]*)\)/.exec(b.body)?.[1] ?? '').split(',')) {
            const n = /^\s*(?:[\w.]*\.)?(\w+)\s*$/.exec(base)?.[1];
            if (n && !names.has(n) && [...this.entries.values()].some((e) => e.text.includes(`class ${n}(`) || e.text.includes(`class ${n}:`))) names.add(n);
          }
        }
        addRenamed();
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

  /** Whether a file is held by the index (the callers other files' checks can see). */
  indexed(file: string): boolean {
    return this.entries.has(file);
  }

  /** Whether some module (other than `except`'s definition) calls `name(`. */
  hasCaller(name: string): boolean {
    if (this.overlay?.called.has(name)) return true;
    for (const f of this.callers.get(name) ?? []) if (f !== this.overlay?.file) return true;
    return false;
  }

  /**
   * Whether a text defines a function that some module naming a partitioned table or model calls
   * (a helper that runs the query its caller passes in: `get_one_or_none(statement)`).
   */
  calledFromRelevant(text: string, relevant: (body: string) => boolean): boolean {
    // Functions called by name, and classes constructed by name: a wrapper whose methods are all
    // dunders (`__len__`, `__getitem__`) runs the statement its constructor is given.
    for (const m of text.matchAll(/^[ \t]*(?:(?:async[ \t]+)?def|class)[ \t]+([A-Za-z_]\w*)[ \t]*[(:]/gm)) {
      const name = m[1]!;
      if (name.startsWith('__')) continue;
      for (const f of this.callers.get(name) ?? []) {
        const e = this.entries.get(f);
        if (e && relevant(e.text)) return true;
      }
    }
    return false;
  }

  /** Calls `name(…)` / `x.name(…)` in indexed modules (at most `limit`), with their trees. */
  callsOf(name: string, limit = 8, textTest?: RegExp): { file: string; tree: PyTree; call: PyNode }[] {
    const out: { file: string; tree: PyTree; call: PyNode }[] = [];
    const files = new Set([...(this.callers.get(name) ?? []), ...(this.overlay?.called.has(name) ? [this.overlay.file] : [])]);
    for (const f of files) {
      // A text test rules a file out before any of its functions is walked (or parsed).
      if (textTest && !textTest.test(this.entries.get(f)?.text ?? this.models.textOf(f) ?? '')) continue;
      const m = this.module(f);
      const text = this.entries.get(f)?.text ?? '';
      const names = new Set([name, ...(/\sas\s/.test(text) ? renamedImportsOfText(text).flatMap(([from, to]) => (from === name ? [to] : [])) : [])]);
      const fns = [...(m?.functions.values() ?? []), ...[...(m?.classes.values() ?? [])].flatMap((c) => [...c.methods.values()])];
      for (const fn of fns) {
        const t = fn.unit.tree;
        walk(fn.node, (n) => {
          if (out.length >= limit || n.type !== 'call') return;
          const callee = n.children.find((c) => c.field === 'function');
          const id = callee?.type === 'attribute' ? callee.children.find((c) => c.field === 'attribute') : callee;
          if (id?.type === 'identifier' && names.has(t.src.slice(id.start, id.end))) out.push({ file: f, tree: t, call: n });
        });
      }
    }
    return out;
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
    const inst = m.instances.get(name);
    if (inst) return { kind: 'instance', inst };
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

  /** A module-level string constant a name means in a module (its own, or imported: `from .queries import COUNT_SQL`). */
  constant(file: string, name: string, depth = 0): Constant | undefined {
    const m = this.module(file);
    if (!m || depth > 8) return undefined;
    const c = m.constants.get(name);
    if (c) return c;
    const r = m.imports.get(name);
    const target = r?.name !== undefined ? this.resolveModule(file, r) : undefined;
    return target ? this.constant(target, r!.name!, depth + 1) : undefined;
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

  /** Visible classes that name `cls` as a direct base (a generic DAO's `LeadDAO(BaseDAO)`). */
  subclassesOf(cls: ClassInfo): ClassInfo[] {
    const out: ClassInfo[] = [];
    const files = new Set([...this.entries.keys(), ...(this.overlay ? [this.overlay.file] : [])]);
    for (const f of files) {
      const text = this.overlay?.file === f ? undefined : this.entries.get(f)?.text;
      if (text !== undefined && !text.includes(cls.name)) continue;
      for (const c of this.module(f)?.classes.values() ?? []) {
        if (c.bases.some((b) => b.endsWith(cls.name) && sameClass(this.classNamed(f, b), cls))) out.push(c);
      }
    }
    return out;
  }

  /** Visible classes of modules whose text names `name` (candidates; the caller checks how). */
  classesMentioning(name: string): ClassInfo[] {
    const out: ClassInfo[] = [];
    const files = new Set([...this.entries.keys(), ...(this.overlay ? [this.overlay.file] : [])]);
    for (const f of files) {
      const text = this.overlay?.file === f ? undefined : this.entries.get(f)?.text;
      if (text !== undefined && !text.includes(name)) continue;
      out.push(...(this.module(f)?.classes.values() ?? []));
    }
    return out;
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
