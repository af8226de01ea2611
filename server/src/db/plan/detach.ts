/**
 * Detach plans: DETACH … CONCURRENTLY where PostgreSQL allows it, plain DETACH otherwise (the
 * plan says why), and FINALIZE for a detach left pending by an interrupted concurrent detach.
 */
import type { Queryable } from '../connection';
import { fitIdentifier, quoteQualified } from '../quote';
import { loadTarget, resolveRelation, type TableRef, type TargetPartition, type TargetTable } from './target';
import { PlanError, type Plan } from './types';

export type DetachMode = 'auto' | 'concurrently' | 'plain';

export interface DetachOptions {
  /**
   * For HASH-partitioned tables only: detach the partition and create an empty one for the same
   * remainder in the same transaction, so inserts never lose their partition. Without it a hash
   * detach is refused.
   */
  readonly replaceInPlace?: boolean;
  /** Name of the replacement partition (default `<name>_new`, fitted to 63 bytes). */
  readonly replacementName?: string;
}

/**
 * A detach PostgreSQL would run but that would break the table: detaching a HASH partition
 * leaves its remainder without a partition, so every insert hashing there fails. The client
 * shows `reason` and can offer the replace-in-place plan, whose consequence is `consequence`.
 */
export class HashDetachRefused extends PlanError {
  constructor(
    readonly reason: string,
    readonly consequence: string,
  ) {
    super(`${reason} ${consequence}`);
    this.name = 'HashDetachRefused';
  }
}

/** Why a plain detach of this partition is refused (HASH), or undefined. Pure, for the client. */
export function detachRefusal(target: TargetTable, partition: { schema: string; name: string }): { reason: string; consequence: string } | undefined {
  if (target.strategy !== 'hash') return undefined;
  const p = target.partitions.find((x) => x.schema === partition.schema && x.name === partition.name);
  if (!p) return undefined;
  const b = p.bound.kind === 'hash' ? p.bound : undefined;
  const which = b ? `remainder ${b.remainder} of modulus ${b.modulus}` : 'its remainder';
  return {
    reason: `Refused: ${shown(target)} is HASH-partitioned; detaching ${shown(p)} leaves ${which} without a partition, and every INSERT whose hash lands there fails ("no partition of relation … found for row").`,
    consequence: `Choose "replace in place" to detach it and create an empty partition for the same remainder in one transaction: the rows now in ${shown(p)} then leave ${shown(target)} (they stay in ${shown(p)} as a standalone table), and new rows for that remainder go to the new partition. It takes an ACCESS EXCLUSIVE lock on ${shown(target)} until COMMIT.`,
  };
}

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
export function planDetach(target: TargetTable, partition: { schema: string; name: string }, mode: DetachMode = 'auto', opts: DetachOptions = {}): Plan {
  const p = findPartition(target, partition);
  const parent = quoteQualified(target.schema, target.name);
  const child = quoteQualified(p.schema, p.name);
  if (p.detachPending) {
    throw new PlanError(`A concurrent detach of ${shown(p)} is pending (it was interrupted). Finalize it instead (partitions detach --finalize).`);
  }
  const refusal = detachRefusal(target, p);
  if (refusal && !opts.replaceInPlace) throw new HashDetachRefused(refusal.reason, refusal.consequence);
  if (refusal && p.bound.kind === 'hash') return planHashReplace(target, p, p.bound, refusal.consequence, opts.replacementName);
  if (opts.replaceInPlace) throw new PlanError(`Replace in place is for HASH partitions; ${shown(target)} is ${target.strategy.toUpperCase()}-partitioned.`);
  const blocker = mode === 'plain' ? 'plain DETACH was requested.' : concurrentDetachBlocker(target);
  if (mode === 'concurrently' && blocker) throw new PlanError(`Cannot detach ${shown(p)} concurrently: ${blocker}`);
  const affected = [{ schema: target.schema, name: target.name }];
  if (!blocker) {
    return {
      kind: 'detach',
      title: `Detach ${shown(p)} from ${shown(target)} concurrently`,
      summary: [
        `Detach ${shown(p)} (${p.boundText}) with DETACH … CONCURRENTLY: queries on ${shown(target)} keep running (only SHARE UPDATE EXCLUSIVE is taken).`,
        `Rows: the rows of ${shown(p)} stay in it and leave ${shown(target)} (queries on ${shown(target)} no longer see them); nothing is copied or deleted.`,
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
      `Not CONCURRENTLY because ${blocker} A plain DETACH holds an ACCESS EXCLUSIVE lock on ${shown(target)} until COMMIT: all reads and writes of ${shown(target)} wait meanwhile (briefly; bounded by lock_timeout).`,
      `Rows: the rows of ${shown(p)} stay in it and leave ${shown(target)} (queries on ${shown(target)} no longer see them); nothing is copied or deleted.`,
    ],
    warnings: [],
    statements: [{ sql: `ALTER TABLE ${parent} DETACH PARTITION ${child}`, transactional: true }],
    affected,
  };
}

/** Detach a hash partition and create an empty one for the same remainder, in one transaction. */
function planHashReplace(target: TargetTable, p: TargetPartition, b: { modulus: number; remainder: number }, consequence: string, replacementName?: string): Plan {
  const parent = quoteQualified(target.schema, target.name);
  const newName = replacementName ?? fitIdentifier(p.name, '_new');
  return {
    kind: 'detach',
    title: `Replace ${shown(p)} in ${shown(target)} with an empty partition for remainder ${b.remainder}`,
    summary: [
      `Detach ${shown(p)} (${p.boundText}) and create ${p.schema}.${newName} for the same remainder, in one transaction: no moment without a partition for remainder ${b.remainder}.`,
      consequence,
    ],
    warnings: [`The rows of ${shown(p)} leave ${shown(target)}: queries on ${shown(target)} stop seeing them.`],
    statements: [
      { sql: `ALTER TABLE ${parent} DETACH PARTITION ${quoteQualified(p.schema, p.name)}`, transactional: true },
      { sql: `CREATE TABLE ${quoteQualified(p.schema, newName)} PARTITION OF ${parent} FOR VALUES WITH (MODULUS ${b.modulus}, REMAINDER ${b.remainder})`, transactional: true },
    ],
    affected: [{ schema: target.schema, name: target.name }],
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

export async function buildDetachPlan(q: Queryable, partition: TableRef, mode: DetachMode | 'finalize' = 'auto', opts: DetachOptions = {}): Promise<Plan> {
  const { parent, partition: p } = await parentOf(q, partition);
  const target = await loadTarget(q, parent);
  return mode === 'finalize' ? planFinalizeDetach(target, p) : planDetach(target, p, mode, opts);
}
