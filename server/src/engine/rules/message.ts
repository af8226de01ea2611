/** Shared wording for the partition-key rules: how the table is partitioned and what to write instead. */
import { keyNames, keyText, type PartitionedTable } from '../catalog/model';
import type { TableReferenceVerdict } from '../analysis/verdict';
import type { Finding, FixHint, RuleId, Severity } from '../finding';

/** `RANGE partitioned by created_at`. */
export function partitioning(t: PartitionedTable): string {
  return `${t.strategy.toUpperCase()} partitioned by ${keyText(t.key)}`;
}

/** A filter that prunes, e.g. `created_at >= … AND created_at < …`. */
export function suggestion(t: PartitionedTable, qualifier?: string): string {
  const q = qualifier ? `${qualifier}.` : '';
  const parts = t.key.map((k) => (k.kind === 'column' ? `${q}${keyText([k])}` : `${keyText([k])}`));
  switch (t.strategy) {
    case 'range':
      return `${parts[0]} >= … AND ${parts[0]} < …`;
    case 'list':
      return `${parts[0]} = …`;
    case 'hash':
      return parts.map((p) => `${p} = …`).join(' AND ');
  }
}

/**
 * The suggestion set off from the sentence in backticks: double quotes would read as a quoted
 * identifier, and the text inside is SQL with `…` for the values (`"Order Date" >= … AND …`).
 */
export function quotedSuggestion(t: PartitionedTable, qualifier?: string): string {
  return `\`${suggestion(t, qualifier)}\``;
}

export function fixHint(v: TableReferenceVerdict): FixHint {
  const hint = {
    strategy: v.table.strategy,
    keyColumns: keyNames(v.table.key),
    qualifier: v.qualifier,
    language: 'sql',
  };
  // The insertion point needs a scan of the statement: only when a code action asks for it.
  Object.defineProperty(hint, 'insertAt', { enumerable: true, get: () => v.insertAt });
  return hint as FixHint;
}

export function finding(code: RuleId, severity: Severity, v: TableReferenceVerdict, message: string): Finding {
  return { code, severity, start: v.range.start, end: v.range.end, table: v.tableName, message, fix: fixHint(v) };
}
