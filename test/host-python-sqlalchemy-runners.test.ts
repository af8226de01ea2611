// Where SQLAlchemy statements run, on small applications checked in memory:
// - `Query.yield_per(n)` returns the query: it runs where it is iterated, not where it is built;
// - `select(Model.col, …).select_from(sub).join(Model, Model.id == sub.c.id)`: a SELECT from a
//   subquery joined back to its table, returned by a function called inside `execute(...)`;
// - page classes that count and slice the query they are given: `paginate`'s / webhelpers' `Page`,
//   `paginate_sqlalchemy.SqlalchemyOrmPage` (imported under another name), an application's
//   subclass of `paginate.Page`, sqlakeyset's `select_page(session, stmt)`; a class of the same
//   name that is not a pager stays silent;
// - a helper refining a query in a `for` loop over its argument: the loop may run zero times (not
//   over a local list written out with items, which always runs);
// - `query[:n]` / `query[0]` run the query (`Query.__getitem__`); so does `yield from query`;
// - a method returning a query on some paths and `[]` on another (`journal = []`), filtered by a
//   condition set in `if` arms (`criterion = None`, `if ids: criterion = …`): the query's paths are
//   judged, the empty one runs nothing;
// - a service found through a registry (`request.find_service(IFace)` after
//   `config.register_service_factory(factory, IFace)`, `registry.getUtility(IFace)` after
//   `registerUtility(Impl(), IFace)`): its methods' statements are followed; an interface with two
//   registered classes stays silent;
// - `Session().commit()` on a `scoped_session` registry flushes the rows changed before it;
// - legacy `Query` forms: `session.query(func.count()).select_from(Model)`, and
//   `session.query(sq.c.col, func.count(sq.c.id))` from a query's `.subquery()`.
// `leads` is RANGE partitioned by `created_at`, `campaigns` HASH by `user_id`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonAppSuite } from './helpers/django-app';

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

const { findings } = pythonAppSuite(DDL);

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
  assert.deepEqual(findings({ 'models.py': MODELS, 'jobs.py': jobs }, 'jobs.py'), ['for row in pending:']);
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
  assert.deepEqual(findings({ 'models.py': MODELS, 'docs.py': DOCS, 'views.py': views }, 'views.py'), ['return [r.id for r in session.execute(latest_per_campaign(session))]']);
});

const PAGER = `
import paginate
import paginate_sqlalchemy
import sqlalchemy.orm


class Pager(paginate.Page):
    def __init__(self, collection, page=1, items_per_page=20, **kwargs):
        if isinstance(collection, sqlalchemy.orm.query.Query):
            collection = paginate_sqlalchemy.SqlalchemyOrmWrapper(collection)
        paginate.Page.__init__(self, collection, page=page, items_per_page=items_per_page, **kwargs)


class Page:
    def __init__(self, items, page=1):
        self.items = items
        self.page = page
`;

void test('page classes of pagination libraries and an application subclass run the query they are given', () => {
  const views = `
import webhelpers.paginate
from paginate_sqlalchemy import SqlalchemyOrmPage as OrmPage
from sqlakeyset import select_page
from sqlalchemy import select
from app.models import Release
from app.pager import Pager


def history(db, page):
    q = db.query(Release).filter(Release.campaign_id == 7).order_by(Release.created_at.desc())
    return OrmPage(q, page=page, items_per_page=25)


def journal(db, page):
    entries = db.query(Release).order_by(Release.id.desc())
    return Pager(entries, page=page)


def legacy(db, page):
    return webhelpers.paginate.Page(db.query(Release).filter(Release.status == "new"), page=page)


def keyset(session, bookmark):
    return select_page(session, select(Release).order_by(Release.id), per_page=20, page=bookmark)


def recent(db, page, since):
    return Pager(db.query(Release).filter(Release.created_at >= since), page=page)
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'pager.py': PAGER, 'views.py': views }, 'views.py'), [
    'return OrmPage(q, page=page, items_per_page=25)',
    'return Pager(entries, page=page)',
    'return webhelpers.paginate.Page(db.query(Release).filter(Release.status == "new"), page=page)',
    'return select_page(session, select(Release).order_by(Release.id), per_page=20, page=bookmark)',
  ]);
});

void test('precision: a class that is not a pager, given a query, runs nothing', () => {
  const views = `
from app.models import Release
from app.pager import Page


def listing(db, page):
    return Page(db.query(Release).filter(Release.status == "new"), page=page)
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'pager.py': PAGER, 'views.py': views }, 'views.py'), []);
});

const SEARCH = `
from app.models import Release


def narrowed(query, words):
    for word in words:
        query = query.filter(Release.company.ilike(word))
    return query


def required(query, since, status):
    conditions = [Release.created_at >= since]
    if status:
        conditions.append(Release.status == status)
    for c in conditions:
        query = query.filter(c)
    return query


def bounded(query, windows):
    query = query.filter(Release.created_at >= windows[0])
    for w in windows:
        query = query.filter(Release.status != w)
    return query
`;

