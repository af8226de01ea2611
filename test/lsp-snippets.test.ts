// Quick fixes through the language server to a client that supports snippet edits (LSP 3.18):
// the filter arrives as a SnippetTextEdit with tab stops the user fills, never a guessed value;
// a provably equivalent rewrite arrives as a plain edit.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileUri, LspClient } from './helpers/lsp-client';

const ROOT = path.resolve(import.meta.dirname, '..');
let client: LspClient;
let dir: string;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lsp-snip-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'lsp-workspace'), dir, { recursive: true });
  client = await LspClient.start({ folders: [dir], settings: () => ({ debounceMs: 20 }), snippetEdits: true });
});

after(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

void it('a client with snippet edits gets tab stops for the values, and the exact rewrite as a plain edit', async () => {
  const uri = fileUri(path.join(dir, 'snippets.sql'));
  const text = "SELECT id FROM leads WHERE company = 'x';\nSELECT id FROM leads WHERE date_trunc('month', created_at) = '2026-11-01';\n";
  client.open(uri, 'sql', text);
  const diags = await client.waitForDiagnostics(uri, (d) => d.length === 2);
  const [filter] = await client.codeActions(uri, diags[0]!.range, [diags[0]!]);
  const change = filter!.edit!.documentChanges![0] as { edits: { snippet?: { kind: string; value: string }; newText?: string }[] };
  assert.deepEqual(change.edits.map((e) => e.snippet?.value), [' AND leads.created_at >= ${1:from} AND leads.created_at < ${2:to}']);
  const [rewrite] = await client.codeActions(uri, diags[1]!.range, [diags[1]!]);
  assert.match(rewrite!.title, /^Rewrite date_trunc\('month', created_at\) = '2026-11-01' as a range on created_at \(same rows/);
  assert.equal(rewrite!.isPreferred, true);
  const edits = rewrite!.edit!.changes![uri]!;
  assert.equal(edits[0]!.newText, "created_at >= '2026-11-01' AND created_at < '2026-12-01'");
});
