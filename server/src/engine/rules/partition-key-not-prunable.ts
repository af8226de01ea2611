/**
 * partition-key-not-prunable: a query has a condition on the partition key, but in a form
 * PostgreSQL cannot prune with (a function or cast around the key, a volatile value, an OR
 * branch without the key, `<>` on RANGE, only part of a HASH key, a join-only constraint, …).
 */
import type { TableReferenceVerdict } from '../analysis/verdict';
import type { Finding } from '../finding';
import { finding, partitioning, quotedSuggestion } from './message';
import type { RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'partition-key-not-prunable',
  defaultSeverity: 'warning',
  title: 'Condition on the partition key cannot prune',
  description:
    'A query on a partitioned table constrains the partition key, but in a form PostgreSQL cannot use for partition pruning, so it scans all partitions.',
  docs: 'docs/rules/partition-key-not-prunable.md',
};

export function check(v: TableReferenceVerdict): Finding | undefined {
  if (v.verdict !== 'not-prunable') return undefined;
  const message =
    `Query on ${v.tableName} (${partitioning(v.table)}) cannot be pruned: ${v.reason}, so PostgreSQL scans all partitions. ` +
    `Compare the bare key with constants, parameters or stable expressions instead, e.g. ${quotedSuggestion(v.table)}.`;
  return finding(meta.id, meta.defaultSeverity, v, message);
}
