/**
 * Read-side commands: connections (add, edit, remove, connect, disconnect, reconnect, switch the
 * active one, forget a password), refresh, "Load more…", and small helpers. Write commands live in
 * `./write/` (another module) and join these in `./index.ts`.
 */
import { normalizeSslMode, parseDatabaseUrl, profileLabel, redactUrl, SSL_MODES, type SslMode } from '../../../server/src/db/connection';
import { displayName } from '../../../server/src/engine/catalog/model';
import type { StoredConnection } from '../config';
import type { ExplorerNode } from '../explorer/nodes';
import type { UiPort } from './port';
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
    ctx.ui.info('Partition Lens: no matching connection. Use "Partition Lens: Add Connection" first.');
    return undefined;
  }
  if (entries.length === 1) return entries[0]!.profile.id;
  const pick = await ctx.ui.pick(
    entries.map((e) => ({ label: e.profile.name, description: `${e.label} · ${e.state}`, id: e.profile.id })),
    { placeHolder },
  );
  return pick?.id;
}

/** What the Add/Edit Connection prompts collected. */
export interface ConnectionAnswers extends Partial<StoredConnection> {
  readonly password?: string;
}

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

/** The connection to store (no password) and the password for SecretStorage. */
function toStored(ctx: CommandContext, args: ConnectionAnswers, existing?: StoredConnection): { conn: StoredConnection; password?: string } {
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
  return { conn, password };
}

/** The SSL modes with the one a connection uses (or the default, `prefer`) highlighted. */
export function sslModeItems(current: SslMode | undefined): { items: { label: SslMode; description?: string }[]; active: { label: SslMode; description?: string } } {
  const items = SSL_MODES.map((m) => ({
    label: m,
    description: [m === 'prefer' ? 'default: SSL when the server offers it' : undefined, m === current ? 'current' : undefined].filter(Boolean).join(' · ') || undefined,
  }));
  return { items, active: items.find((i) => i.label === (current ?? 'prefer'))! };
}

