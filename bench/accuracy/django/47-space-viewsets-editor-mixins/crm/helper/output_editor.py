from datetime import timedelta

from django.utils import timezone

from crm.models import AgentOutput, Lead


class LeadOutputEditor:
    """Creates, edits and removes the outputs of one lead on behalf of a user."""

    def __init__(self, user, **kwargs):
        self.created_by = user
        self._kwargs = {**kwargs}

        self.lead = self._kwargs.get("lead", None)
        if type(self.lead) in [int, float]:
            self.lead = Lead.objects.filter(id=self.lead, user=self.created_by).first()  # expect: scans-all [dj47g]
        self.since = self._kwargs.get("since", None) or timezone.now() - timedelta(days=30)

    def _outputs(self):
        # Outputs are never older than their lead: the bound keeps the lookup on recent partitions.
        return AgentOutput.objects.filter(lead_id=self.lead.id, created_at__gte=self.lead.created_at)

    def recent(self):
        return AgentOutput.objects.filter(lead=self.lead, created_at__gte=self.since).order_by("-created_at")

    def edit(self, kind):
        self._outputs().update(kind=kind)  # expect: prunes [dj47h] cross

    def delete(self):
        self._outputs().delete()  # expect: prunes [dj47i] cross
