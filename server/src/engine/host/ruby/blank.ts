/**
 * Method bodies a check will not read, left out of its parse. A check evaluates only the units
 * whose text the relevance test accepts; the others get an empty result, yet tree-sitter parsed
 * their bodies — most of a typical file, and the parse is most of a Ruby check's CPU. Here a
 * cheap line scan finds such methods, and the parser is given the text without their bodies
 * (`includedRanges`): every offset stays exact and tree-sitter parses `def m(…)` + `end`.
 *
 * Nothing here may change a finding, so a body is left out only when all of this holds:
 * - the caller's test says the method's text cannot make its unit relevant;
 * - the method stands directly in the file or a class/module body (a `def` in a block or in
 *   another method belongs to the unit around it);
 * - the `def` line and the `end` line are plain (`def name(…)` alone on its line, `end` alone at
 *   the same indentation), and every line between is indented deeper, closes its strings, and
 *   holds no heredoc, regular expression, percent literal, backtick, `\` or anonymous `&`/`*`
 *   forwarding (which tree-sitter-ruby does not parse); its brackets balance, and so do its
 *   blocks (`do`, `begin`, `case`, `for`, and `if`/`unless`/`while`/`until` unless they follow
 *   an expression, against `end`), so the text in between is one self-contained body;
 * - after the parse, the tree has no error and each such method is a method node spanning
 *   exactly from its `def` to its `end`, directly in the file or a class/module body (a unit).
 * The outline of such a tree is that of the full tree (it leaves method bodies out anyway). The
 * tree is never the base of a later parse (`units.ts`): a unit left out may be read later.
 */
import type { Node as TsNode, Range, Tree } from 'web-tree-sitter';

/** A method whose body is left out: the `def`, the body's extent, the `end` keyword's end. */
export interface BlankedMethod {
  readonly def: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly end: number;
}

/** Files smaller than this are parsed whole: leaving bodies out would save next to nothing. */
const MIN_TEXT = 1024;

const DEF_LINE = /^([ \t]*)def[ \t]+(?:self\.)?[A-Za-z_]\w*[?!=]?/;
/** Words that never stand in a plain method body (the body would not be one unit of its own). */
const REJECTED_WORDS = new Set(['def', 'class', 'module', '__END__', 'BEGIN', 'END', 'undef', 'alias']);
/** Words that open a block closed by `end` wherever they stand. */
const OPENERS = new Set(['begin', 'case', 'for', 'do']);
/** Words that open a block unless they follow an expression on their line (the modifier form). */
const MODIFIER_WORDS = new Set(['if', 'unless', 'while', 'until']);
/** Words after which `if`/`unless`/`while`/`until` start a block of their own. */
const NOT_AN_EXPRESSION = new Set(['else', 'elsif', 'then', 'do', 'and', 'or', 'not', 'begin', 'when', 'in', 'ensure', 'rescue']);

/** What one line adds to the bracket depth and to the block depth (`if` … `end`). */
interface LineDepth {
  readonly brackets: number;
  readonly blocks: number;
}

/**
 * Scans one line of a method (its `def` line or a body line). Returns what it adds to the depths,
 * or undefined when the line holds anything the module comment excludes.
 */
