/**
 * Convert Table to Partitioned: GENERATES (never runs) a migration, as plain SQL and as a Rails
 * migration, that turns an ordinary table into a RANGE-partitioned one. The interval is proposed
 * from the data (min/max of the key, rows per period). Step 1 builds the partitioned table beside
 * the old one, with a partition for every period that holds rows, upcoming periods and a DEFAULT;
 * step 2, one transaction, copies the rows and swaps the names. Nothing is ever added to the old
 * table (no NOT VALID CHECK), so a migration stopped anywhere leaves the old table taking every
 * insert as before.
 */
import type { Queryable } from './connection';
import { addPeriods, boundLiteralText, defaultNamePattern, INTERVALS, isInterval, parseTemporal, partitionName, periodLabel, periodStart, type Interval } from './periods';
import { resolveRelation, type TableRef } from './plan/target';
import { PlanError } from './plan/types';
import { fitIdentifier, quoteIdent, quoteLiteral, quoteQualified } from './quote';

export interface ConvertOptions {
  /** The key column (a date / timestamp / timestamptz column). */
  readonly column: string;
  /** Defaults to the interval proposed from the data (`proposeInterval`). */
  readonly interval?: Interval;
  /** Partitions to create ahead, from the next period on (default 3). */
  readonly premake?: number;
  readonly now?: Date;
  readonly namePattern?: string;
  /** Suffix of the renamed old table, kept as a backup (default `_legacy`). */
  readonly legacySuffix?: string;
  /** Suffix of the new table while it is built beside the old one (default `_partitioned`). */
  readonly buildSuffix?: string;
  readonly railsVersion?: string;
}

export interface ConvertResult {
  readonly sql: string;
  readonly rails: string;
  readonly railsFileName: string;
  readonly warnings: readonly string[];
  /** The interval used and why (proposed from the data unless one was given). */
  readonly proposal: IntervalProposal;
}

/** What the data says about the key: its range, the rows, and the interval that fits. */
export interface IntervalProposal {
  readonly interval: Interval;
  /** Earliest and latest key (UTC), undefined for an empty table. */
  readonly min?: Date;
  readonly max?: Date;
  readonly rows: number;
  /** Partitions needed for the existing rows with that interval. */
  readonly periods: number;
  readonly rowsPerPeriod: number;
  /** One sentence: `min 2025-01-03, max 2027-02-11, 120,000 rows: month gives 26 partitions of about 4,600 rows.` */
  readonly reason: string;
}

/** The most partitions a conversion creates for existing rows; a finer interval is refused. */
export const MAX_CONVERT_PARTITIONS = 2000;

function periodsSpanned(min: Date, max: Date, interval: Interval): number {
  let n = 0;
  for (let p = periodStart(min, interval); p.getTime() <= max.getTime() && n <= MAX_CONVERT_PARTITIONS; p = addPeriods(p, interval, 1)) n++;
  return n;
}

/**
 * Pure: the interval for a key range and row count. The finest interval whose partitions hold
 * at least 50,000 rows each and number at most 500; a smaller table gets the finest interval with
 * at most 60 partitions (monthly for five years of data); an empty table gets month.
 */
export function chooseInterval(min: Date | undefined, max: Date | undefined, rows: number): IntervalProposal {
  const day = (d: Date): string => d.toISOString().slice(0, 10);
  const n = Math.max(0, Math.round(rows));
  if (!min || !max) {
    return { interval: 'month', rows: n, periods: 0, rowsPerPeriod: 0, reason: 'The table has no rows with a key yet: month is a common start.' };
  }
  const stats = INTERVALS.map((interval) => {
    const periods = periodsSpanned(min, max, interval);
    return { interval, periods, rowsPerPeriod: n / Math.max(1, periods) };
  });
  const pick = stats.find((x) => x.periods <= 500 && x.rowsPerPeriod >= 50_000) ?? stats.find((x) => x.periods <= 60) ?? stats[stats.length - 1]!;
  const per = Math.round(pick.rowsPerPeriod);
  return {
    interval: pick.interval,
    min,
    max,
    rows: n,
    periods: pick.periods,
    rowsPerPeriod: per,
    reason: `min ${day(min)}, max ${day(max)}, ${n.toLocaleString('en-US')} rows: ${pick.interval} gives ${pick.periods} partition${pick.periods === 1 ? '' : 's'} of about ${per.toLocaleString('en-US')} rows.`,
  };
}

