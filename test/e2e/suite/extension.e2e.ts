/// <reference types="mocha" />
// End-to-end tests inside the real VS Code extension host, against the installed .vsix, a
// fixture workspace (test/e2e/workspace) and a throwaway PostgreSQL (PL_E2E_DB_URL).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'partition-lens.partition-lens';
const ws = (): string => {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder open');
  return f.uri.fsPath;
};

/** Polls a condition until it holds or the deadline passes (no fixed sleeps). */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'partition-lens');
}

async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(path.join(ws(), rel));
  return vscode.window.showTextDocument(doc);
}

function textAt(doc: vscode.TextDocument, r: vscode.Range): string {
  return doc.getText(r);
}

suite('Partition Lens in a real VS Code', () => {
  let activationMs = -1;

  suiteSetup(async () => {
    const t = Date.now();
    await open('queries.sql');
    const ext = await waitFor('the extension to be installed', () => vscode.extensions.getExtension(EXTENSION_ID));
    await waitFor('the extension to activate', () => ext.isActive);
    activationMs = Date.now() - t;
    console.log(`[pl-e2e] activation after opening a .sql file: ${activationMs} ms`);
    (globalThis as { plE2eActivationMs?: number }).plE2eActivationMs = activationMs;
    // The extension host marks the call of activate() (after the bundle is loaded) and its end.
    const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks;
    const marks = perf?.getMarks() ?? [];
    const will = marks.find((m) => m.name === `code/extHost/willActivateExtension/${EXTENSION_ID}`);
    const did = marks.find((m) => m.name === `code/extHost/didActivateExtension/${EXTENSION_ID}`);
    if (will && did) {
      const activateCallMs = Math.round(did.startTime - will.startTime);
      (globalThis as { plE2eActivateCallMs?: number }).plE2eActivateCallMs = activateCallMs;
      console.log(`[pl-e2e] activate() of the installed extension took ${activateCallMs} ms`);
    }
  });

  test('activates from the installed .vsix when a .sql file opens', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive);
    // The code-server launcher runs the installed .vsix; the electron launcher the source folder.
    const installed = process.env.PL_E2E_EXTENSION_PATH;
    if (installed) {
      assert.equal(ext.extensionPath, installed);
      // Packaged, not the source tree: bundles and WebAssembly present, sources absent.
      for (const f of ['package.json', 'dist/extension.js', 'dist/server.js']) assert.ok(fs.existsSync(path.join(installed, f)), `${f} is missing from the .vsix`);
      assert.ok(fs.readdirSync(path.join(installed, 'dist')).some((f) => f.endsWith('.wasm')), 'no .wasm file in the .vsix');
      assert.ok(!fs.existsSync(path.join(installed, 'client')), 'the .vsix contains the client sources');
    }
    assert.ok(activationMs >= 0);
  });

  test('flags a query on leads without a created_at filter, at the table name', async () => {
    const ed = await open('queries.sql');
    const diags = await waitFor('a diagnostic in queries.sql', () => (ours(ed.document.uri).length ? ours(ed.document.uri) : undefined));
    assert.equal(diags.length, 1, JSON.stringify(diags));
    const d = diags[0]!;
    assert.equal(typeof d.code === 'object' ? d.code.value : d.code, 'partition-key-missing');
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [0, 14, 0, 19]);
    assert.equal(textAt(ed.document, d.range), 'leads');
    assert.match(d.message, /leads/);
    assert.match(d.message, /created_at/);
  });

  test('hover on the table names strategy and key', async () => {
    const ed = await open('queries.sql');
    const hovers = await waitFor('a hover', async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ed.document.uri, new vscode.Position(0, 16));
      const text = hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
      return /created_at/.test(text) ? text : undefined;
    });
    assert.match(hovers, /range/i);
  });

  test('the diagnostic disappears when the query gains a partition-key filter', async () => {
    const ed = await open('queries.sql');
    await waitFor('the initial diagnostic', () => (ours(ed.document.uri).length === 1 ? true : undefined));
    const line = ed.document.lineAt(0);
    const semicolon = line.text.lastIndexOf(';');
    await ed.edit((e) => e.insert(new vscode.Position(0, semicolon), " AND created_at >= '2026-11-01' AND created_at < '2026-12-01'"));
    await waitFor('the diagnostic to disappear', () => (ours(ed.document.uri).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('undo');
    await waitFor('the diagnostic to return after undo', () => (ours(ed.document.uri).length === 1 ? true : undefined));
  });

  test('the quick fix inserts a partition-key filter', async () => {
    const ed = await open('queries.sql');
    const d = await waitFor('the diagnostic', () => ours(ed.document.uri)[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ed.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && /filter|created_at/i.test(a.title));
    assert.ok(fix, 'no filter quick fix among: ' + actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(ed.document.lineAt(0).text, /created_at/);
    await waitFor('the diagnostic to disappear after the fix', () => (ours(ed.document.uri).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('undo');
  });

  test('a suppression comment silences the next line, and only it', async () => {
    const ed = await open('suppressed.sql');
    // Removing the comment makes the diagnostic appear, which proves the file is analysed.
    await ed.edit((e) => e.replace(ed.document.lineAt(0).range, '-- no directive here'));
    await waitFor('the unsuppressed diagnostic', () => (ours(ed.document.uri).length === 1 ? true : undefined));
    await ed.edit((e) => e.replace(ed.document.lineAt(0).range, '-- partition-lens-disable-next-line'));
    await waitFor('the suppression to take effect', () => (ours(ed.document.uri).length === 0 ? true : undefined));
  });

  /** Replaces the whole document (restoring a fixture after an edit). */
  async function setText(ed: vscode.TextEditor, text: string): Promise<void> {
    const all = new vscode.Range(ed.document.positionAt(0), ed.document.positionAt(ed.document.getText().length));
    assert.ok(await ed.edit((e) => e.replace(all, text)));
  }

  async function fixesFor(ed: vscode.TextEditor, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
    return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ed.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  }

  for (const [file, comment] of [
    ['queries.sql', '--'],
    ['app/services/lead_report.rb', '#'],
    ['crm/reports.py', '#'],
  ] as const) {
    test(`suppression quick fixes in ${file}: this line, then this file`, async () => {
      const ed = await open(file);
      const original = ed.document.getText();
      try {
        for (const [which, directive] of [
          ['on this line', 'partition-lens-disable-next-line'],
          ['in this file', 'partition-lens-disable'],
        ] as const) {
          const d = await waitFor('the diagnostic', () => ours(ed.document.uri)[0]);
          const title = `Suppress partition-key-missing ${which}`;
          const fix = await waitFor(`the quick fix "${title}"`, async () => (await fixesFor(ed, d)).find((a) => a.title === title && a.edit));
          assert.ok(await vscode.workspace.applyEdit(fix.edit!));
          const added = ed.document.getText().split('\n').filter((l) => !original.split('\n').includes(l));
          assert.equal(added.length, 1, JSON.stringify(added));
          assert.equal(added[0]!.trim(), `${comment} ${directive} partition-key-missing`);
          await waitFor('the suppressed diagnostic to disappear', () => (ours(ed.document.uri).length === 0 ? true : undefined));
          await setText(ed, original);
          await waitFor('the diagnostic to return', () => (ours(ed.document.uri).length > 0 ? true : undefined));
        }
      } finally {
        if (ed.document.getText() !== original) await setText(ed, original);
      }
    });
  }

  for (const [file, key] of [
    ['app/services/lead_report.rb', /created_at/],
    ['src/leads.ts', /createdAt/],
    ['crm/reports.py', /created_at/],
  ] as const) {
    test(`the filter quick fix in ${file} adds a condition on the key and clears the diagnostic`, async () => {
      const ed = await open(file);
      const original = ed.document.getText();
      try {
        const d = await waitFor('the diagnostic', () => ours(ed.document.uri)[0]);
        const line = d.range.start.line;
        // A request may be cancelled while the server re-checks the freshly opened file: retry.
        const fix = await waitFor('a preferred quick fix', async () => (await fixesFor(ed, d)).find((a) => a.isPreferred && a.edit));
        assert.match(fix.title, key);
        assert.ok(await vscode.workspace.applyEdit(fix.edit!));
        assert.match(ed.document.lineAt(line).text, key);
        await waitFor('the fixed diagnostic to disappear', () => (ours(ed.document.uri).length === 0 ? true : undefined));
      } finally {
        await setText(ed, original);
      }
      await waitFor('the diagnostic to return', () => (ours(ed.document.uri).length === 1 ? true : undefined));
    });
  }

  for (const [file, line, text] of [
    ['app/services/lead_report.rb', 2, 'Lead'],
    ['src/leads.ts', 5, 'lead'],
    ['crm/reports.py', 4, 'Lead'],
  ] as const) {
    test(`flags the ORM query in ${file} at the model`, async () => {
      const ed = await open(file);
      const diags = await waitFor(`a diagnostic in ${file}`, () => (ours(ed.document.uri).length ? ours(ed.document.uri) : undefined));
      assert.equal(diags.length, 1, JSON.stringify(diags.map((d) => [d.range.start.line, d.message])));
      const d = diags[0]!;
      assert.equal(d.range.start.line, line);
      assert.equal(textAt(ed.document, d.range), text);
      assert.equal(typeof d.code === 'object' ? d.code.value : d.code, 'partition-key-missing');
    });
  }
});
