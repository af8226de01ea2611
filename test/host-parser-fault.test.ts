// A document that makes a tree-sitter parser fault (1,000 nested `if` overflow the WebAssembly
// parser's own stack: "memory access out of bounds") is reported as not analysed, in words, and
// never poisons the parser: later documents of the same language still get their findings.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { parserResets } from '../server/src/engine/host/treesitter';

let catalog: CatalogView;
before(async () => {
  await loadEngine();
  catalog = new CatalogSnapshot(tablesFromSql('CREATE TABLE leads (id bigint, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);').tables);
});

const DEPTH = 1000;
const cases: { lang: string; file: string; normal: string; deep: () => string }[] = [
  {
    lang: 'python',
    file: 'reports.py',
    normal: 'def rows(cursor):\n    cursor.execute("SELECT * FROM leads WHERE company = %s", ["x"])\n',
    deep: () => {
      let s = 'def f(cursor, x):\n';
      for (let i = 1; i <= DEPTH; i++) s += '    '.repeat(i) + 'if x:\n' + '    '.repeat(i + 1) + 'cursor.execute("SELECT * FROM leads WHERE company = %s", [x])\n';
      return s;
    },
  },
  {
    lang: 'ruby',
    file: 'report.rb',
    normal: 'def report\n  Lead.connection.execute("SELECT * FROM leads WHERE company = \'x\'")\nend\n',
    deep: () => 'def f(x)\n' + 'if x\nLead.connection.execute("SELECT * FROM leads")\n'.repeat(DEPTH) + 'end\n'.repeat(DEPTH) + 'end\n',
  },
  {
    lang: 'typescript',
    file: 'report.ts',
    normal: "export async function rows(pool: any) {\n  return pool.query('SELECT * FROM leads WHERE company = $1', ['x']);\n}\n",
    deep: () => 'async function f(pool: any, x: any) {\n' + "if (x) {\npool.query('SELECT * FROM leads');\n".repeat(DEPTH) + '}\n'.repeat(DEPTH) + '}\n',
  },
];

for (const c of cases) {
  void test(`${c.lang}: a deeply nested document never poisons the parser for the next one`, (t) => {
    const expected = checkFile(c.lang, c.normal, catalog, undefined, c.file);
    assert.equal(expected.internalError, undefined);
    assert.deepEqual(expected.findings.map((f) => f.code), ['partition-key-missing'], 'the normal document has its finding');
    const resetsBefore = parserResets;
    for (let round = 0; round < 2; round++) {
      const deep = checkFile(c.lang, c.deep(), catalog, undefined, `deep-${c.file}`);
      if (deep.internalError !== undefined) {
        // The fault is reported in words, and the parser instance was replaced.
        assert.match(deep.internalError, new RegExp(`the ${c.lang} parser failed on this document \\(.*too deeply nested\\?\\); it was restarted`));
        t.diagnostic(`round ${round}: ${deep.internalError.split('\n')[0]}`);
      } else t.diagnostic(`round ${round}: parsed without a fault (${deep.findings.length} findings)`);
      const after = checkFile(c.lang, c.normal, catalog, undefined, c.file);
      assert.equal(after.internalError, undefined, `round ${round}: the next document is analysed`);
      assert.deepEqual(after.findings, expected.findings, `round ${round}: and gets the same findings`);
    }
    t.diagnostic(`parser instances replaced: ${parserResets - resetsBefore}`);
  });
}