/** Reads the key's range and the row count, and proposes an interval. */
export async function proposeInterval(q: Queryable, ref: TableRef, column: string): Promise<IntervalProposal> {
  const rel = await resolveRelation(q, ref);
  const { rows } = await q.query<{ type: string }>(
    `SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) AS type FROM pg_catalog.pg_attribute a
      WHERE a.attrelid = $1 AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
    [rel.oid, column],
  );
  const temporal = rows[0] ? temporalOf(rows[0].type) : undefined;
  if (!temporal) throw new PlanError(`${column} is ${rows[0]?.type ?? 'not a column'} of ${rel.schema}.${rel.name}; a time-based conversion needs a date or timestamp column.`);
  const r = await keyRange(q, quoteQualified(rel.schema, rel.name), column, temporal);
  return chooseInterval(r.min, r.max, r.rows);
}

function temporalOf(type: string): 'date' | 'timestamp' | 'timestamptz' | undefined {
  const t = type.replace(/\(\d\)/, '');
  if (t === 'date') return 'date';
  if (t === 'timestamp without time zone' || t === 'timestamp') return 'timestamp';
  if (t === 'timestamp with time zone') return 'timestamptz';
  return undefined;
}

async function keyRange(q: Queryable, table: string, column: string, temporal: 'date' | 'timestamp' | 'timestamptz'): Promise<{ min?: Date; max?: Date; rows: number; nulls: number }> {
  const raw = quoteIdent(column);
  // Read in UTC whatever the session's TimeZone, as the partition bounds are written.
  const col = temporal === 'timestamptz' ? `(${raw} AT TIME ZONE 'UTC')` : `${raw}::timestamp`;
  // min/max use an index on the key when there is one; the count is exact (the proposal and
  // the partitions for existing rows depend on it), read in a read-only statement.
  const { rows } = await q.query<{ min: string | null; max: string | null; n: string; nulls: string }>(
    `SELECT pg_catalog.to_char(pg_catalog.min(${col}), 'YYYY-MM-DD HH24:MI:SS.MS') AS min,
            pg_catalog.to_char(pg_catalog.max(${col}), 'YYYY-MM-DD HH24:MI:SS.MS') AS max,
            pg_catalog.count(*)::text AS n, pg_catalog.count(*) FILTER (WHERE ${raw} IS NULL)::text AS nulls FROM ${table}`,
  );
  const row = rows[0];
  return {
    min: row?.min ? parseTemporal(row.min) : undefined,
    max: row?.max ? parseTemporal(row.max) : undefined,
    rows: Number(row?.n ?? 0),
    nulls: Number(row?.nulls ?? 0),
  };
}

interface IndexFact {
  name: string;
  def: string;
  unique: boolean;
  primary: boolean;
  constraint: string | null;
  columns: string[];
  hasExpressions: boolean;
}

/** Reads what the migration depends on and writes it. */
export async function buildConvertMigration(q: Queryable, ref: TableRef, opts: ConvertOptions): Promise<ConvertResult> {
  if (opts.interval !== undefined && !isInterval(opts.interval)) throw new PlanError(`Unknown interval ${String(opts.interval)}.`);
  const rel = await resolveRelation(q, ref);
  if (rel.relkind === 'p') throw new PlanError(`${rel.schema}.${rel.name} is already partitioned.`);
  if (rel.relkind !== 'r') throw new PlanError(`${rel.schema}.${rel.name} is not an ordinary table.`);
  if (rel.isPartition) throw new PlanError(`${rel.schema}.${rel.name} is itself a partition; convert its parent instead.`);
  const cols = await q.query<{ attname: string; type: string; notnull: boolean; identity: string; generated: string; seq: string | null }>(
    `SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.attidentity::text AS identity,
            a.attgenerated::text AS generated,
            pg_catalog.pg_get_serial_sequence(pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname), a.attname) AS seq
       FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [rel.oid],
  );
  const key = cols.rows.find((c) => c.attname === opts.column);
  if (!key) throw new PlanError(`${rel.schema}.${rel.name} has no column named ${opts.column}.`);
  const temporal = temporalOf(key.type);
  if (!temporal) throw new PlanError(`${opts.column} is ${key.type}; a time-based conversion needs a date or timestamp column.`);
  const idx = await q.query<{ name: string; def: string; unique: boolean; primary: boolean; constraint: string | null; columns: string[] | null; exprs: boolean }>(
    `SELECT ic.relname AS name, pg_catalog.pg_get_indexdef(i.indexrelid) AS def, i.indisunique AS unique, i.indisprimary AS primary,
            con.conname AS constraint,
            ARRAY(SELECT a.attname::text FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL) AS exprs
       FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
      WHERE i.indrelid = $1 ORDER BY i.indisprimary DESC, ic.relname`,
    [rel.oid],
  );
  const indexes: IndexFact[] = idx.rows.map((r) => ({ ...r, columns: r.columns ?? [], hasExpressions: r.exprs }));
  const fksIn = await q.query<{ conname: string; src: string; def: string }>(
    `SELECT con.conname, con.conrelid::regclass::text AS src, pg_catalog.pg_get_constraintdef(con.oid) AS def
       FROM pg_catalog.pg_constraint con WHERE con.confrelid = $1 AND con.contype = 'f' ORDER BY 1`,
    [rel.oid],
  );
  const fksOut = await q.query<{ conname: string; def: string }>(
    `SELECT con.conname, pg_catalog.pg_get_constraintdef(con.oid) AS def FROM pg_catalog.pg_constraint con
      WHERE con.conrelid = $1 AND con.contype = 'f' ORDER BY 1`,
    [rel.oid],
  );
  const est = await q.query<{ rows: number; bytes: string }>(
    `SELECT c.reltuples::float8 AS rows, pg_catalog.pg_total_relation_size(c.oid)::text AS bytes FROM pg_catalog.pg_class c WHERE c.oid = $1`,
    [rel.oid],
  );
  const range = await keyRange(q, quoteQualified(rel.schema, rel.name), opts.column, temporal);
  if (range.nulls > 0) {
    // PostgreSQL makes a RANGE key NOT NULL: the copy would fail (and roll back) on these rows.
    throw new PlanError(
      `${range.nulls.toLocaleString('en-US')} row(s) of ${rel.schema}.${rel.name} have no ${opts.column} (NULL), and a range-partitioned table cannot hold them: set them first (UPDATE ${quoteQualified(rel.schema, rel.name)} SET ${quoteIdent(opts.column)} = … WHERE ${quoteIdent(opts.column)} IS NULL) or choose another column.`,
    );
  }
  return writeMigration({
    schema: rel.schema,
    name: rel.name,
    column: opts.column,
    temporal,
    keyNotNull: key.notnull,
    indexes,
    sequences: cols.rows.filter((c) => c.seq && !c.identity).map((c) => ({ column: c.attname, seq: c.seq! })),
    identity: cols.rows.filter((c) => c.identity).map((c) => c.attname),
    copyColumns: cols.rows.filter((c) => !c.generated).map((c) => c.attname),
    min: range.min,
    max: range.max,
    exactRows: range.rows,
    fksIn: fksIn.rows,
    fksOut: fksOut.rows,
    rows: range.rows,
    bytes: Number(est.rows[0]?.bytes ?? 0),
  }, opts);
}

