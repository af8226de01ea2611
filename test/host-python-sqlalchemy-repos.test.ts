// SQLAlchemy repository patterns checked against the REAL ORM and the REAL planner, as in
// host-python-orm-patterns.test.ts: generic repositories given their model through a subclass
// constructor's `super().__init__`, reached through a property, a factory and a cached_property
// (`Controller(session).repos.leads.count_all(match_key=…)`), `filter_by(**{key: value})` with the
// key passed by the caller, clause lists returned by helpers and spread into `where(*xs)`, mapped
// classes reached through a property of an annotated interface (`db.Lead`), an opaque
// refinement under an `if` at a helper with one caller (the path that skips it is judged), and
// `filter_by(**self._filter_builder(**{key: value}))` over a builder returning `{**dct, **kwargs}`,
// and a function with optional bounds judged with the arguments of its visible callers (a value a
// visible method fills in when it is `None` decides `if since is not None` in the callee), and
// a model's instance methods refining the statement another one returns (`self.id` a value).
import { before, test } from 'node:test';
import { ensurePythonHostLoaded } from '../server/src/engine/host/python/index';
import { pgServers } from './helpers/db';
import { agree } from './helpers/python-orm';
import { patternVerdict, type PatternCase, saFixture } from './helpers/python-patterns';

const serversReady = pgServers();

const MARCH = 'datetime(2026, 3, 5, tzinfo=timezone.utc)';

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
  { id: 'filter_by(**builder(**{key: value})), the key the caller names', expr: '', orm: 'select(Lead).filter_by(id=1)', body: '    return filter_builders.FilterRepo(session, Lead).get_one(1, key="id")' },
  { id: 'the same builder, the partition key named by the caller', expr: '', orm: 'select(Lead).filter_by(created=SINCE)', body: `    return filter_builders.FilterRepo(session, Lead).get_one(${MARCH}, key="created")` },
  { id: 'filter_by(**builder(**query_by)) with the dict the caller passes, a key set under an if', expr: '', orm: 'select(Lead).filter_by(company="x", id=1)', body: '    return filter_builders.FilterRepo(session, Lead, company="x").many({"id": 1})' },
  // The builder adds the partition key under `if self.since`: judged with it, so this stays silent.
  { id: 'a builder adding the partition key under an if', expr: '', orm: 'select(Lead).filter_by(created=SINCE, company="x")', body: `    return filter_builders.WindowRepo(session, Lead, since=${MARCH}).many({"company": "x"})` },
  // A key set under an if that names no column (the path that sets it raises): the other keys are judged.
  { id: 'the window builder on AgentOutput (no created column), the key the caller names', expr: '', orm: 'select(AgentOutput).filter_by(lead_id=1)', body: '    return filter_builders.WindowRepo(session, AgentOutput).get_one(1, key="lead_id")' },
  {
    id: 'helper with one caller: an opaque refinement under an if, the path that skips it',
    expr: '',
    orm: 'select(Lead)',
    body: '    return scoped.read_leads(session, session.info.get("f"))',
    helper: { file: 'scoped.py', inFunction: 'read_leads' },
  },
  // The caller's value is filled in by `get_date(…, default_days=30)`: `since` is never `None`, silent.
  {
    id: 'optional bound, the only caller passes a value a visible method fills in',
    expr: '',
    orm: 'select(Lead).where(Lead.company == "x", Lead.created >= SINCE)',
    body: '    args = request_bounds.Args(session.info)\n    since = args.get_date("since", default_days=30)\n    return request_bounds.recent_leads(session, "x", since=since)',
    helper: { file: 'request_bounds.py', inFunction: 'recent_leads' },
  },
  // Without `default_days` the fill-in `if` is not taken: `since` may be `None` and the bound skipped.
  {
    id: 'optional bound, the caller passes a value that may be None',
    expr: '',
    orm: 'select(Lead).where(Lead.company == "x")',
    body: '    args = request_bounds.Args(session.info)\n    since = args.get_date("since")\n    return request_bounds.recent_leads(session, "x", since=since)',
    helper: { file: 'request_bounds.py', inFunction: 'recent_leads' },
  },
  {
    id: 'model instance method refining the base statement another method returns, no key',
    expr: '',
    orm: 'select(AgentOutput).where(AgentOutput.lead_id == 1).order_by(AgentOutput.id.desc()).limit(1)',
    body: '    return session.get(Lead, 1).newest_output(session)',
    helper: { file: 'models.py', inFunction: 'newest_output', inClass: 'Lead' },
  },
  // The same base refined with the key from the row (`self.created`): silent.
  {
    id: 'model instance method refining the base statement with the key from the row',
    expr: '',
    orm: 'select(AgentOutput).where(AgentOutput.lead_id == 1, AgentOutput.created_at >= SINCE, AgentOutput.created_at < datetime(2026, 3, 12, tzinfo=timezone.utc))',
    body: '    return session.get(Lead, 1).outputs_first_week(session)',
    helper: { file: 'models.py', inFunction: 'outputs_first_week', inClass: 'Lead' },
  },
];


before(async () => {
  await ensurePythonHostLoaded();
});

void test('SQLAlchemy repository patterns (real ORM): our verdicts agree with the planner', async (t) => {
  const fx = saFixture(t, CASES);
  if (!fx) return;
  const { structure, catalog, results } = fx;
  const imports = ['from datetime import datetime, timezone', 'from sqlalchemy import select', 'from app import filter_builders, request_bounds, scoped', 'from app.models import AgentOutput, Lead'].join('\n');
  const files = ['__init__.py', 'models.py', 'scoped.py', 'filter_builders.py', 'request_bounds.py'];
  const wrap = (e: string): string => `session.execute(${e})`;
  await agree(t, { servers: serversReady, cases: CASES, results, ddl: [structure], catalog, verdict: (c) => patternVerdict('sa/app', files, imports, c, wrap, catalog) });
});
