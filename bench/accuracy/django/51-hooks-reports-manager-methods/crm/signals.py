from django.db.models.signals import post_save
from django.dispatch import receiver

from crm.models import AgentOutput


@receiver(post_save, sender=AgentOutput)
def supersede_drafts(sender, instance, created, **kwargs):
    if created and instance.kind == "final":
        AgentOutput.objects.filter(lead_id=instance.lead_id, kind="draft").exclude(pk=instance.pk).update(kind="superseded")  # expect: scans-all [dj51k]
