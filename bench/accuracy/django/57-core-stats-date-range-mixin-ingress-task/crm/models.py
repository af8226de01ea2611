from django.apps import apps
from django.db import models
from django.db.models.functions import TruncDate, TruncHour
from django.utils import timezone

# A session that has not been seen for this long is no longer "currently online".
ACTIVE_USER_TIMEDELTA = timezone.timedelta(minutes=5)
RESULTS_LIMIT = 300


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    """A tracked service; its owner is the user."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"

    def get_daily_stats(self):
        return self.get_core_stats(start_time=timezone.now() - timezone.timedelta(days=1))

    def get_core_stats(self, start_time=None, end_time=None):
        if start_time is None:
            start_time = timezone.now() - timezone.timedelta(days=30)
        if end_time is None:
            end_time = timezone.now()

        main_data = self.get_relative_stats(start_time, end_time)
        main_data["compare"] = self.get_relative_stats(start_time - (end_time - start_time), start_time)
        return main_data

    def get_relative_stats(self, start_time, end_time):
        Session = apps.get_model("crm", "Lead")
        Hit = apps.get_model("crm", "AgentOutput")
        tz_now = timezone.now()

        currently_online = Session.objects.filter(campaign=self, status="online").count()  # expect: scans-all [dj57a]

        sessions = Session.objects.filter(campaign=self, created_at__gt=start_time, created_at__lt=end_time).order_by("-created_at")
        session_count = sessions.count()  # expect: prunes [dj57b]

        hits = Hit.objects.filter(lead__campaign=self, created_at__lt=end_time, created_at__gt=start_time)
        hit_count = hits.count()  # expect: scans-all [dj57c]

        has_hits = Hit.objects.filter(lead__campaign=self).exists()  # expect: scans-all [dj57d]

        bounces = sessions.filter(status="bounce")
        bounce_count = bounces.count()  # expect: prunes [dj57e]

        first_session = self._get_first_session(sessions)
        chart_data, chart_granularity = self._get_chart_data(sessions, hits, start_time, end_time, tz_now)

        return {
            "currently_online": currently_online,
            "session_count": session_count,
            "hit_count": hit_count,
            "has_hits": has_hits,
            "bounce_rate_pct": bounce_count * 100 / session_count if session_count > 0 else None,
            "first_session": first_session,
            "chart_data": chart_data,
            "chart_granularity": chart_granularity,
        }

    def _get_first_session(self, sessions):
        return sessions.aggregate(first=models.Min("created_at"), last=models.Max("created_at"))  # expect: prunes [dj57f] cross

    def _get_chart_data(self, sessions, hits, start_time, end_time, tz_now):
        # Hourly for ranges of three days or less, daily otherwise.
        if (end_time - start_time).days < 3:
            granularity = "hourly"
            sessions_per_hour = sessions.annotate(hour=TruncHour("created_at")).values("hour").annotate(count=models.Count("id")).order_by("hour")
            chart_data = {k["hour"]: {"sessions": k["count"], "hits": 0} for k in sessions_per_hour}  # expect: prunes [dj57g] cross
            hits_per_hour = hits.annotate(hour=TruncHour("created_at")).values("hour").annotate(count=models.Count("id")).order_by("hour")
            for k in hits_per_hour:  # expect: scans-all [dj57h] cross
                chart_data.setdefault(k["hour"], {"sessions": 0, "hits": 0})["hits"] = k["count"]
        else:
            granularity = "daily"
            sessions_per_day = sessions.annotate(date=TruncDate("created_at")).values("date").annotate(count=models.Count("id")).order_by("date")
            chart_data = {k["date"]: {"sessions": k["count"], "hits": 0} for k in sessions_per_day}  # expect: prunes [dj57i] cross
            hits_per_day = hits.annotate(date=TruncDate("created_at")).values("date").annotate(count=models.Count("id")).order_by("date")
            for k in hits_per_day:  # expect: scans-all [dj57j] cross
                chart_data.setdefault(k["date"], {"sessions": 0, "hits": 0})["hits"] = k["count"]

        labels = sorted(chart_data)
        return {"sessions": [chart_data[k]["sessions"] for k in labels], "hits": [chart_data[k]["hits"] for k in labels]}, granularity


class Lead(models.Model):
    """A visitor session of a service."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "leads"

    def recalculate_bounce(self):
        bounce = "bounce" if self.outputs.count() == 1 else "engaged"  # expect: scans-all [dj57k]
        if bounce != self.status:
            self.status = bounce
            self.save()  # expect: scans-all [dj57l]


class AgentOutput(models.Model):
    """A page hit of a session."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
