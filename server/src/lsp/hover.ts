/**
 * Hover on a partitioned table name: how the table is partitioned and what partitions are
 * known. The table is found from a finding under the cursor (host code: a model name) or from
 * the (possibly qualified, possibly quoted) SQL name under the cursor.
 */
import {
  displayName,
  keyText,
  leafPartitions,
  type BoundValue,
  type CatalogView,
  type Partition,
  type PartitionedTable,
} from '../engine/catalog/model';
import type { Finding } from '../engine/finding';

/** `public.leads` / `"My Schema"."Leads"` / `leads` → exact parts (unquoted parts folded to lower case). */
export function parseQualifiedName(text: string): { schema?: string; name: string } | undefined {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += text[j];
        j++;
      }
      parts.push(s);
      i = j + 1;
    } else {
      const m = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/.exec(text.slice(i));
      if (!m) return undefined;
      parts.push(m[0].toLowerCase());
      i += m[0].length;
    }
    if (i >= text.length) break;
    if (text[i] !== '.') return undefined;
    i++;
  }
  if (parts.length === 0 || parts.length > 3) return undefined;
  const name = parts[parts.length - 1]!;
  return parts.length >= 2 ? { schema: parts[parts.length - 2]!, name } : { name };
}

const NAME_CHAR = /[\w$."\u0080-\uffff]/;

/**
 * The partitioned table named at an offset (`leads`, `public.leads` with the cursor on either
 * part, quoted names). Aliases are not followed: only real table names resolve.
 */
export function tableAt(text: string, offset: number, catalog: CatalogView): { table: PartitionedTable; start: number; end: number } | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
  if (start === end) return undefined;
  // Split into dot-separated segments (quotes respected) with their offsets.
  const segs: { text: string; start: number; end: number }[] = [];
  let i = start;
  while (i < end) {
    const s = i;
    if (text[i] === '"') {
      i++;
      while (i < end && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
    } else {
      while (i < end && text[i] !== '.' && text[i] !== '"') i++;
    }
    segs.push({ text: text.slice(s, Math.min(i, end)), start: s, end: Math.min(i, end) });
    if (text[i] === '.') i++;
    else if (i < end && text[i] !== '"') break;
  }
  const at = segs.findIndex((s) => offset >= s.start && offset <= s.end);
  if (at < 0) return undefined;
  const candidates: { from: number; to: number }[] = [];
  // `schema.table` with the cursor on either part, then the segment alone.
  if (at + 1 < segs.length) candidates.push({ from: at, to: at + 1 });
  if (at > 0) candidates.push({ from: at - 1, to: at });
  candidates.push({ from: at, to: at });
  for (const c of candidates) {
    const first = segs[c.from]!;
    const last = segs[c.to]!;
    const q = parseQualifiedName(text.slice(first.start, last.end));
    if (!q) continue;
    const table = catalog.lookup(q.schema, q.name);
    if (table) return { table, start: first.start, end: last.end };
  }
  return undefined;
}

/** Resolves a finding's table display name against a catalog. */
export function tableOfFinding(f: Finding, catalog: CatalogView): PartitionedTable | undefined {
  const q = parseQualifiedName(f.table);
  if (!q) return undefined;
  return catalog.lookup(q.schema, q.name) ?? catalog.tables().find((t) => displayName(t.schema, t.name) === f.table);
}

export interface HoverContext {
  /** Shows a source file path nicely (relative to the workspace folder). */
  displayPath(file: string): string;
  /** Label of the live connection, when one is active. */
  liveLabel?: string;
}

/** Markdown describing a partitioned table. */
export function describeTable(t: PartitionedTable, ctx: HoverContext): string {
  const lines: string[] = [];
  lines.push(`**${escapeMd(displayName(t.schema, t.name))}** — partitioned by ${t.strategy.toUpperCase()} (${code(keyText(t.key))})`);
  lines.push('');
  const parts = t.partitions;
  const leaves = leafPartitions(parts);
  const nonDefault = parts.filter((p) => p.bound.kind !== 'default');
  const def = parts.find((p) => p.bound.kind === 'default');
  if (parts.length === 0) {
    lines.push('No partitions known.');
  } else {
    const leafNote = leaves.length !== parts.length ? ` (${leaves.length} leaf partitions)` : '';
    lines.push(`${parts.length} partition${parts.length === 1 ? '' : 's'} known${leafNote}.`);
    const summary = boundSummary(t.strategy, nonDefault);
    if (summary) lines.push('', summary);
  }
  lines.push('', def ? `Default partition: ${code(displayName(def.schema, def.name))}` : 'No default partition.');
  const sub = parts.find((p) => p.subPartitioning);
  if (sub?.subPartitioning) {
    const n = parts.filter((p) => p.subPartitioning).length;
    lines.push('', `Sub-partitioned: ${n} partition${n === 1 ? '' : 's'} by ${sub.subPartitioning.strategy.toUpperCase()} (${code(keyText(sub.subPartitioning.key))}).`);
  }
  lines.push('', `Source: ${sourceText(t, ctx)}`);
  return lines.join('\n');
}

function sourceText(t: PartitionedTable, ctx: HoverContext): string {
  const s = t.source;
  if (!s) return ctx.liveLabel ? `live database (${escapeMd(ctx.liveLabel)})` : 'unknown';
  if (s.kind === 'database') return `live database${s.detail ? ` (${escapeMd(s.detail)})` : ctx.liveLabel ? ` (${escapeMd(ctx.liveLabel)})` : ''}`;
  if (s.kind === 'setting') return 'setting `partitionLens.tables`';
  if (s.file) return code(`${ctx.displayPath(s.file)}${s.line ? `:${s.line}` : ''}`);
  return s.kind;
}

function boundSummary(strategy: PartitionedTable['strategy'], parts: readonly Partition[]): string | undefined {
  if (strategy === 'range') {
    let min: readonly BoundValue[] | undefined;
    let max: readonly BoundValue[] | undefined;
    for (const p of parts) {
      if (p.bound.kind !== 'range') continue;
      if (!min || compareTuple(p.bound.from, min) < 0) min = p.bound.from;
      if (!max || compareTuple(p.bound.to, max) > 0) max = p.bound.to;
    }
    if (!min || !max) return undefined;
    return `Range: FROM (${tupleText(min)}) … TO (${tupleText(max)})`;
  }
  if (strategy === 'list') {
    let values = 0;
    let nulls = false;
    for (const p of parts) {
      if (p.bound.kind !== 'list') continue;
      values += p.bound.values.length;
      if (p.bound.values.includes(null)) nulls = true;
    }
    return `${values} list value${values === 1 ? '' : 's'}${nulls ? ' (including NULL)' : ''}.`;
  }
  let modulus = 0;
  const remainders = new Set<number>();
  for (const p of parts) {
    if (p.bound.kind !== 'hash') continue;
    modulus = Math.max(modulus, p.bound.modulus);
    remainders.add(p.bound.remainder);
  }
  if (modulus === 0) return undefined;
  return `Hash modulus ${modulus}; ${remainders.size} of ${modulus} remainders have a partition.`;
}

function valueText(v: BoundValue): string {
  if (v.kind === 'minvalue') return 'MINVALUE';
  if (v.kind === 'maxvalue') return 'MAXVALUE';
  return /^-?\d+(\.\d+)?$/.test(v.text) ? v.text : `'${v.text.replace(/'/g, "''")}'`;
}

function tupleText(t: readonly BoundValue[]): string {
  return escapeMd(t.map(valueText).join(', '));
}

function compareValue(a: BoundValue, b: BoundValue): number {
  const rank = (v: BoundValue): number => (v.kind === 'minvalue' ? 0 : v.kind === 'value' ? 1 : 2);
  if (a.kind !== 'value' || b.kind !== 'value') return rank(a) - rank(b);
  const na = Number(a.text);
  const nb = Number(b.text);
  if (a.text.trim() !== '' && b.text.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

function compareTuple(a: readonly BoundValue[], b: readonly BoundValue[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareValue(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Inline code; a backtick inside cannot be escaped in CommonMark, so it is replaced. */
function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
