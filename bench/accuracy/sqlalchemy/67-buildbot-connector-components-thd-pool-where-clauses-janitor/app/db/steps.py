from app.db import base


class StepsConnectorComponent(base.DBConnectorComponent):
    def getStep(self, stepid=None, buildid=None, name=None):
        tbl = self.db.model.steps
        if stepid is not None:
            wc = tbl.c.id == stepid
        else:
            if buildid is None or name is None:
                raise RuntimeError("must supply either stepid or buildid and name")
            wc = (tbl.c.kind == name) & (tbl.c.lead_id == buildid)

        def thd(conn):
            q = self.db.model.steps.select().where(wc)
            res = conn.execute(q)  # expect: scans-all [sa67n] cross
            row = res.fetchone()
            res.close()
            return self._model_from_row(row) if row else None

        return self.db.pool.do(thd)

    def getSteps(self, buildid):
        def thd(conn):
            tbl = self.db.model.steps
            q = tbl.select().where(tbl.c.lead_id == buildid).order_by(tbl.c.id)
            return [self._model_from_row(row) for row in conn.execute(q).fetchall()]  # expect: scans-all [sa67o]

        return self.db.pool.do(thd)

    def setStepStateString(self, stepid, state_string):
        def thd(conn):
            tbl = self.db.model.steps
            q = tbl.update().where(tbl.c.id == stepid)
            conn.execute(q.values(body=state_string))  # expect: scans-all [sa67p]

        return self.db.pool.do(thd)

    def _model_from_row(self, row):
        return {"stepid": row.id, "buildid": row.lead_id, "name": row.kind, "state_string": row.body, "started_at": row.created_at}
