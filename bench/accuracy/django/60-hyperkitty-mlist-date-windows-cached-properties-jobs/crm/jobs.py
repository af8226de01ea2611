from django.utils.timezone import now

from crm.lib.view_helpers import get_display_dates
from crm.models import Campaign, Lead


class RecentThreadsJob:
    """Warm the recent threads and top posters of every list (the cache is per list)."""

    help = "Refresh the recent threads cache"

    def execute(self):
        for mlist in Campaign.objects.filter(archived=False).order_by("name"):  # expect: scans-all [dj60v]
            mlist.recent_threads
            mlist.top_posters


class EmptyThreadsJob:
    help = "Remove the threads that lost all their emails"

    def execute(self):
        Lead.objects.filter(outputs__isnull=True).delete()  # expect: scans-all [dj60w]


class MonthlyArchiveJob:
    """Count last month's threads of every list for the archive index."""

    def execute(self):
        today = now()
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        begin_date, end_date = get_display_dates(year, month, None)
        counts = {}
        for mlist in Campaign.objects.order_by("name"):  # expect: scans-all [dj60B]
            counts[mlist.id] = mlist.get_threads_between(begin_date, end_date).count()  # expect: prunes [dj60C] cross
        return counts
