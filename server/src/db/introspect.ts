/**
 * Reads partitioning facts from a live PostgreSQL catalog in a few set-based queries (never one
 * query per partition), qualified with `pg_catalog.`.
 *
 * Visibility: every relation is readable in `pg_class`, so "what the user may see" is decided
 * explicitly. A top-level table is listed when the user has USAGE on its schema and any privilege
 * on the table (`has_schema_privilege`/`has_table_privilege`). The partitions of a listed table are
 * shown whatever their own grants, because rows are usually reached through the parent and the
 * partition names and bounds are catalog facts the parent's user can already read.
 *
 * Plain module: used by the VS Code client (explorer, live catalog), the CLI and tests.
 */
import type { KeyPart, PartitionBound, PartitionScheme, PartitionedTable, Strategy } from '../engine/catalog/model';
import type { Queryable } from './connection';
import { quoteQualified } from './quote';
import { parseBound, parsePartKeyDef, strategyOf, withKeyTypes } from './catalog-text';

export { formatBytes, normalizeExpression, parseBound, parsePartKeyDef, splitTopLevelCommas } from './catalog-text';

/** A partitioned table as the explorer lists it: counts and a summary, not its partitions. */
export interface TableSummary {
  readonly oid: number;
  readonly schema: string;
  readonly name: string;
  readonly strategy: Strategy;
  /** `pg_get_partkeydef` text, e.g. `RANGE (created_at)`. */
  readonly keyDef: string;
  readonly key: readonly KeyPart[];
  /** Direct partitions. */
  readonly partitionCount: number;
  /** Leaf partitions at any depth. */
  readonly leafCount: number;
  readonly hasDefault: boolean;
  /** Lowest FROM / highest TO of the direct range partitions, as printed (e.g. `'2026-01-01'`). */
  readonly minBound?: string;
  readonly maxBound?: string;
  /**
   * Estimated size of the leaves (tables, TOAST and indexes) from `relpages` as of the last
   * VACUUM/ANALYZE; exact per-partition sizes come with `listPartitions` pages.
   */
  readonly bytes: number;
  /** Sum of `reltuples` over analysed leaves; `null` when no leaf was ever analysed. */
  readonly rows: number | null;
  readonly pendingDetach: number;
  /** Latest analyze (manual or auto) of any leaf, ISO text. */
  readonly lastAnalyze: string | null;
}

/** One direct partition as the explorer lists it. */
export interface PartitionInfo {
  readonly oid: number;
  readonly schema: string;
  readonly name: string;
  /** `pg_get_expr(relpartbound, oid)`, e.g. `FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')`. */
  readonly boundText: string;
  readonly bound: PartitionBound;
  readonly isDefault: boolean;
  /** Set when the partition is itself partitioned. */
  readonly subPartitioning?: PartitionScheme & { readonly keyDef: string };
  readonly childCount: number;
  /** `reltuples` (summed over leaves for a sub-partitioned one); `null` = never analysed. */
  readonly rows: number | null;
  /** `pg_total_relation_size` of a leaf; for a sub-partitioned one, estimated from its leaves' relpages. */
  readonly bytes: number;
  readonly detachPending: boolean;
  readonly lastAnalyze: string | null;
}

export interface PartitionPage {
  readonly total: number;
  readonly offset: number;
  readonly items: readonly PartitionInfo[];
}

/** An ordinary table big enough to be considered for partitioning. */
export interface LargeTable {
  readonly oid: number;
  readonly schema: string;
  readonly name: string;
  readonly rows: number;
  readonly bytes: number;
  /** The threshold it crossed (global or per-table override). */
  readonly threshold: number;
}

export interface ListOptions {
  /** Only these schemas. */
  readonly schemas?: readonly string[];
  /** Only this table (exact names). */
  readonly table?: { readonly schema: string; readonly name: string };
}

export type TableRef = number | { readonly schema: string; readonly name: string };

