/**
 * pg_partman awareness: which partitioned tables pg_partman manages (its `part_config`, in the
 * 4.x and 5.x column sets), health checks for them (premake window not covered, maintenance not
 * run within one interval), and the plan that lets pg_partman itself create upcoming partitions
 * (`run_maintenance` for one table), so we never fight its naming scheme.
 */
import type { Partition, PartitionedTable } from '../engine/catalog/model';
import type { Queryable } from './connection';
import type { HealthIssue } from './health';
import { displayName } from '../engine/catalog/model';
import { parseTemporal } from './periods';
import type { Plan } from './plan/types';
import { quoteIdent, quoteLiteral } from './quote';

export interface PartmanConfig {
  /** The managed parent table, exact names. */
  readonly table: { readonly schema: string; readonly name: string };
  readonly control: string;
  /** `partition_interval` as pg_partman stores it (`1 mon`, `1 day`, `7 days`, or an integer). */
  readonly interval: string;
  /** The interval as a duration, when it is time-based. */
  readonly intervalMs?: number;
  readonly premake: number;
  /** `retention` as stored (`12 months`), when partitions expire. */
  readonly retention?: string;
  readonly retentionSchema?: string;
  /** pg_partman drops (false) or only detaches (true) expired partitions. */
  readonly retentionKeepTable: boolean;
  readonly automaticMaintenance: boolean;
  /** `maintenance_last_run` (pg_partman 5.1+); unknown on 4.x. */
  readonly lastRun?: Date;
  readonly extensionSchema: string;
  readonly extensionVersion: string;
}

const DAY = 86_400_000;
const UNIT_MS: Record<string, number> = {
  microsecond: 0.001, millisecond: 1, second: 1000, minute: 60_000, hour: 3_600_000, day: DAY, week: 7 * DAY,
  mon: 30 * DAY, month: 30 * DAY, year: 365 * DAY, quarter: 91 * DAY,
};

/**
 * A PostgreSQL interval's text (`1 mon`, `3 mons`, `1 year 2 mons`, `7 days`, `01:00:00`) as an
 * approximate duration (months of 30 days): enough to compare windows, never to compute bounds.
 */
export function intervalMs(text: string): number | undefined {
  let total = 0;
  let seen = false;
  const re = /(-?\d+(?:\.\d+)?)\s*(microsecond|millisecond|second|minute|hour|day|week|mon(?:th)?|year|quarter)s?\b/gi;
  for (const m of text.matchAll(re)) {
    const unit = m[2]!.toLowerCase().replace(/^month$/, 'month');
    total += Number(m[1]) * (UNIT_MS[unit] ?? UNIT_MS[unit.replace(/th$/, '')]!);
    seen = true;
  }
  const hms = /(\d+):(\d{2}):(\d{2})/.exec(text);
  if (hms) {
    total += Number(hms[1]) * 3_600_000 + Number(hms[2]) * 60_000 + Number(hms[3]) * 1000;
    seen = true;
  }
  return seen && total > 0 ? total : undefined;
}

/** `schema.name` as pg_partman writes parent_table → exact names (it stores them unquoted). */
function splitParent(parent: string): { schema: string; name: string } {
  const i = parent.indexOf('.');
  return i < 0 ? { schema: 'public', name: parent } : { schema: parent.slice(0, i), name: parent.slice(i + 1) };
}

/** Every table pg_partman manages in this database; empty when pg_partman is not installed. */
export async function loadPartmanConfigs(q: Queryable): Promise<PartmanConfig[]> {
  const ext = await q.query<{ schema: string; version: string }>(
    `SELECT n.nspname AS schema, e.extversion AS version FROM pg_catalog.pg_extension e
       JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_partman'`,
  );
  const found = ext.rows[0];
  if (!found) return [];
  // to_jsonb reads whichever columns this version has (4.x and 5.x differ).
  const { rows } = await q.query<{ j: Record<string, unknown> }>(`SELECT pg_catalog.to_jsonb(pc) AS j FROM ${quoteIdent(found.schema)}.part_config pc`);
  return rows.map(({ j }) => {
    const interval = String(j.partition_interval ?? '');
    const ms = intervalMs(interval);
    const lastRun = typeof j.maintenance_last_run === 'string' ? parseTemporal(j.maintenance_last_run) : undefined;
    return {
      table: splitParent(String(j.parent_table)),
      control: String(j.control ?? ''),
      interval,
      ...(ms !== undefined ? { intervalMs: ms } : {}),
      premake: Number(j.premake ?? 4),
      ...(typeof j.retention === 'string' && j.retention ? { retention: j.retention } : {}),
      ...(typeof j.retention_schema === 'string' && j.retention_schema ? { retentionSchema: j.retention_schema } : {}),
      retentionKeepTable: j.retention_keep_table !== false,
      automaticMaintenance: String(j.automatic_maintenance ?? 'on') === 'on',
      ...(lastRun ? { lastRun } : {}),
      extensionSchema: found.schema,
      extensionVersion: found.version,
    };
  });
}

