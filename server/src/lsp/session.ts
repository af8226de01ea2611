/**
 * The language server's behaviour, given a connection: document sync, debounced diagnostics
 * (latest version wins, stale results are never published), hover, code actions, settings per
 * resource, the workspace catalog and the live catalog. `server.ts` only creates the connection
 * and calls `startSession`. Every handler catches and logs; nothing here may crash the process.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { displayName, keyText, type CatalogView } from '../engine/catalog/model';
import type { Finding, Severity } from '../engine/finding';
import { checkFile, documentKind, engineLoadProblems, loadEngine, StatementCache, type DocumentKind } from '../engine/index';
import { CatalogSummaryRequest, DIAGNOSTIC_SOURCE, LiveCatalogNotification, RuntimeEvidenceNotification, type CatalogSummaryResult, type LiveCatalogParams, type RuntimeEvidenceParams } from '../protocol';
import { RuntimeEvidence } from '../engine/evidence';
import { allHosts } from '../engine/host/index';
import { actionsFor, snippetToPlain } from './codeActions';
import { SettingsStore, type ResourceSettings } from './config';
import { describeTable, tableAt, tableOfFinding } from './hover';
import { documentTooLarge } from '../engine/limits';
import { ruleDocUrl } from './ruleDocs';
import { errorText, pathToUri, uriToPath, WorkspaceState, type Folder } from './workspace';

/** Findings whose quick fixes one code-action request computes at most (a range may hold 25,000). */
const MAX_ACTION_FINDINGS = 50;

/** How long the first check of a document waits for the workspace scan at most. */
const FIRST_CHECK_WAIT_MS = 750;

/** At most this many documents wait for a re-check at once (the rest are checked when next edited). */
const MAX_QUEUED_RECHECKS = 2_000;

/** Offset ↔ position conversion of one document version (UTF-16, 0-based lines). */
interface Positions {
  position(offset: number): { line: number; character: number };
  offset(line: number, character: number): number;
}

