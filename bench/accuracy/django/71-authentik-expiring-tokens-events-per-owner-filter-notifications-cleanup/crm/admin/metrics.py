from datetime import timedelta

from django.db.models import Count
from django.db.models.functions import ExtractHour
from django.http import JsonResponse
from django.utils.timezone import now

from crm.models import Campaign, Lead
from crm.rbac import get_objects_for_user


def _events_since(hours):
    return Lead.objects.filter(created_at__gte=now() - timedelta(hours=hours))


def _failed_logins(queryset):
    return queryset.filter(status="login_failed")


def administration_metrics(request):
    """The admin overview: logins per hour, the users with most failed logins, the tokens in use."""
    logins = get_objects_for_user(request.user, "crm.view_event").filter(status="login").get_events_per(timedelta(hours=24), ExtractHour, 24)
    failed_by_user = (
        _failed_logins(_events_since(24))
        .values("user__email")
        .annotate(failed=Count("pk"))
        .order_by("-failed")[:10]
    )
    top_failed = list(failed_by_user)  # expect: prunes [dj71v] cross
    logins_today = _events_since(24).filter(status="login").count()  # expect: prunes [dj71ah] cross
    used_tokens = _failed_logins(Lead.objects.exclude(campaign=None)).values("campaign").distinct().count()  # expect: scans-all [dj71w] cross
    active_tokens = Campaign.filter_not_expired().count()  # expect: scans-all [dj71x] cross
    return JsonResponse({"logins": logins, "logins_today": logins_today, "failed_by_user": top_failed, "used_tokens": used_tokens, "active_tokens": active_tokens})
