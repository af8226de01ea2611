// The SQL layer: statement splitting, placeholder replacement, offsets and error positions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteToUtf16, ensureParserLoaded, parseSql, replacePlaceholders, scanTokens, splitStatements } from '../server/src/engine/sql/parse';
import { exprText, normalizeExpr, referencedColumns } from '../server/src/engine/sql/deparse';

const texts = (sql: string): string[] => splitStatements(sql).map((p) => p.text);

void test('split: quotes, E strings, dollar quotes and nested comments hide semicolons', () => {
  const sql = [
    "SELECT 'a;b', \"c;d\" FROM t;",
    "SELECT E'it\\'s;' AS x;",
    'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;',
    'SELECT $$;$$;',
    '/* outer /* inner; */ still; */ SELECT 2;',
    '-- comment; here\nSELECT 3',
  ].join('\n');
  assert.deepEqual(texts(sql), [
    "SELECT 'a;b', \"c;d\" FROM t",
    "SELECT E'it\\'s;' AS x",
    'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql',
    'SELECT $$;$$',
    'SELECT 2',
    'SELECT 3',
  ]);
});

void test('split: a standard string ends at its quote even after a backslash', () => {
  assert.deepEqual(texts("SELECT 'a\\'; SELECT 2"), ["SELECT 'a\\'", 'SELECT 2']);
});

void test('split: piece start offsets point at the first character of each statement', () => {
  const sql = '  SELECT 1 ;\n\n-- x\n  SELECT 2';
  const pieces = splitStatements(sql);
  assert.deepEqual(
    pieces.map((p) => [p.start, sql.slice(p.start, p.start + p.text.length)]),
    [
      [2, 'SELECT 1'],
      [21, 'SELECT 2'],
    ],
  );
});

void test('split: BEGIN ATOMIC bodies (with CASE … END inside) stay one statement', () => {
  const fn =
    'CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END; SELECT 3; END';
  const proc = 'CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END';
  assert.deepEqual(texts(`${fn};\n${proc};\nBEGIN; SELECT 1; END;`), [fn, proc, 'BEGIN', 'SELECT 1', 'END']);
});

void test('split: CREATE RULE … DO (a; b) keeps its semicolons inside the parentheses', () => {
  const rule = 'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))';
  assert.deepEqual(texts(`${rule}; SELECT (1; SELECT 2`), [rule, 'SELECT (1', 'SELECT 2']);
});

void test('split: psql meta-commands and COPY … FROM stdin data blocks are skipped', () => {
  const sql = [
    '\\connect mydb',
    "SELECT pg_catalog.set_config('search_path', '', false);",
    'COPY public.t (a, b) FROM stdin;',
    '1\tit; is data',
    "2\t'unbalanced",
    '\\.',
    '',
    'CREATE TABLE x (a int);',
    '\\unrestrict abc',
    'COPY t FROM stdin;',
    'never terminated; data',
  ].join('\n');
  assert.deepEqual(texts(sql), [
    "SELECT pg_catalog.set_config('search_path', '', false)",
    'COPY public.t (a, b) FROM stdin',
    'CREATE TABLE x (a int)',
    'COPY t FROM stdin',
  ]);
  // COPY … TO stdout has no data lines after it.
  assert.deepEqual(texts('COPY t TO stdout;\nSELECT 1;'), ['COPY t TO stdout', 'SELECT 1']);
});

void test('split: unterminated constructs run to the end without throwing', () => {
  for (const sql of ["SELECT 'abc", 'SELECT "abc', 'SELECT $$abc', 'SELECT $t$ abc $$', 'SELECT 1 /* abc /* x */', "E'\\", '$', '\\', ':', '']) {
    const pieces = splitStatements(sql);
    assert.ok(pieces.length <= 1, sql);
    if (pieces[0]) assert.equal(pieces[0].start + pieces[0].text.length <= sql.length, true);
  }
  assert.deepEqual(texts("SELECT 1; SELECT 'open; SELECT 3"), ['SELECT 1', "SELECT 'open; SELECT 3"]);
});

