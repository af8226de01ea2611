/**
 * `partition-lens partitions list`: the read-side report as a stable JSON contract (version 1)
 * and as text. The CLI dispatcher (`server/src/cli/db-commands.ts`) calls `listPartitionsCommand`.
 *
 * JSON: {"version":1,"tables":[{"name","strategy","key":[…],"partitions":[{"name","bound",
 * "isDefault","rows","bytes"}],"health":[{"severity","code","message","partition"?}]}]}.
 * A sub-partitioned partition additionally carries its own "partitions" array.
 */
import { displayName, keyNames, type Partition, type PartitionedTable } from '../engine/catalog/model';
import { redactText, resolveCliProfile, withDb, type Db, type DbLogger, type Queryable } from './connection';
import { checkTableHealth, defaultPartitionsOf, type HealthIssue } from './health';
import { formatBytes, loadCatalog } from './introspect';
import { parseQualifiedName } from './plan/target';
import { quoteQualified } from './quote';

// Table names typed by the user are read by the plan commands' parser (one reading of `schema.name`).
export { parseQualifiedName };

export interface ReportPartition {
  name: string;
  bound: string;
  isDefault: boolean;
  rows: number | null;
  bytes: number | null;
  partitions?: ReportPartition[];
}

export interface ReportHealth {
  severity: string;
  code: string;
  message: string;
  partition?: string;
}

export interface ReportTable {
  name: string;
  strategy: string;
  key: string[];
  partitions: ReportPartition[];
  health: ReportHealth[];
}

export interface PartitionsReport {
  version: 1;
  tables: ReportTable[];
}

export interface ListPartitionsOptions {
  /** `--database-url`; falls back to `DATABASE_URL`, then the `PG*` variables. */
  readonly databaseUrl?: string;
  /** `--table NAME`: `name`, `schema.name`, or quoted parts (`"My Schema"."Leads"`). */
  readonly table?: string;
  readonly env?: Record<string, string | undefined>;
  readonly logger?: DbLogger;
  readonly now?: Date;
  readonly connectTimeoutMs?: number;
  readonly queryTimeoutMs?: number;
  /** How long a read waits for another session's lock before failing with the lock named. */
  readonly lockTimeoutMs?: number;
  /** An already open database (tests, `maintain`); the URL options are then ignored. */
  readonly db?: Db;
}

/** Builds the version-1 JSON report. Throws a clear (password-free) message on failure. */
export async function listPartitionsCommand(opts: ListPartitionsOptions): Promise<PartitionsReport> {
  if (opts.db) return buildReport(opts.db, opts);
  const profile = resolveCliProfile(opts.databaseUrl, opts.env ?? process.env);
  try {
    return await withDb(profile, undefined, { connectTimeoutMs: opts.connectTimeoutMs, queryTimeoutMs: opts.queryTimeoutMs, lockTimeoutMs: opts.lockTimeoutMs, logger: opts.logger }, (db) =>
      buildReport(db, opts),
    );
  } catch (e) {
    throw new Error(redactText((e as Error).message, [opts.databaseUrl]));
  }
}

async function buildReport(q: Queryable, opts: ListPartitionsOptions): Promise<PartitionsReport> {
  let tables: PartitionedTable[];
  if (opts.table) {
    const ref = parseQualifiedName(opts.table);
    const cat = await loadCatalog(q, {});
    const searchPath = cat.searchPath;
    tables = cat.tables.filter((t) => t.name === ref.name && (ref.schema ? t.schema === ref.schema : searchPath.includes(t.schema)));
    if (!ref.schema && tables.length > 1) {
      // The first schema on the search path wins, as in SQL.
      const first = searchPath.find((s) => tables.some((t) => t.schema === s));
      tables = tables.filter((t) => t.schema === first);
    }
    if (tables.length === 0) throw new Error(`No partitioned table named ${opts.table} was found (or you may not see it).`);
  } else {
    tables = (await loadCatalog(q, {})).tables;
  }
  const defaultHasRows = await checkDefaultRows(q, tables);
  return {
    version: 1,
    tables: tables.map((t) => ({
      name: displayName(t.schema, t.name),
      strategy: t.strategy,
      key: keyNames(t.key),
      partitions: t.partitions.map(reportPartition),
      health: checkTableHealth(t, { now: opts.now, defaultHasRows }).map(reportHealth),
    })),
  };
}

/** Exact `EXISTS` check of every default partition (one cheap query each; stops at the first row). */
export async function checkDefaultRows(q: Queryable, tables: readonly PartitionedTable[]): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  for (const t of tables) {
    for (const d of defaultPartitionsOf(t)) {
      try {
        const r = await q.query<{ e: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteQualified(d.schema, d.name)} LIMIT 1) AS e`);
        out.set(`${d.schema}.${d.name}`, Boolean(r.rows[0]?.e));
      } catch {
        // No SELECT privilege on the default partition: fall back to the estimate.
      }
    }
  }
  return out;
}


function reportPartition(p: Partition): ReportPartition {
  const out: ReportPartition = {
    name: displayName(p.schema, p.name),
    bound: p.bound.text,
    isDefault: p.bound.kind === 'default',
    rows: p.rows ?? null,
    bytes: p.bytes ?? null,
  };
  if (p.subPartitioning) out.partitions = p.partitions.map(reportPartition);
  return out;
}

function reportHealth(h: HealthIssue): ReportHealth {
  const out: ReportHealth = { severity: h.severity, code: h.code, message: h.message };
  if (h.partition) out.partition = displayName(h.partition.schema, h.partition.name);
  return out;
}

/** The report as a readable text table (for `--format text`). */
export function formatReportText(report: PartitionsReport): string {
  const lines: string[] = [];
  if (report.tables.length === 0) return 'No partitioned tables found.\n';
  for (const t of report.tables) {
    lines.push(`${t.name}  ${t.strategy.toUpperCase()} (${t.key.join(', ')})  ${t.partitions.length} partition${t.partitions.length === 1 ? '' : 's'}`);
    const rows: string[][] = [];
    const walk = (ps: ReportPartition[], indent: string): void => {
      for (const p of ps) {
        rows.push([indent + p.name, p.bound, p.rows === null ? '?' : p.rows.toLocaleString('en-US'), p.bytes === null ? '?' : formatBytes(p.bytes)]);
        if (p.partitions) walk(p.partitions, indent + '  ');
      }
    };
    walk(t.partitions, '  ');
    const w = [0, 0, 0, 0];
    for (const r of rows) r.forEach((c, i) => (w[i] = Math.max(w[i]!, c.length)));
    for (const r of rows) lines.push(`${r[0]!.padEnd(w[0]!)}  ${r[1]!.padEnd(w[1]!)}  ${r[2]!.padStart(w[2]!)}  ${r[3]!.padStart(w[3]!)}`.trimEnd());
    for (const h of t.health) lines.push(`  ${h.severity === 'error' ? '✖' : h.severity === 'warning' ? '⚠' : 'ℹ'} ${h.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
