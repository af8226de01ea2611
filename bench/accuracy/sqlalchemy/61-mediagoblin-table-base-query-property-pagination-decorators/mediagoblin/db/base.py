from sqlalchemy.orm import declarative_base, scoped_session, sessionmaker

Session = scoped_session(sessionmaker())


class GMGTableBase:
    """Every model: Model.query, and save() / delete() that commit by default."""

    query = Session.query_property()

    def get(self, key):
        return getattr(self, key)

    def save(self, commit=True):
        sess = Session.object_session(self) or Session()
        sess.add(self)
        if commit:
            sess.commit()  # expect: prunes [sa61g] cross
        else:
            sess.flush()

    def delete(self, commit=True):
        sess = Session.object_session(self)
        assert sess is not None, "Not going to delete detached %r" % self
        sess.delete(self)
        if commit:
            sess.commit()  # expect: prunes [sa61h] cross


Base = declarative_base(cls=GMGTableBase)
