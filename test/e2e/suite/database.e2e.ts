/// <reference types="mocha" />
// End-to-end tests of the connected side inside the real VS Code extension host: connections
// with a password in SecretStorage, the explorer tree, a write command through its real review
// document and its Run / Cancel buttons' commands, read-only generated documents, against a
// throwaway PostgreSQL (PL_E2E_DB_URL, trust auth; PL_E2E_PW_DB_URL, password auth), and a dead
// database. Commands take no argument that skips a prompt: connections are set up through the
// extension's services (the prompts are driven by test/e2e/ui.mjs and test/client-commands.test.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import pg from 'pg';
import type { PartitionLensApi } from '../../../client/src/extension';
import type { ExplorerNode } from '../../../client/src/explorer/nodes';

const EXTENSION_ID = 'partition-lens.partition-lens';

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** First day of the month `offset` months from now (UTC), as `YYYY-MM-DD` and the `YYYY_MM` suffix. */
function month(offset: number): { day: string; suffix: string } {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  return { day: `${y}-${m}-01`, suffix: `${y}_${m}` };
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** Partitions of a table straight from the catalog: name → bound expression. */
async function partitionsInDb(url: string, table: string): Promise<Map<string, string>> {
  const rows = await sql<{ name: string; bound: string }>(
    url,
    `SELECT c.relname AS name, pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound
       FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = $1::regclass ORDER BY 1`,
    [table],
  );
  return new Map(rows.map((r) => [r.name, r.bound]));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

suite('Partition Lens with a real PostgreSQL', () => {
  const baseUrl = process.env.PL_E2E_DB_URL;
  const dbName = `pl_e2e_${Date.now()}`;
  let url = '';
  let api: PartitionLensApi;
  const prev = month(-1);
  const cur = month(0);
  const next = month(1);

  suiteSetup(async function () {
    if (!baseUrl) {
      // Loud: the launcher always sets it; without it this whole suite proves nothing.
      console.log('[pl-e2e] SKIPPING the database suite: PL_E2E_DB_URL is not set');
      this.skip();
    }
    await sql(baseUrl!, `CREATE DATABASE ${dbName}`);
    url = withDatabase(baseUrl!, dbName);
    await sql(
      url,
      `CREATE TABLE public.leads (id bigint NOT NULL, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
       CREATE TABLE public.leads_${prev.suffix} PARTITION OF public.leads FOR VALUES FROM ('${prev.day} 00:00:00+00') TO ('${cur.day} 00:00:00+00');
       CREATE TABLE public.leads_${cur.suffix} PARTITION OF public.leads FOR VALUES FROM ('${cur.day} 00:00:00+00') TO ('${next.day} 00:00:00+00');
       CREATE TABLE public.leads_default PARTITION OF public.leads DEFAULT;
       INSERT INTO public.leads SELECT g, 'Microsoft', '${cur.day} 00:00:00+00'::timestamptz + g * interval '1 minute' FROM generate_series(1, 500) g;
       INSERT INTO public.leads SELECT g, 'Contoso', '${prev.day} 00:00:00+00'::timestamptz + g * interval '1 minute' FROM generate_series(501, 700) g;
       CREATE TABLE public.campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
       CREATE TABLE public.campaigns_p0 PARTITION OF public.campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 0);
       CREATE TABLE public.campaigns_p1 PARTITION OF public.campaigns FOR VALUES WITH (MODULUS 2, REMAINDER 1);
       ANALYZE;`,
    );
    const ext = await waitFor('the extension', () => vscode.extensions.getExtension<PartitionLensApi>(EXTENSION_ID));
    api = await ext.activate();
    assert.ok(api?.explorer && api.connections, 'activate() returned no PartitionLensApi');
  });

  /** Walks the explorer model by labels: connection id, then schema, table, partition names. */
  async function childrenOf(node?: ExplorerNode): Promise<ExplorerNode[]> {
    return api.explorer.children(node);
  }
  async function connectionNode(id: string): Promise<ExplorerNode> {
    const roots = await childrenOf();
    const n = roots.find((r) => r.kind === 'connection' && r.connectionId === id);
    if (!n) throw new Error(`no connection node ${id} among ${roots.map((r) => r.id).join(', ')}`);
    return n;
  }
  async function tableNode(name: string, conn = 'e2e'): Promise<Extract<ExplorerNode, { kind: 'table' }>> {
    const schemas = await childrenOf(await connectionNode(conn));
    const pub = schemas.find((s) => s.kind === 'schema' && s.schema === 'public');
    if (!pub) throw new Error(`no schema node public: ${schemas.map((s) => `${s.id}${s.kind === 'error' || s.kind === 'empty' ? ` (${s.message})` : ''}`).join(', ')}`);
    const t = (await childrenOf(pub)).find((x) => x.kind === 'table' && x.table.name === name);
    if (!t || t.kind !== 'table') throw new Error(`no table node ${name}`);
    return t;
  }
  async function partitionNames(table: string): Promise<string[]> {
    const kids = await childrenOf(await tableNode(table));
    return kids.flatMap((k) => (k.kind === 'partition' ? [k.partition.name] : []));
  }
  function item(node: ExplorerNode): vscode.TreeItem {
    return api.provider.getTreeItem(node);
  }
  const labelOf = (node: ExplorerNode): string => {
    const l = item(node).label;
    return typeof l === 'string' ? l : (l?.label ?? '');
  };
  const descriptionOf = (node: ExplorerNode): string => String(item(node).description ?? '');

  /** Saves a connection the way Add Connection does after its prompts, and connects it. */
  async function addConnection(conn: { id: string; name: string; url: string }, password?: string): Promise<void> {
    await api.connections.save(conn, password);
    const e = await api.connections.connect(conn.id);
    if (e.state === 'connected') await api.connections.setActive(conn.id);
  }

  /** The open review document of a plan (scheme partition-lens, read-only). */
  function reviewEditor(except: ReadonlySet<string> = new Set()): Promise<vscode.TextEditor> {
    return waitFor('the review of the plan', () =>
      vscode.window.visibleTextEditors.find(
        (e) => e.document.uri.scheme === 'partition-lens' && e.document.uri.path.startsWith('/review/') && !except.has(e.document.uri.toString()),
      ),
    );
  }

  test('connects with a password kept in SecretStorage, never in settings', async function () {
    const pwBase = process.env.PL_E2E_PW_DB_URL;
    if (!pwBase) {
      console.log('[pl-e2e] SKIPPING the password test: no PostgreSQL with password authentication (PL_E2E_PW_DB_URL)');
      this.skip();
    }
    const password = `pl-e2e-${Date.now()}-s3cr3t`;
    const role = 'pl_e2e_user';
    await sql(pwBase!, `DROP ROLE IF EXISTS ${role}`);
    await sql(pwBase!, `CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const u = new URL(pwBase!);
    const noPassword = `postgres://${role}@${u.host}/postgres`;
    // The server really checks passwords: without one the login fails.
    await assert.rejects(sql(noPassword, 'SELECT 1'), /password/i);

    await addConnection({ id: 'pw', name: 'Password DB', url: noPassword }, password);
    const entry = await waitFor('the password connection', () => (api.connections.get('pw')?.state === 'connected' ? api.connections.get('pw') : undefined));
    assert.ok(entry.serverVersionNum && entry.serverVersionNum >= 140000);

    // Settings hold the profile, not the password — neither in memory nor in the file on disk.
    const stored = vscode.workspace.getConfiguration('partitionLens').get<unknown[]>('connections') ?? [];
    const mine = stored.find((c) => (c as { id?: string }).id === 'pw') as Record<string, unknown> | undefined;
    assert.ok(mine, 'the connection was not saved to settings');
    assert.equal(mine.url, noPassword);
    assert.ok(!JSON.stringify(stored).includes(password), 'the password leaked into partitionLens.connections');
    const settingsFile = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, '.vscode', 'settings.json');
    assert.ok(fs.existsSync(settingsFile), 'no workspace settings file was written');
    assert.ok(!fs.readFileSync(settingsFile, 'utf8').includes(password), 'the password leaked into .vscode/settings.json');

    // It is in SecretStorage: reconnecting without any prompt works…
    await vscode.commands.executeCommand('partitionLens.disconnect', 'pw');
    assert.equal(api.connections.get('pw')?.state, 'disconnected');
    await api.connections.connect('pw');
    assert.equal(api.connections.get('pw')?.state, 'connected', api.connections.get('pw')?.error);
    // …and once it is forgotten, the login fails (the prompt that appears is cancelled).
    await vscode.commands.executeCommand('partitionLens.forgetPassword', 'pw');
    const connecting = api.connections.connect('pw');
    const closer = setInterval(() => void vscode.commands.executeCommand('workbench.action.closeQuickOpen'), 200);
    try {
      const after = await connecting;
      assert.equal(after.state, 'error');
      assert.ok(!String(after.error).includes(password), 'the password appears in an error message');
    } finally {
      clearInterval(closer);
    }
    await api.connections.remove('pw');
    await waitFor('the password connection to go', () => api.connections.get('pw') === undefined);
  });

  test('the explorer shows tables, partitions with bounds, and health badges', async () => {
    await addConnection({ id: 'e2e', name: 'E2E', url });
    await waitFor('the connection', () => api.connections.get('e2e')?.state === 'connected');
    const conn = await connectionNode('e2e');
    assert.equal(labelOf(conn), 'E2E');
    assert.match(descriptionOf(conn), /active/);

    const leads = await tableNode('leads');
    assert.equal(labelOf(leads), 'leads');
    // RANGE key, count, and the badge for next month's missing partition.
    assert.match(descriptionOf(leads), /^RANGE \(created_at\) · 3 partitions · ⚠/);
    assert.ok(leads.health.some((h) => h.severity === 'warning'), JSON.stringify(leads.health));
    const campaigns = await tableNode('campaigns');
    assert.match(descriptionOf(campaigns), /^HASH \(user_id\) · 2 partitions/);

    const kids = await childrenOf(leads);
    const health = kids.filter((k) => k.kind === 'health');
    assert.ok(health.length >= 1, 'no health node under leads');
    assert.ok(health.some((h) => h.kind === 'health' && h.issue.message.includes(next.day.slice(0, 7))), JSON.stringify(health.map((h) => h.kind === 'health' && h.issue.message)));
    const parts = kids.filter((k): k is Extract<ExplorerNode, { kind: 'partition' }> => k.kind === 'partition');
    assert.deepEqual(parts.map((p) => p.partition.name).sort(), [`leads_${cur.suffix}`, `leads_${prev.suffix}`, 'leads_default'].sort());
    const current = parts.find((p) => p.partition.name === `leads_${cur.suffix}`)!;
    assert.match(descriptionOf(current), new RegExp(`^FROM \\('${cur.day} 00:00:00\\+00'\\) TO \\('${next.day} 00:00:00\\+00'\\) · ~500 rows · `));
    const dflt = parts.find((p) => p.partition.name === 'leads_default')!;
    assert.match(descriptionOf(dflt), /^DEFAULT · /);
    assert.equal(item(dflt).contextValue, 'partition.default');
  });

  test('the pruning audit: report, explorer node, and the evidence on a matching finding', async () => {
    await sql(url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    // Three runs of a query without the key (scans every partition), one that prunes.
    // Unqualified like queries.sql, so the statement shapes (fingerprints) are the same.
    for (let i = 0; i < 3; i++) await sql(url, 'SELECT * FROM leads WHERE company = $1', ['Contoso']);
    await sql(url, `SELECT * FROM public.leads WHERE created_at >= $1`, [`${cur.day} 00:00:00+00`]);
    const n = await vscode.commands.executeCommand<number>('partitionLens.openAuditReport', await connectionNode('e2e'));
    assert.equal(n, 1);
    const report = await waitFor('the audit report', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'partition-lens' && e.document.getText().includes('Pruning audit of')),
    );
    assert.match(report.document.getText(), /scans 3 of 3 partitions of public\.leads/);
    assert.match(report.document.getText(), /3 calls/);
    const audit = (await childrenOf(await tableNode('leads'))).find((k) => k.kind === 'audit');
    assert.ok(audit, 'no audit node under leads');
    assert.equal(labelOf(audit), 'Queries scanning every partition');
    const entries = await childrenOf(audit);
    assert.equal(entries.length, 1, entries.map((e) => e.kind).join(', '));
    assert.match(descriptionOf(entries[0]!), /^3 calls · .* · 3 of 3 partitions$/);
    // queries.sql has the same statement shape: its finding says the database ran it.
    const ws = vscode.workspace.workspaceFolders![0]!.uri;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws, 'queries.sql'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the confirmed finding', () => vscode.languages.getDiagnostics(doc.uri).find((d) => /Confirmed by the database \(.*\): 3 calls/.test(d.message)), 30000);
  });

  test('refresh picks up a partition created behind its back', async () => {
    const later = month(6);
    const after = month(7);
    const name = `leads_side_${later.suffix}`;
    assert.ok(!(await partitionNames('leads')).includes(name));
    await sql(url, `CREATE TABLE public.${name} PARTITION OF public.leads FOR VALUES FROM ('${later.day}') TO ('${after.day}')`);
    // Cached until refreshed: the tree does not query on every expand.
    assert.ok(!(await partitionNames('leads')).includes(name), 'the explorer was expected to cache the catalog until a refresh');
    await vscode.commands.executeCommand('partitionLens.refresh', await tableNode('leads'));
    await waitFor('the new partition in the tree', async () => (await partitionNames('leads')).includes(name));
    await sql(url, `DROP TABLE public.${name}`);
    await vscode.commands.executeCommand('partitionLens.refresh');
    await waitFor('the dropped partition to leave the tree', async () => !(await partitionNames('leads')).includes(name));
  });

  test('cancelling the interval prompt of Create Upcoming Partitions changes nothing', async () => {
    const before = await partitionsInDb(url, 'public.leads');
    const running = vscode.commands.executeCommand('partitionLens.createUpcomingPartitions', await tableNode('leads'));
    const closer = setInterval(() => void vscode.commands.executeCommand('workbench.action.closeQuickOpen'), 200);
    try {
      assert.equal(await running, false);
    } finally {
      clearInterval(closer);
    }
    assert.deepEqual(await partitionsInDb(url, 'public.leads'), before);
  });

  test('Detach Partition: the whole script in a read-only review; Cancel changes nothing, Run detaches', async () => {
    const from = month(4);
    const to = month(5);
    await sql(url, `CREATE TABLE public.leads_manual PARTITION OF public.leads FOR VALUES FROM ('${from.day}') TO ('${to.day}')`);
    await vscode.commands.executeCommand('partitionLens.refresh', await tableNode('leads'));
    const node = await waitFor('leads_manual in the tree', async () => (await childrenOf(await tableNode('leads'))).find((k) => k.kind === 'partition' && k.partition.name === 'leads_manual'));

    const cancelled = vscode.commands.executeCommand('partitionLens.detachPartition', node);
    let review = await reviewEditor();
    assert.match(review.document.getText(), /ALTER TABLE public\.leads DETACH PARTITION public\.leads_manual/);
    assert.match(review.document.getText(), /^-- Review: Run/m);
    // Run of a destructive review is a different button: "Drop for Good" does not run this plan.
    await vscode.commands.executeCommand('partitionLens.reviewDrop', review.document.uri);
    await vscode.commands.executeCommand('partitionLens.reviewCancel', review.document.uri);
    assert.equal(await cancelled, false);
    assert.ok((await partitionsInDb(url, 'public.leads')).has('leads_manual'), 'Cancel detached it');
    await waitFor('the review to close', () => !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === review.document.uri.toString()));

    const ran = vscode.commands.executeCommand('partitionLens.detachPartition', node);
    review = await reviewEditor();
    await vscode.commands.executeCommand('partitionLens.reviewRun', review.document.uri);
    assert.equal(await ran, true);
    assert.ok(!(await partitionsInDb(url, 'public.leads')).has('leads_manual'));
    const still = await sql(url, `SELECT c.relispartition FROM pg_catalog.pg_class c WHERE c.oid = 'public.leads_manual'::regclass`);
    assert.equal(still[0]?.relispartition, false);
    await waitFor('leads_manual to leave the tree', async () => !(await partitionNames('leads')).includes('leads_manual'));
  });

  test('closing the review tab cancels the plan', async () => {
    await sql(url, `CREATE TABLE public.leads_closed PARTITION OF public.leads FOR VALUES FROM ('${month(8).day}') TO ('${month(9).day}')`);
    await vscode.commands.executeCommand('partitionLens.refresh', await tableNode('leads'));
    const node = await waitFor('leads_closed in the tree', async () => (await childrenOf(await tableNode('leads'))).find((k) => k.kind === 'partition' && k.partition.name === 'leads_closed'));
    // An earlier review's editor may still be visible while its tab closes: wait for the new one.
    const earlier = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    const running = vscode.commands.executeCommand('partitionLens.detachPartition', node);
    const review = await reviewEditor(earlier);
    const key = review.document.uri.toString();
    const tab = await waitFor('the review tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => (t.input as { uri?: vscode.Uri } | undefined)?.uri?.toString() === key));
    // What the tab's close button does.
    await vscode.window.tabGroups.close(tab);
    assert.equal(await running, false);
    assert.ok((await partitionsInDb(url, 'public.leads')).has('leads_closed'));
  });

  test('Explain Pruning reports how many partitions a query scans', async () => {
    const conn = await connectionNode('e2e');
    const pruned = await vscode.commands.executeCommand<string>('partitionLens.explainPruning', conn, {
      sql: `SELECT * FROM leads WHERE created_at >= '${cur.day}' AND created_at < '${next.day}'`,
    });
    assert.match(pruned ?? '', /scans 1 of \d+ partitions of public\.leads/);
    // The report is a read-only generated document, never a dirty untitled editor.
    const doc = await waitFor('the Explain Pruning document', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'partition-lens' && e.document.uri.path.startsWith('/generated/')));
    assert.match(doc.document.getText(), /^-- Partition Lens: Explain Pruning/);
    assert.equal(doc.document.isDirty, false);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isUntitled && d.getText().includes('Explain Pruning')), 'an untitled editor was opened');
    const all = await vscode.commands.executeCommand<string>('partitionLens.explainPruning', conn, { sql: `SELECT * FROM leads WHERE company = 'Microsoft'` });
    const total = (await partitionsInDb(url, 'public.leads')).size;
    assert.match(all ?? '', new RegExp(`scans ${total} of ${total} partitions of public\\.leads`));
  });

  test('a dead database shows an error node with Reconnect, not a hang', async () => {
    const port = await freePort();
    const t = Date.now();
    await addConnection({ id: 'dead', name: 'Dead DB', url: `postgres://postgres@127.0.0.1:${port}/nothing` });
    await waitFor('the dead connection to fail', () => api.connections.get('dead')?.state === 'error', 15000);
    const conn = await connectionNode('dead');
    assert.equal(item(conn).contextValue, 'connection.error');
    const kids = await childrenOf(conn);
    assert.equal(kids.length, 1);
    const err = kids[0]!;
    assert.equal(err.kind, 'error');
    assert.equal(item(err).contextValue, 'error.connection');
    assert.match(labelOf(err), /ECONNREFUSED|refused|connect/i);
    assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
    // The live connection is unaffected.
    assert.equal(api.connections.get('e2e')?.state, 'connected');
    await api.connections.remove('dead');
  });

  test('a database dropped while connected turns into an error node on refresh, not a hang', async () => {
    const gone = `${dbName}_gone`;
    await sql(baseUrl!, `CREATE DATABASE ${gone}`);
    await sql(withDatabase(baseUrl!, gone), `CREATE TABLE t (id int, at date NOT NULL) PARTITION BY RANGE (at); CREATE TABLE t_1 PARTITION OF t FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');`);
    await addConnection({ id: 'gone', name: 'Gone DB', url: withDatabase(baseUrl!, gone) });
    await waitFor('the connection', () => api.connections.get('gone')?.state === 'connected');
    const schemas = await childrenOf(await connectionNode('gone'));
    assert.deepEqual(schemas.map((s) => (s.kind === 'error' ? `error: ${s.message}` : s.kind)), ['schema']);
    // Kills the extension's sessions too: its pool must survive the "terminating connection" errors.
    await sql(baseUrl!, `DROP DATABASE ${gone} WITH (FORCE)`);
    const t = Date.now();
    await vscode.commands.executeCommand('partitionLens.refresh', await connectionNode('gone'));
    const kids = await waitFor('an error node', async () => {
      const k = await childrenOf(await connectionNode('gone'));
      return k.length === 1 && k[0]!.kind === 'error' ? k : undefined;
    });
    assert.match(labelOf(kids[0]!), /does not exist|terminat|connect/i);
    assert.ok(Date.now() - t < 15000, `took ${Date.now() - t} ms`);
    assert.equal(api.connections.get('e2e')?.state, 'connected', 'the other connection was affected');
    await api.connections.remove('gone');
  });

  suiteTeardown(async () => {
    if (!api) return;
    await api.connections.disconnect('e2e').catch(() => undefined);
  });
});
