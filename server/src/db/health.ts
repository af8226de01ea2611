/**
 * Partition health: pure functions over the catalog model (no database), so they are unit-tested
 * directly and shared by the explorer, the CLI report and `maintain`.
 *
 * Checks: gaps between range partitions (missing periods), no partition for the current or next
 * period (interval detected from the existing bounds), rows in the default partition, a detach
 * left pending, a table without partitions, and large ordinary tables worth partitioning.
 */
import { displayName, type Partition, type PartitionedTable, type PartitionBound, type Strategy } from '../engine/catalog/model';
import type { LargeTable } from './introspect';
import { addPeriods, detectInterval, periodLabel, periodStart, parseTemporal, type Interval, type Period } from './periods';

export type HealthSeverity = 'error' | 'warning' | 'info';

export type HealthCode =
  | 'no-partitions'
  | 'range-gap'
  | 'missing-current-period'
  | 'missing-next-period'
  | 'default-has-rows'
  | 'detach-pending'
  | 'large-unpartitioned-table'
  | 'hash-remainder-missing'
  | 'partman-premake-not-covered'
  | 'partman-maintenance-overdue';

export interface HealthIssue {
  readonly severity: HealthSeverity;
  readonly code: HealthCode;
  readonly message: string;
  /** The partitioned (or large ordinary) table the issue belongs to, exact names. */
  readonly table: { readonly schema: string; readonly name: string };
  /** The partition it belongs to, when it is about one partition (default, pending detach). */
  readonly partition?: { readonly schema: string; readonly name: string };
  /** A short badge for tree descriptions, e.g. `no partition for 2026-12`. */
  readonly short: string;
  /** Missing periods (labels like `2026-03`), for gaps and missing current/next. */
  readonly periods?: readonly string[];
}

export interface HealthOptions {
  /** The current time (tests pass a fixed one). */
  readonly now?: Date;
  /** How many periods after the current one must exist (default 1: the next period). */
  readonly periodsAhead?: number;
  /**
   * Exact result of `EXISTS (SELECT 1 FROM default_partition)`, keyed by `schema.name` of the
   * default partition; it wins over the (possibly stale) estimate.
   */
  readonly defaultHasRows?: ReadonlyMap<string, boolean>;
}

/**
 * Remainders of the largest modulus that no hash partition covers. PostgreSQL requires every
 * modulus to divide the next larger one, so the largest is the common multiple: a remainder x of
 * it is covered by a partition (m, r) when x mod m = r. Undefined when a bound cannot be read.
 */
export function uncoveredHashRemainders(partitions: readonly Partition[]): { modulus: number; missing: number[] } | undefined {
  const bounds: { modulus: number; remainder: number }[] = [];
  for (const p of partitions) {
    if (p.bound.kind !== 'hash') return undefined;
    bounds.push({ modulus: p.bound.modulus, remainder: p.bound.remainder });
  }
  const modulus = Math.max(...bounds.map((b) => b.modulus));
  if (!Number.isInteger(modulus) || modulus < 1 || modulus > 1_000_000) return undefined;
  const covered = new Uint8Array(modulus);
  for (const b of bounds) for (let x = b.remainder; x < modulus; x += b.modulus) covered[x] = 1;
  const missing: number[] = [];
  for (let x = 0; x < modulus; x++) if (!covered[x]) missing.push(x);
  return { modulus, missing };
}

/** A time series of range partitions: the detected interval and the ranges sorted by start. */
export interface RangeSeries {
  readonly interval: Interval;
  readonly ranges: readonly (Period & { readonly partition: Partition })[];
}

