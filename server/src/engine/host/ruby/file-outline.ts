/**
 * What one Ruby file holds for the folder index: its classes and modules, their methods
 * (parameters, visibility, source slices and positions), its words, and the names it declares;
 * after an edit, methods the edit left alone are taken over and words recounted around it.
 */
import type { ModelIndex } from './models';
import type { ParseChange } from './units';
import { child, constantName, namedChildren, symbolOrStringValue, textOf, type RNode } from './syntax';
import type { Node, Tree } from 'web-tree-sitter';
import { WORD } from './file-digest';
import { concerningBody } from './declarations';
import { countWords } from './words';
import { ModuleFunctions } from './module-functions';
import { activeModelInitialize } from './active-model-init';
import { CLASS_DECL, MAX_METHOD_CHARS, methodStamp, MODEL_HINT, type CodeClassDecl, type FileEntry, type FileOutline, type MethodDecl, type MethodParam } from './file-entry';

/**
 * A copy of a slice that does not keep the whole file alive (V8 slices point into their parent
 * string; flattening a concatenation makes a string of its own).
 */
function ownCopy(slice: string): string {
  const c = `${slice} `;
  return c.slice(0, -1);
}

export function wordsOf(text: string): Map<string, number> {
  return countWords(text);
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
  // `isolate_namespace Engine` (a Rails engine) gives its namespace a table name prefix.
  if (/\b(?:table_name_prefix|isolate_namespace)\b/.test(text)) return true;
  // A concern kept outside `models/` (`lib/`): what it declares is what its includers get.
  return /\bextend\s+ActiveSupport::Concern\b|\bdef\s+self\.included\b/.test(text) && /^\s*(?:\w+\.)?(?:has_many|has_one|belongs_to|scope)\b/m.test(text);
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

/** The previous entry's methods that an edit left alone, found by where they start now. */
interface Unchanged {
  readonly oldText: string;
  readonly shallow: (start: number, end: number) => boolean;
  readonly at: (start: number, end: number) => MethodDecl | undefined;
}

export function prevMethods(prev: FileEntry, outline: FileOutline, change: ParseChange): Unchanged | undefined {
  const delta = change.newEnd - change.oldEnd;
  const byStart = new Map<number, MethodDecl>();
  for (const m of outline.methods) byStart.set(m.base, m);
  // A method entirely before or after the edit (and every tree change) has its old text.
  const at = (start: number, end: number): MethodDecl | undefined => {
    if (!(end < change.start || start > change.newEnd)) return undefined;
    if (change.changed.some((r) => r.start < end && start < r.end)) return undefined;
    const m = byStart.get(end < change.start ? start : start - delta);
    return m && m.text.length === end - start ? m : undefined;
  };
  return { oldText: prev.text, shallow: (s, e) => at(s, e) !== undefined, at };
}

/**
 * Word counts after an edit: the words around the edit are counted again, the rest stay. With
 * `touched`, `old` itself is updated (no copy of a large file's words per keystroke) and
 * `touched` gets the previous count of every word the edit touched.
 */
export function wordsAfter(old: Map<string, number>, oldText: string, text: string, change: ParseChange, touched?: Map<string, number>): Map<string, number> {
  const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 33 || c === 63;
  let from = change.start;
  while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
  let oldTo = change.oldEnd;
  while (oldTo < oldText.length && isWordChar(oldText.charCodeAt(oldTo))) oldTo++;
  const newTo = oldTo + change.newEnd - change.oldEnd;
  const out = touched ? old : new Map(old);
  const before = (w: string): void => {
    if (touched && !touched.has(w)) touched.set(w, old.get(w) ?? 0);
  };
  for (const w of oldText.slice(from, oldTo).matchAll(WORD)) {
    before(w[0]);
    const n = (out.get(w[0]) ?? 0) - 1;
    if (n > 0) out.set(w[0], n);
    else out.delete(w[0]);
  }
  for (const w of text.slice(from, newTo).matchAll(WORD)) {
    before(w[0]);
    out.set(w[0], (out.get(w[0]) ?? 0) + 1);
  }
  return out;
}

/** Classes, modules and methods of one file. */
export function codeOf(text: string, file: string, root: RNode, since?: Unchanged): FileOutline {
  const classes: CodeClassDecl[] = [];
  const methods: MethodDecl[] = [];
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
        });
      }
    }
  };
  /**
   * Mandate's `initialize_with :solution, page: 1` declares `def initialize(solution, page: 1)`
   * setting `@solution`/`@page`, and their readers: kept as the sources they stand for.
   */
  const addInitializeWith = (call: RNode, owner: string, nesting: readonly string[]): void => {
    const args = child(call, 'arguments');
    const params: MethodParam[] = [];
    const declared: string[] = [];
    for (const a of args ? namedChildren(args) : []) {
      const pairs = a.type === 'pair' ? [a] : a.type === 'hash' ? namedChildren(a).filter((x) => x.type === 'pair') : [];
      if (!pairs.length) {
        const name = symbolOrStringValue(text, a);
        if (name === undefined || !/^[a-z_]\w*$/.test(name)) return;
        params.push({ name, kind: 'req' });
        declared.push(name);
        continue;
      }
      for (const p of pairs) {
        const name = symbolOrStringValue(text, child(p, 'key'));
        const value = child(p, 'value');
        if (name === undefined || !value || !/^[a-z_]\w*$/.test(name)) return;
        params.push({ name, kind: 'key' });
        declared.push(`${name}: ${textOf(text, value)}`);
      }
    }
    if (!params.length) return;
    const p = position(starts, call.start);
    const at = { file, base: call.start, baseLine: p.line, baseCharacter: p.character, nesting };
    const sets = params.map((x) => `  @${x.name} = ${x.name}`).join('\n');
    methods.push({ owner, name: 'initialize', singleton: false, visibility: 'public', params, text: `def initialize(${declared.join(', ')})\n${sets}\nend`, ...at });
    for (const x of params) methods.push({ owner, name: x.name, singleton: false, visibility: 'private', params: [], text: `def ${x.name}\n  @${x.name}\nend`, ...at });
  };
  const addMandateCall = (call: RNode, owner: string, nesting: readonly string[]): void => {
    const p = position(starts, call.start);
    const params: MethodParam[] = [
      { name: 'args', kind: 'rest' },
      { name: 'kwargs', kind: 'keyrest' },
    ];
    methods.push({ owner, name: 'call', singleton: true, visibility: 'public', params, text: 'def self.call(*args, **kwargs)\n  new(*args, **kwargs).call\nend', file, base: call.start, baseLine: p.line, baseCharacter: p.character, nesting });
  };
  const walk = (n: RNode, nesting: string[], owner: CodeClassDecl | undefined, singleton: boolean, fromConcern: boolean, concerning = false): void => {
    let visibility: MethodDecl['visibility'] = 'public';
    const privateNames = new Set<string>();
    // `module_function` (bare: every later `def`; with names or a `def`: those) and `extend self` make a module's
    // instance methods callable on the module itself (`Submissions.search(…)`).
    const moduleFunctions = new ModuleFunctions(owner, singleton);
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
        const body = child(c, 'body');
        if (body) walk(body, [...nesting, full], decl, false, false);
        const init = activeModelInitialize(decl, methods);
        if (init) methods.push(init);
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
        if (c.type === 'method') moduleFunctions.defined(methods.at(-1), textOf(text, child(c, 'name') ?? c));
        continue;
      }
      if (c.type === 'identifier' && textOf(text, c) === 'module_function') {
        moduleFunctions.all = true;
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
      } else if (method === 'initialize_with' && !singleton) {
        addInitializeWith(c, owner.name, nesting);
      } else if (method === 'module_function') {
        for (const a of argv) {
          if (a.type === 'method') addMethod(a, owner.name, nesting, singleton, visibility, fromConcern);
          const s = a.type === 'method' ? textOf(text, child(a, 'name') ?? a) : symbolOrStringValue(text, a);
          if (s !== undefined) moduleFunctions.names.add(s);
        }
      } else if (method === 'extend' && argv.length === 1 && argv[0]!.type === 'self') {
        moduleFunctions.extendSelf = true;
      } else if (method === 'include' || method === 'extend') {
        for (const a of argv) {
          const name = constantName(text, a);
          if (name) (method === 'include' ? owner.includes : owner.extends).push(name);
          // Mandate's `include Mandate` gives the class `def self.call(*args, **kwargs) = new(*args, **kwargs).call`.
          if (method === 'include' && name?.replace(/^::/, '') === 'Mandate' && !owner.module) addMandateCall(c, owner.name, nesting);
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
      } else if (method === 'included' && owner.module && child(c, 'block')) {
        // `included do include Sortable end`: the includer gets those modules too (its method lookup reaches them through the concern).
        const block = child(c, 'block')!;
        const body = block.children.find((x) => x.type === 'block_body' || x.type === 'body_statement');
        for (const st of body ? namedChildren(body) : []) {
          const m = st.type === 'call' && !child(st, 'receiver') ? textOf(text, child(st, 'method') ?? st) : undefined;
          if (m !== 'include' && m !== 'extend') continue;
          for (const a of namedChildren(child(st, 'arguments') ?? st)) {
            const name = constantName(text, a);
            if (name) (m === 'include' ? owner.includes : owner.extends).push(name);
          }
        }
        // The block runs as `class_eval` on the includer, so its `def x` are the includer's instance methods (Growstuff's
        // `included do def first_harvest_date … end`), kept on the concern whose includers reach them by lookup (its
        // `def self.x` are read with the concern's declarations).
        if (body && namedChildren(body).some((x) => x.type === 'method')) walkIncluded(body, nesting, owner);
      } else if (method === 'concerning' && concerningBody(text, c)) {
        // ActiveSupport's `concerning :X do … end`: a concern included on the spot, whose methods are the class's.
        walk(concerningBody(text, c)!, nesting, owner, singleton, fromConcern, true);
      } else if (method === 'class_methods' && (owner.module || concerning)) {
        const block = child(c, 'block');
        const body = block ? (block.children.find((x) => x.type === 'block_body' || x.type === 'body_statement') ?? undefined) : undefined;
        if (body) walk(body, nesting, owner, true, owner.module);
      }
    }
    methods.push(...moduleFunctions.singletonCopies(methods));
    if (privateNames.size) {
      for (let i = 0; i < methods.length; i++) {
        const m = methods[i]!;
        if (m.owner === owner?.name && privateNames.has(m.name)) methods[i] = { ...m, visibility: 'private' };
      }
    }
  };
  /** Only the instance methods (and visibility words) of an `included do` block: its other calls are the includer's declarations. */
  const walkIncluded = (body: RNode, nesting: string[], owner: CodeClassDecl): void => {
    let visibility: MethodDecl['visibility'] = 'public';
    for (const c of namedChildren(body)) {
      if (c.type === 'method') addMethod(c, owner.name, nesting, false, visibility, false);
      else if (c.type === 'identifier' && /^(private|protected|public)$/.test(textOf(text, c))) visibility = textOf(text, c) as MethodDecl['visibility'];
    }
  };
  walk(root, [], undefined, false, false);
  return { classes, methods };
}

