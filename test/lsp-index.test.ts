// The language server's per-folder host indexes, through the LSP (test/helpers/lsp-client.ts, the
// session in this process so that the test can register its own host module, see
// helpers/test-host.ts): relatedInformation, re-checks of the open documents that depend on an
// edited or changed file (the edited document first, unrelated documents untouched), one index
// per workspace folder plus a fallback for files outside every folder, and an internal error
// reported once per document (a log line and a single warning), not per keystroke.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hostModuleFor, loadEngine } from '../server/src/engine/index';
import { registerHost } from '../server/src/engine/host/index';
import type { HostModule } from '../server/src/engine/host/types';
import { fileUri, LspClient } from './helpers/lsp-client';
import { testHost } from './helpers/test-host';

let work: string;
let original: HostModule | undefined;
const checks: string[] = [];

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const settings = (): unknown => ({ debounceMs: 0 });

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lsp-index-'));
  await loadEngine();
  original = hostModuleFor('python');
  registerHost(testHost({ throwOn: /boom\.py$/, onCheck: (f) => checks.push(path.basename(f ?? '?')) }));
});

after(() => {
  if (original) registerHost(original);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function withClient(folders: string[], body: (c: LspClient) => Promise<void>): Promise<void> {
  const client = await LspClient.startInProcess({ folders, settings });
  try {
    await client.until('the workspace scan', () => (client.logs.some((l) => /scanned \d+ files/.test(l.message)) ? true : undefined));
    await body(client);
  } finally {
    await client.stop();
  }
}

void describe('per-folder host indexes in the language server', () => {
  void it('a finding explained in another file carries relatedInformation (file and here)', async () => {
    const dir = folder('related', { 'app/models.py': 'x = 1\nmodel Lead\n', 'app/views.py': 'import x\nuse Lead\n' });
    await withClient([dir], async (c) => {
      const views = fileUri(path.join(dir, 'app/views.py'));
      c.open(views, 'python', fs.readFileSync(path.join(dir, 'app/views.py'), 'utf8'));
      const [d] = await c.waitForDiagnostics(views, (ds) => ds.length === 1);
      assert.deepEqual(d!.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } });
      assert.deepEqual(d!.relatedInformation, [
        { location: { uri: fileUri(path.join(dir, 'app/models.py')), range: { start: { line: 1, character: 6 }, end: { line: 1, character: 10 } } }, message: 'Lead is declared here' },
        { location: { uri: views, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } }, message: 'the query is built here' },
      ]);
    });
  });

  void it('editing a model re-checks the open documents that depend on it, after the edited one, and no others', async () => {
    const dir = folder('dependents', {
      'app/models.py': 'model Lead\n',
      'app/views.py': 'use Lead\n',
      'app/other.py': 'use Other\n',
      'app/unrelated.py': 'use Nothing\n',
    });
    await withClient([dir], async (c) => {
      const uri = (f: string): string => fileUri(path.join(dir, 'app', f));
      for (const f of ['views.py', 'other.py', 'unrelated.py', 'models.py']) c.open(uri(f), 'python', fs.readFileSync(path.join(dir, 'app', f), 'utf8'));
      await c.waitForDiagnostics(uri('views.py'), (ds) => ds.length === 1);
      await c.waitForDiagnostics(uri('other.py'), (ds) => ds.length === 0);
      await c.waitForDiagnostics(uri('unrelated.py'), (ds) => ds.length === 0);
      await c.waitForDiagnostics(uri('models.py'));
      await new Promise((r) => setTimeout(r, 700)); // the catalog update after the last check
      const mark = c.publishes.length;
      checks.length = 0;

      // Rename the model: views.py loses its finding; declare Other: other.py gains one.
      c.replaceAll(uri('models.py'), 'model Leed\nmodel Other\n');
      await c.waitForDiagnostics(uri('views.py'), (ds) => ds.length === 0, { after: 0, timeoutMs: 10_000 });
      await c.waitForDiagnostics(uri('other.py'), (ds) => ds.length === 1, { timeoutMs: 10_000 });
      await new Promise((r) => setTimeout(r, 700));
      const order = c.publishes.slice(mark).map((p) => path.basename(new URL(p.uri).pathname));
      if (order[0] !== 'models.py') console.error(c.publishes.slice(mark - 4).map((p) => [p.uri, p.version, p.at, p.diagnostics.length]));
      assert.equal(order[0], 'models.py', `the edited document is published first: ${order.join(', ')}`);
      assert.deepEqual([...order].sort(), ['models.py', 'other.py', 'views.py'], `only dependents are re-checked: ${order.join(', ')}`);
      assert.deepEqual([...checks].sort(), ['other.py', 'views.py'], 'models.py itself is skipped by the pre-filter (no query in it)');
    });
  });

  void it('a watched-file change on disk re-checks open dependents', async () => {
    const dir = folder('watched', { 'app/views.py': 'use Lead2\n' });
    await withClient([dir], async (c) => {
      const views = fileUri(path.join(dir, 'app/views.py'));
      c.open(views, 'python', 'use Lead2\n');
      await c.waitForDiagnostics(views, (ds) => ds.length === 0);
      const models = path.join(dir, 'app/models2.py');
      fs.writeFileSync(models, 'model Lead2\n');
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(models), type: 1 }] });
      const [d] = await c.waitForDiagnostics(views, (ds) => ds.length === 1, { timeoutMs: 10_000 });
      assert.equal(d!.relatedInformation?.[0]?.location.uri, fileUri(models));
      // Deleting the model file removes the finding again.
      fs.rmSync(models);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(models), type: 3 }] });
      await c.waitForDiagnostics(views, (ds) => ds.length === 0, { timeoutMs: 10_000 });
    });
  });

  void it('each workspace folder has its own index; a file outside every folder uses a fallback index', async () => {
    const a = folder('folder-a', { 'models.py': 'model Lead\n', 'v.py': 'use Lead\n' });
    const b = folder('folder-b', { 'v.py': 'use Lead\n' });
    const outside = path.join(folder('outside', { 'o.py': 'model Solo\nuse Solo\nuse Lead\n' }), 'o.py');
    await withClient([a, b], async (c) => {
      c.open(fileUri(path.join(a, 'v.py')), 'python', 'use Lead\n');
      c.open(fileUri(path.join(b, 'v.py')), 'python', 'use Lead\n');
      c.open(fileUri(outside), 'python', fs.readFileSync(outside, 'utf8'));
      await c.waitForDiagnostics(fileUri(path.join(a, 'v.py')), (ds) => ds.length === 1);
      await c.waitForDiagnostics(fileUri(path.join(b, 'v.py')), (ds) => ds.length === 0);
      const ds = await c.waitForDiagnostics(fileUri(outside), (x) => x.length === 1);
      assert.equal(ds[0]!.range.start.line, 1, 'Solo (declared in the same file) is found; Lead of folder-a is not');
    });
  });

  void it('an internal error gives a log line and a single warning per document, not one per keystroke', async () => {
    const dir = folder('boom', { 'app/models.py': 'model Lead\n' });
    await withClient([dir], async (c) => {
      const boom = fileUri(path.join(dir, 'app/boom.py'));
      const fine = fileUri(path.join(dir, 'app/fine.py'));
      c.open(boom, 'python', 'use Lead\n');
      c.open(fine, 'python', 'use Lead\n');
      await c.waitForDiagnostics(fine, (ds) => ds.length === 1);
      await c.waitForDiagnostics(boom, (ds) => ds.length === 0);
      for (let i = 0; i < 3; i++) {
        c.replaceAll(boom, `use Lead\n# ${i}\n`);
        await c.waitForDiagnostics(boom);
      }
      const warnings = c.shown.filter((m) => m.includes('could not be fully analysed'));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0]!, /boom\.py/);
      const logged = c.logs.filter((l) => l.message.includes('was not fully analysed'));
      assert.equal(logged.length, 1, 'the same error is logged once');
      assert.match(logged[0]!.message, /test host exploded/);
      // The other document keeps its findings.
      assert.equal(c.latest(fine)!.diagnostics.length, 1);
    });
  });
});