interface CheckedDocument {
  readonly version: number;
  readonly kind: DocumentKind;
  readonly text: string;
  readonly index: Positions;
  readonly findings: readonly Finding[];
  readonly catalog: CatalogView;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function startSession(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let supportsConfiguration = false;
  let supportsConfigurationChange = false;
  let supportsFolderChanges = false;
  let supportsSnippetEdits = false;
  /** Documents whose open event was just handled (TextDocuments fires a content change right after). */
  const opening = new Set<string>();
  const settings = new SettingsStore(connection, () => supportsConfiguration);
  const timers = new Map<string, NodeJS.Timeout>();
  const catalogTimers = new Map<string, NodeJS.Timeout>();
  const checked = new Map<string, CheckedDocument>();
  const caches = new Map<string, StatementCache>();
  /** Documents not analysed (too large, too deeply nested…), told to the user once each. */
  const tooLarge = new Map<string, string>();
  let engineReady: Promise<void> = Promise.resolve();

  const log = (m: string): void => connection.console.log(m);
  const error = (m: string): void => connection.console.error(m);

  /** Documents already warned about (one warning per document, not per keystroke). */
  const warned = new Set<string>();
  /** The last internal error logged per document (the same error is logged once). */
  const lastFailure = new Map<string, string>();

  /** An internal error or index error for one document: a log line and a single warning. */
  function reportNotAnalysed(uri: string, reason: string): void {
    // Stacks differ with the path that led to the check: the first line identifies the error.
    const key = reason.split('\n', 1)[0]!;
    if (lastFailure.get(uri) !== key) {
      lastFailure.set(uri, key);
      error(`Partition Lens: ${uri} was not fully analysed: ${reason}`);
    }
    if (warned.has(uri)) return;
    warned.add(uri);
    connection.window.showWarningMessage(
      `Partition Lens: ${uriToPath(uri) ?? uri} could not be fully analysed (internal error); its findings may be incomplete. Details are in the output log.`,
    );
  }

  const workspace = new WorkspaceState(
    {
      catalogChanged: () => recheckAll(),
      dependentsChanged: (_file, dependents) => requestRechecks(dependents.map(keyToUri)),
      indexProblem: (file, m) => {
        const uri = keyToUri(file);
        if (documents.get(uri)) reportNotAnalysed(uri, m);
        else error(`Partition Lens: indexing ${file} failed: ${m}`);
      },
      settingProblem: (m) => {
        error(`Partition Lens: ${m}`);
        connection.window.showWarningMessage(`Partition Lens: ${m}`);
      },
      log,
      error,
    },
    (uri) => settings.get(uri),
  );

  /** Runs an async handler body without letting a rejection escape. */
  const guard = (what: string, p: Promise<unknown>): void => {
    p.catch((e: unknown) => error(`Partition Lens: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  };

  function kindOf(doc: TextDocument): DocumentKind | undefined {
    return documentKind(doc.languageId) ?? documentKind(uriToPath(doc.uri) ?? doc.uri);
  }

  function schedule(uri: string, delayMs: number): void {
    const old = timers.get(uri);
    if (old) clearTimeout(old);
    const run = (): void => {
      timers.delete(uri);
      guard(`checking ${uri}`, check(uri));
    };
    if (delayMs <= 0) {
      // Still through the event loop, so that a burst of changes coalesces into one check.
      timers.set(uri, setTimeout(run, 0));
    } else {
      timers.set(uri, setTimeout(run, delayMs));
    }
  }

  /**
   * Re-checks of documents nobody is typing in (dependents of an edited file, every document after
   * a catalog change) go through one queue: one document per event-loop turn, so a document being
   * edited (its own timer) is never behind hundreds of others, and each queued document once.
   */
  /** What the database ran (from the pruning audit), joined to findings by statement shape. */
  const evidence = new RuntimeEvidence();
  const recheckQueue = new Set<string>();
  let draining = false;
  /** The document the user last typed in: after a catalog change it is checked first. */
  let lastEdited: string | undefined;

  function requestRechecks(uris: Iterable<string>): void {
    for (const uri of uris) {
      if (recheckQueue.size >= MAX_QUEUED_RECHECKS) break;
      if (documents.get(uri)) recheckQueue.add(uri);
    }
    if (draining || recheckQueue.size === 0) return;
    draining = true;
    setImmediate(() => guard('re-checking documents', drainRechecks()));
  }

  async function drainRechecks(): Promise<void> {
    try {
      for (let uri = first(recheckQueue); uri !== undefined; uri = first(recheckQueue)) {
        recheckQueue.delete(uri);
        // A pending check (the document is being edited) will see the new state anyway.
        if (!timers.has(uri)) await check(uri).catch((e: unknown) => error(`Partition Lens: checking ${uri} failed: ${errorText(e)}`));
        await new Promise<void>((r) => setImmediate(r));
      }
    } finally {
      draining = false;
    }
  }

  function recheckAll(): void {
    // The document being edited goes to the front of the queue, ahead of anything already waiting.
    const waiting = [...recheckQueue];
    recheckQueue.clear();
    const first = lastEdited && documents.get(lastEdited) ? [lastEdited] : [];
    requestRechecks([...first, ...waiting, ...documents.all().map((d) => d.uri)]);
  }

  async function check(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const generation = settings.currentGeneration;
    await engineReady;
    const s = await settings.get(uri);
    if (!checked.has(uri)) await workspace.readyWithin(FIRST_CHECK_WAIT_MS);
    const current = documents.get(uri);
    // A newer version or newer settings arrived while waiting: a newer pass is scheduled; drop this one.
    if (!current || current.version !== version || settings.currentGeneration !== generation) return;
    const kind = kindOf(current);
    if (!kind) return;
    const text = current.getText();
    const why = s.enable ? documentTooLarge(text, kind, s.maxFileSize) : undefined;
    if (why) {
      if (tooLarge.get(uri) !== why) {
        const name = uriToPath(uri) ?? uri;
        const m = `Partition Lens does not analyse ${name.split(/[\\/]/).pop()}: ${why}.`;
        // Logged when the reason changes; shown to the user once per opened document, not per keystroke.
        log(`${m} (${uri})`);
        if (!tooLarge.has(uri)) void connection.window.showInformationMessage(m);
      }
      tooLarge.set(uri, why);
      caches.delete(uri);
    } else tooLarge.delete(uri);
    if (!s.enable || !workspace.inScope(uri, s) || why) {
      checked.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const catalog = workspace.catalogFor(s);
    const fileName = uriToPath(uri);
    let cache = caches.get(uri);
    if (!cache) caches.set(uri, (cache = new StatementCache()));
    // The document's own text goes into its folder's index first: its check and its dependents'
    // re-checks (queued, run after this one) see what is being typed.
    if (kind !== 'sql' && workspace.indexOpenDocument(uri, text) === 'legacy') {
      // A host without a per-folder index cannot name dependents: every other open document.
      requestRechecks(documents.all().flatMap((d) => (d.uri === uri ? [] : [d.uri])));
    }
    const indexes = workspace.indexesFor(uri);
    const result = checkFile(documentKind(current.languageId) ? current.languageId : (fileName ?? uri), text, catalog, s, fileName, cache, indexes);
    if (result.internalError) reportNotAnalysed(uri, result.internalError);
    else lastFailure.delete(uri);
    // The document keeps its line offsets up to date incrementally: no re-scan of the text.
    const index: Positions = {
      position: (o) => current.positionAt(o),
      offset: (line, character) => current.offsetAt({ line, character }),
    };
    const diagnostics = result.findings.map((f) => toDiagnostic(f, index, uri));
    checked.set(uri, { version, kind, text, index, findings: result.findings, catalog });
    await connection.sendDiagnostics({ uri, version, diagnostics });
    scheduleCatalogUpdate(uri, s);
  }

  /** Open documents feed the catalog too, but later and less often than diagnostics. */
  function scheduleCatalogUpdate(uri: string, s: ResourceSettings): void {
    const old = catalogTimers.get(uri);
    if (old) clearTimeout(old);
    catalogTimers.set(
      uri,
      setTimeout(
        () => {
          catalogTimers.delete(uri);
          const doc = documents.get(uri);
          if (doc) guard(`updating the catalog from ${uri}`, workspace.updateOpenDocument(uri, doc.getText()));
        },
        Math.max(300, s.debounceMs * 2),
      ),
    );
  }

  function toDiagnostic(f: Finding, index: Positions, uri: string): Diagnostic {
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of f.related ?? []) {
      if (r.kind === 'here') {
        related.push({ location: { uri, range: { start: index.position(r.start), end: index.position(r.end) } }, message: r.message });
      } else {
        related.push({ location: { uri: pathToUri(r.fileName), range: { start: r.start, end: r.end } }, message: r.message });
      }
    }
    const doc = ruleDocUrl(f.code);
    return {
      range: { start: index.position(f.start), end: index.position(f.end) },
      severity: SEVERITY[f.severity],
      code: f.code,
      ...(doc ? { codeDescription: { href: doc } } : {}),
      source: DIAGNOSTIC_SOURCE,
      message: evidence.message(f),
      ...(related.length > 0 ? { relatedInformation: related } : {}),
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsConfiguration = caps.workspace?.configuration === true;
    supportsConfigurationChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    supportsFolderChanges = caps.workspace?.workspaceFolders === true;
    supportsSnippetEdits = caps.workspace?.workspaceEdit?.snippetEditSupport === true;
    const folders: Folder[] = [];
    for (const f of params.workspaceFolders ?? []) {
      const p = uriToPath(f.uri);
      if (p) folders.push({ uri: f.uri, fsPath: p });
    }
    if (folders.length === 0 && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) folders.push({ uri: params.rootUri, fsPath: p });
    }
    workspace.setFolders(folders);
    engineReady = loadEngine().then(
      () => {
        for (const p of engineLoadProblems()) log(`Partition Lens: optional module not loaded: ${p}`);
      },
      (e: unknown) => error(`Partition Lens: loading the parsers failed: ${errorText(e)}`),
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'partition-lens' },
    };
  });

  connection.onInitialized(() => {
    guard(
      'initialization',
      (async () => {
        if (supportsConfigurationChange) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'partitionLens' });
        if (supportsFolderChanges) {
          connection.workspace.onDidChangeWorkspaceFolders((e) => {
            const folders = workspace.getFolders().filter((f) => !e.removed.some((r) => r.uri === f.uri));
            for (const a of e.added) {
              const p = uriToPath(a.uri);
              if (p) folders.push({ uri: a.uri, fsPath: p });
            }
            workspace.setFolders(folders);
            guard('rescanning the workspace', workspace.rescan());
          });
        }
        await engineReady;
        await workspace.rescan();
      })(),
    );
  });

  documents.onDidOpen((e) => {
    opening.add(e.document.uri);
    schedule(e.document.uri, 0);
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    // Also fired right after open, which already scheduled an immediate check.
    if (opening.delete(uri)) return;
    lastEdited = uri;
    guard(
      'scheduling a check',
      settings.get(uri).then((s) => {
        if (documents.get(uri)?.version === e.document.version) schedule(uri, s.debounceMs);
      }),
    );
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    const c = catalogTimers.get(uri);
    if (c) clearTimeout(c);
    catalogTimers.delete(uri);
    checked.delete(uri);
    caches.delete(uri);
    warned.delete(uri);
    lastFailure.delete(uri);
    tooLarge.delete(uri);
    recheckQueue.delete(uri);
    if (lastEdited === uri) lastEdited = undefined;
    // Host modules drop what they cached to re-check this document quickly.
    const closedFile = uriToPath(uri);
    if (closedFile) {
      const indexes = workspace.indexesFor(uri);
      for (const h of allHosts()) {
        try {
          h.documentClosed?.(closedFile, indexes.indexFor(h));
        } catch (e) {
          error(`Partition Lens: releasing ${uri} failed: ${errorText(e)}`);
        }
      }
    }
    settings.forget(uri);
    guard('clearing diagnostics', connection.sendDiagnostics({ uri, diagnostics: [] }));
    guard('closing a document', workspace.closeDocument(uri));
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    guard('rescanning after a settings change', workspace.rescan());
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((p) => {
    guard(
      'processing file changes',
      workspace.filesChanged(p.changes.map((c) => ({ uri: c.uri, deleted: c.type === FileChangeType.Deleted }))),
    );
  });

  // The pruning audit's statements: findings with the same SQL shape say the database ran them.
  connection.onNotification(RuntimeEvidenceNotification, (p: RuntimeEvidenceParams) => {
    try {
      evidence.set(p.connection, p.statements);
      recheckAll();
    } catch (e) {
      error(`Partition Lens: runtime evidence failed: ${errorText(e)}`);
    }
  });

  connection.onNotification(LiveCatalogNotification, (p: LiveCatalogParams) => {
    try {
      if (!workspace.setLiveCatalog(p)) return;
      log(p.connectionId === null ? 'Partition Lens: live catalog cleared' : `Partition Lens: live catalog with ${p.tables?.length ?? 0} tables from ${p.label ?? p.connectionId}`);
      recheckAll();
    } catch (e) {
      error(`Partition Lens: live catalog rejected: ${errorText(e)}`);
    }
  });

  connection.onRequest(CatalogSummaryRequest, async (): Promise<CatalogSummaryResult> => {
    try {
      const folder = workspace.getFolders()[0];
      const s = folder ? await settings.get(folder.uri) : undefined;
      const view = s ? workspace.catalogFor(s) : workspace.snapshot();
      return {
        tables: view.tables().map((t) => ({
          name: displayName(t.schema, t.name),
          strategy: t.strategy,
          key: keyText(t.key),
          partitions: t.partitions.length,
          source: t.source?.file ? `${workspace.displayPath(t.source.file)}${t.source.line ? `:${t.source.line}` : ''}` : (t.source?.kind ?? 'unknown'),
        })),
      };
    } catch (e) {
      error(`Partition Lens: catalog summary failed: ${errorText(e)}`);
      return { tables: [] };
    }
  });

  connection.onHover((p): Hover | null => {
    try {
      const c = checked.get(p.textDocument.uri);
      const doc = documents.get(p.textDocument.uri);
      if (!c || !doc || c.version !== doc.version) return null;
      const offset = c.index.offset(p.position.line, p.position.character);
      const f = c.findings.find((x) => offset >= x.start && offset <= x.end);
      const fromFinding = f ? tableOfFinding(f, c.catalog) : undefined;
      const at = fromFinding ? { table: fromFinding, start: f!.start, end: f!.end } : tableAt(c.text, offset, c.catalog);
      if (!at) return null;
      const liveLabel = workspace.liveLabel();
      return {
        contents: { kind: 'markdown', value: describeTable(at.table, { displayPath: (x) => workspace.displayPath(x), ...(liveLabel ? { liveLabel } : {}) }) },
        range: { start: c.index.position(at.start), end: c.index.position(at.end) },
      };
    } catch (e) {
      error(`Partition Lens: hover failed: ${errorText(e)}`);
      return null;
    }
  });

  connection.onCodeAction((p): CodeAction[] => {
    try {
      const uri = p.textDocument.uri;
      const c = checked.get(uri);
      const doc = documents.get(uri);
      // Actions are computed from the findings of the version the client sees; a stale result gives none.
      if (!c || !doc || c.version !== doc.version) return [];
      const start = c.index.offset(p.range.start.line, p.range.start.character);
      const end = c.index.offset(p.range.end.line, p.range.end.character);
      const out: CodeAction[] = [];
      let considered = 0;
      for (const f of c.findings) {
        if (f.end < start || f.start > end) continue;
        // A selection over a huge generated file must not block the server: the first findings do.
        if (++considered > MAX_ACTION_FINDINGS) break;
        const diagnostic = toDiagnostic(f, c.index, uri);
        const plans = actionsFor(c.kind, c.text, f, tableOfFinding(f, c.catalog), error, workspace.indexesFor(uri));
        for (const plan of plans) {
          const range = (e: { start: number; end: number }) => ({ start: c.index.position(e.start), end: c.index.position(e.end) });
          // Snippet edits (tab stops the user fills) where the client supports them, else plain text with `…` holes.
          const snippets = supportsSnippetEdits && plan.edits.some((e) => e.snippet);
          const edit: WorkspaceEdit = snippets
            ? {
                documentChanges: [
                  {
                    textDocument: { uri, version: doc.version },
                    edits: plan.edits.map((e) => (e.snippet ? { range: range(e), snippet: { kind: 'snippet' as const, value: e.newText } } : { range: range(e), newText: e.newText })),
                  },
                ],
              }
            : { changes: { [uri]: plan.edits.map((e): TextEdit => ({ range: range(e), newText: e.snippet ? snippetToPlain(e.newText) : e.newText })) } };
          out.push({
            title: plan.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            ...(plan.preferred ? { isPreferred: true } : {}),
            edit,
          });
        }
      }
      return out;
    } catch (e) {
      error(`Partition Lens: code actions failed: ${errorText(e)}`);
      return [];
    }
  });

  documents.listen(connection);
}

/** Workspace keys are file paths for `file:` documents and URIs for the others. */
function keyToUri(key: string): string {
  return path.isAbsolute(key) ? pathToUri(key) : key;
}

function first<T>(set: ReadonlySet<T>): T | undefined {
  for (const v of set) return v;
  return undefined;
}
