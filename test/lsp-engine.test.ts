// The engine entry point the server and the CLI share: checkFile (rule on/off, severity
// overrides, suppressions, never throwing), the per-statement memo the editor uses, and the
// server's settings normalisation and include/exclude scoping.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { checkFile, createCatalogIndex, documentKind, loadEngine, StatementCache, tablesFromSetting } from '../server/src/engine/index';
import { inScope, normalizeSettings } from '../server/src/lsp/config';
import { parseQualifiedName } from '../server/src/lsp/hover';
import { splitStatements } from '../server/src/engine/sql/split';
import { filterCondition, filterEdit, snippetToPlain, whereCondition } from '../server/src/lsp/codeActions';

const ROOT = path.resolve(import.meta.dirname, '..');
let catalog: CatalogSnapshot;

before(async () => {
  await loadEngine();
  const index = createCatalogIndex();
  index.setFile('db/structure.sql', fs.readFileSync(path.join(ROOT, 'test/fixtures/lsp-workspace/db/structure.sql'), 'utf8'));
  catalog = index.snapshot();
});

const QUERIES = [
  "SELECT * FROM leads WHERE company = 'x';",
  "SELECT * FROM leads WHERE created_at >= '2026-11-01' AND created_at < '2026-12-01';",
  'SELECT * FROM campaigns c JOIN leads l ON l.id = c.id WHERE c.user_id = 3;',
  "UPDATE leads SET company = 'y' WHERE date_trunc('day', created_at) = '2026-11-02';",
  'SELECT 1;',
].join('\n');

void describe('checkFile', () => {
  void it('reports findings sorted, with default severities', () => {
    const r = checkFile('q.sql', QUERIES, catalog);
    assert.equal(r.kind, 'sql');
    assert.deepEqual(
      r.findings.map((f) => [QUERIES.slice(f.start, f.end), f.code, f.severity]),
      [
        ['leads', 'partition-key-missing', 'warning'],
        ['leads', 'partition-key-missing', 'warning'],
        ['leads', 'partition-key-not-prunable', 'warning'],
      ],
    );
  });

  void it('severity overrides, off, and enable=false', () => {
    const sev = checkFile('q.sql', QUERIES, catalog, { severity: { 'partition-key-missing': 'error', 'partition-key-not-prunable': 'hint' } });
    assert.deepEqual(sev.findings.map((f) => f.severity), ['error', 'error', 'hint']);
    const off = checkFile('q.sql', QUERIES, catalog, { severity: { 'partition-key-missing': 'off' } });
    assert.deepEqual(off.findings.map((f) => f.code), ['partition-key-not-prunable']);
    assert.deepEqual(checkFile('q.sql', QUERIES, catalog, { enable: false }).findings, []);
  });

  void it('applies suppression comments', () => {
    const text = `-- partition-lens-disable-next-line partition-key-missing\n${QUERIES}`;
    const r = checkFile('sql', text, catalog);
    assert.deepEqual(r.findings.map((f) => f.code), ['partition-key-missing', 'partition-key-not-prunable']);
    assert.equal(text.slice(0, r.findings[0]!.start).split('\n').length, 4, 'the first query (line 2) is suppressed; the next finding is on line 4');
  });

  void it('unknown kinds and hostile input give no findings and no exception', () => {
    assert.equal(documentKind('notes.txt'), undefined);
    assert.deepEqual(checkFile('notes.txt', 'SELECT * FROM leads', catalog).findings, []);
    for (const t of ["SELECT * FROM leads WHERE x = '", '\u0000\uffff', 'SELECT * FROM leads WHERE ((((', '/* unterminated']) {
      const r = checkFile('q.sql', t, catalog);
      assert.equal(r.internalError, undefined);
    }
  });
});

void describe('StatementCache', () => {
  void it('gives exactly what a full check gives, across edits, and forgets on a catalog change', () => {
    const cache = new StatementCache();
    let text = QUERIES;
    const edits: [string, string][] = [
      ["company = 'x'", "company = 'xy'"],
      ['SELECT 1;', "SELECT 1;\nSELECT * FROM leads WHERE company = 'x';"],
      ['WHERE c.user_id = 3', 'WHERE c.user_id = 3 AND l.created_at > now()'],
      ["'2026-12-01';", "'2026-12-01' OR true;"],
      ['UPDATE', '-- comment\nUPDATE'],
    ];
    for (const [from, to] of [['', ''], ...edits] as [string, string][]) {
      if (from) text = text.replace(from, to);
      const full = checkFile('q.sql', text, catalog);
      const memo = checkFile('q.sql', text, catalog, undefined, undefined, cache);
      assert.deepEqual(memo, full, `after replacing ${from}`);
    }
    // A different catalog must not reuse memoised findings.
    const empty = createCatalogIndex().snapshot();
    assert.deepEqual(checkFile('q.sql', text, empty, undefined, undefined, cache).findings, []);
    const again = checkFile('q.sql', text, catalog, { severity: { 'partition-key-not-prunable': 'off' } }, undefined, cache);
    assert.deepEqual(again.findings.map((f) => f.code).sort(), checkFile('q.sql', text, catalog, { severity: { 'partition-key-not-prunable': 'off' } }).findings.map((f) => f.code).sort());
  });
});

