/** EXPLAIN (FORMAT JSON) output, read by the tests that compare verdicts with the planner. */
import { leafPartitions, type PartitionedTable } from '../../server/src/engine/catalog/model';

/**
 * Every relation name the plan reads (partitions kept after pruning, other tables). An UPDATE's or
 * DELETE's `Target Tables` are left out: before PostgreSQL 18 they list every partition the
 * planner could not prune, also those the executor's initial pruning removes from the scan below
 * (`Subplans Removed`); they are opened and locked, not read.
 */
export function planRelations(plan: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) for (const p of plan) planRelations(p, out);
  else if (plan && typeof plan === 'object') {
    for (const [k, v] of Object.entries(plan)) {
      if (k === 'Relation Name' && typeof v === 'string') out.add(v);
      else if (k !== 'Target Tables') planRelations(v, out);
    }
  }
  return out;
}

/** The bench schema's partitioned tables and how many leaf partitions each has (bench/accuracy/schema.sql). */
export const BENCH_PARTITIONED: Readonly<Record<string, number>> = { leads: 24, agent_outputs: 24, campaigns: 8 };

/** Partitioned tables of which the plan reads every leaf (leaves named `<table>_…`). */
export function keptAll(plan: unknown, partitioned: Readonly<Record<string, number>> = BENCH_PARTITIONED): string[] {
  const seen = [...planRelations(plan)];
  return Object.entries(partitioned)
    .filter(([t, n]) => seen.filter((r) => r.startsWith(`${t}_`)).length === n)
    .map(([t]) => t);
}

/** How many leaf partitions of a table the plan reads. */
export function scannedLeaves(plan: unknown, table: PartitionedTable): number {
  const rels = planRelations(plan);
  return leafPartitions(table.partitions).filter((p) => rels.has(p.name)).length;
}
