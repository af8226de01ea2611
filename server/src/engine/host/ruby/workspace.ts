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
import { declarationsOf } from './declarations';
import { ModelIndex } from './models';
import type { Tree } from 'web-tree-sitter';
import { hasTree, parseCached, textStamp, type ParseChange } from './units';
import { copyOutline, parseRuby, rubyReady, withTree, type RNode } from './syntax';
import { codeOf, declaresModels, ivarsOf, prevMethods, wordsAfter, wordsOf } from './file-outline';

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

export interface FileEntry {
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

export const MODEL_HINT = /\bclass\s+[A-Z][\w:]*\s*<|\bmodule\s+[A-Z]/;
export const CLASS_DECL = /\bclass\s+([A-Z][\w:]*)\s*<\s*((?:::)?[A-Z][\w:]*)/g;
export const WORD = /[A-Za-z_][A-Za-z0-9_]*[?!]?/g;
export const IVAR_ASSIGNMENT = /@([A-Za-z_]\w*)\s*(?:\|\|)?=(?![=~>])/g;
/** Methods longer than this are not kept (relations are built in short methods). */
export const MAX_METHOD_CHARS = 6000;

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
