// The Python index per workspace folder and queries followed across functions and files: a
// multi-file Django app (models, managers, services, views) checked with exact ranges and the
// exact related locations (where a queryset was created and refined).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createPythonIndex, defaultPythonIndex, ensurePythonHostLoaded, pythonHost } from '../server/src/engine/host/python/index';
import type { PythonIndex } from '../server/src/engine/host/python/workspace';
import { defBlocks } from '../server/src/engine/host/python/def-blocks';
import { PythonChecker } from '../server/src/engine/host/python/incremental';
import { checkFile, loadEngine } from '../server/src/engine/index';
import { WorkspaceCatalog } from '../server/src/engine/catalog/workspace';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { LineIndex, type Finding } from '../server/src/engine/finding';

const ROOT = path.join(import.meta.dirname, 'fixtures', 'django');
const file = (p: string): string => path.join(ROOT, p);
const read = (p: string): string => fs.readFileSync(file(p), 'utf8');
const APP = ['sales/__init__.py', 'sales/models.py', 'sales/managers.py', 'sales/services.py', 'sales/views.py', 'sales/patterns.py', 'sales/migrations/0001_partitions.py'];

interface Spot {
  line: number;
  character: number;
  endCharacter: number;
  code: string;
}

/** `# expect: missing@Name` (several per line allowed) marks a finding on the first `Name` of the line. */
function expectations(text: string): Spot[] {
  const out: Spot[] = [];
  text.split('\n').forEach((l, line) => {
    for (const m of l.matchAll(/# expect: (missing|not-prunable)@("?\w+"?)/g)) {
      const at = l.indexOf(m[2]!);
      out.push({ line, character: at, endCharacter: at + m[2]!.length, code: m[1] === 'missing' ? 'partition-key-missing' : 'partition-key-not-prunable' });
    }
  });
  return out;
}

function spots(text: string, findings: readonly Finding[]): Spot[] {
  const li = new LineIndex(text);
  return findings.map((f) => {
    const s = li.position(f.start);
    const e = li.position(f.end);
    return { line: s.line, character: s.character, endCharacter: e.character, code: f.code };
  });
}

const sortS = (a: Spot[]): Spot[] => [...a].sort((x, y) => x.line - y.line || x.character - y.character || x.code.localeCompare(y.code));

let catalog: CatalogView;
let index: PythonIndex;

before(async () => {
  await ensurePythonHostLoaded();
  index = createPythonIndex();
  const wc = new WorkspaceCatalog();
  for (const f of APP) {
    index.indexFile(file(f), read(f));
    wc.setFile(file(f), read(f), 'python');
  }
  catalog = wc.snapshot();
});

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

void describe('multi-file Django app', () => {
  void test('the catalog: four tables from the RunSQL migration', () => {
    assert.deepEqual(catalog.tables().map((t) => `${t.name}:${t.partitions.length}`), ['deal_events:12', 'deals:12', 'notes:12']);
  });

  void test('views.py: every expected finding at its exact range, nothing else', () => {
    const text = read('sales/views.py');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/views.py'), index });
    assert.deepEqual(sortS(spots(text, r.findings)), sortS(expectations(text)));
  });

  void test('patterns.py: attributes set in __init__, exclude across relations, select_related chains, Prefetch querysets, managers from QuerySets, DRF filter_queryset', () => {
    const text = read('sales/patterns.py');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/patterns.py'), index });
    assert.deepEqual(sortS(spots(text, r.findings)), sortS(expectations(text)));
    // A queryset held by `self.deals` is reported where it is used, with where it was built as related.
    const held = r.findings.find((f) => text.slice(f.start, f.end) === 'deals')!;
    assert.deepEqual(held.related?.map((x) => (x.kind === 'here' ? `${text.slice(x.start, x.end)}:${x.message}` : x.message)), ['Deal:query on Deal created here']);
  });
});

void describe('related locations and the index', () => {
  void test('a queryset built in services.py, refined by a QuerySet method in managers.py, evaluated in views.py', () => {
    const text = read('sales/views.py');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/views.py'), index });
    const line = lineOf(text, 'a = list(won(account_id))');
    const f = r.findings.find((x) => new LineIndex(text).position(x.start).line === line)!;
    assert.equal(text.slice(f.start, f.end), 'won');
    assert.deepEqual(f.related, [
      { kind: 'file', fileName: file('sales/services.py'), start: { line: 4, character: 11 }, end: { line: 4, character: 15 }, message: 'query on Deal created here' },
      { kind: 'file', fileName: file('sales/managers.py'), start: { line: 5, character: 20 }, end: { line: 5, character: 26 }, message: 'refined here: filter()' },
      { kind: 'file', fileName: file('sales/services.py'), start: { line: 4, character: 30 }, end: { line: 4, character: 36 }, message: 'refined here: filter()' },
    ]);
  });

  void test('a helper that evaluates its parameter: reported at the argument, related to where it runs', () => {
    const text = read('sales/views.py');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/views.py'), index });
    const line = lineOf(text, 'e = export_ids(');
    const f = r.findings.find((x) => new LineIndex(text).position(x.start).line === line)!;
    assert.deepEqual(new LineIndex(text).position(f.start), { line, character: 19 });
    assert.deepEqual(f.related, [
      { kind: 'file', fileName: file('sales/services.py'), start: { line: 20, character: 17 }, end: { line: 20, character: 28 }, message: 'evaluated here' },
    ]);
  });

  void test('same file: a function returning a queryset and its caller; related is `here`', () => {
    const text = [
      'from sales.models import Deal',
      '',
      'def open_deals(account_id):',
      '    return Deal.objects.filter(account_id=account_id, status="open")',
      '',
      'def report(account_id):',
      '    return open_deals(account_id).count()',
      '',
    ].join('\n');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/report.py'), index });
    assert.equal(r.findings.length, 1);
    const f = r.findings[0]!;
    assert.equal(text.slice(f.start, f.end), 'open_deals');
    assert.equal(f.start, text.indexOf('open_deals(account_id).count'));
    const at = text.indexOf('Deal.objects.filter');
    const filter = text.indexOf('filter(account_id');
    assert.deepEqual(f.related, [
      { kind: 'here', start: at, end: at + 4, message: 'query on Deal created here' },
      { kind: 'here', start: filter, end: filter + 6, message: 'refined here: filter()' },
    ]);
  });

  void test('a public function returning a queryset no code calls is judged where it is built', () => {
    const text = read('sales/services.py');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/services.py'), index });
    // `big_deals()`, `DealService.events()`, `AccountDeals.events()` and `ordered_won()` have no caller in the
    // workspace; the others have one (and `recent_deals`/`in_window` callers add the key). A
    // model held by `self` is reported where the method reads it.
    assert.deepEqual(spots(text, r.findings), [
      { line: lineOf(text, 'Deal.objects.filter(amount__gte=1000)'), character: 11, endCharacter: 15, code: 'partition-key-missing' },
      { line: lineOf(text, 'DealEvent.objects.of_kind(kind)'), character: 15, endCharacter: 24, code: 'partition-key-missing' },
      { line: lineOf(text, 'self.model.objects.filter(kind=kind)'), character: 20, endCharacter: 25, code: 'partition-key-missing' },
      // `ordered_won()` (no caller here) returns the queryset it unpacked from `ordered()`'s tuple.
      { line: lineOf(text, 'qs, _ = ordered(Deal.objects.filter(status="won"))'), character: 20, endCharacter: 24, code: 'partition-key-missing' },
    ]);
  });

  void test('one index per folder: the same code means another table in another folder', () => {
    const other = createPythonIndex();
    const models = 'from django.db import models\n\nclass Deal(models.Model):\n    status = models.TextField()\n\n    class Meta:\n        db_table = "archived_deals"\n';
    other.indexFile('/other/sales/models.py', models);
    const text = 'from sales.models import Deal\n\ndef f():\n    return Deal.objects.filter(status="won").count()\n';
    assert.equal(pythonHost.check(text, catalog, { fileName: '/other/sales/v.py', index: other }).findings.length, 0);
    assert.equal(pythonHost.check(text, catalog, { fileName: file('sales/v.py'), index }).findings.length, 1);
  });

  void test('dependentsOf and generation', () => {
    const deps = index.dependentsOf(file('sales/services.py'));
    assert.ok(deps.includes(file('sales/views.py')));
    assert.ok(!deps.includes(file('sales/managers.py')));
    const g0 = index.generation;
    const src = read('sales/services.py');
    index.indexFile(file('sales/services.py'), `${src}\n# a comment\n`);
    assert.equal(index.generation, g0, 'a comment changes no summary');
    index.indexFile(file('sales/services.py'), src.replace('return Deal.objects.filter(created_at__gte=start)', 'return Deal.objects.all()'));
    assert.notEqual(index.generation, g0, 'a changed return changes the generation');
    const text = read('sales/views.py');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/views.py'), index });
    assert.ok(r.findings.some((f) => text.slice(f.start, f.end) === 'recent_deals'), 'the dependent view is judged with the new summary');
    index.indexFile(file('sales/services.py'), src);
    const again = pythonHost.check(text, catalog, { fileName: file('sales/views.py'), index });
    assert.ok(!again.findings.some((f) => text.slice(f.start, f.end) === 'recent_deals'));
  });
});

void describe('uniform failure', () => {
  void test('an internal error in the Python host surfaces as internalError through checkFile', async () => {
    await loadEngine();
    const text = 'from sales.services import won_deals\n\ndef f():\n    return won_deals(1).count()\n';
    const own = ['sales/models.py', 'sales/managers.py', 'sales/services.py'];
    for (const f of own) defaultPythonIndex.indexFile(file(f), read(f));
    const original = defaultPythonIndex.resolve.bind(defaultPythonIndex);
    defaultPythonIndex.resolve = () => {
      throw new Error('forced failure in the Python index');
    };
    try {
      assert.throws(() => pythonHost.check(text, catalog, { fileName: file('sales/boom.py') }), /forced failure/);
      const r = checkFile(file('sales/boom.py'), text, catalog);
      assert.match(r.internalError ?? '', /forced failure in the Python index/);
      assert.deepEqual(r.findings, []);
    } finally {
      defaultPythonIndex.resolve = original;
      for (const f of own) defaultPythonIndex.removeFile(file(f));
    }
  });

  void test('1,000 nested `if`s do not poison the parser for the next file', () => {
    let deep = 'from sales.models import Deal\n\ndef f(x):\n';
    for (let i = 0; i < 1000; i++) deep += `${' '.repeat(4 + i)}if x:\n`;
    deep += `${' '.repeat(1004)}return Deal.objects.count()\n`;
    try {
      pythonHost.check(deep, catalog, { fileName: file('sales/deep.py'), index });
    } catch {
      // Reported as not analysed; what matters is the next file.
    }
    const text = 'from sales.models import Deal\n\ndef g():\n    return Deal.objects.filter(status="x").count()\n';
    const r = pythonHost.check(text, catalog, { fileName: file('sales/after.py'), index });
    assert.deepEqual(spots(text, r.findings), [{ line: 3, character: 11, endCharacter: 15, code: 'partition-key-missing' }]);
  });
});

void describe('SQLAlchemy statements across files', () => {
  const SA = path.join(import.meta.dirname, 'fixtures', 'sqlalchemy');
  const saFile = (p: string): string => path.join(SA, p);
  const saRead = (p: string): string => fs.readFileSync(saFile(p), 'utf8');
  let saIndex: PythonIndex;
  let saCatalog: CatalogView;

  before(() => {
    saIndex = createPythonIndex();
    for (const f of ['app/__init__.py', 'app/models.py', 'app/repo.py', 'app/jobs.py', 'app/queries.py', 'app/repositories.py', 'app/loading.py', 'app/daos.py']) saIndex.indexFile(saFile(f), saRead(f));
    const wc = new WorkspaceCatalog();
    wc.setFile(saFile('db/structure.sql'), saRead('db/structure.sql'), 'sql');
    saCatalog = wc.snapshot();
  });

  for (const f of ['app/jobs.py', 'app/repo.py', 'app/queries.py', 'app/repositories.py', 'app/loading.py', 'app/daos.py']) {
    void test(`${f}: every expected finding at its exact range, nothing else`, () => {
      const text = saRead(f);
      const r = pythonHost.check(text, saCatalog, { fileName: saFile(f), index: saIndex });
      assert.deepEqual(sortS(spots(text, r.findings)), sortS(expectations(text)));
    });
  }

  void test('a statement built in repo.py and executed by a helper there: related locations', () => {
    const text = saRead('app/jobs.py');
    const r = pythonHost.check(text, saCatalog, { fileName: saFile('app/jobs.py'), index: saIndex });
    const line = lineOf(text, 'c = run(session, leads_of(company))');
    const f = r.findings.find((x) => new LineIndex(text).position(x.start).line === line)!;
    assert.equal(text.slice(f.start, f.end), 'leads_of');
    assert.deepEqual(f.related, [
      { kind: 'file', fileName: saFile('app/repo.py'), start: { line: 6, character: 18 }, end: { line: 6, character: 22 }, message: 'statement on Lead built here' },
      { kind: 'file', fileName: saFile('app/repo.py'), start: { line: 6, character: 24 }, end: { line: 6, character: 29 }, message: 'refined here: where()' },
      { kind: 'file', fileName: saFile('app/repo.py'), start: { line: 22, character: 11 }, end: { line: 22, character: 32 }, message: 'executed here' },
    ]);
    // The join: both partitioned tables are judged, at the same place.
    const join = r.findings.filter((x) => new LineIndex(text).position(x.start).line === lineOf(text, 'repo.with_outputs(company)'));
    assert.deepEqual(join.map((x) => x.table).sort(), ['analytics.agent_outputs', 'public.leads']);
  });

  void test('an inherited method running select(self.model) is judged at the call, with where it runs as related', () => {
    const text = saRead('app/repositories.py');
    const r = pythonHost.check(text, saCatalog, { fileName: saFile('app/repositories.py'), index: saIndex });
    const line = lineOf(text, 'b = LeadRepo(session).everything()');
    const f = r.findings.find((x) => new LineIndex(text).position(x.start).line === line)!;
    const runs = lineOf(text, 'return self.session.scalars(select(self.model)).all()');
    assert.deepEqual(
      f.related?.map((x) => (x.kind === 'here' ? [new LineIndex(text).position(x.start).line, text.slice(x.start, x.end), x.message] : x)),
      [
        [runs, 'model', 'statement on Lead built here'],
        [runs, 'self.session.scalars(select(self.model))', 'executed here with Lead from LeadRepo'],
      ],
    );
  });

  // Flask-SQLAlchemy's `query_class`: `Lead.query.delete(company, id)` calls the model's own
  // `Query` subclass method (it loads one row), not the ORM's bulk DELETE; a model without one
  // (`Note.query.filter(…).delete()`) still runs a bulk DELETE.
  void test('a query_class method overriding a Query terminal is not that terminal', () => {
    const index = createPythonIndex();
    const model = (name: string, qc: boolean): string[] => [
      `class ${name}(db.Model):`,
      ...(qc ? ['    class LeadQuery(Query):', '        def delete(self, company, id):', '            return self.filter(Lead.company == company, Lead.id == id).one_or_none()', '', '    query_class = LeadQuery'] : []),
      '    __tablename__ = "leads"',
      '    id = db.Column(db.BigInteger, primary_key=True)',
      '    company = db.Column(db.Text, nullable=False)',
      '    created = db.Column("created_at", db.DateTime(timezone=True), primary_key=True)',
      '',
    ];
    const models = ['from flask_sqlalchemy import SQLAlchemy', 'from flask_sqlalchemy.query import Query', '', 'db = SQLAlchemy()', '', '', ...model('Lead', true), '', ...model('Note', false)].join('\n');
    const views = ['from app.models import Lead, Note', '', '', 'def drop(company, lead_id):', '    return Lead.query.delete(company, lead_id)', '', '', 'def purge(company):', '    return Note.query.filter(Note.company == company).delete()', ''].join('\n');
    index.indexFile('/qc/app/__init__.py', '');
    index.indexFile('/qc/app/models.py', models);
    index.indexFile('/qc/app/views.py', views);
    const r = pythonHost.check(views, saCatalog, { fileName: '/qc/app/views.py', index });
    assert.deepEqual(r.findings.map((f) => [new LineIndex(views).position(f.start).line, f.code, f.table]), [[8, 'partition-key-missing', 'public.leads']]);
  });

  void test('eager loading: the related location names the relationship or the loader option', () => {
    const text = saRead('app/loading.py');
    const r = pythonHost.check(text, saCatalog, { fileName: saFile('app/loading.py'), index: saIndex });
    const at = (needle: string): Finding => r.findings.find((x) => new LineIndex(text).position(x.start).line === lineOf(text, needle))!;
    const team = at('d = session.scalars(select(Team)');
    assert.equal(team.table, 'analytics.agent_outputs');
    assert.deepEqual(team.related?.map((x) => (x.kind === 'file' ? [x.fileName, x.start.line, x.message] : x)), [[saFile('app/models.py'), lineOf(saRead('app/models.py'), 'lazy="joined"'), 'relationship(lazy="joined") loads AgentOutput with every Team']]);
    const option = at('b = session.scalars(select(Lead).options(selectinload');
    assert.deepEqual(option.related?.map((x) => (x.kind === 'here' ? text.slice(x.start, x.end) : x)), ['selectinload(Lead.outputs)']);
  });
});

void describe('partitioned tables declared in ORM code teach the catalog', () => {
  const SA_MODELS = [
    'from sqlalchemy import BigInteger, Column, DateTime, MetaData, Table, Text',
    'from sqlalchemy.orm import declarative_base',
    '',
    'Base = declarative_base()',
    'metadata = MetaData()',
    '',
    'events = Table(',
    '    "events",',
    '    metadata,',
    '    Column("id", BigInteger),',
    '    Column("channel", Text),',
    '    postgresql_partition_by="LIST (channel)",',
    ')',
    '',
    '',
    'class Measurement(Base):',
    '    __tablename__ = "measurements"',
    '    __table_args__ = ({"postgresql_partition_by": "RANGE (taken_at)", "schema": "metrics"},)',
    '',
    '    id = Column(BigInteger, primary_key=True)',
    '    sensor = Column(Text)',
    '    taken = Column("taken_at", DateTime(timezone=True), nullable=False)',
    '',
  ].join('\n');
  const EXTRA_MODELS = [
    'from django.db import models',
    'from psqlextra.models import PostgresPartitionedModel',
    'from psqlextra.types import PostgresPartitioningMethod',
    '',
    '',
    'class Reading(PostgresPartitionedModel):',
    '    sensor = models.TextField()',
    '    recorded_at = models.DateTimeField()',
    '',
    '    class PartitioningMeta:',
    '        method = PostgresPartitioningMethod.RANGE',
    '        key = ["recorded_at"]',
    '',
  ].join('\n');

  void test('SQLAlchemy Table(postgresql_partition_by=...) and __table_args__, django-postgres-extra PartitioningMeta', () => {
    const wc = new WorkspaceCatalog();
    wc.setFile('/ddl/app/models.py', SA_MODELS, 'python');
    wc.setFile('/ddl/metrics/models.py', EXTRA_MODELS, 'python');
    const tables = wc.snapshot().tables().map((t) => `${t.schema}.${t.name}:${t.strategy}:${t.key.map((k) => (k.kind === 'column' ? `${k.column}/${k.type ?? '?'}` : '?')).join(',')}`);
    assert.deepEqual(tables, ['metrics.measurements:range:taken_at/timestamptz', 'public.events:list:channel/text', 'public.metrics_reading:range:recorded_at/timestamptz']);
    const frags = pythonHost.sqlFragments(SA_MODELS, '/ddl/app/models.py').filter((f) => f.ddl);
    assert.equal(frags[0]!.text, 'CREATE TABLE "events" ("id" bigint, "channel" text) PARTITION BY LIST (channel)');
    assert.equal(SA_MODELS.slice(frags[0]!.mapOffset(0), frags[0]!.mapOffset(0) + 8), '"events"');
  });

  void test('queries on the learned tables are judged', () => {
    const ddlIndex = createPythonIndex();
    ddlIndex.indexFile('/ddl/app/models.py', SA_MODELS);
    ddlIndex.indexFile('/ddl/metrics/models.py', EXTRA_MODELS);
    const wc = new WorkspaceCatalog();
    wc.setFile('/ddl/app/models.py', SA_MODELS, 'python');
    wc.setFile('/ddl/metrics/models.py', EXTRA_MODELS, 'python');
    const cat = wc.snapshot();
    const sa = [
      'from sqlalchemy import select',
      'from app.models import Measurement, events',
      '',
      'def f(session, since):',
      '    a = session.execute(select(events).where(events.c.id == 1)).all()',
      '    b = session.execute(select(events).where(events.c.channel == "sms")).all()',
      '    c = session.execute(select(Measurement).where(Measurement.sensor == "t1")).all()',
      '    d = session.execute(select(Measurement).where(Measurement.taken >= since)).all()',
      '    return a, b, c, d',
      '',
    ].join('\n');
    const r = pythonHost.check(sa, cat, { fileName: '/ddl/app/jobs.py', index: ddlIndex });
    assert.deepEqual(spots(sa, r.findings), [
      { line: 4, character: 31, endCharacter: 37, code: 'partition-key-missing' },
      { line: 6, character: 31, endCharacter: 42, code: 'partition-key-missing' },
    ]);
    const dj = 'from metrics.models import Reading\n\ndef g(since):\n    return Reading.objects.filter(sensor="t1").count() + Reading.objects.filter(recorded_at__gte=since).count()\n';
    const r2 = pythonHost.check(dj, cat, { fileName: '/ddl/metrics/views.py', index: ddlIndex });
    assert.deepEqual(spots(dj, r2.findings), [{ line: 3, character: 11, endCharacter: 18, code: 'partition-key-missing' }]);
  });
});

void describe('incremental checking across functions', () => {
  void test('after random edits, cached results (with related locations) equal a fresh check', () => {
    const base = read('sales/views.py');
    const inserts = ['x', '\n', '(', ')', '#', 'def g():\n    return won(1).count()\n', '\n    ', '.filter(created_at__gte=1)', 'won(2)'];
    let seed = 11;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const incremental = new PythonChecker(index);
    let text = base;
    for (let k = 0; k < 40; k++) {
      if (k % 15 === 0) text = base;
      const at = rnd(text.length);
      text = rnd(3) === 0 ? text.slice(0, at) + text.slice(at + rnd(30)) : text.slice(0, at) + inserts[rnd(inserts.length)]! + text.slice(at);
      const a = incremental.check(text, catalog, { fileName: file('sales/edit.py') }, false);
      const b = new PythonChecker(index).check(text, catalog, { fileName: file('sales/edit.py') }, false);
      assert.deepEqual(a, b, `edit ${k}`);
    }
  });
});

void describe('related managers: precision', () => {
  void test('only receivers that visibly are instances of the target model', () => {
    const text = [
      'from sales.models import Account',
      '',
      'def f(account, calendar, account_id, current_account, request):',
      '    a = account.deals.count()',
      '    b = calendar.deals.count()',
      '    c = current_account.deals.count()',
      '    acct = Account.objects.get(pk=account_id)',
      '    d = acct.deals.count()',
      '    e = request.user.deals.count()',
      '    return a, b, c, d, e',
      '',
    ].join('\n');
    const r = pythonHost.check(text, catalog, { fileName: file('sales/rel.py'), index });
    assert.deepEqual(spots(text, r.findings).map((x) => x.line), [3, 5, 7]);
  });
});

void describe('pre-filter', () => {
  void test('definition blocks by indentation (what the reach pre-filter reads without parsing)', () => {
    const text = 'import x\n\ndef a():\n    return Deal.objects.all()\n\n\nclass S:\n    def b(self):\n        # note\n        return a()\n\n    def c(self):\n        return 1\n';
    assert.deepEqual(defBlocks(text).map((b) => [b.name, b.body.split('\n').length]), [['a', 4], ['b', 4], ['c', 3], ['S', 8]]);
  });

  void test('a file naming no model is checked only when it names a function that reaches one', () => {
    const caller = 'from sales.services import won_deals\n\ndef f(a):\n    return won_deals(a).count()\n';
    const unrelated = 'from sales.services import unknown\n\ndef f(a):\n    return unknown(a).count()\n';
    assert.equal(pythonHost.check(caller, catalog, { fileName: file('sales/c1.py'), index }).findings.length, 1);
    assert.equal(pythonHost.check(unrelated, catalog, { fileName: file('sales/c2.py'), index }).findings.length, 0);
  });
});

void describe('SQL composed with psycopg or str.format/f-strings (model tables), and constants of another module', () => {
  const queries = [
    'from psycopg2 import sql',
    'from psycopg2.sql import SQL, Identifier',
    '',
    'BY_ACCOUNT = SQL("SELECT count(*) FROM {table} WHERE account_id = %s").format(table=Identifier("deals"))',
    'RECENT = "SELECT id FROM deals WHERE created_at >= %s AND account_id = %s"',
    'UNKNOWN_TABLE = SQL("SELECT id FROM {} WHERE account_id = %s").format(Identifier(TABLE))',
    '',
  ].join('\n');
  const runner = [
    'from django.db import connection',
    'from psycopg2 import sql',
    'from sales.models import Deal',
    'from sales.raw_sql import BY_ACCOUNT, RECENT, UNKNOWN_TABLE',
    '',
    'def counts(account_id, since):',
    '    with connection.cursor() as cursor:',
    '        cursor.execute(BY_ACCOUNT, [account_id])  # expect: missing@BY_ACCOUNT',
    '        cursor.execute(RECENT, [since, account_id])',
    '        cursor.execute(UNKNOWN_TABLE, [account_id])',
    '        cursor.execute(sql.SQL("SELECT {} FROM {} WHERE status = %s").format(sql.Identifier("id"), sql.Identifier("deals")), ["won"])  # expect: missing@"deals"',
    '        cursor.execute(sql.SQL("SELECT id FROM {t} WHERE created_at >= {since}").format(t=sql.Identifier("deals"), since=sql.Literal(since)))',
    '        stats = """SELECT status, count(*) FROM {tbl} WHERE account_id = %s GROUP BY status"""',
    '        stats = stats.format(tbl=Deal._meta.db_table)',
    '        cursor.execute(stats, [account_id])  # expect: missing@stats',
    '        cursor.execute(f"SELECT id FROM {Deal._meta.db_table} WHERE created_at >= %s", [since])',
    '        cursor.execute(f"SELECT id FROM {Deal._meta.db_table} WHERE status = %s", ["won"])',
    '',
  ].join('\n');

  void test('executed where they run: a finding at the imported name, or inside the composed literal', () => {
    const own = createPythonIndex();
    for (const f of APP) own.indexFile(file(f), read(f));
    own.indexFile(file('sales/raw_sql.py'), queries);
    own.indexFile(file('sales/raw_report.py'), runner);
    const r = pythonHost.check(runner, catalog, { fileName: file('sales/raw_report.py'), index: own });
    // The f-string naming the model's table: the finding covers its interpolation.
    const inFString = r.findings.filter((f) => runner.slice(f.start, f.end) === '{Deal._meta.db_table}');
    assert.deepEqual(inFString.map((f) => [runner.slice(0, f.start).split('\n').length - 1, f.code]), [[lineOf(runner, 'WHERE status = %s", ["won"]'), 'partition-key-missing']]);
    assert.deepEqual(sortS(spots(runner, r.findings.filter((f) => !inFString.includes(f)))), sortS(expectations(runner)));
    // The finding at the imported name carries no quick-fix offset of the other module.
    const byName = r.findings.find((f) => runner.slice(f.start, f.end) === 'BY_ACCOUNT')!;
    assert.equal(byName.fix?.insertAt, undefined);
    // The module that only defines the constants reports nothing itself.
    assert.deepEqual(pythonHost.check(queries, catalog, { fileName: file('sales/raw_sql.py'), index: own }).findings, []);
  });
});

void describe('models on a third-party abstract base', () => {
  void test('a class with models.…Field fields on an unseen `…Model` base is a Django model; other unseen bases are not', () => {
    const own = createPythonIndex();
    const models = [
      'from django.db import models',
      'from django_softdelete.models import SoftDeleteModel',
      'from rest_framework import serializers',
      '',
      'class Memo(SoftDeleteModel):',
      '    body = models.TextField()',
      '    created_at = models.DateTimeField()',
      '',
      '    class Meta:',
      '        db_table = "notes"',
      '',
      'class MemoForm(serializers.Serializer):',
      '    body = serializers.CharField()',
      '',
    ].join('\n');
    const use = [
      'from memos.models import Memo, MemoForm',
      '',
      'def memos_about(word):',
      '    return list(Memo.objects.filter(body__contains=word))  # expect: missing@Memo',
      '',
      'def recent_memos(since):',
      '    return list(Memo.objects.filter(created_at__gte=since))',
      '',
      'def forms():',
      '    return list(MemoForm.objects.filter(body="x"))',
      '',
    ].join('\n');
    own.indexFile(file('memos/__init__.py'), '');
    own.indexFile(file('memos/models.py'), models);
    own.indexFile(file('memos/views.py'), use);
    const r = pythonHost.check(use, catalog, { fileName: file('memos/views.py'), index: own });
    assert.deepEqual(sortS(spots(use, r.findings)), sortS(expectations(use)));
  });
});

void describe('generic views: get_queryset inherited from a base in the same file', () => {
  void test('reported where the base builds it (`self.model.objects…`), not at the subclass', () => {
    const own = createPythonIndex();
    for (const f of APP) own.indexFile(file(f), read(f));
    const views = [
      'from rest_framework import viewsets',
      'from sales.models import Deal',
      '',
      'class AccountScoped(viewsets.ReadOnlyModelViewSet):',
      '    model = None',
      '',
      '    def get_queryset(self):',
      '        return self.model.objects.filter(account_id=self.kwargs["account_id"])',
      '',
      'class DealsOfAccount(AccountScoped):',
      '    model = Deal',
      '',
    ].join('\n');
    own.indexFile(file('sales/scoped.py'), views);
    const r = pythonHost.check(views, catalog, { fileName: file('sales/scoped.py'), index: own });
    assert.deepEqual(
      r.findings.map((f) => [f.code, views.slice(f.start, f.end)]),
      [['partition-key-missing', 'self.model.objects.filter(account_id=self.kwargs["account_id"])']],
    );
  });
});
