/**
 * Ruby quick fixes: append `.where(<key>: …)` to the ActiveRecord chain whose model lacks a
 * partition-key condition, as a snippet whose values are tab stops the user fills in (a guessed
 * range such as `1.month.ago..` would change what the query returns). (Suppression comments and
 * SQL fixes inside heredocs come from the shared code actions.)
 */
import type { Finding } from '../../finding';
import type { HostQuickFix } from '../types';

/** The snippet for a key column's value: a RANGE gets `from...to` (end excluded), others a value. */
export function keyValue(column: string, strategy: string, stop: number): string {
  if (strategy === 'range') return `\${${stop}:from}...\${${stop + 1}:to}`;
  return `\${${stop}:${column}}`;
}

/** `.where(created_at: ${1:from}...${2:to})` (a snippet), or undefined when a key part is an expression. */
export function whereCall(columns: readonly string[], strategy: string): string | undefined {
  const cols = strategy === 'range' ? columns.slice(0, 1) : columns;
  if (!cols.length || cols.some((c) => !/^[a-z_][a-z0-9_]*$/.test(c))) return undefined;
  return `.where(${cols.map((c, i) => `${c}: ${keyValue(c, strategy, i + 1)}`).join(', ')})`;
}

export function rubyQuickFixes(text: string, finding: Finding): HostQuickFix[] {
  const fix = finding.fix;
  if (!fix || fix.language !== 'ruby' || finding.code !== 'partition-key-missing') return [];
  const at = fix.host?.insertAt;
  if (typeof at !== 'number' || at < 0 || at > text.length) return [];
  const call = whereCall(fix.keyColumns, fix.strategy);
  if (!call) return [];
  const shown = call.replace(/\$\{\d+:([^}]*)\}/g, '$1');
  return [{ title: `Add \`${shown}\` (partition key of ${finding.table}) — fill in the values`, edits: [{ start: at, end: at, newText: call, snippet: true }], preferred: true }];
}
