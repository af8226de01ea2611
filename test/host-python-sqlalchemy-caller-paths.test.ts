// SQLAlchemy statements a helper builds on paths its callers choose, on small applications checked in memory:
// - a helper with several returns (`if count: return query.count()`, then `return query.slice(…)`)
//   runs only the returns the call's arguments leave reachable: `search(value=v).all()` runs the query;
// - a call spreading a dict literal (`kwargs = {"value": v}` then `search(**kwargs)`) passes its entries
//   as keywords (a dict changed after it is built stays unknown);
// - rows of a statement built in `if`/`else` arms (`query_se = …` in each) are instances of its
//   class when every arm selects it: reading a lazy relationship of one loads it by its foreign key.
// `leads` and `agent_outputs` are RANGE partitioned by `created_at`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApp, djangoCatalog } from './helpers/django-app';
import type { CatalogView } from '../server/src/engine/catalog/model';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, company text, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE agent_outputs (id bigint NOT NULL, lead_id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

let catalog: CatalogView | undefined;

/** The exact text of each finding's range in `file`, with its 1-based line. */
async function ranges(files: Record<string, string>, file: string): Promise<string[]> {
  catalog ??= await djangoCatalog(DDL);
  const text = files[file]!;
  return checkApp(catalog, files, file).findings.map((f) => `${text.slice(0, f.start).split('\n').length}: ${text.slice(f.start, f.end)}`);
}

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    company = Column(Text)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
    outputs = relationship("AgentOutput", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)")


class AgentOutput(Base):
    __tablename__ = "agent_outputs"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

const SEARCH = (bound: string): string => `
from app.models import Lead


def search(count=None, value=None, status=None, start=None, stop=None, session=None):
    query = session.query(Lead)${bound}
    if value:
        query = query.filter(Lead.company.like(value))
    if status is not None:
        query = query.filter(Lead.status == status)
    if count:
        return query.count()
    return query.order_by(Lead.created_at).slice(start, stop)
`;

const VIEWS = `
from app.queries import search


def listing(session, value):
    return search(value=value, session=session).all()


def spread(session, value):
    kwargs = {"value": value, "status": None, "start": 0, "stop": 50, "session": session}
    return search(**kwargs).all()


def changed(session, value, extra):
    kwargs = {"value": value, "session": session}
    kwargs.update(extra)
    return search(**kwargs).all()
`;

void test('a helper\'s return the call rules out (if count: return query.count()) is not run: the query the caller runs is judged there, also through a spread dict literal', async () => {
  const files = { 'models.py': MODELS, 'queries.py': SEARCH(''), 'views.py': VIEWS };
  // The call at line 17 spreads a dict that update() changed (it may pass count=True): unknown, silent.
  assert.deepEqual(await ranges(files, 'views.py'), ['6: search', '11: search']);
});

void test('precision: the same helper bounded on created_at stays silent at every caller', async () => {
  const files = { 'models.py': MODELS, 'queries.py': SEARCH('.filter(Lead.created_at >= "2026-01-01")'), 'views.py': VIEWS };
  assert.deepEqual(await ranges(files, 'views.py'), []);
  assert.deepEqual(await ranges(files, 'queries.py'), []);
});

const FORGET = (options: string): string => `
from app.models import Lead


def forget(session, value, tasks=None):
    if tasks:
        query_se = session.query(Lead).filter(Lead.company.in_(tasks))${options}
    else:
        query_se = session.query(Lead).filter(Lead.company == value)${options}
    count = 0
    for se in query_se.all():
        count += len(se.outputs)
    return count
`;

void test('rows of a statement built in if/else arms are instances of its class: reading a lazy relationship loads it', async () => {
  const files = { 'models.py': MODELS, 'forget.py': FORGET('') };
  assert.deepEqual(await ranges(files, 'forget.py'), ['11: query_se', '12: outputs']);
});

void test('precision: with selectinload(Lead.outputs) on both arms, reading the relationship loads nothing', async () => {
  const files = { 'models.py': MODELS, 'forget.py': FORGET('.options(selectinload(Lead.outputs))').replace('from app.models import Lead', 'from sqlalchemy.orm import selectinload\nfrom app.models import Lead') };
  assert.ok(!(await ranges(files, 'forget.py')).includes('12: outputs'));
});
