/**
 * The shared shape of every write command: show the plan's SQL in a read-only preview document,
 * ask in a modal, run it with cancellable progress, refresh the affected tree nodes. All SQL and
 * planning lives in server/src/db; this file is the thin VS Code part.
 */
import * as vscode from 'vscode';
import { executePlan, PlanExecutionError } from '../../../../server/src/db/execute';
import { planToSql, type Plan } from '../../../../server/src/db/plan';
import type { ActiveConnection } from '../../connections/manager';
import type { CommandContext } from '../types';

export const PREVIEW_SCHEME = 'partition-lens-plan';

/** Read-only documents holding plan SQL, keyed by URI path. */
class PlanPreviewProvider implements vscode.TextDocumentContentProvider {
  private readonly docs = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  put(title: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${++this.counter}/${title.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 80)}.sql` });
    this.docs.set(uri.path, text);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.docs.get(uri.path) ?? '-- This plan preview is no longer available.';
  }
}

let provider: PlanPreviewProvider | undefined;

function previewProvider(ctx: CommandContext): PlanPreviewProvider {
  if (!provider) {
    provider = new PlanPreviewProvider();
    ctx.extension.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, provider));
  }
  return provider;
}

export interface WriteSettings {
  readonly lockTimeoutMs: number;
  readonly statementTimeoutMs: number;
  readonly namePattern?: string;
  readonly upcomingCount: number;
  readonly archiveKeep: number;
  readonly archiveSchema: string;
}

/** Write-side settings, read fresh each time (defaults when unset). */
export function writeSettings(): WriteSettings {
  const c = vscode.workspace.getConfiguration('partitionLens');
  const num = (k: string, d: number): number => {
    const v = c.get<number>(k);
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d;
  };
  const pattern = c.get<string>('partitionNamePattern');
  return {
    lockTimeoutMs: Math.round(num('maintenance.lockTimeoutSeconds', 5) * 1000),
    statementTimeoutMs: Math.round(num('maintenance.statementTimeoutSeconds', 300) * 1000),
    namePattern: pattern && pattern.trim() ? pattern.trim() : undefined,
    upcomingCount: Math.floor(num('maintenance.upcomingCount', 3)),
    archiveKeep: Math.floor(num('maintenance.archiveKeep', 12)),
    archiveSchema: c.get<string>('maintenance.archiveSchema') || 'archive',
  };
}

/** Options a script (or the E2E suite) can pass instead of answering prompts. */
export interface ScriptedRun {
  /** Skips the confirmation modal — only reachable through executeCommand, never from the UI. */
  readonly confirmed?: boolean;
}

/**
 * Shows the plan and asks. Returns true to run. A plan with nothing to do is reported and
 * returns false.
 */
export async function previewAndConfirm(ctx: CommandContext, plan: Plan, scripted?: ScriptedRun, second = false): Promise<boolean> {
  const s = writeSettings();
  const sql = planToSql(plan, { lockTimeoutMs: s.lockTimeoutMs, statementTimeoutMs: s.statementTimeoutMs });
  ctx.log.info(`Plan: ${plan.title}\n${sql}`);
  if (plan.statements.length === 0) {
    void vscode.window.showInformationMessage(`Partition Lens: ${plan.title}. Nothing to do.`);
    return false;
  }
  const uri = previewProvider(ctx).put(plan.title, sql);
  const doc = await vscode.workspace.openTextDocument(uri);
  await Promise.resolve(vscode.languages.setTextDocumentLanguage(doc, 'sql')).catch(() => doc);
  await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: false });
  if (scripted?.confirmed) return true;
  const detail = [...plan.summary, ...plan.warnings.map((w) => `⚠ ${w}`), '', `${plan.statements.length} statement(s); the SQL is open in the editor.`].join('\n');
  const action = plan.destructive || second ? 'Drop for good' : 'Run';
  const choice = await vscode.window.showWarningMessage(plan.title, { modal: true, detail }, action);
  return choice === action;
}

/** Runs a confirmed plan with cancellable progress, then refreshes the affected tables. */
export async function runPlan(ctx: CommandContext, conn: ActiveConnection, plan: Plan): Promise<boolean> {
  const s = writeSettings();
  const total = plan.statements.length;
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Partition Lens: ${plan.title}`, cancellable: true },
      async (progress, token) => {
        const ac = new AbortController();
        const sub = token.onCancellationRequested(() => ac.abort());
        try {
          await executePlan(conn.db, plan, {
            lockTimeoutMs: s.lockTimeoutMs,
            statementTimeoutMs: s.statementTimeoutMs,
            signal: ac.signal,
            log: (line) => ctx.log.info(line),
            onProgress: (p) => progress.report({ increment: 100 / total, message: `statement ${p.index + 1} of ${total}` }),
          });
        } finally {
          sub.dispose();
        }
      },
    );
  } catch (e) {
    const msg = (e as Error).message;
    if (e instanceof PlanExecutionError && e.cancelled) void vscode.window.showWarningMessage(`Partition Lens: ${msg}`);
    else void vscode.window.showErrorMessage(`Partition Lens: ${msg}`);
    ctx.log.error(msg);
    // Even a failed plan may have changed a pending state (DETACH CONCURRENTLY): refresh.
    await refreshAffected(ctx, conn, plan);
    return false;
  }
  await refreshAffected(ctx, conn, plan);
  void vscode.window.showInformationMessage(`Partition Lens: done — ${plan.title}.`);
  return true;
}

async function refreshAffected(ctx: CommandContext, conn: ActiveConnection, plan: Plan): Promise<void> {
  for (const t of plan.affected) await ctx.refreshTable(conn.id, t.schema, t.name).catch((e: unknown) => ctx.log.error(`refresh failed: ${(e as Error).message}`));
}

/** Preview, confirm, run. */
export async function confirmAndRun(ctx: CommandContext, conn: ActiveConnection, plan: Plan, scripted?: ScriptedRun): Promise<boolean> {
  if (!(await previewAndConfirm(ctx, plan, scripted))) return false;
  return runPlan(ctx, conn, plan);
}

/** Opens text in a new untitled editor. */
export async function openUntitled(content: string, language: string, beside = false): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ content, language });
  return vscode.window.showTextDocument(doc, { preview: false, viewColumn: beside ? vscode.ViewColumn.Beside : undefined });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
