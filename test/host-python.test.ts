// The Python host module on fixture workspaces (Django, SQLAlchemy): findings at exact ranges,
// precision (nothing for queries we cannot see), embedded SQL, migrations, quick fixes.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePythonHostLoaded, pythonHost, pythonModels } from '../server/src/engine/host/python/index';
import { hostFor } from '../server/src/engine/host/index';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import { LineIndex, type Finding } from '../server/src/engine/finding';
import { decodeStringExpr } from '../server/src/engine/host/python/strings';
import { parsePython, named } from '../server/src/engine/host/python/ast';

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
    const m = /# expect: (missing|not-prunable)@(\w+)/.exec(l);
    if (!m) return;
    const re = new RegExp(`\\b${m[2]}\\b`);
    const at = re.exec(l)!.index;
    out.push({ line, character: at, endCharacter: at + m[2]!.length, code: m[1] === 'missing' ? 'partition-key-missing' : 'partition-key-not-prunable' });
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

const sortE = (a: Expected[]): Expected[] => [...a].sort((x, y) => x.line - y.line || x.character - y.character);

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

describe('Django fixture workspace', () => {
  test('the catalog is learned from RunSQL migrations through sqlFragments', () => {
    const names = djangoCatalog.tables().map((t) => `${t.schema}.${t.name}:${t.strategy}:${t.partitions.length}`);
    assert.deepEqual(names, ['public.campaigns:hash:8', 'public.crm_agentoutput:range:24', 'public.leads:range:24']);
  });

  test('models map to tables and columns the way Django does', () => {
    const lead = pythonModels.model('Lead', 'crm/models.py')!;
    assert.equal(lead.table, 'leads');
    assert.equal(lead.fields.get('status')!.column, 'lead_status');
    assert.equal(lead.fields.get('campaign')!.column, 'campaign_id');
    assert.equal(lead.fields.get('created_at')!.column, 'created_at', 'inherited from the abstract base');
    assert.equal(pythonModels.model('AgentOutput', 'crm/models.py')!.table, 'crm_agentoutput', 'default <app_label>_<model>');
    assert.equal(pythonModels.model('TimeStamped'), undefined, 'abstract models have no table');
  });

  test('views.py: every expected finding at its exact range, nothing else', () => {
    const text = read('django/crm/views.py');
    const r = pythonHost.check(text, djangoCatalog, { fileName: 'crm/views.py' });
    assert.deepEqual(sortE(actual(text, r.findings)), sortE(expectations(text)));
    assert.deepEqual(r.parseErrors, []);
  });

  test('exact positions of two findings (line/column spelled out)', () => {
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

  test('migration fragments: RunSQL sql is DDL, reverse_sql is not', () => {
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

describe('SQLAlchemy fixture workspace', () => {
  test('models: __tablename__, __table_args__ schema, Column("name"), Table()', () => {
    const lead = pythonModels.model('Lead', 'sa/app/models.py')!;
    assert.equal(lead.framework, 'sqlalchemy');
    assert.equal(lead.fields.get('created')!.column, 'created_at');
    const ao = pythonModels.model('AgentOutput', 'sa/app/models.py')!;
    assert.equal(`${ao.schema}.${ao.table}`, 'analytics.agent_outputs');
    assert.equal(pythonModels.tableDecl('campaigns')!.table, 'campaigns');
  });

  test('queries.py: every expected finding at its exact range, nothing else', () => {
    const text = read('sqlalchemy/app/queries.py');
    // Both fixtures define `Lead`: `from app.models import Lead` tells them apart.
    const r = pythonHost.check(text, saCatalog, { fileName: 'sa/app/queries.py' });
    assert.deepEqual(sortE(actual(text, r.findings)), sortE(expectations(text)));
  });
});

describe('quick fixes', () => {
  const apply = (text: string, edits: readonly { start: number; end: number; newText: string }[]): string =>
    [...edits].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.newText + s.slice(e.end), text);

  test('Django: add created_at__gte to filter(), or append .filter(); the fixed code is clean', () => {
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
    assert.equal(fixes[0]![0]!.title, 'Add created_at__gte=... to filter()');
    assert.equal(fixes[1]![0]!.title, 'Add .filter(created_at__gte=...)');
    const fixed = apply(text, [...fixes[0]![0]!.edits, ...fixes[1]![0]!.edits]);
    assert.match(fixed, /Lead\.objects\.filter\(company=c, created_at__gte=\.\.\.\)\.count\(\)/);
    assert.match(fixed, /Lead\.objects\.filter\(created_at__gte=\.\.\.\)\.count\(\)/);
    assert.equal(pythonHost.check(fixed, djangoCatalog, { fileName: 'crm/fix.py' }).findings.length, 0);
  });

  test('Django hash table: equality on user_id', () => {
    const text = 'from crm.models import Campaign\nn = Campaign.objects.filter(name="x").count()\n';
    const [f] = pythonHost.check(text, djangoCatalog, { fileName: 'crm/fix2.py' }).findings;
    const fx = pythonHost.quickFixes!(text, f!);
    assert.equal(apply(text, fx[0]!.edits), 'from crm.models import Campaign\nn = Campaign.objects.filter(name="x", user_id=...).count()\n');
  });

  test('SQLAlchemy: add Lead.created >= ... to where(), or append .filter()', () => {
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
    assert.match(fixed, /\.where\(Lead\.company == c, Lead\.created >= \.\.\.\)/);
    assert.match(fixed, /session\.query\(Lead\)\.filter\(Lead\.created >= \.\.\.\)\.all\(\)/);
    assert.equal(pythonHost.check(fixed, saCatalog, { fileName: 'sa/app/fix.py' }).findings.length, 0);
  });

  test('suppression comment goes above the line with the same indentation; ranges start on the next line', () => {
    const text = 'from crm.models import Lead\ndef f():\n    # partition-lens-disable-next-line\n    return Lead.objects.count()\n';
    const [f] = pythonHost.check(text, djangoCatalog, { fileName: 'crm/s.py' }).findings;
    assert.equal(new LineIndex(text).position(f!.start).line, 3, 'the finding starts on the line after the comment');
    const fx = pythonHost.quickFixes!(text, f!).at(-1)!;
    assert.equal(apply('x\n    return Lead.objects.count()\n', [{ ...fx.edits[0]!, start: 2, end: 2 }]), 'x\n    # partition-lens-disable-next-line\n    return Lead.objects.count()\n');
    assert.equal(fx.edits[0]!.start, text.indexOf('    return'));
  });
});

describe('strings and robustness', () => {
  test('escapes, raw strings, f-strings and concatenation decode with exact offsets', () => {
    const src = 'x = f"a\\n{{b}} {c!r}" "d" r"\\x" + """é😀"""\n';
    const t = parsePython(src);
    const rhs = named(named(named(t.root)[0]!)[0]!).at(-1)!;
    const d = decodeStringExpr(t, rhs)!;
    assert.equal(d.text, 'a\n{b} $1   d\\xé😀');
    assert.equal(d.interpolated, true);
    assert.equal(src[d.offsets[d.text.indexOf('é')]!], 'é');
    assert.equal(src.slice(d.offsets[d.text.indexOf('$1')]!, d.offsets[d.text.indexOf('$1')]! + 5), '{c!r}');
  });

  test('non-ASCII before the SQL: UTF-16 ranges inside the literal', () => {
    const text = 'cursor.execute("SELECT \'é😀\' AS x FROM leads WHERE company = %s", ["ü"])\n';
    const [f] = pythonHost.check(text, djangoCatalog, { fileName: 'x.py' }).findings;
    assert.equal(text.slice(f!.start, f!.end), 'leads');
  });

  test('precision: dynamic queries produce nothing', () => {
    const text = [
      'from crm.models import Lead',
      'def a(kw): return Lead.objects.filter(**kw).count()',
      'def b(qs): return qs.count()',
      'def c(): return Lead.objects.filter(company="x")',
      'def d(): return Lead.objects.custom_method().count()',
      'def e(x):',
      '    qs = Lead.objects.all()',
      '    if x:',
      '        qs = qs.filter(created_at__gte=x)',
      '    return qs.count()',
      'def g(sql): cursor.execute(sql)',
      'def h(): service.execute("run the job")',
      '',
    ].join('\n');
    assert.deepEqual(pythonHost.check(text, djangoCatalog, { fileName: 'crm/p.py' }).findings, []);
  });

  test('half-typed code never throws', () => {
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

  test('the module registers itself and pre-filters files without database code', () => {
    assert.equal(hostFor('python'), pythonHost);
    assert.equal(pythonHost.mightContainDatabaseCode('def add(a, b):\n    return a + b\n'), false);
    assert.equal(pythonHost.mightContainDatabaseCode('Lead.objects.count()'), true);
    assert.equal(pythonHost.claimsFile!('app/models.py'), true);
  });
});