export interface LiveCatalog {
  readonly tables: PartitionedTable[];
  readonly searchPath: string[];
  readonly serverVersionNum: number;
}

// ---------------------------------------------------------------------------------------------
// SQL fragments

/** Relations the user may see: a user schema with USAGE and any privilege on the table. */
const VISIBLE = `n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
  AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')
  AND pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')`;

/*
 * Sort keys of partition bounds. Bounds are deparsed ONCE per partition (`pg_get_expr` in a
 * MATERIALIZED CTE) and the keys are computed from that text with plain string functions: with
 * 10,000 partitions a `regexp_match` per key and row (~25 µs each) cost seconds, these cost
 * microseconds. The keys order range bounds numerically where they are numbers, else as text
 * (ISO dates sort right), hash bounds by remainder, and the default partition last.
 */

/**
 * Whether bound text `b` is `FOR VALUES FROM (…) TO (…)`: exactly the texts the regular expression
 * `^FOR VALUES FROM \((.*)\) TO \((.*)\)$` matches (the prefix holds no `)`, and a text ending in
 * `)` cannot end in `) TO (`).
 */
function isRangeSql(b: string): string {
  return `(pg_catalog.starts_with(${b}, 'FOR VALUES FROM (') AND pg_catalog.strpos(${b}, ') TO (') > 0 AND ${b} LIKE '%)')`;
}

/** 1-based position, counted from the end, of the LAST `) TO (` in `b` (a greedy `(.*)` ends there). */
function lastToSql(b: string): string {
  return `pg_catalog.strpos(pg_catalog.reverse(${b}), '( OT )')`;
}

/** The FROM list of a range bound as printed (`'2026-01-01'`, `MINVALUE, 5`), else NULL. */
function rangeFromSql(b: string): string {
  return `CASE WHEN ${isRangeSql(b)} THEN pg_catalog.substr(${b}, 18, pg_catalog.length(${b}) - ${lastToSql(b)} - 22) END`;
}

/** The TO list of a range bound as printed, else NULL. */
function rangeToSql(b: string): string {
  return `CASE WHEN ${isRangeSql(b)} THEN pg_catalog.substr(${b}, pg_catalog.length(${b}) - ${lastToSql(b)} + 2, ${lastToSql(b)} - 2) END`;
}

/**
 * Select-list columns `k_default`, `k_remainder`, `k_from` computed from bound column `b`; put them
 * in a MATERIALIZED CTE so that each is computed once per row and `b` is not deparsed again.
 */
function boundKeyColumns(b: string): string {
  return `CASE WHEN ${b} = 'DEFAULT' THEN 1 ELSE 0 END AS k_default,
    CASE WHEN pg_catalog.strpos(${b}, 'remainder ') > 0 THEN (pg_catalog.regexp_match(${b}, 'remainder (\\d+)'))[1]::int END AS k_remainder,
    ${rangeFromSql(b)} AS k_from`;
}

/** ORDER BY keys over the columns of `boundKeyColumns` (prefix `p`, e.g. `k.`). */
function boundSortKeys(p: string): string {
  return `${p}k_default, ${p}k_remainder, ${rangeKey(`${p}k_from`)}`;
}

async function versionOf(q: Queryable): Promise<number> {
  const v = (q as { serverVersionNum?: unknown }).serverVersionNum;
  if (typeof v === 'number' && v > 0) return v;
  if (typeof v === 'function') return Number(await (v as () => Promise<number>).call(q));
  const r = await q.query<{ v: string }>("SELECT pg_catalog.current_setting('server_version_num') AS v");
  return Number(r.rows[0]?.v ?? 0);
}

