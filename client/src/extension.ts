/**
 * VS Code entry point: builds the config reader, the output channel logger, the connection
 * manager, the catalog service, the explorer tree, the status bar and the command table, starts
 * the language client, and feeds it the live catalog of the active connection. Everything it
 * creates is owned by `context.subscriptions`.
 */
import * as vscode from 'vscode';
import { CatalogService, type CatalogSnapshotData } from './catalog/service';
import { allCommands, registerCommands } from './commands/index';
import type { CommandContext } from './commands/types';
import { CONFIG_SECTION, parseConfig, type Config, type StoredConnection } from './config';
import { ConnectionManager } from './connections/manager';
import { ExplorerModel } from './explorer/model';
import { tableNodeId, schemaNodeId, type ExplorerNode } from './explorer/nodes';
import { ExplorerProvider } from './explorer/provider';
import { sendLiveCatalog, sendRuntimeEvidence, startLanguageClient } from './languageClient';
import { Logger } from './log';
import { ConnectionStatusBar } from './statusBar';
import { makePickers } from './commands/pick';
import { parseWriteSettings } from './commands/write/ui';
import { copyDocument, saveDocumentAs, VsCodeUi } from './vscodeUi';

/** What `activate` returns (used by the extension-host tests through `extension.exports`). */
export interface PartitionLensApi {
  readonly connections: ConnectionManager;
  readonly catalog: CatalogService;
  readonly explorer: ExplorerModel;
  /** The tree data provider of `partitionLens.explorer` (tests read the rendered TreeItems). */
  readonly provider: ExplorerProvider;
  refresh(node?: ExplorerNode): void;
}

let connectionsForDeactivate: ConnectionManager | undefined;

