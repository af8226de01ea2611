// The Python host module on fixture workspaces (Django, SQLAlchemy): findings at exact ranges,
// precision (nothing for queries we cannot see), embedded SQL, migrations, quick fixes.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createPythonIndex, defaultPythonIndex, ensurePythonHostLoaded, pythonHost, pythonModels, pythonQueries } from '../server/src/engine/host/python/index';
import { hostFor } from '../server/src/engine/host/index';
import { checkFile, indexHostFile, loadEngine } from '../server/src/engine/index';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { decodeStringExpr } from '../server/src/engine/host/python/strings';
import { parsePython, named } from '../server/src/engine/host/python/ast';
import { PythonChecker } from '../server/src/engine/host/python/incremental';
import { topLevelSegments } from '../server/src/engine/host/python/segments';

const FIX = path.join(import.meta.dirname, 'fixtures');
const read = (p: string): string => fs.readFileSync(path.join(FIX, p), 'utf8');

interface Expected {
  line: number;
  character: number;
  endCharacter: number;
  code: string;
}

/** `# expect: missing@Lead` marks a finding on the first `Lead` token of that line. */
function expectations(text: string): Expected[] {
  const out: Expected[] = [];
  text.split('\n').forEach((l, line) => {
    for (const m of l.matchAll(/# expect: (missing|not-prunable)@(\w+)/g)) {
      const re = new RegExp(`\\b${m[2]}\\b`);
      const at = re.exec(l)!.index;
      out.push({ line, character: at, endCharacter: at + m[2]!.length, code: m[1] === 'missing' ? 'partition-key-missing' : 'partition-key-not-prunable' });
    }
  });
  return out;
}

function actual(text: string, findings: readonly Finding[]): Expected[] {
  const li = new LineIndex(text);
  return findings.map((f) => {
    const s = li.position(f.start);
    const e = li.position(f.end);
    assert.equal(s.line, e.line, 'a finding spans one line');
    return { line: s.line, character: s.character, endCharacter: e.character, code: f.code };
  });
}

const sortE = (a: Expected[]): Expected[] => [...a].sort((x, y) => x.line - y.line || x.character - y.character || x.code.localeCompare(y.code));

let djangoCatalog: CatalogView;
let saCatalog: CatalogView;

before(async () => {
  await ensurePythonHostLoaded();
  const wc = new WorkspaceCatalog();
  for (const f of ['crm/models.py', 'crm/migrations/0001_partitions.py', 'crm/migrations/0002_monthly_partitions.py', 'crm/views.py']) {
    const text = read(`django/${f}`);
    pythonHost.indexFile!(f, text);
    wc.setFile(f, text, 'python');
  }
  djangoCatalog = wc.snapshot();
  saCatalog = new CatalogSnapshot(tablesFromSql(read('sqlalchemy/db/structure.sql')).tables);
  pythonHost.indexFile!('sa/app/models.py', read('sqlalchemy/app/models.py'));
});

void describe('Django fixture workspace', () => {
  void test('the catalog is learned from RunSQL migrations through sqlFragments', () => {
    const names = djangoCatalog.tables().map((t) => `${t.schema}.${t.name}:${t.strategy}:${t.partitions.length}`);
    assert.deepEqual(names, ['public.campaigns:hash:8', 'public.crm_agentoutput:range:24', 'public.leads:range:24']);
  });

  void test('models map to tables and columns the way Django does', () => {
    const lead = pythonModels.model('Lead', 'crm/models.py')!;
    assert.equal(lead.table, 'leads');
    assert.equal(lead.fields.get('status')!.column, 'lead_status');
    assert.equal(lead.fields.get('campaign')!.column, 'campaign_id');
    assert.equal(lead.fields.get('created_at')!.column, 'created_at', 'inherited from the abstract base');
    assert.equal(pythonModels.model('AgentOutput', 'crm/models.py')!.table, 'crm_agentoutput', 'default <app_label>_<model>');
    assert.equal(pythonModels.model('TimeStamped'), undefined, 'abstract models have no table');
  });

  void test('views.py: every expected finding at its exact range, nothing else', () => {
    const text = read('django/crm/views.py');
    const r = pythonHost.check(text, djangoCatalog, { fileName: 'crm/views.py' });
    assert.deepEqual(sortE(actual(text, r.findings)), sortE(expectations(text)));
    assert.deepEqual(r.parseErrors, []);
  });

  void test('exact positions of two findings (line/column spelled out)', () => {
    const text = read('django/crm/views.py');
    const r = pythonHost.check(text, djangoCatalog, { fileName: 'crm/views.py' });
    const got = actual(text, r.findings);
    // `a = Lead.objects.filter(company=company).count()` on line 15 (0-based 14), `Lead` at column 8.
    assert.ok(got.some((g) => g.line === 14 && g.character === 8 && g.endCharacter === 12 && g.code === 'partition-key-missing'));
    // The string passed to cursor.execute: `leads` inside the literal on line 64 (0-based 63).
    assert.ok(got.some((g) => g.line === 63 && g.character === 45 && g.endCharacter === 50));
    const f = r.findings.find((x) => new LineIndex(text).position(x.start).line === 14)!;
    assert.match(f.message, /leads/);
    assert.equal(f.fix?.language, 'python');
    assert.equal(f.fix?.host?.keyField, 'created_at');
  });

  void test('migration fragments: RunSQL sql is DDL, reverse_sql is not', () => {
    const frags = pythonHost.sqlFragments(read('django/crm/migrations/0001_partitions.py'), 'crm/migrations/0001_partitions.py');
    assert.deepEqual(frags.map((f) => f.ddl), [true, true, true, false]);
    assert.match(frags[1]!.text, /^CREATE TABLE crm_agentoutput .* created_at timestamptz NOT NULL\) PARTITION BY RANGE/);
    const src = read('django/crm/migrations/0001_partitions.py');
    // The second string is an implicit concatenation of two literals: offsets map into both.
    const second = frags[1]!;
    const at = second.text.indexOf('created_at');
    assert.equal(src.slice(second.mapOffset(at), second.mapOffset(at) + 10), 'created_at');
  });
});

