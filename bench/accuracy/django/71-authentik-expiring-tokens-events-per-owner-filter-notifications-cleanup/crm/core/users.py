from datetime import datetime, timedelta, timezone

from django.db.models import Count
from django.db.models.functions import ExtractHour
from django.http import JsonResponse
from django.utils.timezone import now

from crm.rbac import events_of, get_objects_for_user


class UserMetrics:
    """The user page's charts: logins, failed logins and authorizations of one user."""

    def __init__(self, request, user):
        self.request = request
        self.user = user

    def _events(self, action):
        return get_objects_for_user(self.request.user, "crm.view_event").filter(status=action, user__pk=self.user.pk)

    def get_logins(self):
        return self._events("login").get_events_per(timedelta(days=1), ExtractHour, 24)

    def get_logins_failed(self):
        return self._events("login_failed").get_events_per(timedelta(days=1), ExtractHour, 24)

    def as_dict(self):
        return {"logins": self.get_logins(), "logins_failed": self.get_logins_failed()}


def user_detail(request, user):
    last_login = events_of(user).filter(status="login").order_by("-created_at").first()  # expect: scans-all [dj71r] cross
    recent = events_of(user).filter(created_at__gte=now() - timedelta(days=30)).count()  # expect: prunes [dj71s] cross
    return JsonResponse({
        "last_login": last_login.created_at.isoformat() if last_login else None,
        "events_last_30_days": recent,
        "metrics": UserMetrics(request, user).as_dict(),
    })


def user_events(request, user):
    """The events of one user in the admin interface: the newest first, filtered by action if given."""
    events = events_of(user)
    if request.GET.get("action"):
        events = events.filter(status=request.GET["action"])
    return JsonResponse({"results": [e.status for e in events.order_by("-created_at")[:25]]})  # expect: scans-all [dj71t] cross


def month_bounds(month):
    """The first instant of the month given as `YYYY-MM` and of the next one."""
    start = datetime.strptime(month + "-01", "%Y-%m-%d").replace(tzinfo=timezone.utc)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


def user_activity(request, user):
    """One month of a user's events by action, for the activity tab."""
    start, end = month_bounds(request.GET["month"])
    per_action = events_of(user).filter(created_at__gte=start, created_at__lt=end).values("status").annotate(n=Count("pk"))
    return JsonResponse({row["status"]: row["n"] for row in per_action})  # expect: prunes [dj71ai] cross
