import sqlalchemy as sa

from app.db import base


class JanitorConnectorComponent(base.DBConnectorComponent):
    """Data retention: the configured horizons, applied by the janitor builder every night."""

    def deleteOldStepOutput(self, older_than_timestamp):
        def thd(conn):
            model = self.db.model
            old_builds = sa.select(model.builds.c.id).where(model.builds.c.created_at < older_than_timestamp)
            q = model.steps.update().where(model.steps.c.lead_id.in_(old_builds)).values(body=None)
            return conn.execute(q).rowcount  # expect: scans-all [sa67q]

        return self.db.pool.do(thd)

    def deleteOldSteps(self, older_than_timestamp):
        def thd(conn):
            steps = self.db.model.steps
            return conn.execute(steps.delete().where(steps.c.created_at < older_than_timestamp)).rowcount  # expect: prunes [sa67r]

        return self.db.pool.do(thd)

    def deleteOldBuilds(self, older_than_timestamp):
        def thd(conn):
            builds = self.db.model.builds
            return conn.execute(builds.delete().where(builds.c.created_at < older_than_timestamp)).rowcount  # expect: prunes [sa67s]

        return self.db.pool.do(thd)

    def pruneBuilds(self, buildHorizon):
        """Keep only the newest `buildHorizon` builds, deleting from every dependent table in order."""
        if not buildHorizon:
            return None

        def thd(conn):
            builds = self.db.model.builds
            q = sa.select(builds.c.id).order_by(sa.desc(builds.c.id)).offset(buildHorizon)
            ids_to_delete = [r.id for r in conn.execute(q)]  # expect: scans-all [sa67t]
            for table_name in ("agent_outputs", "leads"):
                table = self.db.model.metadata.tables[table_name]
                column = table.c.lead_id if table_name == "agent_outputs" else table.c.id
                remaining = ids_to_delete[:]
                while remaining:
                    batch, remaining = remaining[:100], remaining[100:]
                    conn.execute(table.delete().where(column.in_(batch)))  # expect: scans-all [sa67u]

        return self.db.pool.do(thd)
