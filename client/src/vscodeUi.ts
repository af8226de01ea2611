/**
 * The UI port (`commands/port.ts`) on top of `vscode.window`, and the read-only virtual documents
 * of scheme `partition-lens`: plan reviews (the whole script, scrollable, with Run / Cancel
 * buttons in the editor title — nothing modal covers it and no button is focused, so Enter never
 * runs or drops anything) and generated documents (migrations, reports) with Save As / Copy.
 */
import * as vscode from 'vscode';
import type { GeneratedDocument, InputOptions, PickItem, PickOptions, PlanReview, ProgressReporter, UiPort } from './commands/port';

export const DOC_SCHEME = 'partition-lens';

/** Context keys (lists of URI strings) that the editor-title buttons' `when` clauses test. */
const PENDING_KEY = 'partitionLens.pendingReviews';
const RUNNABLE_KEY = 'partitionLens.runnableReviews';
const DESTRUCTIVE_KEY = 'partitionLens.destructiveReviews';

/** A file name for a tab: unsafe characters replaced, long names shortened, the extension kept. */
function safeName(s: string): string {
  const clean = s.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/_+/g, '_');
  const dot = clean.lastIndexOf('.');
  const [base, ext] = dot > 0 && clean.length - dot <= 6 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
  return (base.slice(0, 80) || 'document') + ext;
}

interface PendingReview {
  readonly destructive: boolean;
  readonly resolve: (run: boolean) => void;
  /** Set once its tab was seen (a review whose tab is gone afterwards was closed). */
  shown: boolean;
}

/** The URI of a tab's document, whatever kind of tab it is. */
function tabUri(tab: vscode.Tab): string | undefined {
  const input = tab.input as { uri?: vscode.Uri } | undefined;
  return input?.uri?.toString();
}

