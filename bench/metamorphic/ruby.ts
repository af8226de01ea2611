/**
 * Metamorphic transformations for ActiveRecord cases. Each rewrite keeps the statements the application sends
 * and the line where each query runs; see transform.ts.
 *
 * The rewrites are textual over conventionally formatted Rails code (a `def` closes with an `end` at its own
 * indentation). A small lexer masks strings, heredocs and comments so that names and brackets are only matched in
 * code; whatever a rewrite cannot guarantee (a block on the same line, a modifier `if`, a name also used as a method)
 * makes it skip that spot, or the case.
 */
import { closing, codeMask, lexRuby, splitTopLevel } from './ruby-lexer';
import type { CaseFiles, Transform } from './transform';

// ---------------------------------------------------------------------------------------------------------------
// Lines and methods.

interface Line {
  readonly start: number;
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const t of text.split('\n')) {
    out.push({ start, text: t });
    start += t.length + 1;
  }
  return out;
}

const indentOf = (s: string): string => /^\s*/.exec(s)![0];

/** The code of a line without its trailing comment, and the comment (with its leading spaces). */
function splitComment(line: Line, comments: ReadonlySet<number>): { code: string; comment: string } {
  for (let k = 0; k < line.text.length; k++) {
    if (comments.has(line.start + k)) {
      const code = line.text.slice(0, k).trimEnd();
      return { code, comment: line.text.slice(code.length) };
    }
  }
  return { code: line.text.trimEnd(), comment: '' };
}

interface Method {
  /** 0-based line of `def` and of its closing `end`. */
  readonly def: number;
  readonly end: number;
  readonly indent: string;
  readonly singleton: boolean;
  readonly name: string;
  /** The parameter list without its parentheses ('' for none). */
  readonly params: string;
  readonly hasParens: boolean;
}

/** Methods written `def name(params)` … `end` (the `end` at the `def`'s indentation); endless and one-line ones are left out. */
function methodsOf(lines: readonly Line[]): Method[] {
  const out: Method[] = [];
  lines.forEach((l, i) => {
    const m = /^(\s*)def (self\.)?([a-z_]\w*[?!]?)(\((.*)\))?\s*(#.*)?$/.exec(l.text);
    if (!m) return;
    const indent = m[1]!;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (t.trim() === '') continue;
      const ind = indentOf(t);
      if (ind.length < indent.length) return;
      if (ind === indent) {
        if (/^\s*end\b/.test(t)) out.push({ def: i, end: j, indent, singleton: !!m[2], name: m[3]!, params: m[5] ?? '', hasParens: !!m[4] });
        return;
      }
    }
  });
  return out;
}

/** Ruby files of a case, with a rewritten copy only for those `rewrite` changes. */
function eachRuby(files: CaseFiles, rewrite: (text: string, file: string) => string | undefined): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const [file, text] of files) {
    if (!file.endsWith('.rb')) continue;
    const next = rewrite(text, file);
    if (next !== undefined && next !== text) out.set(file, next);
  }
  return out.size > 0 ? out : undefined;
}

/** Every word used anywhere in the case's Ruby code (to pick fresh names). */
function wordsOf(files: CaseFiles): Set<string> {
  const out = new Set<string>();
  for (const [file, text] of files) if (file.endsWith('.rb')) for (const w of text.match(/\w+/g) ?? []) out.add(w);
  return out;
}

