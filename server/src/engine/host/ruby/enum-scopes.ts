/**
 * `enum status: { fresh: "new", won: "won" }` (and Rails 7's `enum :status, { … }, prefix: true`):
 * ActiveRecord defines a scope per value (`Lead.won` is `where(status: "won")`, `Lead.not_won` its
 * negation). The scopes are written out as Ruby (`where(status: "won")`) and parsed, so they are
 * judged like any declared scope — a condition on the enum's column with the declared value.
 */
import type { Body } from './models';
import { child, namedChildren, parseRuby, symbolOrStringValue, textOf, type RNode } from './syntax';

const OPTIONS = /^_?(prefix|suffix|scopes|default|instance_methods|validate)$/;

/** The scopes an `enum` call declares (name → body), or none when the call cannot be read. */
export function enumScopes(src: string, file: string, argv: readonly RNode[]): [string, Body][] {
  const pairs = (n: RNode | undefined): RNode[] => (!n ? [] : n.type === 'pair' ? [n] : n.type === 'hash' ? namedChildren(n).filter((p) => p.type === 'pair') : []);
  const all = argv.flatMap((a) => (a.type === 'pair' || a.type === 'hash' ? pairs(a) : []));
  const opt = new Map<string, RNode>();
  const defs: { column: string; values: RNode }[] = [];
  for (const p of all) {
    const k = symbolOrStringValue(src, child(p, 'key'));
    const v = child(p, 'value');
    if (k === undefined || !v) return [];
    if (OPTIONS.test(k)) opt.set(k.replace(/^_/, ''), v);
    else if (v.type === 'hash' || v.type === 'array') defs.push({ column: k, values: v });
  }
  // `enum :status, { … }` / `enum :status, [ … ]` / `enum :status, fresh: "new", won: "won"`.
  const first = argv[0] ? symbolOrStringValue(src, argv[0]) : undefined;
  if (first !== undefined && argv[0]!.type !== 'pair') {
    const second = argv[1];
    if (second && (second.type === 'hash' || second.type === 'array')) defs.push({ column: first, values: second });
    else {
      const inline = all.filter((p) => !OPTIONS.test(symbolOrStringValue(src, child(p, 'key')) ?? ''));
      if (!inline.length) return [];
      defs.push({ column: first, values: { type: 'hash', start: inline[0]!.start, end: inline.at(-1)!.end, named: true, children: inline } as RNode });
    }
  }
  const scopes = opt.get('scopes');
  if (scopes?.type === 'false') return [];
  const affix = (k: string, column: string): string | undefined => {
    const v = opt.get(k);
    if (!v || v.type === 'false' || v.type === 'nil') return '';
    if (v.type === 'true') return column;
    return symbolOrStringValue(src, v);
  };
  const out: [string, Body][] = [];
  for (const { column, values } of defs) {
    const pre = affix('prefix', column);
    const suf = affix('suffix', column);
    if (pre === undefined || suf === undefined) continue;
    const entries: [string, string][] = [];
    if (values.type === 'array') {
      namedChildren(values).forEach((e, i) => {
        const n = symbolOrStringValue(src, e);
        if (n !== undefined) entries.push([n, String(i)]);
      });
    } else {
      for (const p of namedChildren(values)) {
        if (p.type !== 'pair') continue;
        const n = symbolOrStringValue(src, child(p, 'key'));
        const v = child(p, 'value');
        if (n !== undefined && v && /^(string|integer|simple_symbol|true|false)$/.test(v.type)) entries.push([n, textOf(src, v)]);
      }
    }
    for (const [value, literal] of entries) {
      const name = `${pre ? `${pre}_` : ''}${value}${suf ? `_${suf}` : ''}`;
      if (!/^[a-z_][A-Za-z0-9_]*$/.test(name)) continue;
      out.push([name, body(`where(${column}: ${literal})`, file)], [`not_${name}`, body(`where.not(${column}: ${literal})`, file)]);
    }
  }
  return out;
}

function body(text: string, file: string): Body {
  const program = parseRuby(text);
  return { src: text, file, node: namedChildren(program)[0]! };
}
