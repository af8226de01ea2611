// The client's vscode-free core against real PostgreSQL: the config reader, the connection manager
// (SecretStorage-only passwords, discovery, errors), the catalog service and the explorer model
// (connection → schema → table → partitions, health, pages, sub-partitions, error and empty
// nodes), plus the package.json contributions the command table relies on.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { freshDatabase, pgServers, type PgServer } from './helpers/db';
import { FIXTURE_SQL, HOSTILE_SCHEMA, HOSTILE_TABLE } from './db-introspect.fixture';
import { parseConfig, type StoredConnection } from '../client/src/config';
import { ConnectionManager, secretKey } from '../client/src/connections/manager';
import { CatalogService, type CatalogSnapshotData } from '../client/src/catalog/service';
import { ExplorerModel } from '../client/src/explorer/model';
import { describeConnection, describeNode, healthBadge, type ExplorerNode } from '../client/src/explorer/nodes';
import { Logger } from '../client/src/log';
import { allCommands, contributions } from '../client/src/commands/table';

void pgServers();

const root = path.resolve(__dirname, '..');

/** A test harness: settings, secrets and the services wired like extension.ts does. */
function harness(opts: { settings?: Record<string, unknown>; env?: Record<string, string>; askPassword?: (label: string) => string | undefined } = {}) {
  const settings: Record<string, unknown> = { discoverConnections: false, ...opts.settings };
  const secrets = new Map<string, string>();
  const lines: string[] = [];
  const log = new Logger({ appendLine: (l) => void lines.push(l) });
  const config = () => parseConfig((k) => settings[k]);
  const asked: string[] = [];
  const connections = new ConnectionManager({
    secrets: {
      get: async (k) => secrets.get(k),
      store: async (k, v) => void secrets.set(k, v),
      delete: async (k) => void secrets.delete(k),
    },
    profiles: {
      save: async (list: readonly StoredConnection[]) => {
        settings.connections = list;
      },
    },
    logger: log,
    config,
    env: opts.env ?? {},
    askPassword: opts.askPassword
      ? async (_p, label) => {
          asked.push(label);
          return opts.askPassword!(label);
        }
      : undefined,
  });
  const catalog = new CatalogService({ db: (id) => connections.connected(id)?.db, label: (id) => connections.get(id)?.label ?? id }, config, () => new Date('2026-04-15T00:00:00Z'));
  const model = new ExplorerModel(connections, catalog);
  return { settings, secrets, lines, connections, catalog, model, asked, config };
}

async function eachServer(t: TestContext, fn: (s: PgServer, url: string) => Promise<void>): Promise<void> {
  const { servers, skipped } = await pgServers();
  if (servers.length === 0) return t.skip('NO POSTGRESQL SERVER COULD BE STARTED: ' + skipped.join('; '));
  for (const s of servers) {
    await t.test(`PostgreSQL ${s.major}`, async () => {
      const fdb = await freshDatabase(s, 'client');
      const c = new pg.Client({ connectionString: fdb.url });
      await c.connect();
      try {
        await c.query(FIXTURE_SQL);
      } finally {
        await c.end();
      }
      try {
        await fn(s, fdb.url);
      } finally {
        await fdb.drop();
      }
    });
  }
}

const labels = (nodes: ExplorerNode[]): string[] => nodes.map((n) => (n.kind === 'connection' ? n.connectionId : describeNode(n).label));

test('config reader: defaults, clamping, connections without junk', () => {
  const c = parseConfig(() => undefined);
  assert.deepEqual(
    { ...c },
    {
      connections: [],
      discoverConnections: true,
      connectTimeoutMs: 10_000,
      queryTimeoutMs: 30_000,
      pageSize: 500,
      largeTableRows: 1_000_000,
      largeTableOverrides: {},
      periodsAhead: 1,
      checkDefaultRows: true,
      liveCatalog: true,
    },
  );
  const values: Record<string, unknown> = {
    connections: [{ id: 'a', url: 'postgres://x@y/z', sslmode: 'require', password: 'ignored' }, { name: 'b', sslmode: 'bogus', port: 6432 }, 'junk', {}],
    'explorer.pageSize': 3,
    connectTimeoutSeconds: 0.001,
    'health.largeTableOverrides': { 'public.a': 10, b: null, c: 'x' },
  };
  const d = parseConfig((k) => values[k]);
  assert.deepEqual(d.connections, [
    { id: 'a', name: 'a', url: 'postgres://x@y/z', host: undefined, port: undefined, database: undefined, user: undefined, sslmode: 'require', sslRootCert: undefined },
    { id: 'b', name: 'b', url: undefined, host: undefined, port: 6432, database: undefined, user: undefined, sslmode: undefined, sslRootCert: undefined },
  ]);
  assert.equal(d.pageSize, 10);
  assert.equal(d.connectTimeoutMs, 1000);
  assert.deepEqual(d.largeTableOverrides, { 'public.a': 10, b: null });
});

