// Where SQLAlchemy statements run, on small applications checked in memory:
// - `Query.yield_per(n)` returns the query: it runs where it is iterated, not where it is built;
// - `select(Model.col, …).select_from(sub).join(Model, Model.id == sub.c.id)`: a SELECT from a
//   subquery joined back to its table, returned by a function called inside `execute(...)`.
// `leads` is RANGE partitioned by `created_at`, `campaigns` HASH by `user_id`.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CatalogView } from '../server/src/engine/catalog/model';
import { djangoCatalog, findingLines } from './helpers/django-app';

const DDL = `
CREATE TABLE leads (id bigint NOT NULL, user_id bigint NOT NULL, campaign_id bigint, company text, status text, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE campaigns (id bigint NOT NULL, user_id bigint NOT NULL, name text) PARTITION BY HASH (user_id);
`;

const MODELS = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Release(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)


class Project(Base):
    __tablename__ = "campaigns"
    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text)
`;

let catalog: CatalogView;

before(async () => {
  catalog = await djangoCatalog(DDL);
});

void test('a query ended by yield_per() is reported where it is iterated, not where it is built', () => {
  const jobs = `
from app.models import Release


def refresh(db):
    pending = (
        db.query(Release)
        .filter(Release.status == "stale")
        .yield_per(500)
    )
    for row in pending:
        row.status = "fresh"


def refresh_recent(db, since):
    pending = db.query(Release).filter(Release.created_at >= since).yield_per(500)
    for row in pending:
        row.status = "fresh"
`;
  assert.deepEqual(findingLines(catalog, { 'models.py': MODELS, 'jobs.py': jobs }, 'jobs.py'), ['for row in pending:']);
});

const DOCS = `
from sqlalchemy import select
from app.models import Release


def latest_per_campaign(session, since=None):
    newest = select(Release.id).distinct(Release.campaign_id).order_by(Release.campaign_id, Release.created_at.desc())
    if since is not None:
        newest = newest.where(Release.created_at >= since)
    newest = newest.subquery()
    return select(Release.id, Release.company).select_from(newest).join(Release, Release.id == newest.c.id)


def bounded(session, since):
    inner = select(Release.id).where(Release.created_at >= since).subquery("recent")
    return select(Release.id, Release.company).select_from(inner).join(Release, Release.id == inner.c.id).where(Release.created_at >= since)
`;

void test('a statement selecting from a subquery joined back to its table, built by a function called inside execute(), is judged', () => {
  const views = `
from app.docs import bounded, latest_per_campaign


def export(session):
    return [r.id for r in session.execute(latest_per_campaign(session))]


def export_recent(session, since):
    return session.execute(bounded(session, since)).all()
`;
  assert.deepEqual(findingLines(catalog, { 'models.py': MODELS, 'docs.py': DOCS, 'views.py': views }, 'views.py'), ['return [r.id for r in session.execute(latest_per_campaign(session))]']);
});