function plainLine(line: string, header: boolean): LineDepth | undefined {
  let brackets = 0;
  let blocks = 0;
  let lastWord = '';
  let lastSignificant = '';
  // `while x do` opens one block.
  let loopOpened = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (ch === '"' || ch === "'") {
      const close = stringClose(line, i, ch);
      if (close < 0) return undefined;
      i = close;
      lastSignificant = ch;
      lastWord = '';
      continue;
    }
    // A comment ends the line (the outline never reads comments inside a method).
    if (ch === '#') break;
    if (ch === '`' || ch === '\\') return undefined;
    const next = line[i + 1] ?? '';
    // A division or a modulo only between spaces after an operand: else a regular expression or a percent literal.
    if ((ch === '/' || ch === '%') && !((next === ' ' || next === '=') && /[\w)\]}]/.test(lastSignificant) && line[i - 1] === ' ')) return undefined;
    // `<<` appends; `<<~SQL`, `<<-EOS`, `<<EOS` start a heredoc.
    if (ch === '<' && next === '<' && !/[ =]/.test(line[i + 2] ?? '')) return undefined;
    if (ch === '$' && !/\w/.test(next)) return undefined;
    if (ch === '?' && /["'`\\#]/.test(next)) return undefined;
    // Anonymous forwarding (`tag.del(&)`, `f(*, **)`), which tree-sitter-ruby does not parse: the
    // whole file's tree would differ from one without this body.
    if ((ch === '&' || ch === '*') && /^[&*]*[ \t]*(?:[),]|$)/.test(line.slice(i + 1))) return undefined;
    if (ch === '(' || ch === '[' || ch === '{') brackets++;
    else if (ch === ')' || ch === ']' || ch === '}') brackets--;
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < line.length && /\w/.test(line[j]!)) j++;
      if ((line[j] === '?' || line[j] === '!') && line[j + 1] !== '=') j++;
      const word = line.slice(i, j);
      const symbol = lastSignificant === ':' && line[i - 1] === ':' && line[i - 2] !== ':';
      const call = lastSignificant === '.';
      const label = line[j] === ':' && line[j + 1] !== ':';
      if (!symbol && !call && !label && !(header && (word === 'def' || lastWord === 'def'))) {
        if (REJECTED_WORDS.has(word)) return undefined;
        if (word === 'end') blocks--;
        else if (word === 'do') {
          if (!loopOpened) blocks++;
        } else if (OPENERS.has(word)) blocks++;
        else if (MODIFIER_WORDS.has(word) && (lastSignificant === '' || NOT_AN_EXPRESSION.has(lastWord) || !/[\w)\]}'"?!]/.test(lastSignificant))) {
          blocks++;
          if (word === 'while' || word === 'until') loopOpened = true;
        }
        if (word === 'for') loopOpened = true;
      }
      lastWord = word;
      lastSignificant = line[j - 1]!;
      i = j - 1;
      continue;
    }
    lastWord = '';
    lastSignificant = ch;
  }
  return { brackets, blocks };
}

