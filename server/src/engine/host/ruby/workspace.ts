/**
 * The Ruby index of one workspace folder (`HostIndex`): ActiveRecord models (`ModelIndex`) and
 * the plain Ruby code around them — classes and modules of services, `lib/`, concerns and
 * controllers with their methods (parameters, visibility, source), `include`/`extend`, and the
 * words every file uses (to find callers and the files that depend on a changed file).
 *
 * Method bodies are kept as source slices and parsed when a call site needs them (at most a few
 * hundred light trees are cached), so that a large workspace costs about its method source in
 * memory, not its syntax trees.
 */
import type { HostIndex } from '../types';
import { declarationsOf, ModelIndex } from './models';
import type { Tree } from 'web-tree-sitter';
import { hasTree, parseCached, textStamp, type ParseChange } from './units';
import { child, constantName, copyOutline, namedChildren, parseRuby, rubyReady, symbolOrStringValue, textOf, withTree, type RNode } from './syntax';

export interface MethodParam {
  readonly name: string;
  /** `rest`: `*args`, `keyrest`: `**opts`, `forward`: `...` (their arguments are passed on as they are). */
  readonly kind: 'req' | 'opt' | 'key' | 'rest' | 'keyrest' | 'forward' | 'other';
}

/** A method of a class or module, as declared in one file. */
export interface MethodDecl {
  /** Full name of the owner (`Reports::LeadSearch`). */
  readonly owner: string;
  readonly name: string;
  /** A class method (`def self.x`, inside `class << self`, or in a concern's `class_methods do`). */
  readonly singleton: boolean;
  readonly visibility: 'public' | 'private' | 'protected';
  readonly params: readonly MethodParam[];
  readonly file: string;
  /** The method's source (`def … end`) and where it starts in its file. */
  readonly text: string;
  readonly base: number;
  readonly baseLine: number;
  readonly baseCharacter: number;
  /** Nesting of the owner, for constant lookup inside the body. */
  readonly nesting: readonly string[];
  /** Declared in a concern's `class_methods do … end` (a class method of the includer). */
  readonly fromConcern?: boolean;
  /** Distinct words of the source (for finding who may reach whom). */
  readonly words: readonly string[];
}

export interface CodeClassDecl {
  readonly name: string;
  readonly module: boolean;
  readonly superclass?: string;
  readonly includes: string[];
  readonly extends: string[];
  readonly file: string;
}

interface FileEntry {
  /** A hash and the length of the text (the text itself is not kept). */
  readonly stamp: string;
  readonly classes: CodeClassDecl[];
  readonly methods: MethodDecl[];
  /** How often each word occurs in the file (identifiers, constants, symbols; comments too). */
  readonly words: Map<string, number>;
  /**
   * Names the file declares that other files use to reach it: classes and modules (calls on
   * instances and inherited methods are reached through a constant somewhere on the way), and a
   * model's scopes and associations (`campaign.leads.recent` names no constant).
   */
  readonly declares: Set<string>;
  /** The text, kept only for documents being edited (their next version is indexed incrementally). */
  readonly oldText?: string;
}

const MODEL_HINT = /\bclass\s+[A-Z][\w:]*\s*<|\bmodule\s+[A-Z]/;
const CLASS_DECL = /\bclass\s+([A-Z][\w:]*)\s*<\s*((?:::)?[A-Z][\w:]*)/g;
const WORD = /[A-Za-z_][A-Za-z0-9_]*[?!]?/g;
const IVAR_ASSIGNMENT = /@([A-Za-z_]\w*)\s*(?:\|\|)?=(?![=~>])/g;
/** Methods longer than this are not kept (relations are built in short methods). */
const MAX_METHOD_CHARS = 6000;

/** Owners whose public methods the framework calls (and whose return values it ignores). */
export const FRAMEWORK_OWNER = /(Controller|Job|Worker|Mailer|Migration|Channel)$/;

/** Whether a file lives where Rails keeps models (`app/models`, engines and packs). */
export function isModelPath(fileName: string): boolean {
  return /(^|[\\/])models[\\/](.+[\\/])?[^\\/]+\.rb$/i.test(fileName);
}

