/**
 * Statements composed with psycopg's `sql` module (`sql.SQL("SELECT … FROM {table}")
 * .format(table=sql.Identifier("leads"))`): the text the driver sends, with identifiers quoted
 * and literals and placeholders as `%s`; `str.format`, f-strings and printf-style `%` formatting of
 * plain literals alike. Anything not known (a name, a `join`) gives undefined.
 */
import { callArgs, field, lastName, named, type PyNode, type PyTree, resolveVariable, type ScopeIndex, textOf, unparen } from './ast';
import { decodeStringExpr, type DecodedString } from './strings';

/** The table a model class is stored in (`Lead` → `leads`), for `Lead._meta.db_table` / `Lead.__tablename__`. */
export type TableOf = (model: string) => string | undefined;

const TABLE_ATTR = /^([A-Za-z_][\w.]*?)\.(?:_meta\.db_table|__tablename__|__table__\.name)$/;

/** What composing a statement may consult: model tables, and the variables of the tree (`sql = sql.format(…)`). */
export interface SqlCtx {
  readonly tableOf?: TableOf;
  readonly scopes?: ScopeIndex;
}

/** A plain string, `SQL("…")`, or one of them `.format(…)`-ed with known parts. */
export function decodeSqlExpr(t: PyTree, node: PyNode | undefined, ctx: SqlCtx = {}, depth = 0): DecodedString | undefined {
  let n = unparen(node);
  if (!n || depth > 6) return undefined;
  if (n.type === 'identifier' && ctx.scopes && depth > 0) n = unparen(resolveVariable(t, n, ctx.scopes));
  if (!n) return undefined;
  if (n.type === 'string') return fString(t, n, ctx, depth);
  if (n.type === 'binary_operator' && textOf(t, field(n, 'operator')!) === '%') return percentFormat(t, n, ctx, depth);
  if (n.type !== 'call') return decodeStringExpr(t, n);
  const fn = unparen(field(n, 'function'));
  const name = fn?.type === 'attribute' ? textOf(t, field(fn, 'attribute')!) : lastName(t, fn);
  const args = callArgs(t, n);
  if (args.splat) return undefined;
  if (name === 'SQL' && args.positional.length === 1 && args.keywords.size === 0) return decodeStringExpr(t, args.positional[0]);
  if (name !== 'format' || fn?.type !== 'attribute') return undefined;
  const base = unparen(field(fn, 'object'));
  // `str.format` on a plain literal, or `Composable.format` on `SQL(…)`.
  const template = decodeSqlExpr(t, base, ctx, depth + 1);
  if (!template || template.interpolated) return undefined;
  return substitute(template, (key, index) => {
    const v = key === '' ? args.positional[index] : /^\d+$/.test(key) ? args.positional[Number(key)] : args.keywords.get(key);
    return v ? partText(t, v, ctx, depth) : undefined;
  });
}

/** A part's text, with its source offsets when it maps onto a literal (a table named in `Identifier("leads")`). */
interface Part {
  readonly text: string;
  readonly offsets?: readonly number[];
}

/** The SQL one `format` argument stands for. */
function partText(t: PyTree, node: PyNode, ctx: SqlCtx, depth: number): Part | undefined {
  const n = unparen(node);
  if (!n) return undefined;
  const attr = n.type === 'attribute' ? TABLE_ATTR.exec(textOf(t, n).replace(/\s+/g, '')) : null;
  if (attr) {
    const table = ctx.tableOf?.(attr[1]!.slice(attr[1]!.lastIndexOf('.') + 1));
    return table ? { text: table } : undefined;
  }
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
    const d = decodeSqlExpr(t, n, ctx, depth + 1);
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


/** An f-string whose interpolations name a model's table (`f"SELECT … FROM {Lead._meta.db_table}"`); a plain string as is. */
function fString(t: PyTree, n: PyNode, ctx: SqlCtx, depth: number): DecodedString | undefined {
  const d = decodeStringExpr(t, n);
  if (!d?.interpolated) return d;
  let text = '';
  const offsets: number[] = [];
  let k = 0;
  for (const c of n.children) {
    if (c.type !== 'interpolation') continue;
    const parts = c.children.filter((x) => x.named);
    const v = parts.length === 1 ? partText(t, parts[0]!, ctx, depth) : undefined;
    const at = d.offsets.indexOf(c.start, k);
    // Anything else keeps its placeholder (judged with parse errors quiet, as before).
    if (!v || at < 0) return d;
    text += d.text.slice(k, at);
    offsets.push(...d.offsets.slice(k, at));
    text += v.text;
    for (let i = 0; i < v.text.length; i++) offsets.push(v.offsets?.[i] ?? c.start);
    k = at + (c.end - c.start);
  }
  text += d.text.slice(k);
  offsets.push(...d.offsets.slice(k));
  return { text, offsets, interpolated: false };
}

/** Where a `%s` stands for a value (`id IN (%s)`, `= %s`, `LIMIT %s`), not for SQL text (`WHERE %s`, `FROM %s`). */
const VALUE_POSITION = /(?:[=<>]|\bIN\s*\(|\bLIKE|\bLIMIT|\bOFFSET)\s*$/i;

/**
 * `"… WHERE id IN (%s)" % ",".join(ids)`: printf-style formatting of a statement. A literal operand
 * (a string, a number, a model's table) is its text; any other operand in a value position stays a
 * `%s` placeholder (the value the planner cannot know); anything else gives undefined.
 */
function percentFormat(t: PyTree, n: PyNode, ctx: SqlCtx, depth: number): DecodedString | undefined {
  const template = decodeSqlExpr(t, field(n, 'left'), ctx, depth + 1);
  const right = unparen(field(n, 'right'));
  if (!template || template.interpolated || !right) return undefined;
  const items = right.type === 'tuple' ? named(right) : right.type === 'dictionary' ? undefined : [right];
  const keyed = right.type === 'dictionary' ? new Map(named(right).flatMap((p) => (p.type === 'pair' ? [[decodeStringExpr(t, field(p, 'key'))?.text ?? '', field(p, 'value')!] as const] : []))) : undefined;
  const d = template.text;
  let text = '';
  const offsets: number[] = [];
  let next = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d[i]!;
    if (c !== '%') {
      text += c;
      offsets.push(template.offsets[i]!);
      continue;
    }
    if (d[i + 1] === '%') {
      text += '%';
      offsets.push(template.offsets[i]!);
      i++;
      continue;
    }
    const m = /^%(?:\((\w+)\))?[-+ #0]*\d*(?:\.\d+)?([sdirf])/.exec(d.slice(i));
    if (!m) return undefined;
    const operand = m[1] !== undefined ? keyed?.get(m[1]) : items?.[next++];
    if (!operand) return undefined;
    const lit = unparen(operand)?.type === 'integer' || unparen(operand)?.type === 'float' ? { text: textOf(t, operand) } : partText(t, operand, ctx, depth);
    const v = lit ?? (VALUE_POSITION.test(text) ? { text: '%s' } : undefined);
    if (!v) return undefined;
    text += v.text;
    for (let k = 0; k < v.text.length; k++) offsets.push(template.offsets[i]!);
    i += m[0].length - 1;
  }
  if (items && next !== items.length) return undefined;
  offsets.push(template.offsets[d.length]!);
  return { text, offsets, interpolated: false };
}
