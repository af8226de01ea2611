/**
 * The pruning audit: which statements the database really ran scan every leaf partition of a
 * partitioned table. Reads `pg_stat_statements`, keeps the statements that name a partitioned
 * table, and asks the planner — never the executor — how a real execution of each would scan:
 * plain EXPLAIN for statements without parameters; for `$n` statements a custom and a generic
 * plan (with executor start-up pruning) for parameter values chosen as a real execution would
 * see them (see `audit-values.ts`). A statement is reported when both plans scan every leaf.
 *
 * Everything runs in one READ ONLY transaction with lock_timeout and statement_timeout, and
 * nothing is reset (`pg_stat_statements_reset` is never called).
 */
import type { Db, DbSession } from './connection';
import { ensureParserLoaded, parseSql, type AstNode } from '../engine/sql/parse';
import { walkAst } from '../engine/sql/walk';
import { collectPlanScans, type PlanNode } from './explain';
import { quoteIdent } from './quote';
import { chooseValues } from './audit-values';
import { sourceFromComments, type SourceHint } from './audit-source';
import { statementShape } from '../engine/evidence';

export type { SourceHint } from './audit-source';

export interface AuditOptions {
  /** Statements called fewer times are ignored (default 1). */
  readonly minCalls?: number;
  /** At most this many statements are read, heaviest first (default 5,000). */
  readonly limit?: number;
  readonly lockTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
  /** Called with "planned 120 of 830" while the audit works. */
  readonly progress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /**
   * Sessions that plan in parallel (default 1). The pool of `db` must allow that many
   * connections: each holds its own read-only transaction for the whole audit.
   */
  readonly concurrency?: number;
}

export interface AuditTable {
  /** `schema.table` of the partitioned root, quoted where SQL needs it. */
  readonly table: string;
  readonly leavesScanned: number;
  readonly leavesTotal: number;
  /** Total size of the table's leaves in bytes. */
  readonly sizeBytes: number;
}

export interface AuditEntry {
  readonly queryid: string;
  readonly query: string;
  readonly calls: number;
  readonly totalMs: number;
  readonly meanMs: number;
  readonly rows: number;
  /** Partitioned tables whose every leaf the statement scans. */
  readonly tables: readonly AuditTable[];
  /** `plain` (no parameters) or `custom+generic` (both plans scanned every leaf). */
  readonly method: 'plain' | 'custom+generic';
  /** Parameter values used for the plans, as SQL literals. */
  readonly values: readonly string[];
  /**
   * The statement's pruning-relevant shape (constants, select list, ORDER BY and LIMIT ignored):
   * matches the SQL the static analysis judges for the same query.
   */
  readonly shape?: string;
  /** Where the statement came from, from query-log / sqlcommenter comments. */
  readonly source?: SourceHint;
}

export interface AuditReport {
  readonly version: 1;
  /** `pg_stat_statements` could be read. */
  readonly available: boolean;
  /** Why not, with the steps to enable it. */
  readonly unavailableReason?: string;
  readonly statementsRead: number;
  /** Statements that name a partitioned table. */
  readonly statementsOnPartitioned: number;
  /** Statements that scan every leaf of some partitioned table, worst (most total time) first. */
  readonly unpruned: readonly AuditEntry[];
  /** Statements the planner could not plan (e.g. they name a dropped table). */
  readonly notPlanned: readonly { readonly queryid: string; readonly query: string; readonly error: string }[];
}

export const ENABLE_PG_STAT_STATEMENTS = [
  'pg_stat_statements is not available in this database. To enable it:',
  "  1. in postgresql.conf set shared_preload_libraries = 'pg_stat_statements' (keep any libraries already listed) and restart PostgreSQL;",
  '  2. in this database run CREATE EXTENSION pg_stat_statements; (needs a role allowed to create extensions);',
  '  3. let the application run for a while, then audit again.',
].join('\n');

interface PartTable {
  readonly oid: number;
  readonly schema: string;
  readonly name: string;
  readonly leaves: number;
  readonly sizeBytes: number;
}

interface StatRow {
  queryid: string;
  query: string;
  calls: string;
  total_ms: number;
  mean_ms: number;
  rows: string;
}

const EXPLAINABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** Reads pg_stat_statements and judges every statement on a partitioned table. */
export async function auditStatements(db: Db, opts: AuditOptions = {}): Promise<AuditReport> {
  await ensureParserLoaded();
  return db.withClient(async (s) => {
    await s.query('BEGIN READ ONLY');
    try {
      await setTimeouts(s, opts);
      const schema = await statementsSchema(s);
      if (!schema) return unavailable(ENABLE_PG_STAT_STATEMENTS);
      let stats: StatRow[];
      try {
        await s.query('SAVEPOINT read_stats');
        stats = (await s.query<StatRow>(
          `SELECT queryid::text AS queryid, query, calls::text AS calls, total_exec_time AS total_ms, mean_exec_time AS mean_ms, rows::text AS rows
             FROM ${quoteIdent(schema)}.pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
              AND calls >= $1 AND query IS NOT NULL
            ORDER BY total_exec_time DESC LIMIT $2`,
          [opts.minCalls ?? 1, opts.limit ?? 5000],
        )).rows;
      } catch (e) {
        await s.query('ROLLBACK TO SAVEPOINT read_stats');
        return unavailable(`${(e as Error).message}\n${ENABLE_PG_STAT_STATEMENTS}`);
      }
      const tables = await partitionedTables(s);
      const candidates: { row: StatRow; ast: AstNode; sql: string; rels: string[] }[] = [];
      const names = new Set<string>();
      for (const row of stats) {
        const parsed = safeParse(row.query);
        if (!parsed) continue;
        const rels = relationsOf(parsed.ast);
        if (!rels.length) continue;
        rels.forEach((r) => names.add(r));
        candidates.push({ row, ast: parsed.ast, sql: parsed.sql, rels });
      }
      const resolved = await resolveNames(s, [...names]);
      const onPartitioned = candidates.filter((c) => c.rels.some((r) => {
        const oid = resolved.get(r);
        return oid !== undefined && tables.byOid.has(oid);
      }));
      const unpruned: AuditEntry[] = [];
      const notPlanned: { queryid: string; query: string; error: string }[] = [];
      const ctx: JudgeContext = { tables, resolved, stats: new Map() };
      let next = 0;
      // Each worker takes the next statement from a shared queue, so the order of results does not
      // depend on timing (they are sorted below).
      const work = async (session: DbSession): Promise<void> => {
        while (next < onPartitioned.length) {
          if (opts.signal?.aborted) throw new Error('The audit was cancelled.');
          const c = onPartitioned[next++]!;
          opts.progress?.(next - 1, onPartitioned.length);
          try {
            const entry = await judge(session, c, ctx);
            if (entry) unpruned.push(entry);
          } catch (e) {
            notPlanned.push({ queryid: c.row.queryid, query: c.row.query, error: firstLine((e as Error).message) });
          }
        }
      };
      const extra = Math.max(0, Math.min(7, Math.floor(opts.concurrency ?? 1) - 1));
      await Promise.all([
        work(s),
        ...Array.from({ length: Math.min(extra, Math.floor(onPartitioned.length / 20)) }, () =>
          db.withClient(async (other) => {
            await other.query('BEGIN READ ONLY');
            try {
              await setTimeouts(other, opts);
              await work(other);
            } finally {
              await other.query('ROLLBACK').catch(() => undefined);
            }
          }),
        ),
      ]);
      notPlanned.sort((a, b) => (a.queryid < b.queryid ? -1 : 1));
      opts.progress?.(onPartitioned.length, onPartitioned.length);
      unpruned.sort((a, b) => b.totalMs - a.totalMs || b.calls - a.calls);
      return { version: 1, available: true, statementsRead: stats.length, statementsOnPartitioned: onPartitioned.length, unpruned, notPlanned };
    } finally {
      await s.query('ROLLBACK').catch(() => undefined);
    }
  });
}

async function setTimeouts(s: DbSession, opts: AuditOptions): Promise<void> {
  await s.query(`SET LOCAL lock_timeout = '${Math.max(1, Math.floor(opts.lockTimeoutMs ?? 3000))}ms'`);
  await s.query(`SET LOCAL statement_timeout = '${Math.max(1, Math.floor(opts.statementTimeoutMs ?? 30000))}ms'`);
}

interface JudgeContext {
  readonly tables: Tables;
  readonly resolved: ReadonlyMap<string, number>;
  /** Statistics values already looked up (table, column, position → value). */
  readonly stats: Map<string, string | undefined>;
}