void test('split: large input stays linear', () => {
  const sql = 'SELECT 1; '.repeat(50_000) + "'".repeat(1) + '/*'.repeat(10_000);
  const t0 = performance.now();
  const n = splitStatements(sql).length;
  assert.equal(n, 50_001);
  assert.ok(performance.now() - t0 < 2000);
});

void test('placeholders: each kind becomes a parameter of the same length', () => {
  const cases: [string, string][] = [
    ['a = ? AND b = ?', 'a =$1 AND b =$2'],
    ['LIMIT ?', 'LIMIT 0'],
    ['f(?,?)', 'f(0,0)'],
    ['f(?, ?) AND x = ?', 'f(0,$1) AND x =$2'],
    ['x = :id AND y = :id AND z = :other', 'x = $1  AND y = $1  AND z = $2    '],
    ['x::text, y := 1, a[1:2], c:=:v', 'x::text, y := 1, a[1:2], c:=$1'],
    ['a[:n], a[lo:hi], x :: int', 'a[:n], a[lo:hi], x :: int'],
    ["x = %s AND y LIKE '%s' AND z = %(name)s", "x = $1 AND y LIKE '%s' AND z = $2      "],
    ['a %% b = %s', 'a %% b = $1'],
    ['id IN %s AND x', 'id IN($1)AND x'],
    ['id IN %(ids)s', 'id IN ($1)   '],
    ['id NOT IN %s', 'id NOT IN(0)'],
    ['a IN %s\nAND b = %s', 'a IN($1)AND b = $2'],
    ['a IN %s) AND b = %s', 'a IN(0)) AND b = $1'],
    ['a = ${user.id} AND b = ${f({x: 1})}', 'a = $1         AND b = $2          '],
    ["a = :'v' AND b = :\"tbl\".c", 'a = $1   AND b =  "tbl".c'],
    ['-- ? :a %s\n/* ? */ $$ ? :b $$ \'?\' "?" x = ?', '-- ? :a %s\n/* ? */ $$ ? :b $$ \'?\' "?" x =$1'],
    ["d ?| array['a'] AND d ?& b AND d @? '$.a' AND d ? 'k' AND d ?? 'k'", "d ?| array['a'] AND d ?& b AND d @? '$.a' AND d ? 'k' AND d ?? 'k'"],
    ['x = $1 AND y = ?', 'x = $1 AND y =$2'],
    ['CREATE OPERATOR ? (LEFTARG = hstore, PROCEDURE = exist); OPERATOR 9 ?(hstore,text), a ^? b, OPERATOR(pg_catalog.?)', 'CREATE OPERATOR ? (LEFTARG = hstore, PROCEDURE = exist); OPERATOR 9 ?(hstore,text), a ^? b, OPERATOR(pg_catalog.?)'],
    ['id=? AND n<>?', 'id=0 AND n<>0'],
    ['CREATE OPERATOR ?@> (LEFTARG = _ltree); a ?<@ b; x = ?::uuid', 'CREATE OPERATOR ?@> (LEFTARG = _ltree); a ?<@ b; x =$1::uuid'],
    ["E'\\' ?' = ?", "E'\\' ?' =$1"],
  ];
  for (const [input, expected] of cases) {
    const out = replacePlaceholders(input);
    assert.equal(out, expected, input);
    assert.equal(out.length, input.length, input);
  }
});

void test('placeholders: a blank before a placeholder is not borrowed across a line comment', () => {
  const input = 'x = -- c\n?';
  assert.equal(replacePlaceholders(input), 'x = -- c\n0');
});

void test('placeholders: replaced statements parse', async () => {
  await ensureParserLoaded();
  const inputs = [
    'SELECT * FROM leads WHERE created_at >= ? AND created_at < ? AND id IN %s',
    'SELECT * FROM leads WHERE user_id = :user_id AND x = ANY(%(ids)s) LIMIT ?',
    "SELECT * FROM leads WHERE data ? 'k' AND name LIKE 'a%%' AND id = ${id}",
  ];
  for (const sql of inputs) {
    const r = parseSql(sql);
    assert.equal(r.errors.length, 0, `${sql}: ${r.errors[0]?.message}`);
    assert.equal(r.statements.length, 1);
  }
});

