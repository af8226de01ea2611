/**
 * Bounds on the work one document may cost the language server or the CLI: whatever a file
 * contains (a dump, minified code, generated or hostile text), other files keep getting their
 * diagnostics. A document past a bound is not analysed; the session says so once, the CLI lists it.
 */
import { documentKind, type DocumentKind } from './check';

/** Default of `partitionLens.maxFileSize` (characters). */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

/**
 * Longest line analysed in application code (Ruby, TypeScript/JavaScript, Python): minified or
 * generated one-line files cost the host parsers and analyses far more than their size suggests.
 */
export const MAX_LINE_LENGTH = 20_000;

/** Longest line in SQL: dumps have long INSERT lines, and SQL is checked statement by statement. */
export const MAX_SQL_LINE_LENGTH = 200_000;

/**
 * Deepest nesting of brackets (and `${` in templates), or of Python indentation blocks: the
 * tree-sitter parsers and the analyses recurse on it (1,000 nested Python `if` fault the parser).
 */
export const MAX_NESTING = 256;

/** Why a document is not analysed, or undefined when it is within every bound. */
export function documentTooLarge(text: string, kind: DocumentKind, maxFileSize: number): string | undefined {
  const n = text.length;
  if (n > maxFileSize) return `it has ${n.toLocaleString('en-US')} characters, more than partitionLens.maxFileSize (${maxFileSize.toLocaleString('en-US')})`;
  if (n > 0 && text.indexOf('\u0000') >= 0) return 'it contains NUL characters (a binary file?)';
  const maxLine = kind === 'sql' ? MAX_SQL_LINE_LENGTH : MAX_LINE_LENGTH;
  let lineStart = 0;
  let depth = 0;
  let deepest = 0;
  // Template literals nest through `${`, which the brace count sees. Python: a stack of the
  // indentation widths of the open blocks.
  const python = kind === 'python';
  const indents: number[] = [];
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (i - lineStart > maxLine) return `line ${countLines(text, lineStart)} has ${(i - lineStart).toLocaleString('en-US')} characters, more than ${maxLine.toLocaleString('en-US')}`;
      lineStart = i + 1;
      if (python && i + 1 < n) {
        let w = 0;
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === 32) w++;
          else if (d === 9) w += 8 - (w % 8);
          else break;
        }
        const d = j < n ? text.charCodeAt(j) : 10;
        // Blank and comment lines do not open or close blocks.
        if (d !== 10 && d !== 13 && d !== 35) {
          while (indents.length > 0 && indents[indents.length - 1]! >= w) indents.pop();
          if (w > 0) indents.push(w);
          if (indents.length > MAX_NESTING) return `it nests more than ${MAX_NESTING} indented blocks`;
        }
      }
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > MAX_NESTING) return `it nests brackets more than ${MAX_NESTING} deep`;
      }
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

function countLines(text: string, upTo: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < upTo; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Why a workspace file's application code is left out of the CLI's check and the workspace index,
 * or undefined: the line and nesting bounds of an open document, without the editor's size setting
 * (the CLI has its own). A minified vendor bundle (a 1.4 MB one-line `static/…/graph.js`) otherwise
 * costs minutes of parsing and 600 MB. SQL files keep the CLI's behaviour: checked statement by statement.
 */
export function sourceTooLarge(fileName: string, text: string): string | undefined {
  const kind = documentKind(fileName);
  return kind !== undefined && kind !== 'sql' ? documentTooLarge(text, kind, Number.POSITIVE_INFINITY) : undefined;
}
