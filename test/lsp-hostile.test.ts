// Hostile documents in the BUILT language server (`node esbuild.mjs` first): documents past a
// bound (partitionLens.maxFileSize, line length, nesting depth) are not analysed, with one notice
// per document; other documents keep getting diagnostics; code actions over a range with 25,000
// findings are bounded. Latency and memory figures live in bench/hostile-documents.ts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient, SERVER } from './helpers/lsp-client';
import { documentTooLarge, MAX_LINE_LENGTH, MAX_NESTING, MAX_SQL_LINE_LENGTH, sourceTooLarge } from '../server/src/engine/limits';

const SCHEMA = 'CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);\n';
const NORMAL = "SELECT id FROM leads WHERE company = 'x';\n";

void describe('documentTooLarge', () => {
  void it('passes ordinary documents and names the bound a hostile one exceeds', () => {
    assert.equal(documentTooLarge(NORMAL.repeat(1000), 'sql', 2_000_000), undefined);
    assert.match(documentTooLarge('x'.repeat(3000), 'sql', 2000)!, /3,000 characters, more than partitionLens\.maxFileSize \(2,000\)/);
    assert.match(documentTooLarge(`a\nb\n${'x'.repeat(MAX_LINE_LENGTH + 1)}\n`, 'ruby', 1e9)!, /^line 3 has 20,001 characters, more than 20,000$/);
    assert.equal(documentTooLarge('x'.repeat(MAX_LINE_LENGTH + 1), 'sql', 1e9), undefined, 'SQL lines may be longer');
    assert.match(documentTooLarge('x'.repeat(MAX_SQL_LINE_LENGTH + 1), 'sql', 1e9)!, /line 1 has/);
    assert.match(documentTooLarge('const q = ' + '`a${'.repeat(MAX_NESTING + 1) + '}`'.repeat(MAX_NESTING + 1), 'typescript', 1e9)!, /nests brackets more than 256 deep/);
    let py = 'def f(x):\n';
    for (let i = 1; i <= MAX_NESTING + 1; i++) py += '    '.repeat(i) + 'if x:\n';
    py += '    '.repeat(MAX_NESTING + 2) + 'pass\n';
    assert.match(documentTooLarge(py, 'python', 1e9)!, /nests more than 256 indented blocks/);
    // Dedents close blocks: a long file of shallow blocks is fine.
    assert.equal(documentTooLarge('if x:\n    if y:\n        pass\n# c\n\n'.repeat(2000), 'python', 1e9), undefined);
    assert.match(documentTooLarge('SELECT 1;\u0000\u0001', 'sql', 1e9)!, /NUL characters/);
  });

  void it('sourceTooLarge bounds application code of any size setting, never SQL or unknown files', () => {
    const bundle = 'var a=1;'.repeat(MAX_LINE_LENGTH);
    assert.match(sourceTooLarge('static/vendor.min.js', bundle)!, /^line 1 has [\d,]+ characters, more than 20,000$/);
    assert.match(sourceTooLarge('app/x.rb', `#${'x'.repeat(MAX_LINE_LENGTH + 1)}`)!, /^line 1 has/);
    assert.equal(sourceTooLarge('app/leads.ts', NORMAL.repeat(1000)), undefined);
    assert.equal(sourceTooLarge('db/dump.sql', bundle), undefined, 'SQL keeps the CLI behaviour');
    assert.equal(sourceTooLarge('README.md', bundle), undefined);
  });
});