function filterSql(opts: ListOptions, params: unknown[]): string {
  let sql = '';
  if (opts.schemas?.length) {
    params.push(opts.schemas);
    sql += ` AND n.nspname = ANY($${params.length}::text[])`;
  }
  if (opts.table) {
    params.push(opts.table.schema, opts.table.name);
    sql += ` AND n.nspname = $${params.length - 1} AND c.relname = $${params.length}`;
  }
  return sql;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const rowsOf = (v: unknown): number | null => (v === null || v === undefined || Number(v) < 0 ? null : Math.round(Number(v)));
const isoOf = (v: unknown): string | null => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : String(v));

// ---------------------------------------------------------------------------------------------
// Listing

/**
 * Top-level partitioned tables with counts and a summary (one query, whatever the number of
 * partitions). Sub-partitioned partitions are not listed here; they appear as partitions.
 */
export async function listPartitionedTables(q: Queryable, opts: ListOptions = {}): Promise<TableSummary[]> {
  const version = await versionOf(q);
  const params: unknown[] = [];
  const pending = version >= 140000 ? 'i.inhdetachpending' : 'false';
  const sql = `
WITH RECURSIVE roots AS (
  SELECT c.oid, n.nspname AS schema, c.relname AS name, p.partstrat AS strat,
         pg_catalog.pg_get_partkeydef(c.oid) AS keydef,
         ${keyColumnsSql('c.oid', 'p')} AS keycols,
         ${tableColumnsSql('c.oid')} AS tablecols
    FROM pg_catalog.pg_partitioned_table p
    JOIN pg_catalog.pg_class c ON c.oid = p.partrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT c.relispartition AND ${VISIBLE}${filterSql(opts, params)}
), tree AS (
  SELECT r.oid AS root, i.inhrelid AS oid, 1 AS depth, ${pending} AS pending
    FROM roots r JOIN pg_catalog.pg_inherits i ON i.inhparent = r.oid
  UNION ALL
  SELECT t.root, i.inhrelid, t.depth + 1, ${pending}
    FROM tree t JOIN pg_catalog.pg_inherits i ON i.inhparent = t.oid
), parts AS (
  SELECT t.root, t.depth, t.pending, c.relkind, c.reltuples, c.oid,
         CASE WHEN t.depth = 1 THEN pg_catalog.pg_get_expr(c.relpartbound, 0) END AS bound,
         -- Pages of the table, its TOAST table and its indexes from the catalog (as of the last
         -- VACUUM/ANALYZE): no relation is opened, which matters with 10,000 partitions.
         c.relpages::bigint + COALESCE(tc.relpages, 0) + COALESCE(ix.pages, 0) AS pages
    FROM tree t JOIN pg_catalog.pg_class c ON c.oid = t.oid
    LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
    LEFT JOIN (SELECT i.indrelid, pg_catalog.sum(ic.relpages)::bigint AS pages FROM pg_catalog.pg_index i
                 JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid GROUP BY i.indrelid) ix ON ix.indrelid = c.oid
), ranges AS MATERIALIZED (
  SELECT root, ${rangeFromSql('bound')} AS lo, ${rangeToSql('bound')} AS hi
    FROM parts WHERE depth = 1 AND bound LIKE 'FOR VALUES FROM %'
), summary AS (
  SELECT root,
         (pg_catalog.array_agg(lo ORDER BY ${rangeKey('lo')}))[1] AS min_from,
         (pg_catalog.array_agg(hi ORDER BY ${rangeKey('hi', true)}))[1] AS max_to
    FROM ranges GROUP BY root
)
SELECT r.oid, r.schema, r.name, r.strat, r.keydef, r.keycols, r.tablecols,
       pg_catalog.count(x.oid) FILTER (WHERE x.depth = 1) AS partitions,
       pg_catalog.count(x.oid) FILTER (WHERE x.relkind <> 'p') AS leaves,
       COALESCE(pg_catalog.bool_or(x.bound = 'DEFAULT'), false) AS has_default,
       COALESCE(pg_catalog.sum(x.pages) FILTER (WHERE x.relkind <> 'p'), 0) * pg_catalog.current_setting('block_size')::bigint AS bytes,
       pg_catalog.sum(x.reltuples) FILTER (WHERE x.relkind <> 'p' AND x.reltuples >= 0) AS rows,
       pg_catalog.count(x.oid) FILTER (WHERE x.pending) AS pending,
       pg_catalog.max(GREATEST(pg_catalog.pg_stat_get_last_analyze_time(x.oid), pg_catalog.pg_stat_get_last_autoanalyze_time(x.oid))) AS last_analyze,
       s.min_from, s.max_to
  FROM roots r
  LEFT JOIN parts x ON x.root = r.oid
  LEFT JOIN summary s ON s.root = r.oid
 GROUP BY r.oid, r.schema, r.name, r.strat, r.keydef, r.keycols, r.tablecols, s.min_from, s.max_to
 ORDER BY r.schema, r.name`;
  const { rows } = await q.query<Record<string, unknown>>(sql, params);
  return rows.map((r) => {
    const parsed = parsePartKeyDef(String(r.keydef), r.keycols as (string | null)[], r.tablecols as string[]);
    return {
      oid: Number(r.oid),
      schema: String(r.schema),
      name: String(r.name),
      strategy: strategyOf(String(r.strat)),
      keyDef: String(r.keydef),
      key: parsed.key,
      partitionCount: num(r.partitions),
      leafCount: num(r.leaves),
      hasDefault: Boolean(r.has_default),
      minBound: (r.min_from as string | null) ?? undefined,
      maxBound: (r.max_to as string | null) ?? undefined,
      bytes: num(r.bytes),
      rows: r.rows === null || r.rows === undefined ? null : Math.round(Number(r.rows)),
      pendingDetach: num(r.pending),
      lastAnalyze: isoOf(r.last_analyze),
    };
  });
}

