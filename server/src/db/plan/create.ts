/**
 * Plans that add partitions: one partition (range / list / hash / default), the upcoming
 * periods of a time-partitioned table, and a full set of hash partitions. Building a plan reads
 * the catalog (and counts rows in the default partition) but never changes anything.
 */
import type { Queryable } from '../connection';
import {
  boundLiteralText,
  defaultNamePattern,
  detectInterval,
  isExactPeriod,
  partitionName,
  periodLabel,
  periodsFrom,
  parseTemporal,
  type Interval,
  type Period,
} from '../periods';
import { fitIdentifier, quoteIdent, quoteLiteral, quoteQualified } from '../quote';
import {
  compareRangeTuples,
  listKey,
  loadTarget,
  type Datum,
  type TableRef,
  type TargetTable,
} from './target';
import { PlanError, type Plan, type PlanStatement } from './types';

/** A partition the plan will add. */
export interface NewPartition {
  readonly schema: string;
  readonly name: string;
  /** `FOR VALUES …` or `DEFAULT`, with literals quoted. */
  readonly boundSql: string;
  readonly label: string;
  /** Rows of the default partition that belong here: a condition on the key with parameters. */
  readonly match?: { readonly sql: string; readonly params: readonly unknown[] };
}

/** What the planner learned from the database about the new partitions. */
export interface PlanFacts {
  /** Rows in the default partition that belong to each new partition (by name). */
  readonly defaultRows: ReadonlyMap<string, number>;
  /** Names among the new ones that are already used by some relation in their schema. */
  readonly takenNames: ReadonlySet<string>;
}

export const NO_FACTS: PlanFacts = { defaultRows: new Map(), takenNames: new Set() };

export type CreatePartitionInput =
  | { readonly kind: 'range'; readonly from: readonly string[]; readonly to: readonly string[]; readonly name?: string; readonly schema?: string }
  | { readonly kind: 'list'; readonly values: readonly (string | null)[]; readonly name?: string; readonly schema?: string }
  | { readonly kind: 'hash'; readonly modulus: number; readonly remainder: number; readonly name?: string; readonly schema?: string }
  | { readonly kind: 'default'; readonly name?: string; readonly schema?: string };

const qualified = (t: { schema: string; name: string }): string => quoteQualified(t.schema, t.name);
const shown = (t: { schema: string; name: string }): string => `${t.schema}.${t.name}`;

/** A typed datum from user input: MINVALUE / MAXVALUE keywords, else a value. */
function inputDatum(v: string): Datum {
  if (/^\s*minvalue\s*$/i.test(v)) return { kind: 'minvalue' };
  if (/^\s*maxvalue\s*$/i.test(v)) return { kind: 'maxvalue' };
  return { kind: 'value', text: v };
}

function datumSql(d: Datum): string {
  switch (d.kind) {
    case 'minvalue':
      return 'MINVALUE';
    case 'maxvalue':
      return 'MAXVALUE';
    case 'null':
      return 'NULL';
    case 'value':
      return quoteLiteral(d.text);
  }
}

export function rangeBoundSql(from: readonly Datum[], to: readonly Datum[]): string {
  return `FOR VALUES FROM (${from.map(datumSql).join(', ')}) TO (${to.map(datumSql).join(', ')})`;
}

function keyColumnOrThrow(target: TargetTable, what: string): string[] {
  const cols = target.key.map((k) => k.column);
  if (cols.some((c) => c === undefined)) {
    throw new PlanError(`${shown(target)} is partitioned by an expression; ${what} supports column keys only.`);
  }
  return cols as string[];
}

