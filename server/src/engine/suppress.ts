/**
 * Suppression comments, eslint style:
 *
 *   -- partition-lens-disable-next-line                       (SQL; also inside SQL embedded in host code)
 *   /* partition-lens-disable-next-line partition-key-missing *\/
 *   # partition-lens-disable-next-line                        (Ruby, Python)
 *   // partition-lens-disable-next-line                       (TypeScript / JavaScript)
 *   -- partition-lens-disable                                 (anywhere: the whole file)
 *   -- partition-lens-disable-line                            (the line the comment is on)
 *
 * An optional list of rule ids (separated by spaces or commas) limits the directive to those
 * rules; text after ` -- ` is a free-form reason and is ignored. The scan is line based and
 * cheap; it looks only at text that starts with a comment marker of the document's language.
 */
import type { DocumentKind } from './check';
import type { Finding } from './finding';
import { LineIndex } from './finding';

export const DIRECTIVE_PREFIX = 'partition-lens-disable';

/** `'all'` or the set of rule ids a directive names. */
export type RuleSet = 'all' | ReadonlySet<string>;

export interface Suppressions {
  /** Rules switched off for the whole file (`undefined` = none). */
  readonly file?: RuleSet;
  /** 0-based line → rules switched off on that line. */
  readonly lines: ReadonlyMap<number, RuleSet>;
}

/** Comment markers that may introduce a directive, per document kind. */
function markersFor(kind: DocumentKind): readonly string[] {
  switch (kind) {
    case 'sql':
      return ['--', '/*'];
    case 'ruby':
    case 'python':
      // `--` and `/*` also count: they are SQL comments inside embedded SQL (heredocs, strings).
      return ['#', '--', '/*'];
    case 'typescript':
      return ['//', '/*', '--'];
  }
}

const DIRECTIVE = /partition-lens-disable(-next-line|-line)?(?![\w-])([^\n\r]*)/g;

/** Finds every directive in a document. */
export function parseSuppressions(text: string, kind: DocumentKind): Suppressions {
  const lines = new Map<number, RuleSet>();
  let file: RuleSet | undefined;
  if (!text.includes(DIRECTIVE_PREFIX)) return { lines };
  const index = new LineIndex(text);
  const markers = markersFor(kind);
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const before = text.slice(lineStart(text, m.index), m.index).trimEnd().replace(/\/\*\*$/, '/*');
    const marker = markers.find((k) => before.endsWith(k));
    if (!marker) continue;
    const blockComment = marker === '/*';
    let rest = m[2] ?? '';
    let endOffset = m.index + m[0].length;
    if (blockComment) {
      // The directive of a block comment ends at `*/`, which may be on a later line.
      const close = text.indexOf('*/', m.index);
      const end = close < 0 ? text.length : close;
      rest = text.slice(m.index + DIRECTIVE_PREFIX.length + (m[1]?.length ?? 0), end);
      endOffset = end;
    }
    const rules = parseRuleList(rest);
    const variant = m[1] ?? '';
    if (variant === '') {
      file = mergeRules(file, rules);
    } else {
      const line = variant === '-line' ? index.position(m.index).line : index.position(endOffset).line + 1;
      lines.set(line, mergeRules(lines.get(line), rules));
    }
  }
  return file ? { file, lines } : { lines };
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** `partition-key-missing, partition-key-not-prunable -- reason` → the two ids; empty → all. */
function parseRuleList(rest: string): RuleSet {
  let s = rest;
  const reason = s.search(/\s--\s|\s--$|\*\//);
  if (reason >= 0) s = s.slice(0, reason);
  const ids = s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  return ids.length === 0 ? 'all' : new Set(ids);
}

function mergeRules(a: RuleSet | undefined, b: RuleSet): RuleSet {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...a, ...b]);
}

function covers(set: RuleSet | undefined, code: string): boolean {
  return set !== undefined && (set === 'all' || set.has(code));
}

/** Whether a finding starting on a 0-based line with a rule id is suppressed. */
export function isSuppressed(s: Suppressions, line: number, code: string): boolean {
  return covers(s.file, code) || covers(s.lines.get(line), code);
}

/** Drops suppressed findings. */
export function applySuppressions<F extends Pick<Finding, 'start' | 'code'>>(text: string, kind: DocumentKind, findings: readonly F[]): F[] {
  if (findings.length === 0 || !text.includes(DIRECTIVE_PREFIX)) return [...findings];
  const s = parseSuppressions(text, kind);
  const index = new LineIndex(text);
  return findings.filter((f) => !isSuppressed(s, index.position(f.start).line, f.code));
}

/** The line-comment marker to write for a document kind (`--`, `#`, `//`). */
export function lineCommentFor(kind: DocumentKind | 'sql-embedded'): string {
  switch (kind) {
    case 'sql':
    case 'sql-embedded':
      return '--';
    case 'ruby':
    case 'python':
      return '#';
    case 'typescript':
      return '//';
  }
}

export interface TextInsertion {
  /** UTF-16 offset where `text` goes. */
  readonly offset: number;
  readonly text: string;
}

/**
 * A comment line inserted above a 0-based line, indented like it:
 * `    -- partition-lens-disable-next-line partition-key-missing`.
 */
export function disableNextLineInsertion(text: string, line: number, marker: string, code?: string): TextInsertion {
  const index = new LineIndex(text);
  const offset = index.offset(line, 0);
  const indent = /^[ \t]*/.exec(text.slice(offset))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { offset, text: `${indent}${marker} ${DIRECTIVE_PREFIX}-next-line${code ? ` ${code}` : ''}${eol}` };
}

/**
 * A whole-file directive at the top of the document, after a `#!` line and after Ruby/Python
 * magic comments (`# frozen_string_literal: true`, `# -*- coding: utf-8 -*-`) that must stay first.
 */
export function disableFileInsertion(text: string, marker: string, code?: string): TextInsertion {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let offset = 0;
  const magic = /^(#!.*|#.*(?:coding[:=]|frozen_string_literal:|encoding:|warn_indent:).*)(?:\r?\n|$)/;
  for (let m = magic.exec(text.slice(offset)); m && m[0].length > 0; m = magic.exec(text.slice(offset))) {
    offset += m[0].length;
    if (!/\r?\n$/.test(m[0])) {
      // The magic line is the last line without a newline: the directive goes on a new line.
      return { offset, text: `${eol}${marker} ${DIRECTIVE_PREFIX}${code ? ` ${code}` : ''}` };
    }
  }
  return { offset, text: `${marker} ${DIRECTIVE_PREFIX}${code ? ` ${code}` : ''}${eol}` };
}