function rangeKey(expr: string, desc = false): string {
  const plain = `pg_catalog.btrim(${expr}, '''')`;
  const d = desc ? ' DESC' : '';
  return `CASE WHEN ${expr} LIKE 'MINVALUE%' THEN 0 WHEN ${expr} LIKE 'MAXVALUE%' THEN 2 ELSE 1 END${d},
    CASE WHEN ${plain} ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN ${plain}::numeric END${d} NULLS LAST, ${expr}${d}`;
}

function keyColumnsSql(oid: string, p: string): string {
  return `(SELECT pg_catalog.array_agg(a.attname::text ORDER BY k.ord)
     FROM pg_catalog.unnest(${p}.partattrs::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)
     LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ${oid} AND a.attnum = k.attnum AND k.attnum > 0)`;
}

/**
 * Per key part: the column's type as DDL names it (`int4`, `varchar`, `int4[]`), null for an
 * expression. Lets the analysis accept no-op casts and see cross-type comparisons.
 */
function keyTypesSql(oid: string, p: string): string {
  return `(SELECT pg_catalog.array_agg(CASE WHEN t.oid IS NULL THEN NULL
            WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN (SELECT e.typname::text FROM pg_catalog.pg_type e WHERE e.oid = t.typelem) || '[]'
            ELSE t.typname::text END ORDER BY k.ord)
     FROM pg_catalog.unnest(${p}.partattrs::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord)
     LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ${oid} AND a.attnum = k.attnum AND k.attnum > 0
     LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid)`;
}

/** Per key part: its collation unless it is the database default (`partcollation`, which already holds a column key's inherited one). */
function keyCollationsSql(p: string): string {
  return `(SELECT pg_catalog.array_agg(CASE WHEN k.coll IN (0, 100) THEN NULL ELSE co.collname::text END ORDER BY k.ord)
     FROM pg_catalog.unnest(${p}.partcollation::pg_catalog.oid[]) WITH ORDINALITY AS k(coll, ord)
     LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll)`;
}

function tableColumnsSql(oid: string): string {
  return `(SELECT pg_catalog.array_agg(a.attname::text ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = ${oid} AND a.attnum > 0 AND NOT a.attisdropped)`;
}

