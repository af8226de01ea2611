/**
 * Ruby quick fixes: append `.where(<key>: …)` to the ActiveRecord chain whose model lacks a
 * partition-key condition. (Suppression comments and SQL fixes inside heredocs come from the
 * shared code actions.)
 */
import type { Finding } from '../../finding';
import type { HostQuickFix } from '../types';

const TIME_LIKE = /(_at|_on|_date|_time|^date|^time|timestamp|day|month)$/i;

/** The Ruby value a template puts in for a key column (a placeholder for the user to adjust). */
export function keyValue(column: string, strategy: string): string {
  if (strategy === 'range') return TIME_LIKE.test(column) ? '1.month.ago..' : `${column}_from...${column}_to`;
  return column;
}

/** `.where(created_at: 1.month.ago..)`, or undefined when a key part is an expression. */
export function whereCall(columns: readonly string[], strategy: string): string | undefined {
  const cols = strategy === 'range' ? columns.slice(0, 1) : columns;
  if (!cols.length || cols.some((c) => !/^[a-z_][a-z0-9_]*$/.test(c))) return undefined;
  return `.where(${cols.map((c) => `${c}: ${keyValue(c, strategy)}`).join(', ')})`;
}

export function rubyQuickFixes(text: string, finding: Finding): HostQuickFix[] {
  const fix = finding.fix;
  if (!fix || fix.language !== 'ruby' || finding.code !== 'partition-key-missing') return [];
  const at = fix.host?.insertAt;
  if (typeof at !== 'number' || at < 0 || at > text.length) return [];
  const call = whereCall(fix.keyColumns, fix.strategy);
  if (!call) return [];
  return [{ title: `Add \`${call}\` (partition key of ${finding.table})`, edits: [{ start: at, end: at, newText: call }], preferred: true }];
}
