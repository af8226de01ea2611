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
import { ConnectionManager, type ActiveConnection } from './connections/manager';
import { ExplorerModel } from './explorer/model';
import { tableNodeId, schemaNodeId, type ExplorerNode } from './explorer/nodes';
import { ExplorerProvider } from './explorer/provider';
import { sendLiveCatalog, startLanguageClient } from './languageClient';
import { Logger } from './log';
import { ConnectionStatusBar } from './statusBar';
import { displayName } from '../../server/src/engine/catalog/model';
import type { TableSummary } from '../../server/src/db/introspect';

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
    sendLiveCatalog({ connectionId: id, label: connections.get(id)?.label, tables: data.tables, searchPath: data.searchPath }).catch((e: unknown) =>
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

  const pickConnection = async (node?: unknown): Promise<ActiveConnection | undefined> => {
    const fromNode = typeof node === 'object' && node !== null && 'connectionId' in node ? (node as { connectionId?: string }).connectionId : undefined;
    const id = fromNode ?? (typeof node === 'string' ? node : undefined);
    if (id) {
      const c = connections.connected(id) ?? (await connections.connect(id), connections.connected(id));
      if (!c) throw new Error(connections.get(id)?.error ?? `${connections.get(id)?.label ?? id} is not connected.`);
      return c;
    }
    const active = connections.active();
    if (active) return active;
    const live = connections.allConnected();
    if (live.length === 1) return live[0];
    const entries = connections.list();
    if (entries.length === 0) throw new Error('No database connection: use "Partition Lens: Add Connection" first.');
    const pick = await vscode.window.showQuickPick(
      entries.map((e) => ({ label: e.profile.name, description: `${e.label} · ${e.state}`, id: e.profile.id })),
      { placeHolder: 'Database to use' },
    );
    if (!pick) return undefined;
    await connections.connect(pick.id);
    const c = connections.connected(pick.id);
    if (!c) throw new Error(connections.get(pick.id)?.error ?? 'The connection failed.');
    await connections.setActive(pick.id);
    return c;
  };

  const pickTable = async (
    node?: unknown,
    filter?: (t: TableSummary) => boolean,
  ): Promise<{ connection: ActiveConnection; table: TableSummary } | undefined> => {
    const connection = await pickConnection(node);
    if (!connection) return undefined;
    const tables = await catalog.tables(connection.id);
    const n = node as ExplorerNode | undefined;
    const ref =
      n?.kind === 'table'
        ? n.table
        : n?.kind === 'partition'
          ? n.table
          : n?.kind === 'health'
            ? n.issue.table
            : undefined;
    if (ref) {
      const t = tables.find((x) => x.schema === ref.schema && x.name === ref.name);
      if (!t) throw new Error(`${displayName(ref.schema, ref.name)} is no longer a partitioned table in ${connection.label}.`);
      return { connection, table: t };
    }
    const candidates = filter ? tables.filter(filter) : tables;
    if (candidates.length === 0) throw new Error(`No suitable partitioned table in ${connection.label}.`);
    const pick = await vscode.window.showQuickPick(
      candidates.map((t) => ({ label: displayName(t.schema, t.name), description: `${t.strategy.toUpperCase()} (${t.keyDef}) · ${t.partitionCount} partitions`, t })),
      { placeHolder: 'Partitioned table', matchOnDescription: true },
    );
    return pick ? { connection, table: pick.t } : undefined;
  };

  const ctx: CommandContext = {
    extension: context,
    connections,
    catalog,
    log,
    output,
    config: readConfig,
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
  };

  context.subscriptions.push(
    ...registerCommands(ctx, allCommands(), {
      'partitionLens.loadMore': async (node: unknown) => {
        const n = node as ExplorerNode | undefined;
        if (n?.kind !== 'loadMore') throw new Error('"Load more…" works from the explorer.');
        provider.fire(await model.loadMore(n));
      },
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      connections.reload();
      refresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => connections.reload()),
  );

  startLanguageClient(context).catch((e: unknown) => log.error(`The language server did not start: ${(e as Error).message}`));

  // Problems found while discovering connections (e.g. a broken database.yml) go to the log.
  for (const p of connections.problems()) log.info(`Connection discovery: ${p}`);
  return { connections, catalog, explorer: model, provider, refresh };
}

export async function deactivate(): Promise<void> {
  await connectionsForDeactivate?.dispose();
}
