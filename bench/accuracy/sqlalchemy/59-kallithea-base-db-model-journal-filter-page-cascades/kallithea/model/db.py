import datetime

from sqlalchemy import BigInteger, Boolean, Column, DateTime, Text, func
from sqlalchemy.orm import relationship

from kallithea.model.meta import Base, Session


class HTTPNotFound(Exception):
    pass


class BaseDbModel(object):
    """Base class for every model: the query and lookup helpers."""

    @classmethod
    def query(cls):
        return Session().query(cls)

    @classmethod
    def get(cls, id_):
        if id_:
            return cls.query().get(id_)

    @classmethod
    def guess_instance(cls, value, callback=None):
        if value is None or isinstance(value, cls):
            return value
        if isinstance(value, int):
            return cls.get(value)
        if callback is not None:
            return callback(value)
        raise Exception("given object must be int or instance of %s" % cls)

    @classmethod
    def get_or_404(cls, id_):
        res = cls.get(id_)
        if res is None:
            raise HTTPNotFound
        return res


class User(Base, BaseDbModel):
    __tablename__ = "users"

    id = Column(BigInteger, primary_key=True)
    email = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)

    repositories = relationship("Repository", primaryjoin="User.id == foreign(Repository.user_id)", viewonly=True)


class Repository(Base, BaseDbModel):
    __tablename__ = "campaigns"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, primary_key=True)
    name = Column(Text, nullable=False)
    archived = Column(Boolean, nullable=False, default=False)

    logs = relationship("UserLog", primaryjoin="Repository.id == foreign(UserLog.campaign_id)")

    @classmethod
    def get_by_repo_name(cls, repo_name, case_insensitive=False):
        if case_insensitive:
            q = Session().query(cls).filter(func.lower(cls.name) == func.lower(repo_name))
        else:
            q = Session().query(cls).filter(cls.name == repo_name)
        return q.scalar()  # expect: scans-all [sa59a]


class UserLog(Base, BaseDbModel):
    __tablename__ = "leads"

    id = Column(BigInteger, primary_key=True)
    user_id = Column(BigInteger, nullable=False)
    campaign_id = Column(BigInteger)
    company = Column(Text, nullable=False)
    email = Column(Text, nullable=False)
    status = Column(Text, nullable=False, default="new")
    created_at = Column(DateTime(timezone=True), primary_key=True, default=datetime.datetime.now)

    @property
    def action_as_day(self):
        return datetime.date(*self.created_at.timetuple()[:3])

    user = relationship("User", primaryjoin="foreign(UserLog.user_id) == User.id", viewonly=True)
    repository = relationship("Repository", primaryjoin="foreign(UserLog.campaign_id) == Repository.id", viewonly=True)
