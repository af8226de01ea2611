// Names written the way a module imports them: a model, a Core `Table`, Flask-SQLAlchemy's `db` or a
// repository imported under another name (`from app.models import Lead as LeadRow`), and a module
// imported by name (`from app import tables`, `tables.leads`), are read as what they stand for.
// `leads` is RANGE partitioned by `created_at`; `agent_outputs` too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApp, pythonAppSuite } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, company text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE agent_outputs (id bigint NOT NULL, lead_id bigint, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, MetaData, Table, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()
metadata = MetaData()

outputs_table = Table("agent_outputs", metadata, Column("id", BigInteger), Column("lead_id", BigInteger), Column("created_at", DateTime(timezone=True)))


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    company = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
    outputs = relationship("AgentOutput", primaryjoin="Lead.id == foreign(AgentOutput.lead_id)")


class AgentOutput(Base):
    __tablename__ = "agent_outputs"
    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

const suite = pythonAppSuite(DDL);

/** Each finding of `file` as the text of its range. */
function ranges(files: Record<string, string>, file: string): string[] {
  return checkApp(suite.catalog(), files, file).findings.map((f) => files[file]!.slice(f.start, f.end));
}

void test('a model imported under another name: its columns are the model`s (scans, prunes, loader options)', () => {
  const queries = `
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.models import Lead as LeadRow


def by_company(session, company):
    return session.scalars(select(LeadRow).where(LeadRow.company == company)).all()


def recent(session, since):
    return session.scalars(select(LeadRow).where(LeadRow.created_at >= since)).all()


def recent_with_outputs(session, since):
    return session.scalars(select(LeadRow).options(selectinload(LeadRow.outputs)).where(LeadRow.created_at >= since)).all()
`;
  const files = { 'app/__init__.py': '', 'app/models.py': MODELS, 'app/queries.py': queries };
  // The select on leads prunes in `recent`; the outputs loaded with the leads do not (reported at the model).
  assert.deepEqual(ranges(files, 'app/queries.py'), ['LeadRow', 'LeadRow']);
  assert.deepEqual(suite.findings(files, 'app/queries.py'), [
    'return session.scalars(select(LeadRow).where(LeadRow.company == company)).all()',
    'return session.scalars(select(LeadRow).options(selectinload(LeadRow.outputs)).where(LeadRow.created_at >= since)).all()',
  ]);
});

void test('a module imported by name: its model`s loader options and its Core tables are followed', () => {
  const queries = `
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models


def recent_with_outputs(session, since):
    return session.scalars(select(models.Lead).options(selectinload(models.Lead.outputs)).where(models.Lead.created_at >= since)).all()


def outputs_of(conn, lead_id):
    return conn.execute(select(models.outputs_table).where(models.outputs_table.c.lead_id == lead_id)).all()


def recent_outputs(conn, since):
    return conn.execute(select(models.outputs_table).where(models.outputs_table.c.created_at >= since)).all()
`;
  const files = { 'app/__init__.py': '', 'app/models.py': MODELS, 'app/queries.py': queries };
  assert.deepEqual(ranges(files, 'app/queries.py'), ['Lead', 'models.outputs_table']);
  assert.deepEqual(suite.findings(files, 'app/queries.py'), [
    'return session.scalars(select(models.Lead).options(selectinload(models.Lead.outputs)).where(models.Lead.created_at >= since)).all()',
    'return conn.execute(select(models.outputs_table).where(models.outputs_table.c.lead_id == lead_id)).all()',
  ]);
});

void test('Flask-SQLAlchemy`s db imported under another name: its models, select() and func are db`s', () => {
  const ext = 'from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n';
  const models = `
from app.extensions import db as database


class Lead(database.Model):
    __tablename__ = "leads"
    id = database.Column(database.BigInteger, primary_key=True)
    company = database.Column(database.Text)
    created_at = database.Column(database.DateTime(timezone=True), primary_key=True)
`;
  const views = `
from app.extensions import db as database
from app.models import Lead


def count_leads():
    return database.session.scalar(database.select(database.func.count(Lead.id)))


def recent(since):
    return database.session.scalars(database.select(Lead).where(Lead.created_at >= since)).all()
`;
  const files = { 'app/__init__.py': '', 'app/extensions.py': ext, 'app/models.py': models, 'app/views.py': views };
  assert.deepEqual(suite.findings(files, 'app/views.py'), ['return database.session.scalar(database.select(database.func.count(Lead.id)))']);
});

void test('a repository holding a renamed model, imported under another name by the job that runs it', () => {
  const repos = `
from sqlalchemy import select

from app.models import Lead as LeadRow


class BaseRepository:
    model = None

    def __init__(self, session):
        self.session = session

    def list(self):
        return self.session.scalars(select(self.model)).all()


class LeadRepository(BaseRepository):
    model = LeadRow
`;
  const jobs = `
from app.repositories import LeadRepository as Leads


def export_all(session):
    return Leads(session).list()
`;
  const files = { 'app/__init__.py': '', 'app/models.py': MODELS, 'app/repositories.py': repos, 'app/jobs.py': jobs };
  assert.deepEqual(suite.findings(files, 'app/jobs.py'), ['return Leads(session).list()']);
});

void test('a statement factory imported under another name is judged at its caller, not where it is built', () => {
  const stmts = `
from sqlalchemy import select

from app.models import Lead


def leads_of_company(company):
    return select(Lead).where(Lead.company == company)
`;
  const api = `
from app.statements import leads_of_company as company_leads
from app.models import Lead


def recent(session, company, since):
    return session.scalars(company_leads(company).where(Lead.created_at >= since)).all()


def every(session, company):
    return session.scalars(company_leads(company)).all()
`;
  const files = { 'app/__init__.py': '', 'app/models.py': MODELS, 'app/statements.py': stmts, 'app/api.py': api };
  assert.deepEqual(suite.findings(files, 'app/statements.py'), []);
  assert.deepEqual(ranges(files, 'app/api.py'), ['company_leads']);
  assert.deepEqual(suite.findings(files, 'app/api.py'), ['return session.scalars(company_leads(company)).all()']);
});
