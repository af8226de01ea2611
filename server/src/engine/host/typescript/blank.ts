/**
 * Bodies the scan will not read, left out of the parse. The scan keeps an exported function
 * that names nothing able to reach the database as a skeleton (`skeleton.ts`: its declaration,
 * never its body), yet tree-sitter parsed those bodies — most of a typical file — only for the
 * scan to drop them. Here a cheap text scan finds such functions, and the parser is given the
 * text without the inside of their bodies (`includedRanges`): every offset stays exact and
 * tree-sitter parses an empty block instead.
 *
 * Nothing here may change a finding, so a body is blanked only when all of this holds:
 * - its text is balanced brackets, closed strings, templates and comments, with no `/` other
 *   than a comment's (a regular expression or a division could fool the scan: such a body is
 *   left alone, as is JSX, whose closing tags have one);
 * - the function passes the skeleton tests that need no parse: no ORM hint (`BODY_HINT`), no
 *   veto word, no model name of the index;
 * - after the parse, each blanked block is exactly a statement block of a top-level statement
 *   that starts where the text scan said, and the tree has no error.
 * The scan still applies its own skeleton test (the file's top-level names are known only after
 * the parse): a blanked unit that must be copied after all is parsed again on its own
 * (`unitAlone`), and when that parse is not plainly the same statement, the whole text is
 * parsed again (`NeedFullParse`).
 */
import type { Node as TsNode, Point, Range, Tree } from 'web-tree-sitter';
import { parserFor } from '../treesitter';
import { copySubtree, type N } from './ast';
import { BODY_HINT, skeletonBlocked, wordsOf } from './skeleton';

/** A function found by the text scan: its statement's start and its body's braces. */
export interface BlankedBody {
  /** Where the top-level statement (`export …`) starts. */
  readonly start: number;
  /** The body's `{`. */
  readonly open: number;
  /** The body's `}`. */
  readonly close: number;
}

/** Thrown by the scan when a unit with a blanked body must be copied in full. */
export class NeedFullParse extends Error {}

/** Files smaller than this are parsed whole: blanking would save next to nothing. */
const MIN_TEXT = 1024;

