// SQLAlchemy hybrid attributes, `with_parent`, `lazy="dynamic"` / `lazy="write_only"` relationship
// queries and helpers whose callers get different verdicts, on a small application checked
// in memory. What SQLAlchemy sends for each (2.0, PostgreSQL dialect):
// - `Lead.is_deleted` (`@hybrid_property`, no `.expression`) → `leads.status = %(status_1)s`;
//   `Lead.created_after(dt)` → its `.expression`: `true` when `dt is None`, else `leads.created_at >= %(…)s`;
// - `Lead.query.with_parent(campaign, Campaign.leads)` / `where(with_parent(…))` → `%(param_1)s = leads.campaign_id`;
// - `user.leads.filter(…)` on `lazy="dynamic"` → `SELECT … FROM leads WHERE %(param_1)s = leads.user_id AND …`;
// - `user.leads.select()` on `lazy="write_only"` → the same as a `Select`.
// `leads` is RANGE partitioned by `created_at`: only a bound on it prunes.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { tablesFromSql } from '../server/src/engine/catalog/ddl';
import { CatalogSnapshot } from '../server/src/engine/catalog/model';
import { createPythonIndex, ensurePythonHostLoaded, pythonHost } from '../server/src/engine/host/python/index';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, campaign_id bigint, status text NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint NOT NULL, name text);
CREATE TABLE users (id bigint NOT NULL, email text);
`;
// Built once the SQL parser is loaded (`before`).
let catalog: CatalogSnapshot;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text, true
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import declarative_base, foreign, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(BigInteger, primary_key=True)
    email = Column(Text)
    leads = relationship("Lead", lazy="dynamic", primaryjoin=lambda: User.id == foreign(Lead.user_id), viewonly=True)
    archived = relationship("Lead", lazy="write_only", primaryjoin=lambda: User.id == foreign(Lead.user_id), viewonly=True)


class Campaign(Base):
    __tablename__ = "campaigns"
    id = Column(BigInteger, primary_key=True)
    name = Column(Text)
    leads = relationship("Lead", lazy="dynamic", primaryjoin="Campaign.id == foreign(Lead.campaign_id)", viewonly=True)


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    status = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), primary_key=True)

    @hybrid_property
    def is_deleted(self):
        return self.status == "deleted"

    @hybrid_property
    def is_recent(self):
        return self.created_at >= "2026-03-01"

    @hybrid_method
    def created_after(self, dt):
        return dt is None or self.created_at >= dt

    @created_after.expression
    def created_after(cls, dt):
        if dt is None:
            return true()
        return cls.created_at >= dt
`;

function findingLines(files: Record<string, string>, checked: string): number[] {
  const index = createPythonIndex();
  for (const [f, text] of Object.entries({ '__init__.py': '', ...files })) index.indexFile(`/proj/app/${f}`, text);
  const text = files[checked]!;
  const r = pythonHost.check(text, catalog, { fileName: `/proj/app/${checked}`, index });
  return r.findings.map((f) => text.slice(0, f.start).split('\n').length).sort((a, b) => a - b);
}

/** The 1-based lines of `text` holding `# scans` (where a finding is expected). */
function marked(text: string): number[] {
  return text.split('\n').flatMap((l, i) => (l.includes('# scans') ? [i + 1] : []));
}

before(async () => {
  await ensurePythonHostLoaded();
  catalog = new CatalogSnapshot(tablesFromSql(DDL).tables);
});

void test('hybrid properties and methods are conditions: their SQL expression, true() when the argument is None', () => {
  const views = `
from datetime import datetime, timezone
from sqlalchemy import select
from sqlalchemy.orm import Session
from app.models import Lead


def purge(session: Session):
    session.query(Lead).filter(Lead.is_deleted).delete(synchronize_session=False)  # scans


def recent_purge(session: Session):
    session.query(Lead).filter(Lead.is_deleted, Lead.is_recent).delete(synchronize_session=False)


def all_leads(session: Session):
    return session.scalars(select(Lead).where(~Lead.is_deleted, Lead.created_after(None))).all()  # scans


def since_march(session: Session):
    since = datetime(2026, 3, 1, tzinfo=timezone.utc)
    return session.scalars(select(Lead).where(Lead.created_after(since))).all()
`;
  assert.deepEqual(findingLines({ 'models.py': MODELS, 'views.py': views }, 'views.py'), marked(views));
});

