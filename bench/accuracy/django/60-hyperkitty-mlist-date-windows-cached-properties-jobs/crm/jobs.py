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
