"""Activity streams: each tab of the feed reads the ids a worker pushed to redis."""
from crm.models import Lead
from crm.redis_store import r
from crm.views.helpers import privacy_filter


class ActivityStream:
    """A category of activity feed (home, local, ...)."""

    key = None

    def stream_id(self, user):
        return "{}-{}".format(user.id, self.key)

    def get_activity_stream(self, user):
        """The leads whose ids are in the user's stream, newest first."""
        lead_ids = [int(i) for i in r.zrevrange(self.stream_id(user), 0, -1)]
        return Lead.objects.filter(id__in=lead_ids).select_related("user", "campaign").order_by("-created_at")

    def get_leads_for_user(self, user):
        return privacy_filter(user, Lead.objects.all(), privacy_levels=["public", "unlisted", "followers"])


class HomeStream(ActivityStream):
    key = "home"

    def get_leads_for_user(self, user):
        return privacy_filter(
            user, Lead.objects.all(), privacy_levels=["public", "unlisted", "followers"], following_only=True
        )


class LocalStream(ActivityStream):
    key = "local"

    def get_leads_for_user(self, user):
        return privacy_filter(user, Lead.objects.filter(user__email__endswith="@local"), privacy_levels=["public"])


streams = {"home": HomeStream(), "local": LocalStream()}