void describe('SQLAlchemy fixture workspace', () => {
  void test('models: __tablename__, __table_args__ schema, Column("name"), Table()', () => {
    const lead = pythonModels.model('Lead', 'sa/app/models.py')!;
    assert.equal(lead.framework, 'sqlalchemy');
    assert.equal(lead.fields.get('created')!.column, 'created_at');
    const ao = pythonModels.model('AgentOutput', 'sa/app/models.py')!;
    assert.equal(`${ao.schema}.${ao.table}`, 'analytics.agent_outputs');
    assert.equal(pythonModels.tableDecl('campaigns')!.table, 'campaigns');
  });

  void test('queries.py: every expected finding at its exact range, nothing else', () => {
    const text = read('sqlalchemy/app/queries.py');
    // Both fixtures define `Lead`: `from app.models import Lead` tells them apart.
    const r = pythonHost.check(text, saCatalog, { fileName: 'sa/app/queries.py' });
    assert.deepEqual(sortE(actual(text, r.findings)), sortE(expectations(text)));
  });
});

void describe('quick fixes', () => {
  // Snippet tab stops (`${1:...}`) filled with their placeholder, as a client without snippets inserts them.
  const plain = (e: { newText: string; snippet?: boolean }): string => (e.snippet ? e.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1') : e.newText);
  const apply = (text: string, edits: readonly { start: number; end: number; newText: string; snippet?: boolean }[]): string =>
    [...edits].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + plain(e) + s.slice(e.end), text);

  void test('Django: add created_at__gte to filter(), or append .filter(); the fixed code is clean', () => {
    const text = [
      'from crm.models import Lead',
      'def f(c):',
      '    a = Lead.objects.filter(company=c).count()',
      '    b = Lead.objects.count()',
      '',
    ].join('\n');
    const r = pythonHost.check(text, djangoCatalog, { fileName: 'crm/fix.py' });
    assert.equal(r.findings.length, 2);
    const fixes = r.findings.map((f) => pythonHost.quickFixes!(text, f));
    assert.equal(fixes[0]![0]!.title, 'Add created_at__gte=..., created_at__lt=... to filter() — fill in the values');
    assert.equal(fixes[1]![0]!.title, 'Add .filter(created_at__gte=..., created_at__lt=...) — fill in the values');
    const fixed = apply(text, [...fixes[0]![0]!.edits, ...fixes[1]![0]!.edits]);
    assert.match(fixed, /Lead\.objects\.filter\(company=c, created_at__gte=\.\.\., created_at__lt=\.\.\.\)\.count\(\)/);
    assert.match(fixed, /Lead\.objects\.filter\(created_at__gte=\.\.\., created_at__lt=\.\.\.\)\.count\(\)/);
    assert.equal(pythonHost.check(fixed, djangoCatalog, { fileName: 'crm/fix.py' }).findings.length, 0);
  });

  void test('Django hash table: equality on user_id', () => {
    const text = 'from crm.models import Campaign\nn = Campaign.objects.filter(name="x").count()\n';
    const [f] = pythonHost.check(text, djangoCatalog, { fileName: 'crm/fix2.py' }).findings;
    const fx = pythonHost.quickFixes!(text, f!);
    assert.equal(apply(text, fx[0]!.edits), 'from crm.models import Campaign\nn = Campaign.objects.filter(name="x", user_id=...).count()\n');
  });

  void test('SQLAlchemy: add Lead.created >= ... to where(), or append .filter()', () => {
    const text = [
      'from app.models import Lead',
      'def f(session, c):',
      '    a = session.execute(select(Lead).where(Lead.company == c)).all()',
      '    b = session.query(Lead).all()',
      '',
    ].join('\n');
    const r = pythonHost.check(text, saCatalog, { fileName: 'sa/app/fix.py' });
    assert.equal(r.findings.length, 2);
    const fixed = apply(text, r.findings.flatMap((f) => pythonHost.quickFixes!(text, f)[0]!.edits));
    assert.match(fixed, /\.where\(Lead\.company == c, Lead\.created >= \.\.\., Lead\.created < \.\.\.\)/);
    assert.match(fixed, /session\.query\(Lead\)\.filter\(Lead\.created >= \.\.\., Lead\.created < \.\.\.\)\.all\(\)/);
    assert.equal(pythonHost.check(fixed, saCatalog, { fileName: 'sa/app/fix.py' }).findings.length, 0);
  });

  void test('suppression comment goes above the line with the same indentation; ranges start on the next line', () => {
    const text = 'from crm.models import Lead\ndef f():\n    # partition-lens-disable-next-line\n    return Lead.objects.count()\n';
    const [f] = pythonHost.check(text, djangoCatalog, { fileName: 'crm/s.py' }).findings;
    assert.equal(new LineIndex(text).position(f!.start).line, 3, 'the finding starts on the line after the comment');
    const fx = pythonHost.quickFixes!(text, f!).at(-1)!;
    assert.equal(apply('x\n    return Lead.objects.count()\n', [{ ...fx.edits[0]!, start: 2, end: 2 }]), 'x\n    # partition-lens-disable-next-line\n    return Lead.objects.count()\n');
    assert.equal(fx.edits[0]!.start, text.indexOf('    return'));
  });
});

