/**
 * The TextMate injection grammars in `syntaxes/` (SQL in Ruby heredocs, TS/JS tagged templates,
 * Python triple-quoted strings passed to execute/text), checked with vscode-tmgrammar-test.
 *
 * The injections need base grammars (source.ruby, source.ts, source.python, source.sql), which
 * ship inside VS Code and are not in node_modules. test/fixtures/grammar/ holds minimal stand-ins
 * (comments, strings, a few keywords) passed with `-g`; the injection grammars themselves are
 * loaded from package.json `contributes.grammars` exactly as VS Code loads them (with injectTo),
 * so a wrong registration fails here too. Assertions only look at scopes the injections add or
 * must not add, never at details of the stand-ins.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const tool = path.join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const stubs = ['stub-sql', 'stub-ruby', 'stub-typescript', 'stub-python'].flatMap((s) => ['-g', path.join('test', 'fixtures', 'grammar', `${s}.tmLanguage.json`)]);

function runTool(cases: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [tool, '--config', 'package.json', ...stubs, cases], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

void test('package.json registers the three injection grammars with injectTo and an embedded SQL language', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    contributes: { grammars?: { scopeName: string; path: string; injectTo?: string[]; embeddedLanguages?: Record<string, string> }[] };
  };
  const mine = (pkg.contributes.grammars ?? []).filter((g) => g.scopeName.startsWith('partition-lens.sql-injection.'));
  assert.deepEqual(
    mine.map((g) => [g.scopeName, g.injectTo]),
    [
      ['partition-lens.sql-injection.ruby', ['source.ruby']],
      ['partition-lens.sql-injection.ts', ['source.ts', 'source.tsx', 'source.js', 'source.js.jsx']],
      ['partition-lens.sql-injection.python', ['source.python']],
    ],
  );
  for (const g of mine) {
    const grammar = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8')) as { scopeName: string; injectionSelector?: string };
    assert.equal(grammar.scopeName, g.scopeName, g.path);
    assert.match(grammar.injectionSelector ?? '', /^L:/, `${g.path} must inject before the host grammar's own rules`);
    assert.deepEqual(g.embeddedLanguages, { 'meta.embedded.block.sql': 'sql' });
  }
});

void test('grammar test cases: heredocs, tagged templates, Python execute/text strings', (t) => {
  if (!fs.existsSync(tool)) {
    t.skip('VSCODE-TMGRAMMAR-TEST IS NOT INSTALLED (npm ci installs it as a dev dependency)');
    return;
  }
  const r = runTool(path.join('test', 'fixtures', 'grammar', '*.grammar-test.*'));
  assert.equal(r.status, 0, r.out);
  for (const f of ['heredoc.grammar-test.rb', 'template.grammar-test.ts', 'python.grammar-test.py']) assert.match(r.out, new RegExp(`✓ .*${f.replace('.', '\\.')}`), r.out);
});

void test('the tool really checks: a wrong expectation fails', (t) => {
  if (!fs.existsSync(tool)) {
    t.skip('VSCODE-TMGRAMMAR-TEST IS NOT INSTALLED (npm ci installs it as a dev dependency)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-grammar-'));
  try {
    const file = path.join(dir, 'wrong.grammar-test.ts');
    // An untagged template is not SQL, so claiming a SQL keyword there must fail.
    fs.writeFileSync(file, '// SYNTAX TEST "source.ts" "negative control"\nconst x = `SELECT 1`;\n//         ^^^^^^ keyword.other.DML.sql\n');
    const r = runTool(file);
    assert.notEqual(r.status, 0, r.out);
    assert.match(r.out, /missing required scopes: keyword\.other\.DML\.sql/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
