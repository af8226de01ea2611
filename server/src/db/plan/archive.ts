/**
 * Archive Old Partitions: keep the current period and the N before it; detach older range
 * partitions and move them to an archive schema, rename them, or (as a separate plan that
 * needs its own confirmation) drop them.
 */
import type { Queryable } from '../connection';
import { addPeriods, detectInterval, parseTemporal, periodStart, type Interval, type Period } from '../periods';
import { assertValidIdentifier, fitIdentifier, quoteIdent, quoteQualified } from '../quote';
import { loadTarget, type TableRef, type TargetPartition, type TargetTable } from './target';
import { PlanError, type Plan, type PlanStatement } from './types';

export type ArchiveMode =
  | { readonly kind: 'schema'; readonly schema: string }
  | { readonly kind: 'rename'; readonly prefix?: string }
  | { readonly kind: 'drop' };

export interface ArchiveOptions {
  /** Periods before the current one to keep. */
  readonly keep: number;
  /** Defaults to the interval the existing partitions use. */
  readonly interval?: Interval;
  readonly mode: ArchiveMode;
  readonly now?: Date;
}

export interface ArchiveFacts {
  /** Names already taken in the archive schema (schema mode) or the table's schema (rename mode). */
  readonly takenNames: ReadonlySet<string>;
}

export interface ArchivePlans {
  /** Detach (and move or rename); empty statements when nothing is old enough. */
  readonly archive: Plan;
  /** The DROP of the detached partitions (drop mode only): run after a second confirmation. */
  readonly drop?: Plan;
  readonly expired: readonly TargetPartition[];
  readonly cutoff: Date;
}

const shown = (t: { schema: string; name: string }): string => `${t.schema}.${t.name}`;

/** Pure: which partitions are older than the retention, and the cutoff used. */
export function expiredPartitions(target: TargetTable, opts: Pick<ArchiveOptions, 'keep' | 'interval' | 'now'>): { expired: TargetPartition[]; cutoff: Date; interval: Interval; warnings: string[] } {
  if (target.strategy !== 'range' || target.key.length !== 1 || !target.key[0]?.temporal) {
    throw new PlanError(`${shown(target)} is not range-partitioned on a date or timestamp column; archiving by age does not apply.`);
  }
  if (!Number.isInteger(opts.keep) || opts.keep < 0) throw new PlanError('--keep must be a whole number of periods (0 or more).');
  const ranges: (Period & { p: TargetPartition })[] = [];
  const warnings: string[] = [];
  for (const p of target.partitions) {
    if (p.bound.kind !== 'range') continue;
    const f = p.bound.from[0];
    const t = p.bound.to[0];
    const to = t?.kind === 'value' ? parseTemporal(t.text) : undefined;
    const from = f?.kind === 'value' ? parseTemporal(f.text) : f?.kind === 'minvalue' ? new Date(-8.64e15) : undefined;
    if (!to || !from) continue;
    ranges.push({ from, to, p });
  }
  const interval = opts.interval ?? detectInterval(ranges);
  if (!interval) throw new PlanError(`Cannot tell which interval ${shown(target)} uses from its partitions; give the interval explicitly.`);
  const cutoff = addPeriods(periodStart(opts.now ?? new Date(), interval), interval, -opts.keep);
  const expired: TargetPartition[] = [];
  for (const r of ranges) {
    if (r.to.getTime() > cutoff.getTime()) continue;
    if (r.p.detachPending) {
      warnings.push(`${shown(r.p)} has a pending detach; finalize it first (it is left alone).`);
      continue;
    }
    expired.push(r.p);
  }
  return { expired, cutoff, interval, warnings };
}

