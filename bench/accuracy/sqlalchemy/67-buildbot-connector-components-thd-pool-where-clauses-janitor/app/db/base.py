class DBThreadPool:
    """Runs a `thd(conn)` callable with a connection of the engine, in a transaction."""

    def __init__(self, engine):
        self.engine = engine

    def do(self, callable_, *args, **kwargs):
        with self.engine.begin() as conn:
            return callable_(conn, *args, **kwargs)


class DBConnectorComponent:
    """A part of the database API; `self.db` is the DBConnector (`model`, `pool`, the other components)."""

    def __init__(self, connector):
        self.db = connector


class FindOrCreateComponent(DBConnectorComponent):
    def findSomethingId(self, tbl, whereclause, insert_values=None):
        """The id of the row `whereclause` selects in `tbl`, or None."""

        def thd(conn):
            r = conn.execute(tbl.select().where(whereclause))  # expect: scans-all [sa67i] cross
            row = r.fetchone()
            r.close()
            return row.id if row else None

        return self.db.pool.do(thd)
