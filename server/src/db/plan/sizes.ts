/**
 * Partition Sizes: rows (estimated from statistics), table / index / total bytes and last
 * analyze per partition of one table, read in one set-based query, and a readable text table.
 */
import type { Queryable } from '../connection';
import { loadTarget, type TableRef } from './target';

export interface SizeRow {
  readonly name: string;
  readonly bound: string;
  /** `reltuples`; -1 (never analyzed) becomes null. */
  readonly rows: number | null;
  readonly tableBytes: number;
  readonly indexBytes: number;
  readonly totalBytes: number;
  readonly lastAnalyze: string | null;
}

export interface SizesReport {
  readonly table: string;
  readonly partitions: readonly SizeRow[];
  readonly totalBytes: number;
  readonly totalRows: number;
}

export async function partitionSizes(q: Queryable, ref: TableRef): Promise<SizesReport> {
  const target = await loadTarget(q, ref);
  const { rows } = await q.query<{ name: string; bound: string; rows: number; tb: string; ib: string; total: string; analyzed: string | null }>(
    `SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS name,
            pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound, c.reltuples::float8 AS rows,
            pg_catalog.pg_table_size(c.oid)::text AS tb, pg_catalog.pg_indexes_size(c.oid)::text AS ib,
            pg_catalog.pg_total_relation_size(c.oid)::text AS total,
            pg_catalog.to_char(GREATEST(s.last_analyze, s.last_autoanalyze) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS analyzed
       FROM pg_catalog.pg_partition_tree($1::oid) t
       JOIN pg_catalog.pg_class c ON c.oid = t.relid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
      WHERE t.isleaf AND t.level > 0
      ORDER BY pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', c.relname`,
    [target.oid],
  );
  const partitions = rows.map((r) => ({
    name: r.name,
    bound: r.bound,
    rows: r.rows < 0 ? null : Math.round(r.rows),
    tableBytes: Number(r.tb),
    indexBytes: Number(r.ib),
    totalBytes: Number(r.total),
    lastAnalyze: r.analyzed,
  }));
  return {
    table: `${target.schema}.${target.name}`,
    partitions,
    totalBytes: partitions.reduce((n, p) => n + p.totalBytes, 0),
    totalRows: partitions.reduce((n, p) => n + (p.rows ?? 0), 0),
  };
}

export function humanBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}

/** A Markdown table (readable as plain text too). */
export function formatSizesMarkdown(r: SizesReport): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [
    `# Partition sizes of ${esc(r.table)}`,
    '',
    `${r.partitions.length} partitions, about ${r.totalRows.toLocaleString('en-US')} rows, ${humanBytes(r.totalBytes)} in total (rows are planner estimates).`,
    '',
    '| Partition | Bound | Rows (est.) | Table | Indexes | Total | Last analyze |',
    '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const p of r.partitions) {
    lines.push(`| ${esc(p.name)} | ${esc(p.bound)} | ${p.rows === null ? 'never analyzed' : p.rows.toLocaleString('en-US')} | ${humanBytes(p.tableBytes)} | ${humanBytes(p.indexBytes)} | ${humanBytes(p.totalBytes)} | ${p.lastAnalyze ?? '—'} |`);
  }
  return lines.join('\n') + '\n';
}