/** Pure: the archive plan (and the separate drop plan in drop mode). */
export function planArchive(target: TargetTable, opts: ArchiveOptions, facts: ArchiveFacts = { takenNames: new Set() }): ArchivePlans {
  const { expired, cutoff, interval, warnings } = expiredPartitions(target, opts);
  const parent = quoteQualified(target.schema, target.name);
  const statements: PlanStatement[] = [];
  const summary: string[] = [
    `Keep partitions ending after ${cutoff.toISOString().slice(0, 10)} (the current ${interval} and ${opts.keep} before it).`,
  ];
  const affected = [{ schema: target.schema, name: target.name }];
  if (expired.length && opts.mode.kind === 'schema') {
    assertValidIdentifier(opts.mode.schema);
    const clash = expired.filter((p) => facts.takenNames.has(p.name));
    if (clash.length) throw new PlanError(`The archive schema ${opts.mode.schema} already has tables named ${clash.map((p) => p.name).join(', ')}.`);
    statements.push({ sql: `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(opts.mode.schema)}`, transactional: true });
  }
  for (const p of expired) {
    const child = quoteQualified(p.schema, p.name);
    statements.push({
      sql: `ALTER TABLE ${parent} DETACH PARTITION ${child}`,
      transactional: true,
      comment: statements.length <= 1 ? 'Plain DETACH (not CONCURRENTLY) so that every partition is archived in one transaction, all or nothing.' : undefined,
    });
    if (opts.mode.kind === 'schema') {
      statements.push({ sql: `ALTER TABLE ${child} SET SCHEMA ${quoteIdent(opts.mode.schema)}`, transactional: true });
      summary.push(`Detach ${shown(p)} and move it to schema ${opts.mode.schema}.`);
    } else if (opts.mode.kind === 'rename') {
      const newName = fitIdentifier(`${opts.mode.prefix ?? 'archived_'}${p.name}`);
      if (facts.takenNames.has(newName)) throw new PlanError(`Cannot rename ${shown(p)}: ${p.schema}.${newName} already exists.`);
      statements.push({ sql: `ALTER TABLE ${child} RENAME TO ${quoteIdent(newName)}`, transactional: true });
      summary.push(`Detach ${shown(p)} and rename it to ${newName}.`);
    } else summary.push(`Detach ${shown(p)} (dropped by the second plan).`);
  }
  if (!expired.length) summary.push('No partition is old enough to archive.');
  const archive: Plan = {
    kind: 'archive',
    title: expired.length ? `Archive ${expired.length} partition(s) of ${shown(target)} older than ${cutoff.toISOString().slice(0, 10)}` : `Nothing to archive in ${shown(target)}`,
    summary,
    warnings,
    statements,
    affected,
  };
  const drop: Plan | undefined = opts.mode.kind === 'drop' && expired.length
    ? {
        kind: 'drop',
        title: `DROP ${expired.length} detached partition(s) of ${shown(target)} — this deletes their data for good`,
        summary: expired.map((p) => `DROP TABLE ${shown(p)} (${p.boundText}).`),
        warnings: ['Dropping cannot be undone. Take a backup first if the data may be needed.'],
        statements: expired.map((p) => ({ sql: `DROP TABLE ${quoteQualified(p.schema, p.name)}`, transactional: true })),
        affected,
        destructive: true,
      }
    : undefined;
  return { archive, drop, expired, cutoff };
}

export async function buildArchivePlans(q: Queryable, ref: TableRef, opts: ArchiveOptions): Promise<ArchivePlans> {
  const target = await loadTarget(q, ref);
  const { expired } = expiredPartitions(target, opts);
  let takenNames = new Set<string>();
  if (expired.length && opts.mode.kind !== 'drop') {
    const schema = opts.mode.kind === 'schema' ? opts.mode.schema : target.schema;
    const prefix = opts.mode.kind === 'rename' ? (opts.mode.prefix ?? 'archived_') : '';
    const names = expired.map((p) => (prefix ? fitIdentifier(prefix + p.name) : p.name));
    const { rows } = await q.query<{ relname: string }>(
      `SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = ANY($2::text[])`,
      [schema, names],
    );
    takenNames = new Set(rows.map((r) => r.relname));
  }
  return planArchive(target, opts, { takenNames });
}
