from datetime import datetime, timezone

from app.components.seen import db
from app.components.seen.db import Lead
from app.components.status.db import task_by_name


class FilterSeen:
    """Rejects entries whose fields were seen before, in this task (local) or any task (global)."""

    schema = {"fields": ["title", "url", "imdb_id"], "local": False}

    def task_id(self, task):
        if getattr(task, "_status_id", None) is None:
            task._status_id = task_by_name(task.name, task.session).first().id  # expect: scans-all [sa70n] cross
        return task._status_id

    def on_task_filter(self, task, config):
        fields = config.get("fields", self.schema["fields"])
        local = config.get("local", False)
        for entry in task.entries:
            values = [str(entry[f]) for f in fields if entry.get(f)]
            if not values:
                continue
            found = db.search_by_field_values(field_value_list=values, task_id=self.task_id(task), local=local, session=task.session).first()  # expect: scans-all [sa70j] cross
            if found:
                entry.reject("Entry with {} `{}` is already marked seen".format(found.kind, found.body))

    def learned_today(self, task):
        """The task's entries learned since midnight UTC, for the run summary."""
        midnight = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        return db.task_entries(self.task_id(task), task.session).filter(Lead.created_at >= midnight).count()  # expect: prunes [sa70v] cross