/** Resolves a table reference to its oid; throws a clear message when it does not exist or is hidden. */
export async function resolveTableOid(q: Queryable, table: TableRef): Promise<number> {
  if (typeof table === 'number') return table;
  const { rows } = await q.query<{ oid: number }>(
    `SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = $2 AND ${VISIBLE}`,
    [table.schema, table.name],
  );
  const oid = rows[0]?.oid;
  if (oid === undefined) throw new Error(`Table ${table.schema}.${table.name} was not found (or you may not see it).`);
  return Number(oid);
}

/**
 * One page of the direct partitions of a (sub-)partitioned table, in bound order (range/hash by
 * bound, default last). Sizes are computed for the page only.
 */
export async function listPartitions(
  q: Queryable,
  table: TableRef,
  page: { offset?: number; limit?: number } = {},
): Promise<PartitionPage> {
  const version = await versionOf(q);
  const oid = await resolveTableOid(q, table);
  const offset = Math.max(0, page.offset ?? 0);
  const limit = Math.max(1, Math.min(page.limit ?? 500, 100_000));
  const pending = version >= 140000 ? 'i.inhdetachpending' : 'false';
  const sql = `
WITH RECURSIVE kids AS MATERIALIZED (
  -- Every child is deparsed once, to sort the children by bound.
  SELECT c.oid, ${pending} AS pending, pg_catalog.pg_get_expr(c.relpartbound, 0) AS bound
    FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
   WHERE i.inhparent = $1
), keyed AS MATERIALIZED (
  SELECT k.oid, k.pending, k.bound, ${boundKeyColumns('k.bound')} FROM kids k
), ordered AS MATERIALIZED (
  -- Only the page goes on: names, sizes and statistics are read for these rows alone.
  SELECT s.oid, s.pending, s.bound, s.ord
    FROM (SELECT k.oid, k.pending, k.bound, pg_catalog.row_number() OVER (ORDER BY ${boundSortKeys('k.')}, k.oid) AS ord FROM keyed k) s
   ORDER BY s.ord OFFSET $2 LIMIT $3
), sub AS (
  -- Descendants of the page's sub-partitioned children, through pg_inherits (no locks taken).
  SELECT o.oid AS top, i.inhrelid AS oid FROM ordered o JOIN pg_catalog.pg_inherits i ON i.inhparent = o.oid
  UNION ALL
  SELECT s.top, i.inhrelid FROM sub s JOIN pg_catalog.pg_inherits i ON i.inhparent = s.oid
), subagg AS (
  -- A sub-partitioned child may hold thousands of leaves: sizes are estimated from relpages
  -- (table + TOAST + indexes) instead of opening every leaf.
  SELECT s.top,
         pg_catalog.sum(lc.reltuples) FILTER (WHERE lc.relkind <> 'p' AND lc.reltuples >= 0) AS rows,
         pg_catalog.sum(lc.relpages::bigint + COALESCE(tc.relpages, 0) + COALESCE(ix.pages, 0)) FILTER (WHERE lc.relkind <> 'p') AS pages
    FROM sub s
    JOIN pg_catalog.pg_class lc ON lc.oid = s.oid
    LEFT JOIN pg_catalog.pg_class tc ON tc.oid = lc.reltoastrelid
    LEFT JOIN LATERAL (SELECT pg_catalog.sum(ic.relpages)::bigint AS pages FROM pg_catalog.pg_index x
                         JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = lc.oid) ix ON true
   GROUP BY s.top
)
SELECT o.oid, n.nspname AS schema, c.relname AS name, o.bound, o.pending, c.relkind,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS keydef,
       CASE WHEN c.relkind = 'p' THEN ${keyColumnsSql('c.oid', 'pt')} END AS keycols,
       CASE WHEN c.relkind = 'p' THEN ${tableColumnsSql('c.oid')} END AS tablecols,
       (SELECT pg_catalog.count(*) FROM pg_catalog.pg_inherits i2 WHERE i2.inhparent = c.oid) AS children,
       CASE WHEN c.relkind = 'p' THEN COALESCE(sa.pages, 0) * pg_catalog.current_setting('block_size')::bigint
            ELSE pg_catalog.pg_total_relation_size(c.oid) END AS bytes,
       CASE WHEN c.relkind = 'p' THEN sa.rows ELSE c.reltuples END AS rows,
       GREATEST(pg_catalog.pg_stat_get_last_analyze_time(c.oid), pg_catalog.pg_stat_get_last_autoanalyze_time(c.oid)) AS last_analyze,
       (SELECT pg_catalog.count(*) FROM pg_catalog.pg_inherits i3 WHERE i3.inhparent = $1) AS total
  FROM ordered o
  JOIN pg_catalog.pg_class c ON c.oid = o.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
  LEFT JOIN subagg sa ON sa.top = o.oid
 ORDER BY o.ord`;
  const { rows } = await q.query<Record<string, unknown>>(sql, [oid, offset, limit]);
  let total = num(rows[0]?.total);
  if (rows.length === 0) {
    const r = await q.query<{ n: string }>('SELECT pg_catalog.count(*) AS n FROM pg_catalog.pg_inherits WHERE inhparent = $1', [oid]);
    total = num(r.rows[0]?.n);
  }
  return { total, offset, items: rows.map(partitionInfoOf) };
}

