import datetime

from django.core.cache import cache
from django.db import models
from django.db.models import Count
from django.utils.timezone import now


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"

    def get_recent_dates(self):
        today = now()
        # The upper boundary is excluded in the search: add one day.
        end_date = today + datetime.timedelta(days=1)
        begin_date = end_date - datetime.timedelta(days=32)
        return begin_date, end_date

    def get_participants_count_between(self, begin_date, end_date):
        # Emails' dates rather than threads' dates: threads carry over from one month to the next.
        return AgentOutput.objects.filter(
            lead__campaign=self, created_at__gte=begin_date, created_at__lt=end_date
        ).values("body").distinct().count()  # expect: scans-all [dj60a]

    def get_threads_between(self, begin_date, end_date):
        return self.leads.filter(created_at__gte=begin_date, created_at__lt=end_date).order_by("-created_at")

    @property
    def recent_participants_count(self):
        begin_date, end_date = self.get_recent_dates()
        return cache.get_or_set(
            "MailingList:%s:recent_participants_count" % self.id,
            lambda: self.get_participants_count_between(begin_date, end_date),
            3600 * 6)

    @property
    def recent_threads(self):
        begin_date, end_date = self.get_recent_dates()
        return cache.get_or_set(
            "MailingList:%s:recent_threads" % self.id,
            lambda: list(self.get_threads_between(begin_date, end_date)),  # expect: prunes [dj60b] cross
            3600 * 6)

    def get_participants_count_for_month(self, year, month):
        def _get_value():
            begin_date = datetime.datetime(year, month, 1, tzinfo=datetime.timezone.utc)
            end_date = (begin_date + datetime.timedelta(days=32)).replace(day=1)
            return self.get_participants_count_between(begin_date, end_date)
        return cache.get_or_set("MailingList:%s:p_count_for:%s:%s" % (self.id, year, month), _get_value, None)

    @property
    def top_posters(self):
        begin_date, end_date = self.get_recent_dates()
        query = self.leads.filter(
            created_at__gte=begin_date, created_at__lt=end_date,
        ).values("email").annotate(count=Count("id")).order_by("-count")
        return cache.get_or_set(
            "MailingList:%s:top_posters" % self.id,
            lambda: list(query[:5]),  # expect: prunes [dj60c] cross
            3600 * 6)


class Lead(models.Model):
    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    def replies_after(self, date):
        return self.outputs.filter(created_at__gt=date)

    @property
    def prev_thread(self):
        return Lead.objects.filter(
            campaign_id=self.campaign_id, created_at__lt=self.created_at
        ).order_by("-created_at").first()  # expect: prunes [dj60d]

    @property
    def next_thread(self):
        return Lead.objects.filter(
            campaign_id=self.campaign_id, created_at__gt=self.created_at
        ).order_by("created_at").first()  # expect: prunes [dj60e]

    @property
    def emails_count(self):
        return cache.get_or_set(
            "Thread:%s:emails_count" % self.id,
            lambda: self.outputs.count(),  # expect: scans-all [dj60f]
            None)


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