/** Words on a changed line that can change a file's outline or digest (classes, methods, visibility, scopes). */
const STRUCTURE_WORD = /\b(?:def|end|class|module|private|protected|public|module_function|attr_reader|attr_writer|attr_accessor|initialize_with|include|extend|prepend|scope|class_methods|concerning|included|alias|alias_method)\b|=begin|=end|<<[~-]?/;

/** The changed lines of an edit, before and after (whole lines). */
export function changedLines(before: string, after: string, change: ParseChange): [string, string] {
  const from = before.lastIndexOf('\n', change.start - 1) + 1;
  let oldTo = before.indexOf('\n', change.oldEnd);
  if (oldTo < 0) oldTo = before.length;
  let newTo = after.indexOf('\n', change.newEnd);
  if (newTo < 0) newTo = after.length;
  return [before.slice(from, oldTo), after.slice(from, newTo)];
}

/** A line without its trailing comment (a `#` outside quotes and not `#{`), and that comment. */
function splitComment(line: string): [string, string] {
  let quote = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) i++;
    else if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 35 && line.charCodeAt(i + 1) !== 123) return [line.slice(0, i), line.slice(i)];
  }
  return [line, ''];
}

/** Whether an edit only changed trailing comments (and no comment that reads like structure). */
export function commentOnly(a: string, b: string): boolean {
  const x = a.split('\n').map(splitComment);
  const y = b.split('\n').map(splitComment);
  if (x.length !== y.length) return false;
  return x.every(([code, note], i) => code.trimEnd() === y[i]![0].trimEnd() && !STRUCTURE_WORD.test(note) && !STRUCTURE_WORD.test(y[i]![1]));
}