function partitionInfoOf(r: Record<string, unknown>): PartitionInfo {
  const boundText = String(r.bound ?? '');
  const bound = parseBound(boundText);
  const keyDef = r.keydef === null || r.keydef === undefined ? undefined : String(r.keydef);
  const sub = keyDef ? parsePartKeyDef(keyDef, (r.keycols as (string | null)[]) ?? [], (r.tablecols as string[]) ?? []) : undefined;
  const rows = r.relkind === 'p' ? (r.rows === null ? null : rowsOf(r.rows)) : rowsOf(r.rows);
  return {
    oid: Number(r.oid),
    schema: String(r.schema),
    name: String(r.name),
    boundText,
    bound,
    isDefault: bound.kind === 'default',
    subPartitioning: sub && keyDef ? { strategy: sub.strategy, key: sub.key, keyDef } : undefined,
    childCount: num(r.children),
    rows,
    bytes: num(r.bytes),
    detachPending: Boolean(r.pending),
    lastAnalyze: isoOf(r.last_analyze),
  };
}

// ---------------------------------------------------------------------------------------------
// The full model for the linter and health checks

/**
 * Every visible partitioned table with all of its partitions (nested), bounds parsed, in two
 * queries. `sizes: false` skips `pg_total_relation_size` (it stats files; the linter needs none).
 */
