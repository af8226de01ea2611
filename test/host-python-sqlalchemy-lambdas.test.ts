// SQLAlchemy lambda statements checked against the REAL ORM and the REAL planner, as in
// host-python-sqlalchemy-repos.test.ts: `lambda_stmt(lambda: select(…))` returned by helpers,
// grown by `stmt += lambda q: q.where(…)` under an `if` the caller's arguments decide, by
// `add_criteria(lambda q: …)`, a lambda `delete(…)`, and a statement handed to a helper that
// executes it (judged at each call). Real SQLAlchemy compiles the fixture's own helpers.
import { before, test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { createPythonIndex, ensurePythonHostLoaded, pythonHost } from '../server/src/engine/host/python/index';
import { pgServers } from './helpers/db';
import { agree, type Case } from './helpers/python-orm';
import { saFixture } from './helpers/python-patterns';

const serversReady = pgServers();
const HELPERS = '__import__("app.lambdas").lambdas';
const MARCH = 'datetime(2026, 3, 5, tzinfo=timezone.utc)';

const CASES: Case[] = [
  { id: 'lambda_stmt returned by a helper, no key', expr: 'session.execute(lambdas.company_stmt("x"))', orm: `${HELPERS}.company_stmt("x")` },
  { id: 'grown by += lambda, the if skipped by the default', expr: 'session.execute(lambdas.window_stmt("x"))', orm: `${HELPERS}.window_stmt("x")` },
  { id: 'grown by += lambda, the if taken with the key', expr: `session.execute(lambdas.window_stmt("x", ${MARCH}))`, orm: `${HELPERS}.window_stmt("x", ${MARCH})` },
  { id: 'add_criteria(lambda q: …) with the key', expr: `session.execute(lambdas.added_stmt(${MARCH}))`, orm: `${HELPERS}.added_stmt(${MARCH})` },
  { id: 'lambda delete by ids', expr: 'session.execute(lambdas.purge_stmt([1, 2]))', orm: `${HELPERS}.purge_stmt([1, 2])` },
  { id: 'lambda delete by ids, bounded by the key', expr: `session.execute(lambdas.purge_before_stmt([1, 2], ${MARCH}))`, orm: `${HELPERS}.purge_before_stmt([1, 2], ${MARCH})` },
  { id: 'handed to a helper that executes it, keyed', expr: `lambdas.run_all(session, lambdas.added_stmt(${MARCH}))`, orm: `${HELPERS}.added_stmt(${MARCH})` },
  { id: 'handed to a helper that executes it, no key', expr: 'lambdas.run_all(session, lambdas.company_stmt("x"))', orm: `${HELPERS}.company_stmt("x")` },
];

before(async () => {
  await ensurePythonHostLoaded();
});

void test('SQLAlchemy lambda statements (real ORM): our verdicts agree with the planner', async (t) => {
  const fx = saFixture(t, CASES);
  if (!fx) return;
  const { root, structure, catalog, results } = fx;
  const imports = ['from datetime import datetime, timezone', 'from app import lambdas'].join('\n');
  const verdict = (c: Case): { codes: string[]; tables: string[]; translated: number } => {
    const index = createPythonIndex();
    for (const f of ['__init__.py', 'models.py', 'lambdas.py']) index.indexFile(`sa/app/${f}`, fs.readFileSync(path.join(root, 'app', f), 'utf8'));
    const text = `${imports}\n\n\ndef case(session):\n    return ${c.expr}\n`;
    index.indexFile('sa/app/case.py', text);
    const r = pythonHost.check(text, catalog, { fileName: 'sa/app/case.py', index });
    return { codes: r.findings.map((f) => f.code).sort(), tables: r.findings.map((f) => f.table), translated: 1 };
  };
  await agree(t, { servers: serversReady, cases: CASES, results, ddl: [structure], catalog, verdict });
});