function fresh(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

/** How a method's parameters are handed on unchanged by a wrapper, or undefined when they cannot be. */
function forwardArgs(params: string): string | undefined {
  const out: string[] = [];
  for (const p of splitTopLevel(params)) {
    let m: RegExpExecArray | null;
    if ((m = /^\*\*([a-z_]\w*)$/.exec(p)) || (m = /^\*([a-z_]\w*)$/.exec(p)) || (m = /^&([a-z_]\w*)$/.exec(p))) out.push(p);
    else if ((m = /^([a-z_]\w*):(\s.*)?$/.exec(p))) out.push(`${m[1]}: ${m[1]}`);
    else if ((m = /^([a-z_]\w*)(\s*=.*)?$/.exec(p))) out.push(m[1]!);
    else return undefined;
  }
  return out.join(', ');
}

/** Names a method body reads or uses that a move or wrapper would change the meaning of. */
const CONTEXT_SENSITIVE = /\b(super|yield|block_given\?|__method__|binding|caller|local_variables)\b/;

// ---------------------------------------------------------------------------------------------------------------
// The transformations.

/**
 * `scope :name, ->(a) { body }` becomes `def self.name(a)` with the same body: a class method is callable on the
 * model, its relations and associations like the scope. Bodies that could return nil (where a scope returns `all`)
 * are left alone.
 */
function scopeAsClassMethod(text: string): string | undefined {
  const mask = codeMask(text);
  const lines = linesOf(text);
  const edits: { from: number; to: number; text: string }[] = [];
  // A scope a macro method declares (`def uses_permissions; scope :my, …`) stays: a `def self.` there would be unusual.
  const inMethod = new Set(methodsOf(lines).flatMap((m) => Array.from({ length: m.end - m.def }, (_, k) => m.def + k)));
  for (const [i, l] of lines.entries()) {
    if (inMethod.has(i)) continue;
    const m = /^(\s*)scope\s*\(?\s*:(\w+[?!]?)\s*,\s*(?:->\s*(?:\(([^)]*)\))?\s*\{|lambda\s*\{\s*(?:\|([^|]*)\|)?)/.exec(l.text);
    if (!m || !mask[l.start + m[1]!.length]) continue;
    const open = l.start + m[0].lastIndexOf('{');
    const close = closing(text, mask, open);
    if (close < 0) continue;
    const eol = text.indexOf('\n', close);
    const after = text.slice(close + 1, eol < 0 ? text.length : eol);
    const tail = /^\s*\)?\s*(#.*)?$/.exec(after);
    if (!tail || (after.trim().startsWith(')') !== l.text.slice(m[1]!.length + 5).trimStart().startsWith('('))) continue;
    const bodyText = text.slice(open + 1, close);
    const bodyCode = [...bodyText].map((c, k) => (mask[open + 1 + k] ? c : ' ')).join('');
    if (/\b(if|unless|nil|return|case|rescue|next|break)\b|\s\?\s|&&|\|\||;|\bthen\b|\bor\b|\band\b/.test(bodyCode)) continue;
    if (/\bdo\b/.test(bodyCode) && bodyText.includes('\n')) continue;
    const params = (m[3] ?? m[4] ?? '').trim();
    const ind = m[1]!;
    const comment = tail[1] ? ` ${tail[1]}` : '';
    const head = `${ind}def self.${m[2]}${params ? `(${params})` : ''}`;
    if (!bodyText.includes('\n')) {
      edits.push({ from: l.start, to: eol < 0 ? text.length : eol, text: `${head}\n${ind}  ${bodyText.trim()}${comment}\n${ind}end` });
    } else {
      // A body over several lines keeps its lines; `}` becomes `end` (on a line of its own when it stood alone).
      const lastNl = text.lastIndexOf('\n', close);
      const closeAlone = text.slice(lastNl + 1, close).trim() === '';
      const first = bodyText.slice(0, bodyText.indexOf('\n')).trim();
      if (first !== '') continue;
      edits.push({ from: close, to: eol < 0 ? text.length : eol, text: closeAlone ? `end${comment}` : `${comment}\n${ind}end` });
      edits.push({ from: l.start, to: open + 1, text: head });
    }
  }
  return applyEdits(text, edits);
}

function applyEdits(text: string, edits: readonly { from: number; to: number; text: string }[]): string | undefined {
  if (edits.length === 0) return undefined;
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/**
 * A class method `def self.name(params)` becomes a wrapper handing its parameters unchanged to
 * `def self.name_uncached(params)`, which holds the original body: one more pass-through layer, as a memoising or
 * instrumenting wrapper adds.
 */
function passThrough(singleton: boolean, text: string, file: string, taken: Set<string>): string | undefined {
  const lines = linesOf(text);
  const mask = codeMask(text);
  // Public controller actions keep their body: Rails runs them by name.
  const controller = /(^|\/)app\/controllers\//.test(file);
  const firstPrivate = lines.findIndex((l) => /^\s*(private|protected)\s*$/.test(l.text));
  const edits: { from: number; to: number; text: string }[] = [];
  for (const m of methodsOf(lines)) {
    if (m.singleton !== singleton) continue;
    if (!singleton && (m.name === 'initialize' || m.name.startsWith('respond_to') || m.name === 'method_missing')) continue;
    if (!singleton && controller && (firstPrivate < 0 || m.def < firstPrivate)) continue;
    const body = lines.slice(m.def + 1, m.end).map((l) => l.text).join('\n');
    const bodyStart = lines[m.def + 1]?.start ?? 0;
    const bodyCode = [...body].map((c, k) => (mask[bodyStart + k] ? c : ' ')).join('');
    if (CONTEXT_SENSITIVE.test(bodyCode)) continue;
    const args = forwardArgs(m.params);
    if (args === undefined) continue;
    const bare = m.name.replace(/[?!]$/, '');
    const inner = `${fresh(`${bare}_uncached`, taken)}${m.name.slice(bare.length)}`;
    const self = singleton ? 'self.' : '';
    const sig = m.hasParens ? `(${m.params})` : '';
    const def = lines[m.def]!;
    const wrapper = `${m.indent}def ${self}${m.name}${sig}\n${m.indent}  ${inner}${args ? `(${args})` : ''}\n${m.indent}end\n\n`;
    edits.push({ from: def.start, to: def.start, text: wrapper });
    const at = def.start + def.text.indexOf(`${self}${m.name}`) + self.length;
    edits.push({ from: at, to: at + m.name.length, text: inner });
  }
  return applyEdits(text, edits);
}

/** Words Ruby code may not rename (keywords, pseudo-variables, Rails request methods). */
const RESERVED = new Set(['self', 'nil', 'true', 'false', 'params', 'request', 'session', 'response', 'it', '_', 'end', 'do', 'if', 'then', 'else', 'new', 'not', 'and', 'or', 'in']);

/**
 * Renames, method by method, positional parameters, locals and block parameters (`rel` → `local_rel`). A name is
 * only renamed where every use is certainly that variable: none in a string, none before its first assignment, none
 * outside the block that declares it, none as a call with parentheses or a `name:` shorthand.
 */
function renameLocals(text: string, taken: Set<string>): string | undefined {
  const lines = linesOf(text);
  const lex = lexRuby(text);
  const mask = lex.code;
  const comments = new Set(lex.comments);
  const edits: { from: number; to: number; text: string }[] = [];
  const commentAt = lines.map((l) => l.start + splitComment(l, comments).code.length);
  for (const m of methodsOf(lines)) {
    const from = lines[m.def]!.start;
    const to = lines[m.end]!.start;
    const code = [...text.slice(from, to)].map((c, k) => (mask[from + k] ? c : ' ')).join('');
    if (CONTEXT_SENSITIVE.test(code) || /\beval\b/.test(code)) continue;
    // Candidates: positional parameters, assigned locals, block parameters (with the lines they are visible on).
    const params = splitTopLevel(m.params).flatMap((p) => /^[*&]{0,2}([a-z_]\w*)(\s*=.*)?$/.exec(p)?.[1] ?? []);
    const scopes = new Map<string, { first: number; last: number; param: boolean }[]>();
    const add = (name: string, first: number, last: number, param: boolean): void => {
      if (RESERVED.has(name)) return;
      scopes.set(name, [...(scopes.get(name) ?? []), { first, last, param }]);
    };
    for (const p of params) add(p, m.def, m.end, true);
    for (let i = m.def + 1; i < m.end; i++) {
      const t = lines[i]!.text;
      const a = /^(\s*)([a-z_]\w*)\s*(\|\||\+|-|\*)?=(?![=~>])/.exec(t);
      if (a && mask[lines[i]!.start + a[1]!.length]) add(a[2]!, i, m.end, false);
      for (const b of t.matchAll(/(\{|\bdo)\s*\|([^|]*)\|/g)) {
        if (!mask[lines[i]!.start + b.index]) continue;
        const names = b[2]!.split(',').map((n) => n.trim().replace(/^[*&(]+|\)+$/g, ''));
        let last = i;
        if (b[1] === 'do') {
          const ind = indentOf(t);
          last = lines.findIndex((l, j) => j > i && indentOf(l.text) === ind && /^\s*end\b/.test(l.text));
          if (last < 0) continue;
        } else if (closing(text, mask, lines[i]!.start + b.index) > lines[i]!.start + t.length) continue;
        for (const n of names) if (/^[a-z_]\w*$/.test(n)) add(n, i, last, true);
      }
    }
    for (const [name, decls] of scopes) {
      // A name after one dot is a method call; after a range's `..` or `...` it is the variable.
      const word = new RegExp(`(?<![\\w@$:?!])(?<!(?:^|[^.])\\.)${name}(?![\\w?!])`, 'g');
      const uses: { at: number; line: number }[] = [];
      let ok = true;
      for (let i = m.def; i <= m.end && ok; i++) {
        const l = lines[i]!;
        for (const u of l.text.matchAll(word)) {
          const at = l.start + u.index;
          if (at >= commentAt[i]!) continue;
          const after = l.text.slice(u.index + name.length);
          const before = l.text.slice(0, u.index);
          if (!mask[at] || after.startsWith('(') || /^:(?!:)/.test(after) || /&\s*$/.test(before)) ok = false;
          else if (i === m.def && !params.includes(name)) ok = false;
          else uses.push({ at, line: i });
        }
      }
      // Every use lies where one of its declarations makes it a variable: after a local's first assignment and not
      // in a shallower line (a block's end), or inside a block parameter's block.
      const firstLocal = decls.find((d) => !d.param);
      const ind = firstLocal ? indentOf(lines[firstLocal.first]!.text).length : 0;
      const covered = (u: { line: number }): boolean =>
        decls.some((d) => d.param && u.line >= d.first && u.line <= d.last) ||
        (!!firstLocal && u.line >= firstLocal.first && (lines[u.line]!.text.trim() === '' || indentOf(lines[u.line]!.text).length >= ind));
      if (!ok || uses.length === 0 || !uses.every(covered)) continue;
      const renamed = fresh(`local_${name}`, taken);
      for (const u of uses) edits.push({ from: u.at, to: u.at + name.length, text: renamed });
    }
  }
  return applyEdits(text, edits);
}

/** The previous line with code (comments and blank lines skipped), or undefined. */
function previousCode(lines: readonly Line[], i: number, comments: ReadonlySet<number>): string | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const c = splitComment(lines[j]!, comments).code.trim();
    if (c !== '') return c;
  }
  return undefined;
}

/** Line `i` starts a statement: the line above ends one (or opens a block) and this one does not continue a chain. */
function startsStatement(lines: readonly Line[], i: number, comments: ReadonlySet<number>): boolean {
  const prev = previousCode(lines, i, comments);
  const code = splitComment(lines[i]!, comments).code.trim();
  if (/^(\.|&\.|\)|\]|\}|when\b|elsif\b|else\b|if\b|unless\b|while\b|until\b|case\b|rescue\b|ensure\b|in\b)/.test(code)) return false;
  if (prev === undefined) return true;
  if (/(\bdo|\{)\s*\|[^|]*\|$/.test(prev) || /\b(do|then|else|begin)$/.test(prev)) return true;
  return !/([.,(\[{|&+\-*/=\\<>?:]|\b(and|or|not)|\bdo)$/.test(prev);
}

/** Code of `text[from, to)` with strings and comments blanked. */
function codeOf(text: string, mask: readonly boolean[], from: number, to: number): string {
  return [...text.slice(from, to)].map((c, k) => (mask[from + k] ? c : ' ')).join('');
}

/** Hazards on a line that make evaluating part of it one statement earlier change what it does. */
const EARLY_HAZARD = /\{\s*\||\bdo\b|->|\blambda\b|\s(if|unless|while|until|rescue|and|or)\s|\s\?\s|&&|\|\||\byield\b/;

/**
 * `rel.where(a: x, b: y)` (or `find_by`) in a method becomes `conditions = { a: x, b: y }` on the line above and
 * `rel.where(conditions)`: the same hash reaches the same call.
 */
function hashInLocal(text: string, taken: Set<string>): string | undefined {
  const lines = linesOf(text);
  const lex = lexRuby(text);
  const mask = lex.code;
  const comments = new Set(lex.comments);
  const inMethod = new Set(methodsOf(lines).flatMap((m) => Array.from({ length: m.end - m.def - 1 }, (_, k) => m.def + 1 + k)));
  const edits: { from: number; to: number; text: string }[] = [];
  lines.forEach((l, i) => {
    if (!inMethod.has(i) || !startsStatement(lines, i, comments)) return;
    const code = codeOf(text, mask, l.start, l.start + splitComment(l, comments).code.length);
    if (EARLY_HAZARD.test(code) || /<<[~-]?['"]?[A-Z]/.test(code)) return;
    const m = /\.(where(?:\.not)?|find_by!?|rewhere)\(/.exec(code);
    if (!m) return;
    const open = l.start + m.index + m[0].length - 1;
    const close = closing(text, mask, open);
    if (close < 0 || close > l.start + l.text.length) return;
    const args = text.slice(open + 1, close);
    const parts = splitTopLevel(args);
    if (parts.length === 0 || !parts.every((p) => /^[a-z_]\w*:\s+\S/.test(p)) || /[^=!<>]=[^=~>]/.test(codeOf(text, mask, open + 1, close))) return;
    const name = fresh('conditions', taken);
    edits.push({ from: open + 1, to: close, text: name });
    edits.push({ from: l.start, to: l.start, text: `${indentOf(l.text)}${name} = { ${parts.join(', ')} }\n` });
  });
  return applyEdits(text, edits);
}

/**
 * A one-line chain `a.b(x).c(y).d` on a labelled line is written one call per line with leading dots (the label
 * stays on the last line): the same calls on the same receiver.
 */
function splitChains(text: string): string | undefined {
  const lines = linesOf(text);
  const lex = lexRuby(text);
  const mask = lex.code;
  const comments = new Set(lex.comments);
  const edits: { from: number; to: number; text: string }[] = [];
  for (const l of lines) {
    if (!/#\s*expect(-also)?:/.test(l.text)) continue;
    const { code } = splitComment(l, comments);
    const masked = codeOf(text, mask, l.start, l.start + code.length);
    if (/<<[~-]?['"]?[A-Z]|&&|\|\||\s\?\s|\s(and|or|rescue)\s|&\./.test(masked)) continue;
    const dots: number[] = [];
    let depth = 0;
    let balanced = true;
    for (let k = 0; k < masked.length; k++) {
      const ch = masked[k]!;
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
      if (depth < 0) balanced = false;
      if (ch === '.' && depth === 0 && masked[k - 1] !== '.' && masked[k + 1] !== '.' && /[a-z_]/.test(masked[k + 1] ?? '') && /[\w)\]}?!]/.test(masked[k - 1] ?? '')) {
        if (/\d/.test(masked[k - 1]!)) balanced = false;
        dots.push(k);
      }
    }
    if (!balanced || depth !== 0 || dots.length < 2) continue;
    const ind = `${indentOf(l.text)}  `;
    for (const k of dots.slice(1)) edits.push({ from: l.start + k, to: l.start + k, text: `\n${ind}` });
  }
  return applyEdits(text, edits);
}

/** Constants a model file defines itself (a moved body could no longer see them lexically). */
function ownConstants(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*(?:([A-Z]\w*)\s*=|(?:class|module)\s+([A-Z]\w*))/gm)].map((m) => m[1] ?? m[2]!));
}

/**
 * The scopes (or the class methods) of a top-level model file move to a concern `app/models/concerns/<model>_…rb`
 * that the model includes where the first one stood: scopes in `included do`, class methods in `class_methods do`.
 * Rails autoloads the concern; the methods are defined on the same class.
 */
function toConcern(files: CaseFiles, kind: 'scopes' | 'class-methods'): Map<string, string> | undefined {
  const taken = wordsOf(files);
  const out = new Map<string, string>();
  for (const [file, text] of files) {
    const fm = /^(.*\/)?app\/models\/(\w+)\.rb$/.exec(file);
    if (!fm) continue;
    const lines = linesOf(text);
    const lex = lexRuby(text);
    const cls = lines.findIndex((l) => /^class [A-Z]\w* < /.test(l.text));
    if (cls < 0 || /^\s*(private_class_method|class << self)/m.test(text)) continue;
    const own = ownConstants(text);
    own.delete(/^class ([A-Z]\w*)/.exec(lines[cls]!.text)![1]!);
    // Statements at the class body's level: scopes (to their closing bracket) or `def self.` methods (to their `end`).
    const moved: { first: number; last: number }[] = [];
    if (kind === 'scopes') {
      lines.forEach((l, i) => {
        if (!/^ {2}scope\s*\(?\s*:/.test(l.text)) return;
        const open = text.indexOf('{', l.start);
        const close = open >= 0 && lex.code[open] ? closing(text, lex.code, open) : -1;
        if (close < 0) return;
        const last = linesOf(text.slice(0, close)).length - 1;
        if (!/^\s*\)?\s*(#.*)?$/.test(lines[last]!.text.slice(close - lines[last]!.start + 1)) || /\bdo\s*(\|.*\|)?\s*(#.*)?$/.test(lines[last]!.text)) return;
        moved.push({ first: i, last });
      });
    } else {
      for (const m of methodsOf(lines)) if (m.singleton && m.indent === '  ') moved.push({ first: m.def, last: m.end });
    }
    if (moved.length === 0) continue;
    const body = moved.map((r) => lines.slice(r.first, r.last + 1).map((l) => l.text).join('\n'));
    const used = new Set(body.flatMap((b) => [...codeOf(b, codeMask(b), 0, b.length).matchAll(/\b[A-Z]\w*/g)].map((m) => m[0])));
    if ([...used].some((c) => own.has(c)) || body.some((b) => CONTEXT_SENSITIVE.test(b))) continue;
    const camel = fm[2]!.replace(/(^|_)([a-z\d])/g, (_, __, c: string) => c.toUpperCase());
    const suffix = kind === 'scopes' ? 'Scopes' : 'Queries';
    const mod = fresh(`${camel}${suffix}`, taken);
    const modFile = `${fm[1] ?? ''}app/models/concerns/${mod.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase()}.rb`;
    if (files.has(modFile)) continue;
    const block = kind === 'scopes' ? 'included do' : 'class_methods do';
    const reindent = (b: string): string =>
      b
        .split('\n')
        .map((t) => (t.trim() === '' ? '' : `  ${kind === 'scopes' ? t : t.replace(/^(\s*def )self\./, '$1')}`))
        .join('\n');
    out.set(modFile, `module ${mod}\n  extend ActiveSupport::Concern\n\n  ${block}\n${body.map(reindent).join('\n\n')}\n  end\nend\n`);
    const keep: string[] = [];
    lines.forEach((l, i) => {
      if (i === moved[0]!.first) keep.push(`  include ${mod}`);
      if (!moved.some((r) => i >= r.first && i <= r.last)) keep.push(l.text);
    });
    out.set(file, keep.join('\n'));
  }
  return out.size > 0 ? out : undefined;
}

export const RUBY: readonly Transform[] = [
  {
    name: 'rb-hash-conditions-in-local',
    orms: ['activerecord'],
    description: 'Moves the hash of a one-line `where(a: x)`/`find_by(a: x)` statement into a local assigned on the line above: the same hash reaches the same call.',
    apply: (files) => {
      const taken = wordsOf(files);
      return eachRuby(files, (text) => hashInLocal(text, taken));
    },
  },
  {
    name: 'rb-chain-per-line',
    orms: ['activerecord'],
    description: 'Writes a labelled one-line method chain one call per line with leading dots; the label stays on the last line.',
    apply: (files) => eachRuby(files, (text) => splitChains(text)),
  },
  {
    name: 'rb-scopes-to-concern',
    orms: ['activerecord'],
    description: "Moves a model's scopes into `included do` of a concern under app/models/concerns that the model includes where they stood.",
    apply: (files) => toConcern(files, 'scopes'),
  },
  {
    name: 'rb-class-methods-to-concern',
    orms: ['activerecord'],
    description: "Moves a model's `def self.` methods into `class_methods do` of a concern under app/models/concerns that the model includes.",
    apply: (files) => toConcern(files, 'class-methods'),
  },
  {
    name: 'rb-rename-locals',
    orms: ['activerecord'],
    description: 'Renames positional parameters, locals and block parameters of every method where each use is certainly that variable: the code computes the same values.',
    apply: (files) => {
      const taken = wordsOf(files);
      return eachRuby(files, (text) => renameLocals(text, taken));
    },
  },
  {
    name: 'rb-scope-as-class-method',
    orms: ['activerecord'],
    description: 'Rewrites `scope :x, ->(a) { body }` as `def self.x(a) body end`: Rails runs the same body for the model, its relations and associations.',
    apply: (files) => eachRuby(files, (text) => scopeAsClassMethod(text)),
  },
  {
    name: 'rb-class-method-pass-through',
    orms: ['activerecord'],
    description: 'Wraps each `def self.x(params)` in a method of the same name that hands its parameters unchanged to the original body, renamed `x_uncached`.',
    apply: (files) => {
      const taken = wordsOf(files);
      return eachRuby(files, (text, file) => passThrough(true, text, file, taken));
    },
  },
  {
    name: 'rb-instance-method-pass-through',
    orms: ['activerecord'],
    description: 'Wraps each instance method (not a public controller action, not `initialize`) in a method of the same name that hands its parameters unchanged to the original body.',
    apply: (files) => {
      const taken = wordsOf(files);
      return eachRuby(files, (text, file) => passThrough(false, text, file, taken));
    },
  },
];