const CANDIDATE = /^export[ \t]+(?:async[ \t]+)?(function\b|const\b)/gm;
/** Between `function` and its parameters: a `*`, a name, simple type parameters. */
const FUNCTION_HEAD = /^[ \t]*\*?[ \t]*(?:[A-Za-z_$][\w$]*)?[ \t]*(?:<[^(){};/'"`]*>)?[ \t]*$/;
/** `export const name[: type] = [async] ` before an arrow function or a function expression. */
const CONST_HEAD = /export[ \t]+const[ \t]+[A-Za-z_$][\w$]*[ \t]*(?::[^=;{}()/'"`]*)?=[ \t]*(?:async[ \t]+)?/y;
/** Between a function's `)` and its body: an optional return type without brackets. */
const RETURN_TYPE = /^[ \t\r\n]*(?::[ \t]*[^{};=()/'"`\s][^{};=()/'"`]*)?$/;
/** Between an arrow function's `)` and its body. */
const ARROW = /^[ \t\r\n]*(?::[ \t]*[^{};=()/'"`\s][^{};=()/'"`]*)?=>[ \t\r\n]*$/;

const CLOSER: Readonly<Record<string, string>> = { '{': '}', '(': ')', '[': ']' };

/**
 * The index after the bracket group that opens at `i` (`{`, `(` or `[`), or -1 when the text is
 * not plainly balanced code (see the module comment).
 */
export function balancedEnd(text: string, i: number): number {
  const stack: string[] = [CLOSER[text[i]!]!];
  for (let k = i + 1; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === "'" || ch === '"') {
      k = stringEnd(text, k, ch);
      if (k < 0) return -1;
    } else if (ch === '`') {
      k = templateEnd(text, k);
      if (k < 0) return -1;
    } else if (ch === '/') {
      const next = text[k + 1];
      if (next === '/') {
        const nl = text.indexOf('\n', k);
        if (nl < 0) return -1;
        k = nl;
      } else if (next === '*') {
        const e = text.indexOf('*/', k + 2);
        if (e < 0) return -1;
        k = e + 1;
      } else return -1;
    } else if (ch === '{' || ch === '(' || ch === '[') stack.push(CLOSER[ch]!);
    else if (ch === '}' || ch === ')' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return k + 1;
    }
  }
  return -1;
}

/** The index of a string's closing quote (the string opens at `i`), or -1 (a newline or the end first). */
function stringEnd(text: string, i: number, quote: string): number {
  for (let k = i + 1; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\\') k++;
    else if (ch === quote) return k;
    else if (ch === '\n' || ch === '\r') return -1;
  }
  return -1;
}

/** The index of a template's closing backtick (the template opens at `i`), or -1. */
function templateEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\\') k++;
    else if (ch === '`') return k;
    else if (ch === '$' && text[k + 1] === '{') {
      const e = balancedEnd(text, k + 1);
      if (e < 0) return -1;
      k = e - 1;
    }
  }
  return -1;
}

/** The body `{` of a function whose parameters open at `paren`, when only `between` may separate them. */
function bodyAfterParams(text: string, paren: number, between: RegExp): number {
  const end = balancedEnd(text, paren);
  if (end < 0) return -1;
  const open = text.indexOf('{', end);
  return open >= 0 && between.test(text.slice(end, open)) ? open : -1;
}

/** Where a candidate's body opens (`export function f(…) {`, `export const f = (…) => {`), or -1. */
function bodyOpen(text: string, start: number, kind: string, headEnd: number): number {
  if (kind === 'function') {
    const paren = text.indexOf('(', headEnd);
    return paren >= 0 && FUNCTION_HEAD.test(text.slice(headEnd, paren)) ? bodyAfterParams(text, paren, RETURN_TYPE) : -1;
  }
  CONST_HEAD.lastIndex = start;
  const m = CONST_HEAD.exec(text);
  if (!m) return -1;
  const at = start + m[0].length;
  if (text.startsWith('function', at)) {
    const paren = text.indexOf('(', at);
    return paren >= 0 && FUNCTION_HEAD.test(text.slice(at + 'function'.length, paren)) ? bodyAfterParams(text, paren, RETURN_TYPE) : -1;
  }
  if (text[at] === '(') return bodyAfterParams(text, at, ARROW);
  const single = /^[A-Za-z_$][\w$]*[ \t]*=>[ \t\r\n]*\{/.exec(text.slice(at, at + 200));
  return single ? at + single[0].length - 1 : -1;
}

/**
 * The bodies to blank in `text` (see the module comment), in text order. `modelWords` are the
 * index's model names (the skeleton test treats them as reaching the database).
 */
export function blankableBodies(text: string, modelWords: ReadonlySet<string>): BlankedBody[] {
  if (text.length < MIN_TEXT) return [];
  const found: BlankedBody[] = [];
  let after = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index;
    if (start < after) continue;
    const open = bodyOpen(text, start, m[1]!, start + m[0].length);
    if (open < 0) continue;
    const end = balancedEnd(text, open);
    if (end < 0) continue;
    after = end;
    const unitText = text.slice(start, end);
    if (BODY_HINT.test(unitText)) continue;
    if (skeletonBlocked(wordsOf(unitText), modelWords)) continue;
    found.push({ start, open, close: end - 1 });
  }
  return found;
}

/**
 * The parts of `text` the parser reads: everything but the inside of each body. Tree-sitter skips
 * what lies between included ranges without lexing it (blanking with spaces would still cost
 * about half a microsecond a character), and offsets and positions stay those of `text`.
 */
export function includedRanges(text: string, bodies: readonly BlankedBody[]): Range[] {
  const cuts: number[] = [0];
  for (const b of bodies) cuts.push(b.open + 1, b.close);
  cuts.push(text.length);
  // Rows and columns of the cuts, in one pass over the line breaks.
  const points: Point[] = [];
  let row = 0;
  let lineStart = 0;
  for (const at of cuts) {
    for (let nl = text.indexOf('\n', lineStart); nl >= 0 && nl < at; nl = text.indexOf('\n', lineStart)) {
      row++;
      lineStart = nl + 1;
    }
    points.push({ row, column: at - lineStart });
  }
  const ranges: Range[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) ranges.push({ startIndex: cuts[i]!, endIndex: cuts[i + 1]!, startPosition: points[i]!, endPosition: points[i + 1]! });
  return ranges;
}

/** Whether the tree parsed without the bodies has each blanked body where the text scan put it (see the module comment). */
export function blankedTreeAgrees(tree: Tree, bodies: readonly BlankedBody[]): boolean {
  const root = tree.rootNode;
  if (root.hasError) return false;
  for (const b of bodies) {
    const block = root.descendantForIndex(b.open, b.close + 1);
    if (block?.type !== 'statement_block' || block.startIndex !== b.open || block.endIndex !== b.close + 1) return false;
    let top = block;
    while (top.parent && top.parent.type !== 'program') top = top.parent;
    if (top.parent?.type !== 'program' || top.startIndex !== b.start) return false;
  }
  return true;
}

/**
 * The copy of a top-level statement whose body was blanked, from a parse of its own text: the
 * same statement when that parse has no error and is one statement of the same type spanning the
 * text (a complete top-level statement parses the same alone as in its file). Else `NeedFullParse`.
 */
export function unitAlone(c: TsNode, utext: string): N {
  const tree = parserFor('typescript').parse(utext);
  if (!tree) throw new NeedFullParse();
  try {
    const root = tree.rootNode;
    const n = root.namedChildCount === 1 ? root.namedChild(0) : null;
    if (root.hasError || !n || n.type !== c.type || n.startIndex !== 0 || n.endIndex !== utext.length) throw new NeedFullParse();
    return copySubtree(n, 0, utext);
  } finally {
    tree.delete();
  }
}