function unavailable(reason: string): AuditReport {
  return { version: 1, available: false, unavailableReason: reason, statementsRead: 0, statementsOnPartitioned: 0, unpruned: [], notPlanned: [] };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

async function statementsSchema(s: DbSession): Promise<string | undefined> {
  const { rows } = await s.query<{ nspname: string }>(
    `SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'`,
  );
  return rows[0]?.nspname;
}

/**
 * Every partitioned table with its leaves, read from pg_inherits (pg_partition_tree and the size
 * functions take locks, which another session's DDL would make the audit wait for).
 */
export const PARTITION_TREE_CTE = `WITH RECURSIVE tree(root, relid) AS (
    SELECT c.oid, c.oid FROM pg_catalog.pg_class c WHERE c.relkind = 'p' AND NOT c.relispartition
    UNION ALL
    SELECT t.root, i.inhrelid FROM tree t JOIN pg_catalog.pg_inherits i ON i.inhparent = t.relid)`;

interface Tables {
  readonly byOid: ReadonlyMap<number, PartTable>;
  /** `schema.name` of every leaf partition → the oid of its partitioned root. */
  readonly leafRoot: ReadonlyMap<string, number>;
}

async function partitionedTables(s: DbSession): Promise<Tables> {
  const { rows } = await s.query<{ oid: number; schema: string; name: string; leaves: number; size: string }>(
    `${PARTITION_TREE_CTE}
     SELECT r.oid::int AS oid, n.nspname AS schema, r.relname AS name,
            count(*) FILTER (WHERE l.relkind NOT IN ('p', 'I') AND l.oid <> r.oid)::int AS leaves,
            -- Sizes from pg_class (as of the last VACUUM/ANALYZE), which needs no lock.
            (COALESCE(sum(l.relpages::bigint + COALESCE(tc.relpages, 0)) FILTER (WHERE l.relkind NOT IN ('p', 'I')), 0)
              * pg_catalog.current_setting('block_size')::bigint)::text AS size
       FROM tree t
       JOIN pg_catalog.pg_class r ON r.oid = t.root
       JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace
       JOIN pg_catalog.pg_class l ON l.oid = t.relid
       LEFT JOIN pg_catalog.pg_class tc ON tc.oid = l.reltoastrelid
      GROUP BY r.oid, n.nspname, r.relname`,
  );
  const leaves = await s.query<{ leaf: string; root: number }>(
    `${PARTITION_TREE_CTE}
     SELECT n.nspname || '.' || l.relname AS leaf, t.root::int AS root
       FROM tree t JOIN pg_catalog.pg_class l ON l.oid = t.relid JOIN pg_catalog.pg_namespace n ON n.oid = l.relnamespace
      WHERE t.relid <> t.root AND l.relkind NOT IN ('p', 'I')`,
  );
  return {
    byOid: new Map(rows.map((r) => [r.oid, { oid: r.oid, schema: r.schema, name: r.name, leaves: r.leaves, sizeBytes: Number(r.size) }])),
    leafRoot: new Map(leaves.rows.map((r) => [r.leaf, r.root])),
  };
}

/**
 * pg_stat_statements replaces the string of a typed literal (`interval '1 day'`) by `$n`, which
 * is no longer SQL (`interval $1`): give the parameter the type as a cast instead.
 */
export function repairTypedLiterals(text: string): string {
  return text.replace(
    /\b(interval|timestamptz|timestamp(?:\s+with(?:out)?\s+time\s+zone)?|date|time(?:tz)?|numeric|boolean|bool|bigint|integer|int|smallint|text|uuid|jsonb|json|inet|cidr|bytea)\s+(\$\d+)/gi,
    (_m, type: string, param: string) => `${param}::${type}`,
  );
}

/** Exactly one explainable statement, or nothing: anything else is never sent to the server. */
function safeParse(raw: string): { ast: AstNode; sql: string } | undefined {
  try {
    const text = repairTypedLiterals(raw);
    const parsed = parseSql(text);
    if (parsed.statements.length !== 1 || parsed.errors.length) return undefined;
    const st = parsed.statements[0]!;
    const type = Object.keys(st.ast ?? {})[0] ?? '';
    if (!EXPLAINABLE.has(type)) return undefined;
    return { ast: st.ast, sql: st.sql.trim().replace(/;\s*$/, '') };
  } catch {
    return undefined;
  }
}

/** Relation names as `to_regclass` arguments (quoted, schema-qualified when written so). */
function relationsOf(ast: AstNode): string[] {
  const out = new Set<string>();
  walkAst(ast, (k, v) => {
    if (k === 'RangeVar' && typeof v?.relname === 'string') out.add(v.schemaname ? `${quoteIdent(v.schemaname)}.${quoteIdent(v.relname)}` : quoteIdent(v.relname));
  });
  return [...out];
}

/** Resolves names through the session's search_path, as the statement did; roots of partitions too. */
async function resolveNames(s: DbSession, names: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!names.length) return out;
  const { rows } = await s.query<{ name: string; root: number | null }>(
    `SELECT q.name, COALESCE(pg_catalog.pg_partition_root(pg_catalog.to_regclass(q.name)), pg_catalog.to_regclass(q.name))::oid::int AS root
       FROM pg_catalog.unnest($1::text[]) AS q(name)`,
    [names],
  );
  for (const r of rows) if (r.root !== null) out.set(r.name, r.root);
  return out;
}

