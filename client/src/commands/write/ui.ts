/**
 * The shared shape of every write command: show the plan's whole SQL for review (Run / Cancel
 * through the UI port, never a modal on top of it), run it with cancellable progress, refresh the
 * affected tree nodes. All SQL and planning lives in server/src/db; this file is vscode-free.
 */
import { executePlan, PlanExecutionError } from '../../../../server/src/db/execute';
import { planToSql, type Plan } from '../../../../server/src/db/plan';
import type { ActiveConnection } from '../../connections/manager';
import type { PlanReview } from '../port';
import type { CommandContext, WriteSettings } from '../types';

/** Reads the write-side settings from a getter (`workspace.getConfiguration('partitionLens').get`). */
export function parseWriteSettings(get: (key: string) => unknown): WriteSettings {
  const num = (k: string, d: number): number => {
    const v = get(k);
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d;
  };
  const pattern = get('partitionNamePattern');
  const schema = get('maintenance.archiveSchema');
  return {
    lockTimeoutMs: Math.round(num('maintenance.lockTimeoutSeconds', 5) * 1000),
    statementTimeoutMs: Math.round(num('maintenance.statementTimeoutSeconds', 300) * 1000),
    namePattern: typeof pattern === 'string' && pattern.trim() ? pattern.trim() : undefined,
    upcomingCount: Math.floor(num('maintenance.upcomingCount', 3)),
    archiveKeep: Math.floor(num('maintenance.archiveKeep', 12)),
    archiveSchema: typeof schema === 'string' && schema ? schema : 'archive',
  };
}

/** One lock as a line: plans state them as text or as `{ mode, relation, why }`. */
function lockLine(l: unknown): string {
  if (typeof l === 'string') return l;
  if (typeof l !== 'object' || l === null) return String(l);
  const o = l as Record<string, unknown>;
  const rel = o.relation ?? o.table ?? o.on;
  const relText = typeof rel === 'object' && rel !== null && 'name' in rel ? `${String((rel as { schema?: unknown }).schema ?? '')}.${String((rel as { name: unknown }).name)}`.replace(/^\./, '') : rel;
  const why = o.why ?? o.reason ?? o.effect;
  return [o.mode, relText ? `on ${String(relText)}` : '', why ? `— ${String(why)}` : ''].filter(Boolean).join(' ');
}

/**
 * The locks a plan takes, for the review's summary. The database layer states them (issue 11,
 * "every plan states the locks it takes"): as `Plan.locks`, or as the `-- Locks taken …` comment
 * block `planToSql` prints. A plan with neither says so instead of the review guessing.
 */
export function planLocks(plan: Plan, sql: string): string[] {
  const locks = (plan as { locks?: unknown }).locks;
  if (Array.isArray(locks)) return locks.length ? locks.map((l) => `Lock: ${lockLine(l)}`) : ['Locks: none.'];
  const lines = sql.split('\n');
  const at = lines.findIndex((l) => l.startsWith('-- Locks taken'));
  if (at >= 0) {
    const out = [lines[at]!.slice(3)];
    for (const l of lines.slice(at + 1)) {
      if (!l.startsWith('--   ')) break;
      out.push(l.slice(5));
    }
    return out;
  }
  return ['Locks: not stated by this plan (see the comments above each statement).'];
}

/** The review of a plan: its title, summary, locks, warnings and exactly the script that runs. */
export function reviewOf(plan: Plan, settings: WriteSettings, second = false): PlanReview {
  const sql = planToSql(plan, { lockTimeoutMs: settings.lockTimeoutMs, statementTimeoutMs: settings.statementTimeoutMs });
  const destructive = plan.destructive === true || second;
  return {
    title: plan.title,
    sql,
    summary: [...plan.summary, ...planLocks(plan, sql), ...plan.warnings.map((w) => `⚠ ${w}`), `${plan.statements.length} statement(s).`],
    runLabel: destructive ? 'Drop for Good' : 'Run',
    destructive,
  };
}

/**
 * Shows the plan for review and waits for the decision. Returns true to run. A plan with nothing
 * to do is reported and returns false.
 */
export async function previewAndConfirm(ctx: CommandContext, plan: Plan, second = false): Promise<boolean> {
  const review = reviewOf(plan, ctx.writeSettings(), second);
  ctx.log.info(`Plan: ${plan.title}\n${review.sql}`);
  if (plan.statements.length === 0) {
    ctx.ui.info(`Partition Lens: ${plan.title}. Nothing to do.`);
    return false;
  }
  const run = await ctx.ui.review(review);
  ctx.log.info(`Plan ${run ? 'confirmed' : 'cancelled'}: ${plan.title}`);
  return run;
}

/** Runs a confirmed plan with cancellable progress, then refreshes the affected tables. */
export async function runPlan(ctx: CommandContext, conn: ActiveConnection, plan: Plan): Promise<boolean> {
  const s = ctx.writeSettings();
  const total = plan.statements.length;
  try {
    await ctx.ui.progress(`Partition Lens: ${plan.title}`, (progress, signal) =>
      executePlan(conn.db, plan, {
        lockTimeoutMs: s.lockTimeoutMs,
        statementTimeoutMs: s.statementTimeoutMs,
        signal,
        log: (line) => ctx.log.info(line),
        onProgress: (p) => progress.report(`statement ${p.index + 1} of ${total}`, 100 / total),
      }),
    );
  } catch (e) {
    const msg = (e as Error).message;
    if (e instanceof PlanExecutionError && e.cancelled) ctx.ui.warn(`Partition Lens: ${msg}`);
    else ctx.ui.error(`Partition Lens: ${msg}`);
    ctx.log.error(msg);
    // Even a failed plan may have changed a pending state (DETACH CONCURRENTLY): refresh.
    await refreshAffected(ctx, conn, plan);
    return false;
  }
  await refreshAffected(ctx, conn, plan);
  ctx.ui.info(`Partition Lens: done — ${plan.title}.`);
  return true;
}

async function refreshAffected(ctx: CommandContext, conn: ActiveConnection, plan: Plan): Promise<void> {
  for (const t of plan.affected) await ctx.refreshTable(conn.id, t.schema, t.name).catch((e: unknown) => ctx.log.error(`refresh failed: ${(e as Error).message}`));
}

/** Review, then run. */
export async function confirmAndRun(ctx: CommandContext, conn: ActiveConnection, plan: Plan): Promise<boolean> {
  if (!(await previewAndConfirm(ctx, plan))) return false;
  return runPlan(ctx, conn, plan);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