export class VsCodeUi implements UiPort, vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly docs = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly pending = new Map<string, PendingReview>();
  private readonly disposables: vscode.Disposable[] = [];
  private counter = 0;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, this),
      // Closing a review's tab cancels it: after any tab or editor change (and every half second
      // while a review waits, in case an event arrived before the tab list changed), a review whose
      // tab was seen and is gone is cancelled.
      vscode.window.tabGroups.onDidChangeTabs(() => this.cancelClosedReviews()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.cancelClosedReviews()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.cancelClosedReviews()),
      vscode.workspace.onDidCloseTextDocument(() => this.cancelClosedReviews()),
      { dispose: () => this.stopSweep() },
    );
    void this.syncContext();
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.docs.get(uri.toString()) ?? '-- This document is no longer available.';
  }

  private put(kind: 'review' | 'generated', name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: DOC_SCHEME, path: `/${kind}/${++this.counter}/${safeName(name)}` });
    this.docs.set(uri.toString(), text);
    this.changed.fire(uri);
    return uri;
  }

  private async show(uri: vscode.Uri, language: string, beside: boolean): Promise<vscode.TextEditor> {
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== language) doc = await Promise.resolve(vscode.languages.setTextDocumentLanguage(doc, language)).catch(() => doc);
    return vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false, viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active });
  }

  private async syncContext(): Promise<void> {
    const all = [...this.pending.keys()];
    const destructive = all.filter((k) => this.pending.get(k)!.destructive);
    await vscode.commands.executeCommand('setContext', PENDING_KEY, all);
    await vscode.commands.executeCommand('setContext', RUNNABLE_KEY, all.filter((k) => !destructive.includes(k)));
    await vscode.commands.executeCommand('setContext', DESTRUCTIVE_KEY, destructive);
  }

  async review(review: PlanReview): Promise<boolean> {
    const how = review.destructive
      ? `-- Review: "${review.runLabel}" (trash icon, top right of this editor) runs it; Cancel (✕) or closing this tab keeps everything.`
      : `-- Review: Run (▶, top right of this editor) runs it; Cancel (✕) or closing this tab changes nothing.`;
    // The plan's own header already has the summary and warnings; add what only the review knows.
    const extra = review.summary.filter((l) => !review.sql.includes(l.replace(/^⚠ /, ''))).map((l) => `-- ${l}`);
    const uri = this.put('review', `${review.title}.sql`, [how, ...extra, review.sql].join('\n'));
    const key = uri.toString();
    let resolve: (run: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((r) => (resolve = r));
    const entry: PendingReview = { destructive: review.destructive, resolve, shown: false };
    this.pending.set(key, entry);
    await this.syncContext();
    this.startSweep();
    try {
      await this.show(uri, 'sql', true);
    } catch (e) {
      this.decide(key, false, false);
      throw e;
    }
    // It was shown: if its tab is already gone (closed before we got here), that is a Cancel.
    entry.shown = true;
    this.cancelClosedReviews();
    return decided;
  }

  private sweep: ReturnType<typeof setInterval> | undefined;

  private startSweep(): void {
    this.sweep ??= setInterval(() => this.cancelClosedReviews(), 500);
  }

  private stopSweep(): void {
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = undefined;
  }

  private cancelClosedReviews(): void {
    // Open = a tab or a visible editor shows it (the tab model can trail a just-shown editor).
    const open = new Set([
      ...vscode.window.tabGroups.all.flatMap((g) => g.tabs.map(tabUri)),
      ...vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()),
    ]);
    for (const [key, p] of this.pending) {
      if (open.has(key)) p.shown = true;
      else if (p.shown) this.decide(key, false, false);
    }
    if (this.pending.size === 0) this.stopSweep();
  }

  /** Resolves a pending review (the Run / Drop for Good / Cancel buttons, or a closed tab). */
  decide(uriText: string | undefined, run: boolean, closeTab = true): boolean {
    const key = uriText ?? this.currentReview();
    const p = key ? this.pending.get(key) : undefined;
    if (!key || !p) return false;
    this.pending.delete(key);
    void this.syncContext();
    p.resolve(run);
    if (closeTab) {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => tabUri(t) === key);
      if (tabs.length) void vscode.window.tabGroups.close(tabs, true).then(undefined, () => undefined);
    }
    return true;
  }

  /** The review of the active editor, else the only pending one. */
  private currentReview(): string | undefined {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active && this.pending.has(active)) return active;
    return this.pending.size === 1 ? [...this.pending.keys()][0] : undefined;
  }

  /** Whether a review is waiting for a decision (the runner of a review button checks it). */
  isDestructive(uriText: string | undefined): boolean | undefined {
    const key = uriText ?? this.currentReview();
    return key ? this.pending.get(key)?.destructive : undefined;
  }

  async openGenerated(doc: GeneratedDocument): Promise<void> {
    const uri = this.put('generated', doc.name, doc.content);
    await this.show(uri, doc.language, doc.beside === true);
    if (doc.markdownPreview) await vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => undefined);
  }

  /** The text of a `partition-lens` document (for Save As / Copy). */
  textOf(uri: vscode.Uri): string | undefined {
    return this.docs.get(uri.toString());
  }

  async pick<T extends PickItem>(items: readonly T[], opts: PickOptions<T>): Promise<T | undefined> {
    const qp = vscode.window.createQuickPick<T & vscode.QuickPickItem>();
    qp.items = items as readonly (T & vscode.QuickPickItem)[];
    qp.placeholder = opts.placeHolder;
    qp.title = opts.title;
    qp.matchOnDescription = opts.matchOnDescription ?? false;
    if (opts.active) qp.activeItems = [opts.active as T & vscode.QuickPickItem];
    return new Promise<T | undefined>((resolve) => {
      let done = false;
      const finish = (v: T | undefined): void => {
        if (done) return;
        done = true;
        resolve(v);
        qp.dispose();
      };
      qp.onDidAccept(() => finish(qp.selectedItems[0] ?? qp.activeItems[0]));
      qp.onDidHide(() => finish(undefined));
      qp.show();
    });
  }

  async input(opts: InputOptions): Promise<string | undefined> {
    return vscode.window.showInputBox({
      title: opts.title,
      prompt: opts.prompt,
      value: opts.value,
      placeHolder: opts.placeHolder,
      password: opts.password,
      ignoreFocusOut: true,
      validateInput: opts.validate,
    });
  }

  async ask(message: string, opts: { readonly detail?: string; readonly choices: readonly string[] }): Promise<string | undefined> {
    return vscode.window.showWarningMessage(message, { modal: true, detail: opts.detail }, ...opts.choices);
  }

  async pickFile(title: string): Promise<string | undefined> {
    const files = await vscode.window.showOpenDialog({ title, canSelectMany: false });
    return files?.[0]?.fsPath;
  }

  async progress<T>(title: string, task: (progress: ProgressReporter, signal: AbortSignal) => Promise<T>): Promise<T> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      try {
        return await task({ report: (message, increment) => progress.report({ message, increment }) }, ac.signal);
      } finally {
        sub.dispose();
      }
    });
  }

  activeText(): { text: string; selectionStart: number; selectionEnd: number; cursor: number } | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const d = editor.document;
    const s = editor.selection;
    return { text: d.getText(), selectionStart: d.offsetAt(s.start), selectionEnd: d.offsetAt(s.end), cursor: d.offsetAt(s.active) };
  }

  async copy(text: string): Promise<void> {
    await vscode.env.clipboard.writeText(text);
  }

  info(message: string): void {
    void vscode.window.showInformationMessage(message);
  }

  warn(message: string): void {
    void vscode.window.showWarningMessage(message);
  }

  error(message: string): void {
    void vscode.window.showErrorMessage(message);
  }

  dispose(): void {
    for (const [, p] of this.pending) p.resolve(false);
    this.pending.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Save As for a generated document or review: a real file, opened afterwards. */
export async function saveDocumentAs(ui: VsCodeUi, uri: vscode.Uri | undefined): Promise<boolean> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const text = target && target.scheme === DOC_SCHEME ? ui.textOf(target) : undefined;
  if (!target || text === undefined) throw new Error('Save As works on a document Partition Lens generated.');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = target.path.split('/').pop() ?? 'document.sql';
  const dest = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, title: 'Save the generated document as' });
  if (!dest) return false;
  await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(dest, { preview: false });
  return true;
}

/** Copies a generated document or review to the clipboard. */
export async function copyDocument(ui: VsCodeUi, uri: vscode.Uri | undefined): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const text = target && target.scheme === DOC_SCHEME ? ui.textOf(target) : undefined;
  if (text === undefined) throw new Error('Copy works on a document Partition Lens generated.');
  await vscode.env.clipboard.writeText(text);
  void vscode.window.showInformationMessage('Partition Lens: copied to the clipboard.');
}