export interface TableFacts {
  schema: string;
  name: string;
  column: string;
  temporal: 'date' | 'timestamp' | 'timestamptz';
  keyNotNull: boolean;
  indexes: IndexFact[];
  sequences: { column: string; seq: string }[];
  identity: string[];
  /** Columns an INSERT may write (not generated), in table order. */
  copyColumns: string[];
  /** The key's earliest and latest value (UTC); undefined for an empty table. */
  min?: Date;
  max?: Date;
  exactRows?: number;
  fksIn: { conname: string; src: string; def: string }[];
  fksOut: { conname: string; def: string }[];
  rows: number;
  bytes: number;
}

/** Pure: the migration text from the table's facts. */
export function writeMigration(f: TableFacts, opts: ConvertOptions): ConvertResult {
  const warnings: string[] = [];
  const now = opts.now ?? new Date();
  const premake = opts.premake ?? 3;
  const proposal = chooseInterval(f.min, f.max, f.exactRows ?? f.rows);
  const interval: Interval = opts.interval ?? proposal.interval;
  const chosen: IntervalProposal =
    interval === proposal.interval
      ? proposal
      : (() => {
          const periods = f.min && f.max ? periodsSpanned(f.min, f.max, interval) : 0;
          const per = Math.round((f.exactRows ?? f.rows) / Math.max(1, periods));
          return { ...proposal, interval, periods, rowsPerPeriod: per, reason: `${interval} was chosen (the data suggests ${proposal.interval}: ${proposal.reason})` };
        })();
  if (chosen.periods > MAX_CONVERT_PARTITIONS) {
    throw new PlanError(`A ${interval} interval needs more than ${MAX_CONVERT_PARTITIONS} partitions for the existing rows (${proposal.reason}); choose a coarser interval.`);
  }
  if (interval !== proposal.interval) warnings.push(`The data suggests ${proposal.interval}ly partitions: ${proposal.reason}`);
  const table = quoteQualified(f.schema, f.name);
  const legacyName = fitIdentifier(f.name, opts.legacySuffix ?? '_legacy');
  const legacy = quoteQualified(f.schema, legacyName);
  const buildName = fitIdentifier(f.name, opts.buildSuffix ?? '_partitioned');
  const build = quoteQualified(f.schema, buildName);
  const col = quoteIdent(f.column);
  const pattern = opts.namePattern ?? defaultNamePattern(interval);
  // Partitions from the period of the earliest row through `premake` periods past both the
  // latest row and now: every existing row has its partition, and so do the coming periods.
  const first = periodStart(f.min && f.min.getTime() < now.getTime() ? f.min : now, interval);
  const lastData = f.max && f.max.getTime() > now.getTime() ? f.max : now;
  const end = addPeriods(periodStart(lastData, interval), interval, 1 + Math.max(0, premake));
  const periods: Date[] = [];
  for (let p = first; p.getTime() < end.getTime(); p = addPeriods(p, interval, 1)) periods.push(p);
  if (periods.length > MAX_CONVERT_PARTITIONS + premake + 1) throw new PlanError(`The conversion would create ${periods.length} partitions; choose a coarser interval.`);
  const defaultName = fitIdentifier(f.name, '_default');
  const s: string[] = [];
  const c = (text: string): void => {
    for (const line of text.split('\n')) s.push(line ? `-- ${line}` : '--');
  };
  const label = (d: Date): string => periodLabel(d, interval);
  c(`Convert ${f.schema}.${f.name} into a table partitioned by RANGE (${f.column}), one partition per ${interval}.`);
  c(`Generated by Partition Lens on ${now.toISOString().slice(0, 10)}. Nothing here has been run: review it, then run it step by step.`);
  c(`Interval: ${chosen.reason}`);
  c(`Table size now: ${Math.round(f.exactRows ?? f.rows).toLocaleString('en-US')} rows, ${(f.bytes / 1048576).toFixed(1)} MB.`);
  c(`Partitions: ${periods.length} (${label(periods[0]!)} … ${label(periods[periods.length - 1]!)}: every existing row and ${premake} period(s) ahead), plus the DEFAULT partition ${defaultName}`);
  c('for rows outside them.');
  c('');
  c('How it works:');
  c(`  1. The partitioned table is built beside the old one as ${buildName}, with its partitions and indexes. The old table is`);
  c('     only read (its definition); nothing is added to it, so it keeps taking every insert. If step 1 stops half-way,');
  c(`     DROP TABLE ${build}; and run it again: nothing else changed.`);
  c(`  2. One transaction: LOCK the old table IN EXCLUSIVE MODE (reads continue, writes wait), copy every row into ${buildName},`);
  c(`     rename the old table to ${legacyName} (kept as a backup) and ${buildName} to ${f.name}. If it stops anywhere, PostgreSQL`);
  c('     rolls it all back: the old table is exactly as before and takes inserts.');
  c('');
  c('Trade-offs:');
  c(`  - Step 2 copies the data: writes to ${f.name} wait while it runs (about ${Math.round(f.exactRows ?? f.rows).toLocaleString('en-US')} rows), and it needs`);
  c('    the disk space of a second copy until the legacy table is dropped. Run it off-peak.');
  c('  - Unique indexes and the primary key must include the partition key on a partitioned table; they are widened below,');
  c('    so uniqueness of the old key alone is no longer enforced by the database across partitions.');
  if (!f.keyNotNull) c(`  - PostgreSQL makes a range partition key NOT NULL: inserting a row without ${f.column} fails after the switch.`);
  if (f.fksIn.length) {
    c('  - Foreign keys that REFERENCE this table keep pointing at the renamed legacy table; recreate them against the new table:');
    for (const fk of f.fksIn) c(`      ${fk.src}: ${fk.conname} ${fk.def}`);
    warnings.push(`${f.fksIn.length} foreign key(s) reference ${f.schema}.${f.name}; they must be recreated (see the comments).`);
  }
  if (f.fksOut.length) {
    c('  - Foreign keys FROM this table stay on the legacy table; add them to the new table if new rows need them:');
    for (const fk of f.fksOut) c(`      ${fk.conname} ${fk.def}`);
  }
  c('  - Views, triggers, policies, grants and publications stay on the legacy table; recreate those you need on the new table.');
  s.push('');
  c(`Step 1 — build ${buildName} beside the old table (the old table is not changed).`);
  s.push(
    `CREATE TABLE ${build} (LIKE ${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (${col});`,
  );
  for (const ix of f.indexes) {
    if (ix.hasExpressions && ix.unique) {
      warnings.push(`Unique index ${ix.name} uses expressions or a predicate; it is not carried over — recreate it by hand.`);
      c(`NOTE: unique index ${ix.name} (${ix.def}) is not carried over automatically.`);
      continue;
    }
    if (ix.unique) {
      const cols = ix.columns.includes(f.column) ? ix.columns : [...ix.columns, f.column];
      const colList = cols.map(quoteIdent).join(', ');
      if (!ix.columns.includes(f.column)) c(`${ix.primary ? 'The primary key' : `Unique index ${ix.name}`} (${ix.columns.join(', ')}) is widened with ${f.column}, as a partitioned table requires.`);
      s.push(`ALTER TABLE ${build} ADD ${ix.primary ? 'PRIMARY KEY' : 'UNIQUE'} (${colList});`);
    } else {
      const id = String.raw`(?:"(?:[^"]|"")+"|[^\s."]+)`;
      const m = new RegExp(String.raw`^CREATE INDEX ${id} ON (?:ONLY )?(?:${id}\.)?${id} (USING .*)$`, 's').exec(ix.def);
      if (m) s.push(`CREATE INDEX ON ${build} ${m[1]};`);
      else c(`NOTE: index ${ix.name} could not be carried over automatically: ${ix.def}`);
    }
  }
  for (const from of periods) {
    const to = addPeriods(from, interval, 1);
    const pname = partitionName(f.name, from, interval, pattern, f.schema);
    s.push(`CREATE TABLE ${quoteQualified(f.schema, pname)} PARTITION OF ${build} FOR VALUES FROM (${quoteLiteral(boundLiteralText(from, f.temporal))}) TO (${quoteLiteral(boundLiteralText(to, f.temporal))});`);
  }
  s.push(`CREATE TABLE ${quoteQualified(f.schema, defaultName)} PARTITION OF ${build} DEFAULT;`);
  s.push('');
  c('Step 2 — copy and switch: one transaction; writes wait on the EXCLUSIVE lock, reads continue until the renames.');
  s.push('BEGIN;');
  s.push("SET LOCAL lock_timeout = '5s';");
  s.push(`LOCK TABLE ${table} IN EXCLUSIVE MODE;`);
  const copyCols = f.copyColumns.map(quoteIdent).join(', ');
  s.push(`INSERT INTO ${build} (${copyCols}) OVERRIDING SYSTEM VALUE SELECT ${copyCols} FROM ${table};`);
  s.push(`ALTER TABLE ${table} RENAME TO ${quoteIdent(legacyName)};`);
  s.push(`ALTER TABLE ${build} RENAME TO ${quoteIdent(f.name)};`);
  for (const sq of f.sequences) {
    c(`${sq.seq} is shared by both tables; it now belongs to the new one (it survives dropping ${legacyName}).`);
    s.push(`ALTER SEQUENCE ${sq.seq} OWNED BY ${table}.${quoteIdent(sq.column)};`);
  }
  for (const idc of f.identity) {
    c(`The identity of ${idc} continues after the copied rows.`);
    s.push(
      `SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(${quoteLiteral(table)}, ${quoteLiteral(idc)}), COALESCE((SELECT pg_catalog.max(${quoteIdent(idc)}) FROM ${table}), 0) + 1, false);`,
    );
  }
  s.push('COMMIT;');
  s.push('');
  c('Afterwards: ANALYZE the new table, keep creating partitions ahead (partition-lens maintain, or Create Upcoming');
  c(`Partitions), and DROP TABLE ${legacy}; once you no longer need the backup.`);
  s.push(`ANALYZE ${table};`);
  const sql = s.join('\n') + '\n';
  const className = `Convert${f.name.replace(/[^A-Za-z0-9]+/g, ' ').replace(/(?:^|\s)(\w)/g, (_m, ch: string) => ch.toUpperCase()).replace(/\s/g, '') || 'Table'}ToPartitioned`;
  const rails = railsMigration(className, sql, opts.railsVersion ?? '7.1');
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const snake = className.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return { sql, rails, railsFileName: `${stamp}_${snake}.rb`, warnings, proposal: chosen };
}

