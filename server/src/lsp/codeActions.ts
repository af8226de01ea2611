/**
 * Quick fixes for a finding: insert a filter on the partition key (SQL), the host module's own
 * fixes (Ruby, TypeScript, Python), and suppression comments for the line or the file.
 * Everything here works on UTF-16 offsets; the session turns them into LSP ranges.
 */
import { displayIdent, type PartitionedTable } from '../engine/catalog/model';
import type { DocumentKind } from '../engine/check';
import type { Finding, FixHint } from '../engine/finding';
import { hostModuleFor } from '../engine/index';
import { disableFileInsertion, disableNextLineInsertion, lineCommentFor } from '../engine/suppress';
import { LineIndex } from '../engine/finding';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface ActionPlan {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly preferred: boolean;
}

const PLAIN = /^[a-z_][a-z0-9_$]*$/;

function column(name: string, qualifier: string | undefined): string {
  // Key expression texts are wrapped in parentheses; plain names are quoted only when needed.
  const col = PLAIN.test(name) ? name : /^[A-Za-z_][\w$]*$/.test(name) ? displayIdent(name) : `(${name})`;
  return qualifier ? `${qualifier}.${col}` : col;
}

function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

function literal(text: string): string {
  return /^-?\d+(\.\d+)?$/.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
}

/**
 * The condition a filter template inserts. Values are placeholders for the user to replace:
 * for RANGE the bounds of the current month (or of the newest known numeric partition), for
 * LIST a known value, for HASH a parameter per key column.
 */
export function filterCondition(hint: FixHint, table: PartitionedTable | undefined, now: Date = new Date()): string | undefined {
  const cols = hint.keyColumns;
  if (cols.length === 0) return undefined;
  const q = hint.qualifier;
  if (hint.strategy === 'range') {
    const c = column(cols[0]!, q);
    let from = `'${isoDate(now)}'`;
    let to = `'${isoDate(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)))}'`;
    const ranges = (table?.partitions ?? []).flatMap((p) => (p.bound.kind === 'range' ? [p.bound] : []));
    const last = ranges[ranges.length - 1];
    const f = last?.from[0];
    const t = last?.to[0];
    if (f?.kind === 'value' && t?.kind === 'value' && /^-?\d+$/.test(f.text) && /^-?\d+$/.test(t.text)) {
      from = f.text;
      to = t.text;
    }
    return `${c} >= ${from} AND ${c} < ${to}`;
  }
  if (hint.strategy === 'list') {
    let value = "'value'";
    for (const p of table?.partitions ?? []) {
      if (p.bound.kind === 'list') {
        const v = p.bound.values.find((x) => x !== null);
        if (v !== undefined && v !== null) {
          value = literal(v);
          break;
        }
      }
    }
    return `${column(cols[0]!, q)} = ${value}`;
  }
  return cols.map((c, i) => `${column(c, q)} = $${i + 1}`).join(' AND ');
}

/** The edit inserting a filter on the key (` WHERE …` or ` AND …`), when the finding says where. */
export function filterEdit(f: Finding, table: PartitionedTable | undefined, now?: Date, text?: string): ActionPlan | undefined {
  const hint = f.fix;
  if (!hint?.insertAt) return undefined;
  const cond = filterCondition(hint, table, now);
  if (!cond) return undefined;
  const { offset, mode } = hint.insertAt;
  const title = `Add a filter on the partition key of ${f.table} (${hint.keyColumns.join(', ')})`;
  if (mode === 'where') return { title, edits: [{ start: offset, end: offset, newText: ` WHERE ${cond}` }], preferred: true };
  // `WHERE a OR b` + ` AND key…` would bind to `b` only: parenthesise an existing top-level OR.
  const existing = text === undefined ? undefined : whereCondition(text, f.end, offset);
  const edits: OffsetEdit[] = [];
  if (existing?.hasOr) edits.push({ start: existing.start, end: existing.start, newText: '(' });
  edits.push({ start: offset, end: offset, newText: `${existing?.hasOr ? ')' : ''} AND ${cond}` });
  return { title, edits, preferred: true };
}