const SEVERITY_ORDER: Record<HealthSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts issues most severe first, stable otherwise. */
export function sortIssues(issues: readonly HealthIssue[]): HealthIssue[] {
  return [...issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The temporal range series of a level of partitions (single-column date/timestamp keys only). */
export function detectSeries(partitions: readonly Partition[]): RangeSeries | undefined {
  const ranges: (Period & { partition: Partition })[] = [];
  for (const p of partitions) {
    const r = temporalRange(p.bound);
    if (r) ranges.push({ ...r, partition: p });
  }
  if (ranges.length === 0) return undefined;
  const interval = detectInterval(ranges);
  if (!interval) return undefined;
  ranges.sort((a, b) => a.from.getTime() - b.from.getTime());
  return { interval, ranges };
}

function temporalRange(b: PartitionBound): Period | undefined {
  if (b.kind !== 'range' || b.from.length !== 1 || b.to.length !== 1) return undefined;
  const f = b.from[0]!;
  const t = b.to[0]!;
  if (f.kind !== 'value' || t.kind !== 'value') return undefined;
  const from = parseTemporal(f.text);
  const to = parseTemporal(t.text);
  return from && to ? { from, to } : undefined;
}

function numericRange(b: PartitionBound): { from: number; to: number } | undefined {
  if (b.kind !== 'range' || b.from.length !== 1 || b.to.length !== 1) return undefined;
  const f = b.from[0]!;
  const t = b.to[0]!;
  const from = f.kind === 'minvalue' ? -Infinity : f.kind === 'value' && /^-?\d+(\.\d+)?$/.test(f.text) ? Number(f.text) : undefined;
  const to = t.kind === 'maxvalue' ? Infinity : t.kind === 'value' && /^-?\d+(\.\d+)?$/.test(t.text) ? Number(t.text) : undefined;
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

/** Periods of `interval` in [from, to), at most `max` of them. */
function periodsBetween(from: Date, to: Date, interval: Interval, max = 1000): Date[] {
  const out: Date[] = [];
  let p = periodStart(from, interval);
  if (p.getTime() < from.getTime()) p = addPeriods(p, interval, 1);
  while (p.getTime() < to.getTime() && out.length < max) {
    out.push(p);
    p = addPeriods(p, interval, 1);
  }
  return out;
}

function listLabels(labels: readonly string[], max = 3): string {
  if (labels.length <= max) return labels.join(', ');
  return `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}

const nameOf = (o: { schema: string; name: string }): string => displayName(o.schema, o.name);

/**
 * Health of one partitioned table (its own level and every sub-partitioned level below it).
 */
export function checkTableHealth(table: PartitionedTable, opts: HealthOptions = {}): HealthIssue[] {
  const issues: HealthIssue[] = [];
  const tref = { schema: table.schema, name: table.name };
  checkLevel(issues, tref, nameOf(table), table.strategy, table.partitions, opts, true);
  return sortIssues(issues);
}

function checkLevel(
  issues: HealthIssue[],
  tref: { schema: string; name: string },
  ownerName: string,
  strategy: Strategy,
  partitions: readonly Partition[],
  opts: HealthOptions,
  top: boolean,
): void {
  const now = opts.now ?? new Date();
  const defaultPart = partitions.find((p) => p.bound.kind === 'default');
  const hasDefault = defaultPart !== undefined;
  // Without a default partition a missing range makes inserts fail; with one, rows pile up there.
  const missingSeverity: HealthSeverity = hasDefault ? 'warning' : 'error';
  const fallout = hasDefault ? `rows for it go to the default partition ${nameOf(defaultPart)}` : 'inserts for it fail';

  if (partitions.length === 0) {
    issues.push({
      severity: 'warning',
      code: 'no-partitions',
      message: `${ownerName} has no partitions yet: every insert into it fails ("no partition of relation found for row").`,
      table: tref,
      short: 'no partitions',
    });
  }

  if (strategy === 'hash' && partitions.length > 0) {
    const gap = uncoveredHashRemainders(partitions);
    if (gap && gap.missing.length) {
      const shownRems = gap.missing.length > 8 ? `${gap.missing.slice(0, 8).join(', ')} … (${gap.missing.length} in all)` : gap.missing.join(', ');
      issues.push({
        severity: 'error',
        code: 'hash-remainder-missing',
        message: `${ownerName}: no partition for hash remainder${gap.missing.length === 1 ? '' : 's'} ${shownRems} of modulus ${gap.modulus}; every insert whose hash lands there fails ("no partition of relation … found for row"). Create the missing partition${gap.missing.length === 1 ? '' : 's'} (FOR VALUES WITH (MODULUS ${gap.modulus}, REMAINDER …)).`,
        table: tref,
        short: `missing hash remainder${gap.missing.length === 1 ? '' : 's'} ${gap.missing.length > 3 ? `${gap.missing.slice(0, 3).join(', ')}…` : gap.missing.join(', ')}`,
      });
    }
  }

  if (strategy === 'range') {
    const series = detectSeries(partitions);
    if (series) {
      const { interval, ranges } = series;
      // Gaps between consecutive ranges, named by the missing periods.
      for (let i = 1; i < ranges.length; i++) {
        const prev = ranges[i - 1]!;
        const next = ranges[i]!;
        if (prev.to.getTime() < next.from.getTime()) {
          const missing = periodsBetween(prev.to, next.from, interval).map((d) => periodLabel(d, interval));
          const labels = missing.length ? missing : [`${prev.to.toISOString()} – ${next.from.toISOString()}`];
          issues.push({
            severity: missingSeverity,
            code: 'range-gap',
            message: `${ownerName}: gap between ${nameOf(prev.partition)} and ${nameOf(next.partition)} — no partition for ${listLabels(labels, 6)}; ${fallout}.`,
            table: tref,
            short: `gap: ${listLabels(labels, 2)}`,
            periods: labels,
          });
        }
      }
      // Coverage of the current and upcoming periods.
      const covers = (start: Date): boolean => {
        const end = addPeriods(start, interval, 1);
        return ranges.some((r) => r.from.getTime() <= start.getTime() && r.to.getTime() >= end.getTime()) || coversByUnbounded(partitions, start);
      };
      const current = periodStart(now, interval);
      const last = ranges[ranges.length - 1]!;
      // Only a series that reaches the present is expected to continue (an archive table is not).
      const reachesPresent = last.to.getTime() >= addPeriods(current, interval, -3).getTime();
      if (reachesPresent && top) {
        if (!covers(current)) {
          const label = periodLabel(current, interval);
          issues.push({
            severity: missingSeverity,
            code: 'missing-current-period',
            message: `${ownerName} has no partition for the current ${interval} ${label}; ${fallout}.`,
            table: tref,
            short: `no partition for ${label}`,
            periods: [label],
          });
        }
        const ahead = Math.max(1, opts.periodsAhead ?? 1);
        const missingAhead: string[] = [];
        for (let k = 1; k <= ahead; k++) {
          const start = addPeriods(current, interval, k);
          if (!covers(start)) missingAhead.push(periodLabel(start, interval));
        }
        if (missingAhead.length) {
          issues.push({
            severity: 'warning',
            code: 'missing-next-period',
            message: `${ownerName} has no partition yet for the next ${interval}${missingAhead.length > 1 ? 's' : ''} ${listLabels(missingAhead, 6)}; create ${missingAhead.length > 1 ? 'them' : 'it'} before data arrives (Create Upcoming Partitions).`,
            table: tref,
            short: `no partition for ${listLabels(missingAhead, 2)}`,
            periods: missingAhead,
          });
        }
      }
    } else {
      // Numeric ranges: gaps only.
      const nums = partitions
        .map((p) => ({ p, r: numericRange(p.bound) }))
        .filter((x): x is { p: Partition; r: { from: number; to: number } } => x.r !== undefined)
        .sort((a, b) => a.r.from - b.r.from);
      for (let i = 1; i < nums.length; i++) {
        const prev = nums[i - 1]!;
        const next = nums[i]!;
        if (prev.r.to < next.r.from) {
          issues.push({
            severity: missingSeverity,
            code: 'range-gap',
            message: `${ownerName}: gap between ${nameOf(prev.p)} and ${nameOf(next.p)} — no partition for values ${prev.r.to} to ${next.r.from}; ${fallout}.`,
            table: tref,
            short: `gap: ${prev.r.to}–${next.r.from}`,
          });
        }
      }
    }
  }

  for (const p of partitions) {
    const pref = { schema: p.schema, name: p.name };
    if (p.detachPending) {
      issues.push({
        severity: 'warning',
        code: 'detach-pending',
        message: `A detach of ${nameOf(p)} from ${ownerName} was interrupted and is still pending; finish it with ALTER TABLE ${ownerName} DETACH PARTITION ${nameOf(p)} FINALIZE.`,
        table: tref,
        partition: pref,
        short: 'detach pending',
      });
    }
    if (p.bound.kind === 'default') {
      const exact = opts.defaultHasRows?.get(`${p.schema}.${p.name}`);
      const est = p.rows ?? 0;
      if (exact === true || (exact === undefined && est > 0)) {
        const amount = est > 0 ? `about ${est.toLocaleString('en-US')} row${est === 1 ? '' : 's'} (estimated)` : 'rows';
        issues.push({
          severity: 'warning',
          code: 'default-has-rows',
          message: `The default partition ${nameOf(p)} holds ${amount}: they match no partition. Creating a partition for their range fails until they are moved (Create Partition offers the safe sequence).`,
          table: tref,
          partition: pref,
          short: est > 0 ? `~${compactNumber(est)} rows in default` : 'rows in default',
        });
      }
    }
    if (p.subPartitioning) checkLevel(issues, tref, nameOf(p), p.subPartitioning.strategy, p.partitions, opts, false);
  }
}

/** A MINVALUE/MAXVALUE-ended range also covers periods beyond the series. */
function coversByUnbounded(partitions: readonly Partition[], start: Date): boolean {
  for (const p of partitions) {
    if (p.bound.kind !== 'range' || p.bound.from.length !== 1) continue;
    const f = p.bound.from[0]!;
    const t = p.bound.to[0]!;
    const from = f.kind === 'minvalue' ? -Infinity : f.kind === 'value' ? (parseTemporal(f.text)?.getTime() ?? NaN) : Infinity;
    const to = t.kind === 'maxvalue' ? Infinity : t.kind === 'value' ? (parseTemporal(t.text)?.getTime() ?? NaN) : -Infinity;
    if ((from === -Infinity || to === Infinity) && from <= start.getTime() && to > start.getTime()) return true;
  }
  return false;
}

/** "Should be partitioned" hints for large ordinary tables. */
export function largeTableIssues(tables: readonly LargeTable[]): HealthIssue[] {
  return tables.map((t) => ({
    severity: 'info' as const,
    code: 'large-unpartitioned-table' as const,
    message: `${nameOf(t)} is not partitioned and holds about ${t.rows.toLocaleString('en-US')} rows (threshold ${t.threshold.toLocaleString('en-US')}); consider partitioning it (Convert Table to Partitioned).`,
    table: { schema: t.schema, name: t.name },
    short: `~${compactNumber(t.rows)} rows, not partitioned`,
  }));
}

/** Health of every table, keyed by `schema.name` (exact names joined by a dot). */
export function checkCatalogHealth(tables: readonly PartitionedTable[], opts: HealthOptions = {}): Map<string, HealthIssue[]> {
  const out = new Map<string, HealthIssue[]>();
  for (const t of tables) out.set(`${t.schema}.${t.name}`, checkTableHealth(t, opts));
  return out;
}

/** The default partitions of a table (any level), for the exact `EXISTS` check. */
export function defaultPartitionsOf(table: PartitionedTable): Partition[] {
  const out: Partition[] = [];
  const walk = (ps: readonly Partition[]): void => {
    for (const p of ps) {
      if (p.bound.kind === 'default') out.push(p);
      walk(p.partitions);
    }
  };
  walk(table.partitions);
  return out;
}

/** 1234567 → `1.2M`. */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toFixed(1).replace(/\.0$/, '')}B`;
  if (abs >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')}M`;
  if (abs >= 1e3) return `${(n / 1e3).toFixed(1).replace(/\.0$/, '')}k`;
  return String(n);
}