void describe('strings and robustness', () => {
  void test('escapes, raw strings, f-strings and concatenation decode with exact offsets', () => {
    const src = 'x = f"a\\n{{b}} {c!r}" "d" r"\\x" + """é😀"""\n';
    const t = parsePython(src);
    const rhs = named(named(named(t.root)[0]!)[0]!).at(-1)!;
    const d = decodeStringExpr(t, rhs)!;
    assert.equal(d.text, 'a\n{b} $1   d\\xé😀');
    assert.equal(d.interpolated, true);
    assert.equal(src[d.offsets[d.text.indexOf('é')]!], 'é');
    assert.equal(src.slice(d.offsets[d.text.indexOf('$1')]!, d.offsets[d.text.indexOf('$1')]! + 5), '{c!r}');
  });

  void test('non-ASCII before the SQL: UTF-16 ranges inside the literal', () => {
    const text = 'cursor.execute("SELECT \'é😀\' AS x FROM leads WHERE company = %s", ["ü"])\n';
    const [f] = pythonHost.check(text, djangoCatalog, { fileName: 'x.py' }).findings;
    assert.equal(text.slice(f!.start, f!.end), 'leads');
  });

  void test('precision: dynamic queries produce nothing', () => {
    const text = [
      'from crm.models import Lead',
      'def a(kw): return Lead.objects.filter(**kw).count()',
      'def b(qs): return qs.count()',
      'def c(): return Lead.objects.filter(company="x")',
      'def c_caller(since): return c().filter(created_at__gte=since).count()',
      'def d(): return Lead.objects.custom_method().count()',
      // A conditional refinement whose path cannot be seen (an unknown method) hides the others.
      'def e(x):',
      '    qs = Lead.objects.all()',
      '    if x:',
      '        qs = qs.custom_method()',
      '    return qs.count()',
      // An `else` arm that cannot be translated hides the other arms too.
      'def f(x):',
      '    qs = Lead.objects.all()',
      '    if x:',
      '        qs = qs.filter(company="x")',
      '    else:',
      '        qs = qs.custom_method()',
      '    return qs.count()',
      'def g(sql): cursor.execute(sql)',
      'def h(): service.execute("run the job")',
      '',
    ].join('\n');
    assert.deepEqual(pythonHost.check(text, djangoCatalog, { fileName: 'crm/p.py' }).findings, []);
  });

  void test('half-typed code never throws', () => {
    const samples = [
      'Lead.objects.filter(created_at__gte=',
      'cursor.execute("SELECT * FROM leads WHERE',
      'cursor.execute("""SELECT * FROM leads',
      'class Lead(models.Model):\n    created_at = models.DateTimeField(\n',
      'session.execute(select(Lead).where(Lead.created >= ',
      'qs = Lead.objects.filter(Q(company="x") | ',
      'f"{',
      '',
    ];
    for (const s of samples) {
      assert.doesNotThrow(() => pythonHost.check(s, djangoCatalog, { fileName: 'crm/h.py' }));
      assert.doesNotThrow(() => pythonHost.sqlFragments(s, 'crm/migrations/h.py'));
      assert.doesNotThrow(() => pythonHost.indexFile!('crm/h.py', s));
    }
    pythonHost.removeFile!('crm/h.py');
    const r = pythonHost.check('cursor.execute("SELECT * FROM leads WHERE")\n', djangoCatalog, { fileName: 'x.py' });
    assert.equal(r.findings.length, 0);
    assert.equal(r.parseErrors.length, 1, 'the broken SQL is reported as a parse error, not thrown');
  });

  void test('the module registers itself and pre-filters files without database code', () => {
    assert.equal(hostFor('python'), pythonHost);
    assert.equal(pythonHost.mightContainDatabaseCode('def add(a, b):\n    return a + b\n'), false);
    assert.equal(pythonHost.mightContainDatabaseCode('Lead.objects.count()'), true);
    assert.equal(pythonHost.claimsFile!('app/models.py'), true);
  });
});

