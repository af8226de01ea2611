/**
 * Convert Table to Partitioned: GENERATES (never runs) a migration, as plain SQL and as a Rails
 * migration, that turns an ordinary table into a RANGE-partitioned one without copying data:
 * the old table becomes the first partition (MINVALUE .. the start of the next period), proven
 * by a CHECK constraint added NOT VALID and validated online, so ATTACH needs no scan; new
 * partitions take the data from the next period on.
 */
import type { Queryable } from './connection';
import { addPeriods, boundLiteralText, defaultNamePattern, isInterval, partitionName, periodStart, type Interval } from './periods';
import { resolveRelation, type TableRef } from './plan/target';
import { PlanError } from './plan/types';
import { fitIdentifier, quoteIdent, quoteLiteral, quoteQualified } from './quote';

export interface ConvertOptions {
  /** The key column (a date / timestamp / timestamptz column). */
  readonly column: string;
  readonly interval: Interval;
  /** Partitions to create ahead, from the next period on (default 3). */
  readonly premake?: number;
  readonly now?: Date;
  readonly namePattern?: string;
  /** Suffix of the renamed old table (default `_legacy`). */
  readonly legacySuffix?: string;
  readonly railsVersion?: string;
}

export interface ConvertResult {
  readonly sql: string;
  readonly rails: string;
  readonly railsFileName: string;
  readonly warnings: readonly string[];
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
  if (!isInterval(opts.interval)) throw new PlanError(`Unknown interval ${String(opts.interval)}.`);
  const rel = await resolveRelation(q, ref);
  if (rel.relkind === 'p') throw new PlanError(`${rel.schema}.${rel.name} is already partitioned.`);
  if (rel.relkind !== 'r') throw new PlanError(`${rel.schema}.${rel.name} is not an ordinary table.`);
  if (rel.isPartition) throw new PlanError(`${rel.schema}.${rel.name} is itself a partition; convert its parent instead.`);
  const cols = await q.query<{ attname: string; type: string; notnull: boolean; identity: string; seq: string | null }>(
    `SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.attidentity::text AS identity,
            pg_catalog.pg_get_serial_sequence(pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname), a.attname) AS seq
       FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [rel.oid],
  );
  const key = cols.rows.find((c) => c.attname === opts.column);
  if (!key) throw new PlanError(`${rel.schema}.${rel.name} has no column named ${opts.column}.`);
  const temporal = /^(date|timestamp( without time zone)?|timestamp with time zone)(\(\d\))?$/.test(key.type.replace(/\(\d\)/, ''))
    ? (key.type.startsWith('date') ? 'date' : key.type.includes('with time zone') ? 'timestamptz' : 'timestamp')
    : undefined;
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
  return writeMigration({
    schema: rel.schema,
    name: rel.name,
    column: opts.column,
    temporal,
    keyNotNull: key.notnull,
    indexes,
    sequences: cols.rows.filter((c) => c.seq && !c.identity).map((c) => ({ column: c.attname, seq: c.seq! })),
    identity: cols.rows.filter((c) => c.identity).map((c) => c.attname),
    fksIn: fksIn.rows,
    fksOut: fksOut.rows,
    rows: Math.max(0, est.rows[0]?.rows ?? 0),
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
  const table = quoteQualified(f.schema, f.name);
  const legacyName = fitIdentifier(f.name, opts.legacySuffix ?? '_legacy');
  const legacy = quoteQualified(f.schema, legacyName);
  const col = quoteIdent(f.column);
  const cutoff = addPeriods(periodStart(now, opts.interval), opts.interval, 1);
  const cutoffLit = quoteLiteral(boundLiteralText(cutoff, f.temporal));
  const checkName = fitIdentifier(f.name, '_partition_bound');
  const s: string[] = [];
  const c = (text: string): void => {
    for (const line of text.split('\n')) s.push(line ? `-- ${line}` : '--');
  };
  c(`Convert ${f.schema}.${f.name} into a table partitioned by RANGE (${f.column}), one partition per ${opts.interval}.`);
  c(`Generated by Partition Lens on ${now.toISOString().slice(0, 10)}. Nothing here has been run: review it, then run it step by step.`);
  c(`Table size now: about ${Math.round(f.rows).toLocaleString('en-US')} rows, ${(f.bytes / 1048576).toFixed(1)} MB.`);
  c('');
  c('How it works — no data is copied:');
  c(`  1. A CHECK constraint matching the future partition bound (${f.column} < ${boundLiteralText(cutoff, f.temporal)}) is added NOT VALID`);
  c('     (instant) and then VALIDATEd, which scans the table under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue.');
  c(`  2. In one short transaction the table is renamed to ${legacyName}, the partitioned table is created under the old name,`);
  c(`     and ${legacyName} is ATTACHed as its first partition FROM (MINVALUE) TO (${boundLiteralText(cutoff, f.temporal)}). Because the`);
  c('     validated CHECK proves every row fits, ATTACH skips its scan; the locks are held for milliseconds.');
  c('  3. New partitions take rows from the next period on.');
  c('');
  c('Trade-offs:');
  c(`  - All existing rows stay in ONE big partition (${legacyName}): queries on old data are not pruned further until you`);
  c('    split it later (that split does move data; do it period by period, off-peak).');
  c(`  - This must run before ${boundLiteralText(cutoff, f.temporal)}: rows at or after that instant are refused by the CHECK until step 2`);
  c('    (the VALIDATE fails if such rows already exist: then regenerate with a later date).');
  c('  - Unique indexes and the primary key must include the partition key on a partitioned table; they are widened below,');
  c('    so uniqueness of the old key alone is no longer enforced by the database across partitions.');
  c('  - Step 1 builds indexes CONCURRENTLY: it cannot run inside a transaction block, and it needs disk space for the index.');
  if (f.fksIn.length) {
    c('  - Foreign keys that REFERENCE this table keep pointing at the renamed legacy table; recreate them against the new table:');
    for (const fk of f.fksIn) c(`      ${fk.src}: ${fk.conname} ${fk.def}`);
    warnings.push(`${f.fksIn.length} foreign key(s) reference ${f.schema}.${f.name}; they must be recreated (see the comments).`);
  }
  if (f.fksOut.length) {
    c('  - Foreign keys FROM this table stay on the legacy partition only; add them to the partitioned table if new rows need them:');
    for (const fk of f.fksOut) c(`      ${fk.conname} ${fk.def}`);
  }
  if (f.identity.length) {
    warnings.push(`Identity column(s) ${f.identity.join(', ')}: the new table gets its own identity sequence; set it past the old maximum (see the comments).`);
    c(`  - Identity column(s) ${f.identity.join(', ')}: after step 2 run, for each, SELECT setval(pg_get_serial_sequence('${f.schema}.${f.name}', 'column'), max(column)) FROM ${legacyName};`);
  }
  c('  - Views, triggers, policies, grants and publications on the old table move with the rename; recreate those you need on the new table.');
  s.push('');
  c('Step 1 — online preparation (can take long on a big table; does not block reads or writes).');
  s.push(`ALTER TABLE ${table} ADD CONSTRAINT ${quoteIdent(checkName)} CHECK (${col} IS NOT NULL AND ${col} < ${cutoffLit}) NOT VALID;`);
  s.push(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${quoteIdent(checkName)};`);
  // Unique indexes without the key are widened: built concurrently on the old table now, so
  // that ATTACH can adopt them instead of building them under lock.
  const parentIndexes: string[] = [];
  const legacyConstraints: string[] = [];
  for (const ix of f.indexes) {
    if (ix.hasExpressions && ix.unique) {
      warnings.push(`Unique index ${ix.name} uses expressions or a predicate; it is not carried over — recreate it by hand.`);
      c(`NOTE: unique index ${ix.name} (${ix.def}) is not carried over automatically.`);
      continue;
    }
    if (ix.unique) {
      const cols = ix.columns.includes(f.column) ? ix.columns : [...ix.columns, f.column];
      const colList = cols.map(quoteIdent).join(', ');
      if (!ix.columns.includes(f.column)) {
        const widened = fitIdentifier(`${f.name}_${cols.join('_')}`, '_key');
        s.push(`CREATE UNIQUE INDEX CONCURRENTLY ${quoteIdent(widened)} ON ${table} (${colList});`);
        legacyConstraints.push(`ALTER TABLE ${legacy} ADD CONSTRAINT ${quoteIdent(widened)} UNIQUE USING INDEX ${quoteIdent(widened)};`);
      } else if (!ix.constraint) {
        legacyConstraints.push(`ALTER TABLE ${legacy} ADD CONSTRAINT ${quoteIdent(ix.name)} UNIQUE USING INDEX ${quoteIdent(ix.name)};`);
      }
      if (ix.primary && ix.columns.includes(f.column)) parentIndexes.push(`ALTER TABLE ${table} ADD PRIMARY KEY (${colList});`);
      else {
        // The legacy table keeps its old primary key (foreign keys may depend on it), and
        // PostgreSQL matches a parent PRIMARY KEY only with a child PRIMARY KEY: so UNIQUE here.
        if (ix.primary) {
          c(`The old primary key (${ix.columns.join(', ')}) lacks ${f.column}: the new table gets UNIQUE (${cols.join(', ')}) instead. Once the`);
          c(`legacy partition's own primary key is no longer needed, promote it: drop that UNIQUE and ADD PRIMARY KEY (${cols.join(', ')}).`);
        }
        parentIndexes.push(`ALTER TABLE ${table} ADD UNIQUE (${colList});`);
      }
    } else {
      // The same definition on the parent; ATTACH adopts the legacy table's matching index.
      const id = String.raw`(?:"(?:[^"]|"")+"|[^\s."]+)`;
      const m = new RegExp(String.raw`^CREATE INDEX ${id} ON (?:ONLY )?(?:${id}\.)?${id} (USING .*)$`, 's').exec(ix.def);
      if (m) parentIndexes.push(`CREATE INDEX ON ${table} ${m[1]};`);
      else c(`NOTE: index ${ix.name} could not be carried over automatically: ${ix.def}`);
    }
  }
  s.push('');
  c('Step 2 — the switch: one short transaction (ACCESS EXCLUSIVE locks for milliseconds, bounded by lock_timeout).');
  s.push('BEGIN;');
  s.push("SET LOCAL lock_timeout = '5s';");
  s.push(`ALTER TABLE ${table} RENAME TO ${quoteIdent(legacyName)};`);
  if (!f.keyNotNull) {
    c('The validated CHECK proves there is no NULL, so SET NOT NULL skips its scan (PostgreSQL 12+).');
    s.push(`ALTER TABLE ${legacy} ALTER COLUMN ${col} SET NOT NULL;`);
  }
  s.push(...legacyConstraints);
  s.push(`CREATE TABLE ${table} (LIKE ${legacy} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY RANGE (${col});`);
  c('The bound CHECK was copied by LIKE; it belongs to the legacy partition only.');
  s.push(`ALTER TABLE ${table} DROP CONSTRAINT ${quoteIdent(checkName)};`);
  s.push(...parentIndexes);
  for (const sq of f.sequences) {
    c(`Keep ${sq.seq} alive when ${legacyName} is dropped one day.`);
    s.push(`ALTER SEQUENCE ${sq.seq} OWNED BY ${table}.${quoteIdent(sq.column)};`);
  }
  s.push(`ALTER TABLE ${table} ATTACH PARTITION ${legacy} FOR VALUES FROM (MINVALUE) TO (${cutoffLit});`);
  const pattern = opts.namePattern ?? defaultNamePattern(opts.interval);
  for (let i = 0; i < Math.max(1, premake); i++) {
    const from = addPeriods(cutoff, opts.interval, i);
    const to = addPeriods(cutoff, opts.interval, i + 1);
    const pname = partitionName(f.name, from, opts.interval, pattern, f.schema);
    s.push(`CREATE TABLE ${quoteQualified(f.schema, pname)} PARTITION OF ${table} FOR VALUES FROM (${quoteLiteral(boundLiteralText(from, f.temporal))}) TO (${quoteLiteral(boundLiteralText(to, f.temporal))});`);
  }
  s.push('COMMIT;');
  s.push('');
  c('Afterwards: keep creating partitions ahead (partition-lens maintain, or Create Upcoming Partitions), and ANALYZE the new table:');
  s.push(`ANALYZE ${table};`);
  const sql = s.join('\n') + '\n';
  const className = `Convert${f.name.replace(/[^A-Za-z0-9]+/g, ' ').replace(/(?:^|\s)(\w)/g, (_m, ch: string) => ch.toUpperCase()).replace(/\s/g, '') || 'Table'}ToPartitioned`;
  const rails = railsMigration(className, sql, opts.railsVersion ?? '7.1');
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const snake = className.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return { sql, rails, railsFileName: `${stamp}_${snake}.rb`, warnings };
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
    '  # CREATE INDEX CONCURRENTLY and the separate VALIDATE step cannot run in one DDL transaction.',
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
