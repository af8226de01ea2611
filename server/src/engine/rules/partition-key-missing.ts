/**
 * partition-key-missing: a query reads a partitioned table without any condition on its
 * partition key, so PostgreSQL scans every partition.
 */
import type { TableReferenceVerdict } from '../analysis/verdict';
import type { Finding } from '../finding';
import { finding, partitioning, quotedSuggestion } from './message';
import type { RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'partition-key-missing',
  defaultSeverity: 'warning',
  title: 'Query has no condition on the partition key',
  description: 'A query on a partitioned table has no condition on the partition key, so PostgreSQL scans all partitions.',
  docs: 'docs/rules/partition-key-missing.md',
};

export function check(v: TableReferenceVerdict): Finding | undefined {
  if (v.verdict !== 'missing') return undefined;
  const message =
    `Query on ${v.tableName} (${partitioning(v.table)}) ${v.reason}, so PostgreSQL scans all partitions. ` +
    `Add e.g. ${quotedSuggestion(v.table)}.`;
  return finding(meta.id, meta.defaultSeverity, v, message);
}
