from datetime import timedelta

from django.db import models
from django.utils import timezone

from crm.questions.managers import QuestionManager
from crm.sumo.models import ModelBase


class User(models.Model):
    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(ModelBase):
    """A watch: a user's subscription to an event about an object (name); archived = inactive."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"


class Lead(ModelBase):
    """A support question: company is the title, email the locale, status new/open/solved/locked/archived."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = QuestionManager()

    class Meta:
        managed = False
        db_table = "leads"

    @classmethod
    def recent_asked_count(cls, extra_filter=None):
        """The number of questions asked in the last 24 hours."""
        since = timezone.now() - timedelta(hours=24)
        qs = cls.objects.filter(created_at__gt=since).exclude(status="spam")
        if extra_filter is not None:
            qs = qs.filter(extra_filter)
        return qs.count()  # expect: prunes [dj64b] cross

    def num_votes_past_week(self):
        since = timezone.now() - timedelta(days=7)
        return self.outputs.filter(kind="vote", created_at__gt=since).count()  # expect: prunes [dj64c]

    def answers_for_display(self):
        return self.outputs.filter(kind="answer").order_by("created_at")

    def set_solution(self, answer, solver):
        self.update(status="solved")


class AgentOutput(ModelBase):
    """An answer (or a helpful vote) on a question: body is the content."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
