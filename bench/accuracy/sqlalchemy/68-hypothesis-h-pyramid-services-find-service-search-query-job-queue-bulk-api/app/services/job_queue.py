from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select

from app.models import AgentOutput, Lead


class JobQueueService:
    """The `job` table: annotations waiting to be synced to the search index."""

    def __init__(self, db):
        self._db = db

    def get(self, name, limit):
        now = datetime.now(timezone.utc)
        query = (
            select(AgentOutput)
            .where(AgentOutput.kind == name, AgentOutput.created_at <= now)
            .order_by(AgentOutput.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return self._db.scalars(query).all()  # expect: prunes [sa68m]

    def delete(self, jobs):
        self._db.execute(delete(AgentOutput).where(AgentOutput.id.in_([job.id for job in jobs])))  # expect: scans-all [sa68n]

    def purge_expired(self):
        cutoff = datetime.now(timezone.utc) - timedelta(days=30)
        self._db.execute(delete(AgentOutput).where(AgentOutput.created_at < cutoff))  # expect: prunes [sa68o]

    def queue_length(self, name):
        return self._db.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.kind == name))  # expect: scans-all [sa68p]

    def add_between_times(self, name, start_time, end_time):
        return self.add_where(name, [Lead.created_at >= start_time, Lead.created_at <= end_time])  # expect: prunes [sa68q] cross

    def add_by_user(self, name, userid):
        return self.add_where(name, [Lead.user_id == userid])  # expect: scans-all [sa68r] cross

    def add_by_id(self, name, annotation_id, scheduled_at):
        self._db.add(AgentOutput(lead_id=annotation_id, kind=name, created_at=scheduled_at))

    def add_where(self, name, where):
        now = datetime.now(timezone.utc)
        ids = self._db.scalars(select(Lead.id).where(*where)).all()  # expect-also: [sa68r]
        self._db.add_all([AgentOutput(lead_id=id_, kind=name, created_at=now) for id_ in ids])
        return len(ids)


def factory(_context, request):
    return JobQueueService(db=request.db)
