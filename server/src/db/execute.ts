/**
 * Runs a plan: its statements in ONE transaction with `SET LOCAL lock_timeout` and
 * `statement_timeout`, except statements PostgreSQL refuses inside a transaction block
 * (DETACH … CONCURRENTLY, FINALIZE), which run alone with session-level timeouts. Progress is
 * reported before each statement; an AbortSignal cancels the running statement from a second
 * connection (`pg_cancel_backend`). A failure rolls back and names the statement and the reason,
 * so nothing is ever left half-done.
 */
import type { Db, DbSession } from './connection';
import { DEFAULT_LOCK_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS, type Plan, type PlanStatement } from './plan/types';

export interface ExecuteProgress {
  /** 0-based index of the statement about to run. */
  readonly index: number;
  readonly total: number;
  readonly statement: PlanStatement;
  /** The backend running the plan (tests use it to kill the connection on purpose). */
  readonly backendPid: number;
}

export interface ExecuteOptions {
  readonly lockTimeoutMs?: number;
  readonly statementTimeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Called (and awaited) before each statement. */
  readonly onProgress?: (p: ExecuteProgress) => void | Promise<void>;
  /** Plan-level log lines (the Db's own logger records every SQL statement). */
  readonly log?: (line: string) => void;
}

export interface ExecuteResult {
  readonly executed: number;
  readonly ms: number;
}

/** A plan that failed: which statement, why, and whether everything was rolled back. */
export class PlanExecutionError extends Error {
  constructor(
    message: string,
    readonly statementIndex: number,
    readonly statement: PlanStatement | undefined,
    readonly code: string | undefined,
    /** True when the database is as it was before the plan (or before the failed step). */
    readonly rolledBack: boolean,
    readonly cancelled = false,
  ) {
    super(message);
    this.name = 'PlanExecutionError';
  }
}

function ms(n: number | undefined, dflt: number, what: string): number {
  const v = n ?? dflt;
  if (!Number.isInteger(v) || v < 0) throw new Error(`${what} must be a whole number of milliseconds.`);
  return v;
}

/** Explains a database error for the person who ran the plan. */
function explain(e: unknown, timeouts: { lock: number; statement: number }): { text: string; code?: string; lost: boolean } {
  const err = e as { message?: string; code?: string; connectionLost?: boolean };
  const raw = String(err?.message ?? e);
  const code = typeof err?.code === 'string' ? err.code : undefined;
  const lost = err?.connectionLost === true || code === '57P01' || code === '57P02' || /terminat|Connection terminated|ECONNRESET|connection .*lost/i.test(raw);
  // The connection layer already names the blocking lock and the statement; keep only the cause.
  if (code === '55P03') return { text: `${raw.replace(/ \u2014 statement: [\s\S]*$/, '').replace(/after lock_timeout/, `after lock_timeout (${timeouts.lock} ms)`)}`, code, lost };
  if (code === '57014') return { text: `cancelled: statement_timeout (${timeouts.statement} ms) or a cancellation (${raw})`, code, lost };
  if (code === '23514' && /default partition/i.test(raw)) {
    return { text: `${raw} — rows for the new range arrived in the default partition after the plan was made; build the plan again`, code, lost };
  }
  if (lost) return { text: `connection lost (${raw.replace(/\.$/, '')}); PostgreSQL rolls back an open transaction when its session ends`, code, lost };
  return { text: raw, code, lost };
}

/** Groups consecutive transactional statements; a non-transactional statement stands alone. */
function groups(plan: Plan): { transactional: boolean; items: { s: PlanStatement; index: number }[] }[] {
  const out: { transactional: boolean; items: { s: PlanStatement; index: number }[] }[] = [];
  plan.statements.forEach((s, index) => {
    const last = out[out.length - 1];
    if (s.transactional && last?.transactional) last.items.push({ s, index });
    else out.push({ transactional: s.transactional, items: [{ s, index }] });
  });
  return out;
}