async function askConnection(ui: UiPort, existing?: ConnectionAnswers): Promise<ConnectionAnswers | undefined> {
  const kinds = [
    { label: 'Connection URL', description: 'postgres://user@host:5432/database', value: 'url' },
    { label: 'Host, port, database and user', value: 'fields' },
  ];
  const how = existing ? (existing.url ? 'url' : 'fields') : (await ui.pick(kinds, { placeHolder: 'How do you want to connect?', active: kinds[0] }))?.value;
  if (!how) return undefined;
  let url: string | undefined;
  let host: string | undefined;
  let port: number | undefined;
  let database: string | undefined;
  let user: string | undefined;
  if (how === 'url') {
    url = await ui.input({
      title: 'Connection URL',
      prompt: 'postgres://user@host:5432/database?sslmode=prefer — a password in the URL is moved to SecretStorage',
      value: existing?.url,
      validate: (v) => {
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
    host = await ui.input({ title: 'Host', value: existing?.host ?? 'localhost' });
    if (host === undefined) return undefined;
    const p = await ui.input({ title: 'Port', value: String(existing?.port ?? 5432), validate: (v) => (/^\d{1,5}$/.test(v.trim()) ? undefined : 'A port number, e.g. 5432') });
    if (p === undefined) return undefined;
    port = Number(p);
    database = await ui.input({ title: 'Database', value: existing?.database });
    if (database === undefined) return undefined;
    user = await ui.input({ title: 'User', value: existing?.user });
    if (user === undefined) return undefined;
  }
  const fromUrl = url ? parseDatabaseUrl(url).sslmode : undefined;
  const ssl = sslModeItems(fromUrl ?? existing?.sslmode);
  const sslPick = await ui.pick(ssl.items, { placeHolder: 'sslmode (Enter keeps the highlighted one)', active: ssl.active });
  if (!sslPick) return undefined;
  let sslRootCert = existing?.sslRootCert;
  if (sslPick.label === 'verify-full') sslRootCert = (await ui.pickFile('CA certificate (optional; cancel to use the system CAs)')) ?? sslRootCert;
  else sslRootCert = undefined;
  const name = await ui.input({ title: 'Name of this connection', value: existing?.name ?? (url ? (parseDatabaseUrl(url).database ?? 'database') : database) });
  if (!name) return undefined;
  const hasUrlPassword = url ? parseDatabaseUrl(url).password !== undefined : false;
  let password: string | undefined;
  if (!hasUrlPassword) {
    password = await ui.input({ title: 'Password (stored in VS Code SecretStorage; leave empty for none or to keep the stored one)', password: true });
    if (password === undefined) return undefined;
  }
  return { id: existing?.id, name, url, host, port, database, user, sslmode: normalizeSslMode(sslPick.label), sslRootCert, password: password || undefined };
}

/**
 * Asks for a connection, tests it, and saves it — a connection that failed its test is saved only
 * when the user says so ("Save Anyway"); "Edit Again" returns to the prompts with the answers kept.
 * Returns the saved id and whether the test succeeded, or undefined when cancelled.
 */
async function askTestAndSave(ctx: CommandContext, existing?: StoredConnection): Promise<{ id: string; ok: boolean } | undefined> {
  let draft: ConnectionAnswers | undefined = existing;
  for (;;) {
    const args = await askConnection(ctx.ui, draft);
    if (!args) return undefined;
    const { conn, password } = toStored(ctx, args, existing);
    const result = await ctx.connections.test({ ...conn, source: 'settings' }, password, existing ? existing.id : undefined);
    if (result.ok) {
      ctx.log.info(`Connection test of "${conn.name}" (${profileLabel({ ...conn, source: 'settings' })}) succeeded: server ${result.serverVersionNum}.`);
      await ctx.connections.save(conn, password);
      ctx.log.info(`Saved connection "${conn.name}".`);
      return { id: conn.id, ok: true };
    }
    const choice = await ctx.ui.ask(`The connection "${conn.name}" failed: ${result.error}`, {
      detail: 'Edit it again, or save it anyway (it stays disconnected)? Cancel saves nothing.',
      choices: ['Edit Again', 'Save Anyway'],
    });
    if (choice === 'Save Anyway') {
      await ctx.connections.save(conn, password);
      ctx.log.info(`Saved connection "${conn.name}" although its test failed.`);
      return { id: conn.id, ok: false };
    }
    if (choice !== 'Edit Again') return undefined;
    draft = { ...args, id: conn.id };
  }
}

async function connectAndReport(ctx: CommandContext, id: string): Promise<void> {
  const e = await ctx.connections.connect(id);
  if (e.state === 'connected') {
    await ctx.connections.setActive(id);
  } else if (e.state === 'error') {
    ctx.ui.error(`Partition Lens: ${e.error ?? 'connection failed'}`);
  }
  ctx.refresh();
}

export const readCommands: CommandSpec[] = [
  command({
    id: 'partitionLens.addConnection',
    title: 'Add Connection',
    icon: 'add',
    menus: { title: { group: 'navigation@1' } },
    async handler(ctx) {
      const saved = await askTestAndSave(ctx);
      if (!saved) return undefined;
      if (saved.ok) await connectAndReport(ctx, saved.id);
      else ctx.refresh();
      return saved.id;
    },
  }),
  command({
    id: 'partitionLens.editConnection',
    title: 'Edit Connection',
    icon: 'edit',
    menus: { item: [{ when: 'viewItem =~ /^connection\\./', group: '2_manage@1' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection to edit');
      if (!id) return;
      const existing = ctx.config().connections.find((c) => c.id === id);
      if (!existing) {
        throw new Error(`"${ctx.connections.get(id)?.profile.name ?? id}" comes from the environment (DATABASE_URL, .env, PG* or database.yml); edit it there, or add a connection of your own.`);
      }
      const saved = await askTestAndSave(ctx, existing);
      if (!saved) return;
      await ctx.connections.disconnect(id);
      if (saved.ok) await connectAndReport(ctx, id);
      else ctx.refresh();
    },
  }),
  command({
    id: 'partitionLens.removeConnection',
    title: 'Remove Connection',
    icon: 'trash',
    menus: { item: [{ when: 'viewItem =~ /^connection\\./', group: '2_manage@9' }] },
    async handler(ctx, arg) {
      const id = await pickEntry(ctx, arg, 'Connection to remove');
      if (!id) return;
      const entry = ctx.connections.get(id);
      if (!ctx.config().connections.some((c) => c.id === id)) {
        throw new Error(`"${entry?.profile.name ?? id}" comes from the environment; remove it there (or turn off partitionLens.discoverConnections).`);
      }
      const ok = await ctx.ui.ask(`Remove the connection "${entry?.profile.name ?? id}" and its stored password?`, { choices: ['Remove'] });
      if (ok !== 'Remove') return;
      await ctx.connections.remove(id);
      ctx.refresh();
    },
  }),
  command({
    id: 'partitionLens.connect',
    title: 'Connect',
    icon: 'plug',
    menus: { item: [{ when: 'viewItem == connection.disconnected', group: 'inline' }, { when: 'viewItem =~ /^connection\\.(disconnected|error)$/', group: '1_connect@1' }] },
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
      ctx.ui.info(`Partition Lens: the stored password of "${ctx.connections.get(id)?.profile.name ?? id}" was removed.`);
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
      // Refreshing everything also re-discovers .env / database.yml / DATABASE_URL connections.
      if (!isNode(arg)) ctx.connections.reload();
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
    async handler(ctx, arg) {
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
      await ctx.ui.copy(name);
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