let nextIndexId = 1;

export class RubyIndex implements HostIndex {
  /** Distinguishes indexes in cache keys (one per workspace folder). */
  readonly id = nextIndexId++;
  readonly models = new ModelIndex();
  private readonly files = new Map<string, FileEntry>();
  // Kept up to date file by file, so that a change costs the size of the changed file.
  private readonly byClass = new Map<string, CodeClassDecl[]>();
  private readonly methodsByOwner = new Map<string, MethodDecl[]>();
  private readonly wordTotals = new Map<string, number>();
  /** Files by the words they mention: who may depend on a class, who may call a method. */
  private readonly filesByWord = new Map<string, Set<string>>();
  private readonly defTotals = new Map<string, number>();
  /** Per file: names of its methods/classes whose source mentions a table or model word. */
  private readonly directReach = new Map<string, { key: string; names: string[] }>();
  private reachCache: { key: string; names: Set<string>; base: RegExp } | undefined;
  /** `ivarAssigners` answers, until the next change of any file's entry. */
  private readonly assigners = new Map<string, string>();
  /** Changes when a file's methods change in what `namesReaching` reads (names, owners, words). */
  private reachGen = 0;
  /** Parsed method sources by text (offsets are relative to the text, so equal texts share a tree). */
  private readonly parsed = new Map<string, RNode | null>();
  private gen = 0;
  /** Per file: how many generation steps its own changes caused (see `generationExcept`). */
  private readonly bumps = new Map<string, number>();
  /** Texts of model declarations set by a check (the open document is the freshest). */
  private readonly modelTexts = new Map<string, string>();

  get generation(): number {
    return this.gen;
  }

  /** The generation without the steps caused by changes of `fileName` itself. */
  generationExcept(fileName: string | undefined): number {
    return this.gen - (fileName ? (this.bumps.get(fileName) ?? 0) : 0);
  }

  private bump(fileName: string): void {
    this.gen++;
    this.bumps.set(fileName, (this.bumps.get(fileName) ?? 0) + 1);
  }

  /**
   * Replaces a file's entry and its share of the shared maps. Only what differs is updated:
   * an edit in a large file touches the words it changed, not every word of the file.
   */
  private setEntry(fileName: string, entry: FileEntry | undefined): void {
    const old = this.files.get(fileName);
    const count = (m: Map<string, number>, k: string, d: number): void => {
      const n = (m.get(k) ?? 0) + d;
      if (n) m.set(k, n);
      else m.delete(k);
    };
    const owners = new Set<string>();
    this.assigners.clear();
    if (this.reachChanges(old, entry)) this.reachGen++;
    if (old) {
      for (const c of old.classes) {
        const l = this.byClass.get(c.name)?.filter((x) => x !== c);
        if (l?.length) this.byClass.set(c.name, l);
        else this.byClass.delete(c.name);
      }
      for (const m of old.methods) {
        owners.add(m.owner);
        count(this.defTotals, m.name, -1);
      }
      for (const [w, n] of old.words) {
        const now = entry?.words.get(w) ?? 0;
        if (now !== n) count(this.wordTotals, w, now - n);
        if (!now) {
          const set = this.filesByWord.get(w);
          set?.delete(fileName);
          if (set && !set.size) this.filesByWord.delete(w);
        }
      }
      this.files.delete(fileName);
      this.directReach.delete(fileName);
    }
    if (entry) {
      this.files.set(fileName, entry);
      for (const c of entry.classes) {
        const l = this.byClass.get(c.name);
        if (l) l.push(c);
        else this.byClass.set(c.name, [c]);
      }
      for (const m of entry.methods) {
        owners.add(m.owner);
        count(this.defTotals, m.name, 1);
      }
      for (const [w, n] of entry.words) {
        const was = old?.words.get(w) ?? 0;
        if (!was) {
          count(this.wordTotals, w, n);
          let set = this.filesByWord.get(w);
          if (!set) this.filesByWord.set(w, (set = new Set()));
          set.add(fileName);
        }
      }
    }
    // Each owner's method list: other files' methods, then this file's in order.
    for (const o of owners) {
      const l = [...(this.methodsByOwner.get(o) ?? []).filter((x) => x.file !== fileName), ...(entry?.methods.filter((m) => m.owner === o) ?? [])];
      if (l.length) this.methodsByOwner.set(o, l);
      else this.methodsByOwner.delete(o);
    }
  }

