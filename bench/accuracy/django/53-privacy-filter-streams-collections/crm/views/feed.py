"""Non-interactive pages."""
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponseNotFound
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views import View

from crm.activitystreams import streams
from crm.models import Lead
from crm.views.helpers import get_leads_for_year, get_suggested_leads, get_user_from_username, privacy_filter

PAGE_LENGTH = 15
STREAMS = ["home", "local"]


@method_decorator(login_required, name="dispatch")
class Feed(View):
    """The activity feed."""

    def get(self, request, tab):
        if tab not in STREAMS:
            tab = "home"
        activities = streams[tab].get_activity_stream(request.user)
        paginated = Paginator(activities, PAGE_LENGTH)  # expect-also: [dj53o]
        data = {
            **feed_page_data(request.user),
            "activities": paginated.get_page(request.GET.get("page")),  # expect: scans-all [dj53o] cross
            "tab": tab,
        }
        return TemplateResponse(request, "feed/feed.html", data)


@method_decorator(login_required, name="dispatch")
class DirectMessage(View):
    """Like a feed, but for direct messages only."""

    def get(self, request, username=None):
        queryset = Lead.objects.filter(campaign__isnull=True)

        user = None
        if username:
            try:
                user = get_user_from_username(request.user, username)
            except Http404:
                pass
        if user:
            queryset = queryset.filter(Q(user=user) | Q(campaign__user=user))

        activities = privacy_filter(request.user, queryset, privacy_levels=["direct"]).order_by("-created_at")
        paginated = Paginator(activities, PAGE_LENGTH)  # expect-also: [dj53c]
        data = {
            **feed_page_data(request.user),
            "partner": user,
            "activities": paginated.get_page(request.GET.get("page")),  # expect: scans-all [dj53c] cross
        }
        return TemplateResponse(request, "feed/direct_messages.html", data)


class Status(View):
    """A single lead with its latest outputs."""

    def get(self, request, username, status_id):
        user = get_user_from_username(request.user, username)
        try:
            status = Lead.objects.get(id=status_id, user=user)  # expect: scans-all [dj53d]
        except (ValueError, Lead.DoesNotExist):
            return HttpResponseNotFound()
        if not status.visible_to_user(request.user):
            return HttpResponseNotFound()
        outputs = status.recent_outputs()
        data = {"status": status, "outputs": list(outputs[:10])}  # expect: prunes [dj53e] cross
        return TemplateResponse(request, "feed/status.html", data)


def feed_page_data(user):
    """What every feed page shows next to the stream."""
    if not user.is_authenticated:
        return {}
    current_campaign = user.campaigns.filter(archived=False).order_by("name").first()  # expect: prunes [dj53f]
    return {
        "suggested_leads": list(get_suggested_leads(user)),  # expect: scans-all [dj53g] cross
        "campaign": current_campaign,
        "year_count": get_leads_for_year(user, timezone.now().year).count(),  # expect: prunes [dj53v] cross
    }
