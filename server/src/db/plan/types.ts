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

/** A lock a plan takes: the strongest mode per relation, and what it means for other sessions. */
export interface PlanLock {
  /** The relation as written in the plan's SQL (quoted where needed). */
  readonly relation: string;
  readonly mode: LockMode;
  /** 1-based numbers of the statements that take it. */
  readonly statements: readonly number[];
  /** What other sessions experience while it is held. */
  readonly effect: string;
}

export type LockMode = 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'SHARE ROW EXCLUSIVE' | 'SHARE' | 'SHARE UPDATE EXCLUSIVE' | 'ROW EXCLUSIVE' | 'ACCESS SHARE';

const STRENGTH: readonly LockMode[] = ['ACCESS SHARE', 'ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'];

const EFFECT: Record<LockMode, string> = {
  'ACCESS EXCLUSIVE': 'all reads and writes of it wait until the lock is released',
  EXCLUSIVE: 'writes wait; reads continue',
  'SHARE ROW EXCLUSIVE': 'writes wait; reads continue',
  SHARE: 'writes wait; reads continue',
  'SHARE UPDATE EXCLUSIVE': 'reads and writes continue; other DDL, VACUUM and ANALYZE wait',
  'ROW EXCLUSIVE': 'reads and writes continue; DDL on it waits',
  'ACCESS SHARE': 'reads and writes continue; only ACCESS EXCLUSIVE waits',
};

const NAME = String.raw`(?:"(?:[^"]|"")*"|[^\s."(),;]+)`;
const REL = String.raw`(${NAME}(?:\.${NAME})?)`;

/**
 * The locks a plan's statements take, read from the SQL the plan builders generate (PostgreSQL's
 * documented lock levels: CREATE … PARTITION OF and a plain DETACH take ACCESS EXCLUSIVE on the
 * parent; ATTACH and DETACH … CONCURRENTLY take SHARE UPDATE EXCLUSIVE on it and lock the
 * partition; moving rows takes ROW EXCLUSIVE).
 */
export function planLocks(statements: readonly PlanStatement[]): PlanLock[] {
  const found = new Map<string, { mode: LockMode; statements: number[] }>();
  const add = (relation: string | undefined, mode: LockMode, n: number): void => {
    if (!relation) return;
    const cur = found.get(relation);
    if (!cur) found.set(relation, { mode, statements: [n] });
    else {
      if (STRENGTH.indexOf(mode) > STRENGTH.indexOf(cur.mode)) cur.mode = mode;
      if (!cur.statements.includes(n)) cur.statements.push(n);
    }
  };
  const re = (src: string): RegExp => new RegExp(src, 'i');
  statements.forEach((s, i) => {
    const n = i + 1;
    const sql = s.sql;
    let m: RegExpExecArray | null;
    if ((m = re(String.raw`^LOCK TABLE (?:ONLY )?${REL} IN ([A-Z ]+?) MODE`).exec(sql))) add(m[1], m[2]!.toUpperCase() as LockMode, n);
    else if ((m = re(String.raw`^CREATE TABLE ${REL} PARTITION OF ${REL}`).exec(sql))) {
      add(m[2], 'ACCESS EXCLUSIVE', n);
    } else if ((m = re(String.raw`^CREATE TABLE ${REL} \(LIKE ${REL}`).exec(sql))) add(m[2], 'ACCESS SHARE', n);
    else if ((m = re(String.raw`^ALTER TABLE (?:ONLY )?${REL} ATTACH PARTITION ${REL}`).exec(sql))) {
      add(m[1], 'SHARE UPDATE EXCLUSIVE', n);
      add(m[2], 'ACCESS EXCLUSIVE', n);
    } else if ((m = re(String.raw`^ALTER TABLE (?:ONLY )?${REL} DETACH PARTITION ${REL}(?: (CONCURRENTLY|FINALIZE))?`).exec(sql))) {
      const weak = m[3] !== undefined;
      add(m[1], weak ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', n);
      add(m[2], weak ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', n);
    } else if ((m = re(String.raw`^ALTER TABLE (?:ONLY )?(?:IF EXISTS )?${REL} (?:VALIDATE CONSTRAINT)`).exec(sql))) add(m[1], 'SHARE UPDATE EXCLUSIVE', n);
    else if ((m = re(String.raw`^(?:ALTER|DROP) TABLE (?:ONLY )?(?:IF EXISTS )?${REL}`).exec(sql))) add(m[1], 'ACCESS EXCLUSIVE', n);
    else if ((m = re(String.raw`^CREATE (?:UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?(?:${NAME} )?ON (?:ONLY )?${REL}`).exec(sql))) add(m[1], /CONCURRENTLY/i.test(sql) ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE', n);
    if ((m = re(String.raw`DELETE FROM (?:ONLY )?${REL}`).exec(sql))) add(m[1], 'ROW EXCLUSIVE', n);
    if ((m = re(String.raw`INSERT INTO ${REL}`).exec(sql))) add(m[1], 'ROW EXCLUSIVE', n);
  });
  return [...found].map(([relation, v]) => ({ relation, mode: v.mode, statements: v.statements, effect: EFFECT[v.mode] }));
}

/** One line per lock, for previews: `ACCESS EXCLUSIVE on public.leads (statement 1): …`. */
export function lockLines(statements: readonly PlanStatement[]): string[] {
  return planLocks(statements).map(
    (l) => `${l.mode} on ${l.relation} (statement${l.statements.length > 1 ? 's' : ''} ${l.statements.join(', ')}): ${l.effect}.`,
  );
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
  const locks = lockLines(plan.statements);
  if (locks.length) {
    out.push(`-- Locks taken (held until the transaction ends, each wait bounded by lock_timeout ${lock} ms):`);
    for (const l of locks) out.push(`--   ${l}`);
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