/** Runs `plan` on one session of `db`. Needs a pool of 2+ connections for cancellation. */
export async function executePlan(db: Db, plan: Plan, opts: ExecuteOptions = {}): Promise<ExecuteResult> {
  const lock = ms(opts.lockTimeoutMs, DEFAULT_LOCK_TIMEOUT_MS, 'lock_timeout');
  const stmtTimeout = ms(opts.statementTimeoutMs, DEFAULT_STATEMENT_TIMEOUT_MS, 'statement_timeout');
  const total = plan.statements.length;
  const log = opts.log ?? (() => undefined);
  const t0 = performance.now();
  if (total === 0) {
    log(`${plan.title}: nothing to do.`);
    return { executed: 0, ms: 0 };
  }
  if (opts.signal?.aborted) throw new PlanExecutionError('Cancelled before anything ran; nothing changed.', -1, undefined, undefined, true, true);
  const segments = groups(plan);
  let executed = 0;
  // Errors are thrown through withClient (never returned as values), so the pool sees every
  // failure; a connection-level one has already marked the session for destruction.
  return db.withClient(async (session: DbSession): Promise<ExecuteResult> => {
    let cancelled = false;
    const onAbort = (): void => {
      cancelled = true;
      log(`Cancelling backend ${session.backendPid}…`);
      // A second connection asks the server to cancel the running statement.
      db.query('SELECT pg_catalog.pg_cancel_backend($1)', [session.backendPid]).catch((e: unknown) => log(`Cancel request failed: ${(e as Error).message}`));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      log(`${plan.title}: ${total} statement(s) on backend ${session.backendPid}.`);
      for (const [gi, g] of segments.entries()) {
        const committedBefore = gi > 0;
        if (g.transactional) {
          await session.query('BEGIN');
          let current = -1;
          try {
            await session.query(`SET LOCAL lock_timeout = '${lock}ms'`);
            await session.query(`SET LOCAL statement_timeout = '${stmtTimeout}ms'`);
            for (const { s, index } of g.items) {
              current = index;
              if (cancelled || opts.signal?.aborted) throw Object.assign(new Error('cancelled by the user'), { code: '57014' });
              await opts.onProgress?.({ index, total, statement: s, backendPid: session.backendPid });
              log(`[${index + 1}/${total}] ${s.sql}`);
              await session.query(s.sql, s.params);
            }
            current = g.items[g.items.length - 1]!.index;
            if (cancelled || opts.signal?.aborted) throw Object.assign(new Error('cancelled by the user'), { code: '57014' });
            await session.query('COMMIT');
            executed += g.items.length;
          } catch (e) {
            const why = explain(e, { lock, statement: stmtTimeout });
            if (!why.lost) await session.query('ROLLBACK').catch(() => undefined);
            const failed = plan.statements[current];
            const what = failed ? `statement ${current + 1} of ${total}: ${oneLine(failed.sql)}` : 'starting the transaction';
            const userCancel = cancelled || opts.signal?.aborted === true;
            const cause = userCancel ? 'cancelled by the user' : why.text;
            const tail = committedBefore ? 'This transaction was rolled back; earlier steps were already committed.' : 'The transaction was rolled back and nothing changed.';
            // Cause first, then the statement: the reason must not hide behind a long ALTER TABLE.
            log(`${cause} — at ${what}`);
            throw new PlanExecutionError(`${capitalize(cause)} — at ${what}. ${tail}`, current, failed, why.code, !committedBefore, userCancel);
          }
        } else {
          const { s, index } = g.items[0]!;
          if (cancelled || opts.signal?.aborted) throw new PlanExecutionError('Cancelled before the next step; nothing more changed.', index, s, '57014', !committedBefore, true);
          await opts.onProgress?.({ index, total, statement: s, backendPid: session.backendPid });
          try {
            await session.query(`SET lock_timeout = '${lock}ms'`);
            await session.query(`SET statement_timeout = '${stmtTimeout}ms'`);
            log(`[${index + 1}/${total}] ${s.sql}`);
            await session.query(s.sql, s.params);
            executed++;
          } catch (e) {
            const why = explain(e, { lock, statement: stmtTimeout });
            const pending = /CONCURRENTLY/.test(s.sql) ? ' If the detach had started, the partition is left "detach pending": finalize it (DETACH … FINALIZE).' : '';
            log(`${why.text} — at statement ${index + 1}`);
            throw new PlanExecutionError(`${capitalize(why.text)} — at statement ${index + 1} of ${total}: ${oneLine(s.sql)}.${pending}`, index, s, why.code, false, cancelled);
          } finally {
            // Back to the connection's own defaults for whoever uses this session next.
            await session.query('RESET lock_timeout').catch(() => undefined);
            await session.query('RESET statement_timeout').catch(() => undefined);
          }
        }
      }
      const elapsed = performance.now() - t0;
      log(`${plan.title}: done (${executed} statement(s), ${Math.round(elapsed)} ms).`);
      return { executed, ms: elapsed };
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
    }
  });
}

function oneLine(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

function capitalize(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
