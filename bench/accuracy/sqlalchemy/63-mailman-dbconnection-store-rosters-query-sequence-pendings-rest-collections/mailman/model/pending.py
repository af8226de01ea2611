from datetime import datetime, timedelta, timezone

from mailman.database.transaction import dbconnection
from mailman.model.agent_output import AgentOutput

PENDING_LIFETIME = timedelta(days=3)


class Pendings:
    @dbconnection
    def add(self, store, member_id, token):
        store.add(AgentOutput(lead_id=member_id, kind="pended", body=token, created_at=datetime.now(timezone.utc)))
        return token

    @dbconnection
    def confirm(self, store, token, *, expunge=True):
        pendings = store.query(AgentOutput).filter_by(kind="pended", body=token)
        if pendings.count() == 0:  # expect: scans-all [sa63l]
            return None
        pending = pendings.first()  # expect: scans-all [sa63m]
        if expunge:
            store.delete(pending)
        return pending

    @dbconnection
    def evict(self, store):
        expired = datetime.now(timezone.utc) - PENDING_LIFETIME
        for pending in store.query(AgentOutput).filter(AgentOutput.kind == "pended", AgentOutput.created_at < expired):  # expect: prunes [sa63n]
            store.delete(pending)