void describe('incremental checking', () => {
  test('segments match tree-sitter top-level statements', () => {
    for (const f of ['django/crm/views.py', 'django/crm/models.py', 'sqlalchemy/app/queries.py', 'django/crm/migrations/0001_partitions.py']) {
      const src = read(f);
      const ts = parsePython(src).root.children.filter((c) => c.type !== 'comment').map((c) => c.start);
      assert.deepEqual(topLevelSegments(src).map((s) => s.start), ts, f);
    }
  });

  test('after random edits, cached incremental results equal a fresh check', () => {
    const base = read('django/crm/views.py');
    const inserts = ['x', '\n', '"', '"""', '(', ')', '#', '\\\n', 'def g():\n    return Lead.objects.count()\n', '\n    ', 'Lead.objects.count()'];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const incremental = new PythonChecker(defaultPythonIndex);
    let text = base;
    for (let k = 0; k < 80; k++) {
      if (k % 25 === 0) text = base;
      const at = rnd(text.length);
      text = rnd(3) === 0 ? text.slice(0, at) + text.slice(at + rnd(40)) : text.slice(0, at) + inserts[rnd(inserts.length)]! + text.slice(at);
      const a = incremental.check(text, djangoCatalog, { fileName: 'crm/edit.py' }, false);
      const b = new PythonChecker(defaultPythonIndex).check(text, djangoCatalog, { fileName: 'crm/edit.py' }, false);
      assert.deepEqual(a, b, `edit ${k}`);
      assert.deepEqual(topLevelSegments(text).map((s) => s.start), incremental['segmented'].get('crm/edit.py')!.stmts.map((s) => s.start), `segments after edit ${k}`);
    }
  });
});

