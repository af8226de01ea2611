/**
 * Runtime evidence: what the database really ran (the pruning audit's statements that scanned
 * every partition, by fingerprint) joined with the static findings. A finding whose judged
 * statement has the same shape says "confirmed by the database". Fingerprints come from
 * libpg-query, which ignores constants and parameter numbers, so `$1` from an ORM and `'x'` in
 * a SQL file match.
 */
import { fingerprintSync } from 'libpg-query';
import type { Finding } from './finding';

export interface EvidenceEntry {
  readonly calls: number;
  readonly totalMs: number;
}

/** Fingerprints of judged statements, computed once per text (bounded). */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 5000;

export function statementFingerprint(sql: string): string | undefined {
  let fp = memo.get(sql);
  if (fp === undefined) {
    try {
      fp = fingerprintSync(sql);
    } catch {
      fp = null;
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(sql, fp);
  }
  return fp ?? undefined;
}

export class RuntimeEvidence {
  private byFingerprint = new Map<string, EvidenceEntry>();
  private label = '';

  /** Replaces what is known (a new audit). */
  set(label: string, entries: readonly ({ fingerprint: string } & EvidenceEntry)[]): void {
    this.label = label;
    this.byFingerprint = new Map(entries.map((e) => [e.fingerprint, { calls: e.calls, totalMs: e.totalMs }]));
  }

  get size(): number {
    return this.byFingerprint.size;
  }

  /** The evidence for a finding, when its statement has the shape of an audited one. */
  of(f: Finding): EvidenceEntry | undefined {
    if (!this.byFingerprint.size || !f.statement) return undefined;
    const fp = statementFingerprint(f.statement);
    return fp ? this.byFingerprint.get(fp) : undefined;
  }

  /** The finding's message with the evidence appended. */
  message(f: Finding): string {
    const e = this.of(f);
    if (!e) return f.message;
    const ms = e.totalMs >= 100 ? Math.round(e.totalMs).toLocaleString('en-US') : e.totalMs.toFixed(1);
    return `${f.message} Confirmed by the database${this.label ? ` (${this.label})` : ''}: ${e.calls.toLocaleString('en-US')} calls, ${ms} ms in total.`;
  }
}
