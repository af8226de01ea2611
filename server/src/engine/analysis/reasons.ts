/** Why a comparison with the key cannot prune, as sentence fragments for the findings. */
import type { ValueClass } from './predicates';

export function valueReason(cls: ValueClass, key: string): string {
  switch (cls) {
    case 'volatile':
      return `${key} is compared with a volatile function, whose value PostgreSQL cannot use for pruning`;
    case 'collate':
      return `${key} is compared under an explicit COLLATE that differs from the partition key's collation`;
    case 'self':
      return `${key} is compared with another column of the same table`;
    case 'other':
      return `${key} is constrained only by another relation's column, which is only known at run time`;
    case 'outer':
      return `${key} is compared with a column of the outer query, which is only known at run time`;
    case 'sublink':
      return `${key} is compared with a subquery's result, which is only known at run time`;
    case 'subplan':
      return `${key} is compared with a subquery that reads the same row (a SubPlan run for each row), which PostgreSQL cannot prune with`;
    default:
      return `${key} is compared in a way PostgreSQL cannot prune with`;
  }
}

export function describeOp(kind: string, op: string): string {
  if (kind === 'AEXPR_LIKE') return 'LIKE';
  if (kind === 'AEXPR_ILIKE') return 'ILIKE';
  if (kind === 'AEXPR_SIMILAR') return 'SIMILAR TO';
  if (kind === 'AEXPR_DISTINCT') return 'IS DISTINCT FROM';
  if (kind === 'AEXPR_NOT_DISTINCT') return 'IS NOT DISTINCT FROM';
  return `operator ${op}`;
}