/**
 * The condition of the last top-level `WHERE` between `from` and `to` (document offsets), and
 * whether it has a top-level `OR`. A small SQL scanner: quotes, quoted identifiers, comments and
 * dollar quotes are skipped, parentheses tracked.
 */
export function whereCondition(text: string, from: number, to: number): { start: number; hasOr: boolean } | undefined {
  let depth = 0;
  let start: number | undefined;
  let hasOr = false;
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      i++;
      while (i < to && !(text[i] === c && text[i + 1] !== c)) i += text[i] === c ? 2 : 1;
      i++;
    } else if (c === '-' && text[i + 1] === '-') {
      while (i < to && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? to : e + 2;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(text.slice(i, i + 64))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))![0];
      const e = text.indexOf(tag, i + tag.length);
      i = e < 0 ? to : e + tag.length;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
    } else if (/[A-Za-z_]/.test(c) && (i === 0 || !/[\w$]/.test(text[i - 1]!))) {
      const word = /^[A-Za-z_][\w$]*/.exec(text.slice(i, i + 64))![0];
      if (depth === 0) {
        const w = word.toLowerCase();
        if (w === 'where') {
          start = i + word.length;
          while (start < to && /\s/.test(text[start]!)) start++;
          hasOr = false;
        } else if (w === 'or' && start !== undefined) {
          hasOr = true;
        }
      }
      i += word.length;
    } else {
      i++;
    }
  }
  return start === undefined ? undefined : { start, hasOr };
}

/**
 * Which comment marker a suppression for this finding needs: in host code, a finding inside a
 * multi-line embedded SQL string gets an SQL comment (the line above is still SQL); otherwise
 * the host language's own comment.
 */
function markerFor(kind: DocumentKind, text: string, f: Finding): string {
  if (kind === 'sql') return lineCommentFor('sql');
  const host = hostModuleFor(kind);
  if (host) {
    try {
      const index = new LineIndex(text);
      const line = index.position(f.start).line;
      for (const frag of host.sqlFragments(text)) {
        const s = frag.mapOffset(0);
        const e = frag.mapOffset(frag.text.length);
        if (f.start >= s && f.start <= e && index.position(s).line < line) return lineCommentFor('sql-embedded');
      }
    } catch {
      // Fall back to the host comment.
    }
  }
  return lineCommentFor(kind);
}

export function suppressionPlans(kind: DocumentKind, text: string, f: Finding): ActionPlan[] {
  const index = new LineIndex(text);
  const line = index.position(f.start).line;
  const next = disableNextLineInsertion(text, line, markerFor(kind, text, f), f.code);
  const file = disableFileInsertion(text, lineCommentFor(kind), f.code);
  return [
    { title: `Suppress ${f.code} on this line`, edits: [{ start: next.offset, end: next.offset, newText: next.text }], preferred: false },
    { title: `Suppress ${f.code} in this file`, edits: [{ start: file.offset, end: file.offset, newText: file.text }], preferred: false },
  ];
}

/** Every action for one finding, the main fix first. */
export function actionsFor(kind: DocumentKind, text: string, f: Finding, table: PartitionedTable | undefined, log: (m: string) => void): ActionPlan[] {
  const out: ActionPlan[] = [];
  const host = hostModuleFor(kind);
  if (host?.quickFixes) {
    try {
      const fixes = host.quickFixes(text, f);
      fixes.forEach((x, i) => out.push({ title: x.title, edits: x.edits, preferred: x.preferred ?? i === 0 }));
    } catch (e) {
      log(`Partition Lens: quick fixes failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (out.length === 0 || f.fix?.language === 'sql') {
    const sqlFix = filterEdit(f, table, undefined, text);
    if (sqlFix) out.push({ ...sqlFix, preferred: out.length === 0 });
  }
  out.push(...suppressionPlans(kind, text, f));
  return out;
}
