/**
 * Ruby string literals and heredocs → SQL text with an exact mapping back to the document.
 * Interpolations (`#{…}`) become placeholders of the same length: a table name when the
 * interpolated expression names one (`#{Lead.table_name}`), an identifier after FROM/JOIN/…,
 * otherwise a `$n` parameter. Escape sequences are decoded and mapped onto their source.
 */
import type { RNode } from './syntax';
import { SqlText } from '../../query/sqltext';

const IDENT_CONTEXT = /\b(from|join|update|into|table|only|exists)\s*$/i;

export interface StringOptions {
  /** Resolves an interpolated expression (`Lead.table_name`) to a table name, if it names one. */
  readonly tableFor?: (expr: string) => string | undefined;
  /** Counter shared by all placeholders of one SQL text. */
  readonly counter?: { n: number };
}

/** True for node types whose text is a Ruby string or heredoc body we can turn into SQL. */
export function isStringNode(n: RNode): boolean {
  return n.type === 'string' || n.type === 'chained_string' || n.type === 'heredoc_body';
}

function decodeEscape(e: string): string {
  const c = e[1] ?? '';
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case 's':
      return ' ';
    case '0':
      return '\0';
    default:
      return c;
  }
}

function placeholder(len: number, before: string, expr: string, opts: StringOptions): string {
  const table = opts.tableFor?.(expr.trim());
  if (table && table.length <= len) return table + ' '.repeat(len - table.length);
  if (IDENT_CONTEXT.test(before)) return 'x' + '_'.repeat(Math.max(0, len - 1));
  const counter = opts.counter ?? { n: 0 };
  counter.n++;
  const p = `$${counter.n}`;
  return p.length <= len ? p + ' '.repeat(len - p.length) : '0'.padEnd(len, ' ');
}

/**
 * The SQL of a `string`, `chained_string` or `heredoc_body` node. Single-quoted strings keep
 * their text except `\\` and `\'`. Returns undefined for nodes that are not strings.
 */
export function stringSql(src: string, node: RNode, opts: StringOptions = {}, into?: SqlText): SqlText | undefined {
  const out = into ?? new SqlText({ start: node.start, end: node.end });
  if (node.type === 'chained_string') {
    let first = true;
    for (const c of node.children) {
      if (c.type !== 'string') continue;
      if (!first) out.synth(' ', { start: c.start, end: c.start });
      first = false;
      stringSql(src, c, opts, out);
    }
    return out;
  }
  if (node.type !== 'string' && node.type !== 'heredoc_body') return undefined;
  const opener = node.type === 'string' ? src.slice(node.start, node.start + 3) : '';
  const single = opener.startsWith("'") || opener.startsWith('%q') || opener.startsWith('%w');
  for (const c of node.children) {
    if (c.type === 'string_content' || c.type === 'heredoc_content') {
      const s = src.slice(c.start, c.end);
      if (single && s.includes('\\')) {
        // Only `\\` and `\'` are escapes in single-quoted strings.
        let i = 0;
        while (i < s.length) {
          const j = s.indexOf('\\', i);
          if (j < 0 || j === s.length - 1) {
            out.verbatim(s.slice(i), c.start + i);
            break;
          }
          out.verbatim(s.slice(i, j), c.start + i);
          const nx = s[j + 1]!;
          if (nx === '\\' || nx === "'") out.synth(nx, { start: c.start + j, end: c.start + j + 2 });
          else out.verbatim(s.slice(j, j + 2), c.start + j);
          i = j + 2;
        }
      } else out.verbatim(s, c.start);
    } else if (c.type === 'escape_sequence') {
      out.synth(decodeEscape(src.slice(c.start, c.end)), { start: c.start, end: c.end });
    } else if (c.type === 'interpolation') {
      const inner = src.slice(c.start + 2, c.end - 1);
      const before = out.toString().slice(-40);
      out.synth(placeholder(c.end - c.start, before, inner, opts), { start: c.start, end: c.end });
    }
  }
  return out;
}

/** The literal text of a plain string without interpolation (for option values), else undefined. */
export function plainString(src: string, node: RNode | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  if (node.children.some((c) => c.type === 'interpolation')) return undefined;
  const sql = stringSql(src, node);
  return sql?.toString();
}
