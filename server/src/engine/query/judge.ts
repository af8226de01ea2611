/**
 * Query runs → findings, the same way for every host language: each alternative is rendered to
 * the SQL the ORM sends and judged by the shared analysis (`checkSql`, remembered per catalog and
 * SQL text, since most queries do not change between keystrokes); a finding of any alternative
 * (a path that runs without a usable key condition) is mapped back to the code through the
 * rendered text (so a finding on a joined table lands on that join) and given the run's related
 * locations and quick-fix data.
 */
import { checkSql } from '../analysis/index';
import { keyNames, type CatalogView } from '../catalog/model';
import type { CheckOptions, CheckResult } from '../check';
import type { Finding } from '../finding';
import { queryTables, type QueryModel, type QueryRun } from './model';
import { renderQuery } from './render';
import type { SqlText } from './sqltext';

export interface JudgeHooks {
  readonly language: 'ruby' | 'typescript' | 'python';
  /**
   * Host quick-fix data for a finding on the run's main table (`onRoot`) or on another table;
   * default: the run's `fix.host`, plus `insertAt` for the main table.
   */
  hostFix?(run: QueryRun, finding: Finding, onRoot: boolean, keyColumns: readonly string[]): Readonly<Record<string, string | number>>;
  /** A sentence appended to the message of a finding on the main table (how to filter in this ORM). */
  advice?(run: QueryRun, finding: Finding): string | undefined;
}

// Analysis results per rendered SQL text, per catalog.
const memo = new WeakMap<CatalogView, Map<string, CheckResult>>();
const MEMO_LIMIT = 20000;

/** `checkSql` remembered per catalog, rule switches and text. */
export function judgeSql(sql: string, catalog: CatalogView, options: CheckOptions | undefined): CheckResult {
  const disabled = options?.disabledRules;
  const key = disabled?.size ? `${[...disabled].sort().join(',')}\u0000${sql}` : sql;
  let m = memo.get(catalog);
  if (!m) {
    m = new Map();
    memo.set(catalog, m);
  }
  const hit = m.get(key);
  if (hit) return hit;
  const r = checkSql(sql, catalog, disabled ? { disabledRules: disabled } : {});
  if (m.size >= MEMO_LIMIT) m.clear();
  m.set(key, r);
  return r;
}

/** A finding of a rendered or embedded statement, moved to the code the statement came from. */
export function mapFinding(f: Finding, sql: SqlText): Finding {
  const start = sql.mapStart(f.start);
  const end = Math.max(start, sql.mapEnd(f.end));
  return { ...f, start, end };
}

function knowsAny(q: QueryModel, catalog: CatalogView): boolean {
  return queryTables(q).some((t) => catalog.lookup(t.schema, t.name));
}

/**
 * Findings of one run, in the code's terms: what any alternative has. Alternatives are the paths
 * a builder can take before it runs; one that runs without a usable key condition scans every
 * partition, so only when every visible path adds one is nothing reported.
 */
function runFindings(run: QueryRun, catalog: CatalogView, options: CheckOptions | undefined, hooks: JudgeHooks): Finding[] {
  const result: Finding[] = [];
  const seen = new Set<string>();
  for (const alt of run.alternatives) {
    // A path that names no partitioned table has nothing to report.
    if (!knowsAny(alt, catalog)) continue;
    const sql = renderQuery(alt, run.shape);
    for (const f of judgeSql(sql.toString(), catalog, options).findings) {
      const mapped = mapFinding(f, sql);
      const k = `${mapped.start}:${mapped.end}:${f.code}\u0000${f.table}`;
      if (seen.has(k)) continue;
      seen.add(k);
      result.push(mapped);
    }
  }
  const main = run.alternatives[0]?.from.at;
  return result.map((f) => {
    const onRoot = !!main && f.start === main.start && f.end === main.end;
    const table = catalog.tables().find((t) => f.table === `${t.schema}.${t.name}` || f.table.endsWith(`.${t.name}`));
    const keyColumns = f.fix?.keyColumns ?? (table ? keyNames(table.key) : []);
    const strategy = f.fix?.strategy ?? table?.strategy ?? 'range';
    // Offsets in the analysis's fix hint refer to the rendered SQL: only portable data is kept.
    const host = hooks.hostFix ? hooks.hostFix(run, f, onRoot, keyColumns) : { ...run.fix.host, ...(onRoot && run.fix.insertAt !== undefined ? { insertAt: run.fix.insertAt } : {}) };
    const advice = onRoot ? hooks.advice?.(run, f) : undefined;
    return {
      ...f,
      ...(advice ? { message: `${f.message} ${advice}` } : {}),
      fix: { strategy, keyColumns, language: hooks.language, host },
      ...(run.related?.length ? { related: run.related } : {}),
    };
  });
}

/**
 * Findings of query runs (and the further statements each sends), without repeats: the same
 * place, code and table reached through several paths is reported once.
 */
export function judgeRuns(runs: readonly QueryRun[], catalog: CatalogView, options: CheckOptions | undefined, hooks: JudgeHooks): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const visit = (run: QueryRun): void => {
    for (const f of runFindings(run, catalog, options, hooks)) {
      const k = `${f.start}:${f.end}:${f.code}:${f.table}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(f);
    }
    run.also?.forEach(visit);
  };
  runs.forEach(visit);
  return out;
}

/**
 * What the planner makes of runs, without places: the rule codes their findings have, sorted
 * (empty when every path prunes). Hosts compare it between the callers of a helper to tell whether
 * the helper's statement is at fault (every caller alike) or the callers that pass what scans.
 */
export function runsVerdict(runs: readonly QueryRun[], catalog: CatalogView, options: CheckOptions | undefined): string {
  const codes = new Set<string>();
  const visit = (run: QueryRun): void => {
    for (const alt of run.alternatives) {
      if (!knowsAny(alt, catalog)) continue;
      for (const f of judgeSql(renderQuery(alt, run.shape).toString(), catalog, options).findings) codes.add(f.code);
    }
    run.also?.forEach(visit);
  };
  runs.forEach(visit);
  return [...codes].sort().join(',');
}
