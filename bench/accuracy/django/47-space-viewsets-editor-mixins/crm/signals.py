from django.db.models.signals import post_save
from django.dispatch import receiver

from crm.models import AgentOutput, Lead


@receiver(post_save, sender=AgentOutput)
def mark_lead_contacted(sender, instance=None, created=False, **kwargs):
    if created and instance.kind == "email":
        Lead.objects.filter(pk=instance.lead_id).update(status="contacted")  # expect: scans-all [dj47m]
