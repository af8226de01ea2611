from crm.readtracker.readtime import get_default_read_time


class LeadsQuerysetFilter:
    """What the user may see: leads of their campaigns, archived ones hidden."""

    def __init__(self, user, campaigns, settings):
        self.user = user
        self.campaign_ids = [c.id for c in campaigns]  # expect: prunes [dj49r] cross
        self.pinned_since = get_default_read_time(settings, user)

    def filter(self, queryset):
        return queryset.filter(campaign_id__in=self.campaign_ids).exclude(status="archived")

    def filter_pinned(self, queryset):
        return queryset.filter(campaign_id__in=self.campaign_ids, status="pinned", created_at__gte=self.pinned_since)


def filter_campaign_leads_queryset(user, campaign, queryset):
    return queryset.filter(campaign=campaign, user=user)