void describe('SET search_path in a checked SQL file', () => {
  void it('resolves the unqualified names after it, in a full check and in the StatementCache across edits', () => {
    const cat = createCatalogIndex();
    cat.setFile('schema.sql', 'CREATE SCHEMA s1;\nCREATE TABLE s1.t (a int) PARTITION BY RANGE (a);\nCREATE TABLE s1.t_1 PARTITION OF s1.t FOR VALUES FROM (0) TO (10);\n');
    const view = cat.snapshot();
    let text = 'SELECT * FROM t;\nSET search_path TO s1, public;\nSELECT * FROM t;\nRESET search_path;\nSELECT * FROM t;\n';
    const lines = (t: string, r: { findings: readonly { start: number }[] }): number[] => r.findings.map((f) => t.slice(0, f.start).split('\n').length);
    assert.deepEqual(lines(text, checkFile('q.sql', text, view)), [3]);
    const cache = new StatementCache();
    const edits: [string, string][] = [['', ''], ['RESET search_path;', 'SET search_path = s1;'], ['SET search_path TO s1, public;', 'SELECT 1;'], ['SELECT 1;', 'SET search_path TO s1;']];
    for (const [from, to] of edits) {
      if (from) text = text.replace(from, to);
      const full = checkFile('q.sql', text, view);
      assert.deepEqual(checkFile('q.sql', text, view, undefined, undefined, cache), full, `after replacing ${from}`);
    }
    assert.deepEqual(lines(text, checkFile('q.sql', text, view)), [3, 5]);
  });
});

void describe('StatementCache.split', () => {
  void it('equals a full split after every random edit (quotes, comments, dollar quotes, COPY, BEGIN ATOMIC)', () => {
    const corpus = [
      fs.readFileSync(path.join(ROOT, 'test/fixtures/lsp-workspace/db/structure.sql'), 'utf8'),
      QUERIES,
      "SELECT 'a;b' AS x;\nSELECT $$ ; $$;\nCOPY t FROM stdin;\n1\t2\n\\.\nSELECT 1; SELECT 2;\n/* ; */ SELECT \"q;\";\n",
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nSELECT * FROM leads;\n\\connect db\nSELECT 3;\n',
    ].join('\n');
    const pieces = [';', '\n', "'", '"', '$$', '--', '/*', '*/', 'SELECT 1', ' ', 'COPY x FROM stdin', '\\.', 'BEGIN ATOMIC', 'END', 'x'];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const cache = new StatementCache();
    let text = corpus;
    for (let i = 0; i < 600; i++) {
      const at = rnd(text.length + 1);
      if (rnd(3) === 0 && text.length > 0) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rnd(5)));
      else text = text.slice(0, at) + pieces[rnd(pieces.length)]! + text.slice(at);
      if (i % 97 === 0) text = corpus; // Back to a clean file now and then, so edits keep hitting real SQL.
      assert.deepEqual([...cache.split(text)], splitStatements(text), `edit ${i}`);
    }
    // An edit at the end reuses the pieces before it (same objects: nothing was split again).
    const before = cache.split(corpus);
    const after = cache.split(`${corpus}\nSELECT 9;`);
    assert.equal(after[0], before[0]);
    assert.equal(after[before.length - 2], before[before.length - 2]);
  });
});

void describe('server settings', () => {
  void it('normalises user input', () => {
    assert.deepEqual(normalizeSettings({ severity: { 'partition-key-missing': 'Info', x: 'loud' }, include: ['**/*.sql', 3], debounceMs: 99999 }), {
      enable: true,
      severity: { 'partition-key-missing': 'information' },
      include: ['**/*.sql'],
      exclude: [],
      tables: undefined,
      debounceMs: 5000,
      maxFileSize: 2_000_000,
    });
    assert.equal(normalizeSettings(null).debounceMs, 150);
    // partitionLens.maxFileSize: clamped to [1,000, 100,000,000], nonsense falls back to the default.
    assert.equal(normalizeSettings({ maxFileSize: 5 }).maxFileSize, 1000);
    assert.equal(normalizeSettings({ maxFileSize: 5e6 }).maxFileSize, 5_000_000);
    assert.equal(normalizeSettings({ maxFileSize: 'big' }).maxFileSize, 2_000_000);
    assert.equal(normalizeSettings({ enable: false }).enable, false);
  });

  void it('include / exclude globs and always-skipped directories', () => {
    const none = { include: [], exclude: [] };
    assert.equal(inScope('db/structure.sql', none), true);
    assert.equal(inScope('node_modules/x/a.sql', none), false);
    assert.equal(inScope('app/vendor/a.rb', none), false);
    assert.equal(inScope('db/a.sql', { include: ['db/**'], exclude: [] }), true);
    assert.equal(inScope('app/a.rb', { include: ['db/**'], exclude: [] }), false);
    assert.equal(inScope('legacy/old.sql', { include: [], exclude: ['legacy/**'] }), false);
    assert.equal(inScope('deep/dir/generated.sql', { include: [], exclude: ['generated.sql'] }), false, 'a bare name matches in any directory');
  });

  void it('tables declared in settings', () => {
    const r = tablesFromSetting([{ name: 'public.events', strategy: 'range', key: ['at'] }]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.tables.map((t) => [t.schema, t.name, t.strategy]), [['public', 'events', 'range']]);
    assert.ok(tablesFromSetting('nonsense').errors.length > 0);
  });
});