void test('a helper refining a query in a loop over its argument is judged on the path where the loop runs zero times', () => {
  const views = `
from app.models import Release
from app.search import bounded, narrowed, required


def search(db, words):
    return narrowed(db.query(Release), words).all()


def search_since(db, since, status):
    return required(db.query(Release), since, status).all()


def search_recent(db, windows):
    return bounded(db.query(Release), windows).all()
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'search.py': SEARCH, 'views.py': views }, 'views.py'), ['return narrowed(db.query(Release), words).all()']);
});

const JOURNAL = `
from app.models import Release


class Journal:
    def __init__(self, db):
        self.db = db

    def entries(self, campaign_ids, owner_ids=()):
        criterion = None
        if campaign_ids:
            criterion = Release.campaign_id.in_(campaign_ids)
        if owner_ids:
            criterion = Release.user_id.in_(owner_ids)
        if criterion is not None:
            entries = self.db.query(Release).filter(criterion).order_by(Release.created_at.desc())
        else:
            entries = []
        return entries

    def recent_entries(self, campaign_ids, since):
        criterion = None
        if campaign_ids:
            criterion = Release.campaign_id.in_(campaign_ids)
        if criterion is not None:
            entries = self.db.query(Release).filter(criterion, Release.created_at >= since)
        else:
            entries = []
        return entries

    def feed(self, campaign_ids):
        return [e.id for e in self.entries(campaign_ids)[:20]]

    def latest(self, campaign_ids):
        return self.entries(campaign_ids)[0]

    def recent_feed(self, campaign_ids, since):
        return [e.id for e in self.recent_entries(campaign_ids, since)[:20]]
`;

void test('a query or an empty list by path, sliced or indexed: the query paths are judged where it is sliced', () => {
  assert.deepEqual(findings({ 'models.py': MODELS, 'journal.py': JOURNAL }, 'journal.py'), [
    'return [e.id for e in self.entries(campaign_ids)[:20]]',
    'return self.entries(campaign_ids)[0]',
  ]);
});

const SERVICES = `
from sqlalchemy import select
from app.models import Project, Release


class IReleaseService:
    pass


class IProjectLookup:
    pass


class ReleaseService:
    def __init__(self, session):
        self.session = session

    def by_owner(self, owner_id):
        return select(Release).join(Project, Project.id == Release.campaign_id).where(Project.user_id == owner_id)

    def since(self, since):
        return select(Release).where(Release.created_at >= since)


class ArchivedReleaseService(ReleaseService):
    pass


def release_service_factory(context, request):
    return ReleaseService(request.db)


def includeme(config):
    config.register_service_factory(release_service_factory, IReleaseService)
    config.register_service_factory(lambda context, request: ReleaseService(request.db), IProjectLookup)
    config.registry.registerUtility(ArchivedReleaseService(None), IProjectLookup)
`;

void test('a service found by its interface in a registry: the statements its methods return are judged where they run', () => {
  const views = `
from app.models import Release
from app.services import IReleaseService, IProjectLookup


def mine(request):
    svc = request.find_service(IReleaseService, context=None)
    return request.db.scalars(svc.by_owner(request.user.id).limit(50)).all()


def recent(request, since):
    return request.db.scalars(request.find_service(IReleaseService).since(since)).all()


def ambiguous(request):
    svc = request.registry.getUtility(IProjectLookup)
    return request.db.scalars(svc.by_owner(request.user.id)).all()
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'services.py': SERVICES, 'views.py': views }, 'views.py'), ['return request.db.scalars(svc.by_owner(request.user.id).limit(50)).all()']);
});

const SCOPED = `
from sqlalchemy import BigInteger, Column, DateTime, Text
from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

Base = declarative_base()
Session = scoped_session(sessionmaker())


class Entry(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True))


class Stamped(Base):
    __tablename__ = "leads"
    id = Column(BigInteger, primary_key=True)
    status = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
`;

void test('Session().commit() writes a changed row by its primary key: reported when the key leaves out the partition key', () => {
  const views = `
from app.meta import Entry, Session, Stamped


def close(entry_id, at):
    entry = Session().query(Entry).filter(Entry.id == entry_id, Entry.created_at == at).first()
    entry.status = "closed"
    Session().commit()


def close_stamped(stamped_id, at):
    row = Session().query(Stamped).filter(Stamped.id == stamped_id, Stamped.created_at == at).first()
    row.status = "closed"
    Session().commit()
`;
  assert.deepEqual(findings({ 'meta.py': SCOPED, 'views.py': views }, 'views.py'), ['Session().commit()']);
});

void test('legacy Query counts from select_from(Model) and from a subquery of a query are judged', () => {
  const stats = `
from sqlalchemy import func
from app.models import Release


def journal_count(db, name):
    return db.query(func.count()).select_from(Release).filter(Release.company == name).scalar()


def journal_count_since(db, name, since):
    return db.query(func.count()).select_from(Release).filter(Release.company == name, Release.created_at >= since).scalar()


def by_status(db, owner_id):
    sq = db.query(Release).filter(Release.user_id == owner_id).subquery()
    return db.query(sq.c.status, func.count(sq.c.id)).group_by(sq.c.status).all()


def by_status_since(db, owner_id, since):
    sq = db.query(Release).filter(Release.user_id == owner_id, Release.created_at >= since).subquery()
    return db.query(sq.c.status, func.count(sq.c.id)).group_by(sq.c.status).all()
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'stats.py': stats }, 'stats.py'), [
    'return db.query(func.count()).select_from(Release).filter(Release.company == name).scalar()',
    'return db.query(sq.c.status, func.count(sq.c.id)).group_by(sq.c.status).all()',
  ]);
});

void test('`yield from` a query a method returns runs it; a generator over a list or a keyed query stays silent', () => {
  const rosters = `
from app.models import Release


class ReleaseFeed:
    def __init__(self, project_id):
        self.project_id = project_id

    def _base(self, db):
        return db.query(Release).filter(Release.campaign_id == self.project_id)

    def entries(self, db):
        yield from self._base(db)

    def entries_since(self, db, since):
        yield from self._base(db).filter(Release.created_at >= since)

    def names(self, db):
        yield from ["a", "b"]
`;
  assert.deepEqual(findings({ 'models.py': MODELS, 'feeds.py': rosters }, 'feeds.py'), ['yield from self._base(db)']);
});
