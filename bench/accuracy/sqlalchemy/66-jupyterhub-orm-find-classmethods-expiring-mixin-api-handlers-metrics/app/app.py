from datetime import datetime, timezone

from app.orm import AgentOutput, Campaign, Lead


class JupyterHub:
    def __init__(self, db, proxy):
        self.db = db
        self.proxy = proxy

    def init_api_tokens(self, service_tokens):
        for token, user_id in service_tokens.items():
            orm_token = Lead.find(self.db, token, kind="user")
            if orm_token is not None and orm_token.user_id != user_id:
                raise ValueError("Token user mismatch")

    def purge_expired_tokens(self):
        """Purge expired tokens and codes from the database, class by class."""
        for cls in (Lead, AgentOutput):
            cls.purge_expired(self.db)

    def init_spawners(self):
        running = []
        for orm_spawner in self.db.query(Campaign).filter(Campaign.archived == False):  # noqa: E712  # expect: scans-all [sa66s]
            running.append((orm_spawner.user_id, orm_spawner.name))
        return running

    def update_last_activity(self, routes):
        """Mark the servers the proxy saw traffic for as running."""
        now = datetime.now(timezone.utc)
        for route in routes.values():
            spawner = (
                self.db.query(Campaign)
                .filter_by(user_id=route["user_id"], name=route["server_name"])
                .one_or_none()
            )  # expect: prunes [sa66t]
            if spawner is None:
                continue
            spawner.archived = route["last_activity"] < now
        self.db.commit()  # expect: prunes [sa66u]

    def recent_tokens(self, since):
        return [t.company for t in self.db.query(Lead).filter(Lead.created_at >= since).order_by(Lead.created_at.desc()).limit(50)]  # expect: prunes [sa66v]