test('package.json: views, activation events, every read command contributed', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.ok(!pkg.activationEvents.includes('*'));
  for (const e of ['onLanguage:sql', 'onLanguage:ruby', 'onLanguage:typescript', 'onLanguage:javascript', 'onLanguage:python', 'workspaceContains:**/*.sql', 'workspaceContains:**/schema.prisma', 'workspaceContains:config/database.yml']) {
    assert.ok(pkg.activationEvents.includes(e), e);
  }
  assert.deepEqual(pkg.contributes.viewsContainers.activitybar.find((v: { id: string }) => v.id === 'partitionLens').title, 'Partition Lens');
  assert.ok(fs.existsSync(path.join(root, pkg.contributes.viewsContainers.activitybar[0].icon)));
  assert.equal(pkg.contributes.views.partitionLens[0].id, 'partitionLens.explorer');
  const src = fs.readFileSync(path.join(root, 'client/src/commands/read.ts'), 'utf8');
  const ids = [...src.matchAll(/id: '(partitionLens\.[A-Za-z]+)'/g)].map((m) => m[1]!);
  assert.ok(ids.length >= 10);
  const contributed = new Map<string, { category?: string }>(pkg.contributes.commands.map((c: { command: string; category?: string }) => [c.command, c]));
  for (const id of ids) {
    assert.ok(contributed.has(id), `${id} is in package.json`);
    assert.equal(contributed.get(id)!.category, 'Partition Lens');
  }
  // The one command table and package.json agree: every command, icon, menu entry and palette rule.
  const table = contributions(allCommands());
  const key = (e: object): string => JSON.stringify(e);
  assert.deepEqual(new Set(pkg.contributes.commands.map(key)), new Set(table.commands.map(key)), 'contributes.commands = the command table');
  for (const [where, entries] of Object.entries(table.menus)) {
    assert.deepEqual(new Set((pkg.contributes.menus[where] ?? []).map(key)), new Set(entries.map(key)), `menus.${where} = the command table`);
  }
  // Every menu entry names a contributed command.
  for (const [where, entries] of Object.entries(pkg.contributes.menus as Record<string, { command: string }[]>)) {
    for (const m of entries) assert.ok(contributed.has(m.command), `${where}: ${m.command}`);
  }
  for (const k of ['partitionLens.connections', 'partitionLens.health.largeTableRows', 'partitionLens.health.largeTableOverrides', 'partitionLens.explorer.pageSize']) {
    assert.ok(pkg.contributes.configuration.properties[k], k);
  }
});

test('presentation: badges, context values, icons per strategy', () => {
  const issue = { severity: 'warning' as const, code: 'missing-next-period' as const, message: 'm', table: { schema: 'public', name: 'leads' }, short: 'no partition for 2026-12' };
  assert.equal(healthBadge([issue]), '⚠ no partition for 2026-12');
  assert.equal(healthBadge([issue, issue]), '⚠ no partition for 2026-12 (+1)');
  assert.equal(healthBadge([]), undefined);
  const v = describeNode({ kind: 'loadMore', id: 'x/more', connectionId: 'c', parentOid: 1, loaded: 500, total: 10000, parentId: 'x' });
  assert.deepEqual([v.label, v.description, v.contextValue, v.command?.command], ['Load more…', '500 of 10000 shown', 'loadMore', 'partitionLens.loadMore']);
  const e = describeNode({ kind: 'error', id: 'e', message: 'gone', connectionId: 'c', reconnect: true });
  assert.deepEqual([e.contextValue, e.command?.command], ['error.connection', 'partitionLens.reconnect']);
  assert.equal(describeNode({ kind: 'empty', id: 'e', message: 'No partitions yet' }).contextValue, 'empty');
});