void describe('language server with hostile documents', () => {
  let dir: string;
  let client: LspClient;
  let maxFileSize = 2_000_000;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run "node esbuild.mjs" first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lsp-hostile-'));
    fs.mkdirSync(path.join(dir, 'db'));
    fs.writeFileSync(path.join(dir, 'db', 'schema.sql'), SCHEMA);
    client = await LspClient.start({ folders: [dir], settings: () => ({ debounceMs: 0, maxFileSize }) });
    await client.until('the workspace scan', async () => {
      const r = await client.request<{ tables: unknown[] }>('partitionLens/catalogSummary', null);
      return r.tables.length === 1 ? r : undefined;
    });
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function normalStillWorks(name: string): Promise<void> {
    const uri = fileUri(path.join(dir, name));
    client.open(uri, 'sql', NORMAL);
    const d = await client.waitForDiagnostics(uri, (x) => x.length === 1);
    assert.equal(d[0]!.code, 'partition-key-missing');
    // The code links to its rule document, a file that exists (shipped in the .vsix next to dist/).
    const href = d[0]!.codeDescription?.href;
    assert.ok(href?.startsWith('file://') && href.endsWith('/docs/rules/partition-key-missing.md'), href);
    assert.ok(fs.existsSync(fileURLToPath(href!)));
    client.close(uri);
  }

  void it('a 1 MB single-line Ruby document: not analysed, one notice, others still checked', async () => {
    const uri = fileUri(path.join(dir, 'line.rb'));
    const text = `Lead.where(company: [${Array.from({ length: 100_000 }, (_, i) => `"c${i}"`).join(', ')}]).to_a\n`;
    client.open(uri, 'ruby', text);
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    // A keystroke re-checks but does not repeat the notice.
    const v = client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }]);
    await client.waitForDiagnostics(uri, undefined, { version: v });
    const notices = client.shown.filter((m) => m.includes('line.rb'));
    assert.deepEqual(notices, [`Partition Lens does not analyse line.rb: line 1 has ${(text.length - 1).toLocaleString('en-US')} characters, more than 20,000.`]);
    await normalStillWorks('normal-1.sql');
    client.close(uri);
  });

  void it('partitionLens.maxFileSize is honoured and a smaller document is analysed again', async () => {
    const uri = fileUri(path.join(dir, 'big.sql'));
    const text = NORMAL.repeat(100);
    maxFileSize = 1000;
    client.settingsChanged(() => ({ debounceMs: 0, maxFileSize }));
    client.open(uri, 'sql', text);
    await client.until('the size notice', () => client.shown.find((m) => m.includes('big.sql')));
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    assert.match(client.shown.find((m) => m.includes('big.sql'))!, /big\.sql: it has 4,200 characters, more than partitionLens\.maxFileSize \(1,000\)\.$/);
    // Cut down below the bound: analysed again.
    client.replaceAll(uri, NORMAL);
    assert.equal((await client.waitForDiagnostics(uri, (d) => d.length === 1)).length, 1);
    maxFileSize = 2_000_000;
    client.settingsChanged(() => ({ debounceMs: 0, maxFileSize }));
    client.close(uri);
  });

  void it('1,000 nested Python blocks and 10,000 nested template literals: notices, no fault, others fine', async () => {
    let py = 'def f(cursor, x):\n';
    // One space per level keeps the file under maxFileSize (four would make it 4 MB).
    for (let i = 1; i <= 1000; i++) py += ' '.repeat(i) + 'if x:\n' + ' '.repeat(i + 1) + 'cursor.execute("SELECT * FROM leads")\n';
    const pyUri = fileUri(path.join(dir, 'deep.py'));
    client.open(pyUri, 'python', py);
    const tsUri = fileUri(path.join(dir, 'nested.ts'));
    client.open(tsUri, 'typescript', 'const q = ' + '`a${'.repeat(10_000) + 'x' + '}`'.repeat(10_000) + ';\n');
    await client.until('both notices', () => (client.shown.some((m) => m.includes('deep.py')) && client.shown.some((m) => m.includes('nested.ts')) ? true : undefined));
    assert.ok(client.shown.some((m) => m === 'Partition Lens does not analyse deep.py: it nests more than 256 indented blocks.'));
    assert.ok(client.shown.some((m) => m === 'Partition Lens does not analyse nested.ts: it nests brackets more than 256 deep.'));
    await normalStillWorks('normal-2.sql');
    client.close(pyUri);
    client.close(tsUri);
  });

  void it('a catalog change re-checks the document being edited first', async () => {
    const q = "SELECT id FROM orders WHERE note = 'x';\n";
    const uris = Array.from({ length: 100 }, (_, i) => fileUri(path.join(dir, `orders-${String(i).padStart(3, '0')}.sql`)));
    for (const u of uris) client.open(u, 'sql', q);
    for (const u of uris) await client.waitForDiagnostics(u, (d) => d.length === 0);
    // The user types in one document in the middle…
    const edited = uris[57]!;
    const v = client.change(edited, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    await client.waitForDiagnostics(edited, undefined, { version: v });
    // …and a DDL document makes `orders` partitioned: every open document is re-checked.
    const since = client.publishes.length;
    const ddl = fileUri(path.join(dir, 'orders-ddl.sql'));
    client.open(ddl, 'sql', 'CREATE TABLE orders (id bigint, note text, placed_on date NOT NULL) PARTITION BY RANGE (placed_on);\n');
    for (const u of uris) await client.waitForDiagnostics(u, (d) => d.length === 1, { timeoutMs: 60_000 });
    const order = client.publishes.slice(since).filter((p) => p.diagnostics.length === 1 && uris.includes(p.uri)).map((p) => p.uri);
    assert.equal(order[0], edited, 'the edited document gets its new diagnostics first');
    for (const u of [...uris, ddl]) client.close(u);
  });

  void it('code actions over a range with 25,000 findings are bounded', async () => {
    const uri = fileUri(path.join(dir, 'many.sql'));
    const text = NORMAL.repeat(25_000);
    client.open(uri, 'sql', text);
    const d: Diagnostic[] = await client.waitForDiagnostics(uri, (x) => x.length === 25_000, { timeoutMs: 120_000 });
    const range = { start: { line: 0, character: 0 }, end: { line: 25_000, character: 0 } };
    const actions = await client.codeActions(uri, range, d.slice(0, 100));
    assert.ok(actions.length > 0, 'the first findings get their actions');
    const covered = new Set(actions.flatMap((a) => (a.diagnostics ?? []).map((x) => `${x.range.start.line}`)));
    assert.equal(covered.size, 50, 'at most 50 findings are considered per request');
    await normalStillWorks('normal-3.sql');
    client.close(uri);
  });
});