  indexFile(fileName: string, text: string): void {
    if (!rubyReady()) return;
    const stamp = stampOf(text);
    if (this.files.get(fileName)?.stamp === stamp) return;
    // A document being edited (its tree is kept by the checks) is parsed incrementally.
    if (this.files.has(fileName) && hasTree(fileName)) {
      const { tree, change } = parseCached(text, fileName);
      this.indexText(fileName, text, tree, change, stamp);
    } else this.indexText(fileName, text, undefined, undefined, stamp);
  }

  /**
   * `indexFile` with the tree of `text` when the caller has one (a check parsed it already), and
   * the edit since the text the index holds, if known: then methods outside the edit are taken
   * over from the previous entry instead of being copied and read again.
   */
  indexText(fileName: string, text: string, tree: Tree | undefined, change?: ParseChange, knownStamp?: string): void {
    if (!rubyReady()) return;
    const stamp = knownStamp ?? stampOf(text);
    const prev = this.files.get(fileName);
    if (prev?.stamp === stamp) return;
    let entry: FileEntry;
    try {
      const since = tree && change && prev?.oldText === change.before ? prevMethods(prev, change) : undefined;
      // Only the outline is copied (method bodies stay source text until a call needs them).
      const outline = !/\b(?:def|class|module)\b/.test(text) ? undefined : tree ? copyOutline(tree.rootNode, since?.shallow) : withTree(text, (t) => copyOutline(t.rootNode));
      const words = since && prev ? wordsAfter(prev.words, since.oldText, text, change!) : wordsOf(text);
      entry = outline ? codeOf(text, stamp, fileName, outline, words, since) : { stamp, classes: [], methods: [], words, declares: new Set() };
    } catch {
      // A file the parser cannot read is skipped (the contract: indexing never throws).
      this.removeFile(fileName);
      return;
    }
    this.setEntry(fileName, entry);
    this.setModels(fileName, text, undefined, isModelPath(fileName), stamp);
    this.bump(fileName);
  }

  /**
   * Learns the models a file declares: files under `models/` always, other files when they
   * declare ActiveRecord classes (`check` calls this for the open document).
   */
  setModels(fileName: string, text: string, root: RNode | undefined, modelPath: boolean, knownStamp?: string): void {
    const stamp = knownStamp ?? stampOf(text);
    if (this.modelTexts.get(fileName) === stamp) return;
    // Model changes are not the file's own (see `generationExcept`): every check depends on them.
    const own = (): void => {
      this.bumps.set(fileName, (this.bumps.get(fileName) ?? 0) - 1);
    };
    if ((modelPath && MODEL_HINT.test(text)) || declaresModels(text, this.models)) {
      const r = root ?? parseRuby(text);
      this.models.setFile(fileName, declarationsOf(text, fileName, r));
      this.modelTexts.set(fileName, stamp);
      for (const c of this.models.scopeNamesOf(fileName)) this.files.get(fileName)?.declares.add(c);
    } else if (this.models.has(fileName)) {
      this.models.removeFile(fileName);
      this.modelTexts.delete(fileName);
    } else return;
    this.bump(fileName);
    own();
  }

  removeFile(fileName: string): void {
    const had = this.files.has(fileName) || this.models.has(fileName);
    this.setEntry(fileName, undefined);
    this.models.removeFile(fileName);
    this.modelTexts.delete(fileName);
    if (had) this.bump(fileName);
  }

  /** Whether the index has an entry for a file. */
  holdsFile(fileName: string): boolean {
    return this.files.has(fileName);
  }

  /** Whether the index holds this exact text for a file. */
  holds(fileName: string, text: string): boolean {
    return this.files.get(fileName)?.stamp === stampOf(text);
  }

