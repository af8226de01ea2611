/**
 * Explain Pruning: asks the real planner which partitions a statement scans. Runs
 * `EXPLAIN (VERBOSE, FORMAT JSON)` — never ANALYZE, inside a READ ONLY transaction that is
 * rolled back — and reports, per partitioned table, "scans 3 of 27 partitions of public.leads"
 * with their names. Statements with `$n` parameters are PREPAREd under
 * `plan_cache_mode = force_generic_plan` and explained with EXECUTE and NULL parameters.
 *
 * Only explains: the text is split and parsed with PostgreSQL's parser, exactly one SELECT,
 * INSERT, UPDATE, DELETE or MERGE per statement is accepted, and every statement is sent alone
 * through the extended protocol (which refuses a second statement) in a read-only transaction.
 */
import type { Db, DbSession } from './connection';
import { parseSync } from 'libpg-query';
import { ensureParserLoaded, parseSql, replacePlaceholders, splitStatements, type AstNode } from '../engine/sql/parse';
import { walkAst } from '../engine/sql/walk';
import { formatQualified, quoteIdent, quoteQualified } from './quote';

/** `generic-plan` is no longer produced (kept so that saved JSON output still type-checks). */
export type ExplainMode = 'plain' | 'generic-plan' | 'prepared-null-parameters';

export interface TablePruning {
  /** `schema.table` of the partitioned (root) table, quoted where SQL needs it (`public."Le ads"`). */
  readonly table: string;
  /** Leaf partitions the table has. */
  readonly total: number;
  /** Leaf partitions the plan scans (qualified names, quoted where SQL needs it). */
  readonly scanned: readonly string[];
  /** Partitions removed when the executor starts (run-time pruning), summed over the plan. */
  readonly removedAtStartup: number;
  /** The plan contains run-time pruning steps for this table (so a bound value prunes more). */
  readonly runtimePruning: boolean;
  /** `scans 3 of 27 partitions of public.leads`. */
  readonly text: string;
}

export interface StatementPruning {
  /** The statement as explained (placeholders replaced by `$n`). */
  readonly sql: string;
  readonly mode: ExplainMode;
  /** One sentence on how the plan was obtained. */
  readonly modeNote: string;
  readonly tables: readonly TablePruning[];
  /** Set when PostgreSQL could not explain the statement. */
  readonly error?: string;
  readonly plan?: unknown;
}

const EXPLAINABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** Highest `$n` and the relations named in a statement's AST. */
export function statementFacts(ast: AstNode): { params: number; relations: { schema?: string; name: string }[] } {
  let params = 0;
  const relations: { schema?: string; name: string }[] = [];
  walkAst(ast, (k, v) => {
    if (k === 'ParamRef' && typeof v?.number === 'number') params = Math.max(params, v.number);
    if (k === 'RangeVar' && typeof v?.relname === 'string') relations.push({ schema: v.schemaname, name: v.relname });
  });
  return { params, relations };
}

export interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  Schema?: string;
  'Subplans Removed'?: number;
  Plans?: PlanNode[];
  [k: string]: unknown;
}

/** Every relation scan in a plan (schema and name as the plan names them). */
export function collectPlanScans(node: PlanNode, out: { schema: string; name: string }[]): void {
  collectScans(node, out);
}

function collectScans(node: PlanNode, out: { schema: string; name: string }[]): void {
  if (node['Relation Name'] && node.Schema) out.push({ schema: node.Schema, name: node['Relation Name'] });
  for (const c of node.Plans ?? []) collectScans(c, out);
}

function collectAppends(node: PlanNode, out: { removed: number; scans: { schema: string; name: string }[] }[]): void {
  if (node['Subplans Removed'] !== undefined) {
    const scans: { schema: string; name: string }[] = [];
    collectScans(node, scans);
    out.push({ removed: node['Subplans Removed'], scans });
  }
  for (const c of node.Plans ?? []) collectAppends(c, out);
}

let prepareCounter = 0;