void test('offsets: byte locations map to UTF-16 offsets with multibyte text', async () => {
  await ensureParserLoaded();
  const conv = byteToUtf16('aé😀b');
  assert.deepEqual([0, 1, 3, 7, 8].map(conv), [0, 1, 2, 4, 5]);
  const text = "SELECT 'é😀', x FROM \"Lé😀\".leads AS l WHERE l.created_at > now();\nSELECT 1 FROM s.t";
  const r = parseSql(text);
  assert.equal(r.errors.length, 0);
  const sel = r.statements[0]!.ast.SelectStmt;
  const rv = sel.fromClause[0].RangeVar;
  const name = r.statements[0]!.nameRange(rv.location);
  assert.equal(text.slice(name.start, name.end), '"Lé😀".leads');
  const col = sel.targetList[1].ResTarget.val.ColumnRef;
  const tok = r.statements[0]!.tokenRange(col.location);
  assert.equal(text.slice(tok.start, tok.end), 'x');
  const second = r.statements[1]!;
  assert.equal(second.start, text.indexOf('SELECT 1'));
  const rv2 = second.ast.SelectStmt.fromClause[0].RangeVar;
  const n2 = second.nameRange(rv2.location);
  assert.equal(text.slice(n2.start, n2.end), 's.t');
  // Blanks and comments around the dot, and a name followed by an alias.
  const spaced = 'SELECT * FROM public . /* x */ "Leads" l JOIN b.c ON true';
  const st = parseSql(spaced).statements[0]!;
  const from = st.ast.SelectStmt.fromClause[0].JoinExpr;
  const r1 = st.nameRange(from.larg.RangeVar.location);
  const r2 = st.nameRange(from.rarg.RangeVar.location);
  assert.deepEqual([spaced.slice(r1.start, r1.end), spaced.slice(r2.start, r2.end)], ['public . /* x */ "Leads"', 'b.c']);
});

void test('offsets: base and mapOffset place statements inside a host document', async () => {
  await ensureParserLoaded();
  const host = 'execute("SELECT * FROM leads")';
  const sql = 'SELECT * FROM leads';
  const base = host.indexOf(sql);
  const r = parseSql(sql, { base });
  const rv = r.statements[0]!.ast.SelectStmt.fromClause[0].RangeVar;
  const range = r.statements[0]!.nameRange(rv.location);
  assert.equal(host.slice(range.start, range.end), 'leads');
  const mapped = parseSql(sql, { mapOffset: (o) => base + o });
  assert.deepEqual(mapped.statements[0]!.nameRange(rv.location), range);
});

void test('errors: positions are converted from code points to UTF-16; good statements survive', async () => {
  await ensureParserLoaded();
  const text = "SELECT 1;\nSELECT '😀😀' FROM WHERE;\nSELECT 2";
  const r = parseSql(text);
  assert.equal(r.statements.length, 2);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.offset, text.indexOf('WHERE'));
  assert.match(r.errors[0]!.message, /syntax error at or near "WHERE"/);
});

void test('errors: lexically broken text never throws, in parse and scan', async () => {
  await ensureParserLoaded();
  for (const text of ["SELECT 'abc", 'SELECT "abc', 'SELECT $$abc', 'SELECT 1 /* x', "SELECT E'\\", 'SELECT * FROM t WHERE a = U&"\\']) {
    const r = parseSql(text);
    assert.equal(r.statements.length, 0, text);
    assert.equal(r.errors.length, 1, text);
    assert.ok(r.errors[0]!.offset >= 0 && r.errors[0]!.offset <= text.length, text);
  }
  const toks = scanTokens("SELECT a, b FROM t WHERE x = 'unterminated");
  assert.deepEqual(
    toks.map((t) => t.text),
    ['SELECT', 'a', ',', 'b', 'FROM', 't', 'WHERE', 'x', '='],
  );
  assert.deepEqual(scanTokens("'"), []);
});

