from crm.models import ACTIVE_STATES, Lead


class TaskManager:
    def get_tasks(self, filter_args):
        return list(Lead.objects.filter(**filter_args).order_by("created_at"))  # expect: scans-all [dj69aa] cross

    def schedule(self):
        tasks = self.get_tasks({"status__in": list(ACTIVE_STATES)})
        return [t for t in tasks if t.status == "pending"]
