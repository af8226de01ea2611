/** EXPLAIN (FORMAT JSON) output, read by the tests that compare verdicts with the planner. */
import { leafPartitions, type PartitionedTable } from '../../server/src/engine/catalog/model';

/** Every relation name the plan reads (partitions kept after pruning, other tables). */
export function planRelations(plan: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) for (const p of plan) planRelations(p, out);
  else if (plan && typeof plan === 'object') {
    for (const [k, v] of Object.entries(plan)) {
      if (k === 'Relation Name' && typeof v === 'string') out.add(v);
      else planRelations(v, out);
    }
  }
  return out;
}

/** How many leaf partitions of a table the plan reads. */
export function scannedLeaves(plan: unknown, table: PartitionedTable): number {
  const rels = planRelations(plan);
  return leafPartitions(table.partitions).filter((p) => rels.has(p.name)).length;
}
