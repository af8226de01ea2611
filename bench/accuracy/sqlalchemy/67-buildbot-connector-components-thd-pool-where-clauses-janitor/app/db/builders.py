import sqlalchemy as sa

from app.db import base


class BuildersConnectorComponent(base.FindOrCreateComponent):
    def findBuilderId(self, name):
        tbl = self.db.model.builders
        return self.findSomethingId(tbl=tbl, whereclause=(tbl.c.name == name), insert_values={"name": name})

    def getBuilder(self, builderid):
        bldrs = self.getBuilders(_builderid=builderid)
        return bldrs[0] if bldrs else None

    def getBuilders(self, masterid=None, _builderid=None):
        def thd(conn):
            bldr_tbl = self.db.model.builders
            q = sa.select(bldr_tbl.c.id, bldr_tbl.c.name, bldr_tbl.c.user_id)
            if masterid is not None:
                q = q.where(bldr_tbl.c.user_id == masterid)
            if _builderid is not None:
                q = q.where(bldr_tbl.c.id == _builderid)
            rows = conn.execute(q).fetchall()  # expect: scans-all [sa67j]
            return [{"id": r.id, "name": r.name, "masterids": [r.user_id]} for r in rows]

        return self.db.pool.do(thd)

    def getBuilderMasters(self, masterid):
        def thd(conn):
            tbl = self.db.model.builders
            q = sa.select(tbl.c.id).where(tbl.c.user_id == masterid).order_by(tbl.c.name)
            return [r.id for r in conn.execute(q)]  # expect: prunes [sa67k]

        return self.db.pool.do(thd)

    def updateBuilderInfo(self, builderid, description):
        def thd(conn):
            tbl = self.db.model.builders
            conn.execute(tbl.update().where(tbl.c.id == builderid).values(name=description))  # expect: scans-all [sa67l]

        return self.db.pool.do(thd)

    def deactivateBuilders(self, masterid):
        def thd(conn):
            tbl = self.db.model.builders
            conn.execute(tbl.update().where(tbl.c.user_id == masterid).values(archived=True))  # expect: prunes [sa67m]

        return self.db.pool.do(thd)
