/**
 * Splits SQL text into statements at top-level semicolons without the parser, so that one
 * broken statement (half-typed, unterminated quote) never hides the others. Understands
 * quotes, E'' strings, dollar quoting, line and nested block comments. Never throws.
 */

export interface StatementPiece {
  /** Offset of the statement's first non-blank, non-comment character in the split text. */
  readonly start: number;
  /** The statement text, without the terminating `;`. */
  readonly text: string;
}

export function splitStatements(text: string): StatementPiece[] {
  const out: StatementPiece[] = [];
  const n = text.length;
  let stmtStart = -1;
  let i = 0;
  const push = (end: number): void => {
    if (stmtStart >= 0) {
      let e = end;
      while (e > stmtStart && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > stmtStart) out.push({ start: stmtStart, text: text.slice(stmtStart, e) });
    }
    stmtStart = -1;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl + 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      continue;
    }
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (c === ';') {
      push(i);
      i++;
      continue;
    }
    if (stmtStart < 0) stmtStart = i;
    if (c === "'") {
      const escapes = i > 0 && (text[i - 1] === 'E' || text[i - 1] === 'e') && !isIdent(text.charCodeAt(i - 2));
      i = skipQuoted(text, i + 1, "'", escapes);
      continue;
    }
    if (c === '"') {
      i = skipQuoted(text, i + 1, '"', false);
      continue;
    }
    if (c === '$' && !isIdent(text.charCodeAt(i - 1))) {
      const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const tag = m[0];
        const close = text.indexOf(tag, i + tag.length);
        i = close < 0 ? n : close + tag.length;
        continue;
      }
    }
    i++;
  }
  push(n);
  return out;
}

function skipQuoted(text: string, i: number, q: string, backslash: boolean): number {
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (backslash && c === '\\') {
      i += 2;
      continue;
    }
    if (c === q) {
      if (text[i + 1] === q) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return n;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

function isIdent(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}