  /**
   * Files whose findings may change with `fileName`: they use a class, model, scope or method it
   * declares, directly or through another file that does (a controller calling a service that
   * uses a changed scope).
   */
  dependentsOf(fileName: string): readonly string[] {
    const out: string[] = [];
    const seen = new Set([fileName]);
    const queue = [fileName];
    const take = (g: string): void => {
      if (seen.has(g)) return;
      const other = this.files.get(g);
      if (!other) return;
      seen.add(g);
      out.push(g);
      // Controllers, jobs and mailers are called by the framework, not by other files.
      if (!other.classes.length || other.classes.some((c) => !FRAMEWORK_OWNER.test(c.name))) queue.push(g);
    };
    while (queue.length) {
      for (const n of this.declaredBy(queue.shift()!)) for (const g of this.filesByWord.get(n) ?? []) take(g);
    }
    return out;
  }

  private declaredBy(fileName: string): Set<string> {
    const names = new Set(this.files.get(fileName)?.declares ?? []);
    for (const c of this.models.classNamesOf(fileName)) {
      names.add(c);
      names.add(c.split('::').pop()!);
    }
    return names;
  }

  private classMap(): Map<string, CodeClassDecl[]> {
    return this.byClass;
  }

  /** Resolves a constant written inside `nesting` to a declared class/module name, Ruby-style. */
  resolveClass(name: string, nesting: readonly string[]): string | undefined {
    const classes = this.classMap();
    if (name.startsWith('::')) return classes.has(name.slice(2)) ? name.slice(2) : undefined;
    for (let i = nesting.length - 1; i >= 0; i--) {
      const cand = `${nesting[i]}::${name}`;
      if (classes.has(cand)) return cand;
    }
    return classes.has(name) ? name : undefined;
  }

