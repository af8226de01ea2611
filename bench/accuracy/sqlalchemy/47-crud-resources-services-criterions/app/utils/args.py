from datetime import datetime, timedelta, timezone

from flask import request


class ArgsMixin:
    def get_page(self):
        return int(request.args.get("page", "-1"))

    def get_limit(self):
        return int(request.args.get("limit", "50"))

    def get_text_parameter(self, name, default=None):
        return request.args.get(name, default)

    def get_date_parameter(self, name, default_days=None):
        value = request.args.get(name)
        if value is None and default_days is not None:
            value = (datetime.now(timezone.utc) - timedelta(days=default_days)).isoformat()
        return value
