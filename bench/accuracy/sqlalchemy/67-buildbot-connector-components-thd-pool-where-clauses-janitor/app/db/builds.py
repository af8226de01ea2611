import sqlalchemy as sa

from app.db import base

NULL = None


class BuildsConnectorComponent(base.DBConnectorComponent):
    def _getBuild(self, whereclause):
        def thd(conn):
            q = self.db.model.builds.select()
            if whereclause is not None:
                q = q.where(whereclause)
            res = conn.execute(q)  # expect: scans-all [sa67a] cross
            row = res.fetchone()
            rv = None
            if row:
                rv = self._model_from_row(row)
            res.close()
            return rv

        return self.db.pool.do(thd)

    def getBuild(self, buildid):
        return self._getBuild(self.db.model.builds.c.id == buildid)

    def getBuildByNumber(self, builderid, number):
        return self._getBuild(
            (self.db.model.builds.c.campaign_id == builderid) & (self.db.model.builds.c.email == str(number))
        )

    def getPrevSuccessfulBuild(self, builderid, number, started_at):
        def thd(conn):
            tbl = self.db.model.builds
            q = (
                tbl.select()
                .where(tbl.c.campaign_id == builderid)
                .where(tbl.c.created_at < started_at)
                .where(tbl.c.status == "success")
                .order_by(tbl.c.created_at.desc())
                .limit(1)
            )
            row = conn.execute(q).fetchone()  # expect: prunes [sa67b]
            return self._model_from_row(row) if row else None

        return self.db.pool.do(thd)

    def getBuilds(self, builderid=None, workerid=None, complete=None):
        def thd(conn):
            tbl = self.db.model.builds
            q = tbl.select()
            if builderid is not None:
                q = q.where(tbl.c.campaign_id == builderid)
            if workerid is not None:
                q = q.where(tbl.c.user_id == workerid)
            if complete is not None:
                if complete:
                    q = q.where(tbl.c.status != "new")
                else:
                    q = q.where(tbl.c.status == "new")
            res = conn.execute(q)  # expect: scans-all [sa67c]
            return [self._model_from_row(row) for row in res.fetchall()]

        return self.db.pool.do(thd)

    def getBuildsStartedBetween(self, builderid, start, end):
        def thd(conn):
            tbl = self.db.model.builds
            q = tbl.select().where(tbl.c.campaign_id == builderid, tbl.c.created_at.between(start, end))
            return [self._model_from_row(row) for row in conn.execute(q)]  # expect: prunes [sa67d]

        return self.db.pool.do(thd)

    def setBuildStateString(self, buildid, state_string):
        def thd(conn):
            tbl = self.db.model.builds
            q = tbl.update().where(tbl.c.id == buildid)
            conn.execute(q.values(company=state_string))  # expect: scans-all [sa67e]

        return self.db.pool.do(thd)

    def finishBuild(self, buildid, results):
        def thd(conn):
            tbl = self.db.model.builds
            q = tbl.update().where(tbl.c.id == buildid)
            conn.execute(q.values(status=results))  # expect: scans-all [sa67f]

        return self.db.pool.do(thd)

    def finishBuildAt(self, buildid, started_at, results):
        def thd(conn):
            tbl = self.db.model.builds
            q = tbl.update().where(tbl.c.id == buildid).where(tbl.c.created_at == started_at)
            conn.execute(q.values(status=results))  # expect: prunes [sa67g]

        return self.db.pool.do(thd)

    def addBuild(self, builderid, workerid, started_at):
        def thd(conn):
            tbl = self.db.model.builds
            q = sa.select(sa.func.max(tbl.c.id)).where(tbl.c.campaign_id == builderid)
            number = (conn.execute(q).scalar() or 0) + 1  # expect: scans-all [sa67h]
            return number

        return self.db.pool.do(thd)

    def _model_from_row(self, row):
        return {
            "buildid": row.id,
            "number": row.email,
            "builderid": row.campaign_id,
            "workerid": row.user_id,
            "state_string": row.company,
            "results": row.status,
            "started_at": row.created_at,
        }