export async function loadCatalog(q: Queryable, opts: ListOptions & { sizes?: boolean; label?: string } = {}): Promise<LiveCatalog> {
  const version = await versionOf(q);
  const params: unknown[] = [];
  const pending = version >= 140000 ? 'i.inhdetachpending' : 'false';
  const sizes = opts.sizes !== false;
  const sql = `
WITH RECURSIVE roots AS (
  SELECT c.oid FROM pg_catalog.pg_partitioned_table p
    JOIN pg_catalog.pg_class c ON c.oid = p.partrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE NOT c.relispartition AND ${VISIBLE}${filterSql(opts, params)}
), tree AS (
  SELECT r.oid AS root, r.oid, NULL::pg_catalog.oid AS parent, 0 AS depth, false AS pending FROM roots r
  UNION ALL
  SELECT t.root, i.inhrelid, i.inhparent, t.depth + 1, ${pending}
    FROM tree t JOIN pg_catalog.pg_inherits i ON i.inhparent = t.oid
), bounds AS MATERIALIZED (
  -- Every partition is deparsed once; the sort keys are computed from that text.
  SELECT t.*, CASE WHEN t.depth > 0 THEN pg_catalog.pg_get_expr(c.relpartbound, 0) END AS bound
    FROM tree t JOIN pg_catalog.pg_class c ON c.oid = t.oid
), keyed AS MATERIALIZED (
  SELECT b.*, ${boundKeyColumns('b.bound')} FROM bounds b
)
SELECT t.root, t.oid, t.parent, t.depth, t.pending, n.nspname AS schema, c.relname AS name, c.relkind,
       t.bound,
       pt.partstrat AS strat,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS keydef,
       CASE WHEN c.relkind = 'p' THEN ${keyColumnsSql('c.oid', 'pt')} END AS keycols,
       CASE WHEN c.relkind = 'p' THEN ${tableColumnsSql('c.oid')} END AS tablecols,
       CASE WHEN c.relkind = 'p' THEN ${keyTypesSql('c.oid', 'pt')} END AS keytypes,
       CASE WHEN c.relkind = 'p' THEN ${keyCollationsSql('pt')} END AS keycolls,
       c.reltuples,
       ${sizes ? "CASE WHEN c.relkind <> 'p' THEN pg_catalog.pg_total_relation_size(c.oid) END" : 'NULL::bigint'} AS bytes,
       GREATEST(pg_catalog.pg_stat_get_last_analyze_time(c.oid), pg_catalog.pg_stat_get_last_autoanalyze_time(c.oid)) AS last_analyze
  FROM keyed t
  JOIN pg_catalog.pg_class c ON c.oid = t.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
 ORDER BY t.depth, ${boundSortKeys('t.')}, n.nspname, c.relname`;
  const { rows } = await q.query<Record<string, unknown>>(sql, params);
  const sp = await q.query<{ sp: string[] }>('SELECT pg_catalog.current_schemas(false)::text[] AS sp');
  const searchPath = sp.rows[0]?.sp ?? ['public'];
  return { tables: buildTables(rows, opts.label), searchPath, serverVersionNum: version };
}

interface MutablePartition {
  schema: string;
  name: string;
  bound: PartitionBound;
  subPartitioning?: PartitionScheme;
  partitions: MutablePartition[];
  rows?: number;
  bytes?: number;
  detachPending?: boolean;
  lastAnalyze?: string | null;
  source?: PartitionedTable['source'];
}

function buildTables(rows: readonly Record<string, unknown>[], label?: string): PartitionedTable[] {
  const source = { kind: 'database' as const, detail: label };
  const roots: { oid: number; table: Omit<PartitionedTable, 'partitions'> & { partitions: MutablePartition[]; rows?: number; bytes?: number } }[] = [];
  const childrenOf = new Map<number, MutablePartition[]>();
  const byOid = new Map<number, MutablePartition>();
  for (const r of rows) {
    const oid = Number(r.oid);
    const depth = Number(r.depth);
    const scheme =
      r.keydef !== null && r.keydef !== undefined
        ? withKeyTypes(parsePartKeyDef(String(r.keydef), (r.keycols as (string | null)[]) ?? [], (r.tablecols as string[]) ?? []), r.keytypes, r.keycolls)
        : undefined;
    const kids: MutablePartition[] = [];
    childrenOf.set(oid, kids);
    if (depth === 0) {
      if (!scheme) continue;
      roots.push({ oid, table: { schema: String(r.schema), name: String(r.name), strategy: scheme.strategy, key: scheme.key, partitions: kids, source } });
      continue;
    }
    const p: MutablePartition = {
      schema: String(r.schema),
      name: String(r.name),
      bound: parseBound(String(r.bound ?? '')),
      partitions: kids,
      detachPending: Boolean(r.pending),
      lastAnalyze: isoOf(r.last_analyze),
      source,
    };
    if (scheme) p.subPartitioning = { strategy: scheme.strategy, key: scheme.key };
    else {
      const rr = rowsOf(r.reltuples);
      if (rr !== null) p.rows = rr;
      if (r.bytes !== null && r.bytes !== undefined) p.bytes = Number(r.bytes);
    }
    byOid.set(oid, p);
    childrenOf.get(Number(r.parent))?.push(p);
  }
  // Sub-partitioned partitions and tables carry the totals of their leaves.
  const total = (ps: MutablePartition[]): { rows?: number; bytes?: number } => {
    let rowsSum: number | undefined;
    let bytesSum: number | undefined;
    for (const p of ps) {
      if (p.subPartitioning) {
        const t = total(p.partitions);
        if (t.rows !== undefined) p.rows = t.rows;
        if (t.bytes !== undefined) p.bytes = t.bytes;
      }
      if (p.rows !== undefined) rowsSum = (rowsSum ?? 0) + p.rows;
      if (p.bytes !== undefined) bytesSum = (bytesSum ?? 0) + p.bytes;
    }
    return { rows: rowsSum, bytes: bytesSum };
  };
  return roots.map(({ table }) => {
    const t = total(table.partitions);
    return { ...table, ...(t.rows !== undefined ? { rows: t.rows } : {}), ...(t.bytes !== undefined ? { bytes: t.bytes } : {}) };
  });
}

