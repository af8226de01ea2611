/**
 * Quick fixes for a finding: insert a filter on the partition key (SQL), the host module's own
 * fixes (Ruby, TypeScript, Python), and suppression comments for the line or the file.
 * Everything here works on UTF-16 offsets; the session turns them into LSP ranges.
 */
import { formatIdent } from '../db/quote';
import { wrappedKeyRewrite } from '../engine/analysis/fix';
import type { PartitionedTable } from '../engine/catalog/model';
import { parserReady, parseSql } from '../engine/sql/parse';
import type { DocumentKind } from '../engine/check';
import type { Finding, FixHint } from '../engine/finding';
import { hostModuleFor, type FolderIndexes } from '../engine/index';
import { disableFileInsertion, disableNextLineInsertion, lineCommentFor } from '../engine/suppress';
import { LineIndex } from '../engine/finding';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  /** LSP snippet syntax (`${1:from}` tab stops) when `snippet` is set. */
  readonly newText: string;
  /** The text has placeholders the user fills in; never a guessed value. */
  readonly snippet?: boolean;
}

export interface ActionPlan {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly preferred: boolean;
}

/** Escapes text for LSP snippet syntax (`$`, `}` and `\` are special there). */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * The plain text for a client without snippet edits: every tab stop becomes `…`, which does not
 * parse in SQL, Ruby or TypeScript (Python keeps its `...` placeholder), so nothing runs until
 * the user writes the values.
 */
export function snippetToPlain(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{\d+(?::([^}]*))?\}/.exec(snippet.slice(i));
      if (m) {
        out += m[1] === '...' ? '...' : '…';
        i += m[0].length - 1;
      } else out += c;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      const m = /^\$\d+/.exec(snippet.slice(i))!;
      out += '…';
      i += m[0].length - 1;
    } else out += c;
  }
  return out;
}

/** A key part as SQL text: a column name quoted as PostgreSQL needs it, an expression in parentheses. */
function column(name: string, qualifier: string | undefined, expression: boolean): string {
  const col = expression ? `(${name})` : formatIdent(name);
  return qualifier ? `${qualifier}.${col}` : col;
}

/**
 * The condition a filter inserts, as a snippet: the key column(s) with tab stops for the values
 * (`created_at >= ${1:from} AND created_at < ${2:to}`). The values are the user's to write: a
 * guessed bound (this month, a known partition) could change what the query returns.
 */
export function filterCondition(hint: FixHint, table: PartitionedTable | undefined): string | undefined {
  const cols = hint.keyColumns;
  if (cols.length === 0) return undefined;
  const q = hint.qualifier;
  const isExpr = (i: number, name: string): boolean => {
    const k = table?.key[i];
    return k ? k.kind !== 'column' : /[()+\-*/|:,]/.test(name);
  };
  const c = (i: number): string => snippetText(column(cols[i]!, q, isExpr(i, cols[i]!)));
  if (hint.strategy === 'range') return `${c(0)} >= \${1:from} AND ${c(0)} < \${2:to}`;
  if (hint.strategy === 'list') return `${c(0)} = \${1:value}`;
  return cols.map((_, i) => `${c(i)} = \${${i + 1}:value${cols.length > 1 ? i + 1 : ''}}`).join(' AND ');
}

/** The edit inserting a filter on the key (` WHERE …` or ` AND …`), when the finding says where. */
export function filterEdit(f: Finding, table: PartitionedTable | undefined, text?: string, why?: string): ActionPlan | undefined {
  const hint = f.fix;
  if (!hint?.insertAt) return undefined;
  const cond = filterCondition(hint, table);
  if (!cond) return undefined;
  const { offset, mode } = hint.insertAt;
  const title = `Add a filter on the partition key of ${f.table} (${hint.keyColumns.map(formatIdent).join(', ')}) — fill in the values${why ? `; not rewritten because ${why}` : ''}`;
  if (mode === 'where') return { title, edits: [{ start: offset, end: offset, newText: ` WHERE ${cond}`, snippet: true }], preferred: true };
  // `WHERE a OR b` + ` AND key…` would bind to `b` only: parenthesise an existing top-level OR.
  const existing = text === undefined ? undefined : whereCondition(text, f.end, offset);
  const edits: OffsetEdit[] = [];
  if (existing?.hasOr) edits.push({ start: existing.start, end: existing.start, newText: '(' });
  edits.push({ start: offset, end: offset, newText: `${existing?.hasOr ? ')' : ''} AND ${cond}`, snippet: true });
  return { title, edits, preferred: true };
}

/**
 * For a wrapped key in SQL (`date_trunc('month', k) = '2026-11-01'`, `k::date = '2026-11-05'`):
 * the rewrite to a range on the bare key when it provably returns the same rows, else the reason
 * it cannot be rewritten (the caller then offers the filter snippet and says why).
 */
export function rewriteAction(text: string, f: Finding, table: PartitionedTable | undefined): ActionPlan | { refused: string } | undefined {
  if (f.code !== 'partition-key-not-prunable' || f.fix?.language !== 'sql' || !parserReady()) return undefined;
  const key = table?.key[0];
  if (!key || key.kind !== 'column') return undefined;
  let r;
  try {
    r = wrappedKeyRewrite(parseSql(text).statements, f.start, key.column, key.type);
  } catch {
    return undefined;
  }
  if (!r) return undefined;
  if (r.kind === 'refused') return { refused: r.reason };
  return {
    title: `Rewrite ${r.original} as a range on ${formatIdent(key.column)} (same rows: ${r.because}; prunes)`,
    edits: [{ start: r.start, end: r.end, newText: r.newText }],
    preferred: true,
  };
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
export function actionsFor(
  kind: DocumentKind,
  text: string,
  f: Finding,
  table: PartitionedTable | undefined,
  log: (m: string) => void,
  indexes?: FolderIndexes,
): ActionPlan[] {
  const out: ActionPlan[] = [];
  const host = hostModuleFor(kind);
  if (host?.quickFixes) {
    try {
      const fixes = host.quickFixes(text, f, indexes?.indexFor(host));
      fixes.forEach((x, i) => out.push({ title: x.title, edits: x.edits, preferred: x.preferred ?? i === 0 }));
    } catch (e) {
      log(`Partition Lens: quick fixes failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (out.length === 0 || f.fix?.language === 'sql') {
    const rewrite = kind === 'sql' ? rewriteAction(text, f, table) : undefined;
    if (rewrite && 'edits' in rewrite) out.push({ ...rewrite, preferred: out.length === 0 });
    const sqlFix = filterEdit(f, table, text, rewrite && 'refused' in rewrite ? rewrite.refused : undefined);
    if (sqlFix) out.push({ ...sqlFix, preferred: out.length === 0 });
  }
  out.push(...suppressionPlans(kind, text, f));
  return out;
}
