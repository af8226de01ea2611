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
  const message =
    `Query on ${v.tableName} (${partitioning(v.table)}) can be pruned only at run time: ${v.reason}. ` +
    `PostgreSQL cannot prune at plan time; it prunes at execution only if it picks a parameterized nested loop ` +
    `(or evaluates the InitPlan first). Explain Pruning on a connected database shows which plan it picks. ` +
    `To prune when planning, add e.g. ${quotedSuggestion(v.table)}.`;
  return finding(meta.id, meta.defaultSeverity, v, message);
}
