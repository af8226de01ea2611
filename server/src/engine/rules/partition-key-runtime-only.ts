/**
 * partition-key-runtime-only: the partition key is constrained only by values PostgreSQL learns
 * while the query runs (another relation's column in a join, semi-join, LATERAL or correlated
 * subquery, or a scalar subquery's result), so it cannot prune when planning and prunes at
 * execution only when the plan passes those values down as parameters.
 */
import type { TableReferenceVerdict } from '../analysis/verdict';
import type { Finding } from '../finding';
import { finding, partitioning, quotedSuggestion } from './message';
import type { RuleMeta } from './types';

export const meta: RuleMeta = {
  id: 'partition-key-runtime-only',
  defaultSeverity: 'information',
  title: 'Partition key is constrained only at run time',
  description:
    "A query constrains the partition key only by another relation's column or a subquery's result: PostgreSQL cannot prune when planning and prunes at execution only with a parameterized nested loop or an InitPlan.",
  docs: 'docs/rules/partition-key-runtime-only.md',
};

export function check(v: TableReferenceVerdict): Finding | undefined {
  if (v.verdict !== 'runtime-only') return undefined;
  const how =
    v.runtime === 'initplan'
      ? `PostgreSQL cannot prune at plan time, so EXPLAIN lists every partition; it evaluates the subquery once (an InitPlan) ` +
        `before the scan and skips the other partitions at execution (EXPLAIN ANALYZE shows them as "never executed"). `
      : `PostgreSQL cannot prune at plan time, so EXPLAIN lists every partition; it prunes at execution only if it picks a ` +
        `parameterized nested loop with this table on the inner side (EXPLAIN ANALYZE then shows skipped partitions as ` +
        `"never executed"), and a hash or merge join reads every partition. Explain Pruning on a connected database shows which plan it picks. `;
  const message =
    `Query on ${v.tableName} (${partitioning(v.table)}) can be pruned only at run time: ${v.reason}. ` +
    how +
    `To prune when planning, add e.g. ${quotedSuggestion(v.table)}.`;
  return finding(meta.id, meta.defaultSeverity, v, message);
}
