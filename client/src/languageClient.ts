/**
 * Starts the Partition Lens language server (`dist/server.js`) over IPC and exposes what the
 * rest of the client needs: sending the live catalog, asking for the catalog summary, stopping.
 * `extension.ts` calls `startLanguageClient(context)` once during activation.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CatalogSummaryRequest, DOCUMENT_LANGUAGES, LiveCatalogNotification, RuntimeEvidenceNotification, type CatalogSummaryResult, type LiveCatalogParams, type RuntimeEvidenceParams } from '../../server/src/protocol';

export interface LanguageClientHandle {
  readonly client: LanguageClient;
  /** Sends (or with `connectionId: null` clears) the live database catalog. */
  sendLiveCatalog(params: LiveCatalogParams): Promise<void>;
  /** The tables the server currently knows (workspace DDL, settings and live catalog merged). */
  catalogSummary(): Promise<CatalogSummaryResult>;
  stop(): Promise<void>;
}

/** Files whose changes can change the catalog or the ORM model index. */
const WATCHED_FILES = '**/*.{sql,rb,rake,py,ts,tsx,mts,cts,js,jsx,mjs,cjs,prisma}';

let current: LanguageClientHandle | undefined;
/** The last live catalog, re-sent when the server (re)starts after it was set. */
let pendingLive: LiveCatalogParams | undefined;

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClientHandle> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { fileEvents: watcher },
    diagnosticCollectionName: 'partition-lens',
  };
  const client = new LanguageClient('partitionLens', 'Partition Lens', serverOptions, clientOptions);
  await client.start();

  const handle: LanguageClientHandle = {
    client,
    async sendLiveCatalog(params) {
      pendingLive = params.connectionId === null ? undefined : params;
      await client.sendNotification(LiveCatalogNotification, params);
    },
    catalogSummary: () => client.sendRequest(CatalogSummaryRequest, undefined),
    stop: () => client.stop(),
  };
  current = handle;
  if (pendingLive) await client.sendNotification(LiveCatalogNotification, pendingLive);
  if (pendingEvidence) await client.sendNotification(RuntimeEvidenceNotification, pendingEvidence);
  context.subscriptions.push({
    dispose: () => {
      if (current === handle) current = undefined;
      // Deactivation waits for the returned promise through the client's own dispose.
      client.stop().catch(() => undefined);
    },
  });
  return handle;
}

/**
 * Sends the live catalog to the running server. Called by the database client code; when the
 * server is not running yet, the catalog is kept and sent as soon as it starts.
 */
export async function sendLiveCatalog(params: LiveCatalogParams): Promise<void> {
  pendingLive = params.connectionId === null ? undefined : params;
  if (current) await current.client.sendNotification(LiveCatalogNotification, params);
}

let pendingEvidence: RuntimeEvidenceParams | undefined;

/** Sends the pruning audit's statements to the server (kept for a server that starts later). */
export async function sendRuntimeEvidence(params: RuntimeEvidenceParams): Promise<void> {
  pendingEvidence = params;
  if (current) await current.client.sendNotification(RuntimeEvidenceNotification, params);
}
