from datetime import datetime, timedelta, timezone

from mailman.config import config
from mailman.database.transaction import dbconnection, transactional
from mailman.model.agent_output import AgentOutput
from mailman.model.bounce import BounceProcessor
from mailman.model.pending import Pendings

BOUNCE_INFO_STALE_AFTER = timedelta(days=7)


class TaskRunner:
    def _evict_pendings(self):
        Pendings().evict()
        config.db.commit()  # expect: prunes [sa63u] cross

    @transactional
    @dbconnection
    def _evict_cache(self, store):
        for entry in store.query(AgentOutput).filter(AgentOutput.kind == "cache", AgentOutput.created_at <= datetime.now(timezone.utc)):  # expect: prunes [sa63v]
            store.delete(entry)

    def _bounce_score(self, member_id):
        since = datetime.now(timezone.utc) - BOUNCE_INFO_STALE_AFTER
        return len(BounceProcessor().recent_events(member_id, since))

    def run(self):
        self._evict_pendings()
        self._evict_cache()
