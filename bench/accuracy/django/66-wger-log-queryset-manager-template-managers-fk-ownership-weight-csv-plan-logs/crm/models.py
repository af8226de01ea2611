import datetime

from django.db import models
from django.utils.timezone import make_aware

from crm.manager.managers import PublicRoutineTemplateManager, RoutineTemplateManager, WorkoutLogManager

# wger in our schema: a routine is a Campaign (`archived` = is_template); weight entries, workout
# sessions and nutrition plans are Leads (`status` = "weight" / "session" / "plan", `company` = the
# weight); workout logs and nutrition diary items are AgentOutputs (`kind` = the unit, or "nutrition").


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

    objects = models.Manager()
    templates = RoutineTemplateManager()
    public_templates = PublicRoutineTemplateManager()

    class Meta:
        managed = False
        db_table = "campaigns"

    def get_owner_object(self):
        return self


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

    def get_owner_object(self):
        return self

    def get_closest_weight_entry(self):
        """
        Returns the closest weight entry for the nutrition plan.
        Returns None if there are no entries.
        """
        target = self.created_at.date()
        target_aware = make_aware(datetime.datetime.combine(target, datetime.time()))
        closest_entry_gte = (
            Lead.objects.filter(user=self.user, status="weight")
            .filter(created_at__gte=target_aware)
            .order_by("created_at")
            .first()
        )  # expect: prunes [dj66a]
        closest_entry_lte = (
            Lead.objects.filter(user=self.user, status="weight")
            .filter(created_at__lte=target_aware)
            .order_by("-created_at")
            .first()
        )  # expect: prunes [dj66b]
        if closest_entry_gte is None or closest_entry_lte is None:
            return closest_entry_gte or closest_entry_lte
        if abs(closest_entry_gte.created_at.date() - target) < abs(closest_entry_lte.created_at.date() - target):
            return closest_entry_gte
        return closest_entry_lte

    def get_log_entries(self, date=None):
        """
        Convenience function that returns the log entries for a given date
        """
        if not date:
            date = datetime.date.today()

        return self.outputs.filter(kind="nutrition", created_at__date=date).select_related()


class AgentOutput(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.DO_NOTHING, related_name="outputs")
    kind = models.TextField()
    body = models.TextField(null=True)
    created_at = models.DateTimeField()

    objects = WorkoutLogManager()

    class Meta:
        managed = False
        db_table = "agent_outputs"

    def get_owner_object(self):
        return self.lead