test('explorer: connection → schema → table → partitions, health, pages, live catalog', async (t) => {
  await eachServer(t, async (_s, url) => {
    const h = harness({ settings: { 'explorer.pageSize': 10 } });
    const loaded: CatalogSnapshotData[] = [];
    h.catalog.onDidLoadCatalog((_id, d) => void loaded.push(d));
    assert.deepEqual(await h.model.children(), [], 'no connections: the welcome view shows');
    const withPw = new URL(url);
    const password = decodeURIComponent(withPw.password);
    withPw.password = '';
    await h.connections.save({ id: 'fixture', name: 'Fixture', url: withPw.toString() }, password || undefined);
    assert.ok(!JSON.stringify(h.settings).includes(`:${password}@`) || !password, 'no password in settings');
    if (password) assert.equal(h.secrets.get(secretKey('fixture')), password);
    const [conn] = await h.model.children();
    assert.equal(conn!.kind, 'connection');
    const before = describeConnection(conn as Extract<ExplorerNode, { kind: 'connection' }>, h.connections.get('fixture'), false);
    assert.deepEqual([before.contextValue, before.collapsible, before.command?.command], ['connection.disconnected', 'none', 'partitionLens.connect']);
    assert.deepEqual(await h.model.children(conn), []);
    const entry = await h.connections.connect('fixture');
    assert.equal(entry.state, 'connected', entry.error);
    assert.equal(h.connections.active()?.id, 'fixture');
    assert.equal(describeConnection(conn as Extract<ExplorerNode, { kind: 'connection' }>, entry, true).contextValue, 'connection.connected');
    const schemas = await h.model.children(conn);
    assert.deepEqual(labels(schemas), [HOSTILE_SCHEMA, 'public']);
    assert.equal(loaded.length, 1, 'the full catalog was loaded once (and the LSP would get it)');
    assert.equal(loaded[0]!.tables.length, 8);
    const tables = await h.model.children(schemas[1]);
    assert.deepEqual(labels(tables), ['empty_parent', 'events', 'leads', 'metrics', 'orders', 'regions', 'users_by_email']);
    const leads = tables.find((n) => n.kind === 'table' && n.table.name === 'leads')!;
    const lv = describeNode(leads as Exclude<ExplorerNode, { kind: 'connection' }>);
    assert.equal(lv.contextValue, 'partitionedTable.range');
    assert.equal(lv.description, 'RANGE (created_at) · 4 partitions · ⚠ gap: 2026-03 (+2)');
    assert.deepEqual(lv.icon, { id: 'warning', color: 'list.warningForeground' });
    assert.match(lv.tooltip!, /\*\*Health\*\*/);
    const events = describeNode(tables.find((n) => n.kind === 'table' && n.table.name === 'events') as Exclude<ExplorerNode, { kind: 'connection' }>);
    assert.deepEqual([events.icon?.id, events.contextValue, events.description], ['symbol-key', 'partitionedTable.hash', 'HASH (user_id) · 8 partitions']);
    // Table children: table-level health nodes, then partitions (the default one marked, with its badge).
    const kids = await h.model.children(leads);
    assert.deepEqual(
      kids.map((n) => [n.kind, describeNode(n as Exclude<ExplorerNode, { kind: 'connection' }>).label, describeNode(n as Exclude<ExplorerNode, { kind: 'connection' }>).contextValue]),
      [
        ['health', 'gap: 2026-03', 'health.range-gap'],
        ['health', 'no partition for 2026-05', 'health.missing-next-period'],
        ['audit', 'Queries scanning every partition', 'audit'],
        ['partition', 'leads_2026_01', 'partition.leaf'],
        ['partition', 'leads_2026_02', 'partition.leaf'],
        ['partition', 'leads_2026_04', 'partition.leaf'],
        ['partition', 'leads_default', 'partition.default'],
      ],
    );
    const dflt = describeNode(kids.at(-1) as Exclude<ExplorerNode, { kind: 'connection' }>);
    assert.match(dflt.description!, /^DEFAULT · ~1 rows · .* · ⚠ ~1 rows in default$/);
    assert.equal(dflt.icon?.id, 'inbox');
    // Pages: 8 hash partitions with a page size of 10 fit; force a small page through the big list.
    h.settings['explorer.pageSize'] = 10;
    const ev = tables.find((n) => n.kind === 'table' && n.table.name === 'events')!;
    assert.equal((await h.model.children(ev)).filter((n) => n.kind === 'partition').length, 8);
    // Sub-partitions nest under their partition.
    const orders = tables.find((n) => n.kind === 'table' && n.table.name === 'orders')!;
    const ok = await h.model.children(orders);
    const o26 = ok.find((n) => n.kind === 'partition' && n.partition.name === 'orders_2026')!;
    assert.equal(describeNode(o26 as Exclude<ExplorerNode, { kind: 'connection' }>).contextValue, 'partition.partitioned');
    assert.deepEqual(labels(await h.model.children(o26)), ['orders_2026_h0', 'orders_2026_h1']);
    // Empty parent: an explicit empty node.
    const empty = tables.find((n) => n.kind === 'table' && n.table.name === 'empty_parent')!;
    assert.deepEqual(
      (await h.model.children(empty)).map((n) => [n.kind, 'message' in n ? n.message : '']),
      [
        ['health', ''],
        ['audit', ''],
        ['empty', 'No partitions yet'],
      ],
    );
    // Hostile names make stable, distinct ids.
    const hostile = await h.model.children(schemas[0]);
    assert.deepEqual(labels(hostile), [HOSTILE_TABLE]);
    assert.equal(h.model.node(hostile[0]!.id), hostile[0]);
    // Refresh of one table reloads its summary into the same node object.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query("CREATE TABLE public.leads_2026_05 PARTITION OF public.leads FOR VALUES FROM ('2026-05-01 00:00:00+00') TO ('2026-06-01 00:00:00+00')");
    } finally {
      await admin.end();
    }
    const fireId = await h.model.refreshNode(leads);
    assert.equal(fireId, leads.id);
    assert.equal((leads as Extract<ExplorerNode, { kind: 'table' }>).table.partitionCount, 5);
    assert.deepEqual(
      (await h.model.children(leads)).filter((n) => n.kind === 'health').map((n) => (n as Extract<ExplorerNode, { kind: 'health' }>).issue.code),
      ['range-gap'],
    );
    assert.equal(loaded.length, 2, 'the refresh reloaded the catalog (the LSP gets the new one)');
    assert.ok(h.lines.some((l) => l.includes('pg_catalog.pg_partitioned_table')), 'SQL was logged');
    await h.connections.dispose();
  });
});