/** The condition selecting rows of a range, or undefined when it cannot be written simply. */
function rangeMatch(target: TargetTable, from: readonly Datum[], to: readonly Datum[]): NewPartition['match'] {
  const cols = target.key.map((k) => k.column);
  if (cols.some((c) => c === undefined)) return undefined;
  const keyCols = cols as string[];
  if (keyCols.length === 1) {
    const col = quoteIdent(keyCols[0]!);
    const parts: string[] = [];
    const params: unknown[] = [];
    const f = from[0]!;
    const t = to[0]!;
    if (f.kind === 'value') {
      params.push(f.text);
      parts.push(`${col} >= $${params.length}`);
    }
    if (t.kind === 'value') {
      params.push(t.text);
      parts.push(`${col} < $${params.length}`);
    }
    if (parts.length === 0) parts.push(`${col} IS NOT NULL`);
    return { sql: parts.join(' AND '), params };
  }
  if ([...from, ...to].some((d) => d.kind !== 'value')) return undefined;
  const row = `(${keyCols.map(quoteIdent).join(', ')})`;
  const params = [...from, ...to].map((d) => (d as { text: string }).text);
  const n = from.length;
  return {
    sql: `${row} >= (${from.map((_, i) => `$${i + 1}`).join(', ')}) AND ${row} < (${to.map((_, i) => `$${n + i + 1}`).join(', ')})`,
    params,
  };
}

function listMatch(target: TargetTable, values: readonly Datum[]): NewPartition['match'] {
  const col = target.key[0]?.column;
  if (col === undefined || target.key.length !== 1) return undefined;
  const q = quoteIdent(col);
  const vals = values.filter((v): v is { kind: 'value'; text: string } => v.kind === 'value').map((v) => v.text);
  const parts: string[] = [];
  if (vals.length) parts.push(`${q} IN (${vals.map((_, i) => `$${i + 1}`).join(', ')})`);
  if (values.some((v) => v.kind === 'null')) parts.push(`${q} IS NULL`);
  return { sql: parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0]!, params: vals };
}

/** Throws when `from`..`to` overlaps an existing range partition; returns warnings for what only PostgreSQL can check. */
function checkRangeOverlap(target: TargetTable, from: readonly Datum[], to: readonly Datum[]): string[] {
  const warnings: string[] = [];
  const order = compareRangeTuples(target.key, from, to);
  if (order >= 0) throw new PlanError(`The range is empty: FROM must be below TO (${from.map(datumSql).join(', ')} → ${to.map(datumSql).join(', ')}).`);
  let unchecked = Number.isNaN(order);
  for (const p of target.partitions) {
    if (p.bound.kind !== 'range') continue;
    const a = compareRangeTuples(target.key, from, p.bound.to);
    const b = compareRangeTuples(target.key, p.bound.from, to);
    if (Number.isNaN(a) || Number.isNaN(b)) {
      unchecked = true;
      continue;
    }
    if (a < 0 && b < 0) {
      throw new PlanError(`The new range overlaps partition ${shown(p)} (${p.boundText}).`);
    }
  }
  if (unchecked) warnings.push(`Bounds of type ${target.key.map((k) => k.type).join(', ')} are compared by PostgreSQL itself when the plan runs; an overlap then fails and changes nothing.`);
  return warnings;
}

