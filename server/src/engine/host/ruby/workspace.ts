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
import { hasTree, keptTree, parseCached, textStamp, type ParseChange } from './units';
import { copyOutline, parseRuby, rubyReady, withTree, type RNode } from './syntax';
import { isAnalysisBug } from '../treesitter';
import { codeOf, declaresModels, methodEndAt, movedKeys, prevMethods, shiftedOutline, wordsAfter, wordsOf } from './file-outline';
import { digestOf, shiftedDigest } from './file-digest';
import { FilesByKey } from './key-files';
import { directReachNames, reachChanges, reachTransitively } from './reach';
import { EMPTY_OUTLINE, entryWords, FRAMEWORK_OWNER, isModelPath, MODEL_HINT, type CodeClassDecl, type FileEntry, type FileOutline, type MethodDecl } from './file-entry';

export type { CodeClassDecl, FileEntry, FileOutline, MethodDecl, MethodParam } from './file-entry';

let nextIndexId = 1;

export class RubyIndex implements HostIndex {
  /** Distinguishes indexes in cache keys (one per workspace folder). */
  readonly id = nextIndexId++;
  readonly models = new ModelIndex();
  private readonly files = new Map<string, FileEntry>();
  // Kept up to date file by file, so that a change costs the size of the changed file.
  private readonly byClass = new Map<string, CodeClassDecl[]>();
  private readonly methodsByOwner = new Map<string, MethodDecl[]>();
  /** Files by the last segment of the classes and modules they declare (from the digest). */
  private readonly filesByClass = new FilesByKey();
  private readonly wordTotals = new Map<string, number>();
  /** Files by the words they mention: who may depend on a class, who may call a method. */
  private readonly filesByWord = new FilesByKey();
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
  /** Counts changes of file entries; `structureSerial` is the last one that was more than a keystroke in a method body. */
  private serial = 0;
  private structureSerial = 0;
  /** Per lookup key (`m:name`, `c:word`, `a:owner`), the last change (serial) that may have changed its answer. */
  private readonly keySerial = new Map<string, number>();
  /** Per file: how many generation steps its own changes caused (see `generationExcept`). */
  private readonly bumps = new Map<string, number>();
  /** Texts of model declarations set by a check (the open document is the freshest). */
  private readonly modelTexts = new Map<string, string>();
  /** One string per distinct word of the workspace, shared by the files' word lists. */
  private readonly wordPool = new Map<string, string>();

  /** The pool's string for a word (cleared when typing has filled it with words nobody holds). */
  private pooled(w: string): string {
    const hit = this.wordPool.get(w);
    if (hit !== undefined) return hit;
    if (this.wordPool.size >= 1_000_000) this.wordPool.clear();
    this.wordPool.set(w, w);
    return w;
  }

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
   * `counts`: the new entry's word counts.
   */
  private setEntry(fileName: string, entry: FileEntry | undefined, counts?: ReadonlyMap<string, number>, wordDelta?: ReadonlyMap<string, number>, shifted?: readonly string[]): void {
    const old = this.files.get(fileName);
    // The previous counts, when every word of the file is visited (not after an edit: `wordDelta`).
    const oldCounts = old && !wordDelta ? (old.counts ?? wordsOf(old.text)) : undefined;
    const count = (m: Map<string, number>, k: string, d: number): void => {
      const n = (m.get(k) ?? 0) + d;
      if (n) m.set(k, n);
      else m.delete(k);
    };
    this.assigners.clear();
    this.serial++;
    if (!shifted || this.keySerial.size > 20000) {
      // Answers verified before a structural change are all asked again: the per-key serials are moot.
      this.structureSerial = this.serial;
      this.keySerial.clear();
    } else {
      for (const k of shifted) this.keySerial.set(k, this.serial);
      for (const w of wordDelta?.keys() ?? []) this.keySerial.set(`c:${w}`, this.serial);
    }
    if (reachChanges(this.reachCache, old, entry)) this.reachGen++;
    if (old) {
      // A digest moved by a keystroke keeps its names.
      const same = old.digest.defNames === entry?.digest.defNames;
      for (const n of same ? [] : old.digest.defNames) count(this.defTotals, n, -1);
      for (const c of old.digest.classShorts === entry?.digest.classShorts ? [] : old.digest.classShorts) {
        this.filesByClass.delete(c, fileName);
      }
      // After an edit only the words it changed are visited (`wordDelta`: their previous counts), else every old word.
      for (const w of wordDelta ? wordDelta.keys() : oldCounts!.keys()) {
        const n = wordDelta ? wordDelta.get(w)! : (oldCounts!.get(w) ?? 0);
        // A word the file did not have is counted below, with the new entry.
        if (!n) continue;
        const now = counts?.get(w) ?? 0;
        if (now !== n) count(this.wordTotals, w, now - n);
        if (!now && n) {
          this.filesByWord.delete(w, fileName);
        }
      }
      this.files.delete(fileName);
      this.directReach.delete(fileName);
    }
    if (entry) {
      this.files.set(fileName, entry);
      for (const n of old?.digest.defNames === entry.digest.defNames ? [] : entry.digest.defNames) count(this.defTotals, n, 1);
      for (const c of old?.digest.classShorts === entry.digest.classShorts ? [] : entry.digest.classShorts) {
        this.filesByClass.add(c, fileName);
      }
      for (const w of wordDelta && old ? wordDelta.keys() : entryWords(entry)) {
        const n = counts?.get(w) ?? 0;
        const was = wordDelta && old ? wordDelta.get(w)! : (oldCounts?.get(w) ?? 0);
        if (!was && n) {
          count(this.wordTotals, w, n);
          this.filesByWord.add(w, fileName);
        }
      }
    }
    this.applyOutline(fileName, old?.outline, entry?.outline);
  }