void test('with_parent (Query method and function) filters by the parent key: judged like that condition', () => {
  const views = `
from datetime import datetime, timezone
from sqlalchemy import select
from sqlalchemy.orm import Session, with_parent
from app.models import Campaign, Lead


def campaign_leads(session: Session, campaign):
    return session.query(Lead).with_parent(campaign, Campaign.leads).all()  # scans


def campaign_leads_since(session: Session, campaign):
    since = datetime(2026, 3, 1, tzinfo=timezone.utc)
    return session.query(Lead).with_parent(campaign, Campaign.leads).filter(Lead.created_at >= since).all()


def campaign_leads_stmt(session: Session, campaign):
    return session.scalars(select(Lead).where(with_parent(campaign, Campaign.leads))).all()  # scans
`;
  assert.deepEqual(findingLines({ 'models.py': MODELS, 'views.py': views }, 'views.py'), marked(views));
});

void test('a lazy="dynamic" relationship is a query of the related rows; write_only gives it by .select()', () => {
  const views = `
from datetime import datetime, timezone
from sqlalchemy.orm import Session
from app.models import Lead


def user_leads(user):
    return user.leads.filter(Lead.status == "new").all()  # scans


def current_user_count(current_user):
    return current_user.leads.count()  # scans


def user_recent(user):
    since = datetime(2026, 3, 1, tzinfo=timezone.utc)
    return user.leads.filter(Lead.created_at >= since).all()


def user_archived(session: Session, user):
    return session.scalars(user.archived.select()).all()  # scans


def campaign_leads(campaign):
    return [lead.id for lead in campaign.leads]  # scans
`;
  assert.deepEqual(findingLines({ 'models.py': MODELS, 'views.py': views }, 'views.py'), marked(views));
});

void test('precision: a dynamic relationship name on an object of two possible parents, or a list, stays silent', () => {
  // Both User and Campaign declare `leads`: an object named neither way is not known.
  const views = `
from app.models import Lead


def holder_leads(holder):
    return holder.leads.filter(Lead.status == "new").all()


def names(rows):
    return [r.id for r in rows.items]
`;
  assert.deepEqual(findingLines({ 'models.py': MODELS, 'views.py': views }, 'views.py'), []);
});

// The planner's verdicts on the callers' statements differ (one passes the bound, one leaves it
// out): the caller that scans is at fault, and its call is reported, not the helper.
void test('a helper whose callers get different verdicts is reported at the caller that scans', () => {
  const util = `
from app.models import Lead


def registered(user, dt=None):
    query = user.leads.filter(Lead.created_after(dt))
    return {lead.campaign_id for lead in query}
`;
  const views = `
from datetime import datetime, timezone
from flask import session
from app.util import registered


def dashboard():
    since = datetime(2026, 3, 1, tzinfo=timezone.utc)
    return registered(session.user, since)


def profile():
    return registered(session.user)  # scans
`;
  const files = { 'models.py': MODELS, 'util.py': util, 'views.py': views };
  assert.deepEqual(findingLines(files, 'views.py'), marked(views));
  assert.deepEqual(findingLines(files, 'util.py'), []);
  // Callers in a file the index does not hold (nothing in it hints at database code) are not
  // seen from the helper's file: judged inside the helper only, never twice.
  const unseen = views.replace('from flask import session\n', '').replace(/session\.user/g, 'user').replace(/\(\):/g, '(user):');
  const files2 = { ...files, 'views.py': unseen };
  assert.deepEqual(findingLines(files2, 'views.py'), []);
  assert.deepEqual(findingLines(files2, 'util.py'), [7]);
});

void test('a helper all of whose callers send the same statement is still judged inside it', () => {
  const util = `
from app.models import Lead


def registered(user, dt=None):
    query = user.leads.filter(Lead.created_after(dt))
    return {lead.campaign_id for lead in query}  # scans
`;
  const views = `
from app.util import registered


def dashboard(user):
    return registered(user)


def profile(user):
    return registered(user, None)
`;
  const files = { 'models.py': MODELS, 'util.py': util, 'views.py': views };
  assert.deepEqual(findingLines(files, 'util.py'), marked(util));
  assert.deepEqual(findingLines(files, 'views.py'), []);
});

