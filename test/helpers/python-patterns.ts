/**
 * Python application-pattern cases checked against the real ORMs: a case is a function of `case.py`
 * written into a fixture application, or a helper of the application that runs what its caller
 * passes; our verdict on it is compared with the planner by `agree()` (python-orm.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { tablesFromSql } from '../../server/src/engine/catalog/ddl';
import { CatalogSnapshot, type CatalogView } from '../../server/src/engine/catalog/model';
import { createPythonIndex, pythonHost } from '../../server/src/engine/host/python/index';
import type { HostIndex } from '../../server/src/engine/host/types';
import { type Case, ormSql, pythonHas } from './python-orm';

const FIX = path.join(import.meta.dirname, '..', 'fixtures');

export interface PatternCase extends Case {
  /** The finding lands in this fixture file (a helper that runs the query its caller describes), inside `inFunction`. */
  readonly helper?: { readonly file: string; readonly inFunction: string; readonly inClass?: string };
}

/**
 * Our verdict: the case written as a function of `case.py` in the fixture app (indexed with the
 * app's files), checked there — or, for a helper that runs what its caller passes, the helper's
 * file checked with `case.py` as its caller (findings inside the helper function only).
 */
export function patternVerdict(dir: string, appFiles: string[], imports: string, c: PatternCase, wrap: (e: string) => string, catalog: CatalogView): { codes: string[]; tables: string[]; translated: number } {
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

/** The SQLAlchemy fixture application (test/fixtures/sqlalchemy) for a suite that runs the real ORM. */
export interface SaFixture {
  readonly root: string;
  /** Its DDL (db/structure.sql). */
  readonly structure: string;
  readonly catalog: CatalogSnapshot;
  /** The SQL real SQLAlchemy compiles for each case. */
  readonly results: ReturnType<typeof ormSql>;
}

/** The SQLAlchemy fixture with the SQL of `cases`, or undefined (the test skipped) when SQLAlchemy is not installed. */
export function saFixture(t: TestContext, cases: Case[]): SaFixture | undefined {
  const missing = pythonHas('sqlalchemy');
  if (missing) {
    t.skip(`REAL SQLALCHEMY NOT AVAILABLE (${missing}); install with: apt-get install -y python3-sqlalchemy`);
    return undefined;
  }
  const root = path.join(FIX, 'sqlalchemy');
  const structure = fs.readFileSync(path.join(root, 'db/structure.sql'), 'utf8');
  const catalog = new CatalogSnapshot(tablesFromSql(structure).tables);
  return { root, structure, catalog, results: ormSql(path.join(root, 'sql_for_cases.py'), cases) };
}
