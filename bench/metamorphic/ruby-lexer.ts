/**
 * A small Ruby lexer for the ActiveRecord metamorphic rewrites (ruby.ts): which characters are code (not strings,
 * heredocs, regexps or comments), matching brackets and top-level commas, so that rewrites only touch code.
 */

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

/**
 * A mask over `text`: true where a character is code, false inside string literals, heredoc bodies, regexps and
 * comments (interpolations `#{…}` of double-quoted literals count as code).
 */
export function codeMask(text: string): boolean[] {
  return lexRuby(text).code;
}

/** The code mask of `text` and the offsets where its comments start. */
export function lexRuby(text: string): { code: boolean[]; comments: number[] } {
  const mask: boolean[] = new Array<boolean>(text.length).fill(true);
  const comments: number[] = [];
  const pendingHeredocs: { id: string; squiggly: boolean }[] = [];
  let i = 0;
  const markTo = (from: number, to: number): void => {
    for (let k = from; k < to && k < text.length; k++) mask[k] = false;
  };
  // Scans a literal body from `from` up to its closing delimiter; interpolations are left as code.
  const literal = (from: number, open: string, close: string, interp: boolean): number => {
    let depth = 1;
    let k = from;
    while (k < text.length) {
      const ch = text[k]!;
      if (ch === '\\') {
        k += 2;
        continue;
      }
      if (interp && ch === '#' && text[k + 1] === '{') {
        markTo(from, k);
        const end = codeUntilBrace(k + 2);
        from = end;
        k = end;
        continue;
      }
      if (open !== close && ch === open) depth++;
      else if (ch === close && --depth === 0) {
        markTo(from, k + 1);
        return k + 1;
      }
      k++;
    }
    markTo(from, text.length);
    return text.length;
  };
  // Scans code inside an interpolation up to its closing brace; returns the offset after it.
  const codeUntilBrace = (from: number): number => {
    let depth = 1;
    let k = from;
    while (k < text.length) {
      const ch = text[k]!;
      if (ch === '"' || ch === "'") {
        k = literal(k + 1, ch, ch, ch === '"');
        continue;
      }
      if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return k + 1;
      k++;
    }
    return k;
  };
  const prevCode = (at: number): string => {
    let k = at - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    return k >= 0 ? text[k]! : '\n';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n' && pendingHeredocs.length > 0) {
      // Heredoc bodies start on the next line and end at their identifier.
      let k = i + 1;
      for (const h of pendingHeredocs) {
        while (k < text.length) {
          const eol = text.indexOf('\n', k);
          const line = text.slice(k, eol < 0 ? text.length : eol);
          const end = eol < 0 ? text.length : eol + 1;
          markTo(k, end);
          k = end;
          if ((h.squiggly ? line.trim() : line.trimEnd()) === h.id) break;
        }
      }
      pendingHeredocs.length = 0;
      i = k;
      continue;
    }
    if (ch === '#') {
      comments.push(i);
      const eol = text.indexOf('\n', i);
      markTo(i, eol < 0 ? text.length : eol);
      i = eol < 0 ? text.length : eol;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      mask[i] = false;
      i = literal(i + 1, ch, ch, ch !== "'");
      continue;
    }
    if (ch === '<' && text[i + 1] === '<') {
      const m = /^<<([~-]?)(['"]?)([A-Z_][A-Z0-9_]*)\2/.exec(text.slice(i, i + 80));
      if (m) {
        pendingHeredocs.push({ id: m[3]!, squiggly: m[1] !== '' });
        i += m[0].length;
        continue;
      }
    }
    if (ch === '%' && /[wWiIqQr(\[{]/.test(text[i + 1] ?? '') && /[\s(,=[{|&!]/.test(prevCode(i) === '\n' ? ' ' : prevCode(i))) {
      const kind = /[a-zA-Z]/.test(text[i + 1]!) ? text[i + 1]! : '';
      const open = text[i + 1 + kind.length] ?? '';
      const close = PAIRS[open];
      if (close) {
        markTo(i, i + 2 + kind.length);
        i = literal(i + 2 + kind.length, open, close, kind === '' || kind === 'W' || kind === 'I' || kind === 'Q' || kind === 'r');
        continue;
      }
    }
    if (ch === ':' && text[i + 1] === '"') {
      mask[i] = false;
      mask[i + 1] = false;
      i = literal(i + 2, '"', '"', true);
      continue;
    }
    if (ch === '?' && /[a-zA-Z]/.test(text[i + 1] ?? '') && !/\w/.test(text[i + 2] ?? '') && /[\s(,]/.test(text[i - 1] ?? '')) {
      // A character literal (`?a`).
      markTo(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '/' && /[(,=!~|&{[;?:\n]/.test(prevCode(i)) && text[i + 1] !== ' ' && text[i + 1] !== '=') {
      mask[i] = false;
      i = literal(i + 1, '/', '/', true);
      continue;
    }
    i++;
  }
  return { code: mask, comments };
}

/** The offset of the bracket closing the one at `open` (code characters only), or -1. */
export function closing(text: string, mask: readonly boolean[], open: number): number {
  const o = text[open]!;
  const c = PAIRS[o] ?? ')';
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (!mask[k]) continue;
    if (text[k] === o) depth++;
    else if (text[k] === c && --depth === 0) return k;
  }
  return -1;
}

/** Splits `s` (code) on its top-level commas. */
export function splitTopLevel(s: string): string[] {
  const mask = codeMask(s);
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    if (!mask[k]) continue;
    const ch = s[k]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(s.slice(from, k).trim());
      from = k + 1;
    }
  }
  parts.push(s.slice(from).trim());
  return parts.filter((p) => p !== '');
}
