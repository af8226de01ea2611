from datetime import timedelta

from app.db import actions as db_actions
from app.db import api as db


class ComputeManager:
    def __init__(self, host):
        self.host = host

    def _poll_rebooting_instances(self, context, reboot_timeout=600):
        return db.instance_get_all_hung_in_rebooting(context, timedelta(seconds=reboot_timeout))

    def _sync_power_states(self, context):
        return [instance.email for instance in db.instance_get_all_by_host(context, self.host)]

    def _instance_usage_audit(self, context, begin, end):
        db_actions.task_log_begin_task(context, "instance_usage_audit", begin, end, self.host)
        instances = db.instance_get_active_by_window_joined(context, begin, end, host=self.host)
        db_actions.task_log_end_task(context, "instance_usage_audit", begin, end, self.host)
        return len(instances)

    def _cleanup_expired_console_auth_tokens(self, context):
        db_actions.console_auth_token_destroy_expired(context)