void test('filter: statements the filter rejects are not parsed', async () => {
  await ensureParserLoaded();
  const r = parseSql('SELEC broken; CREATE TABLE t (a int) PARTITION BY RANGE (a)', { filter: (s) => /partition/i.test(s) });
  assert.equal(r.errors.length, 0);
  assert.equal(r.statements.length, 1);
});

void test('deparse: readable text and a normalised form that matches query expressions to keys', async () => {
  await ensureParserLoaded();
  const expr = (sql: string): unknown => parseSql(`SELECT ${sql}`).statements[0]!.ast.SelectStmt.targetList[0].ResTarget.val;
  const cases: [string, string, string][] = [
    ['lower(l.email)', 'lower(l.email)', 'lower(email)'],
    ['pg_catalog.lower(email)', 'pg_catalog.lower(email)', 'lower(email)'],
    ['created_at::date', 'created_at::date', 'created_at::date'],
    ['CAST(t.created_at AS date)', 't.created_at::date', 'created_at::date'],
    ['CAST(x AS timestamp with time zone)', 'x::timestamptz', 'x::timestamptz'],
    ["date_trunc('month', created_at AT TIME ZONE 'UTC')", "date_trunc('month', created_at AT TIME ZONE 'UTC')", "date_trunc('month', timezone('UTC', created_at))"],
    ['EXTRACT(year FROM d)', 'EXTRACT(year FROM d)', "extract('year', d)"],
    ["pg_catalog.extract('year', d)", "pg_catalog.extract('year', d)", "extract('year', d)"],
    ['substring(s FROM 2 FOR 3)', 'pg_catalog.substring(s, 2, 3)', 'substring(s, 2, 3)'],
    ['(a + b) * 2', '(a + b) * 2', '((a + b) * 2)'],
    ['-a', '-a', '(-a)'],
    ['x IS NULL AND NOT y', 'x IS NULL AND NOT y', '((x IS NULL) AND (NOT y))'],
    ['a BETWEEN 1 AND 10', 'a BETWEEN 1 AND 10', '(a BETWEEN 1 AND 10)'],
    ['a NOT IN (1, 2)', 'a NOT IN (1, 2)', '(a NOT IN (1, 2))'],
    ['a = ANY(ARRAY[1, 2])', 'a = ANY (ARRAY[1, 2])', '(a = ANY (ARRAY[1, 2]))'],
    ['coalesce(a, 0) || \'it\'\'s\'', "COALESCE(a, 0) || 'it''s'", "(COALESCE(a, 0) || 'it''s')"],
    ['"Weird Col" COLLATE "C"', '"Weird Col" COLLATE "C"', '"Weird Col" COLLATE "C"'],
    ['$1::int[]', '$1::int4[]', '$1::int4[]'],
    ['CURRENT_DATE - 1.5', 'CURRENT_DATE - 1.5', '(CURRENT_DATE - 1.5)'],
    ['(SELECT 1)', '<SubLink>', '<SubLink>'],
    ['(rec).field + a[1] + (f(x))[2:3]', '((rec).field + a[1]) + (f(x))[2:3]', '(((rec).field + a[1]) + (f(x))[2:3])'],
  ];
  for (const [sql, text, normalized] of cases) {
    const node = expr(sql);
    assert.equal(exprText(node), text, sql);
    assert.equal(normalizeExpr(node), normalized, sql);
    // The text is SQL again: re-parsing it gives the same expression (others parse key texts).
    if (!text.includes('<')) {
      const again = expr(text);
      assert.equal(exprText(again), text, `re-parsed ${text}`);
      assert.equal(normalizeExpr(again), normalized, `re-parsed ${text}`);
    }
  }
  assert.deepEqual(referencedColumns(expr("date_trunc('day', l.created_at) + interval '1 day' * n + created_at::int")), ['created_at', 'n']);
});