/** The config for a table, if pg_partman manages it. */
export function partmanFor(configs: readonly PartmanConfig[], table: { schema: string; name: string }): PartmanConfig | undefined {
  return configs.find((c) => c.table.schema === table.schema && c.table.name === table.name);
}

/** One line for the explorer: `pg_partman: every 1 mon, premake 4, retention 12 months, last run …`. */
export function describePartman(c: PartmanConfig): string {
  const parts = [`every ${c.interval}`, `premake ${c.premake}`];
  if (c.retention) parts.push(`retention ${c.retention}${c.retentionKeepTable ? ' (detach)' : ' (drop)'}`);
  if (!c.automaticMaintenance) parts.push('automatic maintenance off');
  parts.push(c.lastRun ? `last run ${c.lastRun.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'last run unknown');
  return `pg_partman: ${parts.join(', ')}`;
}

function upperTime(p: Partition): Date | undefined {
  if (p.bound.kind !== 'range' || p.bound.to.length !== 1) return undefined;
  const v = p.bound.to[0]!;
  return v.kind === 'value' ? parseTemporal(v.text) : undefined;
}

/**
 * Health of a pg_partman-managed table: the premake window (partitions for `premake` intervals
 * after the current one) must exist, and maintenance must have run within one interval.
 */
export function partmanHealth(table: PartitionedTable, c: PartmanConfig, now = new Date()): HealthIssue[] {
  const issues: HealthIssue[] = [];
  const t = { schema: table.schema, name: table.name };
  const name = displayName(table.schema, table.name);
  if (c.intervalMs !== undefined) {
    let last: Date | undefined;
    for (const p of table.partitions) {
      const u = upperTime(p);
      if (u && (!last || u > last)) last = u;
    }
    if (last) {
      const need = now.getTime() + c.premake * c.intervalMs;
      // Months are approximated as 30 days: allow a few days so a 31-day month is not flagged.
      if (last.getTime() + 4 * DAY < need) {
        const ahead = Math.max(0, Math.floor((last.getTime() - now.getTime()) / c.intervalMs));
        issues.push({
          severity: 'warning',
          code: 'partman-premake-not-covered',
          table: t,
          short: `premake ${c.premake}, only ${ahead} ahead`,
          message: `${name} is managed by pg_partman with premake ${c.premake}, but partitions exist only until ${last.toISOString().slice(0, 10)} (${ahead} interval(s) ahead). Run maintenance (Create Upcoming Partitions offers run_maintenance) or check that its scheduler runs.`,
        });
      }
    }
    if (c.lastRun && now.getTime() - c.lastRun.getTime() > c.intervalMs) {
      issues.push({
        severity: 'warning',
        code: 'partman-maintenance-overdue',
        table: t,
        short: 'pg_partman maintenance overdue',
        message: `pg_partman maintenance last ran for ${name} at ${c.lastRun.toISOString()}, more than one interval (${c.interval}) ago: check pg_partman's background worker or cron job.`,
      });
    }
  }
  return issues;
}

/**
 * Create Upcoming for a pg_partman table: pg_partman's own `run_maintenance` for that table, so
 * new partitions follow its naming, template table and retention.
 */
export function buildRunMaintenancePlan(c: PartmanConfig): Plan {
  const parent = `${c.table.schema}.${c.table.name}`;
  const fn = `${quoteIdent(c.extensionSchema)}.run_maintenance`;
  return {
    kind: 'create-upcoming',
    title: `Run pg_partman maintenance for ${quoteIdent(c.table.schema)}.${quoteIdent(c.table.name)}`,
    summary: [
      `pg_partman ${c.extensionVersion} manages this table (every ${c.interval}, premake ${c.premake}): its own maintenance creates the upcoming partitions with its naming scheme.`,
      c.retention
        ? `Its retention (${c.retention}) also applies: expired partitions are ${c.retentionKeepTable ? 'detached and kept as tables' : 'DROPPED'}${c.retentionSchema ? ` (moved to schema ${c.retentionSchema})` : ''}.`
        : 'No retention is configured: nothing is detached or dropped.',
      'Locks: creating a partition takes SHARE UPDATE EXCLUSIVE on the parent; pg_partman may take ACCESS EXCLUSIVE briefly to attach or detach.',
    ],
    warnings: c.retention && !c.retentionKeepTable ? [`pg_partman's retention DROPS partitions older than ${c.retention}.`] : [],
    statements: [
      {
        sql: `SELECT ${fn}(p_parent_table := ${quoteLiteral(parent)})`,
        transactional: true,
        comment: 'pg_partman creates the premake window and applies retention for this table only.',
      },
    ],
    affected: [c.table],
    ...(c.retention && !c.retentionKeepTable ? { destructive: true } : {}),
  };
}

/**
 * How many of the newest partitions pg_partman's retention keeps, for an archive that should
 * not contradict it (undefined when no time-based retention is set).
 */
export function retentionKeep(c: PartmanConfig): number | undefined {
  if (!c.retention || c.intervalMs === undefined) return undefined;
  const r = intervalMs(c.retention);
  return r === undefined ? undefined : Math.max(1, Math.ceil(r / c.intervalMs));
}
