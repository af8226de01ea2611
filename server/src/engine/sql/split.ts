/**
 * Splits SQL text into statements at top-level semicolons without the parser, so that one
 * broken statement (half-typed, unterminated quote) never hides the others. Follows psql's
 * rules where they matter for real files: quotes, E'' strings, dollar quoting, line and
 * nested block comments, `BEGIN ATOMIC … END` bodies of SQL-standard functions, semicolons
 * inside the parentheses of `CREATE RULE … DO (…; …)`, psql meta-commands (`\connect`) and the
 * data lines that follow `COPY … FROM stdin;` up to `\.` (pg_dump output). Never throws and
 * runs in linear time; unterminated constructs simply run to the end of the text.
 */

export interface StatementPiece {
  /** Offset of the statement's first non-blank, non-comment character in the split text. */
  readonly start: number;
  /** The statement text, without the terminating `;`. */
  readonly text: string;
}

/** What the splitter remembers about the statement being read (psql's heuristics). */
interface StatementState {
  /** First letters of the statement's leading words when they are create/or/replace/function/procedure/rule. */
  readonly heads: string[];
  words: number;
  beginDepth: number;
  parenDepth: number;
  /** `COPY … FROM stdin`: data lines follow the statement. */
  copyFromStdin: boolean;
  firstWord: string;
  lastWord: string;
}

const HEAD_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure', 'rule']);

function freshState(): StatementState {
  return { heads: [], words: 0, beginDepth: 0, parenDepth: 0, copyFromStdin: false, firstWord: '', lastWord: '' };
}

export function splitStatements(text: string): StatementPiece[] {
  const out: StatementPiece[] = [];
  splitFrom(text, 0, false, out);
  return out;
}

/**
 * Splits `text` from offset `i` into `out`. When a `BEGIN ATOMIC` body or a rule's
 * parentheses are still open at the end (someone is typing), the statement is cut at its
 * first inner semicolon and the rest is split again without those two heuristics (`lenient`),
 * so the statements after it stay visible; one such retry keeps the whole split linear.
 */
