from datetime import datetime, timedelta, timezone

from app.api import APIResource, current_user_id, jsonify, request, with_api_session
from app.components.seen import db as seen_db
from app.components.seen.db import Lead
from app.components.status import db


class TasksStatusAPI(APIResource):
    @with_api_session
    def get(self, session):
        """The tasks of the logged-in user's config."""
        include_removed = request.args.get("include_removed") == "true"
        tasks = db.get_status_tasks(owner_id=current_user_id(), include_removed=include_removed, session=session).all()  # expect: prunes [sa70l] cross
        return jsonify([{"id": t.id, "name": t.name} for t in tasks])


class TaskStatusAPI(APIResource):
    @with_api_session
    def get(self, task_id, session):
        """One task of the user's config and how many entries it learned in total and in the last week."""
        task = db.owned_task(current_user_id(), task_id, session).one()  # expect: prunes [sa70x] cross
        total = seen_db.task_entries(task.id, session).count()  # expect: scans-all [sa70z] cross
        week = datetime.now(timezone.utc) - timedelta(days=7)
        last_week = seen_db.task_entries(task.id, session).filter(Lead.created_at >= week).count()  # expect: prunes [sa70aa] cross
        return jsonify({"id": task.id, "name": task.name, "entries": total, "entries_last_week": last_week})


class TaskEntriesAPI(APIResource):
    @with_api_session
    def get(self, task_id, session):
        """The latest entries one of the user's tasks learned in the last `days` days (30 unless asked)."""
        days = int(request.args.get("days", 30))
        entries = seen_db.recent_entries(days, session).filter(Lead.campaign_id == task_id).order_by(Lead.created_at.desc()).limit(20).all()  # expect: prunes [sa70ab] cross
        return jsonify([e.to_dict() for e in entries])


def print_status(options, session):
    """`flexget status`: every configured task of every user."""
    for task in db.get_status_tasks(include_removed=options.all, session=session).all():  # expect: scans-all [sa70m] cross
        print("{:<30} {}".format(task.name, "removed" if task.archived else ""))