let counter = 0;

async function judge(s: DbSession, c: { row: StatRow; ast: AstNode; sql: string }, ctx: JudgeContext): Promise<AuditEntry | undefined> {
  const params = maxParam(c.ast);
  let full: AuditTable[];
  let values: string[] = [];
  let method: AuditEntry['method'] = 'plain';
  await s.query('SAVEPOINT audit_one');
  try {
    if (params === 0) {
      full = everyLeaf(await explain(s, `EXPLAIN (VERBOSE, FORMAT JSON) ${c.sql}`), ctx.tables);
    } else {
      method = 'custom+generic';
      const name = `partition_lens_audit_${process.pid}_${++counter}`;
      await s.query(`PREPARE ${name} AS ${c.sql}`);
      try {
        const { rows } = await s.query<{ types: string[] }>(
          `SELECT parameter_types::text[] AS types FROM pg_catalog.pg_prepared_statements WHERE name = $1`,
          [name],
        );
        const types = rows[0]?.types ?? [];
        values = await chooseValues(s, c.ast, types, (rel) => {
          const oid = ctx.resolved.get(rel);
          const t = oid !== undefined ? ctx.tables.byOid.get(oid) : undefined;
          return t ? { schema: t.schema, name: t.name } : undefined;
        }, ctx.stats);
        const args = values.map((v, i) => `${v}::${types[i] ?? 'unknown'}`).join(', ');
        await s.query('SET LOCAL plan_cache_mode = force_custom_plan');
        full = everyLeaf(await explain(s, `EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE ${name}(${args})`), ctx.tables);
        if (full.length) {
          // A real execution uses either plan: report a table only when both scan all of it.
          await s.query('SET LOCAL plan_cache_mode = force_generic_plan');
          const generic = everyLeaf(await explain(s, `EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE ${name}(${args})`), ctx.tables);
          full = full.filter((t) => generic.some((g) => g.table === t.table));
        }
      } finally {
        await s.query(`DEALLOCATE ${name}`).catch(() => undefined);
      }
    }
    await s.query('RELEASE SAVEPOINT audit_one');
  } catch (e) {
    await s.query('ROLLBACK TO SAVEPOINT audit_one').catch(() => undefined);
    throw e;
  }
  if (!full.length) return undefined;
  const shape = statementShape(c.sql);
  const source = sourceFromComments(c.row.query);
  return {
    queryid: c.row.queryid,
    query: c.row.query,
    calls: Number(c.row.calls),
    totalMs: Number(c.row.total_ms),
    meanMs: Number(c.row.mean_ms),
    rows: Number(c.row.rows),
    tables: full,
    method,
    values,
    ...(shape ? { shape } : {}),
    ...(source ? { source } : {}),
  };
}

function maxParam(ast: AstNode): number {
  let n = 0;
  walkAst(ast, (k, v) => {
    if (k === 'ParamRef' && typeof v?.number === 'number') n = Math.max(n, v.number);
  });
  return n;
}

async function explain(s: DbSession, sql: string): Promise<PlanNode> {
  const r = await s.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(sql);
  return r.rows[0]!['QUERY PLAN'][0]!.Plan;
}

/** Partitioned roots of which the plan scans every leaf (tables with a single leaf excluded). */
function everyLeaf(plan: PlanNode, tables: Tables): AuditTable[] {
  const scans: { schema: string; name: string }[] = [];
  collectPlanScans(plan, scans);
  const perRoot = new Map<number, Set<string>>();
  for (const sc of scans) {
    const leaf = `${sc.schema}.${sc.name}`;
    const root = tables.leafRoot.get(leaf);
    if (root === undefined) continue;
    let set = perRoot.get(root);
    if (!set) perRoot.set(root, (set = new Set()));
    set.add(leaf);
  }
  const out: AuditTable[] = [];
  for (const [oid, leaves] of perRoot) {
    const t = tables.byOid.get(oid);
    if (!t || t.leaves < 2 || leaves.size < t.leaves) continue;
    out.push({ table: `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`, leavesScanned: leaves.size, leavesTotal: t.leaves, sizeBytes: t.sizeBytes });
  }
  return out.sort((a, b) => (a.table < b.table ? -1 : 1));
}
