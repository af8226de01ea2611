/**
 * What a plan is: the exact SQL statements a write command will run, in order, with a human
 * summary and warnings. Plans are data: the editor shows them, `--dry-run` prints them, and
 * `execute.ts` runs them. Building a plan never changes the database.
 */

export interface PlanStatement {
  /** The exact text sent to PostgreSQL; values that can be bound are `$n` parameters. */
  readonly sql: string;
  readonly params?: readonly unknown[];
  /**
   * False for statements PostgreSQL refuses inside a transaction block (DETACH … CONCURRENTLY,
   * FINALIZE): the executor runs them alone, with the timeouts set at session level.
   */
  readonly transactional: boolean;
  /** Why this statement is there (shown as a comment above it). */
  readonly comment?: string;
}

export type PlanKind =
  | 'create-partition'
  | 'create-upcoming'
  | 'create-hash'
  | 'detach'
  | 'finalize-detach'
  | 'archive'
  | 'drop';

export interface RelationRef {
  readonly schema: string;
  readonly name: string;
}

export interface Plan {
  readonly kind: PlanKind;
  /** One line, e.g. `Create 3 upcoming monthly partitions of public.leads`. */
  readonly title: string;
  /** Readable lines: what will be created, moved, detached, and why. */
  readonly summary: readonly string[];
  readonly warnings: readonly string[];
  /** Empty when there is nothing to do (the plan is then a no-op, e.g. an idempotent re-run). */
  readonly statements: readonly PlanStatement[];
  /** Partitioned tables whose partitions change (tree nodes to refresh). */
  readonly affected: readonly RelationRef[];
  /** Irreversible (DROP): callers ask a second time before running it. */
  readonly destructive?: boolean;
}

/** A plan that cannot be built (overlap, unknown table, bad input): the message says why. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

/** Renders a JavaScript value the way a preview shows a bound parameter. */
function showParam(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

export interface ScriptOptions {
  readonly lockTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
}

/**
 * The plan as one readable SQL script, exactly as the executor will run it (BEGIN, SET LOCAL
 * timeouts, the statements, COMMIT; statements that cannot run in a transaction stand alone).
 * Parameters are listed in a comment above the statement that binds them.
 */
export function planToSql(plan: Plan, opts: ScriptOptions = {}): string {
  const lock = opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const stmt = opts.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const out: string[] = [`-- ${plan.title}`];
  for (const s of plan.summary) out.push(`-- ${s}`);
  for (const w of plan.warnings) out.push(`-- WARNING: ${w}`);
  if (plan.statements.length === 0) {
    out.push('-- Nothing to do.');
    return out.join('\n') + '\n';
  }
  let inTx = false;
  for (const s of plan.statements) {
    if (s.transactional && !inTx) {
      out.push('', 'BEGIN;', `SET LOCAL lock_timeout = '${lock}ms';`, `SET LOCAL statement_timeout = '${stmt}ms';`);
      inTx = true;
    } else if (!s.transactional && inTx) {
      out.push('COMMIT;');
      inTx = false;
    }
    out.push('');
    if (!s.transactional) {
      out.push('-- Runs outside a transaction block (PostgreSQL requires it), with session-level timeouts:');
      out.push(`SET lock_timeout = '${lock}ms';`, `SET statement_timeout = '${stmt}ms';`);
    }
    if (s.comment) for (const line of s.comment.split('\n')) out.push(`-- ${line}`);
    if (s.params?.length) out.push(`-- ${s.params.map((p, i) => `$${i + 1} = ${showParam(p)}`).join(', ')}`);
    out.push(`${s.sql};`);
  }
  if (inTx) out.push('', 'COMMIT;');
  return out.join('\n') + '\n';
}

export const DEFAULT_LOCK_TIMEOUT_MS = 5_000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 300_000;