/** A Rails migration running the SQL statement by statement (CONCURRENTLY needs no DDL transaction). */
function railsMigration(className: string, sql: string, version: string): string {
  // Each statement (and the BEGIN … COMMIT block as one) becomes one `execute`.
  const chunks: string[] = [];
  let current: string[] = [];
  let inTx = false;
  for (const line of sql.split('\n')) {
    if (line.startsWith('--') || line.trim() === '') {
      if (!inTx && line.startsWith('--')) chunks.push(`    # ${line.slice(3)}`);
      else if (inTx && line.startsWith('--')) current.push(line);
      continue;
    }
    if (line === 'BEGIN;') inTx = true;
    current.push(line);
    if (!inTx || line === 'COMMIT;') {
      chunks.push(`    execute <<~'SQL'\n${current.map((l) => `      ${l}`).join('\n')}\n    SQL`);
      current = [];
      inTx = false;
    }
  }
  return [
    '# Generated by Partition Lens. Review before running; see the SQL comments for the trade-offs.',
    `class ${className} < ActiveRecord::Migration[${version}]`,
    '  # Step 1 and step 2 run separately (step 2 is its own BEGIN … COMMIT), not in one DDL transaction.',
    '  disable_ddl_transaction!',
    '',
    '  def up',
    ...chunks,
    '  end',
    '',
    '  def down',
    '    raise ActiveRecord::IrreversibleMigration, "Detach the legacy partition and rename it back by hand if needed."',
    '  end',
    'end',
    '',
  ].join('\n');
}