export function activate(context: vscode.ExtensionContext): PartitionLensApi {
  const readConfig = (): Config => parseConfig((key) => vscode.workspace.getConfiguration(CONFIG_SECTION).get(key));
  const output = vscode.window.createOutputChannel('Partition Lens');
  context.subscriptions.push(output);
  const log = new Logger(output);

  const connections = new ConnectionManager({
    secrets: context.secrets,
    profiles: {
      async save(list: readonly StoredConnection[]) {
        const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
        await vscode.workspace.getConfiguration(CONFIG_SECTION).update('connections', list, target);
      },
    },
    state: context.workspaceState,
    logger: log,
    askPassword: (profile, label, reason) =>
      Promise.resolve(
        vscode.window.showInputBox({
          title: `Password for ${profile.name}`,
          prompt: `${reason ? `${reason} ` : ''}${label} — stored in VS Code SecretStorage when the connection works.`,
          password: true,
          ignoreFocusOut: true,
        }),
      ),
    config: readConfig,
    workspaceDir: () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
  });
  connectionsForDeactivate = connections;
  context.subscriptions.push({ dispose: () => void connections.dispose() });

  const catalog = new CatalogService(
    { db: (id) => connections.connected(id)?.db, label: (id) => connections.get(id)?.label ?? id },
    readConfig,
  );
  const model = new ExplorerModel(connections, catalog);
  const provider = new ExplorerProvider(model, connections);
  const tree = vscode.window.createTreeView('partitionLens.explorer', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, tree, new ConnectionStatusBar(connections));

  // Live catalog for the language server: sent after each (re)load of the active connection's
  // catalog (whoever triggered it), cleared when no connection is active. Each snapshot is sent once.
  let sentFor: string | null = null;
  let lastSent: CatalogSnapshotData | undefined;
  const sendData = (id: string, data: CatalogSnapshotData): void => {
    if (connections.active()?.id !== id || !readConfig().liveCatalog || data === lastSent) return;
    lastSent = data;
    sentFor = id;
    log.info(`Live catalog of ${connections.get(id)?.label ?? id}: ${data.tables.length} partitioned tables sent to the language server.`);
    sendLiveCatalog({ connectionId: id, label: connections.get(id)?.label, tables: data.tables, searchPath: data.searchPath, serverVersionNum: data.serverVersionNum }).catch((e: unknown) =>
      log.error(`live catalog: ${(e as Error).message}`),
    );
  };
  const sendLive = (id: string | null): void => {
    if (id === null || !readConfig().liveCatalog) {
      if (sentFor !== null) {
        sentFor = null;
        lastSent = undefined;
        sendLiveCatalog({ connectionId: null, tables: [] }).catch((e: unknown) => log.error(`live catalog: ${(e as Error).message}`));
      }
      return;
    }
    catalog.catalog(id).then(
      (data) => sendData(id, data),
      (e: unknown) => log.error(`Loading the catalog of ${connections.get(id)?.label ?? id} failed: ${(e as Error).message}`),
    );
  };
  context.subscriptions.push(
    catalog.onDidLoadCatalog(sendData),
    connections.onDidChange(() => {
      // Connection states change the shape of the root (leaf ↔ expandable), so the root is redrawn;
      // the catalogs behind expanded nodes stay cached.
      provider.fire();
      const active = connections.active();
      if (!active) sendLive(null);
      else if (active.id !== sentFor) sendLive(active.id);
    }),
  );

  const refresh = (node?: ExplorerNode): void => {
    if (!node) {
      model.invalidate();
      provider.fire();
      const a = connections.active();
      if (a) sendLive(a.id);
      return;
    }
    model
      .refreshNode(node)
      .then((id) => {
        provider.fire(id);
        const a = connections.active();
        if (a && 'connectionId' in node && node.connectionId === a.id) sendLive(a.id);
      })
      .catch((e: unknown) => log.error(`refresh: ${(e as Error).message}`));
  };

  const ui = new VsCodeUi();
  context.subscriptions.push(ui);
  const { pickConnection, pickTable } = makePickers(connections, catalog, ui);

  const ctx: CommandContext = {
    connections,
    catalog,
    ui,
    log,
    output,
    config: readConfig,
    writeSettings: () => parseWriteSettings((key) => vscode.workspace.getConfiguration(CONFIG_SECTION).get(key)),
    refresh,
    async refreshTable(connectionId, schema, name) {
      catalog.invalidate(connectionId);
      const node = model.node(tableNodeId(connectionId, schema, name));
      if (node) refresh(node);
      else provider.fire(model.node(schemaNodeId(connectionId, schema)) ? schemaNodeId(connectionId, schema) : `conn:${encodeURIComponent(connectionId)}`);
      if (connections.active()?.id === connectionId) sendLive(connectionId);
    },
    pickConnection,
    pickTable,
    publishRuntimeEvidence(params) {
      sendRuntimeEvidence(params).catch((e: unknown) => log.error(`runtime evidence: ${(e as Error).message}`));
    },
  };

  /** Run only runs a non-destructive review, Drop for Good only a destructive one. */
  const decideReview = (uri: unknown, run: boolean, destructive: boolean | undefined): boolean => {
    const key = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : undefined;
    const isDestructive = ui.isDestructive(key);
    if (isDestructive === undefined) throw new Error('There is no plan waiting for review.');
    if (destructive !== undefined && destructive !== isDestructive) throw new Error(isDestructive ? 'This plan drops data: use "Drop for Good".' : 'Use "Run" for this plan.');
    return ui.decide(key, run);
  };

  context.subscriptions.push(
    ...registerCommands(ctx, allCommands(), {
      'partitionLens.loadMore': async (node: unknown) => {
        const n = node as ExplorerNode | undefined;
        if (n?.kind !== 'loadMore') throw new Error('"Load more…" works from the explorer.');
        provider.fire(await model.loadMore(n));
      },
      // The buttons of the read-only documents act on the VS Code UI that owns them.
      'partitionLens.reviewRun': (uri: unknown) => decideReview(uri, true, false),
      'partitionLens.reviewDrop': (uri: unknown) => decideReview(uri, true, true),
      'partitionLens.reviewCancel': (uri: unknown) => decideReview(uri, false, undefined),
      'partitionLens.saveDocumentAs': (uri: unknown) => saveDocumentAs(ui, uri instanceof vscode.Uri ? uri : undefined),
      'partitionLens.copyDocument': (uri: unknown) => copyDocument(ui, uri instanceof vscode.Uri ? uri : undefined),
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      connections.reload();
      refresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => connections.reload()),
  );

  // The connection that was active before a window reload is connected again.
  connections.restoreActive().then(
    (e) => {
      if (e?.state === 'error') log.error(`Restoring the active connection ${e.label} failed: ${e.error ?? ''}`);
    },
    (e: unknown) => log.error(`Restoring the active connection failed: ${(e as Error).message}`),
  );

  startLanguageClient(context).catch((e: unknown) => log.error(`The language server did not start: ${(e as Error).message}`));

  // Problems found while discovering connections (e.g. a broken database.yml) go to the log.
  for (const p of connections.problems()) log.info(`Connection discovery: ${p}`);
  return { connections, catalog, explorer: model, provider, refresh };
}

export async function deactivate(): Promise<void> {
  await connectionsForDeactivate?.dispose();
}