void describe('more model and SQL forms', () => {
  test('Meta.app_label, a models/ package, proxy models, SQLAlchemy mapped_column and Mapped[]', () => {
    pythonHost.indexFile!('shop/models/order.py', [
      'from django.db import models',
      'class Order(models.Model):',
      '    placed = models.DateTimeField(db_column="placed_at")',
      'class Invoice(models.Model):',
      '    class Meta:',
      '        app_label = "billing"',
      'class RecentOrder(Order):',
      '    class Meta:',
      '        proxy = True',
      'class Audit(Order):',
      '    note = models.TextField()',
      '',
    ].join('\n'));
    pythonHost.indexFile!('svc/db.py', [
      'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column',
      'class Base(DeclarativeBase):',
      '    pass',
      'class Event(Base):',
      '    __tablename__ = "events"',
      '    __table_args__ = (Index("x"), {"schema": "audit"})',
      '    id: Mapped[int] = mapped_column(primary_key=True)',
      '    happened: Mapped[datetime] = mapped_column("happened_at")',
      '    kind: Mapped[str]',
      '',
    ].join('\n'));
    assert.equal(pythonModels.model('Order')!.table, 'shop_order');
    assert.equal(pythonModels.model('Order')!.fields.get('placed')!.column, 'placed_at');
    assert.equal(pythonModels.model('Invoice')!.table, 'billing_invoice');
    assert.equal(pythonModels.model('RecentOrder')!.table, 'shop_order', 'a proxy reads its parent table');
    assert.equal(pythonModels.model('Audit'), undefined, 'multi-table inheritance is not modelled (precision first)');
    const ev = pythonModels.model('Event')!;
    assert.equal(`${ev.schema}.${ev.table}`, 'audit.events');
    assert.equal(ev.fields.get('happened')!.column, 'happened_at');
    assert.equal(ev.fields.get('kind')!.column, 'kind');
    pythonHost.removeFile!('shop/models/order.py');
    pythonHost.removeFile!('svc/db.py');
    assert.equal(pythonModels.model('Order'), undefined);
  });

  test('self-named bases and inheritance cycles resolve without recursion', () => {
    pythonHost.indexFile!('loop/a.py', 'from django.db import models, migrations\nclass Migration(migrations.Migration):\n    pass\nclass A(B):\n    x = models.IntegerField()\nclass B(A):\n    y = models.IntegerField()\n');
    assert.doesNotThrow(() => pythonModels.model('Migration', 'loop/a.py'));
    assert.equal(pythonModels.model('A', 'loop/a.py'), undefined);
    const text = 'from crm.models import Lead\nLead.objects.count()\n';
    assert.equal(pythonHost.check(text, djangoCatalog, { fileName: 'loop/v.py' }).findings.length, 1, 'checking still works');
    pythonHost.removeFile!('loop/a.py');
  });

  test('a manager whose get_queryset is not visible, or a QuerySet method, gives nothing', () => {
    pythonHost.indexFile!('crm2/models.py', [
      'from django.db import models',
      'from elsewhere import MagicManager',
      'class Visit(models.Model):',
      '    created_at = models.DateTimeField()',
      '    objects = MagicManager()',
      '    plain = models.Manager()',
      '    class Meta:',
      '        db_table = "leads"',
      '',
    ].join('\n'));
    const text = 'from crm2.models import Visit\na = Visit.objects.count()\nb = Visit.plain.count()\n';
    const r = pythonHost.check(text, djangoCatalog, { fileName: 'crm2/views.py' });
    assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end + 6)), ['Visit.plain']);
    pythonHost.removeFile!('crm2/models.py');
  });

  test('RunSQL with (sql, params) tuples, executemany, exec_driver_sql, Alembic op.execute', () => {
    const text = [
      'operations = [migrations.RunSQL([("CREATE TABLE t (a int) PARTITION BY LIST (a)", None)], reverse_sql=["DROP TABLE t"])]',
      'cur.executemany("UPDATE leads SET company = %s WHERE id = %s", rows)',
      'conn.exec_driver_sql("DELETE FROM leads WHERE id = 1")',
      'op.execute("ALTER TABLE leads DETACH PARTITION leads_2025_01")',
      'stmt = select(Lead).order_by(text("created_at DESC"))',
      '',
    ].join('\n');
    const frags = pythonHost.sqlFragments(text, 'app/0003_x.py');
    assert.deepEqual(frags.map((f) => [f.text.split(' ').slice(0, 2).join(' '), f.ddl]), [
      ['CREATE TABLE', true],
      ['DROP TABLE', false],
      ['UPDATE leads', false],
      ['DELETE FROM', false],
      ['ALTER TABLE', true],
    ]);
    const r = pythonHost.check(text, djangoCatalog, { fileName: 'app/x.py' });
    assert.deepEqual(r.findings.map((f) => [text.slice(f.start, f.end), f.code]), [['leads', 'partition-key-missing'], ['leads', 'partition-key-missing']]);
    assert.deepEqual(r.parseErrors, [], 'a text() clause fragment is not parsed as a statement');
  });

  test('a model and its queries in the same open file; editing the model re-checks the queries', () => {
    const text = (table: string): string =>
      [
        'from django.db import models',
        'class Note(models.Model):',
        '    created_at = models.DateTimeField()',
        '    class Meta:',
        `        db_table = "${table}"`,
        'def recent():',
        '    return Note.objects.filter(created_at__gte=1).count() + Note.objects.count()',
        '',
      ].join('\n');
    const a = pythonHost.check(text('leads'), djangoCatalog, { fileName: 'notes/models.py' });
    assert.equal(a.findings.length, 1);
    assert.equal(a.findings[0]!.table, 'public.leads');
    const b = pythonHost.check(text('notes_note'), djangoCatalog, { fileName: 'notes/models.py' });
    assert.equal(b.findings.length, 0, 'notes_note is not partitioned');
    pythonHost.removeFile!('notes/models.py');
  });

  test('primary-key lookups scan every partition: Django bulk_update, SQLAlchemy session.get', () => {
    const dj = 'from crm.models import Lead\nLead.objects.bulk_update(leads, ["company"])\n';
    assert.deepEqual(pythonHost.check(dj, djangoCatalog, { fileName: 'crm/b.py' }).findings.map((f) => [dj.slice(f.start, f.end), f.code]), [['Lead', 'partition-key-missing']]);
    const sa = 'from app.models import Lead\nlead = session.get(Lead, 5)\n';
    assert.deepEqual(pythonHost.check(sa, saCatalog, { fileName: 'sa/app/g.py' }).findings.map((f) => [sa.slice(f.start, f.end), f.code]), [['Lead', 'partition-key-missing']]);
  });

  test('SQLAlchemy session.get with a composite primary key that holds the partition key prunes', () => {
    const index = createPythonIndex();
    const models = [
      'from sqlalchemy import BigInteger, Column, DateTime',
      'from sqlalchemy.orm import declarative_base',
      'Base = declarative_base()',
      'class Lead(Base):',
      '    __tablename__ = "leads"',
      '    id = Column(BigInteger, primary_key=True)',
      '    created = Column("created_at", DateTime(timezone=True), primary_key=True)',
      '',
    ].join('\n');
    index.indexFile('/pk/app/models.py', models);
    const text = 'from app.models import Lead\na = session.get(Lead, (5, since))\nb = session.get(Lead, {"id": 5, "created": since})\nc = session.get(Lead, 5)\nd = session.get(Lead, ident)\n';
    const found = pythonHost.check(text, saCatalog, { fileName: '/pk/app/g.py', index }).findings;
    // A tuple or dict gives every key column (translated, and prunes); a bare id cannot be the
    // whole key and a variable is not visible (not translated).
    assert.deepEqual(found.map((f) => new LineIndex(text).position(f.start).line), []);
    const runs = pythonQueries(text, '/pk/app/g.py', index).queries.map((q) => new LineIndex(text).position(q.at).line);
    assert.deepEqual(runs, [1, 2]);
  });

  test('through the engine: suppression comments apply to Python findings', async () => {
    await loadEngine();
    indexHostFile('crm/models.py', read('django/crm/models.py'));
    const text = 'from crm.models import Lead\n# partition-lens-disable-next-line\na = Lead.objects.count()\nb = Lead.objects.count()\n';
    const r = checkFile('crm/engine.py', text, djangoCatalog);
    assert.deepEqual(r.findings.map((f) => new LineIndex(text).position(f.start)), [{ line: 3, character: 4 }]);
  });
});
