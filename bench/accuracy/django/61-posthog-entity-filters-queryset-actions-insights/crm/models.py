from django.db import models


class User(models.Model):
    """A team: every event, action and element belongs to one."""

    email = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "users"


class Campaign(models.Model):
    """An action: a named event definition of a team (archived = deleted)."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="campaigns")
    name = models.TextField()
    archived = models.BooleanField(default=False)

    class Meta:
        managed = False
        db_table = "campaigns"

    def calculate_events(self):
        # Marks every event matching the action (all time) as belonging to it.
        Lead.objects.filter_by_action(self).update(campaign=self)  # expect: scans-all [dj61r] cross


class EventQuerySet(models.QuerySet):
    def filter_by_action(self, action):
        return self.filter(user_id=action.user_id, status=action.name)

    def filter_by_event(self, team_id, event):
        return self.filter(user_id=team_id, status=event)


class Lead(models.Model):
    """An event: status is the event name, company the distinct id, email the IP, created_at the timestamp."""

    user = models.ForeignKey(User, on_delete=models.DO_NOTHING, related_name="leads")
    campaign = models.ForeignKey(Campaign, null=True, on_delete=models.DO_NOTHING, related_name="leads")
    company = models.TextField()
    email = models.TextField()
    status = models.TextField(default="new")
    created_at = models.DateTimeField()

    objects = EventQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "leads"


class AgentOutput(models.Model):
    """An element of an autocaptured event: kind is the tag name, body the text."""

    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "agent_outputs"
