/**
 * SQL text assembled from pieces, each remembering where it came from in the host document:
 * verbatim pieces map character by character (SQL inside a string or heredoc), synthetic
 * pieces (SQL that the ORM would generate) map onto a whole document range (the model
 * constant, an association symbol). Findings are mapped back with `mapStart`/`mapEnd`.
 */

interface Piece {
  /** Offset of the piece in the SQL text. */
  readonly at: number;
  readonly len: number;
  /** Document range the piece maps onto. */
  readonly docStart: number;
  readonly docEnd: number;
  readonly verbatim: boolean;
}

export class SqlText {
  private text = '';
  private readonly pieces: Piece[] = [];

  constructor(private readonly fallback: { start: number; end: number }) {}

  get length(): number {
    return this.text.length;
  }

  /** Appends SQL that maps onto a document range as a whole (default: the fallback range). */
  synth(s: string, doc: { start: number; end: number } = this.fallback): this {
    if (s.length) {
      this.pieces.push({ at: this.text.length, len: s.length, docStart: doc.start, docEnd: doc.end, verbatim: false });
      this.text += s;
    }
    return this;
  }

  /** Appends SQL that is the document's own text starting at `docStart` (same length). */
  verbatim(s: string, docStart: number): this {
    if (s.length) {
      this.pieces.push({ at: this.text.length, len: s.length, docStart, docEnd: docStart + s.length, verbatim: true });
      this.text += s;
    }
    return this;
  }

  /** Appends another SqlText, keeping its mapping. */
  append(other: SqlText): this {
    const base = this.text.length;
    for (const p of other.pieces) this.pieces.push({ ...p, at: p.at + base });
    this.text += other.text;
    return this;
  }

  toString(): string {
    return this.text;
  }

  private find(offset: number, preferEnd: boolean): Piece | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    let best: Piece | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pieces[mid]!;
      if (p.at <= offset) {
        best = p;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // An end offset that falls exactly on the start of a piece belongs to the piece before it.
    if (preferEnd && best && best.at === offset) {
      const i = this.pieces.indexOf(best);
      if (i > 0) best = this.pieces[i - 1];
    }
    return best;
  }

  /** Document offset for a start offset in the SQL text. */
  mapStart(offset: number): number {
    const p = this.find(offset, false);
    if (!p) return this.fallback.start;
    if (!p.verbatim) return p.docStart;
    return p.docStart + Math.min(offset - p.at, p.len);
  }

  /** Document offset for an end offset in the SQL text. */
  mapEnd(offset: number): number {
    const p = this.find(offset, true);
    if (!p) return this.fallback.end;
    if (!p.verbatim) return p.docEnd;
    return p.docStart + Math.min(offset - p.at, p.len);
  }

  /** True when the SQL offset lies in a verbatim piece (text the user wrote). */
  isVerbatim(offset: number): boolean {
    const p = this.find(offset, false);
    return !!p && p.verbatim && offset < p.at + p.len;
  }
}
