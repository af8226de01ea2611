/**
 * Read-side commands: connections (add, edit, remove, connect, disconnect, reconnect, switch the
 * active one, forget a password), refresh, "Load more…", and small helpers. Write commands live in
 * `./write/` (another module) and join these in `./index.ts`.
 */
import * as vscode from 'vscode';
import { normalizeSslMode, parseDatabaseUrl, profileLabel, redactUrl, SSL_MODES } from '../../../server/src/db/connection';
import { displayName } from '../../../server/src/engine/catalog/model';
import type { StoredConnection } from '../config';
import type { ExplorerNode } from '../explorer/nodes';
import { command, type CommandContext, type CommandSpec } from './types';

const isNode = (v: unknown): v is ExplorerNode => typeof v === 'object' && v !== null && 'kind' in v && 'id' in v;

/** The connection id of a node argument, an id string argument, or undefined. */
function connectionIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (isNode(arg) && 'connectionId' in arg) return arg.connectionId;
  return undefined;
}

async function pickEntry(ctx: CommandContext, arg: unknown, placeHolder: string, filter?: (state: string) => boolean): Promise<string | undefined> {
  const id = connectionIdOf(arg);
  if (id) return id;
  const entries = ctx.connections.list().filter((e) => !filter || filter(e.state));
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('Partition Lens: no matching connection. Use "Partition Lens: Add Connection" first.');
    return undefined;
  }
  if (entries.length === 1) return entries[0]!.profile.id;
  const pick = await vscode.window.showQuickPick(
    entries.map((e) => ({ label: e.profile.name, description: `${e.label} · ${e.state}`, id: e.profile.id })),
    { placeHolder },
  );
  return pick?.id;
}

/** Options accepted by Add/Edit Connection without UI (scripts and the E2E suite). */
export interface ConnectionArgs extends Partial<StoredConnection> {
  readonly password?: string;
  /** Connect right after saving. */
  readonly connect?: boolean;
}

const isConnectionArgs = (v: unknown): v is ConnectionArgs => typeof v === 'object' && v !== null && !isNode(v) && ('url' in v || 'host' in v || 'database' in v);

/** Moves a password out of a URL (it belongs in SecretStorage, not settings). */
export function splitUrlPassword(url: string): { url: string; password?: string } {
  const t = parseDatabaseUrl(url);
  if (t.password === undefined) return { url };
  const u = new URL(url);
  u.password = '';
  u.searchParams.delete('password');
  return { url: u.toString(), password: t.password };
}

function newId(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'connection';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}

async function saveConnection(ctx: CommandContext, args: ConnectionArgs, existing?: StoredConnection): Promise<string> {
  let url = args.url;
  let password = args.password;
  if (url) {
    parseDatabaseUrl(url); // validates, with a clear message
    const split = splitUrlPassword(url);
    url = split.url;
    password = password ?? split.password;
  }
  const name = args.name ?? existing?.name ?? (url ? (parseDatabaseUrl(url).database ?? 'database') : (args.database ?? 'database'));
  const id = args.id ?? existing?.id ?? newId(name, ctx.config().connections.map((c) => c.id));
  const conn: StoredConnection = {
    id,
    name,
    url,
    host: url ? undefined : args.host,
    port: url ? undefined : args.port,
    database: url ? undefined : args.database,
    user: url ? undefined : args.user,
    sslmode: args.sslmode,
    sslRootCert: args.sslRootCert,
  };
  await ctx.connections.save(conn, password);
  ctx.log.info(`Saved connection "${name}" (${profileLabel({ ...conn, source: 'settings' })}).`);
  return id;
}