  /**
   * A declared class or module that is plain Ruby (a service, a query object, a concern), not an
   * ActiveRecord model: its methods are followed into.
   */
  plainClass(name: string, nesting: readonly string[]): string | undefined {
    const full = this.resolveClass(name, nesting);
    if (!full) return undefined;
    const seen = new Set<string>();
    let cur: string | undefined = full;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const decls = this.classMap().get(cur);
      if (!decls) return /(^|::)(ActiveRecord::Base|\w*Record)$/.test(cur) ? undefined : full;
      const sup = decls.find((d) => d.superclass)?.superclass;
      if (!sup) return full;
      if (/(^|::)(ActiveRecord::Base|ApplicationRecord|\w*Record)$/.test(sup)) return undefined;
      cur = this.resolveClass(sup, [cur.split('::').slice(0, -1).join('::')].filter(Boolean)) ?? sup.replace(/^::/, '');
    }
    return full;
  }

  /**
   * The method a call reaches: own methods, then included modules (instance methods) or
   * extended modules (class methods), then the superclass, as Ruby looks them up.
   */
  method(owner: string, name: string, singleton: boolean): MethodDecl | undefined {
    const seen = new Set<string>();
    const find = (cls: string): MethodDecl | undefined => {
      if (seen.has(cls)) return undefined;
      seen.add(cls);
      this.classMap();
      const own = this.methodsByOwner.get(cls)?.filter((m) => m.name === name && m.singleton === singleton);
      if (own && own.length) return own[own.length - 1];
      const decls = this.classMap().get(cls) ?? [];
      const nest = [cls.split('::').slice(0, -1).join('::')].filter(Boolean);
      for (const d of decls) {
        for (const inc of [...d.includes].reverse()) {
          const m = this.resolveClass(inc, nest);
          if (!m) continue;
          // A concern's `class_methods do … end` are class methods of the includer.
          const hit = singleton ? this.methodsByOwner.get(m)?.find((x) => x.name === name && x.singleton && x.fromConcern) : find(m);
          if (hit) return hit;
        }
        if (singleton) {
          for (const ext of d.extends) {
            const m = this.resolveClass(ext, nest);
            const hit = m ? this.methodsByOwner.get(m)?.find((x) => x.name === name && !x.singleton) : undefined;
            if (hit) return hit;
          }
        }
      }
      const sup = decls.find((d) => d.superclass)?.superclass;
      const supName = sup ? this.resolveClass(sup, nest) : undefined;
      return supName ? find(supName) : undefined;
    };
    return find(owner);
  }

  /**
   * Names of methods and plain classes whose source can reach a partitioned table: the method
   * mentions a word of `base` (a table or model name) or, transitively, such a method or class.
   */
  namesReaching(base: RegExp): Set<string> {
    const key = `${base.source}\u0000${this.reachGen}`;
    if (this.reachCache?.key === key) return this.reachCache.names;
    const out = new Set<string>();
    let frontier: string[] = [];
    const reach = (m: MethodDecl): void => {
      if (!out.has(m.name)) frontier.push(m.name);
      out.add(m.name);
      out.add(m.owner.split('::').pop()!);
    };
    for (const [f, e] of this.files) {
      let d = this.directReach.get(f);
      if (d?.key !== base.source) {
        d = { key: base.source, names: [] };
        for (const m of e.methods) {
          if (!base.test(m.text)) continue;
          d.names.push(m.name, m.owner.split('::').pop()!);
          // Instance variables it assigns carry what it built to the object's other methods.
          for (const a of m.text.matchAll(IVAR_ASSIGNMENT)) d.names.push(a[1]!);
        }
        this.directReach.set(f, d);
      }
      for (const n of d.names) {
        if (!out.has(n)) frontier.push(n);
        out.add(n);
      }
    }
    // A few rounds reach helpers of helpers (a method that calls a reaching method or class).
    for (let round = 0; round < 4 && frontier.length; round++) {
      const names = frontier;
      frontier = [];
      for (const n of names) {
        for (const f of this.filesByWord.get(n) ?? []) for (const m of this.files.get(f)?.methods ?? []) if (m.words.includes(n)) reach(m);
      }
    }
    this.reachCache = { key, names: out, base };
    return out;
  }

  /**
   * The methods of a class (in any file) whose source assigns an instance variable, as a sorted
   * comma-separated list (`attr_writer`/`attr_accessor` count as the writer method).
   */
  ivarAssigners(cls: string, ivar: string): string {
    const key = `${cls}\u0000${ivar}`;
    const hit = this.assigners.get(key);
    if (hit !== undefined) return hit;
    const re = new RegExp(`${ivar.replace(/[^\w@]/g, '')}(?![A-Za-z0-9_])\\s*(?:\\|\\||&&|\\*\\*|<<|>>|[-+*/%|&^])?=(?![=~>])`);
    const names = new Set<string>();
    for (const m of this.methodsByOwner.get(cls) ?? []) if (!m.singleton && re.test(m.text)) names.add(m.name);
    const out = [...names].sort().join(',');
    this.assigners.set(key, out);
    return out;
  }

  /**
   * Whether replacing a file's entry can change `namesReaching`: methods added, removed or
   * renamed, instance variables assigned differently, or words gained or lost that are reaching
   * names or table/model words (typing an unrelated identifier changes nothing).
   */
  private reachChanges(old: FileEntry | undefined, entry: FileEntry | undefined): boolean {
    const cache = this.reachCache;
    const a = old?.methods ?? [];
    const b = entry?.methods ?? [];
    if (!cache || a.length !== b.length) return true;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x.owner !== y.owner || x.name !== y.name) return true;
      if (x.text !== y.text && ivarsOf(x) !== ivarsOf(y)) return true;
      if (x.words === y.words || x.words.join('\u0000') === y.words.join('\u0000')) continue;
      const xs = new Set(x.words);
      const ys = new Set(y.words);
      for (const w of xs) if (!ys.has(w) && (cache.names.has(w) || cache.base.test(w))) return true;
      for (const w of ys) if (!xs.has(w) && (cache.names.has(w) || cache.base.test(w))) return true;
    }
    return false;
  }

  /** The method's body, parsed (offsets relative to `m.text`). */
  methodNode(m: MethodDecl): RNode | undefined {
    let n = this.parsed.get(m.text);
    if (n === undefined) {
      const root = parseRuby(m.text);
      n = root.children.find((c) => c.type === 'method' || c.type === 'singleton_method') ?? null;
      // Least recently used first: the oldest entry goes.
      if (this.parsed.size >= 500) this.parsed.delete(this.parsed.keys().next().value as string);
    } else this.parsed.delete(m.text);
    this.parsed.set(m.text, n);
    return n ?? undefined;
  }

  /** The methods declared in a file (the checked document's own, after `indexFile`). */
  methodsOf(fileName: string): readonly MethodDecl[] {
    return this.files.get(fileName)?.methods ?? [];
  }

  /**
   * Whether some file of the workspace may call a method of this name: the name occurs more
   * often than it is defined. Conservative: any mention (a symbol, a comment) counts.
   */
  mayBeCalled(name: string): boolean {
    return (this.wordTotals.get(name) ?? 0) > (this.defTotals.get(name) ?? 0);
  }
}