function checkListOverlap(target: TargetTable, values: readonly Datum[]): void {
  const key = target.key[0]!;
  const mine = new Map(values.map((v) => [listKey(key, v), v]));
  if (mine.size !== values.length) throw new PlanError('The list of values contains a value twice.');
  for (const p of target.partitions) {
    if (p.bound.kind !== 'list') continue;
    for (const v of p.bound.values) {
      if (mine.has(listKey(key, v))) {
        throw new PlanError(`Value ${datumSql(v)} already belongs to partition ${shown(p)} (${p.boundText}).`);
      }
    }
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function checkHash(target: TargetTable, modulus: number, remainder: number): void {
  if (!Number.isInteger(modulus) || modulus < 1) throw new PlanError('The hash modulus must be a positive integer.');
  if (!Number.isInteger(remainder) || remainder < 0 || remainder >= modulus) {
    throw new PlanError(`The hash remainder must be an integer from 0 to ${modulus - 1}.`);
  }
  for (const p of target.partitions) {
    if (p.bound.kind !== 'hash') continue;
    const m = p.bound.modulus;
    if (m % modulus !== 0 && modulus % m !== 0) {
      throw new PlanError(`Modulus ${modulus} does not fit with partition ${shown(p)} (modulus ${m}): every modulus must be a factor of the next larger one.`);
    }
    if (remainder % gcd(m, modulus) === p.bound.remainder % gcd(m, modulus)) {
      throw new PlanError(`Modulus ${modulus}, remainder ${remainder} overlaps partition ${shown(p)} (${p.boundText}).`);
    }
  }
}

/** A suggested name for a new partition (period names for exact periods of a time key). */
export function suggestPartitionName(target: TargetTable, input: CreatePartitionInput, namePattern?: string): string {
  switch (input.kind) {
    case 'default':
      return fitIdentifier(target.name, '_default');
    case 'hash':
      return fitIdentifier(target.name, `_p${input.remainder}`);
    case 'list': {
      const v = input.values.find((x) => x !== null);
      const slug = (v ?? 'null').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 20);
      return fitIdentifier(target.name, `_${slug || 'values'}`);
    }
    case 'range': {
      const k = target.key[0];
      const f = input.from[0] !== undefined ? parseTemporal(input.from[0]) : undefined;
      const t = input.to[0] !== undefined ? parseTemporal(input.to[0]) : undefined;
      if (k?.temporal && target.key.length === 1 && f && t) {
        for (const iv of ['month', 'day', 'week', 'quarter', 'year'] as Interval[]) {
          if (isExactPeriod(f, t, iv)) return partitionName(target.name, f, iv, namePattern ?? defaultNamePattern(iv), target.schema);
        }
      }
      const slug = (input.from[0] ?? '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 24);
      return fitIdentifier(target.name, `_${slug || 'range'}`);
    }
  }
}

/** Validates one new partition against the existing bounds and describes it. */
export function newPartitionFor(target: TargetTable, input: CreatePartitionInput, namePattern?: string): { part: NewPartition; warnings: string[] } {
  const schema = input.schema ?? target.schema;
  const name = input.name?.trim() || suggestPartitionName(target, input, namePattern);
  let warnings: string[] = [];
  let boundSql: string;
  let match: NewPartition['match'];
  if (input.kind !== 'default' && input.kind !== target.strategy) {
    throw new PlanError(`${shown(target)} is ${target.strategy}-partitioned; a ${input.kind} partition does not fit.`);
  }
  switch (input.kind) {
    case 'range': {
      if (input.from.length !== target.key.length || input.to.length !== target.key.length) {
        throw new PlanError(`${shown(target)} has ${target.key.length} key column(s); give that many FROM and TO values.`);
      }
      const from = input.from.map(inputDatum);
      const to = input.to.map(inputDatum);
      warnings = checkRangeOverlap(target, from, to);
      boundSql = rangeBoundSql(from, to);
      match = rangeMatch(target, from, to);
      break;
    }
    case 'list': {
      if (input.values.length === 0) throw new PlanError('Give at least one value for a list partition.');
      const values: Datum[] = input.values.map((v) => (v === null ? { kind: 'null' } : { kind: 'value', text: v }));
      checkListOverlap(target, values);
      boundSql = `FOR VALUES IN (${values.map(datumSql).join(', ')})`;
      match = listMatch(target, values);
      break;
    }
    case 'hash':
      checkHash(target, input.modulus, input.remainder);
      boundSql = `FOR VALUES WITH (MODULUS ${input.modulus}, REMAINDER ${input.remainder})`;
      break;
    case 'default':
      if (target.strategy === 'hash') throw new PlanError('A hash-partitioned table cannot have a default partition.');
      if (target.defaultPartition) throw new PlanError(`${shown(target)} already has a default partition, ${shown(target.defaultPartition)}.`);
      boundSql = 'DEFAULT';
      break;
  }
  if (target.partitions.some((p) => p.schema === schema && p.name === name)) {
    throw new PlanError(`A partition named ${schema}.${name} already exists.`);
  }
  return { part: { schema, name, boundSql, label: boundSql, match }, warnings };
}

/**
 * Statements that add `parts` to `target`. Without a default partition each is a plain
 * `CREATE TABLE … PARTITION OF` (a brief ACCESS EXCLUSIVE lock on the parent, bounded by
 * lock_timeout). With a default partition the sequence is lock-aware instead:
 *   1. `LOCK TABLE ONLY parent IN SHARE UPDATE EXCLUSIVE MODE` — the lock ATTACH needs anyway,
 *      taken first so that we never upgrade locks halfway (no deadlock with other DDL); it
 *      does not block reads or writes of the parent;
 *   2. `LOCK TABLE default IN ACCESS EXCLUSIVE MODE` — ATTACH takes it anyway; taking it before
 *      moving rows stops new rows for the new range from landing in the default between the
 *      move and the ATTACH (which would make the ATTACH fail);
 *   3. per partition: `CREATE TABLE new (LIKE parent …)`, move the default's rows of that range
 *      (`WITH moved AS (DELETE … RETURNING …) INSERT …`), then `ATTACH PARTITION` — PostgreSQL
 *      then scans the default for rows of the new range under the lock we hold and finds none.
 * Detaching and re-attaching the default instead would take ACCESS EXCLUSIVE on the parent and
 * rescan the whole default partition on re-attach; this sequence avoids both. It all runs in one
 * transaction: a failure anywhere leaves nothing behind.
 */
export function partitionStatements(target: TargetTable, parts: readonly NewPartition[], facts: PlanFacts): { statements: PlanStatement[]; summary: string[] } {
  const parent = qualified(target);
  const statements: PlanStatement[] = [];
  const summary: string[] = [];
  const def = target.defaultPartition;
  const viaAttach = def !== undefined && parts.some((p) => p.boundSql !== 'DEFAULT');
  if (viaAttach && def) {
    statements.push({
      sql: `LOCK TABLE ONLY ${parent} IN SHARE UPDATE EXCLUSIVE MODE`,
      transactional: true,
      comment: `${shown(target)} has a default partition (${shown(def)}): new partitions are created standalone and attached,\nwhich needs only SHARE UPDATE EXCLUSIVE on the parent (reads and writes continue).`,
    });
    statements.push({
      sql: `LOCK TABLE ${qualified(def)} IN ACCESS EXCLUSIVE MODE`,
      transactional: true,
      comment: 'ATTACH locks the default partition anyway; locking it first keeps new rows for the new ranges out of it until COMMIT.',
    });
  }
  const cols = target.insertColumns.map(quoteIdent).join(', ');
  for (const p of parts) {
    const rows = facts.defaultRows.get(p.name) ?? 0;
    if (!viaAttach || p.boundSql === 'DEFAULT') {
      statements.push({ sql: `CREATE TABLE ${qualified(p)} PARTITION OF ${parent} ${p.boundSql}`, transactional: true });
      summary.push(`Create ${shown(p)} ${p.label}.`);
      continue;
    }
    const likeOpts = `INCLUDING DEFAULTS INCLUDING CONSTRAINTS${target.serverVersionNum >= 120000 ? ' INCLUDING GENERATED' : ''}`;
    statements.push({ sql: `CREATE TABLE ${qualified(p)} (LIKE ${parent} ${likeOpts})`, transactional: true });
    if (rows > 0 && p.match && def) {
      statements.push({
        sql: `WITH moved AS (DELETE FROM ${qualified(def)} WHERE ${p.match.sql} RETURNING ${cols}) INSERT INTO ${qualified(p)} (${cols}) SELECT ${cols} FROM moved`,
        params: p.match.params,
        transactional: true,
        comment: `Moves the ${rows} row(s) of this range out of the default partition (same transaction).`,
      });
      summary.push(`Create ${shown(p)} ${p.label}, moving ${rows} row(s) out of the default partition ${shown(def)}.`);
    } else summary.push(`Create ${shown(p)} ${p.label} (standalone, then attached).`);
    statements.push({ sql: `ALTER TABLE ${parent} ATTACH PARTITION ${qualified(p)} ${p.boundSql}`, transactional: true });
  }
  return { statements, summary };
}

/** Counts, per new partition, the default partition's rows that belong to it, and finds name clashes. */
export async function gatherFacts(q: Queryable, target: TargetTable, parts: readonly NewPartition[]): Promise<PlanFacts & { unknownDefault: string[] }> {
  const defaultRows = new Map<string, number>();
  const unknownDefault: string[] = [];
  const def = target.defaultPartition;
  if (def) {
    for (const p of parts) {
      if (p.boundSql === 'DEFAULT') continue;
      if (!p.match) {
        unknownDefault.push(p.name);
        continue;
      }
      const { rows } = await q.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(def)} WHERE ${p.match.sql}`, p.match.params);
      defaultRows.set(p.name, Number(rows[0]?.n ?? 0));
    }
  }
  const takenNames = new Set<string>();
  const bySchema = new Map<string, string[]>();
  for (const p of parts) bySchema.set(p.schema, [...(bySchema.get(p.schema) ?? []), p.name]);
  for (const [schema, names] of bySchema) {
    const { rows } = await q.query<{ relname: string }>(
      `SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = ANY($2::text[])`,
      [schema, names],
    );
    for (const r of rows) takenNames.add(r.relname);
  }
  return { defaultRows, takenNames, unknownDefault };
}

function assertNamesFree(parts: readonly NewPartition[], facts: PlanFacts): void {
  const clash = parts.filter((p) => facts.takenNames.has(p.name));
  if (clash.length) {
    throw new PlanError(`These names are already used by other relations: ${clash.map(shown).join(', ')}. Choose another name (or another partitionLens.partitionNamePattern).`);
  }
  const seen = new Set<string>();
  for (const p of parts) {
    const k = `${p.schema}\u0000${p.name}`;
    if (seen.has(k)) throw new PlanError(`Two new partitions would both be named ${shown(p)} (the name was shortened to 63 bytes); use a shorter partitionLens.partitionNamePattern.`);
    seen.add(k);
  }
}

function defaultWarnings(target: TargetTable, parts: readonly NewPartition[], facts: PlanFacts, unknownDefault: readonly string[]): string[] {
  const w: string[] = [];
  const def = target.defaultPartition;
  if (!def) return w;
  const moving = parts.filter((p) => (facts.defaultRows.get(p.name) ?? 0) > 0);
  if (moving.length) {
    const total = moving.reduce((n, p) => n + (facts.defaultRows.get(p.name) ?? 0), 0);
    w.push(`The default partition ${shown(def)} holds ${total} row(s) that belong in ${moving.map(shown).join(', ')}; the plan moves them in the same transaction (the default partition is locked until COMMIT).`);
  }
  if (unknownDefault.length) {
    w.push(`Rows of the default partition for ${unknownDefault.join(', ')} cannot be counted in advance; if there are any, ATTACH fails and nothing changes.`);
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// Create Partition

/** Pure: the plan for one new partition, given the facts the database provided. */
export function planCreatePartition(target: TargetTable, input: CreatePartitionInput, facts: PlanFacts = NO_FACTS, opts: { namePattern?: string; unknownDefault?: string[] } = {}): Plan {
  const { part, warnings } = newPartitionFor(target, input, opts.namePattern);
  assertNamesFree([part], facts);
  const { statements, summary } = partitionStatements(target, [part], facts);
  return {
    kind: 'create-partition',
    title: `Create partition ${shown(part)} of ${shown(target)}`,
    summary,
    warnings: [...warnings, ...defaultWarnings(target, [part], facts, opts.unknownDefault ?? [])],
    statements,
    affected: [{ schema: target.schema, name: target.name }],
  };
}

export async function buildCreatePartitionPlan(q: Queryable, ref: TableRef, input: CreatePartitionInput, opts: { namePattern?: string } = {}): Promise<Plan> {
  const target = await loadTarget(q, ref);
  const { part } = newPartitionFor(target, input, opts.namePattern);
  const facts = await gatherFacts(q, target, [part]);
  return planCreatePartition(target, input, facts, { ...opts, unknownDefault: facts.unknownDefault });
}

// ---------------------------------------------------------------------------------------------
// Create Upcoming Partitions

export interface UpcomingOptions {
  readonly interval: Interval;
  /** Periods ahead of the current one (the current period is always ensured too). */
  readonly count: number;
  /** "Now" (tests pass a fixed date). */
  readonly now?: Date;
  readonly namePattern?: string;
}

/** The time ranges of existing range partitions (single temporal key), with unparseable ones flagged. */
function existingPeriods(target: TargetTable): { ranges: (Period & { name: string })[]; unbounded: string[] } {
  const ranges: (Period & { name: string })[] = [];
  const unbounded: string[] = [];
  for (const p of target.partitions) {
    if (p.bound.kind !== 'range') continue;
    const f = p.bound.from[0];
    const t = p.bound.to[0];
    const from = f?.kind === 'minvalue' ? new Date(-8.64e15) : f?.kind === 'value' ? parseTemporal(f.text) : undefined;
    const to = t?.kind === 'maxvalue' ? new Date(8.64e15) : t?.kind === 'value' ? parseTemporal(t.text) : undefined;
    if (!from || !to) {
      unbounded.push(p.name);
      continue;
    }
    ranges.push({ from, to, name: p.name });
  }
  return { ranges, unbounded };
}

/** Pure: which periods need a partition, which exist, and warnings. */
export function upcomingCandidates(target: TargetTable, opts: UpcomingOptions): { parts: NewPartition[]; existing: string[]; warnings: string[] } {
  if (target.strategy !== 'range') throw new PlanError(`${shown(target)} is ${target.strategy}-partitioned; upcoming partitions need RANGE partitioning on a date or timestamp column.`);
  keyColumnOrThrow(target, 'Create Upcoming Partitions');
  const key = target.key[0]!;
  if (target.key.length !== 1 || !key.temporal) {
    throw new PlanError(`${shown(target)} is partitioned by ${target.key.map((k) => `${k.column} (${k.type})`).join(', ')}; upcoming partitions need a single date or timestamp key column.`);
  }
  if (!Number.isInteger(opts.count) || opts.count < 0 || opts.count > 1000) throw new PlanError('The count must be an integer from 0 to 1000.');
  const warnings: string[] = [];
  const { ranges, unbounded } = existingPeriods(target);
  if (unbounded.length) warnings.push(`Bounds of ${unbounded.join(', ')} could not be read as dates; PostgreSQL will check overlaps with them.`);
  const detected = detectInterval(ranges);
  if (detected && detected !== opts.interval) warnings.push(`Existing partitions look ${detected}ly; you asked for ${opts.interval}ly partitions.`);
  const parts: NewPartition[] = [];
  const existing: string[] = [];
  for (const period of periodsFrom(opts.now ?? new Date(), opts.interval, opts.count + 1)) {
    const exact = ranges.find((r) => r.from.getTime() === period.from.getTime() && r.to.getTime() === period.to.getTime());
    if (exact) {
      existing.push(exact.name);
      continue;
    }
    const overlapping = ranges.filter((r) => r.from < period.to && period.from < r.to);
    if (overlapping.length) {
      const covered = overlapping.some((r) => r.from <= period.from && r.to >= period.to);
      if (!covered) warnings.push(`${periodLabel(period.from, opts.interval)} is partly covered by ${overlapping.map((r) => r.name).join(', ')}; skipped (a ${opts.interval} partition would overlap).`);
      else existing.push(...overlapping.map((r) => r.name));
      continue;
    }
    const from: Datum = { kind: 'value', text: boundLiteralText(period.from, key.temporal) };
    const to: Datum = { kind: 'value', text: boundLiteralText(period.to, key.temporal) };
    parts.push({
      schema: target.schema,
      name: partitionName(target.name, period.from, opts.interval, opts.namePattern ?? defaultNamePattern(opts.interval), target.schema),
      boundSql: rangeBoundSql([from], [to]),
      label: `for ${periodLabel(period.from, opts.interval)}`,
      match: rangeMatch(target, [from], [to]),
    });
  }
  return { parts, existing: [...new Set(existing)], warnings };
}

/** Pure: the Create Upcoming Partitions plan. */
export function planCreateUpcoming(target: TargetTable, opts: UpcomingOptions, facts: PlanFacts = NO_FACTS, unknownDefault: readonly string[] = []): Plan {
  const { parts, existing, warnings } = upcomingCandidates(target, opts);
  assertNamesFree(parts, facts);
  const { statements, summary } = partitionStatements(target, parts, facts);
  if (existing.length) summary.push(`Already there (skipped): ${existing.join(', ')}.`);
  return {
    kind: 'create-upcoming',
    title: parts.length
      ? `Create ${parts.length} ${opts.interval}ly partition(s) of ${shown(target)}`
      : `All ${opts.interval}ly partitions of ${shown(target)} up to ${opts.count} period(s) ahead exist`,
    summary,
    warnings: [...warnings, ...defaultWarnings(target, parts, facts, unknownDefault)],
    statements,
    affected: [{ schema: target.schema, name: target.name }],
  };
}

export async function buildCreateUpcomingPlan(q: Queryable, ref: TableRef, opts: UpcomingOptions): Promise<Plan> {
  const target = await loadTarget(q, ref);
  const { parts } = upcomingCandidates(target, opts);
  const facts = await gatherFacts(q, target, parts);
  return planCreateUpcoming(target, opts, facts, facts.unknownDefault);
}

// ---------------------------------------------------------------------------------------------
// Create Hash Partitions

/** Pure: a partition for every remainder of `modulus` that no existing partition covers. */
export function planCreateHashPartitions(target: TargetTable, modulus: number, facts: PlanFacts = NO_FACTS): Plan {
  if (target.strategy !== 'hash') throw new PlanError(`${shown(target)} is ${target.strategy}-partitioned, not hash-partitioned.`);
  if (!Number.isInteger(modulus) || modulus < 1 || modulus > 1024) throw new PlanError('The modulus must be an integer from 1 to 1024.');
  const parts: NewPartition[] = [];
  const skipped: string[] = [];
  for (let r = 0; r < modulus; r++) {
    try {
      parts.push(newPartitionFor(target, { kind: 'hash', modulus, remainder: r }).part);
    } catch (e) {
      if (/overlaps partition/.test((e as Error).message)) skipped.push(`remainder ${r}`);
      else throw e;
    }
  }
  assertNamesFree(parts, facts);
  const { statements, summary } = partitionStatements(target, parts, facts);
  if (skipped.length) summary.push(`Already covered: ${skipped.join(', ')}.`);
  return {
    kind: 'create-hash',
    title: parts.length ? `Create ${parts.length} hash partition(s) (modulus ${modulus}) of ${shown(target)}` : `Every remainder of modulus ${modulus} of ${shown(target)} is covered`,
    summary,
    warnings: [],
    statements,
    affected: [{ schema: target.schema, name: target.name }],
  };
}

export async function buildCreateHashPlan(q: Queryable, ref: TableRef, modulus: number): Promise<Plan> {
  const target = await loadTarget(q, ref);
  const parts: NewPartition[] = [];
  for (let r = 0; r < modulus; r++) {
    try {
      parts.push(newPartitionFor(target, { kind: 'hash', modulus, remainder: r }).part);
    } catch {
      // Covered remainders are reported by the plan itself.
    }
  }
  return planCreateHashPartitions(target, modulus, await gatherFacts(q, target, parts));
}