async function askConnection(existing?: StoredConnection): Promise<ConnectionArgs | undefined> {
  const how = existing
    ? existing.url
      ? 'url'
      : 'fields'
    : (
        await vscode.window.showQuickPick(
          [
            { label: 'Connection URL', description: 'postgres://user@host:5432/database', value: 'url' },
            { label: 'Host, port, database and user', value: 'fields' },
          ],
          { placeHolder: 'How do you want to connect?' },
        )
      )?.value;
  if (!how) return undefined;
  let url: string | undefined;
  let host: string | undefined;
  let port: number | undefined;
  let database: string | undefined;
  let user: string | undefined;
  if (how === 'url') {
    url = await vscode.window.showInputBox({
      title: 'Connection URL',
      prompt: 'postgres://user@host:5432/database?sslmode=prefer — a password in the URL is moved to SecretStorage',
      value: existing?.url,
      ignoreFocusOut: true,
      validateInput: (v) => {
        try {
          parseDatabaseUrl(v.trim());
          return undefined;
        } catch (e) {
          return (e as Error).message;
        }
      },
    });
    if (!url) return undefined;
    url = url.trim();
  } else {
    host = await vscode.window.showInputBox({ title: 'Host', value: existing?.host ?? 'localhost', ignoreFocusOut: true });
    if (host === undefined) return undefined;
    const p = await vscode.window.showInputBox({
      title: 'Port',
      value: String(existing?.port ?? 5432),
      ignoreFocusOut: true,
      validateInput: (v) => (/^\d{1,5}$/.test(v.trim()) ? undefined : 'A port number, e.g. 5432'),
    });
    if (p === undefined) return undefined;
    port = Number(p);
    database = await vscode.window.showInputBox({ title: 'Database', value: existing?.database, ignoreFocusOut: true });
    if (database === undefined) return undefined;
    user = await vscode.window.showInputBox({ title: 'User', value: existing?.user, ignoreFocusOut: true });
    if (user === undefined) return undefined;
  }
  const ssl = await vscode.window.showQuickPick(
    SSL_MODES.map((m) => ({ label: m, picked: m === (existing?.sslmode ?? 'prefer') })),
    { placeHolder: 'sslmode (prefer: SSL when the server offers it)' },
  );
  if (!ssl) return undefined;
  let sslRootCert: string | undefined;
  if (ssl.label === 'verify-full') {
    const files = await vscode.window.showOpenDialog({ title: 'CA certificate (optional; cancel to use the system CAs)', canSelectMany: false });
    sslRootCert = files?.[0]?.fsPath;
  }
  const name = await vscode.window.showInputBox({
    title: 'Name of this connection',
    value: existing?.name ?? (url ? (parseDatabaseUrl(url).database ?? 'database') : database),
    ignoreFocusOut: true,
  });
  if (!name) return undefined;
  const hasUrlPassword = url ? parseDatabaseUrl(url).password !== undefined : false;
  let password: string | undefined;
  if (!hasUrlPassword) {
    password = await vscode.window.showInputBox({
      title: 'Password (stored in VS Code SecretStorage; leave empty for none or to keep the stored one)',
      password: true,
      ignoreFocusOut: true,
    });
    if (password === undefined) return undefined;
  }
  return { name, url, host, port, database, user, sslmode: normalizeSslMode(ssl.label), sslRootCert, password: password || undefined, connect: true };
}

async function connectAndReport(ctx: CommandContext, id: string): Promise<void> {
  const e = await ctx.connections.connect(id);
  if (e.state === 'connected') {
    await ctx.connections.setActive(id);
  } else if (e.state === 'error') {
    void vscode.window.showErrorMessage(`Partition Lens: ${e.error ?? 'connection failed'}`);
  }
  ctx.refresh();
}

