// SQLAlchemy repository patterns checked against the REAL ORM and the REAL planner, as in
// host-python-orm-patterns.test.ts: generic repositories given their model through a subclass
// constructor's `super().__init__`, reached through a property, a factory and a cached_property
// (`Controller(session).repos.leads.count_all(match_key=…)`), `filter_by(**{key: value})` with the
// key passed by the caller, clause lists returned by helpers and spread into `where(*xs)`, mapped
// classes reached through a property of an annotated interface (`db.Lead`), and an opaque
// refinement under an `if` at a helper with one caller (the path that skips it is judged).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../server/src/engine/catalog/model';
import { createPythonIndex, ensurePythonHostLoaded, pythonHost } from '../server/src/engine/host/python/index';
import type { HostIndex } from '../server/src/engine/host/types';
import { pgServers } from './helpers/db';
import { agree, type Case, ormSql, pythonHas } from './helpers/python-orm';

const FIX = path.join(import.meta.dirname, 'fixtures');
const serversReady = pgServers();

interface PatternCase extends Case {
  /** The finding lands in this fixture file (a helper that runs the query its caller describes), inside `inFunction`. */
  readonly helper?: { readonly file: string; readonly inFunction: string; readonly inClass?: string };
}

const CASES: PatternCase[] = [
  { id: 'clause list returned by a staticmethod, no key', expr: '', orm: 'session.query(Lead).filter(Lead.company == "x")', body: '    return session.query(Lead).filter(*scoped.Clauses.company("x")).all()' },
  { id: 'clause list returned by a function (appended), keyed', expr: 'select(Lead).where(*scoped.recent_clauses("x"))', orm: 'select(Lead).where(Lead.company == "x", Lead.created >= SINCE)' },
  { id: 'db.Lead through a property of an annotated interface, no key', expr: 'scoped.lead_by_id(scoped.DB(), 1)', orm: 'select(Lead).where(Lead.id == 1)' },
  { id: 'db.Lead through a property of an annotated interface, keyed', expr: 'scoped.leads_since(scoped.DB(), datetime(2026, 3, 5, tzinfo=timezone.utc))', orm: 'select(Lead).where(Lead.created >= SINCE)' },
  {
    id: 'repository from property → factory → cached_property, model through super().__init__, filter_by(**{key: value})',
    expr: '',
    orm: 'select(func.count(Lead.id)).filter_by(company="x")',
    body: '    return scoped.Controller(session).repos.leads.count_all(match_key="company", match_value="x")',
  },
  {
    id: 'the same repository, filter_by(**{key: value}) with the partition key',
    expr: '',
    orm: 'select(func.count(Lead.id)).filter_by(created=SINCE)',
    body: '    return scoped.Controller(session).repos.leads.count_all(match_key="created", match_value=datetime(2026, 3, 5, tzinfo=timezone.utc))',
  },
  { id: 'the same repository, self._query() refined with the key', expr: '', orm: 'select(Lead).where(Lead.created >= SINCE)', body: '    return scoped.Controller(session).repos.leads.recent()' },
  {
    id: 'helper with one caller: an opaque refinement under an if, the path that skips it',
    expr: '',
    orm: 'select(Lead)',
    body: '    return scoped.read_leads(session, session.info.get("f"))',
    helper: { file: 'scoped.py', inFunction: 'read_leads' },
  },
];

/**
 * Our verdict: the case written as a function of `case.py` in the fixture app (indexed with the
 * app's files), checked there — or, for a helper that runs what its caller passes, the helper's
 * file checked with `case.py` as its caller (findings inside the helper function only).
 */
function verdict(dir: string, appFiles: string[], imports: string, c: PatternCase, wrap: (e: string) => string, catalog: CatalogView): { codes: string[]; tables: string[]; translated: number } {
  const index: HostIndex = createPythonIndex();
  for (const f of appFiles) index.indexFile(`${dir}/${f}`, fs.readFileSync(path.join(FIX, dir === 'sa/app' ? 'sqlalchemy/app' : 'django/sales', f), 'utf8'));
  const text = `${imports}\n\n\ndef case(session):\n${c.body ?? `    return ${wrap(c.expr)}`}\n`;
  const caseFile = `${dir}/case.py`;
  index.indexFile(caseFile, text);
  if (!c.helper) {
    const r = pythonHost.check(text, catalog, { fileName: caseFile, index });
    return { codes: r.findings.map((f) => f.code).sort(), tables: r.findings.map((f) => f.table), translated: c.statements ?? 1 };
  }
  const helperText = fs.readFileSync(path.join(FIX, dir === 'sa/app' ? 'sqlalchemy/app' : 'django/sales', c.helper.file), 'utf8');
  const classAt = c.helper.inClass ? helperText.search(new RegExp(`\\bclass ${c.helper.inClass}\\b`)) : 0;
  assert.ok(classAt >= 0, `class ${c.helper.inClass ?? ''} in ${c.helper.file}`);
  const start = helperText.indexOf(`def ${c.helper.inFunction}(`, classAt);
  // The function ends at the next line indented no deeper than its `def` (a method ends at the next method).
  const indent = start - helperText.lastIndexOf('\n', start) - 1;
  const next = new RegExp(`\\n {0,${indent}}\\S`, 'g');
  next.lastIndex = start;
  const end = next.exec(helperText)?.index ?? helperText.length;
  assert.ok(start >= 0, `${c.helper.inFunction} in ${c.helper.file}`);
  const r = pythonHost.check(helperText, catalog, { fileName: `${dir}/${c.helper.file}`, index });
  const inside = r.findings.filter((f) => f.start > start && f.start < end);
  return { codes: inside.map((f) => f.code).sort(), tables: inside.map((f) => f.table), translated: c.statements ?? 1 };
}

before(async () => {
  await ensurePythonHostLoaded();
});

void test('SQLAlchemy repository patterns (real ORM): our verdicts agree with the planner', async (t) => {
  const missing = pythonHas('sqlalchemy');
  if (missing) {
    t.skip(`REAL SQLALCHEMY NOT AVAILABLE (${missing}); install with: apt-get install -y python3-sqlalchemy`);
    return;
  }
  const root = path.join(FIX, 'sqlalchemy');
  const structure = fs.readFileSync(path.join(root, 'db/structure.sql'), 'utf8');
  const catalog = new CatalogSnapshot(tablesFromSql(structure).tables);
  const results = ormSql(path.join(root, 'sql_for_cases.py'), CASES);
  const imports = ['from datetime import datetime, timezone', 'from sqlalchemy import select', 'from app import scoped', 'from app.models import Lead'].join('\n');
  const files = ['__init__.py', 'models.py', 'scoped.py'];
  const wrap = (e: string): string => `session.execute(${e})`;
  await agree(t, { servers: serversReady, cases: CASES, results, ddl: [structure], catalog, verdict: (c) => verdict('sa/app', files, imports, c, wrap, catalog) });
});
