/**
 * Splits a Python module into its top-level statements without a parser: a light scan that
 * knows strings (all prefixes, triple quotes), comments, brackets and backslash continuations.
 * Each statement can then be parsed (and cached) on its own, so a keystroke re-parses one
 * function instead of the whole file. Never throws; odd input only makes segments larger.
 */

export interface Segment {
  readonly start: number;
  /** End of the statement's last code character (comments and blanks after it excluded). */
  readonly end: number;
}

const CONTINUATION = /^(?:else|elif|except|finally|case)\b/y;
const INTERESTING = /["'#\\()[\]{}\n]/g;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12;
}

export function topLevelSegments(text: string): Segment[] {
  return scanSegments(text, 0).segments;
}

/**
 * Scans from `from` (which must be the start of a statement or 0). Stops before a statement
 * that starts at an offset for which `stop` returns true, reporting that offset.
 */
export function scanSegments(text: string, from: number, stop?: (start: number) => boolean): { segments: Segment[]; stoppedAt?: number } {
  const out: Segment[] = [];
  const n = text.length;
  let depth = 0;
  let segStart = -1;
  let lastCode = -1;
  let decoratorOnly = false;
  let continued = false;
  let i = from;
  // The last code character before `end` on the line that starts at `lineStart`.
  const noteCode = (lineStart: number, end: number): void => {
    let k = end - 1;
    while (k >= lineStart && isBlank(text.charCodeAt(k))) k--;
    if (k >= lineStart && k > lastCode) lastCode = k;
  };
  while (i < n) {
    const lineStart = i;
    const c = text.charCodeAt(i);
    // Column 0 holds code (not blank, not a comment): maybe a new statement.
    if (depth === 0 && !continued && !isBlank(c) && c !== 10 && c !== 35) {
      CONTINUATION.lastIndex = i;
      if (segStart >= 0 && !decoratorOnly && !CONTINUATION.test(text)) {
        out.push({ start: segStart, end: lastCode + 1 });
        segStart = -1;
        if (stop?.(lineStart)) return { segments: out, stoppedAt: lineStart };
      }
      if (segStart < 0) segStart = lineStart;
      decoratorOnly = c === 64 /* @ */ ? segStart === lineStart || decoratorOnly : false;
    }
    continued = false;
    let codeFrom = lineStart;
    for (;;) {
      INTERESTING.lastIndex = i;
      const m = INTERESTING.exec(text);
      if (!m) {
        noteCode(codeFrom, n);
        i = n;
        break;
      }
      const at = m.index;
      const ch = m[0];
      if (ch === '\n') {
        noteCode(codeFrom, at);
        i = at + 1;
        break;
      }
      if (ch === '#') {
        noteCode(codeFrom, at);
        const nl = text.indexOf('\n', at);
        i = nl < 0 ? n : nl + 1;
        break;
      }
      if (ch === '\\') {
        if (text[at + 1] === '\n' || (text[at + 1] === '\r' && text[at + 2] === '\n')) {
          continued = true;
          lastCode = Math.max(lastCode, at);
          i = at + (text[at + 1] === '\r' ? 3 : 2);
          break;
        }
        i = at + 1;
        continue;
      }
      if (ch === '"' || ch === "'") {
        const end = skipString(text, at);
        lastCode = Math.max(lastCode, end - 1);
        i = end;
        codeFrom = end;
        continue;
      }
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      else depth = Math.max(0, depth - 1);
      lastCode = Math.max(lastCode, at);
      i = at + 1;
    }
  }
  if (segStart >= 0) out.push({ start: segStart, end: Math.max(segStart, lastCode + 1) });
  return { segments: out };
}

/** Index just after the string literal whose quote is at `i` (its prefix was scanned as code). */
function skipString(text: string, i: number): number {
  const q = text[i]!;
  const n = text.length;
  if (text[i + 1] === q && text[i + 2] === q) {
    const close = q + q + q;
    let j = i + 3;
    for (;;) {
      const e = text.indexOf(close, j);
      if (e < 0) return n;
      // A backslash escapes the next character (also in raw strings, for the quote).
      let bs = 0;
      for (let k = e - 1; k >= i + 3 && text[k] === '\\'; k--) bs++;
      if (bs % 2 === 0) return e + 3;
      j = e + 1;
    }
  }
  let j = i + 1;
  while (j < n) {
    const ch = text[j]!;
    if (ch === '\\') {
      j += 2;
      continue;
    }
    if (ch === q) return j + 1;
    // An unterminated single-quoted string ends at the line end.
    if (ch === '\n') return j;
    j++;
  }
  return n;
}