void describe('hover and quick-fix helpers', () => {
  void it('parses qualified and quoted names', () => {
    assert.deepEqual(parseQualifiedName('public.leads'), { schema: 'public', name: 'leads' });
    assert.deepEqual(parseQualifiedName('Leads'), { name: 'leads' });
    assert.deepEqual(parseQualifiedName('"My Schema"."Le""ads"'), { schema: 'My Schema', name: 'Le"ads' });
    assert.equal(parseQualifiedName('a..b'), undefined);
  });

  void it('builds filter snippets per strategy: tab stops, never a guessed value', () => {
    assert.equal(filterCondition({ strategy: 'range', keyColumns: ['created_at'], qualifier: 'l' }, undefined), 'l.created_at >= ${1:from} AND l.created_at < ${2:to}');
    assert.equal(filterCondition({ strategy: 'hash', keyColumns: ['user_id', 'Org'] }, undefined), 'user_id = ${1:value1} AND "Org" = ${2:value2}');
    assert.equal(filterCondition({ strategy: 'list', keyColumns: ['region'] }, undefined), 'region = ${1:value}');
    assert.equal(filterCondition({ strategy: 'list', keyColumns: ['order'] }, undefined), '"order" = ${1:value}');
    assert.equal(filterCondition({ strategy: 'range', keyColumns: ['Order Date'], qualifier: 'ev' }, undefined), 'ev."Order Date" >= ${1:from} AND ev."Order Date" < ${2:to}');
    assert.equal(filterCondition({ strategy: 'range', keyColumns: ['lower(email)'] }, undefined), '(lower(email)) >= ${1:from} AND (lower(email)) < ${2:to}');
    assert.equal(snippetToPlain('a$b >= ${1:from} AND x = \\$1'), 'a$b >= … AND x = $1');
  });

  void it('filter edits keep the meaning of an existing OR and make the query prunable once filled', () => {
    const cases: [string, string][] = [
      ["SELECT id FROM leads WHERE company = 'a' OR company = 'b' ORDER BY id", "SELECT id FROM leads WHERE (company = 'a' OR company = 'b') AND leads.created_at >= '2026-11-01' AND leads.created_at < '2026-12-01' ORDER BY id"],
      ["SELECT id FROM leads WHERE company = 'or' AND (id = 1 OR id = 2)", "SELECT id FROM leads WHERE company = 'or' AND (id = 1 OR id = 2) AND leads.created_at >= '2026-11-01' AND leads.created_at < '2026-12-01'"],
      ['SELECT id FROM leads ORDER BY id LIMIT 5', "SELECT id FROM leads WHERE leads.created_at >= '2026-11-01' AND leads.created_at < '2026-12-01' ORDER BY id LIMIT 5"],
    ];
    for (const [query, expected] of cases) {
      const [f] = checkFile('q.sql', query, catalog).findings;
      assert.ok(f?.fix?.insertAt, query);
      const plan = filterEdit(f, catalog.lookup('public', 'leads'), query)!;
      let out = query;
      // The user fills the tab stops.
      const fill = (t: string): string => t.replace('${1:from}', "'2026-11-01'").replace('${2:to}', "'2026-12-01'");
      for (const e of [...plan.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + (e.snippet ? fill(e.newText) : e.newText) + out.slice(e.end);
      assert.equal(out.replace(/ (leads\.)?created_at/g, ' leads.created_at'), expected);
      assert.deepEqual(checkFile('q.sql', out, catalog).findings, [], `the fixed query is prunable: ${out}`);
    }
    assert.deepEqual(whereCondition("x WHERE a = 'it''s' OR /* or */ b", 0, 33), { start: 8, hasOr: true });
    assert.deepEqual(whereCondition('x WHERE (a OR b) -- or\n AND c', 0, 30), { start: 8, hasOr: false });
  });
});
