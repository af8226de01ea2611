/**
 * A small Python tokenizer for the Django metamorphic rewrites (bench/metamorphic/django.ts): names
 * outside strings and comments with their bracket depth, text edits applied back to front, and the
 * `def`s of a module with their parameters. Split from django.ts to keep that module about rewrites.
 */
export interface Tok {
  readonly kind: 'name' | 'str' | 'comment' | 'op' | 'num';
  readonly s: number;
  readonly e: number;
  readonly text: string;
  /** Bracket depth before the token. */
  readonly depth: number;
  /** True for an f-string. */
  readonly f?: boolean;
}

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      const e = text.indexOf('\n', i);
      const end = e < 0 ? text.length : e;
      out.push({ kind: 'comment', s: i, e: end, text: text.slice(i, end), depth });
      i = end;
      continue;
    }
    const str = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(text.slice(i, i + 5));
    if (str && (str[1] === '' || !/\w/.test(text[i - 1] ?? ''))) {
      const q = str[2]!;
      let j = i + str[0].length;
      while (j < text.length && !text.startsWith(q, j)) j += text[j] === '\\' ? 2 : 1;
      j = Math.min(text.length, j + q.length);
      out.push({ kind: 'str', s: i, e: j, text: text.slice(i, j), depth, f: /f/i.test(str[1]!) });
      i = j;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 200));
    if (name) {
      out.push({ kind: 'name', s: i, e: i + name[0].length, text: name[0], depth });
      i += name[0].length;
      continue;
    }
    const num = /^\d[\w.]*/.exec(text.slice(i, i + 60));
    if (num) {
      out.push({ kind: 'num', s: i, e: i + num[0].length, text: num[0], depth });
      i += num[0].length;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const op = /^(\*\*|==|!=|<=|>=|:=|->|\.)/.exec(text.slice(i, i + 2))?.[0] ?? c;
    if ('([{'.includes(c)) out.push({ kind: 'op', s: i, e: i + 1, text: c, depth: depth++ });
    else if (')]}'.includes(c)) out.push({ kind: 'op', s: i, e: i + 1, text: c, depth: (depth = Math.max(0, depth - 1)) });
    else out.push({ kind: 'op', s: i, e: i + op.length, text: op, depth });
    i += op.length;
  }
  return out;
}

export interface Edit {
  readonly s: number;
  readonly e: number;
  readonly text: string;
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  let last = Infinity;
  for (const ed of sorted) {
    if (ed.e > last) throw new Error('overlapping edits');
    out = out.slice(0, ed.s) + ed.text + out.slice(ed.e);
    last = ed.s;
  }
  return out;
}

/** The index of the bracket closing the one at `open`. */
export function closing(toks: readonly Tok[], open: number): number {
  const d = toks[open]!.depth;
  for (let k = open + 1; k < toks.length; k++) if (toks[k]!.kind === 'op' && ')]}'.includes(toks[k]!.text) && toks[k]!.depth === d) return k;
  return -1;
}

/** Top-level comma-separated parts between brackets `open` and `close` (token index ranges). */
export function parts(toks: readonly Tok[], open: number, close: number): [number, number][] {
  const out: [number, number][] = [];
  const d = toks[open]!.depth + 1;
  let s = open + 1;
  for (let k = open + 1; k <= close; k++) {
    const t = toks[k]!;
    if (k === close || (t.kind === 'op' && t.text === ',' && t.depth === d)) {
      const real = toks.slice(s, k).filter((x) => x.kind !== 'comment');
      if (real.length > 0) out.push([s, k]);
      s = k + 1;
    }
  }
  return out;
}

export const prevCode = (toks: readonly Tok[], k: number): Tok | undefined => {
  for (let j = k - 1; j >= 0; j--) if (toks[j]!.kind !== 'comment') return toks[j];
  return undefined;
};
export const nextCode = (toks: readonly Tok[], k: number): Tok | undefined => {
  for (let j = k + 1; j < toks.length; j++) if (toks[j]!.kind !== 'comment') return toks[j];
  return undefined;
};

/** A name token that reads a variable: not an attribute, not a keyword argument, not a def/class name. */
export function isReference(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.kind !== 'name') return false;
  const p = prevCode(toks, k);
  if (p && ((p.kind === 'op' && p.text === '.') || (p.kind === 'name' && ['def', 'class', 'import', 'as', 'global', 'nonlocal'].includes(p.text)))) return false;
  const n = nextCode(toks, k);
  if (n && n.kind === 'op' && n.text === '=' && t.depth > 0) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Lines, functions, imports