const stampOf = textStamp;

/**
 * A copy of a slice that does not keep the whole file alive (V8 slices point into their parent
 * string; flattening a concatenation makes a string of its own).
 */
function ownCopy(slice: string): string {
  const c = `${slice} `;
  return c.slice(0, -1);
}

function wordsOf(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.matchAll(WORD)) m.set(w[0], (m.get(w[0]) ?? 0) + 1);
  return m;
}

/** Whether a file declares ActiveRecord models (a class under *Record, ActiveRecord::Base or a known model). */
export function declaresModels(text: string, models: ModelIndex): boolean {
  if (!MODEL_HINT.test(text)) return false;
  let known: Set<string> | undefined;
  for (const m of text.matchAll(CLASS_DECL)) {
    const sup = m[2]!.replace(/^::/, '');
    if (/(^|::)ActiveRecord::Base$|Record$/.test(sup)) return true;
    known ??= new Set(models.classNames().map((c) => c.split('::').pop()!));
    if (known.has(sup.split('::').pop()!)) return true;
  }
  return /\btable_name_prefix\b/.test(text);
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

function position(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/** 0-based line/character of an offset inside a method's source. */
export function methodPosition(m: MethodDecl, offset: number): { line: number; character: number } {
  const starts = lineStarts(m.text);
  const p = position(starts, offset);
  return p.line === 0 ? { line: m.baseLine, character: m.baseCharacter + p.character } : { line: m.baseLine + p.line, character: p.character };
}

function paramsOf(src: string, def: RNode): MethodParam[] {
  const ps = child(def, 'parameters');
  if (!ps) return [];
  return namedChildren(ps).map((p): MethodParam => {
    if (p.type === 'identifier') return { name: textOf(src, p), kind: 'req' };
    const name = child(p, 'name');
    const n = name ? textOf(src, name) : '';
    if (p.type === 'optional_parameter') return { name: n, kind: 'opt' };
    if (p.type === 'keyword_parameter') return { name: n, kind: 'key' };
    if (p.type === 'splat_parameter' && n) return { name: n, kind: 'rest' };
    if (p.type === 'hash_splat_parameter' && n) return { name: n, kind: 'keyrest' };
    if (p.type === 'forward_parameter') return { name: '...', kind: 'forward' };
    return { name: n, kind: 'other' };
  });
}

/** Instance variables a method assigns (they carry what it builds to the object's other methods). */
function ivarsOf(m: MethodDecl): string {
  return [...m.text.matchAll(IVAR_ASSIGNMENT)].map((a) => a[1]).join(',');
}

/** The previous entry's methods that an edit left alone, found by where they start now. */
interface Unchanged {
  readonly oldText: string;
  readonly shallow: (start: number, end: number) => boolean;
  readonly at: (start: number, end: number) => MethodDecl | undefined;
}

function prevMethods(prev: FileEntry, change: ParseChange): Unchanged | undefined {
  if (prev.oldText === undefined) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const byStart = new Map<number, MethodDecl>();
  for (const m of prev.methods) byStart.set(m.base, m);
  // A method entirely before or after the edit (and every tree change) has its old text.
  const at = (start: number, end: number): MethodDecl | undefined => {
    if (!(end < change.start || start > change.newEnd)) return undefined;
    if (change.changed.some((r) => r.start < end && start < r.end)) return undefined;
    const m = byStart.get(end < change.start ? start : start - delta);
    return m && m.text.length === end - start ? m : undefined;
  };
  return { oldText: prev.oldText, shallow: (s, e) => at(s, e) !== undefined, at };
}

/** Word counts after an edit: the words around the edit are counted again, the rest stay. */
function wordsAfter(old: ReadonlyMap<string, number>, oldText: string, text: string, change: ParseChange): Map<string, number> {
  const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 33 || c === 63;
  let from = change.start;
  while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
  let oldTo = change.oldEnd;
  while (oldTo < oldText.length && isWordChar(oldText.charCodeAt(oldTo))) oldTo++;
  const newTo = oldTo + change.newEnd - change.oldEnd;
  const out = new Map(old);
  for (const w of oldText.slice(from, oldTo).matchAll(WORD)) {
    const n = (out.get(w[0]) ?? 0) - 1;
    if (n > 0) out.set(w[0], n);
    else out.delete(w[0]);
  }
  for (const w of text.slice(from, newTo).matchAll(WORD)) out.set(w[0], (out.get(w[0]) ?? 0) + 1);
  return out;
}

/** Classes, modules, methods, words and declared names of one file. */
function codeOf(text: string, stamp: string, file: string, root: RNode, words: Map<string, number>, since?: Unchanged): FileEntry {
  const classes: CodeClassDecl[] = [];
  const methods: MethodDecl[] = [];
  const declares = new Set<string>();
  const starts = lineStarts(text);
  const addMethod = (def: RNode, owner: string, nesting: readonly string[], singleton: boolean, visibility: MethodDecl['visibility'], fromConcern: boolean): void => {
    const known = def.children.length ? undefined : since?.at(def.start, def.end);
    if (known) {
      const p = position(starts, def.start);
      const singletonNow = singleton || def.type === 'singleton_method';
      methods.push({
        ...known,
        owner,
        singleton: singletonNow,
        visibility,
        file,
        base: def.start,
        baseLine: p.line,
        baseCharacter: p.character,
        nesting,
      });
      if (!fromConcern) delete (methods[methods.length - 1] as { fromConcern?: boolean }).fromConcern;
      else (methods[methods.length - 1] as { fromConcern?: boolean }).fromConcern = true;
      return;
    }
    const nameNode = child(def, 'name');
    if (!nameNode) return;
    const name = textOf(text, nameNode);
    if (def.end - def.start > MAX_METHOD_CHARS) return;
    const p = position(starts, def.start);
    methods.push({
      owner,
      name,
      singleton: singleton || def.type === 'singleton_method',
      visibility,
      params: paramsOf(text, def),
      file,
      text: ownCopy(text.slice(def.start, def.end)),
      base: def.start,
      baseLine: p.line,
      baseCharacter: p.character,
      nesting,
      ...(fromConcern ? { fromConcern } : {}),
      words: [...new Set(text.slice(def.start, def.end).match(WORD) ?? [])],
    });
  };
  /**
   * `attr_reader :relation` declares `def relation = @relation` (and `attr_writer` its writer):
   * kept as the source they stand for, placed at the declaration.
   */
  const addAttributes = (call: RNode, kind: string, owner: string, nesting: readonly string[], singleton: boolean, visibility: MethodDecl['visibility']): void => {
    const args = child(call, 'arguments');
    const p = position(starts, call.start);
    for (const a of args ? namedChildren(args) : []) {
      const attr = symbolOrStringValue(text, a);
      if (attr === undefined || !/^[a-z_]\w*$/.test(attr)) continue;
      const sources: [string, string][] = [];
      if (kind !== 'attr_writer') sources.push([attr, `def ${attr}\n  @${attr}\nend`]);
      if (kind !== 'attr_reader') sources.push([`${attr}=`, `def ${attr}=(value)\n  @${attr} = value\nend`]);
      for (const [name, src] of sources) {
        methods.push({
          owner,
          name,
          singleton,
          visibility,
          params: name.endsWith('=') ? [{ name: 'value', kind: 'req' }] : [],
          file,
          text: src,
          base: call.start,
          baseLine: p.line,
          baseCharacter: p.character,
          nesting,
          words: [...new Set(src.match(WORD) ?? [])],
        });
      }
    }
  };
  const walk = (n: RNode, nesting: string[], owner: CodeClassDecl | undefined, singleton: boolean, fromConcern: boolean): void => {
    let visibility: MethodDecl['visibility'] = 'public';
    const privateNames = new Set<string>();
    for (const c of n.children) {
      if (c.type === 'class' || c.type === 'module') {
        const own = constantName(text, child(c, 'name'));
        if (!own) continue;
        const parent = nesting[nesting.length - 1];
        const full = own.startsWith('::') ? own.slice(2) : parent ? `${parent}::${own}` : own;
        const sup = c.type === 'class' ? child(c, 'superclass') : undefined;
        const supName = sup ? constantName(text, namedChildren(sup)[0]) : undefined;
        const decl: CodeClassDecl = { name: full, module: c.type === 'module', ...(supName ? { superclass: supName } : {}), includes: [], extends: [], file };
        classes.push(decl);
        declares.add(full);
        declares.add(full.split('::').pop()!);
        const body = child(c, 'body');
        if (body) walk(body, [...nesting, full], decl, false, false);
        continue;
      }
      if (!owner) {
        if (c.type === 'body_statement') walk(c, nesting, owner, singleton, fromConcern);
        continue;
      }
      if (c.type === 'body_statement') {
        walk(c, nesting, owner, singleton, fromConcern);
        continue;
      }
      if (c.type === 'singleton_class') {
        const body = child(c, 'body');
        if (body) walk(body, nesting, owner, true, fromConcern);
        continue;
      }
      if (c.type === 'method' || c.type === 'singleton_method') {
        addMethod(c, owner.name, nesting, singleton, visibility, fromConcern);
        continue;
      }
      if (c.type === 'identifier' && /^(private|protected|public)$/.test(textOf(text, c))) {
        visibility = textOf(text, c) as MethodDecl['visibility'];
        continue;
      }
      if (c.type !== 'call' || child(c, 'receiver')) continue;
      const method = textOf(text, child(c, 'method') ?? c);
      const args = child(c, 'arguments');
      const argv = args ? namedChildren(args) : [];
      if (method === 'attr_reader' || method === 'attr_accessor' || method === 'attr_writer') {
        addAttributes(c, method, owner.name, nesting, singleton, visibility);
      } else if (method === 'include' || method === 'extend') {
        for (const a of argv) {
          const name = constantName(text, a);
          if (name) (method === 'include' ? owner.includes : owner.extends).push(name);
        }
      } else if (/^(private|protected|public)$/.test(method)) {
        // `private def x … end`, `private attr_reader :x` or `private :x, :y`.
        for (const a of argv) {
          if (a.type === 'method' || a.type === 'singleton_method') addMethod(a, owner.name, nesting, singleton, method as MethodDecl['visibility'], fromConcern);
          else if (a.type === 'call' && !child(a, 'receiver') && /^attr_(reader|accessor|writer)$/.test(textOf(text, child(a, 'method') ?? a))) {
            addAttributes(a, textOf(text, child(a, 'method') ?? a), owner.name, nesting, singleton, method as MethodDecl['visibility']);
          } else {
            const s = symbolOrStringValue(text, a);
            if (s !== undefined && method !== 'public') privateNames.add(s);
          }
        }
        if (!argv.length) visibility = method as MethodDecl['visibility'];
      } else if (method === 'class_methods' && owner.module) {
        const block = child(c, 'block');
        const body = block ? (block.children.find((x) => x.type === 'block_body' || x.type === 'body_statement') ?? undefined) : undefined;
        if (body) walk(body, nesting, owner, true, true);
      } else if (method === 'scope') {
        const s = symbolOrStringValue(text, argv[0]);
        if (s !== undefined) declares.add(s);
      }
    }
    if (privateNames.size) {
      for (let i = 0; i < methods.length; i++) {
        const m = methods[i]!;
        if (m.owner === owner?.name && privateNames.has(m.name)) methods[i] = { ...m, visibility: 'private' };
      }
    }
  };
  walk(root, [], undefined, false, false);
  return { stamp, classes, methods, words, declares, ...(hasTree(file) ? { oldText: text } : {}) };
}