void test('a helper returning the current time decides the callee tests; a date-annotated parameter is never None, a required one handed on is given (given-params.ts), one defaulting to None may be missing', () => {
  const clock = `
from datetime import datetime, timezone


def now_utc():
    return datetime.now(timezone.utc)
`;
  const views = `
from datetime import datetime, timedelta
from sqlalchemy.orm import Session
from app.clock import now_utc
from app.models import Lead


def recent(session: Session):
    return session.query(Lead).filter(Lead.created_after(now_utc() - timedelta(days=7))).all()


def window(session: Session, start: datetime):
    return session.query(Lead).filter(Lead.created_after(start)).all()


def maybe(session: Session, start=None):
    return session.query(Lead).filter(Lead.created_after(start)).all()  # scans
`;
  assert.deepEqual(findingLines({ 'models.py': MODELS, 'clock.py': clock, 'views.py': views }, 'views.py'), marked(views));
});

void test('Flask-SQLAlchemy models without __tablename__, WriteOnlyMapped relationships joined by ForeignKey(Class.id)', () => {
  // Flask-SQLAlchemy maps `class Lead(db.Model)` with a primary key to the table `lead`
  // (`camel_to_snake_case`); `leads: WriteOnlyMapped["Lead"]` is a write-only relationship.
  const ddl = `
CREATE TABLE lead (id bigint NOT NULL, user_id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE agent_output (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE "user" (id bigint NOT NULL);
`;
  const models = `
from datetime import datetime
import sqlalchemy as sa
import sqlalchemy.orm as so
from app.extensions import db


class User(db.Model):
    id: so.Mapped[int] = so.mapped_column(primary_key=True)
    leads: so.WriteOnlyMapped["Lead"] = so.relationship(back_populates="user")


class Lead(db.Model):
    id: so.Mapped[int] = so.mapped_column(primary_key=True)
    user_id: so.Mapped[int] = so.mapped_column(sa.ForeignKey(User.id),
                                               index=True)
    created_at: so.Mapped[datetime] = so.mapped_column(index=True)
    user: so.Mapped[User] = so.relationship(back_populates="leads")


class AgentOutput(db.Model):
    __abstract__ = True
    id: so.Mapped[int] = so.mapped_column(primary_key=True)
`;
  const views = `
import sqlalchemy as sa
from app.extensions import db
from app.models import AgentOutput, Lead


def explore():
    return db.paginate(sa.select(Lead).order_by(Lead.created_at.desc()), page=1, per_page=20)  # scans


def user_leads(user):
    return db.session.scalars(user.leads.select().order_by(Lead.created_at.desc())).all()  # scans


def abstract_rows():
    return db.session.scalars(sa.select(AgentOutput)).all()
`;
  const saved = catalog;
  catalog = new CatalogSnapshot(tablesFromSql(ddl).tables);
  try {
    assert.deepEqual(findingLines({ 'extensions.py': 'from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n', 'models.py': models, 'views.py': views }, 'views.py'), marked(views));
  } finally {
    catalog = saved;
  }
});

