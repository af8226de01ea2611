/**
 * Statements composed with psycopg's `sql` module (`sql.SQL("SELECT … FROM {table}")
 * .format(table=sql.Identifier("leads"))`): the text the driver sends, with identifiers quoted
 * and literals and placeholders as `%s`. Anything not known (a name, a `join`) gives undefined.
 */
import { callArgs, field, lastName, type PyNode, type PyTree, textOf, unparen } from './ast';
import { decodeStringExpr, type DecodedString } from './strings';

/** A plain string, `SQL("…")`, or one of them `.format(…)`-ed with known parts. */
export function decodeSqlExpr(t: PyTree, node: PyNode | undefined, depth = 0): DecodedString | undefined {
  const n = unparen(node);
  if (!n || depth > 6) return undefined;
  if (n.type !== 'call') return decodeStringExpr(t, n);
  const fn = unparen(field(n, 'function'));
  const name = fn?.type === 'attribute' ? textOf(t, field(fn, 'attribute')!) : lastName(t, fn);
  const args = callArgs(t, n);
  if (args.splat) return undefined;
  if (name === 'SQL' && args.positional.length === 1 && args.keywords.size === 0) return decodeStringExpr(t, args.positional[0]);
  if (name !== 'format' || fn?.type !== 'attribute') return undefined;
  const base = unparen(field(fn, 'object'));
  // `str.format` on a plain literal, or `Composable.format` on `SQL(…)`.
  const template = base?.type === 'call' && lastName(t, field(base, 'function')) === 'SQL' ? decodeSqlExpr(t, base, depth + 1) : decodeStringExpr(t, base);
  if (!template || template.interpolated) return undefined;
  return substitute(template, (key, index) => {
    const v = key === '' ? args.positional[index] : /^\d+$/.test(key) ? args.positional[Number(key)] : args.keywords.get(key);
    return v ? partText(t, v, depth) : undefined;
  });
}

/** A part's text, with its source offsets when it maps onto a literal (a table named in `Identifier("leads")`). */
interface Part {
  readonly text: string;
  readonly offsets?: readonly number[];
}

/** The SQL one `format` argument stands for. */
function partText(t: PyTree, node: PyNode, depth: number): Part | undefined {
  const n = unparen(node);
  if (!n) return undefined;
  if (n.type !== 'call') {
    const d = decodeStringExpr(t, n);
    return d && !d.interpolated ? { text: d.text, offsets: d.offsets } : undefined;
  }
  const name = lastName(t, field(n, 'function'));
  const args = callArgs(t, n);
  if (name === 'Identifier') {
    const parts = args.positional.map((a) => decodeStringExpr(t, a));
    if (!parts.length || parts.some((p) => !p || p.interpolated)) return undefined;
    const text = parts.map((p) => `"${p!.text.replace(/"/g, '""')}"`).join('.');
    // One plain name: the quotes stand on the literal's own quotes, the name on its characters.
    const one = parts.length === 1 && !parts[0]!.text.includes('"') ? parts[0]! : undefined;
    return one ? { text, offsets: [args.positional[0]!.start, ...one.offsets.slice(0, one.text.length), args.positional[0]!.end - 1] } : { text };
  }
  if (name === 'Literal' || name === 'Placeholder') return { text: '%s' };
  if (name === 'SQL') {
    const d = decodeSqlExpr(t, n, depth + 1);
    return d ? { text: d.text, offsets: d.offsets } : undefined;
  }
  return undefined;
}

/** `{}`/`{0}`/`{name}` replaced by their parts (mapped to the placeholder's offset), `{{`/`}}` unescaped. */
function substitute(d: DecodedString, part: (key: string, index: number) => Part | undefined): DecodedString | undefined {
  let text = '';
  const offsets: number[] = [];
  let auto = 0;
  for (let i = 0; i < d.text.length; i++) {
    const c = d.text[i]!;
    if ((c === '{' || c === '}') && d.text[i + 1] === c) {
      text += c;
      offsets.push(d.offsets[i]!);
      i++;
      continue;
    }
    if (c === '}') return undefined;
    if (c !== '{') {
      text += c;
      offsets.push(d.offsets[i]!);
      continue;
    }
    const close = d.text.indexOf('}', i);
    const key = close > 0 ? d.text.slice(i + 1, close) : undefined;
    if (key === undefined || !/^(\w*)$/.test(key)) return undefined;
    const v = part(key, auto);
    if (key === '') auto++;
    if (v === undefined) return undefined;
    text += v.text;
    for (let k = 0; k < v.text.length; k++) offsets.push(v.offsets?.[k] ?? d.offsets[i]!);
    i = close;
  }
  offsets.push(d.offsets[d.text.length]!);
  return { text, offsets, interpolated: false };
}

