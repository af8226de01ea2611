/**
 * Detach plans: DETACH … CONCURRENTLY where PostgreSQL allows it, plain DETACH otherwise (the
 * plan says why), and FINALIZE for a detach left pending by an interrupted concurrent detach.
 */
import type { Queryable } from '../connection';
import { quoteQualified } from '../quote';
import { loadTarget, resolveRelation, type TableRef, type TargetPartition, type TargetTable } from './target';
import { PlanError, type Plan } from './types';

export type DetachMode = 'auto' | 'concurrently' | 'plain';

const shown = (t: { schema: string; name: string }): string => `${t.schema}.${t.name}`;

/** Why CONCURRENTLY cannot be used for this table, or undefined when it can. */
export function concurrentDetachBlocker(target: TargetTable): string | undefined {
  if (target.serverVersionNum < 140000) {
    return `DETACH … CONCURRENTLY needs PostgreSQL 14 or later; this server is ${Math.floor(target.serverVersionNum / 10000)}.`;
  }
  if (target.defaultPartition) {
    return `${shown(target)} has a default partition (${shown(target.defaultPartition)}), and PostgreSQL does not allow DETACH … CONCURRENTLY then.`;
  }
  return undefined;
}

function findPartition(target: TargetTable, partition: { schema: string; name: string }): TargetPartition {
  const p = target.partitions.find((x) => x.schema === partition.schema && x.name === partition.name);
  if (!p) throw new PlanError(`${shown(partition)} is not a partition of ${shown(target)}.`);
  return p;
}

/** Pure: the detach plan for one partition. */
export function planDetach(target: TargetTable, partition: { schema: string; name: string }, mode: DetachMode = 'auto'): Plan {
  const p = findPartition(target, partition);
  const parent = quoteQualified(target.schema, target.name);
  const child = quoteQualified(p.schema, p.name);
  if (p.detachPending) {
    throw new PlanError(`A concurrent detach of ${shown(p)} is pending (it was interrupted). Finalize it instead (partitions detach --finalize).`);
  }
  const blocker = mode === 'plain' ? 'plain DETACH was requested.' : concurrentDetachBlocker(target);
  if (mode === 'concurrently' && blocker) throw new PlanError(`Cannot detach ${shown(p)} concurrently: ${blocker}`);
  const affected = [{ schema: target.schema, name: target.name }];
  if (!blocker) {
    return {
      kind: 'detach',
      title: `Detach ${shown(p)} from ${shown(target)} concurrently`,
      summary: [
        `Detach ${shown(p)} (${p.boundText}) with DETACH … CONCURRENTLY: queries on ${shown(target)} keep running (only SHARE UPDATE EXCLUSIVE is taken).`,
        'It runs outside a transaction block, as PostgreSQL requires. If it is interrupted, the partition stays "detach pending" until FINALIZE.',
      ],
      warnings: [],
      statements: [{ sql: `ALTER TABLE ${parent} DETACH PARTITION ${child} CONCURRENTLY`, transactional: false }],
      affected,
    };
  }
  return {
    kind: 'detach',
    title: `Detach ${shown(p)} from ${shown(target)}`,
    summary: [
      `Detach ${shown(p)} (${p.boundText}) with a plain DETACH in a transaction.`,
      `Not CONCURRENTLY because ${blocker} A plain DETACH holds an ACCESS EXCLUSIVE lock on ${shown(target)} until COMMIT (briefly; bounded by lock_timeout).`,
    ],
    warnings: [],
    statements: [{ sql: `ALTER TABLE ${parent} DETACH PARTITION ${child}`, transactional: true }],
    affected,
  };
}

/** Pure: FINALIZE a pending concurrent detach. */
export function planFinalizeDetach(target: TargetTable, partition: { schema: string; name: string }): Plan {
  const p = findPartition(target, partition);
  if (!p.detachPending) throw new PlanError(`${shown(p)} has no pending detach to finalize.`);
  return {
    kind: 'finalize-detach',
    title: `Finalize the pending detach of ${shown(p)}`,
    summary: [`Complete the interrupted DETACH … CONCURRENTLY of ${shown(p)} from ${shown(target)}.`],
    warnings: [],
    statements: [{ sql: `ALTER TABLE ${quoteQualified(target.schema, target.name)} DETACH PARTITION ${quoteQualified(p.schema, p.name)} FINALIZE`, transactional: false }],
    affected: [{ schema: target.schema, name: target.name }],
  };
}

/** The partitioned table a partition belongs to (also while its detach is pending). */
export async function parentOf(q: Queryable, partition: TableRef): Promise<{ parent: { schema: string; name: string }; partition: { schema: string; name: string } }> {
  const rel = await resolveRelation(q, partition);
  const { rows } = await q.query<{ nspname: string; relname: string }>(
    `SELECT n.nspname, c.relname FROM pg_catalog.pg_inherits i
       JOIN pg_catalog.pg_class c ON c.oid = i.inhparent JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE i.inhrelid = $1 AND c.relkind = 'p'`,
    [rel.oid],
  );
  const r = rows[0];
  if (!r) throw new PlanError(`${rel.schema}.${rel.name} is not a partition of any partitioned table.`);
  return { parent: { schema: r.nspname, name: r.relname }, partition: { schema: rel.schema, name: rel.name } };
}

export async function buildDetachPlan(q: Queryable, partition: TableRef, mode: DetachMode | 'finalize' = 'auto'): Promise<Plan> {
  const { parent, partition: p } = await parentOf(q, partition);
  const target = await loadTarget(q, parent);
  return mode === 'finalize' ? planFinalizeDetach(target, p) : planDetach(target, p, mode);
}