function splitFrom(text: string, i: number, lenient: boolean, out: StatementPiece[]): void {
  const n = text.length;
  let stmtStart = -1;
  let st = freshState();
  /** First semicolon that the BEGIN/rule heuristics kept inside the current statement. */
  let innerSemi = -1;
  const push = (end: number): void => {
    if (stmtStart >= 0) {
      let e = end;
      while (e > stmtStart && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > stmtStart) out.push({ start: stmtStart, text: text.slice(stmtStart, e) });
    }
    stmtStart = -1;
    st = freshState();
    innerSemi = -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      i = skipBlockComment(text, i);
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 92 /* \ */) {
      // A psql meta-command runs to the end of its line and is not SQL: it ends the statement.
      push(i);
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === 59 /* ; */) {
      if (!lenient && (st.beginDepth > 0 || (st.parenDepth > 0 && isRule(st)))) {
        if (innerSemi < 0) innerSemi = i;
        i++;
        continue;
      }
      const copy = st.copyFromStdin;
      push(i);
      i++;
      if (copy) i = skipCopyData(text, i);
      continue;
    }
    if (stmtStart < 0) stmtStart = i;
    if (c === 39 /* ' */) {
      i = skipQuoted(text, i + 1, "'", false);
      continue;
    }
    if (c === 34 /* " */) {
      i = skipQuoted(text, i + 1, '"', false);
      continue;
    }
    if (c === 36 /* $ */) {
      const end = dollarQuoteEnd(text, i);
      i = end ?? i + 1;
      continue;
    }
    if (c === 40 /* ( */) st.parenDepth++;
    else if (c === 41 /* ) */) st.parenDepth = Math.max(0, st.parenDepth - 1);
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdent(text.charCodeAt(j))) j++;
      const len = j - i;
      if (len === 1 && (c === 69 || c === 101) /* E e */ && text.charCodeAt(j) === 39) {
        i = skipQuoted(text, j + 1, "'", true);
        continue;
      }
      // Only short words matter to the heuristics (create, function, begin, stdin …).
      if (len <= 9) noteWord(st, text.slice(i, j).toLowerCase());
      else st.words++;
      i = j;
      continue;
    }
    if (c >= 48 && c <= 57) {
      // Numbers (with exponents or trailing junk) never start a word.
      while (i < n && isIdent(text.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  if (innerSemi >= 0 && (st.beginDepth > 0 || st.parenDepth > 0)) {
    const cut = innerSemi;
    push(cut);
    splitFrom(text, cut + 1, true, out);
    return;
  }
  push(n);
}

function noteWord(st: StatementState, word: string): void {
  if (st.words === 0) st.firstWord = word;
  if (st.words < 4 && HEAD_WORDS.has(word)) st.heads[st.words] = word;
  st.words++;
  if (st.firstWord === 'copy' && word === 'stdin' && st.lastWord === 'from') st.copyFromStdin = true;
  st.lastWord = word;
  // psql's heuristic: inside CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN … END (and CASE … END
  // within it) nest, and semicolons inside do not end the statement.
  if (st.parenDepth === 0 && isRoutine(st)) {
    if (word === 'begin') st.beginDepth++;
    else if (word === 'case' && st.beginDepth > 0) st.beginDepth++;
    else if (word === 'end' && st.beginDepth > 0) st.beginDepth--;
  }
}

function isRoutine(st: StatementState): boolean {
  const h = st.heads;
  if (h[0] !== 'create') return false;
  if (h[1] === 'function' || h[1] === 'procedure') return true;
  return h[1] === 'or' && h[2] === 'replace' && (h[3] === 'function' || h[3] === 'procedure');
}

function isRule(st: StatementState): boolean {
  const h = st.heads;
  return h[0] === 'create' && (h[1] === 'rule' || (h[1] === 'or' && h[2] === 'replace' && h[3] === 'rule'));
}

/** Skips COPY data lines after `COPY … FROM stdin;` up to and including the `\.` line (or to the end). */
function skipCopyData(text: string, i: number): number {
  const n = text.length;
  // The data starts on the line after the statement.
  const nl = text.indexOf('\n', i);
  if (nl < 0) return n;
  let p = nl + 1;
  while (p < n) {
    const e = text.indexOf('\n', p);
    const lineEnd = e < 0 ? n : e;
    let line = text.slice(p, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '\\.') return lineEnd;
    p = lineEnd + 1;
  }
  return n;
}

/** Offset just after a block comment starting at `i` (nested comments count). */
export function skipBlockComment(text: string, i: number): number {
  const n = text.length;
  let depth = 1;
  i += 2;
  while (i < n && depth > 0) {
    const c = text.charCodeAt(i);
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      depth++;
      i += 2;
    } else if (c === 42 && text.charCodeAt(i + 1) === 47) {
      depth--;
      i += 2;
    } else i++;
  }
  return Math.min(i, n);
}

/** Offset just after a quoted string or identifier whose body starts at `i` (after the opening quote). */
export function skipQuoted(text: string, i: number, q: string, backslash: boolean): number {
  const n = text.length;
  if (!backslash) {
    // Fast path: jump from quote to quote; a doubled quote continues the string.
    for (;;) {
      const k = text.indexOf(q, i);
      if (k < 0) return n;
      if (text.charCodeAt(k + 1) === q.charCodeAt(0)) {
        i = k + 2;
        continue;
      }
      return k + 1;
    }
  }
  const qc = q.charCodeAt(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \\ */) {
      i += 2;
      continue;
    }
    if (c === qc) {
      if (text.charCodeAt(i + 1) === qc) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return n;
}

const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;

/**
 * When a dollar quote opens at `i` (`$$` or `$tag$`, not inside an identifier), the offset just
 * after its closing tag (or the text's end when unterminated); otherwise undefined.
 */
export function dollarQuoteEnd(text: string, i: number): number | undefined {
  if (i > 0 && isIdent(text.charCodeAt(i - 1))) return undefined;
  DOLLAR_TAG.lastIndex = i;
  const m = DOLLAR_TAG.exec(text);
  if (!m) return undefined;
  const tag = m[0];
  const close = text.indexOf(tag, i + tag.length);
  return close < 0 ? text.length : close + tag.length;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** A character that may continue an unquoted identifier (letters, digits, `_`, `$`, non-ASCII). */
export function isIdent(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}

/** A character that may start an unquoted identifier. */
export function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}