export const readCommands: CommandSpec[] = [
  command({
    id: 'partitionLens.addConnection',
    title: 'Add Connection',
    icon: 'add',
    menus: { title: { group: 'navigation@1' } },
    async handler(ctx, arg) {
      const args = isConnectionArgs(arg) ? arg : await askConnection();
      if (!args) return undefined;
      const id = await saveConnection(ctx, args);
      if (args.connect !== false) await connectAndReport(ctx, id);
      return id;
    },
  }),
  command({
    id: 'partitionLens.editConnection',
    title: 'Edit Connection',
    icon: 'edit',
    menus: { item: [{ when: 'viewItem =~ /^connection\\./', group: '2_manage@1' }] },
    async handler(ctx, arg, maybeArgs) {
      const id = await pickEntry(ctx, arg, 'Connection to edit');
      if (!id) return;
      const existing = ctx.config().connections.find((c) => c.id === id);
      if (!existing) {
        throw new Error(`"${ctx.connections.get(id)?.profile.name ?? id}" comes from the environment (DATABASE_URL, .env, PG* or database.yml); edit it there, or add a connection of your own.`);
      }
      const args = isConnectionArgs(maybeArgs) ? maybeArgs : await askConnection(existing);
      if (!args) return;
      await ctx.connections.disconnect(id);
      await saveConnection(ctx, { ...args, id }, existing);
      if (args.connect !== false) await connectAndReport(ctx, id);
    },
  }),
  command({
    id: 'partitionLens.removeConnection',
    title: 'Remove Connection',
    icon: 'trash',
    menus: { item: [{ when: 'viewItem =~ /^connection\\./', group: '2_manage@9' }] },
    async handler(ctx, arg, confirmed) {
      const id = await pickEntry(ctx, arg, 'Connection to remove');
      if (!id) return;
      const entry = ctx.connections.get(id);
      if (!ctx.config().connections.some((c) => c.id === id)) {
        throw new Error(`"${entry?.profile.name ?? id}" comes from the environment; remove it there (or turn off partitionLens.discoverConnections).`);
      }
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage(`Remove the connection "${entry?.profile.name ?? id}" and its stored password?`, { modal: true }, 'Remove');
        if (ok !== 'Remove') return;
      }
      await ctx.connections.remove(id);
      ctx.refresh();
    },
  }),
  command({
    id: 'partitionLens.connect',
    title: 'Connect',
    icon: 'plug',
    menus: { item: [{ when: 'viewItem == connection.disconnected', group: 'inline' }, { when: 'viewItem =~ /^connection\\.(disconnected|error)/', group: '1_connect@1' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection to open', (s) => s !== 'connected');
      if (id) await connectAndReport(ctx, id);
    },
  }),
  command({
    id: 'partitionLens.reconnect',
    title: 'Reconnect',
    icon: 'debug-restart',
    menus: { item: [{ when: 'viewItem =~ /^(connection\\.error|error\\.connection)$/', group: 'inline' }, { when: 'viewItem == connection.connected', group: '1_connect@2' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection to reconnect');
      if (!id) return;
      ctx.catalog.invalidate(id);
      await connectAndReport(ctx, id);
    },
  }),
  command({
    id: 'partitionLens.disconnect',
    title: 'Disconnect',
    icon: 'debug-disconnect',
    menus: { item: [{ when: 'viewItem == connection.connected', group: 'inline' }, { when: 'viewItem == connection.connected', group: '1_connect@3' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection to close', (s) => s === 'connected' || s === 'error');
      if (!id) return;
      await ctx.connections.disconnect(id);
      ctx.catalog.invalidate(id);
      ctx.refresh();
    },
  }),
  command({
    id: 'partitionLens.setActiveConnection',
    title: 'Switch Active Connection',
    icon: 'check',
    menus: { item: [{ when: 'viewItem == connection.connected', group: '1_connect@0' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection the linter and commands use');
      if (!id) return;
      const e = ctx.connections.get(id);
      if (e?.state !== 'connected') await ctx.connections.connect(id);
      if (ctx.connections.get(id)?.state !== 'connected') throw new Error(ctx.connections.get(id)?.error ?? 'The connection failed.');
      await ctx.connections.setActive(id);
      ctx.refresh();
    },
  }),
  command({
    id: 'partitionLens.forgetPassword',
    title: 'Forget Stored Password',
    menus: { item: [{ when: 'viewItem =~ /^connection\\./', group: '2_manage@5' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection whose password to forget');
      if (!id) return;
      await ctx.connections.forgetPassword(id);
      void vscode.window.showInformationMessage(`Partition Lens: the stored password of "${ctx.connections.get(id)?.profile.name ?? id}" was removed.`);
    },
  }),
  command({
    id: 'partitionLens.refresh',
    title: 'Refresh',
    icon: 'refresh',
    menus: {
      title: { group: 'navigation@9' },
      item: [{ when: 'viewItem =~ /^(connection\\.connected|schema|partitionedTable\\.|partition\\.partitioned)/', group: 'inline' }],
    },
    handler(ctx, arg) {
      ctx.refresh(isNode(arg) ? arg : undefined);
    },
  }),
  command({
    id: 'partitionLens.loadMore',
    title: 'Load More Partitions',
    when: false,
    handler() {
      // Replaced in extension.ts, which owns the tree model; kept here so the table lists it.
      throw new Error('Load more is only available from the explorer.');
    },
  }),
  command({
    id: 'partitionLens.copyName',
    title: 'Copy Qualified Name',
    icon: 'copy',
    when: false,
    menus: { item: [{ when: 'viewItem =~ /^(partitionedTable|partition|table)\\./', group: '9_copy@1' }] },
    async handler(_ctx, arg) {
      if (!isNode(arg)) throw new Error('Copy Qualified Name works on a table or partition in the explorer.');
      const name =
        arg.kind === 'table'
          ? displayName(arg.table.schema, arg.table.name)
          : arg.kind === 'partition'
            ? displayName(arg.partition.schema, arg.partition.name)
            : arg.kind === 'largeTable'
              ? displayName(arg.table.schema, arg.table.name)
              : undefined;
      if (!name) throw new Error('Copy Qualified Name works on a table or partition in the explorer.');
      await vscode.env.clipboard.writeText(name);
    },
  }),
  command({
    id: 'partitionLens.showOutput',
    title: 'Show SQL Log',
    icon: 'output',
    menus: { title: { group: '9_log@1' } },
    handler(ctx) {
      ctx.output.show(true);
    },
  }),
];

/** A URL for messages (never with the password). */
export function safeUrl(url: string): string {
  return redactUrl(url);
}