  /** Replaces a file's classes and methods in the class and owner maps. */
  private applyOutline(fileName: string, old: FileOutline | undefined, now: FileOutline | undefined): void {
    if (!old && !now) return;
    const owners = new Set<string>();
    // An outline shifted by an edit keeps its classes.
    const sameClasses = old?.classes === now?.classes;
    for (const c of sameClasses ? [] : (old?.classes ?? [])) {
      const l = this.byClass.get(c.name)?.filter((x) => x !== c);
      if (l?.length) this.byClass.set(c.name, l);
      else this.byClass.delete(c.name);
    }
    for (const m of old?.methods ?? []) owners.add(m.owner);
    for (const c of sameClasses ? [] : (now?.classes ?? [])) {
      const l = this.byClass.get(c.name);
      if (l) l.push(c);
      else this.byClass.set(c.name, [c]);
    }
    const mine = new Map<string, MethodDecl[]>();
    for (const m of now?.methods ?? []) {
      owners.add(m.owner);
      const l = mine.get(m.owner);
      if (l) l.push(m);
      else mine.set(m.owner, [m]);
    }
    // Each owner's method list: other files' methods, then this file's in order.
    for (const o of owners) {
      const had = this.methodsByOwner.get(o) ?? [];
      const l = had.every((x) => x.file === fileName) ? (mine.get(o) ?? []) : [...had.filter((x) => x.file !== fileName), ...(mine.get(o) ?? [])];
      if (l.length) this.methodsByOwner.set(o, l);
      else this.methodsByOwner.delete(o);
    }
  }

  /** A file's parsed outline, parsed now if the index held only its digest (never throws). */
  outline(fileName: string): FileOutline {
    const e = this.files.get(fileName);
    if (!e) return EMPTY_OUTLINE;
    if (!e.outline) {
      let o: FileOutline = EMPTY_OUTLINE;
      try {
        if (/\b(?:def|class|module)\b/.test(e.text)) {
          // A file just checked still has its tree.
          const kept = keptTree(fileName, e.text);
          o = kept ? codeOf(e.text, fileName, copyOutline(kept.rootNode)) : withTree(e.text, (t) => codeOf(e.text, fileName, copyOutline(t.rootNode)));
        }
      } catch (err) {
        // A file the parser cannot read has no outline; a bug of the analysis is reported (checkFile's internalError).
        if (isAnalysisBug(err)) throw err;
      }
      e.outline = o;
      this.applyOutline(fileName, undefined, o);
    }
    return e.outline;
  }