/**
 * The outline after an edit that cannot change the file's structure, without reading the tree:
 * an edit inside one method's body with no structural word on the changed lines (a keystroke in
 * a method), or one that only changed trailing comments. The method holding the edit gets its
 * new source, later methods move. Undefined otherwise (a changed line holds `def`, `end`,
 * `private`, … or the tree changed outside the method); the caller then copies the outline again.
 */
export function shiftedOutline(prev: FileOutline, before: string, text: string, change: ParseChange, methodEnd: (start: number) => number | undefined): FileOutline | undefined {
  const delta = change.newEnd - change.oldEnd;
  const [a, b] = changedLines(before, text, change);
  const comments = commentOnly(a, b);
  const m = prev.methods.find((x) => x.base < change.start && change.oldEnd < x.base + x.text.length && before.slice(x.base, x.base + x.text.length) === x.text);
  if (m) {
    const firstLineEnd = before.indexOf('\n', m.base);
    const lastLineStart = before.lastIndexOf('\n', m.base + m.text.length - 1);
    if (!comments && (firstLineEnd < 0 || change.start <= firstLineEnd || change.oldEnd > lastLineStart)) return undefined;
    if (!comments && (STRUCTURE_WORD.test(a) || STRUCTURE_WORD.test(b))) return undefined;
    const end = m.base + m.text.length + delta;
    if (end - m.base > MAX_METHOD_CHARS) return undefined;
    if (change.changed.some((r) => r.start < m.base || r.end > end)) return undefined;
    // The tree must still end the method where it should.
    if (methodEnd(m.base) !== end) return undefined;
  } else if (!comments) return undefined;
  // Between methods: none may overlap the edit.
  if (!m && prev.methods.some((x) => x.base < change.oldEnd && change.start < x.base + x.text.length)) return undefined;
  const lineOfEditEnd = before.indexOf('\n', change.oldEnd);
  let lines = 0;
  for (let i = change.start; i < change.oldEnd; i++) if (before.charCodeAt(i) === 10) lines--;
  for (let i = change.start; i < change.newEnd; i++) if (text.charCodeAt(i) === 10) lines++;
  const methods: MethodDecl[] = [];
  for (const x of prev.methods) {
    if (x === m) {
      const src = ownCopy(text.slice(m.base, m.base + m.text.length + delta));
      methods.push({ ...m, text: src });
    } else if (x.base < change.start) methods.push(x);
    else {
      // A method starting on the line where the edit ends would move sideways too.
      if (lineOfEditEnd < 0 || x.base <= lineOfEditEnd) return undefined;
      methods.push({ ...x, base: x.base + delta, baseLine: x.baseLine + lines });
    }
  }
  return { classes: prev.classes, methods };
}

/**
 * Lookup answers an outline shifted by an edit may change (see `unchangedSince`): the old stamps
 * of methods whose source or line changed, and the owners whose method sources changed.
 */
export function movedKeys(before: FileOutline, after: FileOutline): string[] {
  const out: string[] = [];
  for (let i = 0; i < after.methods.length; i++) {
    const x = before.methods[i]!;
    const y = after.methods[i]!;
    if (x === y) continue;
    if (x.text !== y.text) out.push(`s:${methodStamp(x)}`, `a:${y.owner}`);
    else if (x.baseLine !== y.baseLine) out.push(`s:${methodStamp(x)}`);
  }
  return out;
}

/** Where the tree's method (or singleton method) starting at `start` ends. */
export function methodEndAt(tree: Tree, start: number): number | undefined {
  for (let n: Node | null = tree.rootNode.descendantForIndex(start, start); n; n = n.parent) {
    if (n.startIndex !== start) return undefined;
    if (n.type === 'method' || n.type === 'singleton_method') return n.endIndex;
  }
  return undefined;
}