/** One statement of the user's text, checked before anything is sent. */
export interface ExplainCandidate {
  /** The single statement to explain (placeholders replaced by `$n`), without a trailing `;`. */
  readonly sql: string;
  /** Why it will not be sent, when it will not. */
  readonly refused?: string;
  readonly params: number;
  readonly relations: { schema?: string; name: string }[];
}

function statementsOf(sql: string): AstNode[] {
  return (parseSync(sql).stmts ?? []).map((x: { stmt?: AstNode }) => x.stmt).filter(Boolean);
}

const kindName = (type: string): string => type.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase() || 'not a query';

/**
 * Splits the user's text into statements and checks each with PostgreSQL's own parser: only a
 * text that is exactly one SELECT, INSERT, UPDATE, DELETE or MERGE is ever sent. A piece that
 * turns into several statements once its placeholders are replaced (a placeholder holding a
 * quote, a comment or a semicolon) is refused as a whole rather than guessed at.
 */
export function explainCandidates(text: string): ExplainCandidate[] {
  const out: ExplainCandidate[] = [];
  for (const piece of splitStatements(text)) {
    const replaced = replacePlaceholders(piece.text);
    const sql = replaced.trim().replace(/;\s*$/, '').trim();
    let stmts: AstNode[];
    try {
      stmts = statementsOf(sql);
    } catch (e) {
      out.push({ sql, params: 0, relations: [], refused: `The SQL could not be parsed: ${(e as Error).message}` });
      continue;
    }
    if (stmts.length === 0) continue;
    if (stmts.length > 1) {
      out.push({
        sql,
        params: 0,
        relations: [],
        refused: `Refused: this text is ${Math.max(stmts.length, 2)} statements to PostgreSQL (${stmts.map((x) => kindName(Object.keys(x)[0] ?? '')).join(', ')}), for example because a placeholder holds a quote or a semicolon; explain takes exactly one SELECT, INSERT, UPDATE, DELETE or MERGE. Nothing was sent.`,
      });
      continue;
    }
    const ast = stmts[0]!;
    const type = Object.keys(ast)[0] ?? '';
    if (!EXPLAINABLE.has(type)) {
      out.push({ sql, params: 0, relations: [], refused: `Only SELECT, INSERT, UPDATE, DELETE and MERGE can be explained (this is ${kindName(type)}); nothing was sent.` });
      continue;
    }
    if (type === 'SelectStmt' && ast.SelectStmt?.intoClause) {
      out.push({ sql, params: 0, relations: [], refused: 'SELECT … INTO creates a table; only queries can be explained. Nothing was sent.' });
      continue;
    }
    const facts = statementFacts(ast);
    out.push({ sql, params: facts.params, relations: facts.relations });
  }
  return out;
}

/** Checks the exact text about to be sent: one statement of the expected kind, or it is not sent. */
function assertSingle(sentText: string, expected: string): void {
  const stmts = statementsOf(sentText);
  if (stmts.length !== 1 || Object.keys(stmts[0]!)[0] !== expected) {
    throw new Error(`Refused: the text to send is not exactly one ${kindName(expected)} statement; nothing was sent.`);
  }
}