void test('the unit of work: a loaded row changed or deleted is written by its primary key at the flush', () => {
  // `Lead` above maps (id, created_at) as its key: its writes prune. `PkLead` maps the same table
  // by `id` alone: its writes (`WHERE leads.id = %(id)s`) scan every partition.
  const models = `${MODELS}

class PkLead(Base):
    __tablename__ = "leads"
    __table_args__ = {"extend_existing": True}
    id = Column(BigInteger, primary_key=True)
    status = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)

    def archive(self, session):
        self.status = "archived"
        session.commit()  # scans
`;
  const views = `
from sqlalchemy import select
from sqlalchemy.orm import Session
from app.models import Lead, PkLead


def rename(session: Session, lead_id, since):
    lead = session.scalars(select(PkLead).where(PkLead.id == lead_id, PkLead.created_at >= since)).one()
    lead.status = "renamed"
    session.commit()  # scans


def remove(session: Session, lead_id, since):
    lead = session.scalars(select(PkLead).where(PkLead.id == lead_id, PkLead.created_at >= since)).one()
    session.delete(lead)
    session.flush()  # scans


def remove_later(session: Session, lead_id, since):
    lead = session.scalars(select(PkLead).where(PkLead.id == lead_id, PkLead.created_at >= since)).one()
    session.delete(lead)  # scans


def reload(session: Session, lead_id, since):
    lead = session.scalars(select(PkLead).where(PkLead.id == lead_id, PkLead.created_at >= since)).one()
    session.refresh(lead)  # scans


def keyed(session: Session, lead_id, since):
    lead = session.scalars(select(Lead).where(Lead.id == lead_id, Lead.created_at >= since)).one()
    lead.status = "renamed"
    session.delete(lead)
    session.commit()


def not_loaded(session: Session, lead: PkLead):
    lead.status = "renamed"
    lead.note = "x"
    session.commit()
`;
  assert.deepEqual(findingLines({ 'models.py': models, 'views.py': views }, 'views.py'), marked(views));
  assert.deepEqual(findingLines({ 'models.py': models, 'views.py': views }, 'models.py'), marked(models));
});

void test("a model's query_class methods: `self` is `Model.query`", () => {
  const models = `
from flask_sqlalchemy import BaseQuery
from app.extensions import db


class Lead(db.Model):
    class LeadQuery(BaseQuery):
        def get(self, campaign, id):
            return self.filter(Lead.campaign_id == campaign.id).filter(Lead.id == id).one_or_none()  # scans

        def recent(self, since):
            return self.filter(Lead.created_at >= since).all()

    query_class = LeadQuery

    __tablename__ = "leads"
    id = db.Column(db.BigInteger, primary_key=True)
    campaign_id = db.Column(db.BigInteger)
    created_at = db.Column(db.DateTime(timezone=True), nullable=False)


class Helper:
    def rows(self):
        return self.filter(Lead.id == 1).all()
`;
  const ext = 'from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n';
  assert.deepEqual(findingLines({ 'extensions.py': ext, 'models.py': models }, 'models.py'), marked(models));
});

const LAZY_MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, foreign, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(BigInteger, primary_key=True)
    campaigns = relationship("Campaign", primaryjoin="User.id == foreign(Campaign.id)", viewonly=True)


class Campaign(Base):
    __tablename__ = "campaigns"
    id = Column(BigInteger, primary_key=True)
    name = Column(Text)
    members = relationship("Lead", primaryjoin="Campaign.id == foreign(Lead.campaign_id)", viewonly=True)


class Lead(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    campaign_id = Column(BigInteger)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

const LOOKUP = (found: string): string => `
from app.models import Campaign


def find_campaign(session, name=None):
    if not name:
        return None, None
    if name == "*":
        return [c for c in session.query(Campaign).all()], None
    campaign = ${found}
    if not campaign:
        return None, None
    return campaign, {"read"}
`;

void test('lazy loads on an instance a helper returns in a tuple, and on the rows of a relationship iterated in a loop', () => {
  const views = `
from app.lookup import find_campaign
from app.models import User


def export(session, name):
    campaign, perms = find_campaign(session, name)
    return [lead.id for lead in campaign.members]  # scans


def everything(session, uid):
    user = session.get(User, uid)
    return [[lead.id for lead in c.members] for c in user.campaigns]  # scans
`;
  const files = { 'models.py': LAZY_MODELS, 'lookup.py': LOOKUP('session.query(Campaign).filter(Campaign.name == name).first()'), 'views.py': views };
  assert.deepEqual(findingLines(files, 'views.py'), marked(views));
});

void test('precision: a tuple element the helper gets from code we cannot see stays silent', () => {
  const views = `
from app.lookup import find_campaign


def export(session, name):
    campaign, perms = find_campaign(session, name)
    return [lead.id for lead in campaign.members]
`;
  const files = { 'models.py': LAZY_MODELS, 'lookup.py': LOOKUP('load_somehow(name)'), 'views.py': views };
  assert.deepEqual(findingLines(files, 'views.py'), []);
});