test('explorer: "Load more…" pages through partitions', async (t) => {
  await eachServer(t, async (_s, url) => {
    const h = harness({ settings: { 'explorer.pageSize': 10, connections: [{ id: 'c', name: 'C', url }] } });
    h.connections.reload();
    await h.connections.connect('c');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE TABLE public.many (id int) PARTITION BY RANGE (id);
        DO $$ BEGIN FOR i IN 0..24 LOOP EXECUTE format('CREATE TABLE public.many_%s PARTITION OF public.many FOR VALUES FROM (%s) TO (%s)', i, i * 10, i * 10 + 10); END LOOP; END $$;`);
    } finally {
      await admin.end();
    }
    const [conn] = await h.model.children();
    const pub = (await h.model.children(conn)).find((n) => n.kind === 'schema' && n.schema === 'public')!;
    const many = (await h.model.children(pub)).find((n) => n.kind === 'table' && n.table.name === 'many')!;
    let kids = await h.model.children(many);
    // The audit node, 10 partitions, "Load more…".
    assert.equal(kids.length, 12);
    let more = kids.at(-1)!;
    assert.equal(more.kind, 'loadMore');
    assert.equal(describeNode(more as Exclude<ExplorerNode, { kind: 'connection' }>).description, '10 of 25 shown');
    assert.equal(await h.model.loadMore(more as Extract<ExplorerNode, { kind: 'loadMore' }>), many.id);
    kids = await h.model.children(many);
    assert.equal(kids.length, 22);
    more = kids.at(-1)!;
    await h.model.loadMore(more as Extract<ExplorerNode, { kind: 'loadMore' }>);
    kids = await h.model.children(many);
    assert.deepEqual(labels(kids).slice(-2), ['many_23', 'many_24']);
    assert.equal(kids.length, 26, 'the audit node and all 25 partitions, no Load more node');
    await h.connections.dispose();
  });
});

test('dead connections: refused at connect, and lost later → error node with Reconnect, never a hang', async (t) => {
  await eachServer(t, async (_s, url) => {
    // Refused: an error entry and an error child that offers Reconnect.
    const h = harness({ settings: { connectTimeoutSeconds: 2, connections: [{ id: 'dead', name: 'Dead', url: 'postgres://u@127.0.0.1:1/db?sslmode=disable' }] } });
    h.connections.reload();
    const e = await h.connections.connect('dead');
    assert.equal(e.state, 'error');
    assert.match(e.error!, /refused/);
    const [conn] = await h.model.children();
    const kids = await h.model.children(conn);
    assert.deepEqual(kids.map((n) => [n.kind, describeNode(n as Exclude<ExplorerNode, { kind: 'connection' }>).contextValue]), [['error', 'error.connection']]);
    // Lost later: connect through a proxy, then cut it.
    const target = new URL(url);
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
    const via = new URL(url);
    via.port = String((proxy.address() as net.AddressInfo).port);
    const h2 = harness({ settings: { connectTimeoutSeconds: 2, queryTimeoutSeconds: 3, connections: [{ id: 'p', name: 'Proxied', url: via.toString() }] } });
    h2.connections.reload();
    try {
      assert.equal((await h2.connections.connect('p')).state, 'connected');
      const [pc] = await h2.model.children();
      assert.equal((await h2.model.children(pc)).length, 2);
      proxy.close();
      for (const s of sockets) s.destroy();
      h2.catalog.invalidate('p');
      const started = Date.now();
      const after = await h2.model.children(pc);
      assert.ok(Date.now() - started < 20_000, 'no hang');
      assert.equal(after.length, 1);
      assert.equal(after[0]!.kind, 'error');
      assert.equal(h2.connections.get('p')!.state, 'error', 'the connection is marked failed');
      assert.deepEqual((await h2.model.children(pc)).map((n) => n.kind), ['error']);
    } finally {
      proxy.close();
      for (const s of sockets) s.destroy();
      await h2.connections.dispose();
      await h.connections.dispose();
    }
  });
});

test('passwords: asked for, stored only in SecretStorage, reused; discovery from the environment', async (t) => {
  await eachServer(t, async (s, url) => {
    // A role with a distinctive password, so the log check below means something.
    const role = `pl_pw_${process.pid}_${Date.now().toString(36)}`;
    const password = `Pw-${Math.random().toString(36).slice(2)}-ü`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const u = new URL(url);
    u.username = role;
    u.password = '';
    const h = harness({ askPassword: () => password, settings: { discoverConnections: true }, env: { DATABASE_URL: u.toString() } });
    try {
      const list = h.connections.list();
      assert.deepEqual(list.map((e) => e.profile.source), ['env']);
      const id = list[0]!.profile.id;
      const e = await h.connections.connect(id);
      assert.equal(e.state, 'connected', e.error);
      if (s.kind === 'embedded') {
        assert.equal(h.asked.length, 1, 'the password was asked for once');
        assert.equal(h.secrets.get(secretKey(id)), password);
        await h.connections.disconnect(id);
        assert.equal((await h.connections.connect(id)).state, 'connected');
        assert.equal(h.asked.length, 1, 'the stored password was reused');
        // A cancelled prompt: a clear error, no crash.
        const h2 = harness({ askPassword: () => undefined, settings: { discoverConnections: true }, env: { DATABASE_URL: u.toString() } });
        const e2 = await h2.connections.connect(id);
        assert.deepEqual([e2.state, e2.error], ['error', `Not connected to ${e2.label}: no password given.`]);
        // A wrong password is asked again (and never logged).
        const tries: string[] = ['wrong-1', password];
        const h3 = harness({ askPassword: () => tries.shift(), settings: { discoverConnections: true }, env: { DATABASE_URL: u.toString() } });
        assert.equal((await h3.connections.connect(id)).state, 'connected');
        assert.equal(h3.asked.length, 2);
        assert.ok(h3.lines.every((l) => !l.includes('wrong-1')));
      } else t.diagnostic(`PostgreSQL ${s.major} trusts local connections; no password prompt`);
      assert.ok(h.lines.every((l) => !l.includes(password)), 'no password in the log');
      assert.ok(!JSON.stringify(h.settings).includes(password), 'no password in settings');
    } finally {
      await h.connections.dispose();
      await admin.query(`DROP ROLE ${role}`).catch(() => undefined);
      await admin.end();
    }
  });
});