void test('robustness: random half-typed SQL never throws, keeps offsets and lengths valid', async () => {
  await ensureParserLoaded();
  const { extractDdl } = await import('../server/src/engine/catalog/ddl');
  const atoms = [
    "'", '"', '$$', '$a$', '--', '/*', '*/', '\n', ';', '\\', '\n\\.\n', 'COPY t FROM stdin', 'BEGIN', 'END', 'CASE',
    'CREATE FUNCTION f() RETURNS int', 'ATOMIC', '(', ')', 'E', "E'", '?', ':a', '::', ':', '%s', '%(x)s', '%%', '${', '{', '}',
    ' IN ', ' ', 'é', '😀', 'SELECT 1', 'PARTITION', 'CREATE TABLE t (a int) PARTITION BY RANGE (a)',
    'CREATE TABLE p PARTITION OF t FOR VALUES FROM (1) TO (2)', 'ALTER TABLE t ATTACH PARTITION p DEFAULT', 'DROP TABLE t', 'x', '1e5', 'U&"',
  ];
  // A small deterministic PRNG, so a failure reproduces.
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < 1500; k++) {
    let text = '';
    const len = 1 + rnd(25);
    for (let j = 0; j < len; j++) text += atoms[rnd(atoms.length)];
    const pieces = splitStatements(text);
    let last = 0;
    for (const p of pieces) {
      assert.ok(p.start >= last && p.start + p.text.length <= text.length, text);
      assert.equal(text.slice(p.start, p.start + p.text.length), p.text);
      last = p.start + p.text.length;
    }
    assert.equal(replacePlaceholders(text).length, text.length, text);
    const r = parseSql(text);
    for (const e of r.errors) assert.ok(e.offset >= 0 && e.offset <= text.length, text);
    for (const s of r.statements) {
      assert.ok(s.start >= 0 && s.start <= text.length, text);
      assert.ok(s.endOffset <= text.length, text);
    }
    scanTokens(text);
    extractDdl(text);
  }
});

void test('split: an unterminated BEGIN ATOMIC body or rule does not swallow the statements after it', () => {
  assert.deepEqual(texts('CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2; SELECT 3'), [
    'CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1',
    'SELECT 2',
    'SELECT 3',
  ]);
  assert.deepEqual(texts('CREATE RULE r AS ON INSERT TO t DO (INSERT INTO a VALUES (1); SELECT 2'), [
    'CREATE RULE r AS ON INSERT TO t DO (INSERT INTO a VALUES (1)',
    'SELECT 2',
  ]);
  // Still linear on pathological input.
  const sql = 'CREATE FUNCTION f() BEGIN ATOMIC SELECT 1; '.repeat(20_000);
  const t0 = performance.now();
  assert.equal(splitStatements(sql).length, 20_000);
  assert.ok(performance.now() - t0 < 3000);
});

void test('endOffset: just after the last token, before trailing comments', async () => {
  await ensureParserLoaded();
  const text = 'SELECT 1 -- trailing\n;\nSELECT é FROM t /* c */';
  const r = parseSql(text);
  assert.deepEqual(
    r.statements.map((s) => text.slice(s.start, s.endOffset)),
    ['SELECT 1', 'SELECT é FROM t'],
  );
});

void test('placeholders: sqlc parameters and macros become parameters of the same length', () => {
  const cases: [string, string][] = [
    ['a = @since::timestamptz AND b = @id AND c = @since', 'a = $1    ::timestamptz AND b = $2  AND c = $1    '],
    ["a = sqlc.arg('since') AND b = sqlc.narg(id) AND c IN (sqlc.slice('ids'))", 'a = $1                AND b = $2            AND c IN ($3               )'],
    ['a = sqlc.arg(since) AND b = @since', 'a = $1              AND b = $1    '],
    ['SELECT sqlc.embed(users), x FROM users', 'SELECT users.*          , x FROM users'],
    ["tags @> '{a}' AND x <@ y AND d @@ q AND e = @ -5 AND f=@x", "tags @> '{a}' AND x <@ y AND d @@ q AND e = @ -5 AND f=$1"],
    ["-- @x sqlc.arg(y)\n'@z' = @w", "-- @x sqlc.arg(y)\n'@z' = $1"],
  ];
  for (const [input, expected] of cases) {
    const out = replacePlaceholders(input);
    assert.equal(out, expected, input);
    assert.equal(out.length, input.length, input);
  }
});