  /** Parses the files that may declare a class or module of this name (by its last segment). */
  private ensureClass(name: string): void {
    const short = name.slice(name.lastIndexOf(':') + 1);
    const files = this.filesByClass.get(short);
    if (!files) return;
    for (const f of files) if (!this.files.get(f)?.outline) this.outline(f);
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
   * over from the previous entry instead of being copied and read again. Without a tree only the
   * digest is made; the outline is parsed when a lookup first needs it.
   */
  indexText(fileName: string, text: string, tree: Tree | undefined, change?: ParseChange, knownStamp?: string): void {
    if (!rubyReady()) return;
    const stamp = knownStamp ?? stampOf(text);
    const prev = this.files.get(fileName);
    if (prev?.stamp === stamp) return;
    let entry: FileEntry;
    let words: Map<string, number>;
    let wordDelta: Map<string, number> | undefined;
    let moved: string[] | undefined;
    try {
      const incremental = tree && change && prev?.text === change.before ? change : undefined;
      // A keystroke inside a method body moves the methods after it: nothing else is read again.
      const shifted = incremental && prev?.outline ? shiftedOutline(prev.outline, prev.text, text, incremental, (start) => methodEndAt(tree!, start)) : undefined;
      const since = incremental && prev?.outline && !shifted ? prevMethods(prev, prev.outline, incremental) : undefined;
      // Only the outline is copied (method bodies stay source text until a call needs them).
      const outline = shifted ?? (!/\b(?:def|class|module)\b/.test(text) ? EMPTY_OUTLINE : tree ? codeOf(text, fileName, copyOutline(tree.rootNode, since?.shallow), since) : undefined);
      const digest = shifted && prev ? shiftedDigest(prev.digest, incremental!) : digestOf(text, (n) => this.pooled(n));
      if (shifted && prev?.outline) moved = movedKeys(prev.outline, shifted);
      const declares = shifted && prev ? prev.declares : new Set([...digest.classShorts, ...digest.scopes]);
      // Last (nothing after it throws): after an edit the previous entry's counts are updated in place,
      // and kept (the next keystroke recounts around its edit only).
      if (incremental && prev) {
        wordDelta = new Map();
        words = wordsAfter(prev.counts ?? wordsOf(prev.text), prev.text, text, incremental, wordDelta);
      } else words = wordsOf(text);
      const kept = incremental && prev ? { counts: words } : { wordList: Array.from(words.keys(), (w) => this.pooled(w)) };
      entry = { stamp, text, digest, ...kept, declares, ...(outline ? { outline } : {}) };
    } catch (e) {
      // A file the parser cannot read is skipped; a bug of the analysis is reported ("indexing failed").
      this.removeFile(fileName);
      if (isAnalysisBug(e)) throw e;
      return;
    }
    this.setEntry(fileName, entry, words, wordDelta, moved);
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

  /** Changes of file entries so far (see `unchangedSince`). */
  get changeSerial(): number {
    return this.serial;
  }

  /**
   * Whether the answers to lookups (`d:` keys of a unit result's dependencies: `m:`, `p:`, `c:`,
   * `a:`) verified at change `serial` still hold without asking again: nothing changed since but
   * keystrokes in method bodies that touched none of those names.
   */
  unchangedSince(serial: number, deps: ReadonlyMap<string, string>): boolean {
    if (this.structureSerial > serial) return false;
    for (const [k, v] of deps) {
      const kind = k.slice(0, 2);
      let norm: string;
      // Keystrokes keep which method a lookup finds; only the stamp of the one found may change.
      if (kind === 'm:') {
        if (!v) continue;
        norm = `s:${v}`;
      } else if (kind === 'a:') norm = `a:${k.slice(2, k.indexOf('|'))}`;
      else if (kind === 'c:') norm = k;
      // Which class a constant or a superclass names changes only with the structure (above).
      else if (kind === 'p:' || kind === 'u:') continue;
      else return false;
      if ((this.keySerial.get(norm) ?? 0) > serial) return false;
    }
    return true;
  }

  /** The distinct words of a file when the index holds exactly this text. */
  wordsIfHeld(fileName: string, text: string): Iterable<string> | undefined {
    const e = this.files.get(fileName);
    return e && e.text === text ? entryWords(e) : undefined;
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
      if (!other.digest.classShorts.length || other.digest.classShorts.some((c) => !FRAMEWORK_OWNER.test(c))) queue.push(g);
    };
    while (queue.length) {
      for (const n of this.declaredBy(queue.shift()!)) for (const g of this.filesByWord.get(n)) take(g);
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
    this.ensureClass(name);
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
      this.ensureClass(cur);
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
   * The SQL a constant of a class or module holds (`LAST_AT = "SELECT …".freeze`, or an SQL heredoc
   * without interpolation), read from the files declaring it; undefined when not found or not plain.
   */
  constantSql(owner: string, name: string): string | undefined {
    const full = this.resolveClass(owner, []);
    if (!full) return undefined;
    for (const d of this.classMap().get(full) ?? []) {
      const text = this.files.get(d.file)?.text;
      if (!text) continue;
      const str = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*(["'])([^"'\\\\#]*)\\1(?:\\.freeze)?[ \\t]*$`, 'm').exec(text);
      if (str) return str[2];
      const doc = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*<<[~-]?(['"]?)(\\w*SQL\\w*)\\1(?:\\.(?:squish|strip|freeze))*[ \\t]*\\n`, 'm').exec(text);
      if (!doc) continue;
      const from = doc.index + doc[0].length;
      const end = new RegExp(`^[ \\t]*${doc[2]}[ \\t]*$`, 'm').exec(text.slice(from));
      const body = end ? text.slice(from, from + end.index) : undefined;
      if (body !== undefined && !body.includes('#{')) return body;
    }
    return undefined;
  }

  /** The declared superclass of a class, resolved (for `super` and instance variables set by a base class). */
  superclassOf(cls: string): string | undefined {
    this.ensureClass(cls);
    const sup = (this.classMap().get(cls) ?? []).find((d) => d.superclass)?.superclass;
    return sup ? this.resolveClass(sup, [cls.split('::').slice(0, -1).join('::')].filter(Boolean)) : undefined;
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
      this.ensureClass(cls);
      const own = this.methodsByOwner.get(cls)?.filter((m) => m.name === name && m.singleton === singleton);
      if (own && own.length) return own[own.length - 1];
      const decls = this.classMap().get(cls) ?? [];
      const nest = [cls.split('::').slice(0, -1).join('::')].filter(Boolean);
      for (const d of decls) {
        for (const inc of [...d.includes].reverse()) {
          const m = this.resolveClass(inc, nest);
          if (!m) continue;
          // A concern's `class_methods do … end` (or its `module ClassMethods`) are class methods of the includer.
          const hit = singleton ? this.methodsByOwner.get(m)?.find((x) => x.name === name && x.singleton && x.fromConcern) : find(m);
          if (hit) return hit;
          if (singleton) {
            this.ensureClass(`${m}::ClassMethods`);
            const cm = this.methodsByOwner.get(`${m}::ClassMethods`)?.find((x) => x.name === name && !x.singleton);
            if (cm) return cm;
          }
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
   * `seeds` are identifiers that reach one too (associations leading to such a model: a helper
   * returning `current_user.notifications` reaches it as much as one naming the model).
   */
  namesReaching(base: RegExp, seeds: ReadonlySet<string> = new Set()): Set<string> {
    const key = `${base.source}\u0000${[...seeds].join(',')}\u0000${this.reachGen}`;
    if (this.reachCache?.key === key) return this.reachCache.names;
    const out = new Set<string>(seeds);
    for (const [f, e] of this.files) {
      let d = this.directReach.get(f);
      if (d?.key !== base.source) {
        d = { key: base.source, names: directReachNames(e, base) };
        this.directReach.set(f, d);
      }
      for (const n of d.names) if (n) out.add(n);
    }
    reachTransitively(out, this.files, (w) => this.filesByWord.get(w));
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
    this.ensureClass(cls);
    for (const m of this.methodsByOwner.get(cls) ?? []) if (!m.singleton && re.test(m.text)) names.add(m.name);
    const out = [...names].sort().join(',');
    this.assigners.set(key, out);
    return out;
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

  /** The modules a class includes (`include Statisticable`), resolved; own declarations only. */
  includedModules(cls: string): string[] {
    this.ensureClass(cls);
    const nest = [cls.split('::').slice(0, -1).join('::')].filter(Boolean);
    const out: string[] = [];
    for (const d of this.classMap().get(cls) ?? []) {
      for (const inc of d.includes) {
        const m = this.resolveClass(inc, nest);
        if (m && !out.includes(m)) out.push(m);
      }
    }
    return out;
  }

  /** The files that mention a word (see `subclassesDefining`). */
  filesMentioning(word: string): readonly string[] {
    return [...this.filesByWord.get(word)];
  }

  /** The texts of the files that mention a word (callers of a class or method), by file name. */
  textsMentioning(word: string): [string, string][] {
    const out: [string, string][] = [];
    for (const f of this.filesByWord.get(word)) {
      const text = this.files.get(f)?.text;
      if (text !== undefined) out.push([f, text]);
    }
    return out;
  }

  /** The methods declared in a file (the checked document's own, after `indexFile`). */
  methodsOf(fileName: string): readonly MethodDecl[] {
    return this.outline(fileName).methods;
  }

  /**
   * Whether some file of the workspace may call a method of this name: the name occurs more
   * often than it is defined. Conservative: any mention (a symbol, a comment) counts.
   */
  mayBeCalled(name: string): boolean {
    return (this.wordTotals.get(name) ?? 0) > (this.defTotals.get(name) ?? 0);
  }

  /** Whether a file where Rails keeps models (concerns included) defines a method of this name. */
  definedInModels(name: string): boolean {
    if (this.modelDefs?.serial !== this.changeSerial) {
      const names = new Set<string>();
      for (const [f, e] of this.files) if (isModelPath(f)) for (const n of e.digest.defNames) names.add(n);
      this.modelDefs = { serial: this.changeSerial, names };
    }
    return this.modelDefs.names.has(name);
  }

  private modelDefs: { serial: number; names: Set<string> } | undefined;
}

const stampOf = textStamp;