/** The index of a string's closing quote on its line, or -1 (interpolation holding a quote or a brace counts as not closed). */
function stringClose(line: string, i: number, quote: string): number {
  for (let k = i + 1; k < line.length; k++) {
    const ch = line[k]!;
    if (ch === '\\') k++;
    else if (ch === quote) return k;
    else if (quote === '"' && ch === '#' && line[k + 1] === '{') {
      const e = line.indexOf('}', k);
      if (e < 0 || /["'`{]/.test(line.slice(k + 2, e))) return -1;
      k = e;
    }
  }
  return -1;
}

/**
 * Methods of `text` whose bodies may be left out of the parse (see the module comment);
 * `unread(methodText)` is the caller's test that the method's unit would not be evaluated.
 */
export function blankableMethods(text: string, unread: (methodText: string) => boolean): BlankedMethod[] {
  if (text.length < MIN_TEXT || !text.includes('def')) return [];
  const out: BlankedMethod[] = [];
  const lines: { start: number; text: string }[] = [];
  for (let pos = 0; pos <= text.length; ) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    lines.push({ start: pos, text: text.slice(pos, eol) });
    pos = eol + 1;
  }
  // What encloses a line, by indentation: only a method directly in the file or a class or module
  // body is a unit (a `def` in a block or a method is part of the unit around it).
  const open: { indent: number; unitContainer: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const indent = /^[ \t]*/.exec(line)![0];
    const rest = line.slice(indent.length);
    if (/^end\b/.test(rest)) {
      while (open.length && open[open.length - 1]!.indent > indent.length) open.pop();
      if (open.length && open[open.length - 1]!.indent === indent.length) open.pop();
      continue;
    }
    const oneLine = /\bend[ \t]*$/.test(line);
    if (/^(?:class|module)\b/.test(rest)) {
      if (!oneLine) open.push({ indent: indent.length, unitContainer: true });
      continue;
    }
    if (DEF_LINE.test(line)) {
      if (open.every((o) => o.unitContainer || o.indent >= indent.length)) {
        const m = blankableAt(lines, i, indent);
        if (m) {
          if (unread(text.slice(m.def, m.end))) out.push(m);
          i = m.endLine;
          continue;
        }
      }
      if (!oneLine && !/^def[ \t]+[^(=\s]*(?:\([^)]*\))?[ \t]*=(?![=~>])/.test(rest)) open.push({ indent: indent.length, unitContainer: false });
      continue;
    }
    if (/\bdo[ \t]*(?:\|[^|]*\|)?[ \t]*(?:#.*)?$/.test(line)) open.push({ indent: indent.length, unitContainer: false });
  }
  return out;
}

function blankableAt(lines: readonly { start: number; text: string }[], i: number, indent: string): (BlankedMethod & { endLine: number }) | undefined {
  const header = lines[i]!;
  // The header closes its parameter list and is no one-line or endless method.
  const head = plainLine(header.text, true);
  if (!head || head.brackets !== 0 || head.blocks !== 0 || /=(?![=~>])/.test(header.text.replace(/\([^]*\)/, '')) || /\bend\s*$/.test(header.text)) return undefined;
  let brackets = 0;
  let blocks = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k]!.text;
    if (l.trim() === '') continue;
    if (l === `${indent}end` || l === `${indent}end\r`) {
      if (brackets !== 0 || blocks !== 0 || k === i + 1) return undefined;
      const endAt = lines[k]!.start + indent.length;
      return { def: header.start + indent.length, bodyStart: lines[i + 1]!.start, bodyEnd: endAt, end: endAt + 3, endLine: k };
    }
    if (!l.startsWith(indent) || !/^[ \t]/.test(l.slice(indent.length))) return undefined;
    const d = plainLine(l, false);
    if (d === undefined) return undefined;
    brackets += d.brackets;
    blocks += d.blocks;
    if (brackets < 0 || blocks < 0) return undefined;
  }
  return undefined;
}

/** The parts of `text` the parser reads: everything but the bodies (offsets and positions those of `text`). */
export function methodRanges(text: string, methods: readonly BlankedMethod[]): Range[] {
  const cuts: number[] = [0];
  for (const m of methods) cuts.push(m.bodyStart, m.bodyEnd);
  cuts.push(text.length);
  const ranges: Range[] = [];
  let row = 0;
  let lineStart = 0;
  const points = cuts.map((at) => {
    for (let nl = text.indexOf('\n', lineStart); nl >= 0 && nl < at; nl = text.indexOf('\n', lineStart)) {
      row++;
      lineStart = nl + 1;
    }
    return { row, column: at - lineStart };
  });
  for (let i = 0; i + 1 < cuts.length; i += 2) ranges.push({ startIndex: cuts[i]!, endIndex: cuts[i + 1]!, startPosition: points[i]!, endPosition: points[i + 1]! });
  return ranges;
}

const UNIT_CONTAINERS = new Set(['class', 'module', 'singleton_class']);

/** Whether the tree parsed without the bodies has each method where the line scan put it, as a unit. */
export function blankedMethodsAgree(tree: Tree, methods: readonly BlankedMethod[]): boolean {
  const root = tree.rootNode;
  if (root.hasError) return false;
  for (const m of methods) {
    const node: TsNode | null = root.descendantForIndex(m.def, m.end);
    if ((node?.type !== 'method' && node?.type !== 'singleton_method') || node.startIndex !== m.def || node.endIndex !== m.end || node.childForFieldName('body')) return false;
    const parent = node.parent;
    if (!parent) return false;
    if (parent.type === 'program') continue;
    if (parent.type !== 'body_statement' || !parent.parent || !UNIT_CONTAINERS.has(parent.parent.type)) return false;
  }
  return true;
}