async function explainOne(s: DbSession, sql: string, params: number, timeouts: { statement: number; lock: number }): Promise<{ plan: PlanNode; mode: ExplainMode }> {
  // A read-only transaction that is always rolled back; standard_conforming_strings pinned on so
  // the server reads quotes exactly as the parser that checked the text did. Every statement goes
  // through the extended protocol, which refuses more than one statement per message.
  const one = { extended: true } as const;
  await s.query('BEGIN READ ONLY', [], one);
  try {
    await s.query(`SET LOCAL statement_timeout = '${Math.max(0, Math.floor(timeouts.statement))}ms'`, [], one);
    await s.query(`SET LOCAL lock_timeout = '${Math.max(0, Math.floor(timeouts.lock))}ms'`, [], one);
    await s.query(`SET LOCAL standard_conforming_strings = on`, [], one);
    if (params === 0) {
      const text = `EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`;
      assertSingle(text, 'ExplainStmt');
      const r = await s.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(text, [], one);
      return { plan: r.rows[0]!['QUERY PLAN'][0]!.Plan, mode: 'plain' };
    }
    // Parameters: PREPARE under force_generic_plan, then EXPLAIN EXECUTE with NULLs. (EXPLAIN
    // (GENERIC_PLAN) would need the parameters bound through the extended protocol, and PostgreSQL
    // then folds the bound NULLs into the plan as constants, which hides the generic plan.)
    const nulls = Array.from({ length: params }, () => null);
    const name = `partition_lens_explain_${process.pid}_${++prepareCounter}`;
    await s.query(`SET LOCAL plan_cache_mode = force_generic_plan`, [], one);
    const prepare = `PREPARE ${name} AS ${sql}`;
    assertSingle(prepare, 'PrepareStmt');
    await s.query(prepare, [], one);
    try {
      const r = await s.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE ${name}(${nulls.map(() => 'NULL').join(', ')})`, [], one);
      return { plan: r.rows[0]!['QUERY PLAN'][0]!.Plan, mode: 'prepared-null-parameters' };
    } finally {
      // Prepared statements outlive transactions: remove it even though we roll back.
      await s.query(`DEALLOCATE ${name}`, [], one).catch(() => undefined);
    }
  } finally {
    await s.query('ROLLBACK', [], one).catch(() => undefined);
  }
}

const MODE_NOTES: Record<ExplainMode, string> = {
  plain: 'EXPLAIN without ANALYZE (nothing was executed).',
  'generic-plan': 'EXPLAIN (GENERIC_PLAN): the plan PostgreSQL uses when parameter values are unknown; partitions listed may still be pruned at run time where the plan has run-time pruning.',
  'prepared-null-parameters':
    'The statement was PREPAREd under plan_cache_mode = force_generic_plan (the plan used when parameter values are unknown) and EXPLAIN EXECUTE ran with NULL parameters, so partitions removed at executor start-up were removed for NULLs (that shows run-time pruning works).',
};

/**
 * Explains every statement in `text` (a selection or a file). Each statement is checked with
 * PostgreSQL's parser and sent alone; statements that are not queries are reported, never sent.
 */
export async function explainPruning(db: Db, text: string, opts: { statementTimeoutMs?: number; lockTimeoutMs?: number } = {}): Promise<StatementPruning[]> {
  await ensureParserLoaded();
  const candidates = explainCandidates(text);
  const out: StatementPruning[] = [];
  if (candidates.length === 0) {
    const err = parseSql(text).errors[0];
    throw new Error(err ? `The SQL could not be parsed: ${err.message}` : 'There is no SQL statement to explain.');
  }
  if (candidates.length === 1 && candidates[0]!.refused?.startsWith('The SQL could not be parsed')) throw new Error(candidates[0]!.refused);
  const timeouts = { statement: opts.statementTimeoutMs ?? 30_000, lock: opts.lockTimeoutMs ?? 5_000 };
  await db.withClient(async (s) => {
    for (const c of candidates) {
      const sql = c.sql;
      if (c.refused) {
        out.push({ sql, mode: 'plain', modeNote: '', tables: [], error: c.refused });
        continue;
      }
      let plan: PlanNode;
      let mode: ExplainMode;
      try {
        ({ plan, mode } = await explainOne(s, sql, c.params, timeouts));
      } catch (e) {
        out.push({ sql, mode: c.params ? 'prepared-null-parameters' : 'plain', modeNote: '', tables: [], error: (e as Error).message });
        continue;
      }
      out.push({ sql, mode, modeNote: MODE_NOTES[mode], tables: await summarize(s, plan, c.relations, mode), plan });
    }
  });
  return out;
}

/** Groups the plan's scans by partitioned root table and counts leaf partitions. */
async function summarize(s: DbSession, plan: PlanNode, named: readonly { schema?: string; name: string }[], mode: ExplainMode): Promise<TablePruning[]> {
  const scans: { schema: string; name: string }[] = [];
  collectScans(plan, scans);
  const appends: { removed: number; scans: { schema: string; name: string }[] }[] = [];
  collectAppends(plan, appends);
  // Roots of every scanned partition, plus partitioned tables named in the SQL (all of whose
  // partitions may have been pruned, leaving no scan to find them by).
  const { rows } = await s.query<{ schema: string; name: string; root_schema: string; root_name: string; root: number }>(
    `WITH rels AS (
       SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE (n.nspname, c.relname) IN (SELECT * FROM ROWS FROM (pg_catalog.unnest($1::text[]), pg_catalog.unnest($2::text[])))
       UNION
       SELECT c.oid, n.nspname, c.relname FROM pg_catalog.unnest($3::text[]) AS q(name)
         JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'p')
     SELECT r.nspname AS schema, r.relname AS name, rn.nspname AS root_schema, rc.relname AS root_name, rc.oid::int AS root
       FROM rels r
       JOIN pg_catalog.pg_class rc ON rc.oid = COALESCE(pg_catalog.pg_partition_root(r.oid), r.oid)
       JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE rc.relkind = 'p'`,
    [scans.map((x) => x.schema), scans.map((x) => x.name), named.map((r) => (r.schema ? quoteQualified(r.schema, r.name) : quoteIdent(r.name)))],
  );
  const roots = new Map<number, { table: string; scanned: Set<string>; removed: number; runtime: boolean }>();
  const rootOf = new Map<string, number>();
  for (const r of rows) {
    rootOf.set(`${r.schema}.${r.name}`, r.root);
    if (!roots.has(r.root)) roots.set(r.root, { table: formatQualified(r.root_schema, r.root_name), scanned: new Set(), removed: 0, runtime: false });
  }
  for (const sc of scans) {
    const root = rootOf.get(`${sc.schema}.${sc.name}`);
    const entry = root !== undefined ? roots.get(root) : undefined;
    if (entry && entry.table !== formatQualified(sc.schema, sc.name)) entry.scanned.add(formatQualified(sc.schema, sc.name));
  }
  for (const a of appends) {
    const first = a.scans.map((x) => rootOf.get(`${x.schema}.${x.name}`)).find((x) => x !== undefined);
    const root = first ?? (roots.size === 1 ? [...roots.keys()][0] : undefined);
    if (root === undefined) continue;
    const e = roots.get(root)!;
    e.removed += a.removed;
    e.runtime = true;
  }
  const out: TablePruning[] = [];
  for (const [oid, e] of roots) {
    const { rows: cnt } = await s.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_catalog.pg_partition_tree($1::oid) WHERE isleaf AND level > 0`,
      [oid],
    );
    const total = cnt[0]?.n ?? 0;
    const scanned = [...e.scanned].sort();
    let text = `scans ${scanned.length} of ${total} partition${total === 1 ? '' : 's'} of ${e.table}`;
    if (e.removed > 0) text += ` (${e.removed} removed at executor start-up)`;
    else if (mode === 'generic-plan' && e.runtime && scanned.length > 1) text += ' (run-time pruning can remove more once values are known)';
    out.push({ table: e.table, total, scanned, removedAtStartup: e.removed, runtimePruning: e.runtime, text });
  }
  return out.sort((a, b) => (a.table < b.table ? -1 : 1));
}

/** Readable text for the CLI and the editor. */
export function formatPruning(results: readonly StatementPruning[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(r.sql.length > 200 ? `${r.sql.slice(0, 200)}…` : r.sql);
    if (r.error) {
      lines.push(`  error: ${r.error}`, '');
      continue;
    }
    if (r.tables.length === 0) lines.push('  no partitioned table in this statement');
    for (const t of r.tables) {
      lines.push(`  ${t.text}`);
      for (const n of t.scanned.slice(0, 50)) lines.push(`    - ${n}`);
      if (t.scanned.length > 50) lines.push(`    … and ${t.scanned.length - 50} more`);
    }
    lines.push(`  (${r.modeNote})`, '');
  }
  return lines.join('\n');
}
