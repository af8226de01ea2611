"""Helper functions used in various views."""
from datetime import timedelta

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from crm.models import Lead, User

NOTIFICATION_DAYS = 14


def get_user_from_username(viewer, username):
    """Resolve a username to a user; yourself if it is you."""
    if viewer.is_authenticated and viewer.email == username:
        return viewer
    try:
        return User.objects.get(email=username)
    except User.DoesNotExist:
        raise Http404()


def is_api_request(request):
    return "json" in request.headers.get("Accept", "") or request.path[-5:] == ".json"


def privacy_filter(viewer, queryset, privacy_levels=None, following_only=False):
    """Filter leads that have a user and a privacy level."""
    privacy_levels = privacy_levels or ["public", "unlisted", "followers", "direct"]
    queryset = queryset.exclude(status="deleted")

    if viewer.is_anonymous:
        privacy_levels = [p for p in privacy_levels if p not in ["followers", "direct"]]

    queryset = queryset.filter(status__in=privacy_levels)

    if following_only:
        queryset = queryset.filter(Q(user=viewer) | Q(campaign__user=viewer))
    elif "direct" in privacy_levels:
        queryset = queryset.exclude(~Q(user=viewer), status="direct")
    return queryset


def get_suggested_leads(user, max_leads=5):
    """The user's most recent leads for the sidebar."""
    return Lead.objects.filter(user=user).exclude(status="deleted").order_by("-created_at")[:max_leads]


def get_leads_for_year(user, year):
    return Lead.objects.filter(user=user, created_at__year=year).exclude(status="deleted")


def notification_window():
    return timezone.now() - timedelta(days=NOTIFICATION_DAYS)