export const lineStart = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;
export const indentAt = (text: string, pos: number): string => /^[ \t]*/.exec(text.slice(lineStart(text, pos)))![0];

/** Offsets where a logical line starts inside a string or brackets (continuations). */
export function continuationStarts(text: string, toks: readonly Tok[]): Set<number> {
  const out = new Set<number>();
  const newlines = (s: number, e: number): void => {
    for (let p = text.indexOf('\n', s); p >= 0 && p < e; p = text.indexOf('\n', p + 1)) out.add(p + 1);
  };
  toks.forEach((t, k) => {
    if (t.kind === 'str') newlines(t.s, t.e);
    const after = t.kind === 'op' && '([{'.includes(t.text) ? t.depth + 1 : t.depth;
    if (after > 0) newlines(t.e, toks[k + 1]?.s ?? text.length);
  });
  for (let p = text.indexOf('\\\n'); p >= 0; p = text.indexOf('\\\n', p + 1)) out.add(p + 2);
  return out;
}

export interface Def {
  readonly name: string;
  readonly nameTok: number;
  /** Offset of the line of `def` (or of its first decorator). */
  readonly start: number;
  readonly defLine: number;
  readonly end: number;
  readonly indent: string;
  readonly decorated: boolean;
  readonly isAsync: boolean;
  readonly open: number;
  readonly close: number;
  readonly params: readonly Param[];
}

export interface Param {
  readonly name: string;
  readonly tok: number;
  readonly kind: 'pos' | 'kwonly' | 'star' | 'dstar';
}

export function defsOf(text: string, toks: readonly Tok[]): Def[] {
  const cont = continuationStarts(text, toks);
  const out: Def[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'name' || t.text !== 'def' || t.depth > 0) continue;
    const before = text.slice(lineStart(text, t.s), t.s).trim();
    if (before !== '' && before !== 'async') continue;
    const nameTok = k + 1;
    const open = k + 2;
    if (toks[open]?.text !== '(') continue;
    const close = closing(toks, open);
    if (close < 0) continue;
    const indent = indentAt(text, t.s);
    const defLine = lineStart(text, t.s);
    let start = defLine;
    let decorated = false;
    for (;;) {
      const prevLine = lineStart(text, start - 1);
      if (start === 0 || !text.slice(prevLine, start).trimStart().startsWith('@')) break;
      start = prevLine;
      decorated = true;
    }
    let end = text.length;
    for (let p = text.indexOf('\n', toks[close]!.e); p >= 0 && p + 1 < text.length; p = text.indexOf('\n', p + 1)) {
      const ls = p + 1;
      const line = text.slice(ls, text.indexOf('\n', ls) < 0 ? text.length : text.indexOf('\n', ls));
      if (line.trim() === '' || cont.has(ls) || line.trimStart().startsWith('#')) continue;
      if (/^[ \t]*/.exec(line)![0].length <= indent.length) {
        end = ls;
        break;
      }
    }
    // Blank and comment lines before the next statement belong to the gap, not to the function.
    while (end > defLine && /\n[ \t]*(#[^\n]*)?\n$/.test(text.slice(Math.max(0, end - 400), end))) end = lineStart(text, end - 1);
    const params: Param[] = [];
    let kwonly = false;
    for (const [a, b] of parts(toks, open, close)) {
      const first = toks[a]!;
      if (first.text === '*' && (b - a === 1 || toks[a + 1]!.text === ',')) {
        kwonly = true;
        continue;
      }
      if (first.text === '/') continue;
      if (first.text === '*' || first.text === '**') {
        const n = toks[a + 1]!;
        params.push({ name: n.text, tok: a + 1, kind: first.text === '*' ? 'star' : 'dstar' });
        if (first.text === '*') kwonly = true;
        continue;
      }
      params.push({ name: first.text, tok: a, kind: kwonly ? 'kwonly' : 'pos' });
    }
    out.push({ name: toks[nameTok]!.text, nameTok, start, defLine, end, indent, decorated, isAsync: before === 'async', open, close, params });
  }
  return out;
}
