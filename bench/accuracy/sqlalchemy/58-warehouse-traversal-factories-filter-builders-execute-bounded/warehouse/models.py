from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text, func
from sqlalchemy.exc import MultipleResultsFound, NoResultFound
from sqlalchemy.orm import declarative_base, object_session, relationship

Base = declarative_base()


def orm_session_from_obj(obj):
    return object_session(obj)


class User(Base):
    __tablename__ = "users"

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


class Project(Base):
    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)

    def __getitem__(self, version):
        session = orm_session_from_obj(self)
        try:
            return session.query(Release).filter(Release.campaign_id == self.id, Release.company == version).one()  # expect: scans-all [sa58a]
        except MultipleResultsFound:
            return session.query(Release).filter(Release.campaign_id == self.id, Release.company == version).order_by(Release.created_at.desc()).first()  # expect: scans-all [sa58e]
        except NoResultFound:
            raise KeyError(version) from None


class ProjectFactory:
    def __init__(self, request):
        self.request = request

    def __getitem__(self, project):
        try:
            return self.request.db.query(Project).filter(Project.name == func.lower(project)).one()  # expect: scans-all [sa58b]
        except NoResultFound:
            raise KeyError(project) from None


class Release(Base):
    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True)

    events = relationship("JournalEntry", primaryjoin="Release.id == foreign(JournalEntry.lead_id)", lazy="dynamic", viewonly=True)

    @property
    def recent_events(self):
        import datetime

        session = orm_session_from_obj(self)
        last_ninety = datetime.datetime.now() - datetime.timedelta(days=90)
        return (
            session.query(JournalEntry)
            .filter((JournalEntry.lead_id == self.id) & (JournalEntry.created_at >= last_ninety))
            .order_by(JournalEntry.created_at.desc())
        )


class JournalEntry(Base):
    __tablename__ = "agent_outputs"

    id = Column(BigInteger, primary_key=True)
    lead_id = Column(BigInteger, nullable=False)
    kind = Column(Text, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime(timezone=True), primary_key=True)