/** Ordinary tables whose estimated rows reach the threshold (global, or the per-table override). */
export async function listLargeTables(
  q: Queryable,
  opts: { minRows?: number; overrides?: Readonly<Record<string, number | null>>; schemas?: readonly string[] } = {},
): Promise<LargeTable[]> {
  const minRows = opts.minRows ?? 1_000_000;
  const overrides = opts.overrides ?? {};
  const thresholds = [minRows, ...Object.values(overrides).filter((v): v is number => typeof v === 'number' && v > 0)];
  const floor = Math.min(...thresholds);
  const params: unknown[] = [floor];
  const sql = `
SELECT c.oid, n.nspname AS schema, c.relname AS name, c.reltuples, pg_catalog.pg_total_relation_size(c.oid) AS bytes
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND NOT c.relispartition AND c.reltuples >= $1
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid)
   AND ${VISIBLE}${filterSql({ schemas: opts.schemas }, params)}
 ORDER BY c.reltuples DESC, n.nspname, c.relname`;
  const { rows } = await q.query<Record<string, unknown>>(sql, params);
  const out: LargeTable[] = [];
  for (const r of rows) {
    const schema = String(r.schema);
    const name = String(r.name);
    const key = `${schema}.${name}`;
    let threshold: number | null = minRows;
    if (key in overrides) threshold = overrides[key] ?? null;
    else if (schema === 'public' && name in overrides) threshold = overrides[name] ?? null;
    if (threshold === null || threshold <= 0) continue; // null/0 = never suggest this table
    const est = Math.round(Number(r.reltuples));
    if (est >= threshold) out.push({ oid: Number(r.oid), schema, name, rows: est, bytes: num(r.bytes), threshold });
  }
  return out;
}

/**
 * Whether the default partition of a table holds any row, by `EXISTS (… LIMIT 1)` (stops at the
 * first row; no count). Returns undefined when there is no default partition.
 */
export async function defaultPartitionHasRows(q: Queryable, table: TableRef): Promise<{ partition: string; hasRows: boolean } | undefined> {
  const oid = await resolveTableOid(q, table);
  const { rows } = await q.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_catalog.pg_inherits i
       JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE i.inhparent = $1 AND pg_catalog.pg_get_expr(c.relpartbound, 0) = 'DEFAULT'`,
    [oid],
  );
  const d = rows[0];
  if (!d) return undefined;
  const r = await q.query<{ e: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteQualified(d.schema, d.name)} LIMIT 1) AS e`);
  return { partition: `${d.schema}.${d.name}`, hasRows: Boolean(r.rows[0]?.e) };
}
