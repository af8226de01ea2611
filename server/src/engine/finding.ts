/**
 * What the engine reports. Offsets are UTF-16 code-unit offsets into the checked
 * document's full text (what editors and JavaScript strings use); the LSP server and
 * the CLI turn them into line/column positions with `LineIndex`.
 */

/** The stable diagnostic codes: part of the CLI's JSON contract. */
export type RuleId = 'partition-key-missing' | 'partition-key-not-prunable' | 'partition-key-runtime-only';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  readonly code: RuleId;
  /** Default severity of the rule; settings may override it later. */
  readonly severity: Severity;
  /** UTF-16 offsets of the table reference (or, in host code, the model/query call). */
  readonly start: number;
  readonly end: number;
  /** Display name of the partitioned table, e.g. `public.leads`. */
  readonly table: string;
  readonly message: string;
  /** Data that quick fixes need (key columns, strategy, where to insert a filter). */
  readonly fix?: FixHint;
  /**
   * Where the query was created and refined when that is not the reported place (a builder
   * returned from another method or file). Becomes LSP `relatedInformation` and the CLI's
   * `related` entries.
   */
  readonly related?: readonly RelatedLocation[];
  /**
   * The SQL statement that was judged (synthesized for ORM code): matched against what the
   * database really ran (`pg_stat_statements`, by statement shape) by the pruning audit.
   */
  readonly statement?: string;
}

/**
 * Another place that explains a finding. In the checked document it is given by UTF-16 offsets;
 * in another file by that file's path and 0-based line/character positions (the index that saw
 * the file computed them, so consumers need not read it).
 */
export type RelatedLocation =
  | { readonly kind: 'here'; readonly start: number; readonly end: number; readonly message: string }
  | {
      readonly kind: 'file';
      /** Absolute path of the other file. */
      readonly fileName: string;
      readonly start: { readonly line: number; readonly character: number };
      readonly end: { readonly line: number; readonly character: number };
      readonly message: string;
    };

/** Enough for a code action to build a filter on the partition key. */
export interface FixHint {
  readonly strategy: 'range' | 'list' | 'hash';
  /** Key column names (or expression texts) of the top-level key, in order. */
  readonly keyColumns: readonly string[];
  /** Alias or name the query uses for the table, to qualify inserted columns. */
  readonly qualifier?: string;
  /**
   * Where a filter should go: `where` = offset just after an existing WHERE clause's
   * condition (append `AND …`); `insert` = offset where ` WHERE …` can be inserted.
   */
  readonly insertAt?: { readonly offset: number; readonly mode: 'and' | 'where' };
  /** Host language of the finding (`sql`, `ruby`, `typescript`, `python`). */
  readonly language?: string;
  /** Host-language specific fix data (e.g. the call chain end offset). */
  readonly host?: Readonly<Record<string, string | number>>;
}

/**
 * The findings without repeats (same range, code and table), first one kept: host code can
 * reach the same query through several paths.
 */
export function dedupeFindings(fs: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.start}:${f.end}:${f.code}:${f.table}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Maps UTF-16 offsets to 0-based line / character positions and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 0-based line and UTF-16 character of an offset. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  /** Offset of a 0-based line / character position (clamped to the text). */
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line]! + character, this.text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * A finding moved by `by` (a unit or statement checked at another offset): its range, its SQL
 * insert point, related places in this document, and the host fix data offsets named in `hostKeys`.
 */
export function shiftFinding(f: Finding, by: number, hostKeys: readonly string[]): Finding {
  if (by === 0) return f;
  let fix = f.fix;
  if (fix) {
    const host = fix.host ? { ...fix.host } : undefined;
    if (host) for (const k of hostKeys) if (typeof host[k] === 'number') host[k] = (host[k] as number) + by;
    fix = { ...fix, ...(host ? { host } : {}), ...(fix.insertAt ? { insertAt: { ...fix.insertAt, offset: fix.insertAt.offset + by } } : {}) };
  }
  // Related places in this document move too (other files are given by line).
  const related = f.related?.map((r) => (r.kind === 'here' ? { ...r, start: r.start + by, end: r.end + by } : r));
  return { ...f, start: f.start + by, end: f.end + by, ...(fix ? { fix } : {}), ...(related ? { related } : {}) };
}
