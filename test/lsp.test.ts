// The language server over its real transport: the BUILT dist/server.js spawned with --stdio, a
// JSON-RPC client that answers workspace/configuration, and polling with deadlines (no sleeps).
// Build first (`node esbuild.mjs`; `npm test` does it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspClient, ROOT, SERVER, type SettingsFn } from './helpers/lsp-client';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** A private copy of the fixture workspaces (tests write files and add dependency directories). */
function copyWorkspace(): { a: string; b: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lsp-'));
  const a = path.join(dir, 'lsp-workspace');
  const b = path.join(dir, 'lsp-workspace-b');
  fs.cpSync(path.join(FIXTURES, 'lsp-workspace'), a, { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'lsp-workspace-b'), b, { recursive: true });
  // Not committed (.gitignore has node_modules/): made here. Its DDL must never be learned.
  fs.mkdirSync(path.join(a, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(a, 'node_modules', 'pkg', 'schema.sql'), 'CREATE TABLE public.vendored_events (id bigint, at timestamptz) PARTITION BY RANGE (at);\n');
  return { a, b, dir };
}

/** Applies LSP text edits (single document) to a text. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((x, y) => offset(y.range.start) - offset(x.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

function rangeOf(text: string, needle: string, nth = 1): { start: { line: number; character: number }; end: { line: number; character: number } } {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `text lacks ${needle}`);
  }
  const before = text.slice(0, i).split('\n');
  const line = before.length - 1;
  const character = before[line]!.length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

const settingsA = { exclude: ['legacy/**'], debounceMs: 20 };

void describe('language server', () => {
  let ws: { a: string; b: string; dir: string };
  let client: LspClient;
  let settings: SettingsFn;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run "node esbuild.mjs" first`);
    ws = copyWorkspace();
    settings = (scope) => (scope?.startsWith(fileUri(ws.b)) ? { severity: { 'partition-key-missing': 'error' }, debounceMs: 20 } : settingsA);
    client = await LspClient.start({ folders: [ws.a, ws.b], settings: (s) => settings(s) });
    // The workspace scan has finished once the catalog knows the fixture's tables.
    await client.until('the workspace scan', async () => {
      const r = await client.request<{ tables: { name: string }[] }>('partitionLens/catalogSummary', null);
      return r.tables.some((t) => t.name === 'public.leads') ? r : undefined;
    }, 60_000);
  });

  after(async () => {
    await client?.stop();
    if (ws) fs.rmSync(ws.dir, { recursive: true, force: true });
  });

  void it('learns tables from workspace DDL, skipping node_modules and excluded globs', async () => {
    const r = await client.request<{ tables: { name: string; strategy: string; key: string; partitions: number; source: string }[] }>('partitionLens/catalogSummary', null);
    assert.deepEqual(r.tables, [
      { name: 'public.campaigns', strategy: 'hash', key: 'user_id', partitions: 4, source: 'lsp-workspace/db/structure.sql:19' },
      { name: 'public.leads', strategy: 'range', key: 'created_at', partitions: 4, source: 'lsp-workspace/db/structure.sql:2' },
    ]);
    // The configuration requests were scoped to the folders (settings per resource).
    assert.ok(client.configurationScopes.includes(fileUri(ws.a)));
    assert.ok(client.configurationScopes.includes(fileUri(ws.b)));
  });

  void it('publishes diagnostics on open, with the exact range and the document version', async () => {
    const uri = fileUri(path.join(ws.a, 'queries.sql'));
    const text = fs.readFileSync(path.join(ws.a, 'queries.sql'), 'utf8');
    client.open(uri, 'sql', text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(diags.length, 1);
    const d = diags[0]!;
    assert.deepEqual(d.range, rangeOf(text, 'leads'));
    assert.equal(d.code, 'partition-key-missing');
    assert.equal(d.severity, 2);
    assert.equal(d.source, 'partition-lens');
    assert.match(d.message as string, /public\.leads/);
    assert.equal(client.latest(uri)!.version, 1);
  });

  void it('re-checks on change; the latest version wins and versions never go backwards', async () => {
    const uri = fileUri(path.join(ws.a, 'queries.sql'));
    const base = "SELECT * FROM leads WHERE company = 'Microsoft'";
    client.replaceAll(uri, `${base} AND created_at >= '2026-11-01' AND created_at < '2026-12-01';\n`);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    const start = client.publishes.length;
    // A burst of incremental edits: type " OR true" character by character at the end of the WHERE clause.
    let text = `${base} AND created_at >= '2026-11-01' AND created_at < '2026-12-01';\n`;
    const insertAt = rangeOf(text, ';').start;
    for (const [i, ch] of [...' OR true'].entries()) {
      const at = { line: insertAt.line, character: insertAt.character + i };
      client.change(uri, [{ range: { start: at, end: at }, text: ch }]);
      text = text.slice(0, text.indexOf(';') ) + ch + text.slice(text.indexOf(';'));
    }
    const final = client.version(uri);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length === 1, { version: final });
    assert.equal(diags[0]!.code, 'partition-key-not-prunable');
    const versions = client.publishes.slice(start).filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((x, y) => x - y), 'publishes go forward only');
    // Debounced: far fewer checks than edits.
    assert.ok(versions.length < 8, `expected coalesced checks, got versions ${versions.join(',')}`);
  });

  void it('hover shows strategy, key, partitions, range, default partition and source', async () => {
    const uri = fileUri(path.join(ws.a, 'hover.sql'));
    const text = 'SELECT * FROM public.leads l JOIN campaigns c ON c.id = l.id WHERE c.user_id = 1;\n';
    client.open(uri, 'sql', text);
    await client.waitForDiagnostics(uri);
    const h = await client.hover(uri, 0, rangeOf(text, 'leads').start.character + 2);
    assert.ok(h, 'hover on leads');
    const md = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /\*\*public\.leads\*\* — partitioned by RANGE \(`created_at`\)/);
    assert.match(md, /4 partitions known/);
    assert.match(md, /Range: FROM \('2026-10-01 00:00:00\+00'\) … TO \('2027-01-01 00:00:00\+00'\)/);
    assert.match(md, /Default partition: `public\.leads_default`/);
    assert.match(md, /Source: `lsp-workspace\/db\/structure\.sql:2`/);
    assert.deepEqual(h.range, rangeOf(text, 'public.leads'));
    // On the schema part too.
    const hs = await client.hover(uri, 0, rangeOf(text, 'public').start.character + 1);
    assert.match((hs!.contents as MarkupContent).value, /public\.leads/);
    const hc = await client.hover(uri, 0, rangeOf(text, 'campaigns').start.character);
    assert.match((hc!.contents as MarkupContent).value, /HASH \(`user_id`\)[\s\S]*Hash modulus 4; 4 of 4 remainders have a partition\.[\s\S]*No default partition\./);
    // Not a partitioned table: no hover.
    assert.equal(await client.hover(uri, 0, 1), null);
  });

  void it('code actions: a preferred filter template that makes the query prunable, and suppressions', async () => {
    const uri = fileUri(path.join(ws.a, 'actions.sql'));
    let text = "SELECT id FROM leads WHERE company = 'Microsoft';\nSELECT id FROM leads;\n";
    client.open(uri, 'sql', text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length === 2);
    const first = diags[0]!;
    const actions = await client.codeActions(uri, first.range, [first]);
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        'Add a filter on the partition key of public.leads (created_at) — fill in the values',
        'Suppress partition-key-missing on this line',
        'Suppress partition-key-missing in this file',
      ],
    );
    assert.equal(actions[0]!.isPreferred, true);
    assert.ok(actions.slice(1).every((a) => !a.isPreferred));
    for (const a of actions) {
      assert.equal(a.kind, 'quickfix');
      assert.deepEqual(a.diagnostics?.map((d) => d.code), ['partition-key-missing']);
    }
    const edit = (a: CodeAction): TextEdit[] => a.edit!.changes![uri]!;
    // A client without snippet edits gets `…` where the values go (never a guessed value); the user types them.
    const withHoles = applyEdits(text, edit(actions[0]!));
    assert.match(withHoles.split('\n')[0]!, /^SELECT id FROM leads WHERE company = 'Microsoft' AND (leads\.)?created_at >= … AND (leads\.)?created_at < …;$/);
    const filtered = withHoles.replace('…', "'2026-11-01'").replace('…', "'2026-12-01'");
    text = filtered;
    client.replaceAll(uri, text);
    const afterFix = await client.waitForDiagnostics(uri, (d) => d.length === 1);
    assert.equal(afterFix[0]!.range.start.line, 1, 'the fixed query is prunable; the second one remains');

    // The second query has no WHERE: the template adds one.
    const second = afterFix[0]!;
    const [fix2, suppressLine] = await client.codeActions(uri, second.range, [second]);
    assert.equal(
      applyEdits(text, edit(fix2!)).split('\n')[1]!.replace(/leads\.created_at/g, 'created_at'),
      'SELECT id FROM leads WHERE created_at >= … AND created_at < …;',
    );
    const suppressed = applyEdits(text, edit(suppressLine!));
    assert.equal(suppressed.split('\n')[1], '-- partition-lens-disable-next-line partition-key-missing');
    client.replaceAll(uri, suppressed);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);

    // Suppress in file.
    const fileText = 'SELECT * FROM leads;\n';
    client.replaceAll(uri, fileText);
    const d3 = await client.waitForDiagnostics(uri, (d) => d.length === 1);
    const actions3 = await client.codeActions(uri, d3[0]!.range, d3);
    const whole = applyEdits(fileText, edit(actions3.find((a) => a.title.endsWith('in this file'))!));
    assert.equal(whole, '-- partition-lens-disable partition-key-missing\nSELECT * FROM leads;\n');
    client.replaceAll(uri, whole);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  void it('settings per resource: severity overrides in another folder, off, enable=false', async () => {
    const uriB = fileUri(path.join(ws.b, 'reports', 'monthly.sql'));
    client.open(uriB, 'sql', fs.readFileSync(path.join(ws.b, 'reports', 'monthly.sql'), 'utf8'));
    const b = await client.waitForDiagnostics(uriB, (d) => d.length === 1);
    assert.equal(b[0]!.severity, 1, 'folder B maps partition-key-missing to error');
    assert.ok(client.configurationScopes.includes(uriB), 'settings were requested for the document itself');

    const uriA = fileUri(path.join(ws.a, 'settings.sql'));
    client.open(uriA, 'sql', 'SELECT * FROM leads;\n');
    const a = await client.waitForDiagnostics(uriA, (d) => d.length === 1);
    assert.equal(a[0]!.severity, 2, 'folder A keeps the default');

    const old = settings;
    try {
      settings = (scope) => (scope?.startsWith(fileUri(ws.b)) ? { enable: false } : { ...settingsA, severity: { 'partition-key-missing': 'off' } });
      let mark = performance.now();
      client.settingsChanged((s) => settings(s));
      await client.waitForDiagnostics(uriA, (d) => d.length === 0, { after: mark });
      await client.waitForDiagnostics(uriB, (d) => d.length === 0, { after: mark });

      settings = (scope) => (scope?.startsWith(fileUri(ws.b)) ? { severity: { 'partition-key-missing': 'hint' } } : { ...settingsA, severity: { 'partition-key-missing': 'information' } });
      mark = performance.now();
      client.settingsChanged((s) => settings(s));
      // Polls for the expected state: a check that started just before the change may still publish the old one.
      const ai = await client.waitForDiagnostics(uriA, (d) => d.length === 1 && d[0]!.severity === 3, { after: mark });
      assert.equal(ai[0]!.code, 'partition-key-missing');
      await client.waitForDiagnostics(uriB, (d) => d.length === 1 && d[0]!.severity === 4, { after: mark });

      // Nonsense settings fall back to defaults instead of breaking anything.
      settings = () => ({ enable: 'yes', severity: 42, include: 'x', exclude: [null], debounceMs: 'fast' });
      mark = performance.now();
      client.settingsChanged((s) => settings(s));
      await client.waitForDiagnostics(uriA, (d) => d.length === 1 && d[0]!.severity === 2, { after: mark });
    } finally {
      settings = old;
      const mark = performance.now();
      client.settingsChanged((s) => settings(s));
      await client.waitForDiagnostics(uriA, (d) => d.length === 1 && d[0]!.severity === 2, { after: mark });
      await client.waitForDiagnostics(uriB, (d) => d.length === 1 && d[0]!.severity === 1, { after: mark });
    }
  });

  void it('tables declared in partitionLens.tables are checked; a bad declaration is shown, not fatal', async () => {
    const uri = fileUri(path.join(ws.a, 'declared.sql'));
    const text = 'SELECT * FROM setting_events WHERE kind = 1;\n';
    client.open(uri, 'sql', text);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    const old = settings;
    try {
      settings = (scope) => (scope?.startsWith(fileUri(ws.b)) ? {} : { ...settingsA, tables: [{ name: 'public.setting_events', strategy: 'range', key: ['at'] }] });
      let mark = performance.now();
      client.settingsChanged((x) => settings(x));
      const d = await client.waitForDiagnostics(uri, (x) => x.length === 1, { after: mark });
      assert.deepEqual(d[0]!.range, rangeOf(text, 'setting_events'));
      const h = await client.hover(uri, 0, 16);
      assert.match((h!.contents as MarkupContent).value, /RANGE \(`at`\)[\s\S]*Source: setting `partitionLens\.tables`/);

      settings = (scope) => (scope?.startsWith(fileUri(ws.b)) ? {} : { ...settingsA, tables: [{ name: 'public.broken', strategy: 'sideways', key: [] }] });
      mark = performance.now();
      client.settingsChanged((x) => settings(x));
      await client.waitForDiagnostics(uri, (x) => x.length === 0, { after: mark });
      await client.until('a warning about the setting', () => client.shown.find((m) => /partitionLens\.tables\[0\]/.test(m)));
    } finally {
      settings = old;
      const mark = performance.now();
      client.settingsChanged((x) => settings(x));
      await client.waitForDiagnostics(uri, (x) => x.length === 0, { after: mark });
    }
  });

  void it('excluded files are not checked', async () => {
    const uri = fileUri(path.join(ws.a, 'legacy', 'report.sql'));
    client.open(uri, 'sql', 'SELECT * FROM leads;\n');
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  void it('DDL typed in an open document updates the catalog and re-checks other open documents', async () => {
    const query = fileUri(path.join(ws.a, 'events-query.sql'));
    client.open(query, 'sql', 'SELECT * FROM events WHERE kind = 1;\n');
    await client.waitForDiagnostics(query, (d) => d.length === 0);
    const ddl = fileUri(path.join(ws.a, 'db', 'events.sql'));
    const mark = performance.now();
    client.open(ddl, 'sql', 'CREATE TABLE events (id bigint, kind int, at timestamptz NOT NULL) PARTITION BY RANGE (at);\n');
    const d = await client.waitForDiagnostics(query, (x) => x.length === 1, { after: mark });
    assert.match(d[0]!.message as string, /public\.events/);
    // Dropping it again (still unsaved) removes the finding.
    const mark2 = performance.now();
    client.replaceAll(ddl, '-- nothing here yet\n');
    await client.waitForDiagnostics(query, (x) => x.length === 0, { after: mark2 });
    client.close(ddl);
  });

  void it('a watched DDL file created on disk is learned; deleting it forgets it', async () => {
    const query = fileUri(path.join(ws.a, 'audit-query.sql'));
    client.open(query, 'sql', 'SELECT * FROM audit_log;\n');
    await client.waitForDiagnostics(query, (d) => d.length === 0);
    const file = path.join(ws.a, 'db', 'audit.sql');
    fs.writeFileSync(file, 'CREATE TABLE audit_log (id bigint, at date NOT NULL) PARTITION BY RANGE (at);\n');
    let mark = performance.now();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
    await client.waitForDiagnostics(query, (d) => d.length === 1, { after: mark });
    fs.rmSync(file);
    mark = performance.now();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
    await client.waitForDiagnostics(query, (d) => d.length === 0, { after: mark });
  });

  void it('node_modules and excluded DDL are never learned', async () => {
    const uri = fileUri(path.join(ws.a, 'skipped.sql'));
    client.open(uri, 'sql', 'SELECT * FROM vendored_events;\nSELECT * FROM legacy_events;\nSELECT * FROM leads;\n');
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d.map((x) => x.range.start.line), [2]);
  });

  void it('the live catalog overrides and extends workspace tables, and can be cleared', async () => {
    const uri = fileUri(path.join(ws.a, 'live.sql'));
    const text = "SELECT * FROM live_only;\nSELECT * FROM leads WHERE created_at >= '2026-11-01' AND created_at < '2026-12-01';\n";
    client.open(uri, 'sql', text);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    let mark = performance.now();
    client.notify('partitionLens/liveCatalog', {
      connectionId: 'c1',
      label: 'dev (localhost)',
      searchPath: ['public'],
      tables: [
        { schema: 'public', name: 'live_only', strategy: 'list', key: [{ kind: 'column', column: 'region' }], partitions: [], source: { kind: 'database', detail: 'dev (localhost)' } },
        // In the live database, leads is hash partitioned by id: the workspace's range filter no longer prunes.
        { schema: 'public', name: 'leads', strategy: 'hash', key: [{ kind: 'column', column: 'id' }], partitions: [], source: { kind: 'database', detail: 'dev (localhost)' } },
      ],
    });
    const d = await client.waitForDiagnostics(uri, (x) => x.length === 2, { after: mark });
    assert.deepEqual(d.map((x) => x.range.start.line), [0, 1]);
    const h = await client.hover(uri, 0, 16);
    assert.match((h!.contents as MarkupContent).value, /LIST \(`region`\)[\s\S]*Source: live database \(dev \(localhost\)\)/);
    mark = performance.now();
    client.notify('partitionLens/liveCatalog', { connectionId: null, tables: [] });
    await client.waitForDiagnostics(uri, (x) => x.length === 0, { after: mark });
  });

  void it("the live catalog's server version decides version-dependent pruning (IS UNKNOWN prunes from PostgreSQL 17 on)", async () => {
    const uri = fileUri(path.join(ws.a, 'live-version.sql'));
    client.open(uri, 'sql', 'SELECT * FROM live_flags WHERE active IS UNKNOWN;\n');
    const part = (name: string, bound: object) => ({ schema: 'public', name, bound, partitions: [] });
    const live = (serverVersionNum: number) => ({
      connectionId: 'c2',
      label: 'dev (localhost)',
      searchPath: ['public'],
      serverVersionNum,
      tables: [
        {
          schema: 'public',
          name: 'live_flags',
          strategy: 'list',
          key: [{ kind: 'column', column: 'active', type: 'boolean' }],
          partitions: [part('live_flags_t', { kind: 'list', values: ['true'], text: "FOR VALUES IN (true)" }), part('live_flags_f', { kind: 'list', values: ['false'], text: "FOR VALUES IN (false)" }), part('live_flags_other', { kind: 'default', text: 'DEFAULT' })],
        },
      ],
    });
    let mark = performance.now();
    client.notify('partitionLens/liveCatalog', live(150004));
    const d = await client.waitForDiagnostics(uri, (x) => x.length === 1, { after: mark });
    assert.match(d[0]!.message as string, /before PostgreSQL 17/);
    mark = performance.now();
    client.notify('partitionLens/liveCatalog', live(170002));
    await client.waitForDiagnostics(uri, (x) => x.length === 0, { after: mark });
    client.notify('partitionLens/liveCatalog', { connectionId: null, tables: [] });
    client.close(uri);
  });

  void it('never crashes on bad input and does not report parse errors as problems', async () => {
    const uri = fileUri(path.join(ws.a, 'broken.sql'));
    const texts = [
      "SELECT * FROM leads WHERE company = 'unterminated",
      'SELECT * FROM leads WHERE (((',
      '\u0000\u0001\uffff SELECT FROM FROM WHERE ;;;; $$ $1 :x ?',
      "SELECT * FROM leads WHERE company = 'x';\nSELEC broken;\nSELECT * FROM leads WHERE created_at = now();",
      'x'.repeat(100_000),
    ];
    client.open(uri, 'sql', texts[0]!);
    await client.waitForDiagnostics(uri);
    for (const t of texts.slice(1)) {
      client.replaceAll(uri, t);
      await client.waitForDiagnostics(uri);
    }
    // The statement after a broken one is still checked; the broken one is not a problem.
    client.replaceAll(uri, texts[3]!);
    const d = await client.waitForDiagnostics(uri);
    assert.deepEqual(d.map((x) => [x.range.start.line, x.code]), [[0, 'partition-key-missing']]);
    // Requests with nonsense positions answer gracefully.
    assert.equal(await client.hover(uri, 999, 999), null);
    assert.deepEqual(await client.codeActions(uri, { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } }, []), []);
    assert.equal(await client.hover(fileUri(path.join(ws.a, 'never-opened.sql')), 0, 0), null);
    // Unknown languages are ignored.
    client.open(fileUri(path.join(ws.a, 'notes.txt')), 'plaintext', 'SELECT * FROM leads;');
    assert.equal(client.exitCode, null);
  });

  void it('host-language documents get the same diagnostics and suppressions (TypeScript)', async () => {
    const uri = fileUri(path.join(ws.a, 'src', 'report.ts'));
    const text = 'export async function report(pool: Pool) {\n  return pool.query("SELECT * FROM leads WHERE company = $1", ["x"]);\n}\n';
    client.open(uri, 'typescript', text);
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0]!.code, 'partition-key-missing');
    assert.deepEqual(d[0]!.range, rangeOf(text, 'leads'));
    const h = await client.hover(uri, 1, rangeOf(text, 'leads').start.character + 1);
    assert.match((h!.contents as MarkupContent).value, /\*\*public\.leads\*\*/);
    const actions = await client.codeActions(uri, d[0]!.range, d as Diagnostic[]);
    const line = actions.find((a) => a.title.endsWith('on this line'))!;
    const suppressed = applyEdits(text, line.edit!.changes![uri]!);
    assert.equal(suppressed.split('\n')[1], '  // partition-lens-disable-next-line partition-key-missing');
    client.replaceAll(uri, suppressed);
    await client.waitForDiagnostics(uri, (x) => x.length === 0);
  });

  void it('Ruby: an ActiveRecord chain is flagged on the model; the host quick fix clears it; # suppresses', async () => {
    const uri = fileUri(path.join(ws.a, 'app', 'services', 'report.rb'));
    const text = 'class Report\n  def call\n    Lead.where(company: "Microsoft").to_a\n  end\nend\n';
    client.open(uri, 'ruby', text);
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0]!.code, 'partition-key-missing');
    assert.deepEqual(d[0]!.range, rangeOf(text, 'Lead'));
    const h = await client.hover(uri, 2, 5);
    assert.match((h!.contents as MarkupContent).value, /\*\*public\.leads\*\* — partitioned by RANGE/);
    const actions = await client.codeActions(uri, d[0]!.range, d as Diagnostic[]);
    assert.ok(actions.length >= 3, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0]!.isPreferred, true, 'the host fix comes first and is preferred');
    const fixed = applyEdits(text, actions[0]!.edit!.changes![uri]!);
    assert.notEqual(fixed, text);
    client.replaceAll(uri, fixed);
    await client.waitForDiagnostics(uri, (x) => x.length === 0);
    client.replaceAll(uri, text);
    await client.waitForDiagnostics(uri, (x) => x.length === 1);
    const line = (await client.codeActions(uri, d[0]!.range, d as Diagnostic[])).find((a) => a.title.endsWith('on this line'))!;
    const suppressed = applyEdits(text, line.edit!.changes![uri]!);
    assert.equal(suppressed.split('\n')[2], '    # partition-lens-disable-next-line partition-key-missing');
    client.replaceAll(uri, suppressed);
    await client.waitForDiagnostics(uri, (x) => x.length === 0);
  });

  void it('Ruby: a model typed in an open document is indexed and other documents are re-checked', async () => {
    const query = fileUri(path.join(ws.a, 'app', 'services', 'prospects.rb'));
    client.open(query, 'ruby', 'Prospect.where(company: "x").to_a\n');
    await client.waitForDiagnostics(query, (d) => d.length === 0);
    const model = fileUri(path.join(ws.a, 'app', 'models', 'prospect.rb'));
    const mark = performance.now();
    client.open(model, 'ruby', 'class Prospect < ApplicationRecord\n  self.table_name = "leads"\nend\n');
    const d = await client.waitForDiagnostics(query, (x) => x.length === 1, { after: mark });
    assert.equal(d[0]!.code, 'partition-key-missing');
  });

  void it('Ruby heredoc SQL: the line suppression is an SQL comment inside the heredoc', async () => {
    const uri = fileUri(path.join(ws.a, 'app', 'services', 'raw.rb'));
    const text = 'def rows\n  ActiveRecord::Base.connection.select_all(<<~SQL)\n    SELECT id\n    FROM leads\n    WHERE company = \'x\'\n  SQL\nend\n';
    client.open(uri, 'ruby', text);
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d.map((x) => x.range), [rangeOf(text, 'leads')]);
    const line = (await client.codeActions(uri, d[0]!.range, d as Diagnostic[])).find((a) => a.title.endsWith('on this line'))!;
    const suppressed = applyEdits(text, line.edit!.changes![uri]!);
    assert.equal(suppressed.split('\n')[3], '    -- partition-lens-disable-next-line partition-key-missing');
    client.replaceAll(uri, suppressed);
    await client.waitForDiagnostics(uri, (x) => x.length === 0);
  });

  void it('Python: embedded SQL in cursor.execute is flagged at the table name', async () => {
    const uri = fileUri(path.join(ws.a, 'reports.py'));
    const text = 'def rows(cursor):\n    cursor.execute("SELECT * FROM leads WHERE company = %s", ["x"])\n';
    client.open(uri, 'python', text);
    const d = await client.waitForDiagnostics(uri, (x) => x.length > 0);
    assert.deepEqual(d.map((x) => [x.code, x.range]), [['partition-key-missing', rangeOf(text, 'leads')]]);
  });

  void it('a workspace folder added later is scanned; removing it forgets its tables', async () => {
    const extra = path.join(ws.dir, 'extra-folder');
    fs.mkdirSync(path.join(extra, 'db'), { recursive: true });
    fs.writeFileSync(path.join(extra, 'db', 'orders.sql'), 'CREATE TABLE orders (id bigint, placed_on date NOT NULL) PARTITION BY RANGE (placed_on);\n');
    const names = async (): Promise<string[]> => (await client.request<{ tables: { name: string }[] }>('partitionLens/catalogSummary', null)).tables.map((t) => t.name);
    client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: fileUri(extra), name: 'extra-folder' }], removed: [] } });
    await client.until('orders to be learned', async () => ((await names()).includes('public.orders') ? true : undefined));
    client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: fileUri(extra), name: 'extra-folder' }] } });
    await client.until('orders to be forgotten', async () => (!(await names()).includes('public.orders') ? true : undefined));
    assert.ok((await names()).includes('public.leads'));
  });

  void it('closing a document clears its diagnostics', async () => {
    const uri = fileUri(path.join(ws.a, 'queries.sql'));
    client.close(uri);
    await client.until('empty diagnostics after close', () => {
      const p = client.latest(uri);
      return p && p.diagnostics.length === 0 && p.version === undefined ? p : undefined;
    });
  });
});
